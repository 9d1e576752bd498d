import { inTransaction } from '../../db/transaction.ts';
import type { Selectable, Updateable } from 'kysely';
import { AppError, badRequest, conflict, forbidden, invalidState, notFound, unauthorized } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { isCurrency } from '../../shared/money.ts';
import { DEFAULT_LIMIT, decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { type GeoPoint, isValidPoint } from './geo.ts';
import { isValidTimeZone, validateOpeningHours } from './hours.ts';
import {
  CHANNEL_COLUMNS,
  type LocationFilters,
  childIds,
  findChannelById,
  findLocationByCode,
  findLocationById,
  findOnlineChannel,
  findTillChannel,
  insertChannel,
  insertLocation,
  insertOnlineChannelIfMissing,
  listChannelRows,
  listLocationRows,
  listLocationRowsNear,
  updateLocationRow,
} from './repository.ts';
import type { ChannelsTable, LocationKind, LocationsTable, OpeningHours, WarehouseType } from './schema.ts';

export type Location = Selectable<LocationsTable>;
export type Channel = Selectable<ChannelsTable>;
/** A location as answered, its temperature classes typed as such (the table's check constraint holds them to the three). */
export type LocationView = Omit<Location, 'temperature_classes'> & { temperature_classes: TemperatureClass[] };
export type LocationDetail = LocationView & { children_ids: string[]; till_channel: Channel | null };
export type LocationWithDistance = LocationView & { distance_km: number };

const asView = <T extends Pick<Location, 'temperature_classes'>>(row: T) => row as Omit<T, 'temperature_classes'> & { temperature_classes: TemperatureClass[] };

export const LOCATION_KINDS: readonly LocationKind[] = ['department_store', 'mall', 'mall_counter', 'warehouse'];
export const WAREHOUSE_TYPES: readonly WarehouseType[] = ['cn_bonded', 'cn_domestic', 'us'];
/** Uppercase letters and digits in hyphen-separated groups, e.g. DS-HZ-WULIN. */
export const LOCATION_CODE_PATTERN = '^[A-Z0-9]+(-[A-Z0-9]+)*$';
export const LOCATION_CODE_MAX = 40;
export const ONLINE_CHANNEL_NAME = 'Online storefront';

/** The temperature classes products have (catalog's temperature_class); a location holds one or more. */
export type TemperatureClass = 'ambient' | 'chilled' | 'frozen';
export const TEMPERATURE_CLASSES: readonly TemperatureClass[] = ['ambient', 'chilled', 'frozen'];
export const MAX_DELIVERY_DAYS = 60;
const DEFAULT_TEMPERATURE_CLASSES: TemperatureClass[] = ['ambient'];
const DEFAULT_DELIVERY_DAYS = 2;

/** What createLocation takes: the columns of the locations table an operator sets. */
export interface NewLocation {
  code: string;
  kind: LocationKind;
  parent_id?: string | null;
  merchant_id?: string | null;
  warehouse_type?: WarehouseType | null;
  name_en: string;
  name_zh: string;
  address_line: string;
  city: string;
  city_zh?: string | null;
  province: string;
  country: string;
  postal_code?: string | null;
  timezone: string;
  latitude: number;
  longitude: number;
  opening_hours?: OpeningHours;
  /** Default ['ambient']. */
  temperature_classes?: TemperatureClass[];
  /** Days a delivery from here takes, 0 to 60; default 2. */
  delivery_days?: number;
}

/** What updateLocation may change; structure (code, kind, parent, merchant) is fixed at creation. */
export interface LocationPatch {
  name_en?: string;
  name_zh?: string;
  address_line?: string;
  city?: string;
  city_zh?: string | null;
  province?: string;
  postal_code?: string | null;
  timezone?: string;
  latitude?: number;
  longitude?: number;
  opening_hours?: OpeningHours;
  temperature_classes?: TemperatureClass[];
  delivery_days?: number;
  status?: 'open' | 'closed';
}

export interface LocationQuery {
  kind?: LocationKind;
  city?: string;
  parent_id?: string;
  status?: 'open' | 'closed';
  near?: GeoPoint;
  limit?: number;
  cursor?: string;
}

// Kinds that sell over a counter and so get a till channel; and the kinds a mall may contain.
const HAS_TILL: ReadonlySet<LocationKind> = new Set(['department_store', 'mall_counter']);
const MAY_HAVE_PARENT: ReadonlySet<LocationKind> = new Set(['department_store', 'mall_counter']);
const MAY_HAVE_MERCHANT: ReadonlySet<LocationKind> = new Set(['mall_counter', 'warehouse']);
const CODE_RE = new RegExp(LOCATION_CODE_PATTERN);

const TEXT_LIMITS = { name_en: 200, name_zh: 200, address_line: 300, city: 100, city_zh: 100, province: 100, postal_code: 20 } as const;

function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthorized();
  if (!isOperator(actor)) throw forbidden('Only operators manage locations');
}

