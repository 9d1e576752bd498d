import { Type } from 'typebox';
import { Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as orders from './service.ts';
import { ORDER_STATUSES, type OrderStatus } from './states.ts';

export const OrderStatusSchema = Type.Unsafe<OrderStatus>({ type: 'string', enum: [...ORDER_STATUSES] });

const Address = Type.Object({}, { additionalProperties: true });

export const OrderSummary = Obj({
  id: Id('order'),
  number: Type.Integer(),
  channel_id: Type.String(),
  channel_kind: Type.String(),
  customer_id: Nullable(Type.String()),
  guest_email: Nullable(Type.String()),
  status: OrderStatusSchema,
  currency: Type.String(),
  subtotal_amount: Type.Integer(),
  shipping_amount: Type.Integer(),
  total_amount: Type.Integer(),
  refunded_amount: Type.Integer(),
  delivery_address: Nullable(Address),
  pickup_code: Nullable(Type.String()),
  store_location_id: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
  tax_amount: Type.Integer({ description: 'import tax charged on top of subtotal and shipping (0 for domestic goods, whose VAT is in the price)' }),
  customs_regime: Nullable(
    Type.String({
      description:
        'cbec (cross-border retail import, within the limits) or general_trade (an indivisible item over the single limit); null: no cross-border goods',
    }),
  ),
  buyer_name: Nullable(Type.String({ description: 'the buyer cross-border goods are declared for (not shown to merchants)' })),
  buyer_id_masked: Nullable(Type.String({ description: "the buyer's resident ID number, masked" })),
});

export const TaxLineSchema = Obj({
  order_line_id: Type.String(),
  kind: Type.Union([Type.Literal('tariff'), Type.Literal('consumption_tax'), Type.Literal('vat')]),
  amount: Type.Integer(),
  currency: Type.String(),
  rate_bp: Type.Integer({ description: 'effective rate in basis points (910 = 9.1 %)' }),
  base_amount: Type.Integer(),
  included: Type.Boolean({ description: 'true: already inside the price (domestic VAT), shown for information; false: charged on top' }),
  rule: Type.String({ description: 'stable code of the rule that produced it' }),
  rule_text: Type.String(),
});

export const OrderFlag = Obj({
  id: Id('orderFlag'),
  kind: Type.Literal('recall'),
  reference_id: Type.String({ description: 'what raised it (for a recall: the recall id)' }),
  subject_id: Nullable(Type.String({ description: 'what it concerns (for a recall: the lot id)' })),
  quantity: Nullable(Type.Integer({ description: 'for a recall: units of the lot on the order, net of returns' })),
  note: Nullable(Type.String()),
  created_at: Timestamp,
});

export const OrderDetail = Obj({
  ...OrderSummary.properties,
  shipments: Type.Array(
    Obj({
      id: Type.String(),
      order_id: Type.String(),
      location_id: Type.String(),
      kind: Type.String(),
      status: Type.String(),
      tracking_number: Nullable(Type.String()),
      fulfilment_mode: Type.String({ description: 'domestic, bonded_import (from a bonded warehouse in China) or direct_mail (from the US)' }),
      freight_amount: Type.Integer(),
      created_at: Timestamp,
      updated_at: Timestamp,
    }),
  ),
  lines: Type.Array(
    Obj({
      id: Type.String(),
      order_id: Type.String(),
      shipment_id: Type.String(),
      merchant_id: Type.String(),
      variant_id: Type.String(),
      location_id: Type.String(),
      sku: Type.String(),
      title_en: Type.String(),
      title_zh: Type.String(),
      quantity: Type.Integer(),
      unit_price_amount: Type.Integer(),
      currency: Type.String(),
      fulfilment: Type.String(),
      returned_quantity: Type.Integer(),
      list_unit_price_amount: Nullable(Type.Integer({ description: 'the list price the sale price came from, in list_currency' })),
      list_currency: Nullable(Type.String()),
      fx_rate: Nullable(Type.String({ description: 'the exchange rate used: sale currency per 1 list currency unit' })),
      fx_rate_id: Nullable(Type.String()),
      price_source: Type.String({ description: 'list, converted (at fx_rate with the price rule) or override (the merchant’s own price)' }),
      customs_regime: Type.String({ description: 'domestic, cbec or general_trade' }),
      hs_code: Nullable(Type.String()),
      freight_amount: Type.Integer({ description: 'this line’s share of its shipment’s freight (part of the taxable value)' }),
      tax_amount: Type.Integer(),
    }),
  ),
  tax_lines: Type.Array(TaxLineSchema),
  payments: Type.Array(
    Obj({
      id: Type.String(),
      provider: Type.String(),
      status: Type.String(),
      amount: Type.Integer(),
      currency: Type.String(),
      captured_amount: Type.Integer(),
      refunded_amount: Type.Integer(),
    }),
  ),
  events: Type.Array(
    Obj({
      from_status: Nullable(Type.String()),
      to_status: Type.String(),
      actor_id: Nullable(Type.String()),
      note: Nullable(Type.String()),
      created_at: Timestamp,
    }),
  ),
  flags: Type.Array(OrderFlag, {
    description:
      'Open flags to act on (e.g. the order holds units of a recalled lot); operators and store staff see all, a merchant those of its lots, a customer none',
  }),
});

const ORDER_READERS = ['operator', 'merchant', 'brand_owner', 'store_staff', 'consumer'] as const;
const ShipmentStep = { pick: 'picking', ship: 'shipped', ready: 'ready_for_pickup', deliver: 'delivered' } as const;

export default async function orderRoutes(app: App): Promise<void> {
  app.get(
    '/orders',
    {
      config: { access: [...ORDER_READERS] },
      schema: {
        tags: ['orders'],
        summary: 'Orders visible to the caller (consumer: own; merchant: with its lines; store staff: its store; operator: all)',
        querystring: Obj({ ...PageQuery, status: Type.Optional(OrderStatusSchema), location_id: Type.Optional(Id('location')) }),
        response: { 200: Page(OrderSummary) },
      },
    },
    async (req) => orders.listOrders(app.ctx, req.actor, req.query),
  );

  app.get(
    '/orders/:id',
    {
      config: { access: [...ORDER_READERS] },
      schema: { tags: ['orders'], summary: 'One order with shipments, lines, payments and history', params: IdParams('order'), response: { 200: OrderDetail } },
    },
    async (req) => orders.getOrder(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/orders/:id/cancel',
    {
      config: { access: ['operator', 'consumer'] },
      schema: {
        tags: ['orders'],
        summary: 'Cancel an order that still holds stock; stock goes back, the payment is voided or refunded',
        params: IdParams('order'),
        body: Obj({ reason: Text(500) }),
        response: { 200: OrderDetail },
      },
    },
    async (req) => orders.cancelOrder(app.ctx, req.actor, req.params.id, req.body.reason),
  );

  app.post(
    '/orders/:id/flags/:flagId/clear',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['orders'],
        summary: 'Clear an open flag of an order once it has been dealt with (e.g. the customer was called about a recall)',
        params: Obj({ id: Id('order'), flagId: Id('orderFlag') }),
        response: { 200: OrderDetail },
      },
    },
    async (req) => orders.clearOrderFlag(app.ctx, req.actor, req.params.id, req.params.flagId),
  );

  for (const [step, to] of Object.entries(ShipmentStep)) {
    app.post(
      `/shipments/:id/${step}`,
      {
        config: { access: ['operator', 'merchant', 'store_staff'] },
        schema: {
          tags: ['orders'],
          summary: `Move a shipment to ${to} (and the order with it)`,
          params: IdParams('shipment'),
          // Only shipping carries data (the carrier's tracking number); the other steps take no body.
          ...(step === 'ship' ? { body: Obj({ tracking_number: Type.Optional(Text(100)) }) } : {}),
          response: { 200: OrderDetail },
        },
      },
      async (req) => orders.advanceShipment(app.ctx, req.actor, req.params.id, to, (req.body as { tracking_number?: string } | undefined)?.tracking_number),
    );
  }

  const Code = Obj({ code: Type.String({ pattern: '^[0-9]{8}$', description: 'the pick-up code the customer shows' }) });
  app.get(
    '/pickups/:code',
    {
      config: { access: ['store_staff', 'operator'] },
      schema: {
        tags: ['orders'],
        summary: 'Find a pick-up order by its code (store staff: at their store)',
        params: Code,
        response: { 200: Obj({ order: OrderDetail, shipment_id: Type.String(), shipment_status: Type.String() }) },
      },
    },
    async (req) => orders.findPickup(app.ctx, req.actor, req.params.code),
  );

  app.post(
    '/pickups/:code/handover',
    {
      config: { access: ['store_staff', 'operator'] },
      schema: {
        tags: ['orders'],
        summary: 'Hand a ready pick-up over to the customer; the order becomes collected',
        params: Code,
        response: { 200: OrderDetail },
      },
    },
    async (req) => orders.handOverPickup(app.ctx, req.actor, req.params.code),
  );
}
