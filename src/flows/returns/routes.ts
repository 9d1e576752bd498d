import { Type } from 'typebox';
import { Id, LotCode, Obj, Text } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { OrderDetail } from '../../modules/orders/routes.ts';
import { returnItems } from './return.ts';

export default async function returnRoutes(app: App): Promise<void> {
  app.post(
    '/returns',
    {
      config: { access: ['store_staff', 'operator', 'consumer'] },
      schema: {
        tags: ['returns'],
        summary: 'Return units of an order at any store (or online); stock goes into that location, the customer is refunded',
        body: Obj({
          order_id: Id('order'),
          location_id: Type.Optional(Id('location')),
          lines: Type.Array(
            Obj({
              order_line_id: Type.String({ pattern: '^oln_[0-9A-HJKMNP-TV-Z]{26}$' }),
              quantity: Type.Integer({ minimum: 1, maximum: 999 }),
              lot_code: Type.Optional(LotCode),
            }),
            {
              minItems: 1,
              maxItems: 100,
            },
          ),
          reason: Text(500),
          receipt_number: Type.Optional(Type.Integer({ minimum: 1 })),
          client_return_id: Type.Optional(Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' })),
        }),
        response: {
          201: Obj({ return_id: Type.String(), refund_amount: Type.Integer(), currency: Type.String(), replayed: Type.Boolean(), order: OrderDetail }),
          200: Obj({ return_id: Type.String(), replayed: Type.Boolean(), order: OrderDetail }, { additionalProperties: true }),
        },
      },
    },
    async (req, reply) => {
      const r = await returnItems(app.ctx, req.actor, req.body);
      return reply.code(r.replayed ? 200 : 201).send(r as never);
    },
  );
}
