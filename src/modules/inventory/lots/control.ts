import { sql } from 'kysely';
import { inTransaction } from '../../../db/transaction.ts';
import { conflict, forbidden, notFound } from '../../../http/errors.ts';
import type { Ctx } from '../../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../../shared/actor.ts';
import { newId } from '../../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../../shared/pagination.ts';
import { closeReservation } from '../repository.ts';
import type { LotStatus, MovementReason } from '../schema.ts';
import { localDate } from './dates.ts';
import { expiryOf, isExpired } from './fefo.ts';
import * as repo from './repository.ts';
import { locationFacts } from './service.ts';

/**
 * Holds back every unblocked unit of a lot at its locations (all, or one): the reservations
 * holding it are released first (a cart then takes other lots or reports out of stock), then
 * the rest on hand is blocked, each with a movement row saying why. Returns units blocked.
 */
async function holdBack(
  ctx: Ctx,
  lotId: string,
  reason: Extract<MovementReason, 'lot_expired' | 'lot_blocked' | 'recall'>,
  actor: Actor | null,
  note: string | null,
  locationId?: string,
) {
  const levels = await repo.lockLotForStatusChange(ctx.db, lotId, locationId);
  for (const rid of await repo.activeReservationsOfLot(ctx.db, lotId, locationId)) {
    await closeReservation(ctx.db, rid, 'released', { reference_type: 'lot', reference_id: lotId, actor_id: actor ? actorId(actor) : null });
  }
  let blocked = 0;
  for (const l of levels) {
    const now = (await repo.lotLevel(ctx.db, lotId, l.location_id))!;
    const free = now.on_hand - now.reserved - now.blocked;
    if (free <= 0) continue;
    await repo.postLotMovement(ctx.db, {
      variant_id: now.variant_id,
      location_id: now.location_id,
      merchant_id: now.merchant_id,
      lot_id: lotId,
      reason,
      on_hand_delta: 0,
      reserved_delta: 0,
      blocked_delta: free,
      reference_type: 'lot',
      reference_id: lotId,
      note,
      actor_id: actor ? actorId(actor) : null,
    });
    blocked += free;
  }
  return blocked;
}

/** A lot the actor may manage: its merchant (owner or staff) or an operator; others get 404. */
export async function lotFor(ctx: Ctx, actor: Actor, lotId: string): Promise<repo.LotRow> {
  const lot = await repo.lotById(ctx.db, lotId);
  const mine = merchantOf(actor);
  if (!lot || (!isOperator(actor) && lot.merchant_id !== mine)) throw notFound('lot', lotId);
  if (!isOperator(actor) && mine === null) throw forbidden();
  return lot;
}

/** Blocks a lot everywhere by hand with a reason (quality hold, damaged shipment); it can be released. */
export async function blockLot(ctx: Ctx, actor: Actor, lotId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const lot = await lotFor(tx, actor, lotId);
    if (lot.status === 'recalled') throw conflict('lot_recalled', 'A recalled lot stays blocked');
    await repo.setLotStatus(tx.db, lotId, 'blocked', reason);
    const units = await holdBack(tx, lotId, 'lot_blocked', actor, reason);
    return { lot: await lotView(tx, lotId), units_blocked: units };
  });
}

