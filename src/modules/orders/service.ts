import { inTransaction } from '../../db/transaction.ts';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, forbidden, invalidState, notFound, unauthorized } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { lotOwners } from '../inventory/service.ts';
import { putStock } from '../inventory/service.ts';
import { capture, paymentsOf, refund, voidPayment } from '../payments/service.ts';
import { orderStatusFor, shipmentCanMove } from './progress.ts';
import {
  type NewOrderFlag,
  advanceFromPlaced,
  clearFlag,
  flagCounts,
  flagsByReference,
  insertFlags,
  moveOrder,
  type NewOrderRecord,
  openFlagsOf,
  type WrittenOrder,
} from './repository.ts';
import type { OrdersTable, PaymentsTable, ShipmentStatus } from './schema.ts';
import { type OrderStatus, canMove, holdsStock } from './states.ts';

export { insertOrder, moveOrder, type NewOrderRecord } from './repository.ts';
import { giveBackLimit } from '../crossborder/service.ts';
import { recordRefund } from '../settlement/service.ts';
export type { ReturnMoney } from './refund-money.ts';
export { orderForReturn, recordOrderRefund, recordReturn } from './returns.ts';
import { taxLineFields } from './tax-lines.ts';
export { taxLineFields } from './tax-lines.ts';

type OrderEb = ExpressionBuilder<DB, 'orders'>;

/** The orders an actor may see, as a filter: tenant isolation for orders lives here. */
function visible(actor: Actor) {
  return (eb: OrderEb) => {
    if (isOperator(actor)) return eb.val(true);
    const merchant = merchantOf(actor);
    if (merchant)
      return eb.exists(eb.selectFrom('order_lines as l').select('l.id').whereRef('l.order_id', '=', 'orders.id').where('l.merchant_id', '=', merchant));
    if (actor.kind === 'user' && actor.role === 'store_staff') {
      return eb.or([
        eb('orders.store_location_id', '=', actor.locationId!),
        eb.exists(eb.selectFrom('shipments as s').select('s.id').whereRef('s.order_id', '=', 'orders.id').where('s.location_id', '=', actor.locationId!)),
      ]);
    }
    if (actor.kind === 'user' && actor.role === 'consumer') return eb('orders.customer_id', '=', actor.userId);
    return eb.val(false);
  };
}

const ORDER_COLUMNS = [
  'id',
  'number',
  'channel_id',
  'channel_kind',
  'customer_id',
  'guest_email',
  'status',
  'currency',
  'subtotal_amount',
  'shipping_amount',
  'total_amount',
  'refunded_amount',
  'delivery_address',
  'pickup_code',
  'store_location_id',
  'created_at',
  'updated_at',
  'tax_amount',
  'customs_regime',
  'buyer_name',
  'buyer_id_masked',
] as const;

type OrderRow = Pick<Selectable<OrdersTable>, (typeof ORDER_COLUMNS)[number]>;
interface OrderParts {
  order: OrderRow;
  shipments: WrittenOrder['shipments'];
  lines: WrittenOrder['lines'];
  payments: Array<Pick<Selectable<PaymentsTable>, 'id' | 'provider' | 'status' | 'amount' | 'currency' | 'captured_amount' | 'refunded_amount'>>;
  events: WrittenOrder['events'];
  flags: Awaited<ReturnType<typeof openFlagsOf>>;
  tax_lines: WrittenOrder['tax_lines'];
}

