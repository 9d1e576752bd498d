import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type ProductStatus = 'draft' | 'active' | 'archived';
/** A platform hold on a listing (screening) or its removal (a notice); null: none. */
export type ModerationState = 'held' | 'taken_down';
export interface ProductOption {
  name: string;
  values: string[];
}

export interface CategoriesTable {
  id: string;
  slug: string;
  parent_id: string | null;
  name_en: string;
  name_zh: string;
  position: Generated<number>;
}

export type TemperatureClass = 'ambient' | 'chilled' | 'frozen';
export const TEMPERATURE_CLASSES: readonly TemperatureClass[] = ['ambient', 'chilled', 'frozen'];

export interface ProductsTable {
  id: string;
  merchant_id: string;
  brand_id: string | null;
  title_en: string;
  title_zh: string;
  description_en: Generated<string>;
  description_zh: Generated<string>;
  hs_code: string;
  origin_country: string;
  image_urls: JSONColumnType<string[], string, string>;
  options: JSONColumnType<ProductOption[], string, string>;
  status: Generated<ProductStatus>;
  moderation: ColumnType<ModerationState | null, ModerationState | null | undefined, ModerationState | null>;
  moderation_code: ColumnType<string | null, string | null | undefined, string | null>;
  moderation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  moderated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  search_text: Generated<string>;
  temperature_class: Generated<TemperatureClass>;
  min_shelf_life_days: number | null;
  /** numeric(4,3), read as a string such as '0.667'. */
  min_shelf_life_fraction: string | number | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProductCategoriesTable {
  product_id: string;
  category_id: string;
}

export interface VariantsTable {
  id: string;
  product_id: string;
  merchant_id: string;
  sku: string;
  gtin: string | null;
  option_values: JSONColumnType<Record<string, string>, string, string>;
  weight_g: number;
  price_amount: number;
  price_currency: string;
  status: Generated<'active' | 'archived'>;
  lot_tracked: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProductModerationEventsTable {
  id: Generated<number>;
  product_id: string;
  from_state: ModerationState | null;
  to_state: ModerationState | null;
  code: string;
  reason: string;
  reference: string | null;
  actor: string | null;
  created_at: Generated<Date>;
}

export interface CatalogTables {
  categories: CategoriesTable;
  product_moderation_events: ProductModerationEventsTable;
  products: ProductsTable;
  product_categories: ProductCategoriesTable;
  variants: VariantsTable;
}
