import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { newId } from '../../../shared/ids.ts';
import type { MovementInput } from '../repository.ts';
import type { LotStatus, LotsTable } from '../schema.ts';

type Db = Kysely<DB>;

export type LotRow = Selectable<LotsTable>;

export interface LotDates {
  production_date?: string | null | undefined;
  best_before?: string | null | undefined;
  use_by?: string | null | undefined;
}

/** The lot of a variant with this code, creating it with these dates when it is new. */
export async function upsertLot(db: Db, l: { variant_id: string; merchant_id: string; code: string } & LotDates): Promise<LotRow> {
  await db
    .insertInto('lots')
    .values({
      id: newId('lot'),
      variant_id: l.variant_id,
      merchant_id: l.merchant_id,
      code: l.code,
      production_date: l.production_date ?? null,
      best_before: l.best_before ?? null,
      use_by: l.use_by ?? null,
    })
    .onConflict((oc) => oc.columns(['variant_id', 'code']).doNothing())
    .execute();
  return (await db.selectFrom('lots').selectAll().where('variant_id', '=', l.variant_id).where('code', '=', l.code).executeTakeFirstOrThrow()) as LotRow;
}

export function lotById(db: Db, id: string): Promise<LotRow | undefined> {
  return db.selectFrom('lots').selectAll().where('id', '=', id).executeTakeFirst() as Promise<LotRow | undefined>;
}

export function lotByCode(db: Db, variantId: string, code: string): Promise<LotRow | undefined> {
  return db.selectFrom('lots').selectAll().where('variant_id', '=', variantId).where('code', '=', code).executeTakeFirst() as Promise<LotRow | undefined>;
}

export interface LockedLotLevel {
  lot_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  blocked: number;
  code: string;
  production_date: string | null;
  best_before: string | null;
  use_by: string | null;
  status: LotStatus;
}

/**
 * Locks the lot levels of a variant at a location (in lot order, so two takers cannot deadlock),
 * then reads their lots in a second statement, which in READ COMMITTED sees everything committed
 * before the locks were granted: a block or recall that held these rows is seen, never a stale status.
 */
export async function lockLotLevels(db: Db, variantId: string, locationId: string): Promise<LockedLotLevel[]> {
  const levels = await db
    .selectFrom('stock_lot_levels')
    .select(['lot_id', 'location_id', 'on_hand', 'reserved', 'blocked'])
    .where('variant_id', '=', variantId)
    .where('location_id', '=', locationId)
    .orderBy('lot_id')
    .forUpdate()
    .execute();
  if (levels.length === 0) return [];
  const lots = new Map(
    (
      await db
        .selectFrom('lots')
        .select(['id', 'code', 'production_date', 'best_before', 'use_by', 'status'])
        .where(
          'id',
          'in',
          levels.map((l) => l.lot_id),
        )
        .execute()
    ).map((l) => [l.id, l]),
  );
  return levels.map((l) => {
    const lot = lots.get(l.lot_id)!;
    return { ...l, code: lot.code, production_date: lot.production_date, best_before: lot.best_before, use_by: lot.use_by, status: lot.status };
  });
}

/**
 * Locks a lot for a change of status: first the active reservations holding it (the order every
 * sale and the expiry sweeper take: reservation, then levels), then its levels in location order.
 */
export async function lockLotForStatusChange(db: Db, lotId: string, locationId?: string) {
  let held = db
    .selectFrom('reservations as r')
    .innerJoin('reservation_lots as rl', 'rl.reservation_id', 'r.id')
    .select('r.id')
    .where('rl.lot_id', '=', lotId)
    .where('r.status', '=', 'active')
    .orderBy('r.id')
    .forUpdate('r');
  if (locationId) held = held.where('r.location_id', '=', locationId);
  await held.execute();
  let levels = db
    .selectFrom('stock_lot_levels')
    .select(['location_id', 'variant_id', 'merchant_id'])
    .where('lot_id', '=', lotId)
    .orderBy('location_id')
    .forUpdate();
  if (locationId) levels = levels.where('location_id', '=', locationId);
  return levels.execute();
}