function checkText(field: keyof typeof TEXT_LIMITS, value: unknown, optional: boolean): void {
  if (value === undefined || value === null) {
    if (optional) return;
    throw badRequest('invalid_field', `${field} is required`, { field });
  }
  if (typeof value !== 'string' || value.trim() === '' || value.length > TEXT_LIMITS[field])
    throw badRequest('invalid_field', `${field} must be 1 to ${TEXT_LIMITS[field]} characters`, { field });
}

function checkTimezone(tz: unknown): void {
  if (typeof tz !== 'string' || !isValidTimeZone(tz)) throw badRequest('invalid_timezone', `"${String(tz)}" is not an IANA time zone`);
}

function checkPoint(lat: unknown, lon: unknown): void {
  if (typeof lat !== 'number' || typeof lon !== 'number' || !isValidPoint({ lat, lon }))
    throw badRequest('invalid_coordinates', 'latitude must be within -90..90 and longitude within -180..180');
}

/** A non-empty set of known classes, returned in canonical order (ambient, chilled, frozen). */
function checkTemperatureClasses(value: unknown): TemperatureClass[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  const known = (c: unknown): c is TemperatureClass => TEMPERATURE_CLASSES.includes(c as TemperatureClass);
  if (list.length === 0 || !list.every(known) || new Set(list).size !== list.length)
    throw badRequest('invalid_temperature_classes', `temperature_classes lists each of ${TEMPERATURE_CLASSES.join(', ')} at most once, at least one`);
  return TEMPERATURE_CLASSES.filter((c) => list.includes(c));
}

function checkDeliveryDays(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DELIVERY_DAYS)
    throw badRequest('invalid_delivery_days', `delivery_days is a whole number of days, 0 to ${MAX_DELIVERY_DAYS}`);
  return value;
}

function checkHours(value: unknown): OpeningHours {
  const r = validateOpeningHours(value);
  if (!r.ok) throw badRequest('invalid_opening_hours', r.reason);
  return r.hours;
}

/** The checks of createLocation that need no database; returns the normalized opening hours. */
function checkNewLocation(input: NewLocation): OpeningHours {
  if (input.temperature_classes !== undefined) checkTemperatureClasses(input.temperature_classes);
  if (input.delivery_days !== undefined) checkDeliveryDays(input.delivery_days);
  if (typeof input.code !== 'string' || input.code.length > LOCATION_CODE_MAX || !CODE_RE.test(input.code))
    throw badRequest('invalid_location_code', `code must be uppercase A-Z, 0-9 and single hyphens, at most ${LOCATION_CODE_MAX} characters`);
  if (!LOCATION_KINDS.includes(input.kind)) throw badRequest('invalid_location_kind', `kind must be one of ${LOCATION_KINDS.join(', ')}`);
  for (const f of ['name_en', 'name_zh', 'address_line', 'city', 'province'] as const) checkText(f, input[f], false);
  for (const f of ['city_zh', 'postal_code'] as const) checkText(f, input[f], true);
  if (typeof input.country !== 'string' || !/^[A-Z]{2}$/.test(input.country)) throw badRequest('invalid_country', 'country is an ISO 3166-1 alpha-2 code');
  checkTimezone(input.timezone);
  checkPoint(input.latitude, input.longitude);
  if (input.kind === 'warehouse') {
    if (!input.warehouse_type || !WAREHOUSE_TYPES.includes(input.warehouse_type))
      throw badRequest('warehouse_type_required', `A warehouse needs warehouse_type (${WAREHOUSE_TYPES.join(', ')})`);
  } else if (input.warehouse_type) throw badRequest('warehouse_type_not_allowed', 'Only a warehouse has a warehouse_type');
  if (input.parent_id && !MAY_HAVE_PARENT.has(input.kind)) throw badRequest('parent_not_allowed', `A ${input.kind} does not sit inside another location`);
  if (!input.parent_id && input.kind === 'mall_counter') throw badRequest('parent_required', 'A mall counter needs parent_id: the mall it is in');
  if (input.merchant_id && !MAY_HAVE_MERCHANT.has(input.kind))
    throw badRequest('merchant_not_allowed', 'Only a mall counter or a warehouse belongs to a merchant');
  return checkHours(input.opening_hours ?? {});
}

