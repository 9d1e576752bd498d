import { api, type paths, unwrap } from '../../api/client';

/** Types and loaders of the portal's takedown notices page, all from the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type NoticeItem = Json<paths['/api/takedowns/notices']['get']['responses'][200]>['items'][number];
export type Notice = Json<paths['/api/takedowns/notices/{id}']['get']['responses'][200]>;
export type NoticeKind = Notice['kind'];
export type NoticeStatus = Notice['status'];
export type Strikes = Json<paths['/api/takedowns/strikes/{merchant_id}']['get']['responses'][200]>;
export type Registration = Json<paths['/api/brand-registry/registrations']['get']['responses'][200]>['items'][number];
export type Product = Json<paths['/api/products/{id}']['get']['responses'][200]>;
export type ModerationEvent = Json<paths['/api/products/{id}/moderation']['get']['responses'][200]>['items'][number];

export const KINDS: readonly NoticeKind[] = ['counterfeit', 'trademark', 'copyright', 'design'];
/** Notices that still keep their listing down: the notifier may withdraw, the listing's merchant counter (actioned only). */
export const OPEN: readonly NoticeStatus[] = ['actioned', 'countered'];

const PRODUCT_ID = /prd_[0-9A-HJKMNP-TV-Z]{26}/i;

/** A product id from a storefront link (`…/products/prd_…`) or the id itself; null when there is none. */
export function productIdFrom(input: string): string | null {
  const m = PRODUCT_ID.exec(input.trim());
  return m ? `prd_${m[0].slice(4).toUpperCase()}` : null;
}

/** Evidence URLs written one per line (or separated by spaces); blanks dropped. */
export function urlsFrom(text: string): string[] {
  return text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every notice the signed-in merchant filed or received (or, for operators, all), newest first. */
export async function allNotices(role?: 'filed' | 'received'): Promise<NoticeItem[]> {
  const out: NoticeItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = unwrap(
      await api.GET('/api/takedowns/notices', { params: { query: { limit: 200, ...(role ? { role } : {}), ...(cursor ? { cursor } : {}) } } }),
    );
    out.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out.reverse();
}

/** The merchant's active brand registrations (those that back a notice). */
export async function activeRegistrations(): Promise<Registration[]> {
  return unwrap(await api.GET('/api/brand-registry/registrations', { params: { query: { status: 'active', limit: 100 } } })).items;
}

/** A product as the reader may see it, or null (a listing taken down is hidden from other merchants). */
export async function productOrNull(id: string): Promise<Product | null> {
  const r = await api.GET('/api/products/{id}', { params: { path: { id } } });
  return r.data ?? null;
}

/** The merchant's listings that the platform holds or took down, each with its code and reason. */
export async function moderatedListings(merchantId: string): Promise<Product[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 30; i++) {
    const page = unwrap(await api.GET('/api/products', { params: { query: { merchant_id: merchantId, limit: 100, ...(cursor ? { cursor } : {}) } } }));
    ids.push(...page.items.filter((p) => p.moderation !== null).map((p) => p.id));
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  const out = await Promise.all(ids.map((id) => productOrNull(id)));
  return out.filter((p): p is Product => p !== null && p.moderation !== null);
}

/** Product titles by id, for the ids the reader may see. */
export async function titlesOf(ids: string[]): Promise<Map<string, Product>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => productOrNull(id)));
  return new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}
