import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import type { MovementReason } from './schema.ts';

export interface MovementInput {
  variant_id: string;
  location_id: string;
  merchant_id: string;
  reason: MovementReason;
  on_hand_delta: number;
  reserved_delta: number;
  reference_type?: string | null;
  reference_id?: string | null;
  note?: string | null;
  actor_id?: string | null;
}

export interface LevelRow {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
}

/**
 * Posts one movement and moves the running level with it, in one statement.
 * Increases of on-hand alone upsert the level row. Anything that lowers availability or touches
 * `reserved` is a conditional UPDATE whose WHERE re-checks, under the row lock, that the level
 * stays valid (on_hand ≥ 0, 0 ≤ reserved ≤ on_hand): under any concurrency two callers can never
 * both take the last unit. Returns the new level, or null when the guard refused (nothing written).
 */
export async function postMovement(db: Kysely<DB>, m: MovementInput): Promise<LevelRow | null> {
  const id = newId('movement');
  const ref = [m.reference_type ?? null, m.reference_id ?? null, m.note ?? null, m.actor_id ?? null] as const;
  if (m.on_hand_delta > 0 && m.reserved_delta === 0) {
    const res = await sql<LevelRow>`
      with lvl as (
        insert into stock_levels (variant_id, location_id, merchant_id, on_hand, reserved)
        values (${m.variant_id}, ${m.location_id}, ${m.merchant_id}, ${m.on_hand_delta}, 0)
        on conflict (variant_id, location_id)
        do update set on_hand = stock_levels.on_hand + excluded.on_hand, updated_at = now()
        returning variant_id, location_id, on_hand, reserved
      ), mov as (
        insert into stock_movements (id, variant_id, location_id, merchant_id, reason, on_hand_delta, reserved_delta,
                                     reference_type, reference_id, note, actor_id)
        select ${id}, variant_id, location_id, ${m.merchant_id}, ${m.reason}, ${m.on_hand_delta}, 0, ${ref[0]}, ${ref[1]}, ${ref[2]}, ${ref[3]}
        from lvl
      )
      select * from lvl`.execute(db);
    return res.rows[0] ?? null;
  }
  const res = await sql<LevelRow>`
    with lvl as (
      update stock_levels
         set on_hand = on_hand + ${m.on_hand_delta}, reserved = reserved + ${m.reserved_delta}, updated_at = now()
       where variant_id = ${m.variant_id} and location_id = ${m.location_id}
         and on_hand + ${m.on_hand_delta} >= 0
         and reserved + ${m.reserved_delta} >= 0
         and on_hand + ${m.on_hand_delta} >= reserved + ${m.reserved_delta} + blocked
      returning variant_id, location_id, merchant_id, on_hand, reserved
    ), mov as (
      insert into stock_movements (id, variant_id, location_id, merchant_id, reason, on_hand_delta, reserved_delta,
                                   reference_type, reference_id, note, actor_id)
      select ${id}, variant_id, location_id, merchant_id, ${m.reason}, ${m.on_hand_delta}, ${m.reserved_delta}, ${ref[0]}, ${ref[1]}, ${ref[2]}, ${ref[3]}
      from lvl
    )
    select variant_id, location_id, on_hand, reserved from lvl`.execute(db);
  return res.rows[0] ?? null;
}

export interface ReserveInput {
  variant_id: string;
  location_id: string;
  quantity: number;
  reference_type: string;
  reference_id: string;
  expires_at: Date;
  actor_id: string | null;
}

/**
 * Reserves in one statement: the guarded level update, the ledger row and the reservation row
 * commit together or not at all. Returns the reservation id, or null when not enough is available.
 */
export async function reserve(db: Kysely<DB>, r: ReserveInput): Promise<string | null> {
  const rid = newId('reservation');
  const mid = newId('movement');
  const res = await sql<{ id: string }>`
    with lvl as (
      update stock_levels set reserved = reserved + ${r.quantity}, updated_at = now()
       where variant_id = ${r.variant_id} and location_id = ${r.location_id}
         and on_hand - reserved - blocked >= ${r.quantity}
      returning variant_id, location_id, merchant_id
    ), mov as (
      insert into stock_movements (id, variant_id, location_id, merchant_id, reason, on_hand_delta, reserved_delta,
                                   reference_type, reference_id, actor_id)
      select ${mid}, variant_id, location_id, merchant_id, 'reservation', 0, ${r.quantity}, 'reservation', ${rid}, ${r.actor_id} from lvl
    )
    insert into reservations (id, variant_id, location_id, merchant_id, quantity, reference_type, reference_id, expires_at)
    select ${rid}, variant_id, location_id, merchant_id, ${r.quantity}, ${r.reference_type}, ${r.reference_id}, ${r.expires_at} from lvl
    returning id`.execute(db);
  return res.rows[0]?.id ?? null;
}

/**
 * Closes an active reservation: 'released' gives the units back to available; 'consumed' turns
 * them into a sale (on-hand and reserved both drop). Only an active reservation can close, so a
 * retry or a race with the expiry sweeper closes it at most once. For a lot-tracked variant the
 * units leave each lot the reservation holds (one ledger row per lot), and a sale is refused when
 * one of those lots has since been blocked, recalled or passed its expiry date in the location's
 * time zone: the check at sale time that a race with the expiry job cannot get past.
 * Returns false when it was not active (or, for a sale, a lot was no longer sellable).
 */
