import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type paths, unwrap } from '../api/client';

/** Shapes of the answers the storefront reads (generated from the OpenAPI document). */
type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer J } } } } ? J : never;
export type ProductSummary = Ok<paths['/api/products']['get']>['items'][number];
export type Product = Ok<paths['/api/products/{id}']['get']>;
export type Variant = Product['variants'][number];
export type Cart = Ok<paths['/api/carts/{id}']['get']>;
export type CartLine = Cart['lines'][number];
export type Order = Ok<paths['/api/orders/{id}']['get']>;
export type OrderSummary = Ok<paths['/api/orders']['get']>['items'][number];
export type Availability = Ok<paths['/api/availability']['get']>['items'][number];
export type StoreLocation = Ok<paths['/api/locations/{id}']['get']>;
export type Category = Ok<paths['/api/categories']['get']>['items'][number];
export type Brand = Ok<paths['/api/brands']['get']>['items'][number];
export type DeliveryAddress = NonNullable<NonNullable<paths['/api/carts/{id}/fulfilment']['put']['requestBody']>['content']['application/json']['delivery']>;
export type Quote = Ok<paths['/api/carts/{id}/quote']['get']>;
export type QuoteShipment = Quote['shipments'][number];
export type TaxLine = Quote['tax_lines'][number] | Order['tax_lines'][number];
export type CheckoutBody = NonNullable<paths['/api/carts/{id}/checkout']['post']['requestBody']>['content']['application/json'];
export type Buyer = NonNullable<CheckoutBody['buyer']>;
export type Payer = NonNullable<CheckoutBody['payer']>;
export type Identity = Ok<paths['/api/me/identities']['get']>['items'][number];
export type CrossBorderLimit = Ok<paths['/api/me/cross-border-limits']['get']>['items'][number];

/** What a consumer pays for a variant: its sale price (CNY, converted from the USD list price or the merchant's own), else its list price. */
export function consumerPrice(v: Pick<Variant, 'price' | 'sale_price'>): { amount: number; currency: string } {
  return v.sale_price ? { amount: v.sale_price.amount, currency: v.sale_price.currency } : v.price;
}

/** The name in the reader's language, falling back to the other one. */
export function named(locale: string, en: string | null | undefined, zh: string | null | undefined): string {
  return (locale === 'zh-CN' ? zh || en : en || zh) ?? '';
}

/** A location's name in the reader's language. */
export function placeName(locale: string, l: { name_en: string; name_zh: string } | null | undefined): string {
  return l ? named(locale, l.name_en, l.name_zh) : '';
}

/** A random key (Idempotency-Key); getRandomValues also works on plain http. */
export function randomKey(prefix = 'web'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Loads data for a page. A change of `key` starts afresh (no stale data of another item);
 * reload() keeps what is shown while it loads again.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, opts: { keepWhileLoading?: boolean } = {}) {
  const [state, setState] = useState<{ key: string; data: T | undefined; error: unknown; loading: boolean }>({
    key,
    data: undefined,
    error: null,
    loading: true,
  });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keepRef = useRef(!!opts.keepWhileLoading);
  useEffect(() => {
    let live = true;
    setState((s) => ({ key, data: s.key === key || keepRef.current ? s.data : undefined, error: null, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ key, data, error: null, loading: false }),
      (error: unknown) => live && setState((s) => ({ ...s, key, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const fresh = state.key === key;
  const keep = !!opts.keepWhileLoading;
  return { data: fresh || keep ? state.data : undefined, error: fresh ? state.error : null, loading: !fresh || state.loading, reload };
}

// Catalogue reads are the same for everyone: keep them for the visit (a failed read is tried again).
const cache = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

export const catalog = {
  product: (id: string) => cached(`product:${id}`, async () => unwrap(await api.GET('/api/products/{id}', { params: { path: { id } } }))),
  /** The product a variant belongs to. */
  productOfVariant: (variantId: string) =>
    cached(`variant-product:${variantId}`, async () => {
      const v = unwrap(await api.GET('/api/variants/{id}', { params: { path: { id: variantId } } }));
      return catalog.product(v.product_id);
    }),
  location: (id: string) => cached(`location:${id}`, async () => unwrap(await api.GET('/api/locations/{id}', { params: { path: { id } } }))),
  categories: () => cached('categories', async () => unwrap(await api.GET('/api/categories')).items),
  brands: () => cached('brands', async () => unwrap(await api.GET('/api/brands', { params: { query: { limit: 100 } } })).items),
};

/** Available-to-promise of variants, for a pick-up today and for delivery (never cached: stock moves). */
export async function availabilityOf(variantIds: string[]): Promise<{ pickup: Map<string, Availability>; delivery: Map<string, Availability> }> {
  const ids = [...new Set(variantIds)];
  if (ids.length === 0) return { pickup: new Map(), delivery: new Map() };
  const [pickup, delivery] = await Promise.all(
    (['pickup', 'delivery'] as const).map(async (promise) => unwrap(await api.GET('/api/availability', { params: { query: { variant_id: ids, promise } } }))),
  );
  return {
    pickup: new Map(pickup!.items.map((a) => [a.variant_id, a])),
    delivery: new Map(delivery!.items.map((a) => [a.variant_id, a])),
  };
}

/** Stores (not warehouses) where the variant can be picked up today, most stock first. */
export function pickupStores(a: Availability | undefined) {
  return (a?.locations ?? [])
    .filter((l) => l.available > 0 && l.location && l.location.kind !== 'warehouse')
    .sort((x, y) => y.available - x.available || (x.location?.name_en ?? '').localeCompare(y.location?.name_en ?? ''));
}

/** The problem code of an API error, if it is one. */
export function problemCode(e: unknown): string | undefined {
  return e instanceof ApiError ? e.problem.code : undefined;
}

// Orders placed on this device: a guest may not read orders from the API, so the confirmation
// (with its pick-up code) is kept here to show again.
const ORDERS_KEY = 'meridian.storefront.orders';

export function savedOrders(): Order[] {
  try {
    const list = JSON.parse(localStorage.getItem(ORDERS_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as Order[]) : [];
  } catch {
    return [];
  }
}

export function saveOrder(order: Order): void {
  const list = [order, ...savedOrders().filter((o) => o.id !== order.id)].slice(0, 20);
  localStorage.setItem(ORDERS_KEY, JSON.stringify(list));
}

export function savedOrder(id: string): Order | undefined {
  return savedOrders().find((o) => o.id === id);
}

const ADDRESS_KEY = 'meridian.storefront.address';

export function savedAddress(): Partial<DeliveryAddress> {
  try {
    return (JSON.parse(localStorage.getItem(ADDRESS_KEY) ?? '{}') as Partial<DeliveryAddress>) ?? {};
  } catch {
    return {};
  }
}

export function saveAddress(a: DeliveryAddress): void {
  localStorage.setItem(ADDRESS_KEY, JSON.stringify(a));
}

/** The option values of a variant as "32 / Indigo Rinse". */
export function variantLabel(product: Pick<Product, 'options'>, v: Pick<Variant, 'option_values'>): string {
  const names = product.options.map((o) => o.name);
  const keys = names.length ? names : Object.keys(v.option_values);
  return keys
    .map((k) => v.option_values[k])
    .filter(Boolean)
    .join(' / ');
}
