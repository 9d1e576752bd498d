import { type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { variantsByIds } from '../catalog/service.ts';
import { closeReservation, expireDue, postMovement, reserve } from './repository.ts';
import type { MovementReason } from './schema.ts';
import type { PromiseKind } from './lots/dates.ts';
import { isLotTracked, putBackIntoLots, reserveFromLots, takeFromLots } from './lots/service.ts';

/** Outcome of taking stock that callers branch on; not an exception. */
export type TakeResult<T> = { ok: true; value: T } | { ok: false; reason: 'out_of_stock'; variant_id: string; location_id: string; available: number };

/**
 * What stock an actor may see, as filters: a merchant its own variants, store staff their store,
 * operators everything; plus the caller's own variant and location filters.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any output row shape; only the filters matter here
function scoped<QB extends SelectQueryBuilder<DB, 'stock_levels' | 'stock_movements', any>>(
  query: QB,
  actor: Actor,
  q: { variant_id?: string; location_id?: string },
): QB {
  const mine = merchantOf(actor);
  let out = query;
  if (mine) out = out.where('merchant_id', '=', mine) as QB;
  else if (actor.kind === 'user' && actor.role === 'store_staff') out = out.where('location_id', '=', actor.locationId!) as QB;
  else if (!isOperator(actor)) throw forbidden();
  if (q.variant_id) out = out.where('variant_id', '=', q.variant_id) as QB;
  if (q.location_id) out = out.where('location_id', '=', q.location_id) as QB;
  return out;
}

/** Stock levels the actor may see: merchants their own variants, store staff their store, operators all. */
export async function listLevels(ctx: Ctx, actor: Actor, q: { variant_id?: string; location_id?: string; limit?: number; cursor?: string }) {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('stock_levels')
    .select([
      'variant_id',
      'location_id',
      'merchant_id',
      'on_hand',
      'reserved',
      'blocked',
      sql<number>`on_hand - reserved - blocked`.as('available'),
      'updated_at',
      sql<string>`variant_id || '|' || location_id`.as('k'),
    ])
    .orderBy('k')
    .limit(limit + 1);
  query = scoped(query, actor, q);
  if (after) query = query.where(sql<string>`variant_id || '|' || location_id`, '>', after);
  const page = pageOf(await query.execute(), limit, (r) => r.k);
  return { items: page.items.map(({ k: _k, ...r }) => r), next_cursor: page.next_cursor };
}

/** The ledger itself, newest first, with the same visibility as levels. */
export async function listMovements(
  ctx: Ctx,
  actor: Actor,
  q: { variant_id?: string; location_id?: string; reason?: MovementReason; limit?: number; cursor?: string },
) {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('stock_movements')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  query = scoped(query, actor, q);
  if (q.reason) query = query.where('reason', '=', q.reason);
  if (after) query = query.where('id', '<', after);
  return pageOf(await query.execute(), limit, (r) => r.id);
}

/** The refusal when a guarded take found too little: says how much is available there now. */
async function outOfStock(ctx: Ctx, variantId: string, locationId: string): Promise<TakeResult<never>> {
  const level = await ctx.db
    .selectFrom('stock_levels')
    .select(['on_hand', 'reserved', 'blocked'])
    .where('variant_id', '=', variantId)
    .where('location_id', '=', locationId)
    .executeTakeFirst();
  return {
    ok: false,
    reason: 'out_of_stock',
    variant_id: variantId,
    location_id: locationId,
    available: level ? level.on_hand - level.reserved - level.blocked : 0,
  };
}

/**
 * Holds stock for a cart or an unpaid order until it expires; out of stock is a typed result.
 * A lot-tracked variant holds first-expiring lots that are still good on the promised day.
 */
export async function reserveStock(
  ctx: Ctx,
  actor: Actor,
  r: {
    variant_id: string;
    location_id: string;
    quantity: number;
    reference_type: string;
    reference_id: string;
    ttl_seconds?: number;
    promise?: PromiseKind;
  },
): Promise<TakeResult<{ reservation_id: string; expires_at: Date }>> {
  const expiresAt = new Date(Date.now() + (r.ttl_seconds ?? ctx.config.reservationTtlSeconds) * 1000);
  if (await isLotTracked(ctx, r.variant_id)) {
    const [v] = await variantsByIds(ctx, [r.variant_id]);
    const res = await reserveFromLots(ctx, actor, { ...r, merchant_id: v!.merchant_id, promise: r.promise ?? 'now', expires_at: expiresAt });
    return res.ok ? { ok: true, value: { reservation_id: res.value.reservation_id, expires_at: expiresAt } } : res;
  }
  const id = await reserve(ctx.db, { ...r, expires_at: expiresAt, actor_id: actorId(actor) });
  if (id) return { ok: true, value: { reservation_id: id, expires_at: expiresAt } };
  return outOfStock(ctx, r.variant_id, r.location_id);
}

/** Gives a held reservation back to available; false if it was no longer active. */
export function releaseReservation(ctx: Ctx, actor: Actor, id: string): Promise<boolean> {
  return closeReservation(ctx.db, id, 'released', { actor_id: actorId(actor) });
}

/**
 * Turns a held reservation into a sale; false if it had expired or closed meanwhile, or if a lot
 * it holds was blocked, recalled or passed its date since (the caller then takes other stock).
 */
export function consumeReservation(ctx: Ctx, actor: Actor, id: string, ref: { reference_type: string; reference_id: string }): Promise<boolean> {
  return closeReservation(ctx.db, id, 'consumed', { ...ref, actor_id: actorId(actor) });
}

/**
 * Sells straight from stock (till sale, paid order) or sends it away (transfer): on-hand drops if
 * enough is unreserved, else out_of_stock. A lot-tracked variant takes first-expiring lots still
 * good on the promised day (or only the scanned lot), never a blocked, recalled or expired one.
 */
export async function takeStock(
  ctx: Ctx,
  actor: Actor,
  m: {
    variant_id: string;
    location_id: string;
    merchant_id: string;
    quantity: number;
    reason: Extract<MovementReason, 'sale' | 'transfer_out'>;
    reference_type: string;
    reference_id: string;
    promise?: PromiseKind;
    lot_code?: string | undefined;
  },
): Promise<TakeResult<{ lots: Array<{ lot_id: string; quantity: number }> }>> {
  if (await isLotTracked(ctx, m.variant_id))
    return takeFromLots(ctx, actor, { ...m, promise: m.promise ?? 'now' }).then((r) => (r.ok ? { ok: true, value: { lots: r.value } } : r));
  if (m.lot_code !== undefined) throw badRequest('not_lot_tracked', `${m.variant_id} is not lot-tracked: leave the lot out`, { variant_id: m.variant_id });
  const level = await postMovement(ctx.db, {
    variant_id: m.variant_id,
    location_id: m.location_id,
    merchant_id: m.merchant_id,
    reason: m.reason,
    on_hand_delta: -m.quantity,
    reserved_delta: 0,
    reference_type: m.reference_type,
    reference_id: m.reference_id,
    actor_id: actorId(actor),
  });
  if (level) return { ok: true, value: { lots: [] } };
  return outOfStock(ctx, m.variant_id, m.location_id);
}

/**
 * Puts units back on hand (a return, a cancelled order, an incoming transfer). For a lot-tracked
 * variant `origin_id` names the order or transfer whose take this reverses: the units go back to
 * the lots it took (or the named one of them), blocked if that lot may not be sold here now.
 */
export async function putStock(
  ctx: Ctx,
  actor: Actor,
  m: {
    variant_id: string;
    location_id: string;
    merchant_id: string;
    quantity: number;
    reason: Extract<MovementReason, 'return' | 'transfer_in'>;
    reference_type: string;
    reference_id: string;
    origin_id: string;
    lot_code?: string | undefined;
  },
): Promise<void> {
  if (await isLotTracked(ctx, m.variant_id)) {
    await putBackIntoLots(ctx, actor, m);
    return;
  }
  if (m.lot_code !== undefined) throw badRequest('not_lot_tracked', `${m.variant_id} is not lot-tracked: leave the lot out`, { variant_id: m.variant_id });
  await postMovement(ctx.db, { ...m, on_hand_delta: m.quantity, reserved_delta: 0, actor_id: actorId(actor) });
}

/** Expires every reservation past its time (in batches); returns how many. */
export async function sweepExpiredReservations(ctx: Ctx, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await expireDue(ctx.db, now, 500);
    total += n;
    if (n < 500) return total;
  }
}

export { availability } from './availability.ts';
export { adjustStock, checkTemperature, countStock, type ReceiptInput, receiveStock } from './receiving.ts';
export { auditLedger } from './audit.ts';
// Lots, for other modules and flows: block, release, recall, expire, and the trace of a lot.
export { blockLot, expireLots, lotView, recallLot, releaseLot } from './lots/control.ts';
export { type LotTrace, type RecallRow, listRecallRows, lotByCode, lotOwners, lotsMoved, recallById, traceLot } from './lots/trace.ts';
// The ledger in time order for readers outside inventory (EPCIS export, issue 7).
export { type FeedMovement, type MovementFeedQuery, movementFeed } from './movement-feed.ts';