/** An order as this actor may see it: a merchant its own lines and no payments; only the customer side sees the pick-up code. */
function presentOrder(actor: Actor, p: OrderParts) {
  const merchant = merchantOf(actor);
  const lines = merchant ? p.lines.filter((l) => l.merchant_id === merchant) : p.lines;
  const shipmentIds = new Set(lines.map((l) => l.shipment_id));
  return {
    ...p.order,
    // A store clerk needs the pick-up code only to compare it with the one the customer shows.
    pickup_code: actor.kind === 'user' && (actor.role === 'consumer' || actor.role === 'operator') ? p.order.pickup_code : null,
    // The buyer's identity is for the customer, the store and the operator, not the merchant.
    buyer_name: merchant ? null : p.order.buyer_name,
    buyer_id_masked: merchant ? null : p.order.buyer_id_masked,
    shipments: merchant ? p.shipments.filter((s) => shipmentIds.has(s.id)) : p.shipments,
    lines,
    tax_lines: (merchant ? p.tax_lines.filter((t) => lines.some((l) => l.id === t.order_line_id)) : p.tax_lines).map((t) => ({
      order_line_id: t.order_line_id,
      ...taxLineFields(t),
    })),
    payments: merchant
      ? []
      : p.payments.map((x) => ({
          id: x.id,
          provider: x.provider,
          status: x.status,
          amount: x.amount,
          currency: x.currency,
          captured_amount: x.captured_amount,
          refunded_amount: x.refunded_amount,
        })),
    events: p.events.map((e) => ({ from_status: e.from_status, to_status: e.to_status, actor_id: e.actor_id, note: e.note, created_at: e.created_at })),
    flags: p.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      reference_id: f.reference_id,
      subject_id: f.subject_id,
      quantity: f.quantity,
      note: f.note,
      created_at: f.created_at,
    })),
  };
}

/**
 * Open flags of an order that this actor acts on: operators and store staff all of them, a
 * merchant those about its own lots (a recall of another merchant's lot is not its business),
 * a consumer none (flags are work for the platform and the store, not notices to the customer).
 */
async function flagsFor(ctx: Ctx, actor: Actor, orderId: string): Promise<OrderParts['flags']> {
  const merchant = merchantOf(actor);
  const staff = isOperator(actor) || (actor.kind === 'user' && actor.role === 'store_staff');
  if (!staff && !merchant) return [];
  const flags = await openFlagsOf(ctx.db, orderId);
  if (staff || flags.length === 0) return flags;
  const owners = await lotOwners(
    ctx,
    flags.flatMap((f) => (f.subject_id ? [f.subject_id] : [])),
  );
  return flags.filter((f) => f.subject_id !== null && owners.get(f.subject_id) === merchant);
}

/** One order with its shipments, lines (a merchant sees only its own), payments and history. */
export async function getOrder(ctx: Ctx, actor: Actor, id: string) {
  if (actor.kind === 'anonymous') throw unauthorized();
  const order = await ctx.db.selectFrom('orders').select(ORDER_COLUMNS).where('id', '=', id).where(visible(actor)).executeTakeFirst();
  if (!order) throw notFound('order', id);
  const [shipments, lines, payments, events, flags, tax_lines] = await Promise.all([
    ctx.db.selectFrom('shipments').selectAll().where('order_id', '=', id).orderBy('id').execute(),
    ctx.db.selectFrom('order_lines').selectAll().where('order_id', '=', id).orderBy('id').execute(),
    paymentsOf(ctx, id),
    ctx.db.selectFrom('order_events').selectAll().where('order_id', '=', id).orderBy('id').execute(),
    flagsFor(ctx, actor, id),
    ctx.db.selectFrom('order_tax_lines').selectAll().where('order_id', '=', id).orderBy('id').execute(),
  ]);
  return presentOrder(actor, { order, shipments, lines, payments, events, flags, tax_lines });
}

/**
 * The order just placed and settled, built from what was written rather than read back (five
 * statements fewer per order); the same shape and rules as getOrder.
 */
