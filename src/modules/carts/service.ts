import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { digestSecret, newSecret } from '../../shared/tokens.ts';
import { releaseReservation, reserveStock } from '../inventory/service.ts';
import type { DeliveryAddress, ShipmentKind } from '../orders/schema.ts';

/** Who may use a cart: its consumer, or a guest holding its cart token. */
export interface CartAccess {
  actor: Actor;
  cartToken?: string | undefined;
}

/** Opens a cart for the signed-in consumer, or for a guest (who gets a secret cart token). */
export async function createCart(ctx: Ctx, actor: Actor, input: { guest_email?: string }) {
  if (actor.kind !== 'anonymous' && !(actor.kind === 'user' && actor.role === 'consumer')) throw forbidden('Carts are for consumers and guests');
  const id = newId('cart');
  const token = actor.kind === 'anonymous' ? newSecret('cct') : null;
  const at = new Date();
  const row = {
    id,
    customer_id: actor.kind === 'user' ? actor.userId : null,
    token_hash: token ? digestSecret(token) : null,
    guest_email: input.guest_email ?? null,
    delivery_address: null,
    order_id: null,
    created_at: at,
    updated_at: at,
  };
  await ctx.db.insertInto('carts').values(row).execute();
  // A new cart is empty: answer from what was written.
  return {
    id,
    status: 'open' as const,
    customer_id: row.customer_id,
    guest_email: row.guest_email,
    delivery_address: null,
    order_id: null,
    lines: [],
    holds: [],
    created_at: at,
    updated_at: at,
    cart_token: token,
  };
}

export type CartRow = Awaited<ReturnType<typeof ownCart>>;

/** Loads a cart the caller may use; anyone else's cart is not found. */
export async function ownCart(ctx: Ctx, access: CartAccess, id: string) {
  const cart = await ctx.db.selectFrom('carts').selectAll().where('id', '=', id).executeTakeFirst();
  const a = access.actor;
  const mine =
    cart && (cart.customer_id ? a.kind === 'user' && a.userId === cart.customer_id : !!access.cartToken && digestSecret(access.cartToken) === cart.token_hash);
  if (!cart || !mine) throw notFound('cart', id);
  return cart;
}

function openCart<T extends { status: string }>(cart: T): T {
  if (cart.status !== 'open') throw conflict('cart_checked_out', 'This cart became an order');
  return cart;
}

/** The cart with its lines and the stock it holds. */
export async function getCart(ctx: Ctx, access: CartAccess, id: string, known?: CartRow) {
  // A caller that has just loaded (and checked) the cart passes it in, saving the read.
  const cart = known ?? (await ownCart(ctx, access, id));
  const [lines, holds] = await Promise.all([
    ctx.db
      .selectFrom('cart_lines')
      .select(['id', 'variant_id', 'quantity', 'fulfilment', 'pickup_location_id'])
      .where('cart_id', '=', id)
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('cart_holds as h')
      .innerJoin('reservations as r', 'r.id', 'h.reservation_id')
      .select(['h.line_id', 'h.reservation_id', 'h.location_id', 'h.kind', 'h.quantity', 'r.expires_at', 'r.status'])
      .where('h.cart_id', '=', id)
      .orderBy('h.reservation_id')
      .execute(),
  ]);
  return {
    id: cart.id,
    status: cart.status,
    customer_id: cart.customer_id,
    guest_email: cart.guest_email,
    delivery_address: cart.delivery_address,
    order_id: cart.order_id,
    lines,
    holds,
    created_at: cart.created_at,
    updated_at: cart.updated_at,
  };
}

