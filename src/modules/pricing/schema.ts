import type { ColumnType, Generated } from 'kysely';
import type { PriceRuleScope } from './precedence.ts';
import type { RoundingMode } from './rounding.ts';

export type RateSource = 'operator' | 'file';

/**
 * An exchange rate: `rate` units of `quote` per 1 unit of `base`, in force from valid_from until
 * valid_to (open when null). Append-only: rows are never edited or deleted, a newer valid_from
 * supersedes, and orders keep the id of the rate they used.
 */
export interface ExchangeRatesTable {
  id: string;
  base: string;
  quote: string;
  /** numeric(18,8), read as a string such as '7.12340000'. */
  rate: ColumnType<string, string, never>;
  valid_from: ColumnType<Date, Date, never>;
  valid_to: ColumnType<Date | null, Date | null, never>;
  source: RateSource;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** How a converted consumer price is made: markup and rounding for a scope. */
export interface PriceRulesTable {
  id: string;
  scope: PriceRuleScope;
  category_id: string | null;
  merchant_id: string | null;
  sale_currency: string;
  markup_bp: number;
  rounding: RoundingMode;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** A merchant's own consumer price of a variant in a sale currency; it beats the converted one. */
export interface VariantSalePricesTable {
  id: string;
  variant_id: string;
  merchant_id: string;
  currency: string;
  amount: number;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PricingTables {
  exchange_rates: ExchangeRatesTable;
  price_rules: PriceRulesTable;
  variant_sale_prices: VariantSalePricesTable;
}
