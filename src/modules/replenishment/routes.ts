import { Type } from 'typebox';
import { CalendarDate, Id, Nullable, Obj, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as svc from './service.ts';

const TAGS = ['replenishment'];
const Units = { units_sold: Type.Integer(), units_returned: Type.Integer(), net_units: Type.Integer({ description: 'sold − returned' }) };
const Channel = Type.Union([Type.Literal('online'), Type.Literal('till'), Type.Literal('other')]);
const ProposalId = Type.String({ pattern: svc.PROPOSAL_ID, description: 'replenishment proposal id' });
const Status = Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('rejected'), Type.Literal('superseded')]);

const N = Type.Number();
const Reason = Obj(
  {
    model: Type.String(),
    forecast_per_day: N,
    demand_over_lead_time: N,
    demand_over_review: N,
    error_sd: N,
    lead_time_days: N,
    review_days: N,
    service_level: N,
    z: N,
    safety_stock: N,
    reorder_point: N,
    order_up_to: N,
    on_hand: N,
    reserved: Type.Number({ description: 'reserved or blocked: not available to sell' }),
    in_transit: N,
    on_order: N,
    position: Type.Number({ description: 'available + in transit + on order' }),
    source_on_hand: Type.Optional(N),
    source_spare: Type.Optional(N),
  },
  { description: 'why: the forecast over the lead time, the stock, the lead time, safety stock and service level' },
);

const Proposal = Obj({
  id: Type.String(),
  merchant_id: Type.String(),
  variant_id: Type.String(),
  location_id: Type.String({ description: 'the store to replenish' }),
  kind: Type.Union([Type.Literal('transfer'), Type.Literal('purchase_order')]),
  source_location_id: Nullable(Type.String()),
  proposed_quantity: Type.Integer(),
  accepted_quantity: Nullable(Type.Integer()),
  status: Status,
  reason: Reason,
  explanation: Type.String(),
  transfer_id: Nullable(Type.String()),
  expected_receipt_id: Nullable(Type.String()),
  reject_reason: Nullable(Type.String()),
  decided_by: Nullable(Type.String()),
  decided_at: Nullable(Timestamp),
  created_at: Timestamp,
});

const Settings = Obj({
  service_level: Type.Number({ minimum: 0.5, maximum: 0.999, description: 'target cycle service level' }),
  lead_warehouse_days: Type.Integer({ minimum: 0, maximum: 120 }),
  lead_store_days: Type.Integer({ minimum: 0, maximum: 120 }),
  lead_po_days: Type.Integer({ minimum: 0, maximum: 120 }),
  review_days: Type.Integer({ minimum: 1, maximum: 90, description: 'days between proposal runs' }),
});

const READERS = ['operator', 'merchant', 'brand_owner'] as const;

