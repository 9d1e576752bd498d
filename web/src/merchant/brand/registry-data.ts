import { api, type paths, unwrap } from '../../api/client';
import type { Me } from '../../shared/session';

/** Types of the brand registry's API answers, from the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type Registration = Json<paths['/api/brand-registry/registrations/{id}']['get']['responses'][200]>;
export type RegistrationStatus = Registration['status'];
export type Trademark = Registration['trademarks'][number];
export type Office = Trademark['office'];
export type HistoryEntry = Json<paths['/api/brand-registry/registrations/{id}/history']['get']['responses'][200]>['items'][number];
export type Seller = Json<paths['/api/brand-registry/registrations/{id}/sellers']['get']['responses'][200]>['items'][number];
export type ReferencePrice = Json<paths['/api/brand-registry/registrations/{id}/reference-prices']['get']['responses'][200]>['items'][number];
export type Application = Json<paths['/api/brand-registry/registrations']['post']['requestBody']>;

export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['pending', 'active', 'rejected', 'withdrawn', 'lapsed'];
export const OFFICES: readonly Office[] = ['USPTO', 'CNIPA', 'EUIPO', 'WIPO', 'other'];
/** Currencies offered for reference prices (the API takes any ISO 4217 code). */
export const PRICE_CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY'] as const;

/** A call answered 204 (no body): throws ApiError with the problem document when it failed. */
export function noContent(r: { error?: unknown; response: Response }): void {
  if (!r.response.ok) unwrap(r);
}

/** The merchant's owner and its brand owners change registrations; its staff and operators read them. */
export function isBrandManager(me: Me | null): boolean {
  return !!me && (me.role === 'brand_owner' || (me.role === 'merchant' && me.merchant_role === 'owner'));
}

/** Whether sellers and prices of a registration in this status can still change. */
export const isOpen = (status: RegistrationStatus) => status === 'pending' || status === 'active';

export interface Named {
  id: string;
  name_en: string;
  name_zh: string;
}

export const nameIn = (x: { name_en: string; name_zh: string }, locale: string) => (locale === 'zh-CN' ? x.name_zh : x.name_en);

/** Pages through a list endpoint (at most `pages` pages of 100). */
async function allPages<T>(page: (cursor?: string) => Promise<{ items: T[]; next_cursor: string | null }>, pages = 20): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const p = await page(cursor);
    out.push(...p.items);
    if (!p.next_cursor) break;
    cursor = p.next_cursor;
  }
  return out;
}

/** The merchant's catalog brands (to link a registration to). */
export async function merchantBrands(merchantId: string): Promise<Named[]> {
  return allPages(async (cursor) =>
    unwrap(await api.GET('/api/brands', { params: { query: { merchant_id: merchantId, limit: 100, ...(cursor ? { cursor } : {}) } } })),
  );
}

/** Loads once per page view; a failed load is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= load();
    p.catch(() => (p = null));
    return p;
  };
}

/** Every catalog category, flat, with its path of names ("Apparel › Jeans") in both languages. */
export const categoriesWithPaths = once(loadCategories);

async function loadCategories(): Promise<Named[]> {
  const items = unwrap(await api.GET('/api/categories')).items;
  const byId = new Map(items.map((c) => [c.id, c]));
  const path = (id: string, lang: 'name_en' | 'name_zh') => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let c = byId.get(id); c && !seen.has(c.id); c = c.parent_id ? byId.get(c.parent_id) : undefined) {
      seen.add(c.id);
      names.unshift(c[lang]);
    }
    return names.join(' › ');
  };
  return items.map((c) => ({ id: c.id, name_en: path(c.id, 'name_en'), name_zh: path(c.id, 'name_zh') })).sort((a, b) => a.name_en.localeCompare(b.name_en));
}

export interface ProductLabel {
  id: string;
  title_en: string;
  title_zh: string;
  status: string;
}

const productLists = new Map<string, () => Promise<ProductLabel[]>>();

/** The merchant's products (any status the reader may see), by title; loaded once per page view. */
export function merchantProducts(merchantId: string): Promise<ProductLabel[]> {
  let load = productLists.get(merchantId);
  if (!load) productLists.set(merchantId, (load = once(() => loadProducts(merchantId))));
  return load();
}

async function loadProducts(merchantId: string): Promise<ProductLabel[]> {
  const items = await allPages(async (cursor) =>
    unwrap(await api.GET('/api/products', { params: { query: { merchant_id: merchantId, limit: 100, ...(cursor ? { cursor } : {}) } } })),
  );
  return items.map((p) => ({ id: p.id, title_en: p.title_en, title_zh: p.title_zh, status: p.status })).sort((a, b) => a.title_en.localeCompare(b.title_en));
}

export const titleIn = (p: { title_en: string; title_zh: string }, locale: string) => (locale === 'zh-CN' ? p.title_zh : p.title_en);

export interface VariantOption {
  id: string;
  sku: string;
  gtin: string | null;
  options: string;
}

/** One product's variants (SKU, GTIN, option values). */
export async function productVariants(productId: string): Promise<VariantOption[]> {
  const p = unwrap(await api.GET('/api/products/{id}', { params: { path: { id: productId } } }));
  return p.variants.map((v) => ({ id: v.id, sku: v.sku, gtin: v.gtin, options: Object.values(v.option_values).join(' / ') }));
}

/** A variant's label for tables: its SKU and options. */
export async function variantLabel(id: string): Promise<{ id: string; product_id: string; sku: string; gtin: string | null }> {
  const v = unwrap(await api.GET('/api/variants/{id}', { params: { path: { id } } }));
  return { id: v.id, product_id: v.product_id, sku: v.sku, gtin: v.gtin };
}

/** Today in China (YYYY-MM-DD): the day trademark expiry is judged by. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
