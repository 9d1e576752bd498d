import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import { ANNUAL_LIMIT } from './limits.ts';
import type { BuyerIdentitiesTable, CbecPositiveListTable } from './schema.ts';

export const ENTRY_COLUMNS = ['hs_code', 'name_en', 'name_zh', 'vat_bp', 'consumption_tax_bp', 'tariff_bp', 'note', 'list_edition', 'updated_at'] as const;
export const IDENTITY_COLUMNS = ['id', 'customer_id', 'name', 'id_number_hash', 'masked', 'usable_until', 'created_at'] as const;

export type EntryRow = Omit<CbecPositiveListTable, 'consumption_tax_bp' | 'updated_at'> & { consumption_tax_bp: number; updated_at: Date };

/** Entries whose code is one of `codes` (the prefixes of the products' codes). */
export function entriesByCodes(db: Kysely<DB>, codes: string[]): Promise<EntryRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('cbec_positive_list').select(ENTRY_COLUMNS).where('hs_code', 'in', codes).execute();
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of the list by code. `hs_code` finds the entries under it (3304 → 330499) and those it falls
 * under (330499 → 3304); `q` searches names in both languages and codes.
 */
export function listEntries(db: Kysely<DB>, q: { q?: string; hs_code?: string; after?: string; limit: number }): Promise<EntryRow[]> {
  let query = db
    .selectFrom('cbec_positive_list')
    .select(ENTRY_COLUMNS)
    .orderBy('hs_code')
    .limit(q.limit + 1);
  if (q.hs_code) {
    const code = q.hs_code;
    query = query.where((eb) => eb.or([eb('hs_code', 'like', `${code}%`), sql<boolean>`${code} like hs_code || '%'`]));
  }
  if (q.q) {
    const p = likePattern(q.q);
    query = query.where((eb) => eb.or([eb('name_en', 'ilike', p), eb('name_zh', 'ilike', p), eb('hs_code', 'like', p)]));
  }
  if (q.after) query = query.where('hs_code', '>', q.after);
  return query.execute();
}

export function allEntryCodes(db: Kysely<DB>): Promise<string[]> {
  return db
    .selectFrom('cbec_positive_list')
    .select('hs_code')
    .execute()
    .then((rows) => rows.map((r) => r.hs_code));
}

export type NewEntry = Omit<CbecPositiveListTable, 'consumption_tax_bp' | 'updated_at'> & { consumption_tax_bp: number };

