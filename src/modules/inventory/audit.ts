import { sql } from 'kysely';
import type { Ctx } from '../../http/types.ts';

/**
 * Recomputes every level from the ledger and lists where they differ (should be never). The
 * operator's audit, and what the tests use to prove the ledger sums:
 * - each variant level (on hand, reserved, blocked) is the sum of its movements;
 * - each lot level is the sum of that lot's movements there, and a lot-tracked variant's level
 *   is the sum of its lot levels;
 * - every reserved unit belongs to exactly one active reservation (and to its lots), and back.
 */
export async function auditLedger(ctx: Ctx) {
  const levels = await sql<{ variant_id: string; location_id: string }>`
    select coalesce(l.variant_id, m.variant_id) as variant_id, coalesce(l.location_id, m.location_id) as location_id,
           coalesce(l.on_hand, 0) as on_hand, coalesce(l.reserved, 0) as reserved, coalesce(l.blocked, 0) as blocked,
           coalesce(m.on_hand, 0)::int as ledger_on_hand, coalesce(m.reserved, 0)::int as ledger_reserved, coalesce(m.blocked, 0)::int as ledger_blocked
      from stock_levels l
      full join (select variant_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved, sum(blocked_delta) as blocked
                   from stock_movements group by variant_id, location_id) m
        on m.variant_id = l.variant_id and m.location_id = l.location_id
     where coalesce(l.on_hand, 0) <> coalesce(m.on_hand, 0) or coalesce(l.reserved, 0) <> coalesce(m.reserved, 0)
        or coalesce(l.blocked, 0) <> coalesce(m.blocked, 0)`.execute(ctx.db);
  const lots = await sql<{ lot_id: string; location_id: string }>`
    select coalesce(l.lot_id, m.lot_id) as lot_id, coalesce(l.location_id, m.location_id) as location_id,
           coalesce(l.on_hand, 0) as on_hand, coalesce(l.reserved, 0) as reserved, coalesce(l.blocked, 0) as blocked,
           coalesce(m.on_hand, 0)::int as ledger_on_hand, coalesce(m.reserved, 0)::int as ledger_reserved, coalesce(m.blocked, 0)::int as ledger_blocked
      from stock_lot_levels l
      full join (select lot_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved, sum(blocked_delta) as blocked
                   from stock_movements where lot_id is not null group by lot_id, location_id) m
        on m.lot_id = l.lot_id and m.location_id = l.location_id
     where coalesce(l.on_hand, 0) <> coalesce(m.on_hand, 0) or coalesce(l.reserved, 0) <> coalesce(m.reserved, 0)
        or coalesce(l.blocked, 0) <> coalesce(m.blocked, 0)`.execute(ctx.db);
  // A lot-tracked variant's level is the sum of its lots; its movements all name a lot.
  const lotSums = await sql<{ variant_id: string; location_id: string }>`
    select s.variant_id, s.location_id, s.on_hand, s.reserved, s.blocked,
           coalesce(sum(ll.on_hand), 0)::int as lots_on_hand, coalesce(sum(ll.reserved), 0)::int as lots_reserved,
           coalesce(sum(ll.blocked), 0)::int as lots_blocked
      from stock_levels s
      join variants v on v.id = s.variant_id and v.lot_tracked
      left join stock_lot_levels ll on ll.variant_id = s.variant_id and ll.location_id = s.location_id
     group by s.variant_id, s.location_id, s.on_hand, s.reserved, s.blocked
    having s.on_hand <> coalesce(sum(ll.on_hand), 0) or s.reserved <> coalesce(sum(ll.reserved), 0) or s.blocked <> coalesce(sum(ll.blocked), 0)
    union all
    select m.variant_id, m.location_id, null, null, null, null, null, null
      from stock_movements m join variants v on v.id = m.variant_id
     where (v.lot_tracked and m.lot_id is null) or (not v.lot_tracked and m.lot_id is not null)`.execute(ctx.db);
  const active = await sql<{ variant_id: string; location_id: string }>`
    select coalesce(l.variant_id, r.variant_id) as variant_id, coalesce(l.location_id, r.location_id) as location_id,
           coalesce(r.held, 0) as held, coalesce(l.reserved, 0) as reserved
      from (select variant_id, location_id, reserved from stock_levels where reserved > 0) l
      full join (select variant_id, location_id, sum(quantity)::int as held from reservations
                  where status = 'active' group by variant_id, location_id) r
        on r.variant_id = l.variant_id and r.location_id = l.location_id
     where coalesce(r.held, 0) <> coalesce(l.reserved, 0)
    union all
    select ll.variant_id, ll.location_id, coalesce(h.held, 0), ll.reserved
      from stock_lot_levels ll
      left join (select r.location_id, rl.lot_id, sum(rl.quantity)::int as held
                   from reservation_lots rl join reservations r on r.id = rl.reservation_id
                  where r.status = 'active' group by r.location_id, rl.lot_id) h
        on h.lot_id = ll.lot_id and h.location_id = ll.location_id
     where coalesce(h.held, 0) <> ll.reserved`.execute(ctx.db);
  return {
    level_mismatches: levels.rows,
    lot_mismatches: [...lots.rows, ...lotSums.rows],
    reservation_mismatches: active.rows,
    ok: levels.rows.length === 0 && lots.rows.length === 0 && lotSums.rows.length === 0 && active.rows.length === 0,
  };
}
