import { inTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { isCurrency } from '../../shared/money.ts';
import { listCategories } from '../catalog/service.ts';
import { getMerchant } from '../merchants/service.ts';
import { orderForReturn } from '../orders/service.ts';
import { booksOf, merchantCurrencies, requireOperator } from './access.ts';
import { commissionOf, isRate, refundStep, stepShare, toMerchantCurrency } from './amounts.ts';
import { commissionRateFor } from './commission.ts';
import * as repo from './repository.ts';
import type { CommissionScope } from './schema.ts';

export { commissionRateFor, type AppliedRate } from './commission.ts';
export { merchantCurrencies } from './access.ts';
export { salesBetween, type MerchantSales } from './jobs-figures.ts';
export { statement, statementCsv, type Statement } from './statement.ts';
export { getPayout, listPayoutRuns, listPayouts, markPayoutPaid, runPayouts } from './payouts.ts';
export type { CommissionScope, LedgerKind, PayoutStatus } from './schema.ts';

/** The most a single sale, refund or fee may be: 10^13 minor units, as the API's Money schema allows. */
const MAX_AMOUNT = 1e13;

function checkAmount(name: string, v: number, min: number): void {
  if (!Number.isSafeInteger(v) || v < min || v > MAX_AMOUNT)
    throw badRequest('invalid_amount', `${name} is a whole number of minor units, ${min} to ${MAX_AMOUNT}`);
}

function checkQuantity(v: number, min: number): void {
  if (!Number.isSafeInteger(v) || v < min || v > 1_000_000) throw badRequest('invalid_quantity', `quantity is a whole number, ${min} or more`);
}

function checkUniqueLines(lines: ReadonlyArray<{ order_line_id: string }>): void {
  if (lines.length === 0) throw badRequest('no_lines', 'Give at least one line');
  if (new Set(lines.map((l) => l.order_line_id)).size !== lines.length) throw badRequest('duplicate_line', 'Each order line appears once');
}

// ---- recording sales and refunds (called by the order, till and refund flows in their transactions)

export interface SaleLine {
  order_line_id: string;
  merchant_id: string;
  /** The line's product categories, nearest first (for the commission rate). */
  category_ids: string[];
  quantity: number;
  /** What was paid for the line's goods (not tax, not freight), minor units of `currency`. */
  amount: number;
  /** The sale currency (what the consumer paid in). */
  currency: string;
  /** Sale currency per 1 unit of the merchant's currency, as the order recorded it; null when they are the same. */
  fx_rate: string | null;
}

export interface RecordedLine {
  order_line_id: string;
  merchant_id: string;
  currency: string;
  /** Credited to the merchant, minor units of its currency. */
  sale_amount: number;
  /** Charged to the merchant (positive here; the ledger entry is negative). */
  commission_amount: number;
  rate_bp: number;
  fx_rate: string | null;
}

function recordedLines(rows: repo.LedgerRow[]): RecordedLine[] {
  const sales = rows.filter((r) => r.kind === 'sale');
  return sales.map((s) => {
    const c = rows.find((r) => r.kind === 'commission' && r.order_line_id === s.order_line_id);
    return {
      order_line_id: s.order_line_id!,
      merchant_id: s.merchant_id,
      currency: s.currency,
      sale_amount: s.amount,
      commission_amount: c ? -c.amount : 0,
      rate_bp: c?.rate_bp ?? 0,
      fx_rate: s.fx_rate,
    };
  });
}

/**
 * Books a paid order's lines to their merchants: per line a sale entry (the goods amount
 * converted to the merchant's currency at the order's recorded rate, half up) and a commission
 * entry (that amount × the line's rate, half up; see commissionRateFor for precedence).
 * Idempotent: a line already booked is left as it is, so a retry or a recovery books nothing twice.
 * Runs in the caller's transaction when there is one. A rate given for a line whose sale currency
 * is the merchant's own is ignored (no conversion applies); a different currency without a rate is
 * refused (422 fx_rate_required), since nothing could be booked honestly.
 */
export async function recordSale(
  tctx: Ctx,
  input: { order_id: string; at?: Date; actor_id?: string | null; lines: SaleLine[] },
  opts: { verified?: boolean } = {},
): Promise<{ created: number; lines: RecordedLine[] }> {
  checkUniqueLines(input.lines);
  for (const l of input.lines) {
    checkQuantity(l.quantity, 1);
    checkAmount('amount', l.amount, 0);
    if (!isCurrency(l.currency)) throw badRequest('invalid_currency', `${l.currency} is not an ISO 4217 currency`);
    if (l.fx_rate !== null && !isRate(l.fx_rate)) throw badRequest('invalid_fx_rate', `fx_rate is a positive decimal with up to 8 places, got "${l.fx_rate}"`);
  }
  return inTransaction(tctx, async (ctx) => {
    // A flow that built the lines from the order it just wrote (verified) skips the re-read.
    if (!opts.verified) {
      const order = await orderForReturn(ctx, input.order_id);
      if (!order) throw notFound('order', input.order_id);
      for (const l of input.lines) {
        const ol = order.lines.find((x) => x.id === l.order_line_id);
        if (!ol || ol.merchant_id !== l.merchant_id || ol.quantity !== l.quantity)
          throw badRequest('order_line_mismatch', `Line ${l.order_line_id} is not a line of order ${input.order_id} for that merchant and quantity`);
      }
    }
    const currencies = await merchantCurrencies(
      ctx,
      input.lines.map((l) => l.merchant_id),
    );
    const rates = await repo.candidateRates(ctx.db, [...currencies.keys()], [...new Set(input.lines.flatMap((l) => l.category_ids))]);
    const at = input.at ?? new Date();
    const rows: repo.NewLedgerEntry[] = [];
    for (const l of input.lines) {
      const currency = currencies.get(l.merchant_id)!;
      const fx = l.currency === currency ? null : l.fx_rate;
      if (l.currency !== currency && fx === null)
        throw invalidState('fx_rate_required', `Line ${l.order_line_id} was paid in ${l.currency}; booking it in ${currency} needs the order's exchange rate`);
      const amount = toMerchantCurrency(l.amount, l.currency, currency, fx);
      const applied = commissionRateFor(rates, l);
      const common = {
        merchant_id: l.merchant_id,
        currency,
        order_id: input.order_id,
        order_line_id: l.order_line_id,
        quantity: l.quantity,
        fx_rate: fx,
        occurred_at: at,
        created_by: input.actor_id ?? null,
      };
      rows.push({ ...common, id: newId('ledgerEntry'), kind: 'sale', amount, source_amount: l.amount, source_currency: l.currency, note: null });
      rows.push({
        ...common,
        id: newId('ledgerEntry'),
        kind: 'commission',
        amount: -commissionOf(amount, applied.rate_bp),
        rate_bp: applied.rate_bp,
        note: applied.scope === 'none' ? 'no commission rate set' : `${applied.scope} rate ${applied.rate_id}`,
      });
    }
    const created = await repo.insertEntries(ctx.db, rows);
    if (opts.verified) return { created, lines: [] };
    return {
      created,
      lines: recordedLines(
        await repo.saleEntriesOf(
          ctx.db,
          input.lines.map((l) => l.order_line_id),
        ),
      ),
    };
  });
}

export interface RefundLine {
  order_line_id: string;
  /** Units refunded (0 for a refund of money only: then no commission is given back). */
  quantity: number;
  /** Goods amount refunded, minor units of the sale currency. */
  amount: number;
}

export interface RecordedRefundLine {
  order_line_id: string;
  merchant_id: string;
  currency: string;
  /** Taken from the merchant (positive here; the ledger entry is negative). */
  refund_amount: number;
  /** Commission given back to the merchant. */
  commission_reversal: number;
}

/**
 * Books a refund of order lines: per line a refund entry (the goods amount converted at the rate
 * the sale was booked at) and a commission reversal (the line's commission × refunded units /
 * sold units). Both are computed cumulatively — this step is the rounded total after it less the
 * rounded total before it — so a line refunded in full, in any number of steps, is given back
 * exactly what its sale credited and exactly its commission. Idempotent per refund_id and line.
 * Lines with no booked sale (orders paid before settlement existed) are skipped and listed.
 * More units or money than the line sold is refused (422 refund_exceeds_sale).
 */
export async function recordRefund(
  tctx: Ctx,
  input: { order_id: string; refund_id: string; actor_id?: string | null; lines: RefundLine[] },
): Promise<{ created: number; lines: RecordedRefundLine[]; skipped: string[] }> {
  checkUniqueLines(input.lines);
  for (const l of input.lines) {
    checkQuantity(l.quantity, 0);
    checkAmount('amount', l.amount, 0);
  }
  return inTransaction(tctx, async (ctx) => {
    const lineIds = input.lines.map((l) => l.order_line_id);
    await repo.lockSales(ctx.db, lineIds);
    const booked = await repo.saleEntriesOf(ctx.db, lineIds);
    const done = await repo.linesOfRefund(ctx.db, input.refund_id);
    const before = await repo.refundedSoFar(ctx.db, lineIds, input.refund_id);
    const rows: repo.NewLedgerEntry[] = [];
    const skipped: string[] = [];
    for (const l of input.lines) {
      const sale = booked.find((r) => r.kind === 'sale' && r.order_line_id === l.order_line_id);
      const commission = booked.find((r) => r.kind === 'commission' && r.order_line_id === l.order_line_id);
      if (!sale) {
        skipped.push(l.order_line_id);
        continue;
      }
      if (sale.order_id !== input.order_id) throw badRequest('order_line_mismatch', `Line ${l.order_line_id} is not a line of order ${input.order_id}`);
      if (done.has(l.order_line_id)) continue;
      const prior = before.get(l.order_line_id) ?? { quantity: 0, source: 0 };
      const sold = { quantity: sale.quantity!, source: sale.source_amount! };
      if (prior.quantity + l.quantity > sold.quantity || prior.source + l.amount > sold.source)
        throw invalidState('refund_exceeds_sale', `Line ${l.order_line_id}: refunding more than was sold`, {
          order_line_id: l.order_line_id,
          sold,
          refunded_before: prior,
        });
      const refund = refundStep(prior.source, l.amount, sale.source_currency!, sale.currency, sale.fx_rate);
      const reversal = commission ? stepShare(-commission.amount, prior.quantity, l.quantity, sold.quantity) : 0;
      const common = {
        merchant_id: sale.merchant_id,
        currency: sale.currency,
        order_id: input.order_id,
        order_line_id: l.order_line_id,
        refund_id: input.refund_id,
        quantity: l.quantity,
        fx_rate: sale.fx_rate,
        created_by: input.actor_id ?? null,
      };
      rows.push({ ...common, id: newId('ledgerEntry'), kind: 'refund', amount: -refund, source_amount: -l.amount, source_currency: sale.source_currency });
      rows.push({ ...common, id: newId('ledgerEntry'), kind: 'commission_reversal', amount: reversal, rate_bp: commission?.rate_bp ?? 0 });
    }
    const created = await repo.insertEntries(ctx.db, rows);
    const recorded = await repo.refundEntriesOf(ctx.db, input.refund_id);
    const lines = recorded
      .filter((r) => r.kind === 'refund')
      .map((r) => ({
        order_line_id: r.order_line_id!,
        merchant_id: r.merchant_id,
        currency: r.currency,
        refund_amount: -r.amount,
        commission_reversal: recorded.find((x) => x.kind === 'commission_reversal' && x.order_line_id === r.order_line_id)?.amount ?? 0,
      }));
    return { created, lines, skipped };
  });
}

/** An operator charges a merchant a fee (e.g. a chargeback or a service fee) in its own currency. */
export async function recordFee(ctx: Ctx, actor: Actor, input: { merchant_id: string; amount: number; note: string }) {
  requireOperator(actor, 'charge fees');
  checkAmount('amount', input.amount, 1);
  const note = input.note.trim();
  if (!note) throw badRequest('note_required', 'Say what the fee is for');
  const m = await getMerchant(ctx, actor, input.merchant_id);
  return repo.insertEntry(ctx.db, {
    id: newId('ledgerEntry'),
    merchant_id: m.id,
    currency: m.default_currency,
    kind: 'fee',
    amount: -input.amount,
    note,
    created_by: actorId(actor),
  });
}

/**
 * A merchant's balance in its own currency: `unpaid` is what it is owed and no payout has paid
 * (the sum of its unpaid entries, which is also the sum of all its entries, since a payout entry
 * cancels what it paid); `paid_total` what payouts have paid it, `pending_payouts` the part of
 * that not yet confirmed by the bank. A merchant sees its own; an operator any.
 */
export async function balance(ctx: Ctx, actor: Actor, merchantId: string | undefined) {
  const m = await booksOf(ctx, actor, merchantId);
  return { merchant_id: m.id, currency: m.currency, ...(await repo.balanceRow(ctx.db, m.id)) };
}

// ---- commission rates

/**
 * An operator sets a commission rate: the platform default, a category's, or one merchant's
 * override. One per key (409 commission_rate_exists: delete the old one first).
 */
export async function createCommissionRate(
  ctx: Ctx,
  actor: Actor,
  input: { scope: CommissionScope; category_id?: string | null; merchant_id?: string | null; rate_bp: number },
) {
  requireOperator(actor, 'set commission rates');
  const category_id = input.category_id ?? null;
  const merchant_id = input.merchant_id ?? null;
  if (!Number.isInteger(input.rate_bp) || input.rate_bp < 0 || input.rate_bp > 10_000) throw badRequest('invalid_rate', 'rate_bp is 0 to 10000 basis points');
  const keys = { default: [false, false], category: [true, false], merchant: [false, true] }[input.scope];
  if (!keys || keys[0] !== (category_id !== null) || keys[1] !== (merchant_id !== null))
    throw badRequest('invalid_scope', 'A default rate names nothing, a category rate a category_id, a merchant rate a merchant_id');
  if (category_id && !(await listCategories(ctx)).some((c) => c.id === category_id)) throw notFound('category', category_id);
  if (merchant_id) await getMerchant(ctx, actor, merchant_id);
  try {
    return await repo.insertRate(ctx.db, {
      id: newId('commissionRate'),
      scope: input.scope,
      category_id,
      merchant_id,
      rate_bp: input.rate_bp,
      created_by: actorId(actor),
    });
  } catch (err) {
    if (repo.uniqueViolation(err) !== null) throw conflict('commission_rate_exists', `There is already a ${input.scope} rate for this; delete it first`);
    throw err;
  }
}

/** Commission rates, for operators, optionally filtered. */
export function listCommissionRates(ctx: Ctx, actor: Actor, q: { scope?: CommissionScope; merchant_id?: string; category_id?: string }) {
  requireOperator(actor, 'see commission rates');
  return repo.listRateRows(ctx.db, q);
}

/** An operator removes a rate (answers it); lines already booked keep the rate they were charged. */
export async function deleteCommissionRate(ctx: Ctx, actor: Actor, id: string) {
  requireOperator(actor, 'delete commission rates');
  const removed = await repo.deleteRate(ctx.db, id);
  if (!removed) throw notFound('commission_rate', id);
  return removed;
}
