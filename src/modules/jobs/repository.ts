// The jobs ledger's tables: reports (with superseded versions), settings and sector limits.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobsReportsTable } from './schema.ts';

type Db = Kysely<DB>;

export type ReportRow = Selectable<JobsReportsTable>;

export interface Settings {
  start_date: string;
  years: number;
  target_jobs: number;
  target_businesses: number;
  default_size_limit: number;
  report_due_days: number;
  sector_limits: Record<string, number>;
}

export async function readSettings(db: Db): Promise<Settings> {
  const [row, limits] = await Promise.all([
    db
      .selectFrom('jobs_settings')
      .select(['start_date', 'years', 'target_jobs', 'target_businesses', 'default_size_limit', 'report_due_days'])
      .executeTakeFirst(),
    db.selectFrom('jobs_sector_limits').select(['sector', 'size_limit']).orderBy('sector').execute(),
  ]);
  const base = row ?? {
    start_date: '2026-01-01',
    years: 5,
    target_jobs: 1_000_000,
    target_businesses: 1_000_000,
    default_size_limit: 500,
    report_due_days: 30,
  };
  return {
    start_date: String(base.start_date).slice(0, 10),
    years: Number(base.years),
    target_jobs: Number(base.target_jobs),
    target_businesses: Number(base.target_businesses),
    default_size_limit: Number(base.default_size_limit),
    report_due_days: Number(base.report_due_days),
    sector_limits: Object.fromEntries(limits.map((l) => [l.sector, Number(l.size_limit)])),
  };
}

export async function writeSettings(db: Db, s: Settings, by: string | null): Promise<void> {
  const { sector_limits, ...row } = s;
  await db
    .insertInto('jobs_settings')
    .values({ id: 1, ...row, updated_by: by, updated_at: new Date() })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_by: by, updated_at: new Date() }))
    .execute();
  await db.deleteFrom('jobs_sector_limits').execute();
  const entries = Object.entries(sector_limits);
  if (entries.length)
    await db
      .insertInto('jobs_sector_limits')
      .values(entries.map(([sector, size_limit]) => ({ sector, size_limit })))
      .execute();
}

/** Current (not superseded) reports, optionally of some merchants and a quarter, newest quarter first. */
export function currentReports(db: Db, q: { merchantIds?: readonly string[]; quarter?: string }) {
  let query = db.selectFrom('jobs_reports').selectAll().where('superseded_at', 'is', null);
  if (q.merchantIds) {
    if (q.merchantIds.length === 0) return Promise.resolve([] as ReportRow[]);
    query = query.where('merchant_id', 'in', [...q.merchantIds]);
  }
  if (q.quarter) query = query.where('quarter', '=', q.quarter);
  return query.orderBy('quarter', 'desc').orderBy('merchant_id').execute();
}

/** Every version of one merchant's report for a quarter, newest first. */
export function reportVersions(db: Db, merchantId: string, quarter: string) {
  return db.selectFrom('jobs_reports').selectAll().where('merchant_id', '=', merchantId).where('quarter', '=', quarter).orderBy('version', 'desc').execute();
}

/** When each merchant first attested its report for each quarter (what on time or late goes by). */
export async function firstAttestations(db: Db, merchantIds: readonly string[], quarter?: string): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (merchantIds.length === 0) return out;
  let query = db
    .selectFrom('jobs_reports')
    .select(['merchant_id', 'quarter'])
    .select((eb) => eb.fn.min('attested_at').as('first'))
    .where('merchant_id', 'in', [...merchantIds])
    .groupBy(['merchant_id', 'quarter']);
  if (quarter) query = query.where('quarter', '=', quarter);
  for (const r of await query.execute()) out.set(`${r.merchant_id}/${r.quarter}`, new Date(r.first as unknown as string | Date));
  return out;
}

export function insertReport(db: Db, row: Omit<ReportRow, 'created_at' | 'superseded_at'>) {
  return db.insertInto('jobs_reports').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Locks and returns the current report of a merchant-quarter, if any. */
export function lockCurrent(db: Db, merchantId: string, quarter: string) {
  return db
    .selectFrom('jobs_reports')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('quarter', '=', quarter)
    .where('superseded_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export function supersede(db: Db, id: string, at: Date) {
  return db.updateTable('jobs_reports').set({ superseded_at: at }).where('id', '=', id).where('superseded_at', 'is', null).execute();
}

/** The highest version of a merchant-quarter (0 if none). */
export async function lastVersion(db: Db, merchantId: string, quarter: string): Promise<number> {
  const r = await db
    .selectFrom('jobs_reports')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('merchant_id', '=', merchantId)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}
