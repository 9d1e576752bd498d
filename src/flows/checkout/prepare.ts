import { createHash, randomInt } from 'node:crypto';
import { AppError, badRequest, conflict, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, merchantOf, SYSTEM } from '../../shared/actor.ts';
import { failpoint } from '../../shared/failpoints.ts';
import { newId } from '../../shared/ids.ts';
import { variantsByIds } from '../../modules/catalog/service.ts';
import { type SourcingLocation, sourcingLocations } from '../../modules/locations/service.ts';
import { merchantStatus } from '../../modules/merchants/service.ts';
import { availability, takeStock } from '../../modules/inventory/service.ts';
import { getOrder, insertOrder, type NewOrderRecord, placedOrderView, settlePlacedOrder } from '../../modules/orders/service.ts';
import type { DeliveryAddress } from '../../modules/orders/schema.ts';
import { type AuthoriseResult, authorise, recordAuthorised, voidAuthorisation } from '../../modules/payments/service.ts';
import { salePrices } from '../../modules/pricing/service.ts';
import { type PositiveListEntry, positiveListEntries, takeLimit } from '../../modules/crossborder/service.ts';
import { fulfilmentModeOf } from './freight.ts';
import type { OrderMoney } from './money.ts';
import type { Allocation } from './sourcing.ts';
import { bookPlacedOrder } from '../book-sale.ts';

export interface OrderLineInput {
  variant_id: string;
  quantity: number;
  fulfilment: 'delivery' | 'pickup';
  pickup_location_id?: string | undefined;
}

export type VariantRow = Awaited<ReturnType<typeof variantsByIds>>[number];

export interface LinePrice {
  /** Sale price of one unit in the order's currency. */
  unit: number;
  list_amount: number;
  list_currency: string;
  fx_rate: string | null;
  fx_rate_id: string | null;
  source: 'list' | 'converted' | 'override';
}

export interface Prepared {
  variants: Map<string, VariantRow>;
  /** What the order is sold in: the channel's sale currency, or the list currency when it has none. */
  currency: string;
  prices: Map<string, LinePrice>;
  /** Per variant: its CBEC positive-list entry (null: not on the list); only when selling in CNY. */
  positiveList: Map<string, PositiveListEntry | null>;
  subtotal: number;
  locations: SourcingLocation[];
}

/** Raised inside an order transaction when the buyer's annual CBEC limit was used up meanwhile. */
export class LimitRace extends Error {
  constructor() {
    super('annual limit race');
  }
}

/** Raised inside an order transaction when a guarded stock update loses a race; rolls it back. */
export class StockRace extends Error {
  constructor(readonly variantId: string) {
    super('stock race');
  }
}

export const outOfStock = (shortfalls: Array<{ variant_id: string; missing: number }>) =>
  new AppError(409, 'out_of_stock', `Not enough stock for ${shortfalls.map((s) => s.variant_id).join(', ')}`, { shortfalls });

// Guests (no account) see the order they just placed; everyone else through their own visibility.
export const viewerOf = (actor: Actor): Actor => (actor.kind === 'anonymous' ? SYSTEM : actor);

export function idempotencyScope(actor: Actor, guestEmail: string | undefined | null): string {
  switch (actor.kind) {
    case 'user':
      return `usr:${actor.userId}`;
    case 'api_key':
      return `key:${actor.keyId}`;
    case 'anonymous':
      if (!guestEmail) throw badRequest('guest_email_required', 'Guests give an email to order');
      return `guest:${guestEmail.toLowerCase()}`;
  }
}

export const requestHash = (input: unknown): string => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The earlier order under this key, or null; the same key for a different request is a 409. */
export async function findReplay(ctx: Ctx, actor: Actor, scope: string, key: string, hash: string) {
  const prior = await ctx.db
    .selectFrom('orders')
    .select(['id', 'request_hash'])
    .where('idempotency_scope', '=', scope)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!prior) return null;
  if (prior.request_hash !== hash) throw conflict('idempotency_key_reused', 'This Idempotency-Key was used for a different request');
  return getOrder(ctx, viewerOf(actor), prior.id);
}

/**
 * Checks an order's lines before any stock or money moves: every variant for sale, its merchant
 * verified (a merchant API key may order only its own goods), one currency, pick-up stores real.
 */
