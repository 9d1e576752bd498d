// Input and output types of the listing-screening library. Plain data: the catalog integration maps its
// rows to these, so the library needs no database.

/** Money in integer minor units of an ISO 4217 currency (e.g. 1999 USD = $19.99). */
export interface Money {
  amount: number;
  currency: string;
}

/** A listing as screened: the fields a seller writes, in both languages. */
export interface Listing {
  merchant_id: string;
  brand_name?: string | null;
  title_en: string;
  title_zh: string;
  description_en: string;
  description_zh: string;
  price: Money;
  product_id?: string | null;
  /** ISO 3166-1 alpha-2 country the listing sells in (compared case-insensitively). */
  country?: string | null;
  product_line?: string | null;
}

/** One authorised seller of a brand; a missing scope means "everywhere" / "every product line". */
export interface Authorisation {
  merchant_id: string;
  product_line?: string | null;
  country?: string | null;
}

export interface ReferencePrice {
  product_id: string;
  amount: number;
  currency: string;
}

/** A registered brand (approved and not lapsed: the caller passes only those). The owner is always authorised. */
export interface Registration {
  id: string;
  owner_merchant_id: string;
  names: { en: string; zh: string };
  aliases: string[];
  authorised: Authorisation[];
  reference_prices: ReferencePrice[];
}

export type Severity = 'hold' | 'flag';
export type Field = 'brand' | 'title' | 'description' | 'price';
export type Language = 'en' | 'zh';

/**
 * Converts money to another currency, in that currency's minor units; null when there is no rate.
 * The caller passes it (exchange rates live in the pricing module, not here).
 */
export type Convert = (money: Money, to: string) => number | null;

/** A registered brand name found in a listing field by a match rule (whether or not the seller may use it). */
export interface BrandUse {
  /** The code of the match rule that found it. */
  rule: string;
  field: Exclude<Field, 'price'>;
  /** The field's language; null for the brand field. */
  language: Language | null;
  registration_id: string;
  /** The registered name or alias that matched, as registered. */
  name: string;
  /** The listing's own text that matched (e.g. "Lev1s"), from the position mapping. */
  excerpt: string;
  /** UTF-16 offsets of the excerpt in the field's text. */
  start: number;
  end: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  field: Field;
  language: Language | null;
  matched: { registration_id: string; name: string };
  detail: string;
  /** For a finding about a brand use: the match rule that found the use. */
  via?: string;
  excerpt?: string;
}

export interface ScreenResult {
  decision: 'live' | 'held';
  /** Codes of the rules with flag-severity findings (the listing stays live, an operator is told). */
  flags: string[];
  findings: Finding[];
  /** Every brand use found, authorised or not: what the findings were judged from. */
  uses: BrandUse[];
}
