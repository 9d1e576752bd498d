import { Type } from 'typebox';
import { badRequest } from '../../http/errors.ts';
import { Country, Email, Id, IdParams, Obj, Text } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { OrderDetail } from '../../modules/orders/routes.ts';
import { CartSchema, CartTokenHeader } from '../../modules/carts/routes.ts';
import { checkoutCart, chooseFulfilment } from './cart-checkout.ts';
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
        body: Obj({ payment: PaymentSchema, guest_email: Type.Optional(Email) }),
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
}
