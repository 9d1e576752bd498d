import { availabilityOf, type Cart, type CartLine, catalog, consumerPrice, pickupStores, type Product, useLoad } from './lib';

export interface LineDetail {
  line: CartLine;
  product: Product;
  variant: Product['variants'][number];
  /** What can be had for this line's fulfilment (counting what the cart itself holds). */
  available: number;
  /** Stores where the variant can be picked up today, with their stock. */
  stores: ReturnType<typeof pickupStores>;
  deliveryAvailable: number;
}

export interface MerchantGroup {
  merchantId: string;
  lines: LineDetail[];
  subtotal: number;
  currency: string;
}

/**
 * The cart's lines with their products, prices and stock, grouped by merchant. Products and stock
 * are loaded per set of variants; the lines themselves always come from the current cart, so a
 * changed quantity shows at once.
 */
export function useCartDetails(cart: Cart | null) {
  const variantIds = [...new Set((cart?.lines ?? []).map((l) => l.variant_id))].sort();
  const holdsKey = (cart?.holds ?? []).map((h) => h.reservation_id).join(',');
  const loaded = useLoad(
    async () => {
      const [products, stock] = await Promise.all([Promise.all(variantIds.map((id) => catalog.productOfVariant(id))), availabilityOf(variantIds)]);
      return { productOf: new Map(variantIds.map((id, i) => [id, products[i]!])), stock };
    },
    `${variantIds.join(',')}|${holdsKey}`,
    { keepWhileLoading: true },
  );
  const data = loaded.data && cart ? compose(cart, loaded.data.productOf, loaded.data.stock) : undefined;
  return { data: cart && cart.lines.length === 0 ? { lines: [], groups: [] } : data, error: loaded.error, loading: loaded.loading, reload: loaded.reload };
}

function compose(
  cart: Cart,
  productOf: Map<string, Product>,
  stock: Awaited<ReturnType<typeof availabilityOf>>,
): { lines: LineDetail[]; groups: MerchantGroup[] } | undefined {
  // A line of a variant not loaded yet: wait for the load that is under way.
  if (cart.lines.some((l) => !productOf.has(l.variant_id))) return undefined;
  const held = (variantId: string, locationId?: string) =>
    cart.holds
      .filter(
        (h) => h.status === 'active' && cart.lines.find((l) => l.id === h.line_id)?.variant_id === variantId && (!locationId || h.location_id === locationId),
      )
      .reduce((n, h) => n + h.quantity, 0);
  const lines: LineDetail[] = [];
  for (const line of cart.lines) {
    const product = productOf.get(line.variant_id)!;
    const variant = product.variants.find((v) => v.id === line.variant_id);
    if (!variant) continue;
    const pickup = stock.pickup.get(line.variant_id);
    const stores = pickupStores(pickup);
    const deliveryAvailable = (stock.delivery.get(line.variant_id)?.available ?? 0) + held(line.variant_id);
    const available =
      line.fulfilment === 'pickup'
        ? (pickup?.locations.find((l) => l.location_id === line.pickup_location_id)?.available ?? 0) +
          held(line.variant_id, line.pickup_location_id ?? undefined)
        : deliveryAvailable;
    lines.push({ line, product, variant, available, stores, deliveryAvailable });
  }
  // A stable order (a changed line is a new line in the API, so ids would move it to the end).
  lines.sort((a, b) =>
    (a.variant.sku + a.line.fulfilment + (a.line.pickup_location_id ?? '')).localeCompare(
      b.variant.sku + b.line.fulfilment + (b.line.pickup_location_id ?? ''),
    ),
  );
  const groups = new Map<string, MerchantGroup>();
  for (const d of lines) {
    const price = consumerPrice(d.variant);
    const g = groups.get(d.variant.merchant_id) ?? { merchantId: d.variant.merchant_id, lines: [], subtotal: 0, currency: price.currency };
    g.lines.push(d);
    g.subtotal += price.amount * d.line.quantity;
    groups.set(d.variant.merchant_id, g);
  }
  return { lines, groups: [...groups.values()] };
}

/** Totals per currency (an order has one currency; a cart mixing them is refused at checkout). */
export function totals(lines: LineDetail[]): Array<{ currency: string; amount: number }> {
  const m = new Map<string, number>();
  for (const d of lines) {
    const price = consumerPrice(d.variant);
    m.set(price.currency, (m.get(price.currency) ?? 0) + price.amount * d.line.quantity);
  }
  return [...m.entries()].map(([currency, amount]) => ({ currency, amount }));
}