export function placedOrderView(
  actor: Actor,
  record: NewOrderRecord,
  written: WrittenOrder,
  settled: { status: OrderStatus; payment: OrderParts['payments'][number]; events: WrittenOrder['events'] },
) {
  const order: OrderRow = {
    id: record.id,
    number: written.number,
    channel_id: record.channel_id,
    channel_kind: record.channel_kind,
    customer_id: record.customer_id,
    guest_email: record.guest_email,
    status: settled.status,
    currency: record.currency,
    subtotal_amount: record.subtotal_amount,
    shipping_amount: record.shipping_amount,
    total_amount: record.total_amount,
    refunded_amount: 0,
    delivery_address: record.delivery_address,
    pickup_code: record.pickup_code,
    store_location_id: record.store_location_id,
    created_at: written.at,
    updated_at: settled.events.at(-1)?.created_at ?? written.at,
    tax_amount: record.tax_amount ?? 0,
    customs_regime: record.customs?.regime ?? null,
    buyer_name: record.customs?.buyer_name ?? null,
    buyer_id_masked: record.customs?.buyer_id_masked ?? null,
  };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return presentOrder(actor, {
    order,
    shipments: [...written.shipments].sort(byId),
    lines: [...written.lines].sort(byId),
    payments: [settled.payment],
    events: [...written.events, ...settled.events],
    // An order just placed has nothing flagged on it yet.
    flags: [],
    tax_lines: written.tax_lines,
  });
}

/** Orders visible to the actor, newest first, with cursor paging. */
export async function listOrders(ctx: Ctx, actor: Actor, q: { status?: OrderStatus; location_id?: string; limit?: number; cursor?: string }) {
  if (actor.kind === 'anonymous') throw unauthorized();
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('orders')
    .select(ORDER_COLUMNS)
    .where(visible(actor))
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.location_id) {
    const loc = q.location_id;
    query = query.where((eb) =>
      eb.or([
        eb('store_location_id', '=', loc),
        eb.exists(eb.selectFrom('shipments as s').select('s.id').whereRef('s.order_id', '=', 'orders.id').where('s.location_id', '=', loc)),
      ]),
    );
  }
  if (after) query = query.where('id', '<', after);
  const page = pageOf(await query.execute(), limit, (r) => r.id);
  const merchant = merchantOf(actor);
  return {
    ...page,
    items: page.items.map((o) => ({
      ...o,
      pickup_code: merchant || (actor.kind === 'user' && actor.role === 'store_staff') ? null : o.pickup_code,
      buyer_name: merchant ? null : o.buyer_name,
      buyer_id_masked: merchant ? null : o.buyer_id_masked,
    })),
  };
}

/**
 * Captures the payment of a placed order and moves it on: to paid, then allocated (online: stock
 * was taken at placement) or collected (till: handed over at the counter). If capture fails the
 * order is cancelled and its stock given back.
 */
export async function settlePlacedOrder(
  ctx: Ctx,
  actor: Actor,
  orderId: string,
  paymentId: string,
  then: 'allocated' | 'collected' = 'allocated',
  knownPayment?: { provider: string; provider_ref: string; amount: number; currency: string },
  onPaid?: OnPaid,
): Promise<{ status: OrderStatus; events: WrittenOrder['events'] }> {
  const ok = await capture(ctx, paymentId, knownPayment);
  if (!ok) {
    await cancelWithStock(ctx, actor, orderId, 'payment capture failed');
    return { status: 'cancelled', events: [] };
  }
  const note = then === 'allocated' ? 'stock taken at placement' : 'sold at the till';
  if (!onPaid) return { status: then, events: (await advanceFromPlaced(ctx.db, orderId, then, actorId(actor), note)) ?? [] };
  // The order leaves 'placed' and what follows from its payment (the merchants' ledger) commit
  // together: a crash in between leaves it 'placed', and the recovery job settles it again.
  const events = await inTransaction(ctx, async (tctx) => {
    const moved = await advanceFromPlaced(tctx.db, orderId, then, actorId(actor), note);
    if (moved) await onPaid(tctx, orderId);
    return moved;
  });
  return { status: then, events: events ?? [] };
}

/** What a flow does in the transaction that moves a paid order on (e.g. book it to the merchants). */
export type OnPaid = (tctx: Ctx, orderId: string) => Promise<unknown>;

