import { badRequest, conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, SYSTEM } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { putStock } from '../../modules/inventory/service.ts';
import { getLocation } from '../../modules/locations/service.ts';
import { getOrder, orderForReturn, recordOrderRefund, recordReturn } from '../../modules/orders/service.ts';
import { refund } from '../../modules/payments/service.ts';
import { giveBackLimit } from '../../modules/crossborder/service.ts';
import { recordRefund } from '../../modules/settlement/service.ts';

export interface ReturnInput {
  order_id: string;
  /** Where the goods are handed in; store staff: their store (the default). */
  location_id?: string;
  /** lot_code: for a lot-tracked item, the lot on the pack handed in (else the lots the order took, oldest first). */
  lines: Array<{ order_line_id: string; quantity: number; lot_code?: string | undefined }>;
  reason: string;
  /** For a till sale returned online: the receipt number printed on it. */
  receipt_number?: number;
  client_return_id?: string;
}

const RETURNABLE = new Set(['delivered', 'collected', 'partly_refunded']);

/**
 * Returns anywhere: an online order handed in at any store, or a till sale returned online. The
 * units go into the stock of the location where they are handed in (a 'return' movement for the
 * line's merchant), and the customer is refunded what they paid for them.
 */
export async function returnItems(ctx: Ctx, actor: Actor, input: ReturnInput) {
  const order = await orderForReturn(ctx, input.order_id);
  if (!order) throw notFound('order', input.order_id);
  let locationId = input.location_id;
  if (actor.kind === 'user' && actor.role === 'store_staff') {
    if (locationId && locationId !== actor.locationId) throw notFound('location', locationId);
    locationId = actor.locationId!;
  } else if (actor.kind === 'user' && actor.role === 'consumer') {
    const own = order.customer_id === actor.userId;
    const tillWithReceipt = order.channel_kind === 'till' && order.customer_id === null && input.receipt_number === order.number;
    if (!own && !tillWithReceipt) throw notFound('order', input.order_id);
  } else if (!isOperator(actor)) throw forbidden();
  if (!locationId) throw badRequest('location_required', 'Say where the goods are handed in');
  const location = await getLocation(ctx, locationId);
  if (location.kind === 'mall') throw invalidState('invalid_return_location', 'Return goods to a store, counter or warehouse, not a whole mall');
  if (!RETURNABLE.has(order.status)) throw invalidState('order_not_returnable', `An order that is ${order.status} cannot be returned`);
  if (input.client_return_id) {
    const prior = await ctx.db.selectFrom('returns').select('id').where('client_return_id', '=', input.client_return_id).executeTakeFirst();
    if (prior) return { return_id: prior.id, replayed: true, order: await getOrder(ctx, isOperator(actor) ? actor : SYSTEM, order.id) };
  }
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  for (const l of input.lines) {
    if (!byId.has(l.order_line_id)) throw notFound('order_line', l.order_line_id);
    if (seen.has(l.order_line_id)) throw badRequest('duplicate_line', 'Each order line may appear once');
    seen.add(l.order_line_id);
  }

  const returnId = newId('return');
  const money = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const a = await recordReturn(tctx, {
      id: returnId,
      order_id: order.id,
      location_id: locationId,
      reason: input.reason,
      currency: order.currency,
      client_return_id: input.client_return_id ?? null,
      actor_id: actorId(actor),
      lines: input.lines,
    });
    if (a === null) throw conflict('return_exceeds_sold', 'More units would come back than were sold on a line');
    // Cross-border goods handed back give their value back to the buyer's annual limit.
    const limitBack = a.lines.reduce((n, l) => n + l.limit_back, 0);
    if (order.limit_key && order.limit_year !== null && limitBack > 0)
      await giveBackLimit(tctx, { id_number_hash: order.limit_key, year: order.limit_year, order_id: order.id, refund_id: returnId, amount: limitBack });
    // The merchants give back the sale and the platform its commission, at the order's rate.
    await recordRefund(tctx, {
      order_id: order.id,
      refund_id: returnId,
      lines: a.lines.map((l) => ({ order_line_id: l.order_line_id, quantity: l.quantity, amount: l.goods })),
    });
    for (const l of input.lines) {
      const line = byId.get(l.order_line_id)!;
      await putStock(tctx, actor, {
        variant_id: line.variant_id,
        location_id: locationId,
        merchant_id: line.merchant_id,
        quantity: l.quantity,
        reason: 'return',
        reference_type: 'return',
        reference_id: returnId,
        origin_id: order.id,
        lot_code: l.lot_code,
      });
    }
    return a;
  });
  const amount = money.amount;
  if (amount > 0) {
    await refund(ctx, { order_id: order.id, amount, reason: input.reason, return_id: returnId, actor_id: actorId(actor) });
    await recordOrderRefund(ctx, order.id, amount, actorId(actor), `return ${returnId}`);
  }
  return { return_id: returnId, refund_amount: amount, currency: order.currency, replayed: false, order: await getOrder(ctx, SYSTEM, order.id) };
}

// Returns anywhere means the receiving clerk may not otherwise see the order; the answer shows it.
