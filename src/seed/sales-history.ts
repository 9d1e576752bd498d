import { sql } from 'kysely';
import type { Ctx } from '../http/types.ts';
import { receiveStock, takeStock } from '../modules/inventory/service.ts';
import { type Actor, merchantOf } from '../shared/actor.ts';
import { HISTORY_DAYS, SALES_HISTORY, historyUnits } from './data/sales-history.ts';

/** Reference of the history's ledger rows: this prefix and the day they belong to (YYYY-MM-DD). */
export const HISTORY_REFERENCE = 'demo-history-';

/** Hour (UTC) the history's rows are dated at: 15:00 in China, mid-afternoon on the same local day. */
const HOUR_UTC = 7;

const dayFrom = (today: Date, days: number) =>
  new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);

/**
 * Records the demo sales history (data/sales-history.ts) in the ledger: each store's opening stock
 * the day before the history starts, then each day's units as one `sale` movement, through the
 * inventory service like any sale, so that the stock.moved events feed the daily sell-through
 * rollup (a durable consumer that starts once the server does) and the forecasts and proposals
 * read from it.
 *
 * The platform records every movement at the time it is made, and a sale of the past cannot be
 * made; so, still inside the seed's transaction (before any reader can see them), the history's
 * rows and their outbox events are dated on the day they stand for. Nothing else is touched, and
 * no committed row ever changes. No order backs these sales: they are the stores' trade before
 * the merchant sold through Meridian, so the rollup counts them under the channel `other`, and
 * the sales reports and settlement (which come from orders) do not show them.
 */
export async function seedSalesHistory(
  ctx: Ctx,
  listed: Map<string, { actor: Actor; variantIds: string[] }>,
  locationIds: Map<string, string>,
  today = new Date(),
): Promise<{ series: number; units: number }> {
  const days = Array.from({ length: HISTORY_DAYS }, (_, i) => dayFrom(today, i - HISTORY_DAYS));
  const opening = dayFrom(today, -HISTORY_DAYS - 1);
  const series = SALES_HISTORY.map((s, i) => {
    const product = listed.get(`${s.merchant}/${s.product}`);
    const variant_id = product?.variantIds[s.variant];
    const location_id = locationIds.get(s.location);
    if (!product || !variant_id || !location_id) throw new Error(`seed: sales history names unknown ${s.merchant}/${s.product}#${s.variant} or ${s.location}`);
    const merchant_id = merchantOf(product.actor);
    if (!merchant_id) throw new Error(`seed: sales history of ${s.product} has no merchant`);
    return { actor: product.actor, merchant_id, variant_id, location_id, units: historyUnits(s, i, days), on_hand: s.on_hand };
  });

  // Opening stock: what the history sells plus what is left today, one receipt per store.
  for (const location_id of new Set(series.map((s) => s.location_id))) {
    const here = series.filter((s) => s.location_id === location_id);
    await receiveStock(ctx, here[0]!.actor, {
      location_id,
      lines: here.map((s) => ({ variant_id: s.variant_id, quantity: s.on_hand + s.units.reduce((n, u) => n + u, 0) })),
      reference: `${HISTORY_REFERENCE}${opening}`,
      note: 'Demo opening stock',
    });
  }
  let units = 0;
  for (const [d, day] of days.entries()) {
    for (const s of series) {
      const quantity = s.units[d]!;
      if (quantity === 0) continue;
      const taken = await takeStock(ctx, s.actor, {
        variant_id: s.variant_id,
        location_id: s.location_id,
        merchant_id: s.merchant_id,
        quantity,
        reason: 'sale',
        reference_type: 'external',
        reference_id: `${HISTORY_REFERENCE}${day}`,
      });
      if (!taken.ok) throw new Error(`seed: sales history of ${s.variant_id} at ${s.location_id} ran out on ${day}`);
      units += quantity;
    }
  }

  // Dated on their day. The outbox rows are not sequenced yet: their writing transaction is this one.
  const like = `${HISTORY_REFERENCE}%`;
  const at = sql`(substr(reference_id, ${HISTORY_REFERENCE.length + 1})::date + make_time(${HOUR_UTC}, 0, 0)) at time zone 'UTC'`;
  await sql`update stock_movements set created_at = ${at} where reference_type = 'external' and reference_id like ${like}`.execute(ctx.db);
  await sql`
    update outbox_events o set occurred_at = m.created_at
      from stock_movements m
     where m.reference_type = 'external' and m.reference_id like ${like}
       and o.type = 'stock.moved' and o.position is null and o.payload->>'movement_id' = m.id`.execute(ctx.db);
  return { series: series.length, units };
}
