import { createHash } from 'node:crypto';
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as m0001 from './migrations/0001_extensions.ts';
import * as m0002 from '../modules/merchants/migrations/0002_merchants.ts';
import * as m0003 from '../modules/brands/migrations/0003_brands.ts';
import * as m0004 from '../modules/locations/migrations/0004_locations.ts';
import * as m0005 from '../modules/identity/migrations/0005_identity.ts';
import * as m0006 from '../modules/catalog/migrations/0006_catalog.ts';
import * as m0007 from '../modules/inventory/migrations/0007_inventory.ts';
import * as m0008 from '../modules/orders/migrations/0008_orders.ts';
import * as m0009 from '../modules/transfers/migrations/0009_transfers.ts';
import * as m0010 from '../modules/carts/migrations/0010_carts.ts';
import * as m0011 from '../modules/catalog/migrations/0011_catalog_food.ts';
import * as m0012 from '../modules/locations/migrations/0012_locations_food.ts';
import * as m0013 from '../modules/inventory/migrations/0013_lots.ts';
import * as m0014 from '../modules/orders/migrations/0014_order_flags.ts';
import * as m0015 from '../modules/pricing/migrations/0015_pricing.ts';
import * as m0016 from '../modules/crossborder/migrations/0016_crossborder.ts';
import * as m0017 from '../modules/settlement/migrations/0017_settlement.ts';
import * as m0018 from '../modules/locations/migrations/0018_channel_sale_currency.ts';
import * as m0019 from '../modules/orders/migrations/0019_order_money.ts';
import * as m0020 from '../modules/events/migrations/0020_events.ts';
import * as m0021 from '../modules/epcis/migrations/0021_epcis.ts';
import * as m0022 from '../modules/webhooks/migrations/0022_webhooks.ts';
import * as m0023 from '../modules/replenishment/migrations/0023_replenishment.ts';
import * as m0025 from '../modules/events/migrations/0025_outbox_sequencer.ts';
import * as m0026 from '../modules/brand-registry/migrations/0026_brand_registry.ts';
import * as m0027 from '../modules/unit-codes/migrations/0027_unit_codes.ts';
import * as m0028 from '../modules/catalog/migrations/0028_listing_moderation.ts';
import * as m0029 from '../modules/takedowns/migrations/0029_takedowns.ts';
import * as m0031 from '../modules/takedowns/migrations/0031_notice_listing_snapshot.ts';
import * as m0030 from '../modules/screening/migrations/0030_listing_screenings.ts';
import * as m0032 from '../modules/jobs/migrations/0032_jobs_ledger.ts';

/**
 * Every migration of every module, in the one global order they run in. Each lives in its
 * module's migrations/ folder; the number prefix orders them across modules.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_extensions': m0001,
  '0002_merchants': m0002,
  '0003_brands': m0003,
  '0004_locations': m0004,
  '0005_identity': m0005,
  '0006_catalog': m0006,
  '0007_inventory': m0007,
  '0008_orders': m0008,
  '0009_transfers': m0009,
  '0010_carts': m0010,
  '0011_catalog_food': m0011,
  '0012_locations_food': m0012,
  '0013_lots': m0013,
  '0014_order_flags': m0014,
  '0015_pricing': m0015,
  '0016_crossborder': m0016,
  '0017_settlement': m0017,
  '0018_channel_sale_currency': m0018,
  '0019_order_money': m0019,
  '0020_events': m0020,
  '0021_epcis': m0021,
  '0022_webhooks': m0022,
  '0023_replenishment': m0023,
  '0025_outbox_sequencer': m0025,
  '0026_brand_registry': m0026,
  '0027_unit_codes': m0027,
  '0028_listing_moderation': m0028,
  '0029_takedowns': m0029,
  '0030_listing_screenings': m0030,
  '0031_notice_listing_snapshot': m0031,
  '0032_jobs_ledger': m0032,
};

/** The newest migration name: what /api/health reports as the schema version. */
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!;

/** A digest of the migrations' code; tests key their migrated template database on it. */
export function migrationsDigest(): string {
  const h = createHash('sha256');
  for (const [name, m] of Object.entries(MIGRATIONS).sort(([a], [b]) => a.localeCompare(b))) {
    h.update(name).update(m.up.toString());
  }
  return h.digest('hex').slice(0, 16);
}

/** Applies pending migrations (Kysely takes a lock, so concurrent starters wait for each other). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The name of the newest migration applied to this database, or null on an empty one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function currentMigration(db: Kysely<any>): Promise<string | null> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt).at(-1)?.name ?? null;
}