/** Current (locked) level of one lot at one location. */
export function lotLevel(db: Db, lotId: string, locationId: string) {
  return db
    .selectFrom('stock_lot_levels')
    .select(['variant_id', 'location_id', 'merchant_id', 'on_hand', 'reserved', 'blocked'])
    .where('lot_id', '=', lotId)
    .where('location_id', '=', locationId)
    .executeTakeFirst();
}

export interface LotMovementInput extends MovementInput {
  lot_id: string;
  blocked_delta: number;
  origin_id?: string | null;
}

/**
 * Posts one movement of a lot: the lot's level, the variant's level and the ledger row, in one
 * statement. The lot level is written first (the variant level depends on it), so the lock order
 * is lot then variant everywhere. Pure increases upsert; anything else is a guarded update that
 * keeps 0 ≤ reserved + blocked ≤ on_hand. Returns false when the guard refused (nothing written).
 */
export async function postLotMovement(db: Db, m: LotMovementInput): Promise<boolean> {
  const id = newId('movement');
  const d = m.on_hand_delta;
  const rd = m.reserved_delta;
  const bd = m.blocked_delta;
  const ref = [m.reference_type ?? null, m.reference_id ?? null, m.note ?? null, m.actor_id ?? null, m.origin_id ?? null] as const;
  const increase = d >= 0 && rd >= 0 && bd >= 0 && rd + bd <= d;
  const lotLevel = increase
    ? sql`insert into stock_lot_levels (variant_id, location_id, lot_id, merchant_id, on_hand, reserved, blocked)
          values (${m.variant_id}, ${m.location_id}, ${m.lot_id}, ${m.merchant_id}, ${d}, ${rd}, ${bd})
          on conflict (variant_id, location_id, lot_id) do update
            set on_hand = stock_lot_levels.on_hand + excluded.on_hand, reserved = stock_lot_levels.reserved + excluded.reserved,
                blocked = stock_lot_levels.blocked + excluded.blocked, updated_at = now()
          returning variant_id, location_id`
    : sql`update stock_lot_levels set on_hand = on_hand + ${d}, reserved = reserved + ${rd}, blocked = blocked + ${bd}, updated_at = now()
           where variant_id = ${m.variant_id} and location_id = ${m.location_id} and lot_id = ${m.lot_id}
             and on_hand + ${d} >= 0 and reserved + ${rd} >= 0 and blocked + ${bd} >= 0
             and on_hand + ${d} >= reserved + ${rd} + blocked + ${bd}
          returning variant_id, location_id`;
  const variantLevel = increase
    ? sql`insert into stock_levels (variant_id, location_id, merchant_id, on_hand, reserved, blocked)
          select variant_id, location_id, ${m.merchant_id}, ${d}, ${rd}, ${bd} from ll
          on conflict (variant_id, location_id) do update
            set on_hand = stock_levels.on_hand + excluded.on_hand, reserved = stock_levels.reserved + excluded.reserved,
                blocked = stock_levels.blocked + excluded.blocked, updated_at = now()
          returning variant_id`
    : sql`update stock_levels s set on_hand = s.on_hand + ${d}, reserved = s.reserved + ${rd}, blocked = s.blocked + ${bd}, updated_at = now()
            from ll where s.variant_id = ll.variant_id and s.location_id = ll.location_id
          returning s.variant_id`;
  const res = await sql<{ lots: number; variants: number }>`
    with ll as (${lotLevel}), lvl as (${variantLevel}), mov as (
      insert into stock_movements (id, variant_id, location_id, merchant_id, lot_id, reason, on_hand_delta, reserved_delta, blocked_delta,
                                   reference_type, reference_id, note, actor_id, origin_id)
      select ${id}, ${m.variant_id}, ${m.location_id}, ${m.merchant_id}, ${m.lot_id}, ${m.reason}, ${d}, ${rd}, ${bd},
             ${ref[0]}, ${ref[1]}, ${ref[2]}, ${ref[3]}, ${ref[4]} from lvl
    )
    select (select count(*) from ll)::int as lots, (select count(*) from lvl)::int as variants`.execute(db);
  const row = res.rows[0]!;
  // The variant level is the sum of its lot levels, so it cannot refuse what the lot level took;
  // if it ever did, the transaction must not commit with the two apart.
  if (row.lots !== row.variants) throw new Error(`ledger invariant: lot ${m.lot_id} moved but the level of ${m.variant_id} at ${m.location_id} did not`);
  return row.lots === 1;
}