const pgCode = (e: unknown) => (e as { code?: string }).code;
const pgConstraint = (e: unknown) => String((e as { constraint?: string }).constraint ?? '');

/** Creates a location (operator only); a store or counter gets its till channel in the same transaction. */
export async function createLocation(ctx: Ctx, actor: Actor, input: NewLocation): Promise<LocationDetail> {
  requireOperator(actor);
  generation++;
  const hours = checkNewLocation(input);
  if (input.parent_id) {
    const parent = await findLocationById(ctx.db, input.parent_id);
    if (!parent) throw invalidState('parent_not_found', `No location with id ${input.parent_id} to be the parent`);
    if (parent.kind !== 'mall') throw invalidState('parent_not_a_mall', `The parent ${parent.code} is a ${parent.kind}; only a mall contains locations`);
  }
  // Checked first so the common case fails cleanly; the unique constraint settles races below.
  if (await findLocationByCode(ctx.db, input.code)) throw conflict('location_code_taken', `A location with code ${input.code} exists`);
  const id = newId('location');
  try {
    await inTransaction(ctx, async ({ db: trx }) => {
      await insertLocation(trx, {
        id,
        code: input.code,
        kind: input.kind,
        parent_id: input.parent_id ?? null,
        merchant_id: input.merchant_id ?? null,
        warehouse_type: input.kind === 'warehouse' ? (input.warehouse_type ?? null) : null,
        name_en: input.name_en.trim(),
        name_zh: input.name_zh.trim(),
        address_line: input.address_line.trim(),
        city: input.city.trim(),
        city_zh: input.city_zh?.trim() ?? null,
        province: input.province.trim(),
        country: input.country,
        postal_code: input.postal_code?.trim() ?? null,
        timezone: input.timezone,
        latitude: input.latitude,
        longitude: input.longitude,
        opening_hours: JSON.stringify(hours),
        temperature_classes: input.temperature_classes !== undefined ? checkTemperatureClasses(input.temperature_classes) : DEFAULT_TEMPERATURE_CLASSES,
        delivery_days: input.delivery_days ?? DEFAULT_DELIVERY_DAYS,
      });
      if (HAS_TILL.has(input.kind)) await insertChannel(trx, { id: newId('channel'), kind: 'till', location_id: id, name: `${input.name_en.trim()} till` });
    });
  } catch (e) {
    if (pgCode(e) === '23505' && pgConstraint(e).includes('code')) throw conflict('location_code_taken', `A location with code ${input.code} exists`);
    if (pgCode(e) === '23503' && pgConstraint(e).includes('merchant')) throw notFound('merchant', input.merchant_id ?? undefined);
    throw e;
  }
  return getLocation(ctx, id);
}

