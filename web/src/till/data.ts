import { useEffect, useState } from 'react';
import { ApiError, api, type paths, unwrap } from '../api/client';

/** Types of the till's API answers and bodies, all taken from the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type SaleBody = Json<paths['/api/till/sales']['post']['requestBody']>;
export type SaleLine = SaleBody['lines'][number];
export type PaymentMethod = SaleBody['payment']['method'];
export type Order = Json<paths['/api/orders/{id}']['get']['responses'][200]>;
export type OrderLine = Order['lines'][number];
export type OrderSummary = Json<paths['/api/orders']['get']['responses'][200]>['items'][number];
export type SyncResult = Json<paths['/api/till/sales/sync']['post']['responses'][200]>['results'][number];
export type Receipt = Json<paths['/api/orders/{id}/receipt']['get']['responses'][200]>;
export type Pickup = Json<paths['/api/pickups/{code}']['get']['responses'][200]>;
export type ReturnDone = Json<paths['/api/returns']['post']['responses'][201]>;
export type Transfer = Json<paths['/api/transfers/{id}']['get']['responses'][200]>;
export type TransferListItem = Json<paths['/api/transfers']['get']['responses'][200]>['items'][number];
export type Location = Json<paths['/api/locations/{id}']['get']['responses'][200]>;
export type Variant = Json<paths['/api/variants/{id}']['get']['responses'][200]>;
export type ProductHit = Json<paths['/api/products']['get']['responses'][200]>['items'][number];
export type Product = Json<paths['/api/products/{id}']['get']['responses'][200]>;
export type Money = Variant['price'];

/** What the till charges for a variant: its sale price in the store's currency (CNY), else its list price. */
export function salePriceOf(v: Pick<Variant, 'price' | 'sale_price'>): Money {
  return v.sale_price ? { amount: v.sale_price.amount, currency: v.sale_price.currency } : v.price;
}

/**
 * True when a call never got an answer from the platform: fetch threw (offline, connection
 * dropped, timed out) or a gateway in between answered that the platform could not be reached.
 */
export function isNetworkError(e: unknown): boolean {
  if (e instanceof ApiError) return [0, 502, 503, 504].includes(e.problem.status);
  return true;
}

/** A new client-made sale id: crypto.randomUUID, or the same from getRandomValues where the page is not a secure context. */
export function newClientId(prefix: string): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return `${prefix}-${c.randomUUID()}`;
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// What the scanner (or the clerk) typed

export type Scan = { kind: 'empty' } | { kind: 'gtin'; gtin: string } | { kind: 'gs1'; text: string } | { kind: 'search'; q: string };

/**
 * A GTIN is 8 to 14 digits; a GS1 symbol is a bracketed element string "(01)…(10)…", a raw one
 * (16+ digits, or FNC1 sent as the GS character, or a symbology identifier like "]d2"), or a GS1
 * Digital Link URI; anything else is a search of the catalogue by words.
 */
export function classifyScan(raw: string): Scan {
  const text = raw.replace(/^[\s]+|[\r\n\t ]+$/g, '');
  if (!text) return { kind: 'empty' };
  if (/^\d{8,14}$/.test(text)) return { kind: 'gtin', gtin: text };
  if (text.includes('\x1d') || /^(\(\d{2,4}\)|https?:\/\/\S+\/01\/\d|\][A-Za-z]\d|\d{16,})/.test(text)) return { kind: 'gs1', text };
  return { kind: 'search', q: text };
}

/** The GTIN inside a GS1 symbol, read here only to find an item in the offline cache (the server reads the symbol for real). */
export function gtinInGs1(text: string): string | null {
  const s = text.replace(/^\][A-Za-z]\d/, '');
  const m = /^\(01\)(\d{14})/.exec(s) ?? /^01(\d{14})/.exec(s) ?? /\/01\/(\d{14})/.exec(s);
  return m ? m[1]! : null;
}

export const gtin14 = (gtin: string) => gtin.padStart(14, '0');

// ---------------------------------------------------------------------------------------------
// Items: what a scan names, with a title and a price; kept on this till for a network drop

export interface Item {
  variant_id: string | null;
  gtin: string | null;
  sku: string | null;
  title_en: string;
  title_zh: string;
  options: string;
  price: Money | null;
  lot_tracked: boolean;
}

const ITEMS_KEY = 'meridian.till.items';
const ITEMS_MAX = 500;

function readItems(): Record<string, Item> {
  try {
    return (JSON.parse(localStorage.getItem(ITEMS_KEY) ?? '{}') as Record<string, Item>) ?? {};
  } catch {
    return {};
  }
}

function cacheItem(item: Item): void {
  if (!item.gtin) return;
  const all = readItems();
  delete all[item.gtin];
  all[item.gtin] = item;
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - ITEMS_MAX))) delete all[k];
  try {
    localStorage.setItem(ITEMS_KEY, JSON.stringify(all));
  } catch {
    // A full storage only costs the offline lookup.
  }
}

