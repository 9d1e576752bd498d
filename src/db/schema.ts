import type { BrandTables } from '../modules/brands/schema.ts';
import type { CatalogTables } from '../modules/catalog/schema.ts';
import type { IdentityTables } from '../modules/identity/schema.ts';
import type { LocationTables } from '../modules/locations/schema.ts';
import type { MerchantTables } from '../modules/merchants/schema.ts';

/** The whole database as Kysely sees it: the union of every module's tables. */
export interface DB extends MerchantTables, BrandTables, LocationTables, IdentityTables, CatalogTables {}