/** Moves a shipment one step (pick, ship, ready, deliver) and the order with it. */
export async function advanceShipment(ctx: Ctx, actor: Actor, shipmentId: string, to: ShipmentStatus, tracking?: string) {
  const shipment = await ctx.db.selectFrom('shipments').selectAll().where('id', '=', shipmentId).executeTakeFirst();
  if (!shipment) throw notFound('shipment', shipmentId);
  const order = await ctx.db.selectFrom('orders').select(['id', 'status']).where('id', '=', shipment.order_id).where(visible(actor)).executeTakeFirst();
  if (!order) throw notFound('shipment', shipmentId);
  if (actor.kind === 'user' && actor.role === 'store_staff' && shipment.location_id !== actor.locationId) throw notFound('shipment', shipmentId);
  const merchant = merchantOf(actor);
  if (merchant) {
    const foreign = await ctx.db
      .selectFrom('order_lines')
      .select('id')
      .where('shipment_id', '=', shipmentId)
      .where('merchant_id', '<>', merchant)
      .executeTakeFirst();
    if (foreign) throw forbidden('This shipment carries other merchants’ goods; the store or the operator moves it');
  } else if (!isOperator(actor) && !(actor.kind === 'user' && actor.role === 'store_staff')) throw forbidden();
  if (to === 'collected') throw invalidState('use_pickup_handover', 'A pick-up is collected by hand-over with its code');
  if (['placed', 'paid', 'cancelled', 'refunded'].includes(order.status)) throw invalidState('order_not_allocated', `The order is ${order.status}`);
  if (!shipmentCanMove(shipment.kind, shipment.status, to))
    throw conflict('invalid_transition', `A ${shipment.kind} shipment cannot go from ${shipment.status} to ${to}`);
  await moveShipment(ctx, actor, shipment.order_id, shipmentId, shipment.status, to, tracking);
  return getOrder(ctx, actor, shipment.order_id);
}

async function moveShipment(ctx: Ctx, actor: Actor, orderId: string, shipmentId: string, from: ShipmentStatus, to: ShipmentStatus, tracking?: string) {
  await inTransaction(ctx, async ({ db: trx }) => {
    const moved = await trx
      .updateTable('shipments')
      .set({ status: to, updated_at: new Date(), ...(tracking ? { tracking_number: tracking } : {}) })
      .where('id', '=', shipmentId)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw conflict('concurrent_update', 'The shipment changed meanwhile; reload and retry');
    const all = await trx.selectFrom('shipments').select(['kind', 'status']).where('order_id', '=', orderId).execute();
    const target = orderStatusFor(all);
    const current = await trx.selectFrom('orders').select('status').where('id', '=', orderId).forUpdate().executeTakeFirstOrThrow();
    if (target && target !== current.status && canMove(current.status, target)) await moveOrder(trx, orderId, [current.status], target, actorId(actor));
  });
}

/** Store staff find a pick-up by its code (only at their own store). */
export async function findPickup(ctx: Ctx, actor: Actor, code: string) {
  if (!(actor.kind === 'user' && (actor.role === 'store_staff' || actor.role === 'operator'))) throw forbidden();
  const row = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('shipments as s', 's.order_id', 'o.id')
    .select(['o.id', 's.id as shipment_id', 's.status as shipment_status', 's.location_id'])
    .where('o.pickup_code', '=', code)
    .where('s.kind', '=', 'pickup')
    .where('o.status', 'in', ['paid', 'allocated', 'picking', 'ready_for_pickup', 'shipped'])
    .$if(actor.role === 'store_staff', (q) => q.where('s.location_id', '=', actor.kind === 'user' ? actor.locationId! : ''))
    .executeTakeFirst();
  if (!row) throw notFound('pickup');
  return { order: await getOrder(ctx, actor, row.id), shipment_id: row.shipment_id, shipment_status: row.shipment_status };
}

