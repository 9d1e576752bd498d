import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type ProductStatus = 'draft' | 'active' | 'archived';
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

export interface CatalogTables {
  categories: CategoriesTable;
  products: ProductsTable;
  product_categories: ProductCategoriesTable;
  variants: VariantsTable;
}
