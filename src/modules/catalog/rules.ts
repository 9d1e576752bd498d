import { badRequest, conflict } from '../../http/errors.ts';
import { type Money, isCurrency } from '../../shared/money.ts';
import type { ProductOption, ProductStatus } from './schema.ts';

/** What a merchant (or an operator for one) sends to list a product. */
export interface NewProduct {
  /** Operators only; a merchant's products are always its own. */
  merchant_id?: string;
  brand_id?: string | null;
  title_en: string;
  title_zh: string;
  description_en?: string;
  description_zh?: string;
  hs_code: string;
  origin_country: string;
  image_urls?: string[];
  category_ids?: string[];
  options?: ProductOption[];
  status?: 'draft' | 'active';
  variants: NewVariant[];
}

export interface NewVariant {
  sku: string;
  gtin?: string | null;
  option_values?: Record<string, string>;
  weight_g: number;
  price: Money;
}

export interface ProductPatch {
  brand_id?: string | null;
  title_en?: string;
  title_zh?: string;
  description_en?: string;
  description_zh?: string;
  hs_code?: string;
  origin_country?: string;
  image_urls?: string[];
  category_ids?: string[];
  options?: ProductOption[];
}

export interface VariantPatch {
  price?: Money;
  weight_g?: number;
  gtin?: string | null;
  status?: 'active' | 'archived';
}

export const MAX_VARIANTS = 100;
export const MAX_IMAGES = 10;

/** Product life cycle: draft → active → archived, and archived → draft to rework and relaunch. */
const TRANSITIONS: Record<ProductStatus, readonly ProductStatus[]> = {
  draft: ['active'],
  active: ['archived'],
  archived: ['draft'],
};

/** True when a product may move from one status to the other. */
export function canTransition(from: ProductStatus, to: ProductStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a product in `from` may move to. */
export function nextStatuses(from: ProductStatus): readonly ProductStatus[] {
  return TRANSITIONS[from];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// ICU also names exceptionally reserved codes (AC, EA, IC...) and groupings (EU, UN); ISO 3166-1
// assigns neither, nor the user-assigned ranges (AA, QM-QZ, XA-XZ, ZZ).
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN']);

/** True for an assigned ISO 3166-1 alpha-2 code; deprecated ones (UK, DD, SU) are refused. */
export function isCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code) || /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return false;
  // Deprecated codes canonicalise to their successor (UK → GB), so only current ones equal themselves.
  return regionNames.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** HS codes: the 6 harmonised digits plus up to 4 national ones. */
export function isHsCode(code: string): boolean {
  return /^\d{6,10}$/.test(code);
}

/** Product images must be absolute https URLs (shown on storefronts that are https themselves). */
export function isImageUrl(url: string): boolean {
  if (!url.startsWith('https://')) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Option axes: named once each, each with at least one distinct value. Returns them trimmed. */
export function checkOptions(options: ProductOption[]): ProductOption[] {
  const out = options.map((o) => ({ name: o.name.trim(), values: o.values.map((v) => v.trim()) }));
  const names = new Set<string>();
  for (const o of out) {
    if (!o.name) throw badRequest('invalid_options', 'An option needs a name');
    if (names.has(o.name.toLowerCase())) throw badRequest('invalid_options', `Option "${o.name}" is named twice`);
    names.add(o.name.toLowerCase());
    if (o.values.length === 0 || o.values.some((v) => !v)) throw badRequest('invalid_options', `Option "${o.name}" needs non-empty values`);
    if (new Set(o.values).size !== o.values.length) throw badRequest('invalid_options', `Option "${o.name}" lists a value twice`);
  }
  return out;
}

/**
 * Checks that a variant picks exactly one allowed value of every option and names no other, and
 * returns its combination as a key (values in option order) for duplicate detection.
 */
export function combinationKey(options: ProductOption[], values: Record<string, string>, sku: string): string {
  const names = Object.keys(values);
  const extra = names.filter((n) => !options.some((o) => o.name === n));
  if (extra.length) throw badRequest('option_values_mismatch', `Variant ${sku} names options the product does not have: ${extra.join(', ')}`);
  const picked = options.map((o) => {
    const v = values[o.name];
    if (v === undefined) throw badRequest('option_values_mismatch', `Variant ${sku} has no value for option "${o.name}"`);
    if (!o.values.includes(v)) throw badRequest('option_values_mismatch', `Variant ${sku}: "${v}" is not a value of option "${o.name}"`);
    return v;
  });
  return JSON.stringify(picked);
}

/** Refuses a second variant with the same option combination (a product without options has one variant). */
export function combinationTaken(sku: string): never {
  throw conflict('option_combination_taken', `Variant ${sku} repeats the option values of another variant of this product`, { sku });
}

/** Money checks the schema cannot make: a real ISO 4217 code and a whole, non-negative amount. */
export function checkPrice(price: Money): void {
  if (!isCurrency(price.currency)) throw badRequest('invalid_currency', `${price.currency} is not an ISO 4217 currency`);
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) throw badRequest('invalid_price', 'price.amount is a whole number of minor units, 0 or more');
}
