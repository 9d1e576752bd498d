import type { Ctx } from '../../http/types.ts';
import { type Actor, SYSTEM } from '../../shared/actor.ts';
import { variantsByIds } from '../../modules/catalog/service.ts';
import { lotView, traceLot } from '../../modules/inventory/service.ts';
import { locationLabels } from '../../modules/locations/service.ts';
import { ordersForTrace } from '../../modules/orders/service.ts';
import { getTransfer } from '../../modules/transfers/service.ts';
import { type Cell, toCsv } from './csv.ts';
import { recallFor } from './recall.ts';

// The report covers every transfer that carried the lot, whoever may see the transfer itself:
// access was decided on the recall (its merchant or an operator).

// A transfer in these statuses still has units on the road; once received (complete or closed)
// whatever was sent and never arrived is a loss, counted with the adjustments.
const OPEN_TRANSFER = new Set(['in_transit', 'partially_received']);

/**
 * The trace report of a recall: every unit of the lot sold (per order and location, with what
 * came back against it), every return, the stock at each location now and the units still in
 * transit, with totals that reconcile with the ledger:
 *
 *   received = sold - returned + in_stock + in_transit + adjusted
 *
 * where `adjusted` is what left the ledger otherwise: units written off or corrected by counts
 * (net) and units sent on transfers that were closed without them arriving (net of any over-receipt).
 */
export async function recallReport(ctx: Ctx, actor: Actor, recallId: string) {
  const recall = await recallFor(ctx, actor, recallId);
  const trace = await traceLot(ctx, recall.lot_id);
  const lot = await lotView(ctx, recall.lot_id);
  const [variant] = await variantsByIds(ctx, [lot.variant_id]);
  const orders = await ordersForTrace(
    ctx,
    trace.sales.flatMap((s) => (s.order_id ? [s.order_id] : [])),
  );
  const transfers = new Map(await Promise.all(trace.transfers.map(async (t) => [t.transfer_id, await getTransfer(ctx, SYSTEM, t.transfer_id)] as const)));
  const labels = await locationLabels(ctx, [
    ...trace.sales.map((s) => s.location_id),
    ...trace.returns.map((r) => r.location_id),
    ...trace.stock.map((s) => s.location_id),
    ...[...transfers.values()].flatMap((t) => [t.from_location_id, t.to_location_id]),
  ]);
  const name = (id: string | null) => (id ? (labels.get(id)?.name_en ?? null) : null);

  // What came back against each order, handed to its sale rows in turn (an order sells a lot from one place, almost always).
  const back = new Map<string, number>();
  for (const r of trace.returns) if (r.order_id) back.set(r.order_id, (back.get(r.order_id) ?? 0) + r.quantity);
  const sold = trace.sales.map((s) => {
    const o = s.order_id ? orders.get(s.order_id) : undefined;
    const left = s.order_id ? (back.get(s.order_id) ?? 0) : 0;
    const returned = Math.min(left, s.quantity);
    if (s.order_id) back.set(s.order_id, left - returned);
    return {
      order_id: s.order_id,
      order_number: o?.number ?? null,
      channel: o?.channel_kind ?? null,
      order_status: o?.status ?? null,
      location_id: s.location_id,
      location_name: name(s.location_id),
      sold_at: s.sold_at,
      quantity: s.quantity,
      returned,
    };
  });
  const returned = trace.returns.map((r) => ({
    reference_id: r.reference_id,
    kind: r.reference_type === 'order_cancelled' ? ('cancellation' as const) : ('return' as const),
    order_id: r.order_id,
    location_id: r.location_id,
    location_name: name(r.location_id),
    returned_at: r.returned_at,
    quantity: r.quantity,
  }));
  const inStock = trace.stock.map((s) => ({
    location_id: s.location_id,
    location_name: name(s.location_id),
    on_hand: s.on_hand,
    reserved: s.reserved,
    blocked: s.blocked,
  }));
  const inTransit = [];
  let lostInTransfers = 0;
  for (const t of trace.transfers) {
    const tr = transfers.get(t.transfer_id)!;
    if (!OPEN_TRANSFER.has(tr.status)) {
      lostInTransfers += t.sent - t.received;
      continue;
    }
    inTransit.push({
      transfer_id: t.transfer_id,
      status: tr.status,
      from_location_id: tr.from_location_id,
      from_location_name: name(tr.from_location_id),
      to_location_id: tr.to_location_id,
      to_location_name: name(tr.to_location_id),
      dispatched_at: t.dispatched_at,
      sent: t.sent,
      received: t.received,
      in_transit: t.sent - t.received,
    });
  }
  const l = trace.ledger;
  const totals = {
    received: l.received,
    sold: l.sold,
    returned: l.returned,
    in_stock: trace.stock.reduce((n, s) => n + s.on_hand, 0),
    in_transit: inTransit.reduce((n, t) => n + t.in_transit, 0),
    adjusted: -l.other + lostInTransfers,
  };
  return {
    recall,
    lot: {
      id: lot.id,
      code: lot.code,
      variant_id: lot.variant_id,
      sku: variant?.sku ?? null,
      title_en: variant?.title_en ?? null,
      production_date: lot.production_date,
      best_before: lot.best_before,
      use_by: lot.use_by,
      status: lot.status,
    },
    generated_at: new Date(),
    sold,
    returned,
    in_stock: inStock,
    in_transit: inTransit,
    totals: {
      ...totals,
      adjustments: { stock_adjustments: -l.other, closed_transfers: lostInTransfers },
      // Always true unless the ledger and the lot levels disagree (the audit would say where).
      balanced: totals.received === totals.sold - totals.returned + totals.in_stock + totals.in_transit + totals.adjusted,
    },
  };
}

