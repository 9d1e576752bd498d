import { type Insertable, type Kysely, type RawBuilder, type Updateable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { EARTH_RADIUS_KM, type GeoPoint } from './geo.ts';
import type { ChannelsTable, LocationKind, LocationsTable } from './schema.ts';

export const LOCATION_COLUMNS = [
  'id',
  'code',
  'kind',
  'parent_id',
  'merchant_id',
  'warehouse_type',
  'name_en',
  'name_zh',
  'address_line',
  'city',
  'city_zh',
  'province',
  'country',
  'postal_code',
  'timezone',
  'latitude',
  'longitude',
  'opening_hours',
  'temperature_classes',
  'delivery_days',
  'status',
  'created_at',
  'updated_at',
] as const;

export const CHANNEL_COLUMNS = ['id', 'kind', 'location_id', 'name', 'sale_currency', 'created_at'] as const;

export interface LocationFilters {
  kinds?: LocationKind[] | undefined;
  city?: string | undefined;
  parent_id?: string | undefined;
  status?: 'open' | 'closed' | undefined;
}

/**
 * Haversine distance in km from a point to each row, in plain SQL (no PostGIS, so PGlite runs it
 * too). Term for term the formula of geo.ts haversineKm; least(1, …) keeps asin in its domain.
 */
export function distanceKmSql(p: GeoPoint): RawBuilder<number> {
  const lat = sql`${p.lat}::float8`;
  const lon = sql`${p.lon}::float8`;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(least(1::float8,
    power(sin(radians(latitude - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(latitude)) * power(sin(radians(longitude - ${lon}) / 2), 2)))))`;
}

export function findLocationById(db: Kysely<DB>, id: string) {
  return db.selectFrom('locations').select(LOCATION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findLocationByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('locations').select(LOCATION_COLUMNS).where('code', '=', code).executeTakeFirst();
}

export async function insertLocation(db: Kysely<DB>, row: Insertable<LocationsTable>): Promise<void> {
  await db.insertInto('locations').values(row).execute();
}

export async function updateLocationRow(db: Kysely<DB>, id: string, set: Updateable<LocationsTable>): Promise<void> {
  await db.updateTable('locations').set(set).where('id', '=', id).execute();
}

function filtered(db: Kysely<DB>, f: LocationFilters) {
  let q = db.selectFrom('locations').select(LOCATION_COLUMNS);
  if (f.kinds?.length) q = q.where('kind', 'in', f.kinds);
  if (f.parent_id) q = q.where('parent_id', '=', f.parent_id);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.city) {
    const city = f.city;
    // English name case-insensitively (the lower(city) index), or the Chinese name exactly.
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['city']), '=', city.toLowerCase()), eb('city_zh', '=', city)]));
  }
  return q;
}

/** Up to `take` rows in id order after the given id. */
export function listLocationRows(db: Kysely<DB>, f: LocationFilters, take: number, afterId: string | undefined) {
  let q = filtered(db, f).orderBy('id').limit(take);
  if (afterId) q = q.where('id', '>', afterId);
  return q.execute();
}

/** Up to `take` rows nearest a point, by (distance, id), after the given (distance, id) key. */
export function listLocationRowsNear(db: Kysely<DB>, p: GeoPoint, f: LocationFilters, take: number, after: [number, string] | undefined) {
  const dist = distanceKmSql(p);
  let q = filtered(db, f).select(dist.as('distance_km')).orderBy(dist).orderBy('id').limit(take);
  // Row comparison: distances are deterministic doubles and round-trip exactly through the cursor.
  if (after) q = q.where(sql<boolean>`(${dist}, id) > (${after[0]}::float8, ${after[1]})`);
  return q.execute();
}

export async function childIds(db: Kysely<DB>, parentId: string): Promise<string[]> {
  const rows = await db.selectFrom('locations').select('id').where('parent_id', '=', parentId).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export function findTillChannel(db: Kysely<DB>, locationId: string) {
  return db.selectFrom('channels').select(CHANNEL_COLUMNS).where('location_id', '=', locationId).where('kind', '=', 'till').orderBy('id').executeTakeFirst();
}

export function findChannelById(db: Kysely<DB>, id: string) {
  return db.selectFrom('channels').select(CHANNEL_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function insertChannel(db: Kysely<DB>, row: Insertable<ChannelsTable>): Promise<void> {
  await db.insertInto('channels').values(row).execute();
}

/** Inserts the online channel unless one exists; the partial unique index settles races. */
export async function insertOnlineChannelIfMissing(db: Kysely<DB>, id: string, name: string): Promise<void> {
  await db
    .insertInto('channels')
    .values({ id, kind: 'online', location_id: null, name })
    .onConflict((oc) => oc.column('kind').where(sql.ref('kind'), '=', sql.lit('online')).doNothing())
    .execute();
}

export function findOnlineChannel(db: Kysely<DB>) {
  return db.selectFrom('channels').select(CHANNEL_COLUMNS).where('kind', '=', 'online').executeTakeFirst();
}

export function listChannelRows(db: Kysely<DB>, locationId: string | undefined) {
  let q = db.selectFrom('channels').select(CHANNEL_COLUMNS).orderBy('id');
  if (locationId) q = q.where('location_id', '=', locationId);
  return q.execute();
}
