import { inTransaction } from '../../db/transaction.ts';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { variantsByIds } from '../catalog/service.ts';
import { getLocation, locationLabels } from '../locations/service.ts';
import { closeReservation, expireDue, type LevelRow, postMovement, reserve } from './repository.ts';
import type { CountLine, MovementReason } from './schema.ts';

/** Outcome of taking stock that callers branch on; not an exception. */
export type TakeResult<T> = { ok: true; value: T } | { ok: false; reason: 'out_of_stock'; variant_id: string; location_id: string; available: number };

interface OwnedVariant {
  id: string;
  merchant_id: string;
}

/** Loads variants and checks the actor may move their stock at this location. */
async function authorise(ctx: Ctx, actor: Actor, locationId: string, variantIds: string[]): Promise<Map<string, OwnedVariant>> {
  // Store staff work only at their own store; another store is "not found" for them.
  if (actor.kind === 'user' && actor.role === 'store_staff' && actor.locationId !== locationId) throw notFound('location', locationId);
  await getLocation(ctx, locationId);
  const unique = [...new Set(variantIds)];
  const rows = await variantsByIds(ctx, unique);
  const byId = new Map(rows.map((v) => [v.id, { id: v.id, merchant_id: v.merchant_id }]));
  const mine = merchantOf(actor);
  for (const id of unique) {
    const v = byId.get(id);
    // A merchant never learns that another merchant's variant exists.
    if (!v || (mine !== null && v.merchant_id !== mine)) throw notFound('variant', id);
  }
  if (!isOperator(actor) && mine === null && !(actor.kind === 'user' && actor.role === 'store_staff')) throw forbidden();
  return byId;
}

export interface ReceiptInput {
  location_id: string;
  lines: Array<{ variant_id: string; quantity: number }>;
  reference?: string;
  note?: string;
}

/** Receives stock into a location: one 'receipt' movement per line, all or nothing. */
export async function receiveStock(ctx: Ctx, actor: Actor, input: ReceiptInput): Promise<LevelRow[]> {
  const variants = await authorise(
    ctx,
    actor,
    input.location_id,
    input.lines.map((l) => l.variant_id),
  );
  return inTransaction(ctx, async ({ db: trx }) => {
    const out: LevelRow[] = [];
    for (const line of input.lines) {
      const level = await postMovement(trx, {
        variant_id: line.variant_id,
        location_id: input.location_id,
        merchant_id: variants.get(line.variant_id)!.merchant_id,
        reason: 'receipt',
        on_hand_delta: line.quantity,
        reserved_delta: 0,
        reference_type: input.reference ? 'external' : null,
        reference_id: input.reference ?? null,
        note: input.note ?? null,
        actor_id: actorId(actor),
      });
      out.push(level!);
    }
    return out;
  });
}

/** Adjusts on-hand by a signed delta with a stated reason; cannot take reserved or missing units. */
export async function adjustStock(ctx: Ctx, actor: Actor, input: { location_id: string; variant_id: string; delta: number; note: string }): Promise<LevelRow> {
  if (input.delta === 0) throw badRequest('zero_adjustment', 'An adjustment must change the quantity');
  const variants = await authorise(ctx, actor, input.location_id, [input.variant_id]);
  const level = await postMovement(ctx.db, {
    variant_id: input.variant_id,
    location_id: input.location_id,
    merchant_id: variants.get(input.variant_id)!.merchant_id,
    reason: 'adjustment',
    on_hand_delta: input.delta,
    reserved_delta: 0,
    note: input.note,
    actor_id: actorId(actor),
  });
  if (!level) throw conflict('insufficient_stock', 'The adjustment would take more than is on hand and unreserved');
  return level;
}

/**
 * Records a stock count: for each line the counted quantity against the ledger's on-hand, the
 * difference posted as a 'count_correction'. Runs in one transaction with the levels locked, so a
 * sale during the count cannot slip between reading "expected" and posting the correction.
 */