/** Adds a line (or raises the quantity of the same variant and fulfilment); held stock is released. */
export async function addLine(
  ctx: Ctx,
  access: CartAccess,
  id: string,
  line: { variant_id: string; quantity: number; fulfilment?: 'delivery' | 'pickup'; pickup_location_id?: string },
) {
  const cart = openCart(await ownCart(ctx, access, id));
  const fulfilment = line.fulfilment ?? 'delivery';
  if ((fulfilment === 'pickup') !== !!line.pickup_location_id)
    throw badRequest('pickup_location_required', 'A pick-up line names the store, a delivery line does not');
  await releaseHolds(ctx, access.actor, id);
  const same = await ctx.db
    .selectFrom('cart_lines')
    .select(['id', 'quantity'])
    .where('cart_id', '=', id)
    .where('variant_id', '=', line.variant_id)
    .where('fulfilment', '=', fulfilment)
    .where('pickup_location_id', line.pickup_location_id ? '=' : 'is', line.pickup_location_id ?? null)
    .executeTakeFirst();
  if (same) {
    if (same.quantity + line.quantity > 999) throw badRequest('quantity_too_large', 'At most 999 of one item');
    await ctx.db
      .updateTable('cart_lines')
      .set({ quantity: same.quantity + line.quantity })
      .where('id', '=', same.id)
      .execute();
  } else {
    await ctx.db
      .insertInto('cart_lines')
      .values({
        id: newId('cartLine'),
        cart_id: id,
        variant_id: line.variant_id,
        quantity: line.quantity,
        fulfilment,
        pickup_location_id: line.pickup_location_id ?? null,
      })
      .execute();
  }
  const updatedAt = new Date();
  await ctx.db.updateTable('carts').set({ updated_at: updatedAt }).where('id', '=', id).execute();
  return getCart(ctx, access, id, { ...cart, updated_at: updatedAt });
}

/** Removes a line; held stock is released. */
export async function removeLine(ctx: Ctx, access: CartAccess, id: string, lineId: string) {
  const cart = openCart(await ownCart(ctx, access, id));
  await releaseHolds(ctx, access.actor, id);
  const res = await ctx.db.deleteFrom('cart_lines').where('id', '=', lineId).where('cart_id', '=', id).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw notFound('cart_line', lineId);
  return getCart(ctx, access, id, cart);
}

/** Gives back whatever stock the cart holds (before it changes, or when it is abandoned). */
export async function releaseHolds(ctx: Ctx, actor: Actor, cartId: string): Promise<void> {
  const holds = await ctx.db.deleteFrom('cart_holds').where('cart_id', '=', cartId).returning('reservation_id').execute();
  for (const h of holds) await releaseReservation(ctx, actor, h.reservation_id);
}

/**
 * Holds stock for the cart as sourced (`plan`), replacing earlier holds. Returns the first line
 * that could not be held, or null when everything is held (until the reservations expire).
 */
export async function holdStock(
  ctx: Ctx,
  access: CartAccess,
  cartId: string,
  delivery: DeliveryAddress | null,
  plan: Array<{ location_id: string; kind: ShipmentKind; lines: Array<{ line_id: string; variant_id: string; quantity: number }> }>,
  known?: { status: string },
): Promise<{ variant_id: string; location_id: string; available: number } | null> {
  openCart(known ?? (await ownCart(ctx, access, cartId)));
  await releaseHolds(ctx, access.actor, cartId);
  await ctx.db
    .updateTable('carts')
    .set({ delivery_address: delivery ? JSON.stringify(delivery) : null, updated_at: new Date() })
    .where('id', '=', cartId)
    .execute();
  for (const s of plan) {
    for (const l of s.lines) {
      const r = await reserveStock(ctx, access.actor, {
        variant_id: l.variant_id,
        location_id: s.location_id,
        quantity: l.quantity,
        reference_type: 'cart',
        reference_id: cartId,
        // Lot-tracked food is held from lots still good on the pick-up or delivery day.
        promise: s.kind === 'pickup' ? 'pickup' : 'delivery',
      });
      if (!r.ok) {
        await releaseHolds(ctx, access.actor, cartId);
        return { variant_id: l.variant_id, location_id: s.location_id, available: r.available };
      }
      await ctx.db
        .insertInto('cart_holds')
        .values({ cart_id: cartId, line_id: l.line_id, reservation_id: r.value.reservation_id, location_id: s.location_id, kind: s.kind, quantity: l.quantity })
        .execute();
    }
  }
  return null;
}

/** Marks a cart as turned into an order (inside the order's transaction); false if it already was. */
export async function markCheckedOut(ctx: Ctx, cartId: string, orderId: string): Promise<boolean> {
  const res = await ctx.db
    .updateTable('carts')
    .set({ status: 'checked_out', order_id: orderId, updated_at: new Date() })
    .where('id', '=', cartId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
