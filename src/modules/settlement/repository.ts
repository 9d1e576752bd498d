import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CommissionScope, MerchantLedgerTable, PayoutStatus } from './schema.ts';

type Db = Kysely<DB>;

export type LedgerRow = Selectable<MerchantLedgerTable>;
export type NewLedgerEntry = Insertable<MerchantLedgerTable>;

/** The Postgres error of a unique index, or null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string };
  if (e?.code !== '23505') return null;
  return e.constraint ?? e.detail ?? e.message ?? '';
}

// ---- commission rates

export function insertRate(
  db: Db,
  r: { id: string; scope: CommissionScope; category_id: string | null; merchant_id: string | null; rate_bp: number; created_by: string | null },
) {
  return db.insertInto('commission_rates').values(r).returningAll().executeTakeFirstOrThrow();
}

export function listRateRows(db: Db, q: { scope?: CommissionScope; merchant_id?: string; category_id?: string }) {
  let query = db.selectFrom('commission_rates').selectAll().orderBy('scope').orderBy('id');
  if (q.scope) query = query.where('scope', '=', q.scope);
  if (q.merchant_id) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.category_id) query = query.where('category_id', '=', q.category_id);
  return query.execute();
}

export function deleteRate(db: Db, id: string) {
  return db.deleteFrom('commission_rates').where('id', '=', id).returningAll().executeTakeFirst();
}

/** Every rate that could apply to lines of these merchants in these categories (plus the default). */
export function candidateRates(db: Db, merchantIds: string[], categoryIds: string[]) {
  return db
    .selectFrom('commission_rates')
    .select(['id', 'scope', 'category_id', 'merchant_id', 'rate_bp'])
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'default'),
        ...(merchantIds.length ? [eb.and([eb('scope', '=', 'merchant'), eb('merchant_id', 'in', merchantIds)])] : []),
        ...(categoryIds.length ? [eb.and([eb('scope', '=', 'category'), eb('category_id', 'in', categoryIds)])] : []),
      ]),
    )
    .execute();
}

// ---- ledger

