// SQL of the brand registry's own tables (and the few catalog lookups its rules need).
import { type Insertable, type Kysely, type Updateable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CleanTrademark } from './rules.ts';
import type { BrandRegistrationsTable, RegistrationAction, RegistrationStatus } from './schema.ts';

type Db = Kysely<DB>;

export const REGISTRATION_COLUMNS = [
  'id',
  'merchant_id',
  'brand_id',
  'name_en',
  'name_zh',
  'aliases_en',
  'aliases_zh',
  'logo_url',
  'evidence_urls',
  'status',
  'status_reason',
  'expires_on',
  'applied_by',
  'decided_by',
  'decided_at',
  'created_at',
  'updated_at',
] as const;

export type RegistrationRow = Awaited<ReturnType<typeof findRegistration>> & {};

export type NewRegistration = Omit<Insertable<BrandRegistrationsTable>, 'status' | 'status_reason' | 'decided_by' | 'decided_at' | 'created_at' | 'updated_at'>;

export async function insertRegistration(db: Db, row: NewRegistration): Promise<void> {
  await db
    .insertInto('brand_registrations')
    .values({ ...row, status_reason: null, decided_by: null, decided_at: null })
    .execute();
}

export function findRegistration(db: Db, id: string) {
  return db.selectFrom('brand_registrations').select(REGISTRATION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The row locked for a change: concurrent writers of one registration take turns. */
export function lockRegistration(db: Db, id: string) {
  return db.selectFrom('brand_registrations').select(REGISTRATION_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
}

export type RegistrationPatch = Pick<
  Updateable<BrandRegistrationsTable>,
  'brand_id' | 'name_en' | 'name_zh' | 'aliases_en' | 'aliases_zh' | 'logo_url' | 'evidence_urls' | 'expires_on'
>;

export async function updateRegistration(db: Db, id: string, patch: RegistrationPatch): Promise<void> {
  await db
    .updateTable('brand_registrations')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Moves a registration from one status to another; undefined when it was not in `from` any more. */
export function moveStatusIf(db: Db, id: string, from: RegistrationStatus, to: RegistrationStatus, set: { reason: string | null; by: string | null }) {
  const now = new Date();
  return db
    .updateTable('brand_registrations')
    .set({ status: to, status_reason: set.reason, decided_by: set.by, decided_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}

/** Active registrations whose latest trademark expired before `today` become lapsed; answers their ids. */
export async function lapseRows(db: Db, today: string): Promise<string[]> {
  // decided_by/decided_at stay the operator's approval; the lapse itself is in the history.
  const rows = await db
    .updateTable('brand_registrations')
    .set({ status: 'lapsed', status_reason: 'every trademark expired', updated_at: new Date() })
    .where('status', '=', 'active')
    .where('expires_on', '<', today)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Filters by the status a reader should see: an active row past its expiry counts as lapsed. */
export function listRegistrationRows(
  db: Db,
  q: { merchant_id?: string | undefined; status?: RegistrationStatus | undefined; today: string; after?: string | undefined; limit: number },
) {
  let b = db
    .selectFrom('brand_registrations')
    .select(REGISTRATION_COLUMNS)
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.merchant_id) b = b.where('merchant_id', '=', q.merchant_id);
  if (q.status === 'active') b = b.where('status', '=', 'active').where('expires_on', '>=', q.today);
  else if (q.status === 'lapsed')
    b = b.where((eb) => eb.or([eb('status', '=', 'lapsed'), eb.and([eb('status', '=', 'active'), eb('expires_on', '<', q.today)])]));
  else if (q.status) b = b.where('status', '=', q.status);
  if (q.after) b = b.where('id', '>', q.after);
  return b.execute();
}

/** Registrations in force on `today` (active, not past their latest expiry), by id. */
export function activeRows(db: Db, today: string) {
  return db
    .selectFrom('brand_registrations')
    .select(REGISTRATION_COLUMNS)
    .where('status', '=', 'active')
    .where('expires_on', '>=', today)
    .orderBy('id')
    .execute();
}

// ---- trademarks

export async function replaceTrademarks(db: Db, registrationId: string, list: CleanTrademark[], newId: () => string): Promise<void> {
  await db.deleteFrom('brand_trademarks').where('registration_id', '=', registrationId).execute();
  if (list.length === 0) return;
  await db
    .insertInto('brand_trademarks')
    .values(list.map((t, position) => ({ id: newId(), registration_id: registrationId, position, ...t, classes: JSON.stringify(t.classes) })))
    .execute();
}

export function trademarksOf(db: Db, registrationIds: string[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('brand_trademarks')
    .select(['registration_id', 'office', 'office_name', 'number', 'number_key', 'classes', 'expires_on'])
    .where('registration_id', 'in', registrationIds)
    .orderBy('registration_id')
    .orderBy('position')
    .execute();
}

/**
 * Open registrations (pending, or active and in force on `today`) other than `except` that claim
 * one of these trademarks: a trademark backs one open registration at a time.
 */
export function trademarkClaims(db: Db, list: CleanTrademark[], today: string, except: string | null) {
  if (list.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('brand_trademarks as t')
    .innerJoin('brand_registrations as r', 'r.id', 't.registration_id')
    .select(['r.id', 't.office', 't.number'])
    .where((eb) =>
      eb.or(
        list.map((x) =>
          eb.and([eb('t.office', '=', x.office), eb('t.number_key', '=', x.number_key), eb(sql`coalesce(t.office_name, '')`, '=', x.office_name ?? '')]),
        ),
      ),
    )
    .where((eb) => eb.or([eb('r.status', '=', 'pending'), eb.and([eb('r.status', '=', 'active'), eb('r.expires_on', '>=', today)])]))
    .$if(except !== null, (b) => b.where('r.id', '<>', except!))
    .execute();
}

/** An open registration (pending, or active and in force) of this catalog brand, other than `except`. */
export function openRegistrationOfBrand(db: Db, brandId: string, today: string, except: string | null) {
  return db
    .selectFrom('brand_registrations')
    .select('id')
    .where('brand_id', '=', brandId)
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'active'), eb('expires_on', '>=', today)])]))
    .$if(except !== null, (b) => b.where('id', '<>', except!))
    .executeTakeFirst();
}

// ---- history

export async function insertEvent(
  db: Db,
  e: {
    id: string;
    registration_id: string;
    action: RegistrationAction;
    from_status: RegistrationStatus | null;
    to_status: RegistrationStatus;
    reason?: string | null;
    details?: Record<string, unknown>;
    actor_id: string | null;
  },
): Promise<void> {
  await db
    .insertInto('brand_registration_events')
    .values({ ...e, reason: e.reason ?? null, details: JSON.stringify(e.details ?? {}) })
    .execute();
}

export function listEvents(db: Db, registrationId: string) {
  return db
    .selectFrom('brand_registration_events')
    .select(['id', 'action', 'from_status', 'to_status', 'reason', 'details', 'actor_id', 'created_at'])
    .where('registration_id', '=', registrationId)
    .orderBy('id')
    .execute();
}

// ---- authorised sellers

const SELLER_COLUMNS = ['id', 'registration_id', 'merchant_id', 'category_id', 'country', 'created_by', 'created_at'] as const;

export async function insertSeller(
  db: Db,
  row: { id: string; registration_id: string; merchant_id: string; category_id: string | null; country: string | null; created_by: string | null },
): Promise<void> {
  await db.insertInto('brand_authorised_sellers').values(row).execute();
}

export function findSeller(db: Db, registrationId: string, id: string) {
  return db.selectFrom('brand_authorised_sellers').select(SELLER_COLUMNS).where('registration_id', '=', registrationId).where('id', '=', id).executeTakeFirst();
}

export function sameSeller(db: Db, registrationId: string, s: { merchant_id: string; category_id: string | null; country: string | null }) {
  return db
    .selectFrom('brand_authorised_sellers')
    .select('id')
    .where('registration_id', '=', registrationId)
    .where('merchant_id', '=', s.merchant_id)
    .where(sql<string>`coalesce(category_id, '')`, '=', s.category_id ?? '')
    .where(sql<string>`coalesce(country, '')`, '=', s.country ?? '')
    .executeTakeFirst();
}

export async function deleteSeller(db: Db, id: string): Promise<void> {
  await db.deleteFrom('brand_authorised_sellers').where('id', '=', id).execute();
}

export function sellersOf(db: Db, registrationIds: string[], merchantId?: string) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('brand_authorised_sellers')
    .select(SELLER_COLUMNS)
    .where('registration_id', 'in', registrationIds)
    .$if(merchantId !== undefined, (b) => b.where('merchant_id', '=', merchantId!))
    .orderBy('id')
    .execute();
}

// ---- reference prices

const PRICE_COLUMNS = ['id', 'registration_id', 'product_id', 'variant_id', 'amount', 'currency', 'created_by', 'created_at', 'updated_at'] as const;

export function findPrice(db: Db, registrationId: string, id: string) {
  return db.selectFrom('brand_reference_prices').select(PRICE_COLUMNS).where('registration_id', '=', registrationId).where('id', '=', id).executeTakeFirst();
}

/** The price of this product or variant in this currency, if set. */
export function priceFor(db: Db, registrationId: string, target: { product_id: string | null; variant_id: string | null }, currency: string) {
  return db
    .selectFrom('brand_reference_prices')
    .select(PRICE_COLUMNS)
    .where('registration_id', '=', registrationId)
    .where('currency', '=', currency)
    .$if(target.product_id !== null, (b) => b.where('product_id', '=', target.product_id!))
    .$if(target.variant_id !== null, (b) => b.where('variant_id', '=', target.variant_id!))
    .executeTakeFirst();
}

export async function insertPrice(
  db: Db,
  row: {
    id: string;
    registration_id: string;
    product_id: string | null;
    variant_id: string | null;
    amount: number;
    currency: string;
    created_by: string | null;
  },
): Promise<void> {
  await db.insertInto('brand_reference_prices').values(row).execute();
}

export async function updatePrice(db: Db, id: string, amount: number, by: string | null): Promise<void> {
  await db.updateTable('brand_reference_prices').set({ amount, created_by: by, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function deletePrice(db: Db, id: string): Promise<void> {
  await db.deleteFrom('brand_reference_prices').where('id', '=', id).execute();
}

export function pricesOf(db: Db, registrationIds: string[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('brand_reference_prices').select(PRICE_COLUMNS).where('registration_id', 'in', registrationIds).orderBy('id').execute();
}

/** True when the error is PostgreSQL's unique violation (23505). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}
