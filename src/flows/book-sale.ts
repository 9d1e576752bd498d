import type { Ctx } from '../http/types.ts';
import { productCategoryPaths, variantsByIds } from '../modules/catalog/service.ts';
import { type NewOrderRecord, type OnPaid, orderForReturn } from '../modules/orders/service.ts';
import { rateInForce } from '../modules/pricing/service.ts';
import { merchantCurrencies, recordSale } from '../modules/settlement/service.ts';

/** What booking needs of an order line. */
interface BookLine {
  id: string;
  merchant_id: string;
  product_id: string | undefined;
  quantity: number;
  unit_price_amount: number;
  currency: string;
  fx_rate: string | null;
  list_currency: string | null;
}

/**
 * Books a paid order's lines to their merchants' balances (settlement): each line's goods at the
 * price paid, converted to the merchant's currency, less commission by the line's category.
 * The rate is the one the order recorded when it converted the merchant's list price; a line sold
 * in another currency without one (a merchant listing in CNY but paid in USD) uses the rate in
 * force when the order was placed, and a line with no rate at all is left unbooked and returned.
 * Idempotent (a line booked already stays as it is), so the recovery job may call it again.
 * Orders not paid (placed, cancelled) book nothing. Reads the order: for the recovery path.
 */
export async function bookOrderSale(ctx: Ctx, orderId: string): Promise<{ unbooked: string[] }> {
  const order = await orderForReturn(ctx, orderId);
  if (!order || order.status === 'placed' || order.status === 'cancelled' || order.lines.length === 0) return { unbooked: [] };
  const variants = await variantsByIds(
    ctx,
    order.lines.map((l) => l.variant_id),
  );
  const productOf = new Map(variants.map((v) => [v.id, v.product_id]));
  return book(
    ctx,
    order.id,
    order.created_at,
    order.lines.map((l) => ({ ...l, product_id: productOf.get(l.variant_id) })),
    false,
  );
}

/**
 * The same booking for an order this process just wrote and is moving past payment: its lines are
 * known, so nothing is read back (the order path's round trips are what limit checkout throughput).
 */
export function bookPlacedOrder(record: NewOrderRecord, productOf: ReadonlyMap<string, string>): OnPaid {
  const lines = record.shipments.flatMap((s) =>
    s.lines.map((l) => ({
      id: l.id!,
      merchant_id: l.merchant_id,
      product_id: productOf.get(l.variant_id),
      quantity: l.quantity,
      unit_price_amount: l.unit_price_amount,
      currency: record.currency,
      fx_rate: l.fx_rate ?? null,
      list_currency: l.list_currency ?? null,
    })),
  );
  return (tctx) => book(tctx, record.id, new Date(), lines, true);
}

async function book(ctx: Ctx, orderId: string, placedAt: Date, lines: BookLine[], verified: boolean): Promise<{ unbooked: string[] }> {
  const [paths, merchantCurrency] = await Promise.all([
    categoryPaths(ctx, [...new Set(lines.flatMap((l) => (l.product_id ? [l.product_id] : [])))]),
    merchantCurrencies(
      ctx,
      lines.map((l) => l.merchant_id),
    ),
  ]);
  const unbooked: string[] = [];
  const sale = [];
  for (const l of lines) {
    const mine = merchantCurrency.get(l.merchant_id)!;
    let fx: string | null = null;
    if (l.currency !== mine) {
      fx = l.fx_rate && l.list_currency === mine ? l.fx_rate : ((await rateInForce(ctx, mine, l.currency, placedAt))?.rate ?? null);
      if (!fx) {
        unbooked.push(l.id);
        continue;
      }
    }
    sale.push({
      order_line_id: l.id,
      merchant_id: l.merchant_id,
      category_ids: nearestFirst(paths.get(l.product_id ?? '') ?? []),
      quantity: l.quantity,
      amount: l.unit_price_amount * l.quantity,
      currency: l.currency,
      fx_rate: fx,
    });
  }
  if (sale.length) await recordSale(ctx, { order_id: orderId, lines: sale }, { verified });
  return { unbooked };
}

// A product's categories decide its commission rate; they change rarely, and every paid line
// asks: a minute's memory per process (a category change reaches commission within that).
const PATHS_TTL_MS = 60_000;
const pathsCache = new Map<string, { paths: string[][]; at: number }>();

async function categoryPaths(ctx: Ctx, productIds: string[]): Promise<Map<string, string[][]>> {
  const now = Date.now();
  const out = new Map<string, string[][]>();
  const missing: string[] = [];
  for (const id of productIds) {
    const hit = pathsCache.get(id);
    if (hit && now - hit.at < PATHS_TTL_MS) out.set(id, hit.paths);
    else missing.push(id);
  }
  if (missing.length) {
    const read = await productCategoryPaths(ctx, missing);
    for (const id of missing) {
      const paths = read.get(id) ?? [];
      pathsCache.set(id, { paths, at: now });
      out.set(id, paths);
    }
  }
  return out;
}

/** A product's categories, nearest first: its own categories, then their parents, and so on. */
export function nearestFirst(paths: string[][]): string[] {
  const out: string[] = [];
  const depth = Math.max(0, ...paths.map((p) => p.length));
  for (let d = 0; d < depth; d++) for (const p of paths) if (p[d] && !out.includes(p[d]!)) out.push(p[d]!);
  return out;
}
