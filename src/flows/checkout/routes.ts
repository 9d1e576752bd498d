import { Type } from 'typebox';
import { badRequest } from '../../http/errors.ts';
import { Country, Email, Id, IdParams, Nullable, Obj, Text } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { OrderDetail, TaxLineSchema } from '../../modules/orders/routes.ts';
import { CartSchema, CartTokenHeader } from '../../modules/carts/routes.ts';
import { checkoutCart, chooseFulfilment, quoteCart } from './cart-checkout.ts';
import { placeOrder } from './place-order.ts';

export const DeliveryAddressSchema = Obj({
  recipient: Text(100),
  phone: Type.String({ pattern: '^\\+?[0-9 ()-]{5,20}$' }),
  address_line: Text(300),
  city: Text(100),
  province: Type.Optional(Text(100)),
  postal_code: Type.Optional(Type.String({ maxLength: 20 })),
  country: Country,
  latitude: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  longitude: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
});

export const OrderLineSchema = Obj({
  variant_id: Id('variant'),
  quantity: Type.Integer({ minimum: 1, maximum: 999 }),
  fulfilment: Type.Union([Type.Literal('delivery'), Type.Literal('pickup')]),
  pickup_location_id: Type.Optional(Id('location')),
});

export const PaymentSchema = Obj({ provider: Type.Optional(Type.Literal('test')), token: Text(100) });

const IdNumber = Type.String({ minLength: 15, maxLength: 18, description: 'PRC resident ID number (18 characters, the last may be X)' });
const PersonSchema = Obj({ name: Text(60), id_number: IdNumber });
const BuyerFields = {
  buyer: Type.Optional(
    Type.Union([Obj({ identity_id: Id('buyerIdentity') }), PersonSchema], {
      description: 'for cross-border goods: the buyer customs declares them for (a saved identity, or name and ID number)',
    }),
  ),
  payer: Type.Optional(PersonSchema),
};

const QuoteSchema = Obj({
  currency: Type.String(),
  shipments: Type.Array(
    Obj({
      location_id: Type.String(),
      kind: Type.String(),
      fulfilment_mode: Type.String({ description: 'domestic, bonded_import or direct_mail' }),
      freight_amount: Type.Integer(),
      lines: Type.Array(
        Obj({
          ref: Type.String({ description: 'ties tax lines to this line' }),
          variant_id: Type.String(),
          quantity: Type.Integer(),
          unit_price_amount: Type.Integer(),
          amount: Type.Integer(),
          list_unit_price_amount: Type.Integer(),
          list_currency: Type.String(),
          fx_rate: Nullable(Type.String()),
          price_source: Type.String(),
          customs_regime: Type.String(),
          freight_amount: Type.Integer(),
          tax_amount: Type.Integer(),
        }),
      ),
    }),
  ),
  tax_lines: Type.Array(Obj({ ...TaxLineSchema.properties, ref: Type.String() })),
  subtotal_amount: Type.Integer(),
  shipping_amount: Type.Integer(),
  tax_amount: Type.Integer(),
  total_amount: Type.Integer(),
  identity_required: Type.Boolean({ description: 'cross-border goods: checkout needs the buyer’s real name and ID number' }),
  annual_left: Nullable(Type.Integer({ description: 'with a saved identity: what is left of the annual cross-border limit after this order' })),
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 100,
    pattern: '^[A-Za-z0-9_.:-]+$',
    description: 'a retry with the same key returns the same order',
  }),
});

export default async function checkoutRoutes(app: App): Promise<void> {
  app.post(
    '/orders',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['checkout'],
        summary: 'Place and pay an order in one call (lines, fulfilment per line, payment); idempotent by Idempotency-Key',
        description:
          'Guests give guest_email; a signed-in consumer orders for themselves; a merchant API key may order only its own variants. ' +
          'Delivery lines are sourced (consumer city, nearest store, warehouse; fewest shipments); pick-up lines are served by the chosen store. ' +
          'Out of stock is 409 out_of_stock with shortfalls; a declined payment is 402 payment_declined.',
        headers: IdempotencyHeaders,
        body: Obj({
          lines: Type.Array(OrderLineSchema, { minItems: 1, maxItems: 100 }),
          delivery: Type.Optional(DeliveryAddressSchema),
          guest_email: Type.Optional(Email),
          payment: PaymentSchema,
          ...BuyerFields,
        }),
        response: { 200: OrderDetail, 201: OrderDetail },
      },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string') throw badRequest('idempotency_key_required', 'Send an Idempotency-Key header');
      const { order, replayed } = await placeOrder(app.ctx, req.actor, req.body, key);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(order);
    },
  );

  app.put(
    '/carts/:id/fulfilment',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['checkout'],
        summary: 'Choose fulfilment: source the cart (delivery address; pick-up lines name their store) and hold its stock until checkout or expiry',
        params: IdParams('cart'),
        headers: CartTokenHeader,
        body: Obj({ delivery: Type.Optional(DeliveryAddressSchema) }),
        response: { 200: CartSchema },
      },
    },
    async (req) => chooseFulfilment(app.ctx, { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined }, req.params.id, req.body),
  );

  app.post(
    '/carts/:id/checkout',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['checkout'],
        summary: 'Pay for the cart; its held stock becomes the order (idempotent by Idempotency-Key)',
        params: IdParams('cart'),
        headers: Type.Object({ ...IdempotencyHeaders.properties, ...CartTokenHeader.properties }),
        body: Obj({ payment: PaymentSchema, guest_email: Type.Optional(Email), ...BuyerFields }),
        response: { 200: OrderDetail, 201: OrderDetail },
      },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string') throw badRequest('idempotency_key_required', 'Send an Idempotency-Key header');
      const { order, replayed } = await checkoutCart(
        app.ctx,
        { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined },
        req.params.id,
        req.body,
        key,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(order);
    },
  );

  app.get(
    '/carts/:id/quote',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['checkout'],
        summary: 'What the cart will cost before payment: sale prices, freight by fulfilment mode, import tax lines with their rules, total',
        description:
          'Needs the fulfilment chosen. Cross-border lines (bonded warehouse, direct mail) are taxed under the CBEC rules; refusals ' +
          '(cbec_not_on_positive_list, cbec_single_limit, cbec_annual_limit with amount_left) are 422s. With identity_id (a saved identity) the annual limit is checked too.',
        params: IdParams('cart'),
        headers: CartTokenHeader,
        querystring: Obj({ identity_id: Type.Optional(Id('buyerIdentity')) }),
        response: { 200: QuoteSchema },
      },
    },
    async (req) =>
      quoteCart(
        app.ctx,
        { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined },
        req.params.id,
        req.query.identity_id ? { identity_id: req.query.identity_id } : undefined,
      ),
  );
}
