// What the jobs ledger (issue 9) needs of the merchant ledger: per merchant, its paid orders and
// its platform revenue between two instants, in the merchant's own currency, as settlement booked
// them. A sale entry is booked when an order is paid (captured), so an order with a sale entry is a
// paid order whatever happened to it later; its occurred_at is when it was paid.
import { sql } from 'kysely';
import type { Ctx } from '../../http/types.ts';

export interface MerchantSales {
  merchant_id: string;
  /** The merchant's currency (what its ledger is kept in). */
  currency: string;
  /** Distinct orders with a sale booked to the merchant in the window (paid orders). */
  paid_orders: number;
  /** Goods sold (sale entries, before commission) less refunds booked in the window, minor units; may be negative. */
  net_sales: number;
}

/**
 * Paid orders and net goods sales of each of `merchantIds` with `from <= occurred_at < to`.
 * Merchants with nothing booked in the window are absent from the result.
 */
export async function salesBetween(ctx: Ctx, merchantIds: readonly string[], from: Date, to: Date): Promise<Map<string, MerchantSales>> {
  const out = new Map<string, MerchantSales>();
  if (merchantIds.length === 0) return out;
  const rows = await ctx.db
    .selectFrom('merchant_ledger')
    .select([
      'merchant_id',
      'currency',
      sql<string>`count(distinct order_id) filter (where kind = 'sale')`.as('paid_orders'),
      sql<string>`coalesce(sum(amount), 0)`.as('net_sales'),
    ])
    .where('merchant_id', 'in', [...merchantIds])
    .where('kind', 'in', ['sale', 'refund'])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .groupBy(['merchant_id', 'currency'])
    .execute();
  for (const r of rows) {
    const prev = out.get(r.merchant_id);
    // A merchant's ledger is in one currency (merchants.default_currency); keep the larger if not.
    const row = { merchant_id: r.merchant_id, currency: r.currency, paid_orders: Number(r.paid_orders), net_sales: Number(r.net_sales) };
    if (!prev || row.paid_orders > prev.paid_orders) out.set(r.merchant_id, row);
  }
  return out;
}