export async function closeReservation(
  db: Kysely<DB>,
  id: string,
  outcome: 'released' | 'consumed',
  movement: { reference_type?: string; reference_id?: string; actor_id: string | null },
): Promise<boolean> {
  const mid = newId('movement');
  const reason: MovementReason = outcome === 'consumed' ? 'sale' : 'release';
  const sellableLots =
    outcome === 'consumed'
      ? sql`and not exists (
          select 1 from reservation_lots rl join lots l on l.id = rl.lot_id join locations loc on loc.id = reservations.location_id
           where rl.reservation_id = reservations.id
             and (l.status <> 'active' or coalesce(l.use_by, l.best_before) < (now() at time zone loc.timezone)::date))`
      : sql``;
  const sold = outcome === 'consumed';
  const res = await sql<{ id: string }>`
    with r as (
      update reservations set status = ${outcome}, closed_at = now()
       where id = ${id} and status = 'active' ${sellableLots}
      returning id, variant_id, location_id, merchant_id, quantity
    ), rl as (
      select rl.lot_id, rl.quantity from reservation_lots rl join r on rl.reservation_id = r.id
    ), ll as (
      update stock_lot_levels s
         set on_hand = s.on_hand - case when ${sold} then rl.quantity else 0 end, reserved = s.reserved - rl.quantity, updated_at = now()
        from r, rl where s.variant_id = r.variant_id and s.location_id = r.location_id and s.lot_id = rl.lot_id
      returning s.lot_id
    ), lvl as (
      -- Written after the lot levels (the subquery makes it wait for them): the lock order of every lot path.
      update stock_levels s
         set on_hand = s.on_hand - case when ${sold} then r.quantity else 0 end, reserved = s.reserved - r.quantity, updated_at = now()
        from r where s.variant_id = r.variant_id and s.location_id = r.location_id and (select count(*) from ll) >= 0
      returning s.variant_id
    ), mov as (
      insert into stock_movements (id, variant_id, location_id, merchant_id, lot_id, reason, on_hand_delta, reserved_delta,
                                   reference_type, reference_id, actor_id)
      select ${mid} || coalesce('_' || rl.lot_id, ''), r.variant_id, r.location_id, r.merchant_id, rl.lot_id, ${reason},
             case when ${sold} then -coalesce(rl.quantity, r.quantity) else 0 end, -coalesce(rl.quantity, r.quantity),
             ${movement.reference_type ?? 'reservation'}, ${movement.reference_id ?? id}, ${movement.actor_id}
        from r left join rl on true
    )
    select id from r`.execute(db);
  return res.rows.length > 0;
}

/**
 * Expires up to `limit` reservations past their time, in one statement: status, levels (summed per
 * variant and location, or per lot, since one statement may update a row once) and one 'expiry'
 * movement each (one per lot for a lot-tracked variant). SKIP LOCKED lets several server processes
 * sweep at once without waiting on each other.
 */
export async function expireDue(db: Kysely<DB>, now: Date, limit: number): Promise<number> {
  const res = await sql<{ n: number }>`
    with due as (
      select id from reservations
       where status = 'active' and expires_at <= ${now}
       order by expires_at limit ${limit}
       for update skip locked
    ), r as (
      update reservations set status = 'expired', closed_at = now()
       where id in (select id from due)
      returning id, variant_id, location_id, merchant_id, quantity
    ), rl as (
      select rl.reservation_id, rl.lot_id, rl.quantity, r.variant_id, r.location_id
        from reservation_lots rl join r on rl.reservation_id = r.id
    ), lot_sums as (
      select variant_id, location_id, lot_id, sum(quantity)::int as q from rl group by variant_id, location_id, lot_id
    ), ll as (
      update stock_lot_levels s set reserved = s.reserved - lot_sums.q, updated_at = now()
        from lot_sums where s.variant_id = lot_sums.variant_id and s.location_id = lot_sums.location_id and s.lot_id = lot_sums.lot_id
      returning s.lot_id
    ), sums as (
      select variant_id, location_id, sum(quantity)::int as q from r group by variant_id, location_id
    ), lvl as (
      update stock_levels s set reserved = s.reserved - sums.q, updated_at = now()
        from sums where s.variant_id = sums.variant_id and s.location_id = sums.location_id and (select count(*) from ll) >= 0
      returning s.variant_id
    ), mov as (
      insert into stock_movements (id, variant_id, location_id, merchant_id, lot_id, reason, on_hand_delta, reserved_delta,
                                   reference_type, reference_id)
      select 'mov_' || r.id || coalesce('_' || rl.lot_id, ''), r.variant_id, r.location_id, r.merchant_id, rl.lot_id, 'expiry', 0,
             -coalesce(rl.quantity, r.quantity), 'reservation', r.id
        from r left join rl on rl.reservation_id = r.id
    )
    select count(*)::int as n from r`.execute(db);
  return res.rows[0]?.n ?? 0;
}
