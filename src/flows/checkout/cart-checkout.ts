import { AppError, badRequest, conflict, invalidState } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { type CartAccess, getCart, holdStock, markCheckedOut } from '../../modules/carts/service.ts';
import { consumeReservation } from '../../modules/inventory/service.ts';
import { ensureOnlineChannel } from '../../modules/locations/service.ts';
import type { DeliveryAddress } from '../../modules/orders/schema.ts';
import { type BuyerInput, type OrderMoney, priceOrder } from './money.ts';
import {
  LimitRace,
  type Prepared,
  StockRace,
  authoriseOrRefuse,
  commitOrder,
  findReplay,
  idempotencyScope,
  orderRecord,
  outOfStock,
  prepare,
  requestHash,
  saleFromStock,
  sourcingStock,
  voidAuthorisation,
} from './prepare.ts';
import { source } from './sourcing.ts';

/**
 * Chooses fulfilment for a cart: sources its lines (delivery address for delivery lines, the
 * chosen store for pick-up lines) and holds the stock with reservations that expire (default
 * 15 minutes) unless the cart is checked out first.
 */
export async function chooseFulfilment(ctx: Ctx, access: CartAccess, cartId: string, input: { delivery?: DeliveryAddress }) {
  const cart = await getCart(ctx, access, cartId);
  if (cart.status !== 'open') throw conflict('cart_checked_out', 'This cart became an order');
  if (cart.lines.length === 0) throw badRequest('cart_empty', 'Add something to the cart first');
  const lines = cart.lines.map((l) => ({
    variant_id: l.variant_id,
    quantity: l.quantity,
    fulfilment: l.fulfilment,
    pickup_location_id: l.pickup_location_id ?? undefined,
  }));
  const delivery = input.delivery ?? cart.delivery_address ?? null;
  const channel = await ensureOnlineChannel(ctx);
  const prepared = await prepare(ctx, access.actor, lines, delivery, channel.sale_currency);
  const stock = await sourcingStock(ctx, prepared);
  const plan = source(
    lines,
    prepared.locations,
    stock.delivery,
    { city: delivery?.city, latitude: delivery?.latitude, longitude: delivery?.longitude },
    stock.pickup,
  );
  if (!plan.ok) throw outOfStock(plan.shortfalls);
  const short = await holdStock(
    ctx,
    access,
    cartId,
    delivery,
    plan.shipments.map((s) => ({
      location_id: s.location_id,
      kind: s.kind,
      lines: s.lines.map((l) => ({ line_id: cart.lines[l.line]!.id, variant_id: l.variant_id, quantity: l.quantity })),
    })),
    cart,
  );
  if (short) throw outOfStock([{ variant_id: short.variant_id, missing: 1 }]);
  return getCart(ctx, access, cartId);
}

/**
 * Turns a cart into a paid order. The held reservations become the sale in the order's
 * transaction; a hold that expired meanwhile is taken again from stock if it is still there,
 * otherwise the order does not happen (409 out_of_stock) and nothing is charged.
 */
export async function checkoutCart(
  ctx: Ctx,
  access: CartAccess,
  cartId: string,
  input: BuyerInput & { payment: { provider?: string; token: string }; guest_email?: string },
  idempotencyKey: string,
) {
  const actor: Actor = access.actor;
  const view = await getCart(ctx, access, cartId);
  const cart = view;
  const scope = idempotencyScope(actor, input.guest_email ?? cart.guest_email);
  const hash = requestHash({ cart: cartId, payment: input.payment, buyer: input.buyer ?? null, payer: input.payer ?? null });
  const replay = await findReplay(ctx, actor, scope, idempotencyKey, hash);
  if (replay) return { order: replay, replayed: true };
  if (cart.status !== 'open') throw conflict('cart_checked_out', 'This cart became an order');
  if (view.holds.length === 0) throw conflict('fulfilment_not_chosen', 'Choose delivery or pick-up first (PUT /carts/{id}/fulfilment)');
  const lines = view.lines.map((l) => ({
    variant_id: l.variant_id,
    quantity: l.quantity,
    fulfilment: l.fulfilment,
    pickup_location_id: l.pickup_location_id ?? undefined,
  }));
  const channel = await ensureOnlineChannel(ctx);
  const prepared = await prepare(ctx, actor, lines, view.delivery_address, channel.sale_currency);
  const plan = planFromHolds(view);
  const money = await priceOrder(ctx, actor, prepared, plan, { buyer: input.buyer, payer: input.payer });
  const auth = await authoriseOrRefuse(input.payment.provider, input.payment.token, money.total, prepared.currency, `${scope}:${idempotencyKey}`);
  const record = orderRecord(prepared, plan, lines, money, {
    actor,
    channelId: channel.id,
    scope,
    key: idempotencyKey,
    hash,
    delivery: view.delivery_address,
    guestEmail: input.guest_email ?? cart.guest_email,
    customerId: cart.customer_id,
  });
  // Match each order line back to its hold so the reservation can be consumed.
  const holdFor = new Map<string, string[]>();
  for (const g of plan)
    for (const l of g.lines) holdFor.set(`${g.location_id}:${l.variant_id}`, [...(holdFor.get(`${g.location_id}:${l.variant_id}`) ?? []), l.reservation_id]);
  try {
    const order = await commitOrder(
      ctx,
      actor,
      record,
      auth,
      async (tctx, s, l) => {
        const rid = holdFor.get(`${s.location_id}:${l.variant_id}`)?.shift();
        if (rid && (await consumeReservation(tctx, actor, rid, { reference_type: 'order', reference_id: record.id }))) return true;
        return saleFromStock(actor, record.id)(tctx, s, l);
      },
      prepared,
      async (tctx) => {
        if (!(await markCheckedOut(tctx, cartId, record.id))) throw conflict('cart_checked_out', 'This cart became an order');
        await tctx.db.deleteFrom('cart_holds').where('cart_id', '=', cartId).execute();
      },
    );
    return { order, replayed: false };
  } catch (e) {
    if (e instanceof AppError && e.code === 'payment_capture_failed') throw e;
    await voidAuthorisation(auth.provider, auth.ref);
    if (e instanceof StockRace) throw outOfStock([{ variant_id: e.variantId, missing: 1 }]);
    if (e instanceof LimitRace) throw invalidState('cbec_annual_limit', 'The buyer’s annual cross-border limit was used by another order meanwhile');
    const err = e as { code?: string; constraint?: string };
    if (err.code === '23505' && err.constraint?.includes('idempotency')) {
      const won = await findReplay(ctx, actor, scope, idempotencyKey, hash);
      if (won) return { order: won, replayed: true };
    }
    throw e;
  }
}