/** Changes names, address, time zone, hours, temperature classes, delivery days, status or position of a location (operator only). */
export async function updateLocation(ctx: Ctx, actor: Actor, id: string, patch: LocationPatch): Promise<LocationDetail> {
  requireOperator(actor);
  generation++;
  const current = await findLocationById(ctx.db, id);
  if (!current) throw notFound('location', id);
  const set: Updateable<LocationsTable> = {};
  for (const f of ['name_en', 'name_zh', 'address_line', 'city', 'province'] as const) {
    const v = patch[f];
    if (v !== undefined) {
      checkText(f, v, false);
      set[f] = v.trim();
    }
  }
  for (const f of ['city_zh', 'postal_code'] as const) {
    const v = patch[f];
    if (v !== undefined) {
      checkText(f, v, true);
      set[f] = v?.trim() ?? null;
    }
  }
  if (patch.timezone !== undefined) {
    checkTimezone(patch.timezone);
    set.timezone = patch.timezone;
  }
  if (patch.latitude !== undefined || patch.longitude !== undefined) {
    const lat = patch.latitude ?? current.latitude;
    const lon = patch.longitude ?? current.longitude;
    checkPoint(lat, lon);
    set.latitude = lat;
    set.longitude = lon;
  }
  if (patch.opening_hours !== undefined) set.opening_hours = JSON.stringify(checkHours(patch.opening_hours));
  if (patch.temperature_classes !== undefined) set.temperature_classes = checkTemperatureClasses(patch.temperature_classes);
  if (patch.delivery_days !== undefined) set.delivery_days = checkDeliveryDays(patch.delivery_days);
  if (patch.status !== undefined) {
    if (patch.status !== 'open' && patch.status !== 'closed') throw badRequest('invalid_status', 'status is open or closed');
    set.status = patch.status;
  }
  if (Object.keys(set).length > 0) await updateLocationRow(ctx.db, id, { ...set, updated_at: new Date() });
  return getLocation(ctx, id);
}

/** One location (public), with the ids of the locations inside it and its till channel. */
export async function getLocation(ctx: Ctx, id: string): Promise<LocationDetail> {
  const row = await findLocationById(ctx.db, id);
  if (!row) throw notFound('location', id);
  const [children, till] = await Promise.all([
    row.kind === 'mall' ? childIds(ctx.db, id) : Promise.resolve([]),
    HAS_TILL.has(row.kind) ? findTillChannel(ctx.db, id) : Promise.resolve(undefined),
  ]);
  return { ...asView(row), children_ids: children, till_channel: till ?? null };
}

const isNearKey = (v: unknown): v is [number, string] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && isString(v[1]);

// Distances go out rounded to the metre; cursors keep the exact double the database computed.
const roundKm = (km: number) => Math.round(km * 1000) / 1000;

/** Lists locations (public): by distance from `near` (each with distance_km), otherwise by id. */
export async function listLocations(
  ctx: Ctx,
  q: LocationQuery,
): Promise<{ items: Array<LocationView & { distance_km?: number }>; next_cursor: string | null }> {
  const limit = q.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badRequest('invalid_limit', 'limit is 1 to 100');
  const filters: LocationFilters = { kinds: q.kind ? [q.kind] : undefined, city: q.city, parent_id: q.parent_id, status: q.status };
  if (q.near) {
    checkPoint(q.near.lat, q.near.lon);
    const after = decodeCursor(q.cursor, isNearKey);
    const rows = await listLocationRowsNear(ctx.db, q.near, filters, limit + 1, after);
    const page = pageOf(rows, limit, (r) => [r.distance_km, r.id]);
    return { items: page.items.map((r) => ({ ...asView(r), distance_km: roundKm(r.distance_km) })), next_cursor: page.next_cursor };
  }
  const after = decodeCursor(q.cursor, isString);
  const page = pageOf(await listLocationRows(ctx.db, filters, limit + 1, after), limit, (r) => r.id);
  return { items: page.items.map(asView), next_cursor: page.next_cursor };
}

/** The open locations nearest a point, optionally of some kinds only: candidates for sourcing. */
export async function nearestLocations(ctx: Ctx, q: { lat: number; lon: number; kinds?: LocationKind[]; limit: number }): Promise<LocationWithDistance[]> {
  checkPoint(q.lat, q.lon);
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > 500) throw badRequest('invalid_limit', 'limit is 1 to 500');
  const rows = await listLocationRowsNear(ctx.db, { lat: q.lat, lon: q.lon }, { kinds: q.kinds, status: 'open' }, q.limit, undefined);
  return rows.map((r) => ({ ...asView(r), distance_km: roundKm(r.distance_km) }));
}

