/**
 * The crossborder module: China's cross-border e-commerce (CBEC) retail import rules — the positive
 * list, import tax (tax.ts), the 5,000 / 26,000 CNY limits (limits.ts) with a ledger per resident ID
 * number, and buyers' identities (identities.ts). Other modules reach it only through this file.
 *
 * Rules: 财关税〔2016〕18号 (CBEC retail import tax policy, 2016-03-24), 财关税〔2018〕49号 (limits
 * from 2019-01-01, the over-limit indivisible item), 海关总署公告2018年第194号 (returns adjust the
 * yearly total), the positive list (跨境电子商务零售进口商品清单, 2019 and 2022 editions).
 */
import { conflict, forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { formatMoney } from '../../shared/money.ts';
import { ANNUAL_LIMIT, type Regime, SINGLE_LIMIT, checkLimits, limitMessage, limitYear } from './limits.ts';
import { positiveListEntries } from './positive-list.ts';
import {
  addUsageGuarded,
  ensureUsageRow,
  insertUsage,
  listSavedIdentities,
  lockUsage,
  orderUsage,
  subtractUsage,
  usedAmount,
  usedAmounts,
} from './repository.ts';
import { type TaxLine, cbecTaxLines, chargedTotal, generalTradeTaxLines } from './tax.ts';

export { checkPayer, deleteIdentity, identityForOrder, listIdentities, registerIdentity } from './identities.ts';
export type { IdentityView, OrderIdentity } from './identities.ts';
export { importPositiveListCsv, listPositiveList, loadSamplePositiveList, positiveListEntries } from './positive-list.ts';
export type { ListImportReport, PositiveListEntry } from './positive-list.ts';
export { piiKeyIsDevelopment } from './pii.ts';
export { ANNUAL_LIMIT, SINGLE_LIMIT, limitYear } from './limits.ts';
export type { Regime } from './limits.ts';
export type { TaxLine } from './tax.ts';

export interface AssessLine {
  /** The caller's reference for the line (an order or cart line id); echoed on its tax lines. */
  ref: string;
  hs_code: string | null;
  quantity: number;
  /** Goods paid for the line, CNY fen. */
  amount: number;
  /** This line's share of the freight, CNY fen: part of the taxable value. */
  freight: number;
}

export type AssessRefusal = 'cbec_not_on_positive_list' | 'cbec_identity_required' | 'cbec_single_limit' | 'cbec_annual_limit';

export type Assessment =
  | {
      ok: true;
      regime: Regime;
      /** Dutiable value of the order: goods + freight (fen); what it takes of the yearly limit. */
      order_value: number;
      tax_lines: Array<TaxLine & { ref: string }>;
      /** Sum of the tax lines (fen), charged on top of the goods. */
      tax_total: number;
      /** Calendar year in China time whose limit the order uses. */
      year: number;
      /** Used of the yearly limit before this order (0 without an identity). */
      annual_used: number;
      /** Left of the yearly limit before this order. */
      annual_left: number;
      /** Left after this order. */
      annual_left_after: number;
    }
  | { ok: false; code: AssessRefusal; message: string; details: Record<string, unknown> };

function checkLine(l: AssessLine): void {
  const whole = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;
  if (!whole(l.quantity, 1) || !whole(l.amount, 0) || !whole(l.freight, 0)) {
    throw new RangeError(`Line ${l.ref}: quantity is a positive integer, amount and freight non-negative integers of fen`);
  }
}

/**
 * Assesses cross-border lines (all in CNY fen) for one order: every line's HS code must be on the
 * positive list; the order must keep within the limits (one indivisible item over 5,000.00 is
 * general trade); then each line is taxed on its goods + freight share, CBEC (tariff 0, VAT and
 * consumption tax at 70 %) or general trade (100 %). `id_number_hash` null assesses tax and the
 * single limit with nothing used this year (a cart before the identity step), unless
 * `require_identity` is set (then cbec_identity_required). Refusals are results, not exceptions.
 */
export async function assessCrossBorder(
  ctx: Ctx,
  input: { id_number_hash: string | null; at: Date; lines: AssessLine[]; require_identity?: boolean },
): Promise<Assessment> {
  input.lines.forEach(checkLine);
  const year = limitYear(input.at);
  const entries = await positiveListEntries(ctx, [...new Set(input.lines.flatMap((l) => (l.hs_code ? [l.hs_code] : [])))]);
  const missing = input.lines.filter((l) => !l.hs_code || !entries.get(l.hs_code));
  if (missing.length > 0) {
    const codes = [...new Set(missing.map((l) => l.hs_code ?? 'none'))];
    return {
      ok: false,
      code: 'cbec_not_on_positive_list',
      message:
        `These goods are not on the cross-border e-commerce positive list (跨境电子商务零售进口商品清单) and cannot be bought ` +
        `through the cross-border channel: HS ${codes.join(', ')}.`,
      details: { lines: missing.map((l) => ({ ref: l.ref, hs_code: l.hs_code })) },
    };
  }
  if (input.require_identity && !input.id_number_hash) {
    return {
      ok: false,
      code: 'cbec_identity_required',
      message: 'Cross-border goods are declared to customs for the buyer: give the buyer’s real name and resident ID number.',
      details: {},
    };
  }
  const orderValue = input.lines.reduce((s, l) => s + l.amount + l.freight, 0);
  const used = input.id_number_hash ? await usedAmount(ctx.db, input.id_number_hash, year) : 0;
  const indivisible = input.lines.length === 1 && input.lines[0]!.quantity === 1;
  const limits = checkLimits({ order_value: orderValue, indivisible_single_item: indivisible, annual_used: used });
  if (!limits.ok) {
    return {
      ok: false,
      code: limits.code,
      message: limitMessage(limits, orderValue, year),
      details: {
        limit: limits.limit,
        amount_left: limits.amount_left,
        amount_left_formatted: formatMoney({ amount: limits.amount_left, currency: 'CNY' }),
        order_value: orderValue,
        year,
        annual_used: used,
      },
    };
  }
  const taxLines = input.lines.flatMap((l) => {
    const e = entries.get(l.hs_code!)!;
    const rates = { vat_bp: e.vat_bp, consumption_tax_bp: e.consumption_tax_bp, tariff_bp: e.tariff_bp };
    const value = l.amount + l.freight;
    const lines = limits.regime === 'cbec' ? cbecTaxLines(value, rates) : generalTradeTaxLines(value, rates);
    return lines.map((t) => ({ ...t, ref: l.ref }));
  });
  const left = Math.max(0, ANNUAL_LIMIT - used);
  return {
    ok: true,
    regime: limits.regime,
    order_value: orderValue,
    tax_lines: taxLines,
    tax_total: chargedTotal(taxLines),
    year,
    annual_used: used,
    annual_left: left,
    annual_left_after: left - orderValue,
  };
}

/**
 * Takes an order's dutiable value from the ID number's yearly limit, inside the caller's
 * transaction (`tctx.db` a transaction): one guarded update (used + amount ≤ 26,000.00) plus its
 * ledger row. False when it would pass the limit (a concurrent order got there first): the caller
 * rolls back. Taking again for the same order with the same values is a no-op (true).
 */
export async function takeLimit(tctx: Ctx, input: { id_number_hash: string; year: number; order_id: string; amount: number }): Promise<boolean> {
  const { id_number_hash, year, order_id, amount } = input;
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`A limit amount is non-negative fen, got ${amount}`);
  if (amount === 0) return true;
  if (amount > ANNUAL_LIMIT) return false;
  const taken = (await orderUsage(tctx.db, order_id)).find((r) => r.refund_id === null);
  if (taken) {
    if (taken.id_number_hash === id_number_hash && taken.year === year && taken.amount === amount) return true;
    throw conflict('cbec_limit_already_taken', `Order ${order_id} has already taken its cross-border limit`);
  }
  await ensureUsageRow(tctx.db, id_number_hash, year);
  if (!(await addUsageGuarded(tctx.db, id_number_hash, year, amount))) return false;
  await insertUsage(tctx.db, { id_number_hash, year, order_id, refund_id: null, amount });
  return true;
}

