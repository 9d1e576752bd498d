import { useState } from 'react';
import type { paths } from '../api/client';

/** Types of the console's API answers, all taken from the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type Merchant = Json<paths['/api/merchants/{id}']['get']['responses'][200]>;
export type MerchantStatus = Merchant['status'];
export type MerchantEvent = Json<paths['/api/merchants/{id}/history']['get']['responses'][200]>['items'][number];
export type Location = Json<paths['/api/locations/{id}']['get']['responses'][200]>;
export type LocationListItem = Json<paths['/api/locations']['get']['responses'][200]>['items'][number];
export type LocationKind = Location['kind'];
export type LocationStatus = Location['status'];
export type NewLocation = Json<paths['/api/locations']['post']['requestBody']>;
export type LocationChanges = Json<paths['/api/locations/{id}']['patch']['requestBody']>;
export type OpeningHours = Location['opening_hours'];
export type Weekday = keyof OpeningHours;
export type TemperatureClass = Location['temperature_classes'][number];

export const MERCHANT_STATUSES: readonly MerchantStatus[] = ['pending', 'verified', 'rejected', 'suspended'];
export const LOCATION_KINDS: readonly LocationKind[] = ['department_store', 'mall', 'mall_counter', 'warehouse'];
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const TEMPERATURE_CLASSES: readonly TemperatureClass[] = ['ambient', 'chilled', 'frozen'];

import { useLoad } from '../shared/load';

export { type Loaded, useLoad } from '../shared/load';

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** A list read page by page ("Load more"); the first page reloads when `deps` change. */
export function usePaged<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]) {
  const first = useLoad(() => fetchPage(), deps);
  // Further pages belong to the first page they followed; a new first page drops them.
  const [more, setMore] = useState<{ after: Page<T>; items: T[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const extra = more && first.data && more.after === first.data && !first.loading ? more : null;
  const next = extra ? extra.next : (first.data?.next_cursor ?? null);
  const loadMore = async () => {
    const after = first.data;
    if (!next || !after) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await fetchPage(next);
      setMore((m) => ({ after, items: [...(m && m.after === after ? m.items : []), ...page.items], next: page.next_cursor }));
    } catch (e) {
      setMoreError(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    items: [...(first.data?.items ?? []), ...(extra?.items ?? [])],
    loading: first.loading,
    error: first.error ?? moreError,
    reload: first.reload,
    hasMore: next !== null,
    loadMore,
    busy,
  };
}

/** How many items a paged list has (the API pages, it does not count): pages through up to `cap`. */
export async function countPages(fetchPage: (cursor?: string) => Promise<Page<unknown>>, cap = 1000): Promise<{ n: number; more: boolean }> {
  let n = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    n += page.items.length;
    if (!page.next_cursor) return { n, more: false };
    if (n >= cap) return { n, more: true };
    cursor = page.next_cursor;
  }
}

/** A date as YYYY-MM-DD on the reader's calendar. */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The days from..to (YYYY-MM-DD, inclusive), at most `max` of them. */
export function daysBetween(from: string, to: string, max = 400): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (d <= end && out.length < max) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Digits after the decimal point of a currency (USD 2, JPY 0). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