/** The one online storefront channel, created on first use; concurrent callers get the same row. */
// Every online order needs it: kept per database for a few seconds (its sale currency can change;
// a change made through this process is seen at once, one made elsewhere within CHANNEL_TTL_MS).
const CHANNEL_TTL_MS = 5_000;
const onlineChannels = new WeakMap<object, { channel: Channel; at: number }>();
export async function ensureOnlineChannel(ctx: Ctx): Promise<Channel> {
  const cached = onlineChannels.get(ctx.db);
  if (cached && Date.now() - cached.at < CHANNEL_TTL_MS) return cached.channel;
  const existing = await findOnlineChannel(ctx.db);
  if (existing) {
    onlineChannels.set(ctx.db, { channel: existing, at: Date.now() });
    return existing;
  }
  await insertOnlineChannelIfMissing(ctx.db, newId('channel'), ONLINE_CHANNEL_NAME);
  const row = await findOnlineChannel(ctx.db);
  if (!row) throw new AppError(500, 'online_channel_missing', 'The online channel could not be created');
  return row;
}

/**
 * Sets the currency a channel sells in (operator): 'CNY' converts list prices at the rate in
 * force; null sells at list prices. Orders keep what they were sold at.
 */
export async function setChannelSaleCurrency(ctx: Ctx, actor: Actor, id: string, currency: string | null): Promise<Channel> {
  if (!isOperator(actor)) throw forbidden('Only operators set what a channel sells in');
  if (currency !== null && !isCurrency(currency)) throw badRequest('invalid_currency', `Not an ISO 4217 currency: ${currency}`);
  const row = await ctx.db.updateTable('channels').set({ sale_currency: currency }).where('id', '=', id).returning(CHANNEL_COLUMNS).executeTakeFirst();
  if (!row) throw notFound('channel', id);
  if (row.kind === 'online') onlineChannels.set(ctx.db, { channel: row, at: Date.now() });
  return row;
}

/** Sales channels (public): the online storefront and one till per store or counter. */
export async function listChannels(ctx: Ctx, q: { location_id?: string }): Promise<Channel[]> {
  return listChannelRows(ctx.db, q.location_id);
}

/** One sales channel by id. */
export async function getChannel(ctx: Ctx, id: string): Promise<Channel> {
  const row = await findChannelById(ctx.db, id);
  if (!row) throw notFound('channel', id);
  return row;
}

/**
 * Every open location that can hold stock (stores, counters, warehouses), with what sourcing needs.
 * Checkout asks for this on every order; locations change rarely, so it is cached per database
 * handle for a few seconds.
 */
const sourcingCache = new WeakMap<object, { at: number; generation: number; rows: Promise<SourcingLocation[]> }>();
// Raised by every location write in this process, so a new or closed store is seen at once here
// (other processes see it within the cache's few seconds).
let generation = 0;
export type SourcingLocation = Pick<
  Location,
  'id' | 'kind' | 'city' | 'latitude' | 'longitude' | 'warehouse_type' | 'timezone' | 'temperature_classes' | 'delivery_days'
>;
export async function sourcingLocations(ctx: Ctx): Promise<SourcingLocation[]> {
  const hit = sourcingCache.get(ctx.db);
  if (hit && hit.generation === generation && Date.now() - hit.at < 5_000) return hit.rows;
  const rows = ctx.db
    .selectFrom('locations')
    .select(['id', 'kind', 'city', 'latitude', 'longitude', 'warehouse_type', 'timezone', 'temperature_classes', 'delivery_days'])
    .where('status', '=', 'open')
    .where('kind', '<>', 'mall')
    .orderBy('id')
    .execute();
  sourcingCache.set(ctx.db, { at: Date.now(), generation, rows });
  rows.catch(() => sourcingCache.delete(ctx.db));
  return rows;
}

/** Names and kinds of locations by id, for answers that mention where stock is ("3 left at …"). */
export async function locationLabels(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name_en: string; name_zh: string; city: string; kind: LocationKind }>();
  const rows = await ctx.db
    .selectFrom('locations')
    .select(['id', 'name_en', 'name_zh', 'city', 'kind'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { name_en: r.name_en, name_zh: r.name_zh, city: r.city, kind: r.kind }]));
}

/** For other modules (EPCIS export): each location's IANA time zone and merchant, by id; unknown ids are left out. */
export async function locationZones(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { timezone: string; merchant_id: string | null }>();
  const rows = await ctx.db
    .selectFrom('locations')
    .select(['id', 'timezone', 'merchant_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { timezone: r.timezone, merchant_id: r.merchant_id }]));
}
