import type { Ctx } from '../http/types.ts';
import { loadSamplePositiveList } from '../modules/crossborder/service.ts';
import { receiveStock } from '../modules/inventory/service.ts';
import { listChannels, setChannelSaleCurrency } from '../modules/locations/service.ts';
import { createPriceRule, createRate } from '../modules/pricing/service.ts';
import { createCommissionRate } from '../modules/settlement/service.ts';
import type { Actor } from '../shared/actor.ts';
import { APPAREL_MERCHANT_SLUG } from './data/merchants.ts';

/** The demo's USD→CNY rate, in force from the start of the year (CNY per 1 USD). */
export const DEMO_USD_CNY = '7.1800';

/**
 * Cross-border money for the demo: every channel sells in CNY; one USD→CNY rate; consumer prices
 * rounded to end in .90; commission 8 % (food 5 %, apparel 10 %); the sample CBEC positive list;
 * and goods in the bonded warehouse (Hangzhou Xiasha) and the US warehouse (Ontario, CA) so that
 * delivery orders of them are cross-border (bonded import, direct mail) with import tax.
 */
export async function seedCrossBorder(
  ctx: Ctx,
  operator: Actor,
  categoryIds: Map<string, string>,
  listed: Map<string, { actor: Actor; variantIds: string[] }>,
  locationIds: Map<string, string>,
): Promise<{ units: number }> {
  for (const c of await listChannels(ctx, {})) await setChannelSaleCurrency(ctx, operator, c.id, 'CNY');
  await createRate(ctx, operator, {
    base: 'USD',
    quote: 'CNY',
    rate: DEMO_USD_CNY,
    valid_from: new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1)),
    note: 'demo rate',
  });
  await createPriceRule(ctx, operator, { scope: 'default', markup_bp: 0, rounding: 'end_90' });
  await createCommissionRate(ctx, operator, { scope: 'default', rate_bp: 800 });
  for (const [slug, rate_bp] of [
    ['food-grocery', 500],
    ['apparel', 1000],
  ] as const) {
    const category_id = categoryIds.get(slug);
    if (category_id) await createCommissionRate(ctx, operator, { scope: 'category', category_id, rate_bp });
  }
  await loadSamplePositiveList(ctx);

  let units = 0;
  const stock: Array<{ product: string; location: string; quantity: number }> = [
    { product: `${APPAREL_MERCHANT_SLUG}/SSJ`, location: 'WH-HZ-XIASHA', quantity: 20 },
    { product: `${APPAREL_MERCHANT_SLUG}/SSJ`, location: 'WH-US-ONTARIO', quantity: 10 },
    { product: 'pacific-glow-skincare/VCS', location: 'WH-SH-WAIGAOQIAO', quantity: 30 },
    { product: 'pacific-glow-skincare/HFC', location: 'WH-SH-WAIGAOQIAO', quantity: 30 },
  ];
  for (const s of stock) {
    const product = listed.get(s.product);
    const location_id = locationIds.get(s.location);
    if (!product || !location_id) throw new Error(`seed: cross-border stock names unknown ${s.product} or ${s.location}`);
    const lines = product.variantIds.map((variant_id) => ({ variant_id, quantity: s.quantity }));
    await receiveStock(ctx, product.actor, { location_id, lines, reference: 'demo-seed', note: 'Demo cross-border stock' });
    units += lines.reduce((n, l) => n + l.quantity, 0);
  }
  return { units };
}
