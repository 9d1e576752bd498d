import type { Generated } from 'kysely';

export interface BrandsTable {
  id: string;
  merchant_id: string;
  slug: string;
  name_en: string;
  name_zh: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BrandTables {
  brands: BrandsTable;
}