type CartView = Awaited<ReturnType<typeof getCart>>;

/** The plan a cart's holds make: one shipment per location and kind, each line with its hold. */
function planFromHolds(view: CartView) {
  const lineIndex = new Map(view.lines.map((l, i) => [l.id, i]));
  const groups = new Map<
    string,
    {
      location_id: string;
      kind: CartView['holds'][number]['kind'];
      lines: Array<{ line: number; variant_id: string; quantity: number; reservation_id: string }>;
    }
  >();
  for (const h of view.holds) {
    const key = `${h.kind}:${h.location_id}`;
    const g = groups.get(key) ?? { location_id: h.location_id, kind: h.kind, lines: [] };
    const line = lineIndex.get(h.line_id)!;
    g.lines.push({ line, variant_id: view.lines[line]!.variant_id, quantity: h.quantity, reservation_id: h.reservation_id });
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * What the cart will cost, before payment: sale prices, freight per shipment by its fulfilment
 * mode, import tax on cross-border lines with the rule behind each tax line, and the total. Needs
 * the fulfilment chosen (the holds say where goods come from). Without `buyer` the annual limit is
 * not checked yet and `identity_required` says whether checkout will ask for the buyer's identity.
 */
export async function quoteCart(ctx: Ctx, access: CartAccess, cartId: string, buyer?: BuyerInput['buyer']) {
  const view = await getCart(ctx, access, cartId);
  if (view.holds.length === 0) throw conflict('fulfilment_not_chosen', 'Choose delivery or pick-up first (PUT /carts/{id}/fulfilment)');
  const channel = await ensureOnlineChannel(ctx);
  const lines = view.lines.map((l) => ({
    variant_id: l.variant_id,
    quantity: l.quantity,
    fulfilment: l.fulfilment,
    pickup_location_id: l.pickup_location_id ?? undefined,
  }));
  const prepared = await prepare(ctx, access.actor, lines, view.delivery_address, channel.sale_currency);
  const plan = planFromHolds(view);
  // A quote with a saved identity checks the annual limit too; the payer is taken to be the buyer.
  const money =
    buyer && 'identity_id' in buyer ? await quoteWithIdentity(ctx, access, prepared, plan, buyer) : await priceOrder(ctx, access.actor, prepared, plan, null);
  return quoteView(prepared, plan, money);
}

async function quoteWithIdentity(ctx: Ctx, access: CartAccess, prepared: Prepared, plan: ReturnType<typeof planFromHolds>, buyer: { identity_id: string }) {
  const m = await priceOrder(ctx, access.actor, prepared, plan, null);
  if (!m.identity_required) return m;
  return priceOrder(ctx, access.actor, prepared, plan, { buyer, payer: undefined }, new Date(), { payerIsBuyer: true });
}

function quoteView(p: Prepared, plan: ReturnType<typeof planFromHolds>, m: OrderMoney) {
  return {
    currency: p.currency,
    shipments: plan.map((s, si) => ({
      location_id: s.location_id,
      kind: s.kind,
      fulfilment_mode: m.shipments[si]!.mode,
      freight_amount: m.shipments[si]!.freight,
      lines: s.lines.map((l, li) => {
        const price = p.prices.get(l.variant_id)!;
        const ml = m.shipments[si]!.lines[li]!;
        return {
          ref: ml.id,
          variant_id: l.variant_id,
          quantity: l.quantity,
          unit_price_amount: price.unit,
          amount: ml.amount,
          list_unit_price_amount: price.list_amount,
          list_currency: price.list_currency,
          fx_rate: price.fx_rate,
          price_source: price.source,
          customs_regime: ml.regime,
          freight_amount: ml.freight,
          tax_amount: ml.tax,
        };
      }),
    })),
    tax_lines: m.tax_lines.map((t) => ({ ...t, ref: t.order_line_id })),
    subtotal_amount: m.subtotal,
    shipping_amount: m.shipping,
    tax_amount: m.tax,
    total_amount: m.total,
    identity_required: m.identity_required,
    annual_left: m.annual_left,
  };
}
