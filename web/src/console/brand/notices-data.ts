import { api, type paths, unwrap } from '../../api/client';

/** Types and loaders of the console's notices and appeals page, from the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type NoticeItem = Json<paths['/api/takedowns/notices']['get']['responses'][200]>['items'][number];
export type Notice = Json<paths['/api/takedowns/notices/{id}']['get']['responses'][200]>;
export type NoticeStatus = Notice['status'];
export type Suspension = Json<paths['/api/takedowns/appeals']['get']['responses'][200]>['items'][number];
export type Strikes = Json<paths['/api/takedowns/strikes/{merchant_id}']['get']['responses'][200]>;

export const STATUSES: readonly NoticeStatus[] = ['countered', 'actioned', 'upheld', 'reinstated', 'withdrawn'];

/** Notices in a status (or all), newest first. */
export async function noticesIn(status: NoticeStatus | 'all'): Promise<NoticeItem[]> {
  const out: NoticeItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const query = { limit: 200, ...(status === 'all' ? {} : { status }), ...(cursor ? { cursor } : {}) };
    const page = unwrap(await api.GET('/api/takedowns/notices', { params: { query } }));
    out.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out.reverse();
}

export interface Names {
  listing(id: string, locale: string): string;
  merchant(id: string): string;
  brand(id: string): string;
}

/** Listing titles, merchant names and registered brand names for the given ids. */
export async function namesOf(ids: { products: string[]; merchants: string[]; registrations: string[] }): Promise<Names> {
  const each = <T>(list: string[], get: (id: string) => Promise<T | undefined>) =>
    Promise.all([...new Set(list)].map(async (id) => [id, await get(id)] as const));
  const [products, merchants, registrations] = await Promise.all([
    each(ids.products, async (id) => (await api.GET('/api/products/{id}', { params: { path: { id } } })).data),
    each(ids.merchants, async (id) => (await api.GET('/api/merchants/{id}', { params: { path: { id } } })).data),
    each(ids.registrations, async (id) => (await api.GET('/api/brand-registry/registrations/{id}', { params: { path: { id } } })).data),
  ]);
  const p = new Map(products);
  const m = new Map(merchants);
  const r = new Map(registrations);
  return {
    listing: (id, locale) => {
      const x = p.get(id);
      return x ? (locale === 'zh-CN' ? x.title_zh : x.title_en) : id;
    },
    merchant: (id) => m.get(id)?.display_name ?? id,
    brand: (id) => {
      const x = r.get(id);
      return x ? `${x.name_en} / ${x.name_zh}` : id;
    },
  };
}

/** Every merchant, by name, for the strikes lookup. */
export async function allMerchants(): Promise<Array<{ id: string; display_name: string; status: string }>> {
  const out: Array<{ id: string; display_name: string; status: string }> = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = unwrap(await api.GET('/api/merchants', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
    out.push(...page.items.map((m) => ({ id: m.id, display_name: m.display_name, status: m.status })));
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out.sort((a, b) => a.display_name.localeCompare(b.display_name));
}
