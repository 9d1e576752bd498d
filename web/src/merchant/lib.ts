import { api, unwrap } from '../api/client';

/** Digits after the decimal point of a currency (USD 2, JPY 0), from Intl. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "148.5" in USD → 14850 minor units; null when it is not a non-negative amount with at most the currency's decimals. */
export function toMinor(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const s = text.trim();
  const m = /^(\d{1,11})(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] !== undefined && m[2].length > digits)) return null;
  const frac = (m[2] ?? '').padEnd(digits, '0');
  return Number(m[1]) * 10 ** digits + (digits > 0 ? Number(frac) : 0);
}

/** 14850 minor units of USD → "148.50" (for an input, not for display: use formatMoney). */
export function fromMinor(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(amount);
  const s = String(amount).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** A GTIN-8/12/13/14 whose GS1 check digit is right (the server checks again). */
export function gtinValid(input: string): boolean {
  const s = input.trim();
  if (![8, 12, 13, 14].includes(s.length) || !/^\d+$/.test(s) || /^0+$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const digit = s.charCodeAt(s.length - 2 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10 === Number(s.at(-1));
}

export { type Loaded, useLoad } from '../shared/load';

export interface LocationLabel {
  id: string;
  code: string;
  kind: string;
  name_en: string;
  name_zh: string;
  city: string;
  city_zh: string | null;
}

let locationsPromise: Promise<LocationLabel[]> | null = null;

/** Every location (stores, malls, counters, warehouses), loaded once per page view. */
export function allLocations(): Promise<LocationLabel[]> {
  locationsPromise ??= (async () => {
    const out: LocationLabel[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = unwrap(await api.GET('/api/locations', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
      out.push(...page.items.map((l) => ({ id: l.id, code: l.code, kind: l.kind, name_en: l.name_en, name_zh: l.name_zh, city: l.city, city_zh: l.city_zh })));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    return out.sort((a, b) => a.city.localeCompare(b.city) || a.name_en.localeCompare(b.name_en));
  })();
  locationsPromise.catch(() => (locationsPromise = null));
  return locationsPromise;
}

/** A city's name in the reader's language, from the locations' Chinese city names where there is one. */
export function cityNamer(locations: LocationLabel[] | undefined, locale: string): (city: string) => string {
  if (locale !== 'zh-CN') return (city) => city;
  const zh = new Map((locations ?? []).flatMap((l) => (l.city_zh ? [[l.city, l.city_zh] as const] : [])));
  return (city) => zh.get(city) ?? city;
}

export const locationName = (l: { name_en: string; name_zh: string }, locale: string) => (locale === 'zh-CN' ? l.name_zh : l.name_en);

export interface VariantLabel {
  id: string;
  product_id: string;
  product_title: string;
  sku: string;
  option_values: Record<string, string>;
  lot_tracked: boolean;
  status: string;
  price: { amount: number; currency: string };
}

/** Every variant of a merchant's products, with its product's title in the reader's language. */
export async function merchantVariants(merchantId: string, locale: string): Promise<VariantLabel[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = unwrap(await api.GET('/api/products', { params: { query: { merchant_id: merchantId, limit: 100, ...(cursor ? { cursor } : {}) } } }));
    ids.push(...page.items.map((p) => p.id));
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  const products = await Promise.all(ids.map(async (id) => unwrap(await api.GET('/api/products/{id}', { params: { path: { id } } }))));
  return products.flatMap((p) =>
    p.variants.map((v) => ({
      id: v.id,
      product_id: p.id,
      product_title: locale === 'zh-CN' ? p.title_zh : p.title_en,
      sku: v.sku,
      option_values: v.option_values,
      lot_tracked: v.lot_tracked,
      status: v.status,
      price: v.price,
    })),
  );
}

export const optionText = (values: Record<string, string>) => Object.values(values).join(' / ');
