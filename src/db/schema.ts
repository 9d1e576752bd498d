import type { BrandTables } from '../modules/brands/schema.ts';
import type { CatalogTables } from '../modules/catalog/schema.ts';
import type { CartTables } from '../modules/carts/schema.ts';
import type { OrderTables } from '../modules/orders/schema.ts';
import type { TransferTables } from '../modules/transfers/schema.ts';
import type { InventoryTables } from '../modules/inventory/schema.ts';
import type { IdentityTables } from '../modules/identity/schema.ts';
import type { LocationTables } from '../modules/locations/schema.ts';
import type { MerchantTables } from '../modules/merchants/schema.ts';
import type { PricingTables } from '../modules/pricing/schema.ts';
import type { CrossBorderTables } from '../modules/crossborder/schema.ts';
import type { SettlementTables } from '../modules/settlement/schema.ts';
import type { EventTables } from '../modules/events/schema.ts';
import type { EpcisTables } from '../modules/epcis/schema.ts';
import type { WebhookTables } from '../modules/webhooks/schema.ts';
import type { ReplenishmentTables } from '../modules/replenishment/schema.ts';
import type { BrandRegistryTables } from '../modules/brand-registry/schema.ts';
import type { UnitCodeTables } from '../modules/unit-codes/schema.ts';
import type { TakedownTables } from '../modules/takedowns/schema.ts';
import type { ScreeningTables } from '../modules/screening/schema.ts';
import type { JobsTables } from '../modules/jobs/schema.ts';

/** The whole database as Kysely sees it: the union of every module's tables. */
export interface DB
  extends
    MerchantTables,
    BrandTables,
    LocationTables,
    IdentityTables,
    CatalogTables,
    InventoryTables,
    OrderTables,
    TransferTables,
    CartTables,
    PricingTables,
    CrossBorderTables,
    SettlementTables,
    EventTables,
    EpcisTables,
    WebhookTables,
    ReplenishmentTables,
    BrandRegistryTables,
    UnitCodeTables,
    TakedownTables,
    ScreeningTables,
    JobsTables {}
