import type { Api } from './api.ts';
import type { Destination } from './load-config.ts';

export interface Variant {
  id: string;
  merchant_id: string;
  sku: string;
}

export interface Location {
  id: string;
  code: string;
  kind: 'mall' | 'department_store' | 'mall_counter' | 'warehouse';
  city: string;
  latitude: number;
  longitude: number;
  status: string;
}

export interface Catalog {
  operator: string;
  /**
   * Active USD variants of active products of verified merchants: what a guest can buy. Food kept
   * cold or per lot is left out: every store can hold these, and a receipt needs no lot.
   */
  variants: Variant[];
  stores: Location[];
  warehouses: Location[];
}

/** Finds what can be sold, through the public catalog and the operator's views. */
export async function discover(api: Api): Promise<Catalog> {
  const operator = await api.login('operator@meridian.demo');
  const verified = new Set((await api.all<{ id: string }>('/api/merchants?status=verified', operator)).map((m) => m.id));
  const products = (await api.all<{ id: string; merchant_id: string; status: string; temperature_class: string }>('/api/products')).filter(
    (p) => p.status === 'active' && verified.has(p.merchant_id) && p.temperature_class === 'ambient',
  );
  const variants: Variant[] = [];
  for (const p of products) {
    const detail = await api.ok<{
      variants: Array<{ id: string; merchant_id: string; sku: string; status: string; lot_tracked: boolean; price: { currency: string } }>;
    }>('GET', `/api/products/${p.id}`);
    for (const v of detail.variants)
      if (v.status === 'active' && !v.lot_tracked && v.price.currency === 'USD') variants.push({ id: v.id, merchant_id: v.merchant_id, sku: v.sku });
  }
  const locations = (await api.all<Location>('/api/locations')).filter((l) => l.status === 'open');
  return {
    operator,
    variants,
    stores: locations.filter((l) => l.kind === 'department_store'),
    warehouses: locations.filter((l) => l.kind === 'warehouse'),
  };
}

/** Receives stock through POST /api/stock/receipts (at most 500 lines a request). */
export async function receive(api: Api, token: string, locationId: string, lines: Array<{ variant_id: string; quantity: number }>): Promise<void> {
  for (let i = 0; i < lines.length; i += 500) {
    await api.ok('POST', '/api/stock/receipts', { token, body: { location_id: locationId, lines: lines.slice(i, i + 500), reference: 'bench' } });
  }
}

export const destinationOf = (l: Location): Destination => ({ city: l.city, latitude: l.latitude, longitude: l.longitude });