export function cachedItem(gtin: string): Item | null {
  return readItems()[gtin14(gtin)] ?? null;
}

const productCache = new Map<string, Product>();

async function productOf(id: string): Promise<Product> {
  const hit = productCache.get(id);
  if (hit) return hit;
  const p = unwrap(await api.GET('/api/products/{id}', { params: { path: { id } } }));
  productCache.set(id, p);
  return p;
}

/** A variant as a till item (title from its product), cached for the next network drop. */
export async function itemOfVariant(
  v: Pick<Variant, 'id' | 'product_id' | 'gtin' | 'sku' | 'option_values' | 'price' | 'sale_price' | 'lot_tracked'>,
): Promise<Item> {
  const p = await productOf(v.product_id);
  const item: Item = {
    variant_id: v.id,
    gtin: v.gtin,
    sku: v.sku,
    title_en: p.title_en,
    title_zh: p.title_zh,
    options: Object.values(v.option_values).join(' / '),
    price: salePriceOf(v),
    lot_tracked: v.lot_tracked,
  };
  cacheItem(item);
  return item;
}

export async function variantItem(id: string): Promise<Item> {
  return itemOfVariant(unwrap(await api.GET('/api/variants/{id}', { params: { path: { id } } })));
}

/** Thrown when a code names nothing in the catalogue. */
export class UnknownCode extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The item with this GTIN (GET /api/variants?gtin=), or from this till's cache when the network is down. */
export async function lookupGtin(gtin: string): Promise<{ item: Item; offline: boolean }> {
  try {
    const found = unwrap(await api.GET('/api/variants', { params: { query: { gtin } }, signal: AbortSignal.timeout(8000) }));
    const v = found.items[0];
    if (!v) throw new UnknownCode(gtin);
    return { item: await itemOfVariant(v), offline: false };
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 400) throw new UnknownCode(gtin);
    if (!isNetworkError(e) || e instanceof UnknownCode) throw e;
    return { item: cachedItem(gtin) ?? unpriced(gtin), offline: true };
  }
}

export interface Gs1Item {
  item: Item;
  lot_code: string | null;
  expiry: string | null;
  offline: boolean;
}

/** The item and lot a GS1 symbol names (POST /api/scan/gs1), or the cached item of its GTIN when the network is down. */
export async function lookupGs1(text: string): Promise<Gs1Item> {
  try {
    const scan = unwrap(await api.POST('/api/scan/gs1', { body: { text }, signal: AbortSignal.timeout(8000) }));
    if (!scan.variant_id) throw new UnknownCode(scan.gtin ?? text);
    return { item: await variantItem(scan.variant_id), lot_code: scan.lot_code, expiry: scan.use_by ?? scan.best_before, offline: false };
  } catch (e) {
    if (!isNetworkError(e) || e instanceof UnknownCode) throw e;
    const gtin = gtinInGs1(text);
    return { item: (gtin && cachedItem(gtin)) || unpriced(gtin ?? text), lot_code: null, expiry: null, offline: true };
  }
}

/** An item scanned while offline that this till has never seen: sold by its code, priced by the platform at sync. */
function unpriced(code: string): Item {
  return {
    variant_id: null,
    gtin: /^\d{8,14}$/.test(code) ? gtin14(code) : null,
    sku: null,
    title_en: code,
    title_zh: code,
    options: '',
    price: null,
    lot_tracked: false,
  };
}

export const titleOf = (x: { title_en: string; title_zh: string }, locale: string) => (locale === 'zh-CN' ? x.title_zh || x.title_en : x.title_en);
export const nameOf = (x: { name_en: string; name_zh: string }, locale: string) => (locale === 'zh-CN' ? x.name_zh || x.name_en : x.name_en);

// ---------------------------------------------------------------------------------------------
// How each sale was paid, as this till remembers it (the receipt API names the provider only)

const METHODS_KEY = 'meridian.till.methods';

export function rememberMethod(id: string, method: PaymentMethod): void {
  try {
    const all = JSON.parse(localStorage.getItem(METHODS_KEY) ?? '{}') as Record<string, PaymentMethod>;
    all[id] = method;
    const keys = Object.keys(all);
    for (const k of keys.slice(0, Math.max(0, keys.length - 300))) delete all[k];
    localStorage.setItem(METHODS_KEY, JSON.stringify(all));
  } catch {
    // Only the receipt's wording depends on it.
  }
}

export function methodOf(id: string): PaymentMethod | null {
  try {
    return (JSON.parse(localStorage.getItem(METHODS_KEY) ?? '{}') as Record<string, PaymentMethod>)[id] ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading

export { type Loaded, useLoad } from '../shared/load';

/** navigator.onLine, kept current by the window's online and offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}
