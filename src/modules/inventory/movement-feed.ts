import { type Expression, type SqlBool, sql } from 'kysely';
import type { Ctx } from '../../http/types.ts';
import type { MovementReason } from './schema.ts';

/*
 * The ledger as a feed in time order, for readers outside inventory (EPCIS export): each movement
 * with its lot code and its instant at microsecond precision, so a keyset cursor never skips or
 * repeats rows that share a millisecond.
 */

export interface MovementFeedQuery {
  /** Only this merchant's movements; null for all (operators). */
  merchantId: string | null;
  reasons: readonly MovementReason[];
  locationIds?: readonly string[] | undefined;
  /** Only these variants (and lot, when lot_code is set). */
  items?: ReadonlyArray<{ variant_id: string; lot_code: string | null }> | undefined;
  /** created_at ≥ from and < to. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Movements whose note starts with this are left out (those another module already reports). */
  exceptNotePrefix?: string | undefined;
  /** Strictly after this (at: ISO instant with microseconds, id) in (created_at, id) order. */
  after?: { at: string; id: string } | undefined;
  limit: number;
}

export interface FeedMovement {
  id: string;
  variant_id: string;
  location_id: string;
  merchant_id: string;
  reason: MovementReason;
  on_hand_delta: number;
  reserved_delta: number;
  blocked_delta: number;
  lot_id: string | null;
  lot_code: string | null;
  reference_type: string | null;
  reference_id: string | null;
  created_at: Date;
  /** created_at as ISO 8601 UTC with microseconds: the exact sort key. */
  at: string;
}

/** Movements in (created_at, id) order with the given filters, up to `limit`. */
export async function movementFeed(ctx: Ctx, q: MovementFeedQuery): Promise<FeedMovement[]> {
  if (q.reasons.length === 0 || q.locationIds?.length === 0 || q.items?.length === 0) return [];
  let query = ctx.db
    .selectFrom('stock_movements as m')
    .leftJoin('lots as l', 'l.id', 'm.lot_id')
    .select([
      'm.id',
      'm.variant_id',
      'm.location_id',
      'm.merchant_id',
      'm.reason',
      'm.on_hand_delta',
      'm.reserved_delta',
      'm.blocked_delta',
      'm.lot_id',
      'l.code as lot_code',
      'm.reference_type',
      'm.reference_id',
      'm.created_at',
      sql<string>`to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'),
    ])
    .where('m.reason', 'in', [...q.reasons])
    .orderBy('m.created_at')
    .orderBy(sql`m.id collate "C"`)
    .limit(q.limit);
  if (q.merchantId !== null) query = query.where('m.merchant_id', '=', q.merchantId);
  if (q.locationIds) query = query.where('m.location_id', 'in', [...q.locationIds]);
  if (q.from) query = query.where('m.created_at', '>=', q.from);
  if (q.to) query = query.where('m.created_at', '<', q.to);
  if (q.exceptNotePrefix) query = query.where(sql<SqlBool>`coalesce(m.note, '') not like ${`${q.exceptNotePrefix}%`}`);
  if (q.items) {
    const items = q.items;
    query = query.where((eb) =>
      eb.or(
        items.map((i): Expression<SqlBool> =>
          i.lot_code === null ? eb('m.variant_id', '=', i.variant_id) : eb.and([eb('m.variant_id', '=', i.variant_id), eb('l.code', '=', i.lot_code)]),
        ),
      ),
    );
  }
  if (q.after) {
    const { at, id } = q.after;
    query = query.where(sql<SqlBool>`(m.created_at > ${at}::timestamptz or (m.created_at = ${at}::timestamptz and m.id collate "C" > ${id}))`);
  }
  return query.execute();
}
