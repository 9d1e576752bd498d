import { Type } from 'typebox';
import { Email, Id, IdParams, Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as carts from './service.ts';

export const CartTokenHeader = Type.Object({
  'x-cart-token': Type.Optional(Type.String({ maxLength: 200, description: 'the secret a guest got with the cart' })),
});

export const CartSchema = Obj({
  id: Id('cart'),
  status: Type.String(),
  customer_id: Nullable(Type.String()),
  guest_email: Nullable(Type.String()),
  delivery_address: Nullable(Type.Object({}, { additionalProperties: true })),
  order_id: Nullable(Type.String()),
  lines: Type.Array(
    Obj({ id: Type.String(), variant_id: Type.String(), quantity: Type.Integer(), fulfilment: Type.String(), pickup_location_id: Nullable(Type.String()) }),
  ),
  holds: Type.Array(
    Obj({
      line_id: Type.String(),
      reservation_id: Type.String(),
      location_id: Type.String(),
      kind: Type.String(),
      quantity: Type.Integer(),
      expires_at: Timestamp,
      status: Type.String(),
    }),
  ),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const CART_USERS = ['public'] as const;

export default async function cartRoutes(app: App): Promise<void> {
  app.post(
    '/carts',
    {
      config: { access: [...CART_USERS] },
      schema: {
        tags: ['carts'],
        summary: 'Open a cart (a signed-in consumer’s, or a guest’s with a secret cart_token to send as X-Cart-Token)',
        body: Type.Optional(Obj({ guest_email: Type.Optional(Email) })),
        response: { 201: Obj({ ...CartSchema.properties, cart_token: Nullable(Type.String()) }) },
      },
    },
    async (req, reply) => reply.code(201).send(await carts.createCart(app.ctx, req.actor, (req.body as { guest_email?: string } | undefined) ?? {})),
  );

  app.get(
    '/carts/:id',
    {
      config: { access: [...CART_USERS] },
      schema: {
        tags: ['carts'],
        summary: 'A cart with its lines and held stock',
        params: IdParams('cart'),
        headers: CartTokenHeader,
        response: { 200: CartSchema },
      },
    },
    async (req) => carts.getCart(app.ctx, { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined }, req.params.id),
  );

  app.post(
    '/carts/:id/lines',
    {
      config: { access: [...CART_USERS] },
      schema: {
        tags: ['carts'],
        summary: 'Add an item (delivery, or pick-up at a store); releases stock the cart held',
        params: IdParams('cart'),
        headers: CartTokenHeader,
        body: Obj({
          variant_id: Id('variant'),
          quantity: Type.Integer({ minimum: 1, maximum: 999 }),
          fulfilment: Type.Optional(Type.Union([Type.Literal('delivery'), Type.Literal('pickup')])),
          pickup_location_id: Type.Optional(Id('location')),
        }),
        response: { 200: CartSchema },
      },
    },
    async (req) => carts.addLine(app.ctx, { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined }, req.params.id, req.body),
  );

  app.delete(
    '/carts/:id/lines/:line_id',
    {
      config: { access: [...CART_USERS] },
      schema: {
        tags: ['carts'],
        summary: 'Remove a line',
        params: Obj({ id: Id('cart'), line_id: Id('cartLine') }),
        headers: CartTokenHeader,
        response: { 200: CartSchema },
      },
    },
    async (req) =>
      carts.removeLine(app.ctx, { actor: req.actor, cartToken: req.headers['x-cart-token'] as string | undefined }, req.params.id, req.params.line_id),
  );
}
