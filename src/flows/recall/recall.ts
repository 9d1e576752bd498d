import { inTransaction } from '../../db/transaction.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { type LotTrace, type RecallRow, listRecallRows, lotView, recallById, recallLot, traceLot } from '../../modules/inventory/service.ts';
import { flagCountsOf, flagOrders, flagsRaisedBy, ordersForTrace } from '../../modules/orders/service.ts';

/**
 * Units of the lot each order still has, net of what came back (returns and cancellations), with
 * the locations they left from.
 */
export function netByOrder(trace: Pick<LotTrace, 'sales' | 'returns'>): Map<string, { net: number; locations: string[] }> {
  const out = new Map<string, { net: number; locations: string[] }>();
  for (const s of trace.sales) {
    if (!s.order_id) continue;
    const o = out.get(s.order_id) ?? { net: 0, locations: [] };
    o.net += s.quantity;
    if (!o.locations.includes(s.location_id)) o.locations.push(s.location_id);
    out.set(s.order_id, o);
  }
  for (const r of trace.returns) {
    const o = r.order_id ? out.get(r.order_id) : undefined;
    if (o) o.net -= r.quantity;
  }
  return out;
}

/**
 * Recalls a lot: blocks it everywhere for good (recallLot), then flags every open order that
 * holds units of it, all in one transaction. An order is open while the shipment that carries the
 * lot's units has not reached the customer (pending, picking, shipped or ready for pick-up) and
 * the order is neither cancelled nor refunded: those can still be stopped. Delivered and collected
 * orders (every till sale) are in the customers' hands; the recall's report lists them.
 */
export async function recall(ctx: Ctx, actor: Actor, lotId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const r = await recallLot(tx, actor, lotId, reason);
    // Read after recallLot locked the lot's levels: a sale that committed before is seen, a later one is refused.
    const held = [...netByOrder(await traceLot(tx, lotId)).entries()].filter(([, o]) => o.net > 0);
    const orders = await ordersForTrace(
      tx,
      held.map(([id]) => id),
    );
    const open = held.filter(([id, o]) => o.locations.some((loc) => orders.get(id)?.under_way_at.includes(loc)));
    const flagged = await flagOrders(
      tx,
      open.map(([id, o]) => ({
        order_id: id,
        kind: 'recall' as const,
        reference_id: r.recall_id,
        subject_id: lotId,
        quantity: o.net,
        note: `Lot ${r.lot.code} recalled: ${reason}`,
      })),
    );
    return { ...r, orders_flagged: flagged };
  });
}

/** A recall the actor may see: its merchant's staff or an operator; anyone else gets 404. */
export async function recallFor(ctx: Ctx, actor: Actor, id: string): Promise<RecallRow> {
  const mine = merchantOf(actor);
  if (!isOperator(actor) && mine === null) throw forbidden();
  const row = await recallById(ctx, id);
  if (!row || (!isOperator(actor) && row.merchant_id !== mine)) throw notFound('recall', id);
  return row;
}

/** One recall with its lot (stock per location now) and the orders it flagged. */
export async function getRecall(ctx: Ctx, actor: Actor, id: string) {
  const row = await recallFor(ctx, actor, id);
  const [lot, flags] = await Promise.all([lotView(ctx, row.lot_id), flagsRaisedBy(ctx, id)]);
  return {
    ...row,
    lot,
    orders_flagged: flags.length,
    flags: flags.map((f) => ({ id: f.id, order_id: f.order_id, quantity: f.quantity, created_at: f.created_at, cleared_at: f.cleared_at })),
  };
}

/** Recalls, newest first: a merchant its own, an operator all. */
export async function listRecalls(ctx: Ctx, actor: Actor, q: { lot_id?: string | undefined; limit?: number | undefined; cursor?: string | undefined }) {
  const mine = merchantOf(actor);
  if (!isOperator(actor) && mine === null) throw forbidden();
  const page = await listRecallRows(ctx, { merchant_id: isOperator(actor) ? undefined : mine!, lot_id: q.lot_id, limit: q.limit ?? 20, cursor: q.cursor });
  const counts = await flagCountsOf(
    ctx,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) => ({ ...r, orders_flagged: counts.get(r.id)?.flagged ?? 0, open_flags: counts.get(r.id)?.open ?? 0 })),
    next_cursor: page.next_cursor,
  };
}