/**
 * Gives back to the yearly limit what a refund of cross-border goods returns (海关总署公告2018年
 * 第194号: after a return the tax is refunded and the yearly total adjusted), inside the caller's
 * transaction. `amount` is the refunded dutiable value (fen); never more than the order took, less
 * what earlier refunds gave back. Returns what was given back; the same refund again gives nothing more.
 */
export async function giveBackLimit(
  tctx: Ctx,
  input: { id_number_hash: string; year: number; order_id: string; refund_id: string; amount: number },
): Promise<number> {
  const { id_number_hash, year, order_id, refund_id, amount } = input;
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`A limit amount is non-negative fen, got ${amount}`);
  // Refunds of one person-year are applied one at a time, so two can never give back the same fen.
  if (!(await lockUsage(tctx.db, id_number_hash, year))) return 0;
  const rows = (await orderUsage(tctx.db, order_id)).filter((r) => r.id_number_hash === id_number_hash && r.year === year);
  const again = rows.find((r) => r.refund_id === refund_id);
  if (again) return -again.amount;
  const remaining = rows.reduce((s, r) => s + r.amount, 0);
  const back = Math.min(amount, remaining);
  if (back <= 0) return 0;
  await subtractUsage(tctx.db, id_number_hash, year, back);
  await insertUsage(tctx.db, { id_number_hash, year, order_id, refund_id, amount: -back });
  return back;
}

export interface IdentityLimits {
  identity_id: string;
  name: string;
  masked: string;
  year: number;
  used: number;
  left: number;
  annual_limit: number;
  single_limit: number;
  currency: 'CNY';
}

/** The yearly limit used and left for each identity the consumer keeps, this year (China time). */
export async function limitsFor(ctx: Ctx, actor: Actor, at: Date = new Date()): Promise<IdentityLimits[]> {
  if (actor.kind !== 'user' || actor.role !== 'consumer') throw forbidden('Only consumer accounts have cross-border limits');
  const identities = await listSavedIdentities(ctx.db, actor.userId);
  const year = limitYear(at);
  const used = await usedAmounts(
    ctx.db,
    identities.map((i) => i.id_number_hash),
    year,
  );
  return identities.map((i) => {
    const u = used.get(i.id_number_hash) ?? 0;
    return {
      identity_id: i.id,
      name: i.name,
      masked: i.masked,
      year,
      used: u,
      left: Math.max(0, ANNUAL_LIMIT - u),
      annual_limit: ANNUAL_LIMIT,
      single_limit: SINGLE_LIMIT,
      currency: 'CNY',
    };
  });
}