export async function prepare(
  ctx: Ctx,
  actor: Actor,
  lines: OrderLineInput[],
  delivery: DeliveryAddress | null | undefined,
  saleCurrency: string | null = null,
): Promise<Prepared> {
  if (lines.some((l) => l.fulfilment === 'pickup' && !l.pickup_location_id)) throw badRequest('pickup_location_required', 'A pick-up line names the store');
  if (lines.some((l) => l.fulfilment === 'delivery') && !delivery) throw badRequest('delivery_address_required', 'Delivery lines need a delivery address');
  const variants = new Map(
    (
      await variantsByIds(
        ctx,
        lines.map((l) => l.variant_id),
      )
    ).map((v) => [v.id, v]),
  );
  const mine = merchantOf(actor);
  for (const l of lines) {
    const v = variants.get(l.variant_id);
    if (!v || (mine && v.merchant_id !== mine)) throw notFound('variant', l.variant_id);
    if (v.status !== 'active' || v.product_status !== 'active') throw invalidState('variant_unavailable', `${l.variant_id} is not for sale`);
  }
  for (const m of new Set([...variants.values()].map((v) => v.merchant_id))) {
    if ((await merchantStatus(ctx, m)) !== 'verified') throw invalidState('merchant_unavailable', 'A merchant in this order is not selling now');
  }
  const currencies = new Set([...variants.values()].map((v) => v.price_currency));
  // Without a sale currency, lines are sold at list prices, so they must share one currency.
  if (!saleCurrency && currencies.size !== 1) throw invalidState('mixed_currencies', 'All lines of one order must be priced in one currency');
  const currency = saleCurrency ?? [...currencies][0]!;
  const [locations, prices, positiveList] = await Promise.all([
    sourcingLocations(ctx),
    linePrices(ctx, [...variants.values()], saleCurrency),
    currency === 'CNY' ? listEntries(ctx, [...variants.values()]) : Promise.resolve(new Map<string, PositiveListEntry | null>()),
  ]);
  const byId = new Map(locations.map((l) => [l.id, l]));
  for (const l of lines) {
    if (l.fulfilment !== 'pickup') continue;
    const loc = byId.get(l.pickup_location_id!);
    if (!loc || loc.kind === 'warehouse') throw invalidState('invalid_pickup_location', `${l.pickup_location_id} is not an open store`);
  }
  const subtotal = lines.reduce((s, l) => s + prices.get(l.variant_id)!.unit * l.quantity, 0);
  return { variants, currency, prices, positiveList, subtotal, locations };
}

/** Sale prices per variant: list prices when the channel has no sale currency, else the pricing module's. */
export async function linePrices(ctx: Ctx, variants: VariantRow[], saleCurrency: string | null): Promise<Map<string, LinePrice>> {
  if (!saleCurrency) {
    return new Map(
      variants.map((v) => [
        v.id,
        { unit: v.price_amount, list_amount: v.price_amount, list_currency: v.price_currency, fx_rate: null, fx_rate_id: null, source: 'list' as const },
      ]),
    );
  }
  const quoted = await salePrices(
    ctx,
    variants.map((v) => ({
      variant_id: v.id,
      merchant_id: v.merchant_id,
      product_id: v.product_id,
      price_amount: v.price_amount,
      price_currency: v.price_currency,
    })),
    saleCurrency,
    new Date(),
  );
  return new Map(
    variants.map((v) => {
      const q = quoted.get(v.id)!;
      return [
        v.id,
        {
          unit: q.amount,
          list_amount: q.list_amount,
          list_currency: q.list_currency,
          fx_rate: q.rate?.rate ?? null,
          fx_rate_id: q.rate?.id ?? null,
          source: q.source,
        },
      ];
    }),
  );
}

/** Each variant's CBEC positive-list entry by its product's HS code (null: not on the list). */
export async function listEntries(ctx: Ctx, variants: VariantRow[]): Promise<Map<string, PositiveListEntry | null>> {
  const codes = [...new Set(variants.flatMap((v) => (v.hs_code ? [v.hs_code] : [])))];
  const entries = codes.length ? await positiveListEntries(ctx, codes) : new Map<string, PositiveListEntry | null>();
  return new Map(variants.map((v) => [v.id, v.hs_code ? (entries.get(v.hs_code) ?? null) : null]));
}