/** Hands a pick-up over: the code must match a ready pick-up at the clerk's store; the order becomes collected. */
export async function handOverPickup(ctx: Ctx, actor: Actor, code: string) {
  const found = await findPickup(ctx, actor, code);
  if (found.shipment_status !== 'ready_for_pickup') throw invalidState('pickup_not_ready', `The pick-up is ${found.shipment_status}, not ready`);
  await moveShipment(ctx, actor, found.order.id, found.shipment_id, 'ready_for_pickup', 'collected');
  return getOrder(ctx, actor, found.order.id);
}

/** Cancels an order that still holds stock: units go back where they were taken, the payment is voided or refunded. */
export async function cancelOrder(ctx: Ctx, actor: Actor, orderId: string, reason: string) {
  const order = await ctx.db.selectFrom('orders').select(['id', 'status', 'customer_id']).where('id', '=', orderId).where(visible(actor)).executeTakeFirst();
  if (!order) throw notFound('order', orderId);
  const consumerOwn = actor.kind === 'user' && actor.role === 'consumer';
  if (!isOperator(actor) && !consumerOwn) throw forbidden('Only the customer or an operator cancels an order');
  if (consumerOwn && !['placed', 'paid', 'allocated'].includes(order.status)) throw invalidState('too_late_to_cancel', `The order is already ${order.status}`);
  if (!canMove(order.status, 'cancelled')) throw conflict('invalid_transition', `An order that is ${order.status} cannot be cancelled`);
  await cancelWithStock(ctx, actor, orderId, reason);
  return getOrder(ctx, actor, orderId);
}

async function cancelWithStock(ctx: Ctx, actor: Actor, orderId: string, reason: string): Promise<void> {
  let captured = 0;
  await inTransaction(ctx, async ({ db: trx }) => {
    const tctx = { ...ctx, db: trx };
    const current = await trx
      .selectFrom('orders')
      .select(['status', 'total_amount', 'limit_key', 'limit_year', 'limit_amount'])
      .where('id', '=', orderId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!holdsStock(current.status) || !canMove(current.status, 'cancelled'))
      throw conflict('invalid_transition', `An order that is ${current.status} cannot be cancelled`);
    const lines = await trx.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).execute();
    // A cancelled order gives back what it took: the buyer's annual CBEC limit, and the merchants'
    // booked sales and the platform's commission (nothing was booked if it never got paid).
    const undo = `cancel_${orderId}`;
    if (current.limit_key && current.limit_year !== null && current.limit_amount > 0)
      await giveBackLimit(tctx, {
        id_number_hash: current.limit_key,
        year: current.limit_year,
        order_id: orderId,
        refund_id: undo,
        amount: current.limit_amount,
      });
    await recordRefund(tctx, {
      order_id: orderId,
      refund_id: undo,
      lines: lines.map((l) => ({ order_line_id: l.id, quantity: l.quantity, amount: l.unit_price_amount * l.quantity })),
    });
    for (const l of lines) {
      await putStock(tctx, actor, {
        variant_id: l.variant_id,
        location_id: l.location_id,
        merchant_id: l.merchant_id,
        quantity: l.quantity,
        reason: 'return',
        reference_type: 'order_cancelled',
        reference_id: orderId,
        origin_id: orderId,
      });
    }
    await trx.updateTable('shipments').set({ status: 'cancelled', updated_at: new Date() }).where('order_id', '=', orderId).execute();
    await moveOrder(trx, orderId, [current.status], 'cancelled', actorId(actor), reason);
    const pays = await trx.selectFrom('payments').select(['id', 'status', 'captured_amount', 'refunded_amount']).where('order_id', '=', orderId).execute();
    for (const p of pays) if (p.status === 'captured' || p.status === 'partly_refunded') captured += p.captured_amount - p.refunded_amount;
  });
  for (const p of await paymentsOf(ctx, orderId)) if (p.status === 'authorised') await voidPayment(ctx, p.id);
  if (captured > 0) await refund(ctx, { order_id: orderId, amount: captured, reason: `cancelled: ${reason}`, actor_id: actorId(actor) });
}

