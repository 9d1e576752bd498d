import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * A registration's life: `pending` (the application) → `active` (an operator approved it) or
 * `rejected`; the owner may withdraw a pending one (`withdrawn`); an active one whose every
 * trademark has expired becomes `lapsed`. Rejected, withdrawn and lapsed are final.
 */
export type RegistrationStatus = 'pending' | 'active' | 'rejected' | 'withdrawn' | 'lapsed';

export type TrademarkOffice = 'USPTO' | 'CNIPA' | 'EUIPO' | 'WIPO' | 'other';

export interface BrandRegistrationsTable {
  id: string;
  /** The applicant: the merchant that owns the brand. */
  merchant_id: string;
  /** The owner's catalog brand this registration protects, if linked. */
  brand_id: string | null;
  name_en: string;
  name_zh: string;
  aliases_en: JSONColumnType<string[], string, string>;
  aliases_zh: JSONColumnType<string[], string, string>;
  logo_url: string | null;
  evidence_urls: JSONColumnType<string[], string, string>;
  status: Generated<RegistrationStatus>;
  /** The last decision's reason (rejection, approval note, lapse). */
  status_reason: string | null;
  /** The latest expiry among its trademarks: the registration lapses the day after. */
  expires_on: ColumnType<string, string, string>;
  applied_by: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BrandTrademarksTable {
  id: string;
  registration_id: string;
  /** Order as the applicant gave them. */
  position: number;
  office: TrademarkOffice;
  /** Which office, when `office` is 'other' (e.g. "JPO"); null otherwise. */
  office_name: string | null;
  number: string;
  /** The number upper-cased with only letters and digits kept: how claims are compared. */
  number_key: string;
  /** Nice classes, 1–45, ascending, no repeats. */
  classes: JSONColumnType<number[], string, string>;
  expires_on: ColumnType<string, string, string>;
}

export type RegistrationAction =
  | 'applied'
  | 'updated'
  | 'withdrawn'
  | 'approved'
  | 'rejected'
  | 'lapsed'
  | 'seller_added'
  | 'seller_removed'
  | 'reference_price_set'
  | 'reference_price_removed';

/** Every step of a registration, timestamped, never updated or deleted. */
export interface BrandRegistrationEventsTable {
  id: string;
  registration_id: string;
  action: RegistrationAction;
  from_status: RegistrationStatus | null;
  to_status: RegistrationStatus;
  reason: string | null;
  /** What changed (the seller or price concerned, the fields edited). */
  details: JSONColumnType<Record<string, unknown>, string, string>;
  /** Who did it; null for the background lapse. */
  actor_id: string | null;
  created_at: Generated<Date>;
}

/** A merchant the owner authorises to sell the brand; null scope columns mean "any". */
export interface BrandAuthorisedSellersTable {
  id: string;
  registration_id: string;
  merchant_id: string;
  /** Product line: a catalog category; covers its sub-categories too. Null: every product line. */
  category_id: string | null;
  /** ISO 3166-1 alpha-2 country the authorisation is for. Null: every country. */
  country: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** The owner's reference price of one of its products or variants, in one currency. */
export interface BrandReferencePricesTable {
  id: string;
  registration_id: string;
  /** Exactly one of product_id and variant_id is set. */
  product_id: string | null;
  variant_id: string | null;
  /** Integer minor units of `currency`. */
  amount: number;
  currency: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BrandRegistryTables {
  brand_registrations: BrandRegistrationsTable;
  brand_trademarks: BrandTrademarksTable;
  brand_registration_events: BrandRegistrationEventsTable;
  brand_authorised_sellers: BrandAuthorisedSellersTable;
  brand_reference_prices: BrandReferencePricesTable;
}
