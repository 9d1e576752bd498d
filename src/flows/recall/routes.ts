import { Type } from 'typebox';
import { CalendarDate, Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { Lot } from '../../modules/inventory/lots/routes.ts';
import { getRecall, listRecalls, recall } from './recall.ts';
import { recallReport, reportCsv } from './report.ts';

const LotLevels = Type.Array(
  Obj({ location_id: Type.String(), on_hand: Type.Integer(), reserved: Type.Integer(), blocked: Type.Integer(), available: Type.Integer() }),
);
const LotWithLevels = Obj({ ...Lot.properties, levels: LotLevels });

const Recall = Obj({
  id: Id('recall'),
  lot_id: Type.String(),
  merchant_id: Type.String(),
  reason: Type.String(),
  actor_id: Nullable(Type.String()),
  created_at: Timestamp,
});

const Count = (description: string) => Type.Integer({ description });
const Name = Nullable(Type.String());

const Report = Obj({
  recall: Recall,
  lot: Obj({
    id: Type.String(),
    code: Type.String(),
    variant_id: Type.String(),
    sku: Nullable(Type.String()),
    title_en: Nullable(Type.String()),
    production_date: Nullable(CalendarDate),
    best_before: Nullable(CalendarDate),
    use_by: Nullable(CalendarDate),
    status: Type.String(),
  }),
  generated_at: Timestamp,
  sold: Type.Array(
    Obj({
      order_id: Nullable(Type.String()),
      order_number: Nullable(Type.Integer()),
      channel: Nullable(Type.Union([Type.Literal('online'), Type.Literal('till')])),
      order_status: Nullable(Type.String()),
      location_id: Type.String({ description: 'where the units left from (the store, for a till sale)' }),
      location_name: Name,
      sold_at: Timestamp,
      quantity: Count('units of the lot sold on this order from this location'),
      returned: Count('of those, units that came back so far (returns, cancellation)'),
    }),
  ),
  returned: Type.Array(
    Obj({
      reference_id: Nullable(Type.String({ description: 'the return id, or the order id of a cancellation' })),
      kind: Type.Union([Type.Literal('return'), Type.Literal('cancellation')]),
      order_id: Nullable(Type.String()),
      location_id: Type.String({ description: 'where the units came back' }),
      location_name: Name,
      returned_at: Timestamp,
      quantity: Type.Integer(),
    }),
  ),
  in_stock: Type.Array(Obj({ location_id: Type.String(), location_name: Name, on_hand: Type.Integer(), reserved: Type.Integer(), blocked: Type.Integer() })),
  in_transit: Type.Array(
    Obj({
      transfer_id: Type.String(),
      status: Type.String(),
      from_location_id: Type.String(),
      from_location_name: Name,
      to_location_id: Type.String(),
      to_location_name: Name,
      dispatched_at: Nullable(Timestamp),
      sent: Type.Integer(),
      received: Type.Integer(),
      in_transit: Count('sent minus received, of this lot'),
    }),
  ),
  totals: Obj(
    {
      received: Count('units received into the ledger (receipts)'),
      sold: Type.Integer(),
      returned: Type.Integer(),
      in_stock: Type.Integer(),
      in_transit: Type.Integer(),
      adjusted: Count('units that left the ledger otherwise: write-offs and count corrections (net), units lost on closed transfers'),
      adjustments: Obj({ stock_adjustments: Type.Integer(), closed_transfers: Type.Integer() }),
      balanced: Type.Boolean({ description: 'received = sold - returned + in_stock + in_transit + adjusted' }),
    },
    { description: 'received = sold - returned + in_stock + in_transit + adjusted' },
  ),
});

const RECALLERS = ['operator', 'merchant'] as const;

export default async function recallRoutes(app: App): Promise<void> {
  app.post(
    '/lots/:id/recall',
    {
      config: { access: [...RECALLERS] },
      schema: {
        tags: ['lots'],
        summary: 'Recall a lot: blocked everywhere for good, and every open order holding units of it flagged, in one step',
        description:
          'An order is open while the shipment carrying the lot has not reached the customer (pending, picking, shipped, ready for pick-up) and it is neither cancelled nor refunded. Delivered and collected orders, till sales among them, are listed by the report.',
        params: IdParams('lot'),
        body: Obj({ reason: Text(500) }),
        response: {
          201: Obj({ recall_id: Id('recall'), lot: LotWithLevels, units_blocked: Type.Integer(), orders_flagged: Type.Integer() }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await recall(app.ctx, req.actor, req.params.id, req.body.reason)),
  );

  app.get(
    '/recalls',
    {
      config: { access: [...RECALLERS] },
      schema: {
        tags: ['lots'],
        summary: 'Recalls, newest first (merchant: own; operator: all)',
        querystring: Obj({ ...PageQuery, lot_id: Type.Optional(Id('lot')) }),
        response: { 200: Page(Obj({ ...Recall.properties, orders_flagged: Type.Integer(), open_flags: Type.Integer() })) },
      },
    },
    async (req) => listRecalls(app.ctx, req.actor, req.query),
  );

  app.get(
    '/recalls/:id',
    {
      config: { access: [...RECALLERS] },
      schema: {
        tags: ['lots'],
        summary: 'A recall with its lot and the orders it flagged',
        params: IdParams('recall'),
        response: {
          200: Obj({
            ...Recall.properties,
            lot: LotWithLevels,
            orders_flagged: Type.Integer(),
            flags: Type.Array(
              Obj({ id: Type.String(), order_id: Type.String(), quantity: Nullable(Type.Integer()), created_at: Timestamp, cleared_at: Nullable(Timestamp) }),
            ),
          }),
        },
      },
    },
    async (req) => getRecall(app.ctx, req.actor, req.params.id),
  );

  app.get(
    '/recalls/:id/report',
    {
      config: { access: [...RECALLERS] },
      schema: {
        tags: ['lots'],
        summary: 'Trace report of a recall: units sold, returned, in stock and in transit, with totals that reconcile (JSON, or CSV with ?format=csv)',
        params: IdParams('recall'),
        querystring: Obj({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })) }),
        response: {
          200: {
            description: 'The report',
            content: {
              'application/json': { schema: Report },
              'text/csv': {
                schema: Type.String({ description: 'one record per line, a `section` column first (recall, sold, returned, in_stock, in_transit, total)' }),
              },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const report = await recallReport(app.ctx, req.actor, req.params.id);
      if (req.query.format !== 'csv') return reply.type('application/json').send(report);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${report.recall.id}-${report.lot.code.replace(/[^A-Za-z0-9_-]/g, '_')}.csv"`)
        .send(reportCsv(report));
    },
  );
}