/** Authorises the order total; a decline is a 402 with the provider's reason. */
export async function authoriseOrRefuse(provider: string | undefined, token: string, amount: number, currency: string, reference: string) {
  const auth: AuthoriseResult = await authorise({ provider: provider ?? 'test', token, amount, currency, reference });
  if (!auth.ok) throw new AppError(402, 'payment_declined', auth.message, { reason: auth.code });
  return auth;
}

/** The order record for a sourcing plan (shipments and lines priced from the variants). */
export function orderRecord(
  p: Prepared,
  plan: Allocation[],
  lines: OrderLineInput[],
  money: OrderMoney,
  o: {
    actor: Actor;
    channelId: string;
    scope: string;
    key: string;
    hash: string;
    delivery: DeliveryAddress | null;
    guestEmail: string | null;
    customerId: string | null;
  },
): NewOrderRecord {
  return {
    id: newId('order'),
    channel_id: o.channelId,
    channel_kind: 'online',
    customer_id: o.customerId,
    guest_email: o.guestEmail,
    status: 'placed',
    currency: p.currency,
    subtotal_amount: money.subtotal,
    shipping_amount: money.shipping,
    tax_amount: money.tax,
    total_amount: money.total,
    customs: money.customs,
    tax_lines: money.tax_lines,
    idempotency_scope: o.scope,
    idempotency_key: o.key,
    request_hash: o.hash,
    delivery_address: o.delivery,
    pickup_code: plan.some((s) => s.kind === 'pickup') ? String(randomInt(0, 1e8)).padStart(8, '0') : null,
    store_location_id: null,
    created_by: actorId(o.actor),
    shipments: plan.map((s, si) => ({
      id: newId('shipment'),
      location_id: s.location_id,
      kind: s.kind,
      fulfilment_mode: money.shipments[si]!.mode,
      freight_amount: money.shipments[si]!.freight,
      lines: s.lines.map((sl, li) => {
        const v = p.variants.get(sl.variant_id)!;
        const price = p.prices.get(sl.variant_id)!;
        const m = money.shipments[si]!.lines[li]!;
        return {
          id: m.id,
          list_unit_price_amount: price.list_amount,
          list_currency: price.list_currency,
          fx_rate: price.fx_rate,
          fx_rate_id: price.fx_rate_id,
          price_source: price.source,
          customs_regime: m.regime,
          hs_code: v.hs_code ?? null,
          freight_amount: m.freight,
          tax_amount: m.tax,
          merchant_id: v.merchant_id,
          variant_id: v.id,
          sku: v.sku,
          title_en: v.title_en,
          title_zh: v.title_zh,
          quantity: sl.quantity,
          unit_price_amount: price.unit,
          fulfilment: lines[sl.line]!.fulfilment,
        };
      }),
    })),
    events: [{ from: null, to: 'placed' }],
  };
}

/**
 * Writes the order and takes its stock in one transaction (`take` returns false when a guarded
 * update finds too little: the whole order rolls back), records the authorised payment, then
 * captures it and moves the order on. Returns the order as the actor sees it.
 */
