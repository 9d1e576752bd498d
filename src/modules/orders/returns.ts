import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../../http/types.ts';
import { moveOrder } from './repository.ts';
import { type ReturnMoney, returnedLineMoney } from './refund-money.ts';
import { type OrderStatus, canMove } from './states.ts';

// Returns and refunds of orders: what the returns flow and settlement read and write.

/** An order with its lines, without visibility rules: for flows that decide access themselves (returns anywhere). */
export async function orderForReturn(ctx: Ctx, orderId: string) {
  const order = await ctx.db
    .selectFrom('orders')
    .select(['id', 'number', 'status', 'customer_id', 'channel_kind', 'currency', 'total_amount', 'refunded_amount', 'limit_key', 'limit_year', 'created_at'])
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order) return null;
  const lines = await ctx.db.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).execute();
  return { ...order, lines };
}

/**
 * Writes a return inside the caller's transaction: raises each line's returned quantity (never past
 * what was sold, checked in the UPDATE itself so concurrent returns cannot both pass) and records
 * the return. Returns the refund amount, or null when a line would exceed what was sold.
 */
export async function recordReturn(
  ctx: Ctx,
  r: {
    id: string;
    order_id: string;
    location_id: string;
    reason: string;
    currency: string;
    client_return_id: string | null;
    actor_id: string | null;
    lines: Array<{ order_line_id: string; quantity: number }>;
  },
): Promise<ReturnMoney | null> {
  const out: ReturnMoney = { amount: 0, lines: [] };
  for (const l of r.lines) {
    const row = await ctx.db
      .updateTable('order_lines')
      .set((eb) => ({ returned_quantity: eb('returned_quantity', '+', l.quantity) }))
      .where('id', '=', l.order_line_id)
      .where('order_id', '=', r.order_id)
      .where((eb) => eb(eb('returned_quantity', '+', l.quantity), '<=', eb.ref('quantity')))
      .returning(['unit_price_amount', 'quantity', 'returned_quantity', 'tax_amount', 'freight_amount', 'customs_regime'])
      .executeTakeFirst();
    if (!row) return null;
    const m = returnedLineMoney(row, l.quantity);
    out.amount += m.goods + m.tax;
    out.lines.push({ order_line_id: l.order_line_id, quantity: l.quantity, ...m });
  }
  await ctx.db
    .insertInto('returns')
    .values({
      id: r.id,
      order_id: r.order_id,
      location_id: r.location_id,
      reason: r.reason,
      refund_amount: out.amount,
      currency: r.currency,
      client_return_id: r.client_return_id,
      actor_id: r.actor_id,
    })
    .execute();
  await ctx.db
    .insertInto('return_lines')
    .values(r.lines.map((l) => ({ return_id: r.id, order_line_id: l.order_line_id, quantity: l.quantity })))
    .execute();
  return out;
}

/** Adds a refund to the order's total refunded and moves it to partly_refunded or refunded. */
export async function recordOrderRefund(ctx: Ctx, orderId: string, amount: number, actor: string | null, note: string): Promise<void> {
  await inTransaction(ctx, async ({ db: trx }) => {
    const o = await trx
      .updateTable('orders')
      .set((eb) => ({ refunded_amount: eb('refunded_amount', '+', amount), updated_at: new Date() }))
      .where('id', '=', orderId)
      .returning(['status', 'refunded_amount', 'total_amount'])
      .executeTakeFirstOrThrow();
    const to: OrderStatus = o.refunded_amount >= o.total_amount ? 'refunded' : 'partly_refunded';
    if (canMove(o.status, to)) await moveOrder(trx, orderId, [o.status], to, actor, note);
  });
}