export default async function routes(app: App): Promise<void> {
  // Daily sell-through is rolled up as stock.moved events arrive, exactly once (cursor and rows commit together).
  app.events.addConsumer(svc.rollupConsumer(app.ctx.config));

  app.get(
    '/sell-through',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Units sold and returned per local business day, store or channel, with totals (merchants: own; operators: any merchant_id)',
        querystring: Obj({
          from: Type.Optional(CalendarDate),
          to: Type.Optional(CalendarDate),
          location_id: Type.Optional(Id('location')),
          variant_id: Type.Optional(Id('variant')),
          merchant_id: Type.Optional(Id('merchant')),
          group: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('location'), Type.Literal('channel')], { default: 'day' })),
        }),
        response: {
          200: Obj({
            from: CalendarDate,
            to: CalendarDate,
            group: Type.String(),
            rows: Type.Array(Obj({ key: Type.String({ description: 'the day, location id or channel' }), ...Units })),
            by_location_channel: Type.Array(Obj({ location_id: Type.String(), channel: Channel, ...Units })),
            totals: Obj(Units),
          }),
        },
      },
    },
    async (req) => svc.sellThrough(app.ctx, req.actor, req.query),
  );

  app.get(
    '/forecasts',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Daily history and forecast (mean, p10, p90) of a variant at a location, computed now from the sell-through',
        querystring: Obj({
          variant_id: Id('variant'),
          location_id: Id('location'),
          horizon: Type.Optional(Type.Integer({ minimum: 1, maximum: 180, default: 28 })),
          history: Type.Optional(Type.Integer({ minimum: 28, maximum: 1095, default: 365 })),
        }),
        response: {
          200: Obj({
            variant_id: Type.String(),
            location_id: Type.String(),
            history: Obj({ start: CalendarDate, end: CalendarDate, units: Type.Array(Type.Integer()) }),
            forecast: Obj({
              start: CalendarDate,
              mean: Type.Array(Type.Number()),
              p10: Type.Array(Type.Integer()),
              p90: Type.Array(Type.Integer()),
              model: Type.String(),
              error_sd: Type.Number(),
            }),
          }),
        },
      },
    },
    async (req) => svc.variantForecast(app.ctx, req.actor, req.query),
  );

  app.get(
    '/replenishment/settings',
    {
      config: { access: ['merchant'] },
      schema: { tags: TAGS, summary: 'Service level, lead times and review period (defaults until set)', response: { 200: Settings } },
    },
    async (req) => svc.getSettings(app.ctx, req.actor),
  );

  app.put(
    '/replenishment/settings',
    {
      config: { access: ['merchant'] },
      schema: { tags: TAGS, summary: 'Set the service level, lead times per source and review period', body: Settings, response: { 200: Settings } },
    },
    async (req) => svc.putSettings(app.ctx, req.actor, req.body),
  );

  app.post(
    '/replenishment/proposals/run',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: TAGS,
        summary: 'Generate proposals for every variant × store from forecasts and stock, replacing the open ones',
        response: { 200: Obj({ generated: Type.Integer(), items: Type.Array(Proposal) }) },
      },
    },
    async (req) => svc.runProposals(app.ctx, req.actor),
  );

  app.get(
    '/replenishment/proposals',
    {
      config: { access: [...READERS] },
      schema: {
        tags: TAGS,
        summary: 'Replenishment proposals (merchants: own; operators: any merchant_id)',
        querystring: Obj({
          status: Type.Optional(Status),
          location_id: Type.Optional(Id('location')),
          merchant_id: Type.Optional(Id('merchant')),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          after: Type.Optional(ProposalId),
        }),
        response: { 200: Obj({ items: Type.Array(Proposal), next_after: Nullable(Type.String()) }) },
      },
    },
    async (req) => svc.listProposals(app.ctx, req.actor, req.query),
  );

  app.post(
    '/replenishment/proposals/:id/accept',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: TAGS,
        summary: 'Accept (optionally with an edited quantity): a draft transfer from the source, or an expected receipt for a purchase order',
        params: Obj({ id: ProposalId }),
        body: Type.Optional(Obj({ quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })) })),
        response: { 200: Proposal },
      },
    },
    async (req) => svc.acceptProposal(app.ctx, req.actor, req.params.id, req.body?.quantity),
  );

  app.post(
    '/replenishment/proposals/:id/reject',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: TAGS,
        summary: 'Reject a proposal with a reason',
        params: Obj({ id: ProposalId }),
        body: Obj({ reason: Text(500) }),
        response: { 200: Proposal },
      },
    },
    async (req) => svc.rejectProposal(app.ctx, req.actor, req.params.id, req.body.reason),
  );

  const ExpectedReceipt = Obj({
    id: Type.String(),
    merchant_id: Type.String(),
    proposal_id: Type.String(),
    variant_id: Type.String(),
    location_id: Type.String(),
    quantity: Type.Integer(),
    expected_on: CalendarDate,
    status: Type.Union([Type.Literal('expected'), Type.Literal('received'), Type.Literal('cancelled')]),
    created_at: Timestamp,
  });

  app.get(
    '/replenishment/expected-receipts',
    {
      config: { access: ['merchant', 'store_staff'] },
      schema: {
        tags: TAGS,
        summary: 'Accepted purchase orders still expected (merchant: its stores; store staff: their store)',
        querystring: Obj({ location_id: Type.Optional(Id('location')) }),
        response: { 200: Type.Array(ExpectedReceipt) },
      },
    },
    async (req) => svc.expectedReceipts(app.ctx, req.actor, req.query.location_id),
  );

  app.post(
    '/replenishment/expected-receipts/:id/receive',
    {
      config: { access: ['merchant', 'store_staff'] },
      schema: {
        tags: TAGS,
        summary: 'Receive an expected purchase order at its store (units as counted; default as ordered)',
        params: Obj({ id: Type.String({ pattern: svc.EXPECTED_RECEIPT_ID }) }),
        body: Type.Optional(Obj({ quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })) })),
        response: { 200: ExpectedReceipt },
      },
    },
    async (req) => svc.receiveExpected(app.ctx, req.actor, req.params.id, req.body?.quantity),
  );
}
