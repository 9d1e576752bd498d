import { linePrices, listEntries } from '../checkout/prepare.ts';
import { bookOrderSale } from '../book-sale.ts';
import { domesticVatLine } from '../../modules/crossborder/tax.ts';
import { createHash } from 'node:crypto';
import { AppError, badRequest, conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { variantByGtin, variantsByIds } from '../../modules/catalog/service.ts';
import { localDate } from '../../modules/inventory/lots/dates.ts';
import { isExpired } from '../../modules/inventory/lots/fefo.ts';

import { lotByCode, takeStock } from '../../modules/inventory/service.ts';
import { getLocation } from '../../modules/locations/service.ts';
import { readScan } from '../scan/scan.ts';
import { getOrder, insertOrder, settlePlacedOrder, taxLineFields } from '../../modules/orders/service.ts';
import { authorise, recordAuthorised, voidAuthorisation } from '../../modules/payments/service.ts';

export interface TillSaleInput {
  /** Made by the till, so a sale queued offline and sent twice is recorded once. */
  client_sale_id: string;
  location_id?: string;
  /**
   * An item by variant id, scanned GTIN, or scanned GS1 symbol (`gs1`: element string or Digital
   * Link, whose AI 10 names the lot sold). `lot_code` names the lot with a variant id or GTIN.
   */
  lines: Array<{ variant_id?: string; gtin?: string; gs1?: string; lot_code?: string; quantity: number }>;
  payment: { method: 'card' | 'cash'; token?: string };
  /** When the sale happened at the counter (an offline sale syncs later). */
  sold_at?: string;
}

class Short extends Error {
  constructor(
    readonly variantId: string,
    readonly lotCode: string | undefined,
  ) {
    super('short');
  }
}

/** Why a lot may not be sold at this store today, or null if it may (or the ledger does not know it). */
async function lotRefusal(ctx: Ctx, variantId: string, lotCode: string, timezone: string): Promise<'recalled' | 'blocked' | 'expired' | null> {
  const lot = await lotByCode(ctx, variantId, lotCode);
  if (!lot) return null;
  if (lot.status !== 'active') return lot.status;
  return isExpired(lot, localDate(timezone)) ? 'expired' : null;
}

const notSellable = (variantId: string, lotCode: string, why: 'recalled' | 'blocked' | 'expired') =>
  conflict('lot_not_sellable', `Lot ${lotCode} of ${variantId} is ${why}: it may not be sold; take the pack off the shelf`, {
    variant_id: variantId,
    lot_code: lotCode,
    lot_status: why,
  });

interface TillLine {
  variant_id: string;
  lot_code: string | undefined;
  quantity: number;
}

/** Each input line as a variant, and the lot it names if any (scanned lots of untracked variants are not kept). */
async function resolveLines(ctx: Ctx, lines: TillSaleInput['lines']): Promise<TillLine[]> {
  const out: TillLine[] = [];
  for (const l of lines) {
    let id = l.variant_id;
    let lot = l.lot_code;
    if (l.gs1 !== undefined) {
      if (l.variant_id || l.gtin) throw badRequest('ambiguous_line', 'A line names its item once: by variant_id, gtin or gs1');
      const scan = await readScan(ctx, l.gs1);
      if (!scan.gtin) throw badRequest('gs1_without_gtin', 'The scanned symbol carries no GTIN (AI 01)');
      if (!scan.variant) throw notFound('variant', scan.gtin);
      if (lot !== undefined && scan.lot_code !== null && lot !== scan.lot_code)
        throw badRequest('lot_mismatch', `The scan says lot ${scan.lot_code}, the line says ${lot}`);
      id = scan.variant.id;
      // A label may print a lot for goods whose stock is not kept per lot: the scan still sells them.
      if (lot === undefined && scan.variant.lot_tracked) lot = scan.lot_code ?? undefined;
    }
    if (!id && l.gtin) id = (await variantByGtin(ctx, l.gtin))?.id;
    if (!id) throw notFound('variant', l.gtin ?? 'unknown');
    out.push({ variant_id: id, lot_code: lot, quantity: l.quantity });
  }
  return out;
}

/** The store a till sale happens in: store staff sell only in their own store. */
async function tillLocation(ctx: Ctx, actor: Actor, requested: string | undefined): Promise<string> {
  if (actor.kind === 'user' && actor.role === 'store_staff') {
    if (requested && requested !== actor.locationId) throw notFound('location', requested);
    return actor.locationId!;
  }
  if (!isOperator(actor)) throw forbidden('Till sales are made by store staff');
  if (!requested) throw badRequest('location_required', 'Say which store the sale is in');
  return requested;
}

/**
 * Records a sale at a store's till against the same ledger as online orders. Idempotent by the
 * till's client_sale_id: a retry or a second sync returns the first sale. The order is created
 * placed → paid → collected, its stock taken at that store in the same transaction.
 */
export async function tillSale(ctx: Ctx, actor: Actor, input: TillSaleInput) {
  const locationId = await tillLocation(ctx, actor, input.location_id);
  const location = await getLocation(ctx, locationId);
  if (location.kind === 'mall' || location.kind === 'warehouse' || !location.till_channel) throw invalidState('no_till_here', 'This location has no till');
  const scope = `till:${locationId}`;
  const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const prior = await ctx.db
    .selectFrom('orders')
    .select(['id', 'request_hash'])
    .where('idempotency_scope', '=', scope)
    .where('idempotency_key', '=', input.client_sale_id)
    .executeTakeFirst();
  if (prior) {
    if (prior.request_hash !== hash) throw conflict('client_sale_id_reused', 'This client_sale_id was used for a different sale');
    return { order: await getOrder(ctx, actor, prior.id), replayed: true };
  }

  // Resolve scanned symbols, GTINs and typed variant ids to variants; merge repeated scans of one
  // item into one order line, but take each named lot on its own (then the rest first-expiring-first).
  const lines = await resolveLines(ctx, input.lines);
  const qty = new Map<string, number>();
  const takes = new Map<string, TillLine>();
  for (const l of lines) {
    qty.set(l.variant_id, (qty.get(l.variant_id) ?? 0) + l.quantity);
    const key = `${l.variant_id}|${l.lot_code ?? ''}`;
    const prior = takes.get(key);
    if (prior) prior.quantity += l.quantity;
    else takes.set(key, { ...l });
  }
  const variants = await variantsByIds(ctx, [...qty.keys()]);
  if (variants.length !== qty.size)
    throw notFound(
      'variant',
      [...qty.keys()].find((id) => !variants.some((v) => v.id === id))!,
    );
  // A listing the platform holds or took down (suspected counterfeit) is not sold at the till either.
  const moderated = variants.find((v) => v.product_status === 'held' || v.product_status === 'taken_down');
  if (moderated)
    throw invalidState('variant_unavailable', `${moderated.id} is not for sale: its listing is ${moderated.product_status.replace('_', ' ')}`, {
      variant_id: moderated.id,
    });
  const tracked = new Map(variants.map((v) => [v.id, v.lot_tracked]));
  const ordered = [...takes.values()].sort((a, b) => Number(a.lot_code === undefined) - Number(b.lot_code === undefined));
  for (const t of ordered) {
    if (t.lot_code === undefined) continue;
    if (!tracked.get(t.variant_id)) throw badRequest('not_lot_tracked', `${t.variant_id} is not lot-tracked: leave the lot out`, { variant_id: t.variant_id });
    // Refused before the card is charged; the take below refuses it again should it change meanwhile.
    const why = await lotRefusal(ctx, t.variant_id, t.lot_code, location.timezone);
    if (why) throw notSellable(t.variant_id, t.lot_code, why);
  }
  const saleCurrency = location.till_channel.sale_currency;
  const currencies = new Set(variants.map((v) => v.price_currency));
  if (!saleCurrency && currencies.size !== 1) throw invalidState('mixed_currencies', 'One till sale is paid in one currency');
  const currency = saleCurrency ?? [...currencies][0]!;
  const [prices, onList] = await Promise.all([
    linePrices(ctx, variants, saleCurrency),
    currency === 'CNY' ? listEntries(ctx, variants) : Promise.resolve(new Map<string, { vat_bp: number } | null>()),
  ]);
  const total = variants.reduce((s, v) => s + prices.get(v.id)!.unit * qty.get(v.id)!, 0);
  // Goods at a till in China are domestic: their VAT is in the price, shown on the receipt.
  const lineIds = new Map(variants.map((v) => [v.id, newId('orderLine')]));
  const taxLines =
    currency === 'CNY'
      ? variants.map((v) => ({
          ...domesticVatLine(prices.get(v.id)!.unit * qty.get(v.id)!, onList.get(v.id)?.vat_bp ?? 1300),
          order_line_id: lineIds.get(v.id)!,
        }))
      : [];

  const token = input.payment.method === 'cash' ? 'cash' : input.payment.token;
  if (!token) throw badRequest('payment_token_required', 'A card payment needs the terminal token');
  const auth = await authorise({ provider: 'test', token, amount: total, currency, reference: `${scope}:${input.client_sale_id}` });
  if (!auth.ok) throw new AppError(402, 'payment_declined', auth.message, { reason: auth.code });

  const orderId = newId('order');
  const shipmentId = newId('shipment');
  try {
    const paymentId = await ctx.db.transaction().execute(async (trx) => {
      const tctx = { ...ctx, db: trx };
      await insertOrder(trx, {
        id: orderId,
        channel_id: location.till_channel!.id,
        channel_kind: 'till',
        customer_id: null,
        guest_email: null,
        status: 'placed',
        currency,
        subtotal_amount: total,
        shipping_amount: 0,
        total_amount: total,
        idempotency_scope: scope,
        idempotency_key: input.client_sale_id,
        request_hash: hash,
        delivery_address: null,
        pickup_code: null,
        store_location_id: locationId,
        created_by: actorId(actor),
        shipments: [
          {
            id: shipmentId,
            location_id: locationId,
            kind: 'pickup',
            status: 'collected',
            lines: variants.map((v) => ({
              id: lineIds.get(v.id)!,
              list_unit_price_amount: prices.get(v.id)!.list_amount,
              list_currency: prices.get(v.id)!.list_currency,
              fx_rate: prices.get(v.id)!.fx_rate,
              fx_rate_id: prices.get(v.id)!.fx_rate_id,
              price_source: prices.get(v.id)!.source,
              hs_code: v.hs_code ?? null,
              merchant_id: v.merchant_id,
              variant_id: v.id,
              sku: v.sku,
              title_en: v.title_en,
              title_zh: v.title_zh,
              quantity: qty.get(v.id)!,
              unit_price_amount: prices.get(v.id)!.unit,
              fulfilment: 'pickup' as const,
            })),
          },
        ],
        events: [{ from: null, to: 'placed', note: input.sold_at ? `sold at ${input.sold_at}` : undefined }],
        tax_lines: taxLines.map((t) => ({ order_line_id: t.order_line_id, ...taxLineFields(t) })),
      });
      const merchantOf = new Map(variants.map((v) => [v.id, v.merchant_id]));
      // Scanned lots first, so first-expiring-first-out for the unscanned rest cannot use up a lot in the basket.
      for (const t of ordered) {
        const r = await takeStock(tctx, actor, {
          variant_id: t.variant_id,
          location_id: locationId,
          merchant_id: merchantOf.get(t.variant_id)!,
          quantity: t.quantity,
          reason: 'sale',
          reference_type: 'order',
          reference_id: orderId,
          promise: 'now',
          lot_code: t.lot_code,
        });
        if (!r.ok) throw new Short(t.variant_id, t.lot_code);
      }
      return recordAuthorised(trx, { order_id: orderId, provider: auth.provider, ref: auth.ref, amount: total, currency });
    });
    await settlePlacedOrder(ctx, actor, orderId, paymentId, 'collected', undefined, bookOrderSale);
  } catch (e) {
    await voidAuthorisation(auth.provider, auth.ref);
    if (e instanceof Short) {
      // takeStock does not say why a named lot was refused; a lot that may not be sold is not a stock count problem.
      const why = e.lotCode === undefined ? null : await lotRefusal(ctx, e.variantId, e.lotCode, location.timezone);
      if (why) throw notSellable(e.variantId, e.lotCode!, why);
      throw new AppError(
        409,
        'out_of_stock',
        `The ledger has no unreserved ${e.variantId}${e.lotCode === undefined ? '' : ` of lot ${e.lotCode}`} at this store; count the shelf`,
        {
          variant_id: e.variantId,
          ...(e.lotCode === undefined ? {} : { lot_code: e.lotCode }),
        },
      );
    }
    if ((e as { code?: string; constraint?: string }).code === '23505') {
      const won = await ctx.db
        .selectFrom('orders')
        .select('id')
        .where('idempotency_scope', '=', scope)
        .where('idempotency_key', '=', input.client_sale_id)
        .executeTakeFirst();
      if (won) return { order: await getOrder(ctx, actor, won.id), replayed: true };
    }
    throw e;
  }
  return { order: await getOrder(ctx, actor, orderId), replayed: false };
}

/** A printable receipt of a till sale (or any order the clerk may see). */
export async function receipt(ctx: Ctx, actor: Actor, orderId: string) {
  const o = await getOrder(ctx, actor, orderId);
  const store = o.store_location_id ? await getLocation(ctx, o.store_location_id) : null;
  return {
    order_id: o.id,
    number: o.number,
    store: store ? { id: store.id, name_en: store.name_en, name_zh: store.name_zh, address_line: store.address_line, city: store.city } : null,
    lines: o.lines.map((l) => ({
      sku: l.sku,
      title_en: l.title_en,
      title_zh: l.title_zh,
      quantity: l.quantity,
      unit_price_amount: l.unit_price_amount,
      line_amount: l.unit_price_amount * l.quantity,
    })),
    currency: o.currency,
    total_amount: o.total_amount,
    refunded_amount: o.refunded_amount,
    payments: o.payments.map((p) => ({ provider: p.provider, status: p.status, amount: p.amount })),
    issued_at: o.created_at,
  };
}

/** Syncs sales a till queued while offline, in order; each succeeds or fails on its own. */
export async function syncTillSales(ctx: Ctx, actor: Actor, sales: TillSaleInput[]) {
  const results = [];
  for (const s of sales) {
    try {
      const { order, replayed } = await tillSale(ctx, actor, s);
      results.push({ client_sale_id: s.client_sale_id, status: replayed ? ('duplicate' as const) : ('created' as const), order_id: order.id, error: null });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({ client_sale_id: s.client_sale_id, status: 'failed' as const, order_id: null, error: { code: e.code, detail: e.message } });
    }
  }
  return { results };
}