export async function commitOrder(
  ctx: Ctx,
  actor: Actor,
  record: NewOrderRecord,
  auth: { provider: string; ref: string },
  take: (tctx: Ctx, shipment: NewOrderRecord['shipments'][number], line: NewOrderRecord['shipments'][number]['lines'][number]) => Promise<boolean>,
  prepared: Pick<Prepared, 'variants'>,
  alsoInTransaction?: (tctx: Ctx) => Promise<void>,
) {
  const productOf = new Map([...prepared.variants.values()].map((v) => [v.id, v.product_id]));
  const { paymentId, written } = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const written = await insertOrder(trx, record);
    const id = await recordAuthorised(trx, {
      order_id: record.id,
      provider: auth.provider,
      ref: auth.ref,
      amount: record.total_amount,
      currency: record.currency,
    });
    if (alsoInTransaction) await alsoInTransaction(tctx);
    // The annual CBEC limit is taken like stock: a guarded update, so two orders of one buyer
    // cannot pass it together; losing that race rolls the order back.
    const c = record.customs;
    if (c && !(await takeLimit(tctx, { id_number_hash: c.limit_key, year: c.limit_year, order_id: record.id, amount: c.limit_amount }))) throw new LimitRace();
    // Stock last: its row locks are held from here to COMMIT, so the shorter this tail, the more
    // buyers of one hot variant get through per second.
    // Always in (location, variant) order, so two orders over the same rows cannot deadlock.
    const takes = record.shipments
      .flatMap((s) => s.lines.map((l) => ({ s, l })))
      .sort((a, b) => (a.s.location_id + a.l.variant_id < b.s.location_id + b.l.variant_id ? -1 : 1));
    for (const { s, l } of takes) if (!(await take(tctx, s, l))) throw new StockRace(l.variant_id);
    failpoint('order.before_commit');
    return { paymentId: id, written };
  });
  failpoint('order.after_commit');
  const settled = await settlePlacedOrder(
    ctx,
    actor,
    record.id,
    paymentId,
    'allocated',
    { provider: auth.provider, provider_ref: auth.ref, amount: record.total_amount, currency: record.currency },
    bookPlacedOrder(record, productOf),
  );
  if (settled.status === 'cancelled')
    throw new AppError(402, 'payment_capture_failed', 'The payment could not be taken; the order was cancelled', { order_id: record.id });
  return placedOrderView(viewerOf(actor), record, written, {
    status: settled.status,
    events: settled.events,
    payment: {
      id: paymentId,
      provider: auth.provider,
      status: 'captured',
      amount: record.total_amount,
      currency: record.currency,
      captured_amount: record.total_amount,
      refunded_amount: 0,
    },
  });
}

export { voidAuthorisation };

/**
 * The usual way an order takes a line's stock: a guarded sale at the shipment's location. Lots of
 * lot-tracked food must still be good, with the product's minimum shelf life, on the promised day.
 */
export function saleFromStock(actor: Actor, orderId: string) {
  return async (tctx: Ctx, s: { location_id: string; kind: string }, l: { variant_id: string; merchant_id: string; quantity: number }): Promise<boolean> => {
    const r = await takeStock(tctx, actor, {
      promise: s.kind === 'pickup' ? 'pickup' : 'delivery',
      variant_id: l.variant_id,
      location_id: s.location_id,
      merchant_id: l.merchant_id,
      quantity: l.quantity,
      reason: 'sale',
      reference_type: 'order',
      reference_id: orderId,
    });
    return r.ok;
  };
}

/**
 * What sourcing may plan with: units per variant and location, for delivery and for pick-up (for
 * lot-tracked food they differ: a lot good today may not be good on the delivery day), leaving
 * out locations that cannot hold the product's temperature class.
 */
export async function sourcingStock(ctx: Ctx, p: Prepared) {
  const ids = [...p.variants.keys()];
  const holds = new Map(p.locations.map((l) => [l.id, l.temperature_classes]));
  const toMap = (rows: Awaited<ReturnType<typeof availability>>) => {
    const out = new Map<string, Map<string, number>>();
    for (const a of rows) {
      const cls = p.variants.get(a.variant_id)!.temperature_class;
      out.set(a.variant_id, new Map(a.locations.filter((x) => holds.get(x.location_id)?.includes(cls) ?? false).map((x) => [x.location_id, x.available])));
    }
    return out;
  };
  const anyLots = [...p.variants.values()].some((v) => v.lot_tracked);
  const delivery = toMap(await availability(ctx, ids, { promise: 'delivery' }));
  const pickup = anyLots ? toMap(await availability(ctx, ids, { promise: 'pickup' })) : delivery;
  // Goods off the CBEC positive list cannot come in through the cross-border channel: selling in
  // CNY, a bonded or US warehouse does not serve them.
  if (p.currency === 'CNY') {
    const crossBorder = p.locations.filter((l) => fulfilmentModeOf(l, 'warehouse_delivery') !== 'domestic').map((l) => l.id);
    for (const [variantId, at] of delivery) if (!p.positiveList.get(variantId)) for (const id of crossBorder) at.delete(id);
  }
  return { delivery, pickup };
}
