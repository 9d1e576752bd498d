/**
 * Where the units of one lot went, read from the ledger: for a recall's trace report and for the
 * flows that act on it (flagging orders, refusing a scanned lot at the till). Reads only.
 */
import { sql } from 'kysely';
import type { Ctx } from '../../../http/types.ts';
import { decodeCursor, isString, pageOf } from '../../../shared/pagination.ts';
import * as repo from './repository.ts';

/** Units of the lot that one take (an order, normally) sold from one location. */
export interface LotSale {
  reference_type: string | null;
  order_id: string | null;
  location_id: string;
  quantity: number;
  sold_at: Date;
}

/** Units of the lot that came back: a return (reference = return id) or a cancelled order (reference = order id). */
export interface LotReturn {
  reference_type: string | null;
  reference_id: string | null;
  /** The order whose take this reverses. */
  order_id: string | null;
  location_id: string;
  quantity: number;
  returned_at: Date;
}

/** Units of the lot a transfer sent, and received at its destination so far. */
export interface LotTransfer {
  transfer_id: string;
  from_location_id: string | null;
  sent: number;
  received: number;
  dispatched_at: Date | null;
}

export interface LotLevelRow {
  location_id: string;
  on_hand: number;
  reserved: number;
  blocked: number;
}

/**
 * The lot's on-hand changes summed by what caused them. `other` is every change that is neither
 * a receipt, a sale, a return nor a transfer (adjustments, count corrections, and any reason added
 * later), so received - sold + returned - transferred_out + transferred_in + other is the on-hand.
 */
export interface LotLedgerTotals {
  received: number;
  sold: number;
  returned: number;
  transferred_out: number;
  transferred_in: number;
  other: number;
}

export interface LotTrace {
  sales: LotSale[];
  returns: LotReturn[];
  transfers: LotTransfer[];
  stock: LotLevelRow[];
  ledger: LotLedgerTotals;
}

async function readTrace(ctx: Ctx, lotId: string): Promise<LotTrace> {
  const db = ctx.db;
  const sales = await sql<LotSale>`
    select reference_type, reference_id as order_id, location_id, (-sum(on_hand_delta))::int as quantity, min(created_at) as sold_at
      from stock_movements
     where lot_id = ${lotId} and reason = 'sale'
     group by reference_type, reference_id, location_id
     order by min(id)`.execute(db);
  const returns = await sql<LotReturn>`
    select reference_type, reference_id, origin_id as order_id, location_id, sum(on_hand_delta)::int as quantity, min(created_at) as returned_at
      from stock_movements
     where lot_id = ${lotId} and reason = 'return'
     group by reference_type, reference_id, origin_id, location_id
     order by min(id)`.execute(db);
  // Both legs of a transfer carry its id as reference_id (transfer_in also as origin_id).
  const transfers = await sql<LotTransfer>`
    select reference_id as transfer_id,
           min(location_id) filter (where reason = 'transfer_out') as from_location_id,
           coalesce(-sum(on_hand_delta) filter (where reason = 'transfer_out'), 0)::int as sent,
           coalesce(sum(on_hand_delta) filter (where reason = 'transfer_in'), 0)::int as received,
           min(created_at) filter (where reason = 'transfer_out') as dispatched_at
      from stock_movements
     where lot_id = ${lotId} and reason in ('transfer_out', 'transfer_in')
     group by reference_id
     order by min(id)`.execute(db);
  const stock = await db
    .selectFrom('stock_lot_levels')
    .select(['location_id', 'on_hand', 'reserved', 'blocked'])
    .where('lot_id', '=', lotId)
    .where('on_hand', '>', 0)
    .orderBy('location_id')
    .execute();
  const totals = await sql<LotLedgerTotals>`
    select coalesce(sum(on_hand_delta) filter (where reason = 'receipt'), 0)::int as received,
           coalesce(-sum(on_hand_delta) filter (where reason = 'sale'), 0)::int as sold,
           coalesce(sum(on_hand_delta) filter (where reason = 'return'), 0)::int as returned,
           coalesce(-sum(on_hand_delta) filter (where reason = 'transfer_out'), 0)::int as transferred_out,
           coalesce(sum(on_hand_delta) filter (where reason = 'transfer_in'), 0)::int as transferred_in,
           coalesce(sum(on_hand_delta) filter (where reason not in ('receipt', 'sale', 'return', 'transfer_out', 'transfer_in')), 0)::int as other
      from stock_movements
     where lot_id = ${lotId}`.execute(db);
  return { sales: sales.rows, returns: returns.rows, transfers: transfers.rows, stock, ledger: totals.rows[0]! };
}

/**
 * Every movement of a lot that matters for tracing it, read in one snapshot (REPEATABLE READ)
 * so that the parts add up even while returns or transfer receipts of the lot are being posted.
 */
export function traceLot(ctx: Ctx, lotId: string): Promise<LotTrace> {
  if (ctx.db.isTransaction) return readTrace(ctx, lotId);
  return ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => readTrace({ ...ctx, db: trx }, lotId));
}

/** The lot of a variant with this code (GS1 AI 10), if the ledger knows it. */
export function lotByCode(ctx: Ctx, variantId: string, code: string): Promise<repo.LotRow | undefined> {
  return repo.lotByCode(ctx.db, variantId, code);
}

/** The merchant owning each of these lots (unknown ids are left out). */
export async function lotOwners(ctx: Ctx, lotIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(lotIds)];
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.selectFrom('lots').select(['id', 'merchant_id']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.merchant_id]));
}

export interface RecallRow {
  id: string;
  lot_id: string;
  merchant_id: string;
  reason: string;
  actor_id: string | null;
  created_at: Date;
}

/** One recall record. */
export function recallById(ctx: Ctx, id: string): Promise<RecallRow | undefined> {
  return ctx.db.selectFrom('recalls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Recall records, newest first, paged by id; of one merchant when given. */
export async function listRecallRows(
  ctx: Ctx,
  q: { merchant_id?: string | undefined; lot_id?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const before = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('recalls')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.merchant_id) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.lot_id) query = query.where('lot_id', '=', q.lot_id);
  if (before) query = query.where('id', '<', before);
  return pageOf(await query.execute(), q.limit, (r) => r.id);
}

/**
 * Units of each lot an order or a transfer moved: taken from stock against it (sale, transfer
 * out) and put back against it (return or cancellation, transfer in). Empty for goods without lots.
 */
export async function lotsMoved(ctx: Ctx, originId: string) {
  const res = await sql<{ variant_id: string; lot_id: string; code: string; expiry: string | null; taken: number; back: number }>`
    select m.variant_id, m.lot_id, l.code, coalesce(l.use_by, l.best_before) as expiry,
           coalesce(-sum(m.on_hand_delta) filter (where m.reference_id = ${originId} and m.reason in ('sale', 'transfer_out')), 0)::int as taken,
           coalesce(sum(m.on_hand_delta) filter (where m.origin_id = ${originId} and m.reason in ('return', 'transfer_in')), 0)::int as back
      from stock_movements m join lots l on l.id = m.lot_id
     where m.lot_id is not null and (m.reference_id = ${originId} or m.origin_id = ${originId})
     group by m.variant_id, m.lot_id, l.code, l.use_by, l.best_before
     order by m.variant_id, coalesce(l.use_by, l.best_before) nulls last, l.code`.execute(ctx.db);
  return res.rows;
}