export async function countStock(ctx: Ctx, actor: Actor, input: { location_id: string; lines: Array<{ variant_id: string; counted: number }>; note?: string }) {
  const ids = input.lines.map((l) => l.variant_id);
  if (new Set(ids).size !== ids.length) throw badRequest('duplicate_line', 'Each variant may appear once in a count');
  const variants = await authorise(ctx, actor, input.location_id, ids);
  const countId = newId('stockCount');
  return inTransaction(ctx, async ({ db: trx }) => {
    const levels = await trx
      .selectFrom('stock_levels')
      .select(['variant_id', 'on_hand', 'reserved'])
      .where('location_id', '=', input.location_id)
      .where('variant_id', 'in', ids)
      .forUpdate()
      .execute();
    const byVariant = new Map(levels.map((l) => [l.variant_id, l]));
    const lines: CountLine[] = [];
    for (const line of input.lines) {
      const level = byVariant.get(line.variant_id);
      const expected = level?.on_hand ?? 0;
      if (line.counted < (level?.reserved ?? 0)) {
        throw conflict(
          'count_below_reserved',
          `Counted ${line.counted} of ${line.variant_id} but ${level!.reserved} are reserved for orders; release or reassign them first`,
          {
            variant_id: line.variant_id,
            reserved: level!.reserved,
          },
        );
      }
      const difference = line.counted - expected;
      lines.push({ variant_id: line.variant_id, expected, counted: line.counted, difference });
      if (difference !== 0) {
        await postMovement(trx, {
          variant_id: line.variant_id,
          location_id: input.location_id,
          merchant_id: variants.get(line.variant_id)!.merchant_id,
          reason: 'count_correction',
          on_hand_delta: difference,
          reserved_delta: 0,
          reference_type: 'stock_count',
          reference_id: countId,
          actor_id: actorId(actor),
        });
      }
    }
    const merchants = new Set(ids.map((id) => variants.get(id)!.merchant_id));
    await trx
      .insertInto('stock_counts')
      .values({
        id: countId,
        location_id: input.location_id,
        merchant_id: merchants.size === 1 ? [...merchants][0]! : null,
        lines: JSON.stringify(lines),
        actor_id: actorId(actor),
        note: input.note ?? null,
      })
      .execute();
    return { id: countId, location_id: input.location_id, lines };
  });
}

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
      sql<number>`on_hand - reserved`.as('available'),
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

/** Available-to-promise per variant, in total and per location (public: it is what the storefront shows). */
export async function availability(ctx: Ctx, variantIds: string[], opts: { location_id?: string | undefined; withNames?: boolean } = {}) {
  if (variantIds.length === 0) return [];
  let query = ctx.db
    .selectFrom('stock_levels')
    .select(['variant_id', 'location_id', sql<number>`on_hand - reserved`.as('available')])
    .where('variant_id', 'in', variantIds)
    .where(sql<boolean>`on_hand > reserved`);
  if (opts.location_id) query = query.where('location_id', '=', opts.location_id);
  const rows = await query.orderBy('variant_id').orderBy('location_id').execute();
  const labels = opts.withNames
    ? await locationLabels(
        ctx,
        rows.map((r) => r.location_id),
      )
    : null;
  return variantIds.map((id) => {
    const locations = rows
      .filter((r) => r.variant_id === id)
      .map((r) => ({ location_id: r.location_id, available: r.available, ...(labels ? { location: labels.get(r.location_id) ?? null } : {}) }));
    return { variant_id: id, available: locations.reduce((s, l) => s + l.available, 0), locations };
  });
}

/** The refusal when a guarded take found too little: says how much is available there now. */
async function outOfStock(ctx: Ctx, variantId: string, locationId: string): Promise<TakeResult<never>> {
  const level = await ctx.db
    .selectFrom('stock_levels')
    .select(['on_hand', 'reserved'])
    .where('variant_id', '=', variantId)
    .where('location_id', '=', locationId)
    .executeTakeFirst();
  return { ok: false, reason: 'out_of_stock', variant_id: variantId, location_id: locationId, available: level ? level.on_hand - level.reserved : 0 };
}