export type RecallReport = Awaited<ReturnType<typeof recallReport>>;

export const CSV_COLUMNS = [
  'section',
  'id',
  'order_id',
  'channel',
  'status',
  'location_id',
  'location_name',
  'to_location_id',
  'to_location_name',
  'date',
  'quantity',
  'returned',
  'sent',
  'received',
  'on_hand',
  'reserved',
  'blocked',
  'note',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], Cell>>;

/**
 * The report as CSV, one record per line with a `section` column: recall (one), sold, returned,
 * in_stock, in_transit, then total (one per figure, its name in `id`, its value in `quantity`).
 */
export function reportCsv(r: RecallReport): string {
  const rows: CsvRow[] = [
    {
      section: 'recall',
      id: r.recall.id,
      status: r.lot.status,
      date: r.recall.created_at,
      note: `lot ${r.lot.code} of ${r.lot.sku ?? r.lot.variant_id}: ${r.recall.reason}`,
    },
    ...r.sold.map((s) => ({
      section: 'sold',
      id: s.order_id,
      order_id: s.order_id,
      channel: s.channel,
      status: s.order_status,
      location_id: s.location_id,
      location_name: s.location_name,
      date: s.sold_at,
      quantity: s.quantity,
      returned: s.returned,
    })),
    ...r.returned.map((x) => ({
      section: 'returned',
      id: x.reference_id,
      order_id: x.order_id,
      status: x.kind,
      location_id: x.location_id,
      location_name: x.location_name,
      date: x.returned_at,
      quantity: x.quantity,
    })),
    ...r.in_stock.map((s) => ({
      section: 'in_stock',
      id: s.location_id,
      location_id: s.location_id,
      location_name: s.location_name,
      quantity: s.on_hand,
      on_hand: s.on_hand,
      reserved: s.reserved,
      blocked: s.blocked,
    })),
    ...r.in_transit.map((t) => ({
      section: 'in_transit',
      id: t.transfer_id,
      status: t.status,
      location_id: t.from_location_id,
      location_name: t.from_location_name,
      to_location_id: t.to_location_id,
      to_location_name: t.to_location_name,
      date: t.dispatched_at,
      quantity: t.in_transit,
      sent: t.sent,
      received: t.received,
    })),
    ...(['received', 'sold', 'returned', 'in_stock', 'in_transit', 'adjusted'] as const).map((k) => ({ section: 'total', id: k, quantity: r.totals[k] })),
  ];
  return toCsv(CSV_COLUMNS, rows);
}
