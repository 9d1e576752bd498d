// SQL of the unit-codes module's own tables.
import { type Kysely, sql } from 'kysely';
import { emitEvent as emitOutboxEvent } from '../events/service.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/types.ts';
import type { CloneFinding } from './clone.ts';
import type { ScanResult, UnitCodeStatus, UnitCodeTables } from './schema.ts';

/** The database with this module's tables (a no-op widening once src/db/schema.ts includes them). */
export type UcDb = Kysely<DB & UnitCodeTables>;

/** This module's view of the context's database handle (or transaction). */
export function dbOf(ctx: Ctx): UcDb {
  return ctx.db as unknown as UcDb;
}

export interface KeyRow {
  id: string;
  merchant_id: string;
  secret_encrypted: string;
  created_at: Date;
  retired_at: Date | null;
}

/** Every key of a merchant, oldest first (retired ones too: the export of old codes needs them). */
export function keysOf(db: UcDb, merchantId: string): Promise<KeyRow[]> {
  return db
    .selectFrom('unit_code_keys')
    .select(['id', 'merchant_id', 'secret_encrypted', 'created_at', 'retired_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertKey(db: UcDb, row: { id: string; merchant_id: string; secret_encrypted: string; created_by: string | null }): Promise<void> {
  await db
    .insertInto('unit_code_keys')
    .values({ ...row, brand_registration_id: null, retired_at: null })
    .execute();
}

/** Retires a key at `at` unless it already is; false when the merchant has no such key. */
export async function retireKey(db: UcDb, merchantId: string, keyId: string, at: Date): Promise<boolean> {
  const found = await db.selectFrom('unit_code_keys').select('id').where('merchant_id', '=', merchantId).where('id', '=', keyId).executeTakeFirst();
  if (!found) return false;
  await db.updateTable('unit_code_keys').set({ retired_at: at }).where('id', '=', keyId).where('retired_at', 'is', null).execute();
  return true;
}

/**
 * Serialises key changes and code generation of one merchant until the transaction ends, so a
 * batch is never signed with a key that a concurrent retirement has just retired (its codes would
 * never verify). An advisory lock: no row of another module is held.
 */
export async function lockKeys(db: UcDb, merchantId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`unit_code_keys:${merchantId}`}, 0))`.execute(db);
}

export interface NewCode {
  id: string;
  merchant_id: string;
  variant_id: string;
  batch_id: string;
  gtin: string;
  serial: string;
  lot: string | null;
  expiry: string | null;
  key_id: string;
  created_by: string | null;
}

/** Inserts codes, skipping any whose GTIN + serial exists; answers how many went in. */
export async function insertCodes(db: UcDb, rows: NewCode[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('unit_codes')
    .values(rows.map((r) => ({ ...r, brand_registration_id: null, status_reason: null, status_changed_at: null, sold_at: null, sold_city: null })))
    .onConflict((oc) => oc.columns(['gtin', 'serial']).doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

const CODE_COLUMNS = [
  'id',
  'merchant_id',
  'variant_id',
  'batch_id',
  'gtin',
  'serial',
  'lot',
  'expiry',
  'key_id',
  'status',
  'sold_at',
  'sold_city',
  'created_at',
] as const;

/** A batch's codes in id order, a page after `after`. */
export function batchCodes(db: UcDb, merchantId: string, batchId: string, after: string | null, limit: number) {
  let q = db.selectFrom('unit_codes').select(CODE_COLUMNS).where('merchant_id', '=', merchantId).where('batch_id', '=', batchId);
  if (after !== null) q = q.where('id', '>', after);
  return q.orderBy('id').limit(limit).execute();
}

/** The code naming a unit, locked for the rest of the transaction (scans of one unit run in turn). */
export function findCodeForUpdate(tx: UcDb, gtin: string, serial: string) {
  return tx.selectFrom('unit_codes').select(CODE_COLUMNS).where('gtin', '=', gtin).where('serial', '=', serial).forUpdate().executeTakeFirst();
}

/** One code of a merchant by id. */
export function findCode(db: UcDb, merchantId: string, id: string) {
  return db.selectFrom('unit_codes').select(CODE_COLUMNS).where('merchant_id', '=', merchantId).where('id', '=', id).executeTakeFirst();
}

export async function setStatus(db: UcDb, codeId: string, status: UnitCodeStatus, reason: Record<string, unknown>, at: Date): Promise<void> {
  await db
    .updateTable('unit_codes')
    .set({ status, status_reason: JSON.stringify(reason), status_changed_at: at })
    .where('id', '=', codeId)
    .execute();
}

export async function setSold(db: UcDb, codeId: string, soldAt: Date, city: string): Promise<void> {
  await db.updateTable('unit_codes').set({ sold_at: soldAt, sold_city: city }).where('id', '=', codeId).execute();
}

export interface NewScan {
  id: string;
  code_id: string | null;
  gtin: string;
  serial: string;
  scanned_at: Date;
  lat: number | null;
  lon: number | null;
  radius_km: number | null;
  city: string | null;
  device_hash: string | null;
  signature_ok: boolean;
  result: ScanResult;
  findings: CloneFinding[];
}

export async function insertScan(db: UcDb, s: NewScan): Promise<void> {
  await db
    .insertInto('unit_code_scans')
    .values({ ...s, findings: JSON.stringify(s.findings) })
    .execute();
}

/** The latest `limit` verified scans of a code (what the clone rules look at), oldest first. */
export async function verifiedScans(db: UcDb, codeId: string, limit: number) {
  const rows = await db
    .selectFrom('unit_code_scans')
    .select(['id', 'scanned_at', 'lat', 'lon', 'radius_km', 'city', 'device_hash'])
    .where('code_id', '=', codeId)
    .where('signature_ok', '=', true)
    .orderBy('scanned_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

/** Puts an event on the outbox in the caller's transaction, through the events module. */
export async function emitEvent(db: UcDb, e: { merchant_id: string; type: string; subject_id: string; payload: Record<string, unknown> }): Promise<void> {
  await emitOutboxEvent(db as unknown as Kysely<DB>, e);
}

/** The merchant's batches, newest first: size, what they are for, and how their codes fare. */
export function batchesOf(db: UcDb, merchantId: string, limit: number, before: string | null) {
  let q = db
    .selectFrom('unit_codes')
    .select([
      'batch_id as id',
      sql<string | null>`min(variant_id)`.as('variant_id'),
      sql<string>`min(gtin)`.as('gtin'),
      sql<string | null>`min(lot)`.as('lot'),
      sql<string | null>`min(expiry)`.as('expiry'),
      sql<Date>`min(created_at)`.as('created_at'),
      sql<number>`count(*)::int`.as('count'),
      sql<number>`(count(*) filter (where status = 'suspicious'))::int`.as('suspicious'),
      sql<number>`(count(*) filter (where sold_at is not null))::int`.as('sold'),
    ])
    .where('merchant_id', '=', merchantId)
    .groupBy('batch_id');
  // Batch ids are ULIDs: their order is their creation order.
  if (before !== null) q = q.where('batch_id', '<', before);
  return q.orderBy('batch_id', 'desc').limit(limit).execute();
}

/** How many scans each code has had (all, with a good signature or not). */
export async function scanCounts(db: UcDb, codeIds: string[]): Promise<Map<string, number>> {
  if (codeIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('unit_code_scans')
    .select(['code_id', sql<number>`count(*)::int`.as('n')])
    .where('code_id', 'in', codeIds)
    .groupBy('code_id')
    .execute();
  return new Map(rows.map((r) => [r.code_id!, r.n]));
}

/** A code's scans, newest first (the brand's view: where and when, never who). */
export function scansOfCode(db: UcDb, codeId: string, limit: number) {
  return db
    .selectFrom('unit_code_scans')
    .select(['id', 'scanned_at', 'lat', 'lon', 'radius_km', 'city', 'device_hash', 'signature_ok', 'result', 'findings'])
    .where('code_id', '=', codeId)
    .orderBy('scanned_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