/** Inserts or replaces entries by code. */
export async function upsertEntries(db: Kysely<DB>, rows: NewEntry[]): Promise<void> {
  // Batches keep each statement well under PostgreSQL's 65535 bind parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('cbec_positive_list')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, updated_at: new Date() })))
      .onConflict((oc) =>
        oc.column('hs_code').doUpdateSet((eb) => ({
          name_en: eb.ref('excluded.name_en'),
          name_zh: eb.ref('excluded.name_zh'),
          vat_bp: eb.ref('excluded.vat_bp'),
          consumption_tax_bp: eb.ref('excluded.consumption_tax_bp'),
          tariff_bp: eb.ref('excluded.tariff_bp'),
          note: eb.ref('excluded.note'),
          list_edition: eb.ref('excluded.list_edition'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function deleteEntriesExcept(db: Kysely<DB>, keep: string[]): Promise<number> {
  let query = db.deleteFrom('cbec_positive_list');
  if (keep.length > 0) query = query.where('hs_code', 'not in', keep);
  const res = await query.executeTakeFirst();
  return Number(res.numDeletedRows);
}

// ---- identities

export type IdentityRow = Omit<BuyerIdentitiesTable, 'id_number_ciphertext' | 'created_at'> & { created_at: Date };

export function findIdentity(db: Kysely<DB>, id: string): Promise<IdentityRow | undefined> {
  return db.selectFrom('buyer_identities').select(IDENTITY_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findSavedIdentity(db: Kysely<DB>, customerId: string, hash: string): Promise<IdentityRow | undefined> {
  return db.selectFrom('buyer_identities').select(IDENTITY_COLUMNS).where('customer_id', '=', customerId).where('id_number_hash', '=', hash).executeTakeFirst();
}

export function listSavedIdentities(db: Kysely<DB>, customerId: string): Promise<IdentityRow[]> {
  return db.selectFrom('buyer_identities').select(IDENTITY_COLUMNS).where('customer_id', '=', customerId).orderBy('id').execute();
}

export async function insertIdentity(db: Kysely<DB>, row: Omit<BuyerIdentitiesTable, 'created_at'>): Promise<void> {
  await db.insertInto('buyer_identities').values(row).execute();
}

/** Saves an identity on a consumer's account; the same number saved again takes the newer name. Returns the row's id. */
export async function upsertSavedIdentity(
  db: Kysely<DB>,
  row: Omit<BuyerIdentitiesTable, 'created_at' | 'usable_until'> & { customer_id: string },
): Promise<string> {
  const res = await db
    .insertInto('buyer_identities')
    .values({ ...row, usable_until: null })
    .onConflict((oc) =>
      oc
        .columns(['customer_id', 'id_number_hash'])
        .where('customer_id', 'is not', null)
        .doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return res.id;
}

/** Takes an identity off its account. The row stays: orders that declared it keep their customs record. */
export async function detachIdentity(db: Kysely<DB>, id: string, customerId: string): Promise<boolean> {
  const res = await db
    .updateTable('buyer_identities')
    .set({ customer_id: null, usable_until: new Date() })
    .where('id', '=', id)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// ---- yearly limit

export async function usedAmount(db: Kysely<DB>, hash: string, year: number): Promise<number> {
  const row = await db.selectFrom('cbec_annual_usage').select('used_amount').where('id_number_hash', '=', hash).where('year', '=', year).executeTakeFirst();
  return row?.used_amount ?? 0;
}

export async function usedAmounts(db: Kysely<DB>, hashes: string[], year: number): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('cbec_annual_usage')
    .select(['id_number_hash', 'used_amount'])
    .where('id_number_hash', 'in', hashes)
    .where('year', '=', year)
    .execute();
  return new Map(rows.map((r) => [r.id_number_hash, r.used_amount]));
}

/** The usage row exists afterwards (a concurrent creator's row is waited for, not duplicated). */
export async function ensureUsageRow(db: Kysely<DB>, hash: string, year: number): Promise<void> {
  await db
    .insertInto('cbec_annual_usage')
    .values({ id_number_hash: hash, year, used_amount: 0 })
    .onConflict((oc) => oc.columns(['id_number_hash', 'year']).doNothing())
    .execute();
}

/**
 * Adds to the year's usage only if it stays within ANNUAL_LIMIT. One statement: the row lock makes a
 * concurrent taker wait and re-check the guard against the committed sum, so two orders can never
 * pass the limit together. Returns false when the guard refused.
 */
export async function addUsageGuarded(db: Kysely<DB>, hash: string, year: number, amount: number): Promise<boolean> {
  const res = await db
    .updateTable('cbec_annual_usage')
    .set((eb) => ({ used_amount: eb('used_amount', '+', amount) }))
    .where('id_number_hash', '=', hash)
    .where('year', '=', year)
    .where(sql<boolean>`used_amount + ${amount} <= ${ANNUAL_LIMIT}`)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Locks the usage row for the rest of the transaction (refunds of one person-year go one at a time). */
export function lockUsage(db: Kysely<DB>, hash: string, year: number) {
  return db.selectFrom('cbec_annual_usage').select('used_amount').where('id_number_hash', '=', hash).where('year', '=', year).forUpdate().executeTakeFirst();
}

export async function subtractUsage(db: Kysely<DB>, hash: string, year: number, amount: number): Promise<void> {
  await db
    .updateTable('cbec_annual_usage')
    .set((eb) => ({ used_amount: eb('used_amount', '-', amount) }))
    .where('id_number_hash', '=', hash)
    .where('year', '=', year)
    .execute();
}

export async function insertUsage(
  db: Kysely<DB>,
  row: { id_number_hash: string; year: number; order_id: string; refund_id: string | null; amount: number },
): Promise<void> {
  await db
    .insertInto('cbec_limit_usage')
    .values({ id: newId('limitUsage'), ...row })
    .execute();
}

/** The ledger rows of one order (its take and its give-backs). */
export function orderUsage(db: Kysely<DB>, orderId: string) {
  return db.selectFrom('cbec_limit_usage').select(['id_number_hash', 'year', 'refund_id', 'amount']).where('order_id', '=', orderId).execute();
}