/** Holds stock for a cart or an unpaid order until it expires; out of stock is a typed result. */
export async function reserveStock(
  ctx: Ctx,
  actor: Actor,
  r: { variant_id: string; location_id: string; quantity: number; reference_type: string; reference_id: string; ttl_seconds?: number },
): Promise<TakeResult<{ reservation_id: string; expires_at: Date }>> {
  const expiresAt = new Date(Date.now() + (r.ttl_seconds ?? ctx.config.reservationTtlSeconds) * 1000);
  const id = await reserve(ctx.db, { ...r, expires_at: expiresAt, actor_id: actorId(actor) });
  if (id) return { ok: true, value: { reservation_id: id, expires_at: expiresAt } };
  return outOfStock(ctx, r.variant_id, r.location_id);
}

/** Gives a held reservation back to available; false if it was no longer active. */
export function releaseReservation(ctx: Ctx, actor: Actor, id: string): Promise<boolean> {
  return closeReservation(ctx.db, id, 'released', { actor_id: actorId(actor) });
}

/** Turns a held reservation into a sale; false if it had expired or closed meanwhile. */
export function consumeReservation(ctx: Ctx, actor: Actor, id: string, ref: { reference_type: string; reference_id: string }): Promise<boolean> {
  return closeReservation(ctx.db, id, 'consumed', { ...ref, actor_id: actorId(actor) });
}

/** Sells straight from stock (till sale): on-hand drops if enough is unreserved, else out_of_stock. */
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
  },
): Promise<TakeResult<LevelRow>> {
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
  if (level) return { ok: true, value: level };
  return outOfStock(ctx, m.variant_id, m.location_id);
}

/** Puts units back on hand (a return or an incoming transfer). */
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
  },
): Promise<LevelRow> {
  const level = await postMovement(ctx.db, { ...m, on_hand_delta: m.quantity, reserved_delta: 0, actor_id: actorId(actor) });
  return level!;
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

/**
 * Recomputes every level from the ledger and lists where they differ (should be never). The
 * operator's audit, and what the tests use to prove the ledger sums.
 */
export async function auditLedger(ctx: Ctx) {
  const res = await sql<{ variant_id: string; location_id: string; on_hand: number; reserved: number; ledger_on_hand: number; ledger_reserved: number }>`
    select coalesce(l.variant_id, m.variant_id) as variant_id, coalesce(l.location_id, m.location_id) as location_id,
           coalesce(l.on_hand, 0) as on_hand, coalesce(l.reserved, 0) as reserved,
           coalesce(m.on_hand, 0)::int as ledger_on_hand, coalesce(m.reserved, 0)::int as ledger_reserved
      from stock_levels l
      full join (select variant_id, location_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                   from stock_movements group by variant_id, location_id) m
        on m.variant_id = l.variant_id and m.location_id = l.location_id
     where coalesce(l.on_hand, 0) <> coalesce(m.on_hand, 0) or coalesce(l.reserved, 0) <> coalesce(m.reserved, 0)`.execute(ctx.db);
  // Every reserved unit belongs to exactly one active reservation, and the other way round.
  const active = await sql<{ variant_id: string; location_id: string; held: number; reserved: number }>`
    select coalesce(l.variant_id, r.variant_id) as variant_id, coalesce(l.location_id, r.location_id) as location_id,
           coalesce(r.held, 0) as held, coalesce(l.reserved, 0) as reserved
      from (select variant_id, location_id, reserved from stock_levels where reserved > 0) l
      full join (select variant_id, location_id, sum(quantity)::int as held from reservations
                  where status = 'active' group by variant_id, location_id) r
        on r.variant_id = l.variant_id and r.location_id = l.location_id
     where coalesce(r.held, 0) <> coalesce(l.reserved, 0)`.execute(ctx.db);
  return { level_mismatches: res.rows, reservation_mismatches: active.rows, ok: res.rows.length === 0 && active.rows.length === 0 };
}