/** Inserts entries; one that is already there (same sale, same refund of a line) is skipped. Returns how many are new. */
export async function insertEntries(db: Db, rows: NewLedgerEntry[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('merchant_ledger')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export function insertEntry(db: Db, row: NewLedgerEntry) {
  return db.insertInto('merchant_ledger').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The sale and commission entries of order lines. */
export function saleEntriesOf(db: Db, lineIds: string[]) {
  if (lineIds.length === 0) return Promise.resolve([] as LedgerRow[]);
  return db.selectFrom('merchant_ledger').selectAll().where('order_line_id', 'in', lineIds).where('kind', 'in', ['sale', 'commission']).orderBy('id').execute();
}

/**
 * Locks the sale entries of these lines (in id order, so two refunds never deadlock): concurrent
 * refunds of one line then take turns, and each sees what the one before it recorded.
 */
export async function lockSales(db: Db, lineIds: string[]): Promise<void> {
  if (lineIds.length === 0) return;
  await db.selectFrom('merchant_ledger').select('id').where('order_line_id', 'in', lineIds).where('kind', '=', 'sale').orderBy('id').forUpdate().execute();
}

/** Per line: units and sale-currency amount (positive) already refunded, other than by `exceptRefund`. */
export async function refundedSoFar(db: Db, lineIds: string[], exceptRefund: string): Promise<Map<string, { quantity: number; source: number }>> {
  if (lineIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('merchant_ledger')
    .select([
      'order_line_id',
      sql<number>`coalesce(sum(quantity), 0)::bigint`.as('quantity'),
      sql<number>`coalesce(-sum(source_amount), 0)::bigint`.as('source'),
    ])
    .where('order_line_id', 'in', lineIds)
    .where('kind', '=', 'refund')
    .where('refund_id', '<>', exceptRefund)
    .groupBy('order_line_id')
    .execute();
  return new Map(rows.map((r) => [r.order_line_id!, { quantity: r.quantity, source: r.source }]));
}

/** Lines (ids) this refund has already recorded. */
export async function linesOfRefund(db: Db, refundId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('merchant_ledger').select('order_line_id').where('refund_id', '=', refundId).where('kind', '=', 'refund').execute();
  return new Set(rows.map((r) => r.order_line_id!));
}

/** What the merchant is owed and has not been paid, and what payouts have paid it. */
export async function balanceRow(db: Db, merchantId: string): Promise<{ unpaid: number; unpaid_entries: number; paid_total: number; pending_payouts: number }> {
  const r = await sql<{ unpaid: number; unpaid_entries: number; paid_total: number; pending_payouts: number }>`
    select coalesce((select sum(amount) from merchant_ledger where merchant_id = ${merchantId} and payout_id is null), 0)::bigint as unpaid,
           (select count(*) from merchant_ledger where merchant_id = ${merchantId} and payout_id is null)::int as unpaid_entries,
           coalesce((select sum(amount) from payouts where merchant_id = ${merchantId}), 0)::bigint as paid_total,
           coalesce((select sum(amount) from payouts where merchant_id = ${merchantId} and status = 'pending'), 0)::bigint as pending_payouts`.execute(db);
  return r.rows[0]!;
}

/** The sum of a merchant's entries booked before an instant (a statement's opening balance). */
export async function sumBefore(db: Db, merchantId: string, before: Date): Promise<number> {
  const r = await db
    .selectFrom('merchant_ledger')
    .select(sql<number>`coalesce(sum(amount), 0)::bigint`.as('total'))
    .where('merchant_id', '=', merchantId)
    .where('created_at', '<', before)
    .executeTakeFirstOrThrow();
  return r.total;
}

/** A merchant's entries booked in [from, to), in booking order. */
export function entriesBetween(db: Db, merchantId: string, from: Date, to: Date) {
  return db
    .selectFrom('merchant_ledger')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function entriesOfPayout(db: Db, payoutId: string) {
  return db.selectFrom('merchant_ledger').selectAll().where('payout_id', '=', payoutId).orderBy('created_at').orderBy('id').execute();
}

// ---- payout runs

/** Creates the run, or answers undefined when a run with this idempotency key exists (waiting for it to commit). */
export async function claimRun(db: Db, r: { id: string; as_of: Date; idempotency_key: string; created_by: string | null }) {
  return db
    .insertInto('payout_runs')
    .values(r)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function runByKey(db: Db, key: string) {
  return db.selectFrom('payout_runs').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

/** Merchants (with currency) whose unpaid entries booked before `asOf` add up to more than zero. */
export function owedBefore(db: Db, asOf: Date) {
  return db
    .selectFrom('merchant_ledger')
    .select(['merchant_id', 'currency', sql<number>`sum(amount)::bigint`.as('amount')])
    .where('payout_id', 'is', null)
    .where('created_at', '<', asOf)
    .groupBy(['merchant_id', 'currency'])
    .having(sql<boolean>`sum(amount) > 0`)
    .orderBy('merchant_id')
    .orderBy('currency')
    .execute();
}

/**
 * Locks a merchant's unpaid entries booked before `asOf`, in id order. A row a concurrent run
 * has just paid is re-checked after its lock is released and left out (payout_id is no longer null).
 */
export function lockUnpaid(db: Db, merchantId: string, currency: string, asOf: Date) {
  return db
    .selectFrom('merchant_ledger')
    .select(['id', 'amount'])
    .where('merchant_id', '=', merchantId)
    .where('currency', '=', currency)
    .where('payout_id', 'is', null)
    .where('created_at', '<', asOf)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function markEntriesPaid(db: Db, ids: string[], payoutId: string): Promise<number> {
  let marked = 0;
  // Chunks keep the statement's parameter count far below Postgres's limit of 65535.
  for (let i = 0; i < ids.length; i += 5000) {
    const r = await db
      .updateTable('merchant_ledger')
      .set({ payout_id: payoutId })
      .where('id', 'in', ids.slice(i, i + 5000))
      .where('payout_id', 'is', null)
      .executeTakeFirst();
    marked += Number(r.numUpdatedRows);
  }
  return marked;
}

export function insertPayout(db: Db, p: { id: string; run_id: string; merchant_id: string; currency: string; amount: number; entry_count: number }) {
  return db.insertInto('payouts').values(p).returningAll().executeTakeFirstOrThrow();
}

export function payoutsOfRun(db: Db, runId: string) {
  return db.selectFrom('payouts').selectAll().where('run_id', '=', runId).orderBy('merchant_id').execute();
}

export function listRunRows(db: Db, q: { after?: string; limit: number }) {
  let query = db
    .selectFrom('payout_runs as r')
    .selectAll('r')
    .select([
      sql<number>`(select count(*) from payouts p where p.run_id = r.id)::int`.as('payout_count'),
      sql<
        Array<{ currency: string; amount: number }>
      >`coalesce((select json_agg(json_build_object('currency', t.currency, 'amount', t.amount) order by t.currency)
         from (select currency, sum(amount)::bigint as amount from payouts p where p.run_id = r.id group by currency) t), '[]'::json)`.as('totals'),
    ])
    .orderBy('r.id', 'desc')
    .limit(q.limit + 1);
  if (q.after) query = query.where('r.id', '<', q.after);
  return query.execute();
}

export function listPayoutRows(db: Db, q: { merchant_id?: string; run_id?: string; status?: PayoutStatus; after?: string; limit: number }) {
  let query = db
    .selectFrom('payouts')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.merchant_id) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.run_id) query = query.where('run_id', '=', q.run_id);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.after) query = query.where('id', '<', q.after);
  return query.execute();
}

export function findPayout(db: Db, id: string) {
  return db.selectFrom('payouts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Pending → paid, once: of two confirmations only one updates the row. */
export function markPaidIfPending(db: Db, id: string, by: string | null, reference: string | null) {
  return db
    .updateTable('payouts')
    .set({ status: 'paid', paid_at: new Date(), paid_by: by, reference })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/** The refund and commission reversal entries of a refund. */
export function refundEntriesOf(db: Db, refundId: string) {
  return db.selectFrom('merchant_ledger').selectAll().where('refund_id', '=', refundId).orderBy('order_line_id').orderBy('id').execute();
}