/** Orders left 'placed' by a crash between commit and capture: settle them (or cancel if capture fails). */
export async function recoverPlacedOrders(ctx: Ctx, olderThanSeconds = 30, onPaid?: OnPaid): Promise<number> {
  const stale = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('payments as p', 'p.order_id', 'o.id')
    .select(['o.id', 'o.channel_kind', 'p.id as payment_id'])
    .where('o.status', '=', 'placed')
    .where('o.created_at', '<', sql<Date>`now() - make_interval(secs => ${olderThanSeconds})`)
    .limit(200)
    .execute();
  const system: Actor = { kind: 'anonymous' };
  for (const o of stale) await settlePlacedOrder(ctx, system, o.id, o.payment_id, o.channel_kind === 'till' ? 'collected' : 'allocated', undefined, onPaid);
  return stale.length;
}

// Shipments whose goods have not reached the customer: they can still be stopped.
const SHIPMENT_UNDER_WAY = new Set<ShipmentStatus>(['pending', 'picking', 'shipped', 'ready_for_pickup']);

export interface TracedOrder {
  id: string;
  number: number;
  status: OrderStatus;
  channel_kind: 'online' | 'till';
  store_location_id: string | null;
  created_at: Date;
  /** Locations of the order's shipments whose goods have not reached the customer yet. */
  under_way_at: string[];
}

/**
 * Orders as a flow that traces goods sees them (a recall: it decides access itself): number,
 * status, channel, store, and the locations of their shipments still under way (not yet delivered,
 * collected or cancelled; none once the order is cancelled or refunded). Unknown ids are left out.
 */
export async function ordersForTrace(ctx: Ctx, ids: string[]): Promise<Map<string, TracedOrder>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [orders, shipments] = await Promise.all([
    ctx.db.selectFrom('orders').select(['id', 'number', 'status', 'channel_kind', 'store_location_id', 'created_at']).where('id', 'in', unique).execute(),
    ctx.db.selectFrom('shipments').select(['order_id', 'location_id', 'status']).where('order_id', 'in', unique).execute(),
  ]);
  return new Map(
    orders.map((o) => {
      const closed = o.status === 'cancelled' || o.status === 'refunded';
      const under = closed ? [] : shipments.filter((s) => s.order_id === o.id && SHIPMENT_UNDER_WAY.has(s.status)).map((s) => s.location_id);
      return [o.id, { ...o, under_way_at: [...new Set(under)] }];
    }),
  );
}

/** Raises flags on orders for people to act on (one per order, kind and reference; a repeat is skipped). Returns how many are new. */
export function flagOrders(ctx: Ctx, flags: NewOrderFlag[]): Promise<number> {
  return insertFlags(ctx.db, flags);
}

/** How many orders each reference (e.g. a recall) flagged, and how many of those flags are still open. */
export function flagCountsOf(ctx: Ctx, referenceIds: string[]) {
  return flagCounts(ctx.db, referenceIds);
}

/** The flags a reference (e.g. a recall) raised, open or cleared, oldest first. */
export function flagsRaisedBy(ctx: Ctx, referenceId: string) {
  return flagsByReference(ctx.db, referenceId);
}

/** An operator clears an open flag of an order once it has been dealt with; answers the order. */
export async function clearOrderFlag(ctx: Ctx, actor: Actor, orderId: string, flagId: string) {
  if (!isOperator(actor)) throw forbidden('Only an operator clears a flag');
  const order = await ctx.db.selectFrom('orders').select('id').where('id', '=', orderId).executeTakeFirst();
  if (!order) throw notFound('order', orderId);
  if (!(await clearFlag(ctx.db, orderId, flagId, actorId(actor)))) {
    const flag = await ctx.db.selectFrom('order_flags').select('cleared_at').where('id', '=', flagId).where('order_id', '=', orderId).executeTakeFirst();
    if (!flag) throw notFound('order_flag', flagId);
    throw conflict('flag_already_cleared', 'This flag was already cleared');
  }
  return getOrder(ctx, actor, orderId);
}
