import type { Ctx } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { productCategoryPaths, variantsByIds } from '../modules/catalog/service.ts';
import { getMerchant } from '../modules/merchants/service.ts';
import { orderForReturn } from '../modules/orders/service.ts';
import { rateInForce } from '../modules/pricing/service.ts';
import { recordSale } from '../modules/settlement/service.ts';

const SYSTEM: Actor = { kind: 'user', userId: 'system', role: 'operator', merchantId: null, merchantRole: null, locationId: null };

/**
 * Books a paid order's lines to their merchants' balances (settlement): each line's goods at the
 * price paid, converted to the merchant's currency, less commission by the line's category.
 * The rate is the one the order recorded when it converted the merchant's list price; a line sold
 * in another currency without one (a merchant listing in CNY but paid in USD) uses the rate in
 * force when the order was placed, and a line with no rate at all is left unbooked and returned.
 * Called once the payment is captured; idempotent (a line booked already stays as it is), so a
 * retry or the recovery job may call it again. Orders not paid (placed, cancelled) book nothing.
 */
export async function bookOrderSale(ctx: Ctx, orderId: string): Promise<{ unbooked: string[] }> {
  const order = await orderForReturn(ctx, orderId);
  if (!order || order.status === 'placed' || order.status === 'cancelled' || order.lines.length === 0) return { unbooked: [] };
  const variants = await variantsByIds(
    ctx,
    order.lines.map((l) => l.variant_id),
  );
  const productOf = new Map(variants.map((v) => [v.id, v.product_id]));
  const [paths, currencies] = await Promise.all([
    productCategoryPaths(ctx, [...new Set(variants.map((v) => v.product_id))]),
    Promise.all([...new Set(order.lines.map((l) => l.merchant_id))].map(async (id) => [id, (await getMerchant(ctx, SYSTEM, id)).default_currency] as const)),
  ]);
  const merchantCurrency = new Map(currencies);
  const unbooked: string[] = [];
  const lines = [];
  for (const l of order.lines) {
    const mine = merchantCurrency.get(l.merchant_id)!;
    let fx: string | null = null;
    if (l.currency !== mine) {
      fx = l.fx_rate && l.list_currency === mine ? l.fx_rate : ((await rateInForce(ctx, mine, l.currency, order.created_at))?.rate ?? null);
      if (!fx) {
        unbooked.push(l.id);
        continue;
      }
    }
    lines.push({
      order_line_id: l.id,
      merchant_id: l.merchant_id,
      category_ids: nearestFirst(paths.get(productOf.get(l.variant_id) ?? '') ?? []),
      quantity: l.quantity,
      amount: l.unit_price_amount * l.quantity,
      currency: l.currency,
      fx_rate: fx,
    });
  }
  if (lines.length) await recordSale(ctx, { order_id: order.id, lines });
  return { unbooked };
}

/** A product's categories, nearest first: its own categories, then their parents, and so on. */
export function nearestFirst(paths: string[][]): string[] {
  const out: string[] = [];
  const depth = Math.max(0, ...paths.map((p) => p.length));
  for (let d = 0; d < depth; d++) for (const p of paths) if (p[d] && !out.includes(p[d]!)) out.push(p[d]!);
  return out;
}