/** Creates a reservation row (its units are held by the lot movements the caller posts). */
export async function insertReservation(
  db: Db,
  r: {
    id: string;
    variant_id: string;
    location_id: string;
    merchant_id: string;
    quantity: number;
    reference_type: string;
    reference_id: string;
    expires_at: Date;
  },
): Promise<void> {
  await db.insertInto('reservations').values(r).execute();
}

export async function insertReservationLots(db: Db, reservationId: string, picks: Array<{ lot_id: string; quantity: number }>): Promise<void> {
  if (picks.length === 0) return;
  await db
    .insertInto('reservation_lots')
    .values(picks.map((p) => ({ reservation_id: reservationId, lot_id: p.lot_id, quantity: p.quantity })))
    .execute();
}

/** Active reservations holding units of a lot (at one location, or anywhere). */
export async function activeReservationsOfLot(db: Db, lotId: string, locationId?: string): Promise<string[]> {
  let q = db
    .selectFrom('reservation_lots as rl')
    .innerJoin('reservations as r', 'r.id', 'rl.reservation_id')
    .select('r.id')
    .where('rl.lot_id', '=', lotId)
    .where('r.status', '=', 'active');
  if (locationId) q = q.where('r.location_id', '=', locationId);
  return (await q.orderBy('r.id').execute()).map((r) => r.id);
}

export async function setLotStatus(db: Db, lotId: string, status: LotStatus, reason: string | null): Promise<void> {
  await db.updateTable('lots').set({ status, status_reason: reason, updated_at: new Date() }).where('id', '=', lotId).execute();
}

/**
 * (lot, location) pairs holding unblocked units of a lot that is past its expiry date in the
 * location's own time zone: what the expiry job must block.
 */
export async function expiredUnblocked(db: Db, now: Date, limit: number) {
  const res = await sql<{ lot_id: string; location_id: string }>`
    select s.lot_id, s.location_id
      from stock_lot_levels s
      join lots l on l.id = s.lot_id
      join locations loc on loc.id = s.location_id
     where s.on_hand > s.blocked
       and coalesce(l.use_by, l.best_before) < (${now}::timestamptz at time zone loc.timezone)::date
     order by s.lot_id, s.location_id
     limit ${limit}`.execute(db);
  return res.rows;
}

/** Units a take (order or transfer) took per lot of a variant, less what already came back against it. */
export async function lotsOutstanding(db: Db, originId: string, variantId: string): Promise<Array<{ lot_id: string; outstanding: number }>> {
  const res = await sql<{ lot_id: string; taken: number; back: number }>`
    select lot_id,
           coalesce(-sum(on_hand_delta) filter (where reference_id = ${originId} and reason in ('sale', 'transfer_out')), 0)::int as taken,
           coalesce(sum(on_hand_delta) filter (where origin_id = ${originId} and reason in ('return', 'transfer_in')), 0)::int as back
      from stock_movements
     where variant_id = ${variantId} and lot_id is not null and (reference_id = ${originId} or origin_id = ${originId})
     group by lot_id
     order by min(id)`.execute(db);
  return res.rows.map((r) => ({ lot_id: r.lot_id, outstanding: r.taken - r.back }));
}
