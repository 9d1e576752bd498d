import { Type } from 'typebox';
import type { App } from '../../http/types.ts';
import { Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import * as transfers from './service.ts';

const Qty = Type.Integer({ minimum: 1, maximum: 1_000_000 });
const Lines = Type.Array(Obj({ variant_id: Id('variant'), quantity: Qty }), { minItems: 1, maxItems: 500 });
const Status = Type.Union([
  Type.Literal('draft'),
  Type.Literal('in_transit'),
  Type.Literal('partially_received'),
  Type.Literal('received'),
  Type.Literal('cancelled'),
]);

const Line = Obj({
  id: Id('transferLine'),
  variant_id: Type.String(),
  merchant_id: Type.String(),
  sku: Type.String(),
  quantity_sent: Type.Integer(),
  quantity_received: Type.Integer(),
  in_transit: Type.Integer({ description: 'sent − received while the transfer is on the road; 0 once final' }),
  lots: Type.Optional(
    Type.Array(Obj({ lot_id: Type.String(), code: Type.String(), expiry: Nullable(Type.String()), sent: Type.Integer(), received: Type.Integer() }), {
      description: 'For lot-tracked goods (in the transfer detail): units of each lot sent and received',
    }),
  ),
});

const Header = {
  id: Id('transfer'),
  status: Status,
  from_location_id: Type.String(),
  to_location_id: Type.String(),
  merchant_id: Nullable(Type.String()),
  note: Nullable(Type.String()),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
  dispatched_at: Nullable(Timestamp),
  dispatched_by: Nullable(Type.String()),
  received_at: Nullable(Timestamp),
  received_by: Nullable(Type.String()),
  closed_at: Nullable(Timestamp),
  closed_by: Nullable(Type.String()),
  close_note: Nullable(Type.String()),
  cancelled_at: Nullable(Timestamp),
  cancelled_by: Nullable(Type.String()),
  lines: Type.Array(Line),
};

const Receipt = Obj({
  number: Type.Integer(),
  lines: Type.Array(Obj({ variant_id: Type.String(), quantity: Type.Integer() })),
  note: Nullable(Type.String()),
  received_by: Nullable(Type.String()),
  received_at: Timestamp,
});

const Discrepancy = Obj({
  id: Id('discrepancy'),
  variant_id: Type.String(),
  kind: Type.Union([Type.Literal('short'), Type.Literal('over')]),
  quantity: Type.Integer(),
  receipt_number: Nullable(Type.Integer()),
  note: Nullable(Type.String()),
  recorded_by: Nullable(Type.String()),
  created_at: Timestamp,
});

const TransferSummary = Obj(Header);
const Transfer = Obj({ ...Header, receipts: Type.Array(Receipt), discrepancies: Type.Array(Discrepancy) });

const MOVERS = ['operator', 'merchant', 'store_staff'] as const;
const TAGS = ['transfers'];

export default async function transferRoutes(app: App): Promise<void> {
  app.post(
    '/transfers',
    {
      config: { access: [...MOVERS] },
      schema: {
        tags: TAGS,
        summary: 'Create a draft transfer between two locations (store staff: from their store; merchant: own variants)',
        body: Obj({ from_location_id: Id('location'), to_location_id: Id('location'), lines: Lines, note: Type.Optional(Text(500)) }),
        response: { 201: Transfer },
      },
    },
    async (req, reply) => reply.code(201).send(await transfers.createTransfer(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/transfers',
    {
      config: { access: [...MOVERS] },
      schema: {
        tags: TAGS,
        summary: 'Transfers the caller may see, newest first (store staff: to or from their store; merchant: only their variants)',
        querystring: Obj({
          ...PageQuery,
          status: Type.Optional(Status),
          location_id: Type.Optional(Id('location')),
          from_location_id: Type.Optional(Id('location')),
          to_location_id: Type.Optional(Id('location')),
        }),
        response: { 200: Page(TransferSummary) },
      },
    },
    async (req) => transfers.listTransfers(app.ctx, req.actor, req.query),
  );

  app.get(
    '/transfers/:id',
    {
      config: { access: [...MOVERS] },
      schema: { tags: TAGS, summary: 'A transfer with its lines, receipts and discrepancies', params: IdParams('transfer'), response: { 200: Transfer } },
    },
    async (req) => transfers.getTransfer(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/transfers/:id/dispatch',
    {
      config: { access: [...MOVERS] },
      schema: {
        tags: TAGS,
        summary: 'Dispatch a draft: all lines leave the source stock at once, or none if any is short (409 insufficient_stock)',
        params: IdParams('transfer'),
        response: { 200: Transfer },
      },
    },
    async (req) => transfers.dispatchTransfer(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/transfers/:id/receipts',
    {
      config: { access: [...MOVERS] },
      schema: {
        tags: TAGS,
        summary: 'Record units arriving at the destination (partial receipts accumulate; excess is an over discrepancy)',
        params: IdParams('transfer'),
        body: Obj({ lines: Lines, note: Type.Optional(Text(500)) }),
        response: { 201: Transfer },
      },
    },
    async (req, reply) => reply.code(201).send(await transfers.receiveTransfer(app.ctx, req.actor, req.params.id, req.body)),
  );

  app.post(
    '/transfers/:id/close',
    {
      config: { access: [...MOVERS] },
      schema: {
        tags: TAGS,
        summary: 'Close a transfer still in transit; units never received are recorded as short discrepancies',
        params: IdParams('transfer'),
        body: Obj({ note: Text(500) }),
        response: { 200: Transfer },
      },
    },
    async (req) => transfers.closeTransfer(app.ctx, req.actor, req.params.id, req.body.note),
  );

  app.post(
    '/transfers/:id/cancel',
    {
      config: { access: [...MOVERS] },
      schema: { tags: TAGS, summary: 'Cancel a draft transfer', params: IdParams('transfer'), response: { 200: Transfer } },
    },
    async (req) => transfers.cancelTransfer(app.ctx, req.actor, req.params.id),
  );
}