/** Releases a blocked lot: its units become available again wherever it has not expired. */
export async function releaseLot(ctx: Ctx, actor: Actor, lotId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    await lotFor(tx, actor, lotId);
    const levels = await repo.lockLotForStatusChange(tx.db, lotId);
    const lot = (await repo.lotById(tx.db, lotId))!;
    if (lot.status === 'recalled') throw conflict('lot_recalled', 'A recalled lot cannot be released');
    if (lot.status === 'active') throw conflict('lot_not_blocked', 'This lot is not blocked');
    await repo.setLotStatus(tx.db, lotId, 'active', reason);
    let released = 0;
    for (const l of levels) {
      const now = (await repo.lotLevel(tx.db, lotId, l.location_id))!;
      const loc = await locationFacts(tx, l.location_id);
      // Units past their date here stay blocked: releasing a hold does not make old food fresh.
      if (now.blocked === 0 || isExpired(lot, localDate(loc.timezone))) continue;
      await repo.postLotMovement(tx.db, {
        variant_id: now.variant_id,
        location_id: now.location_id,
        merchant_id: now.merchant_id,
        lot_id: lotId,
        reason: 'lot_released',
        on_hand_delta: 0,
        reserved_delta: 0,
        blocked_delta: -now.blocked,
        reference_type: 'lot',
        reference_id: lotId,
        note: reason,
        actor_id: actorId(actor),
      });
      released += now.blocked;
    }
    return { lot: await lotView(tx, lotId), units_released: released };
  });
}

/**
 * Recalls a lot: blocked everywhere at once (for good) in one transaction, with a recall record.
 * Flagging the orders that hold it and the trace report are the recall flow's (src/flows/recall).
 */
export async function recallLot(ctx: Ctx, actor: Actor, lotId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const lot = await lotFor(tx, actor, lotId);
    if (lot.status === 'recalled') throw conflict('lot_already_recalled', 'This lot is already recalled');
    await repo.setLotStatus(tx.db, lotId, 'recalled', reason);
    const units = await holdBack(tx, lotId, 'recall', actor, reason);
    const id = newId('recall');
    await tx.db
      .insertInto('recalls')
      .values({ id, lot_id: lotId, merchant_id: lot.merchant_id, reason, actor_id: actorId(actor) })
      .execute();
    return { recall_id: id, lot: await lotView(tx, lotId), units_blocked: units };
  });
}

/**
 * The expiry job: blocks the unblocked units of every lot past its date in the time zone of the
 * location holding them (movement reason 'lot_expired'). Batches; returns units blocked.
 */
export async function expireLots(ctx: Ctx, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await repo.expiredUnblocked(ctx.db, now, 200);
    for (const d of due) total += await inTransaction(ctx, (tx) => holdBack(tx, d.lot_id, 'lot_expired', null, 'past its expiry date', d.location_id));
    if (due.length < 200) return total;
  }
}

/** A lot with its stock per location (available counts only unblocked, unreserved units). */
export async function lotView(ctx: Ctx, lotId: string) {
  const lot = (await repo.lotById(ctx.db, lotId))!;
  const levels = await ctx.db
    .selectFrom('stock_lot_levels')
    .select(['location_id', 'on_hand', 'reserved', 'blocked', sql<number>`on_hand - reserved - blocked`.as('available')])
    .where('lot_id', '=', lotId)
    .orderBy('location_id')
    .execute();
  return { ...lot, expiry: expiryOf(lot), levels };
}

/** One lot, for its merchant or an operator. */
export async function getLot(ctx: Ctx, actor: Actor, lotId: string) {
  await lotFor(ctx, actor, lotId);
  return lotView(ctx, lotId);
}

/** Lots a merchant (or an operator) may see, soonest expiry first within a variant, paged by id. */
export async function listLots(ctx: Ctx, actor: Actor, q: { variant_id?: string; status?: LotStatus; code?: string; limit?: number; cursor?: string }) {
  const mine = merchantOf(actor);
  if (!isOperator(actor) && mine === null) throw forbidden();
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('lots')
    .selectAll()
    .orderBy('id')
    .limit(limit + 1);
  if (mine) query = query.where('merchant_id', '=', mine);
  if (q.variant_id) query = query.where('variant_id', '=', q.variant_id);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.code) query = query.where('code', '=', q.code);
  if (after) query = query.where('id', '>', after);
  const page = pageOf((await query.execute()) as repo.LotRow[], limit, (r) => r.id);
  return { items: page.items.map((l) => ({ ...l, expiry: expiryOf(l) })), next_cursor: page.next_cursor };
}
