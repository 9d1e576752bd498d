import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import type { MerchantStatus, MerchantsTable } from './schema.ts';

export const MERCHANT_COLUMNS = [
  'id',
  'legal_name',
  'display_name',
  'country',
  'region',
  'registration_number',
  'contact_name',
  'contact_email',
  'contact_phone',
  'headcount',
  'sector',
  'default_currency',
  'website',
  'status',
  'status_reason',
  'created_at',
  'updated_at',
] as const;

const EVENT_COLUMNS = ['id', 'merchant_id', 'from_status', 'to_status', 'reason', 'actor_id', 'created_at'] as const;

export type NewMerchantRow = Omit<MerchantsTable, 'id' | 'status' | 'status_reason' | 'created_at' | 'updated_at'>;

export function findMerchant(db: Kysely<DB>, id: string) {
  return db.selectFrom('merchants').select(MERCHANT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findStatus(db: Kysely<DB>, id: string): Promise<MerchantStatus | undefined> {
  return (await db.selectFrom('merchants').select('status').where('id', '=', id).executeTakeFirst())?.status;
}

export function findMerchantByRegistration(db: Kysely<DB>, country: string, registrationNumber: string) {
  return db.selectFrom('merchants').select('id').where('country', '=', country).where('registration_number', '=', registrationNumber).executeTakeFirst();
}

export async function insertMerchant(db: Kysely<DB>, row: NewMerchantRow): Promise<string> {
  const id = newId('merchant');
  await db
    .insertInto('merchants')
    .values({ ...row, id, status: 'pending', status_reason: null })
    .execute();
  return id;
}

export async function insertStatusEvent(
  db: Kysely<DB>,
  e: { merchant_id: string; from_status: MerchantStatus | null; to_status: MerchantStatus; reason: string | null; actor_id: string | null },
): Promise<void> {
  await db
    .insertInto('merchant_status_events')
    .values({ id: newId('merchantEvent'), ...e })
    .execute();
}

/** Moves a merchant from `from` to `to`; returns false when it is not (any longer) in `from`. */
export async function updateStatusIf(db: Kysely<DB>, id: string, from: MerchantStatus, to: MerchantStatus, reason: string | null): Promise<boolean> {
  const res = await db
    .updateTable('merchants')
    .set({ status: to, status_reason: reason, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', from)

    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export type MerchantPatch = Partial<Pick<MerchantsTable, 'display_name' | 'contact_name' | 'contact_email' | 'contact_phone' | 'website'>>;

export async function updateMerchantRow(db: Kysely<DB>, id: string, patch: MerchantPatch): Promise<void> {
  await db
    .updateTable('merchants')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listMerchantRows(db: Kysely<DB>, q: { status?: MerchantStatus; country?: string; q?: string; after?: string; limit: number }) {
  let query = db
    .selectFrom('merchants')
    .select(MERCHANT_COLUMNS)
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.country) query = query.where('country', '=', q.country);
  if (q.q) {
    const p = likePattern(q.q);
    query = query.where((eb) => eb.or([eb('legal_name', 'ilike', p), eb('display_name', 'ilike', p)]));
  }
  if (q.after) query = query.where('id', '>', q.after);
  return query.execute();
}

export function listStatusEvents(db: Kysely<DB>, merchantId: string) {
  return db.selectFrom('merchant_status_events').select(EVENT_COLUMNS).where('merchant_id', '=', merchantId).orderBy('id').execute();
}

/** The constraint (or, failing that, detail text) of a PostgreSQL unique violation, else null. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string };
  if (e?.code !== '23505') return null;
  return e.constraint ?? e.detail ?? e.message ?? '';
}
