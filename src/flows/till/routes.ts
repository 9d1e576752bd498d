import { Type } from 'typebox';
import { Id, IdParams, LotCode, Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { OrderDetail } from '../../modules/orders/routes.ts';
import { receipt, syncTillSales, tillSale } from './sale.ts';

const TillSale = Obj({
  client_sale_id: Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' }),
  location_id: Type.Optional(Id('location')),
  lines: Type.Array(
    Obj(
      {
        variant_id: Type.Optional(Id('variant')),
        gtin: Type.Optional(Type.String({ pattern: '^[0-9]{8,14}$' })),
        gs1: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 2048,
            description: 'A scanned GS1 symbol (element string, bracketed or with FNC1 as GS, or a Digital Link URI); its AI 10 is the lot sold',
          }),
        ),
        lot_code: Type.Optional(LotCode),
        quantity: Type.Integer({ minimum: 1, maximum: 999 }),
      },
      {
        description:
          'The item by variant_id, gtin or gs1; lot_code names the lot sold with variant_id or gtin. A lot that is expired here today, blocked or recalled is refused (409 lot_not_sellable).',
      },
    ),
    { minItems: 1, maxItems: 200 },
  ),
  payment: Obj({ method: Type.Union([Type.Literal('card'), Type.Literal('cash')]), token: Type.Optional(Type.String({ maxLength: 100 })) }),
  sold_at: Type.Optional(Type.String({ format: 'date-time' })),
});

const Receipt = Obj({
  order_id: Type.String(),
  number: Type.Integer(),
  store: Nullable(Obj({ id: Type.String(), name_en: Type.String(), name_zh: Type.String(), address_line: Type.String(), city: Type.String() })),
  lines: Type.Array(
    Obj({
      sku: Type.String(),
      title_en: Type.String(),
      title_zh: Type.String(),
      quantity: Type.Integer(),
      unit_price_amount: Type.Integer(),
      line_amount: Type.Integer(),
    }),
  ),
  currency: Type.String(),
  total_amount: Type.Integer(),
  refunded_amount: Type.Integer(),
  payments: Type.Array(Obj({ provider: Type.String(), status: Type.String(), amount: Type.Integer() })),
  issued_at: Timestamp,
});

export default async function tillRoutes(app: App): Promise<void> {
  app.post(
    '/till/sales',
    {
      config: { access: ['store_staff', 'operator'] },
      schema: {
        tags: ['till'],
        summary: 'Sell at a store till (lines by variant id, scanned GTIN or scanned GS1 symbol with its lot); idempotent by client_sale_id',
        body: TillSale,
        response: { 200: OrderDetail, 201: OrderDetail },
      },
    },
    async (req, reply) => {
      const { order, replayed } = await tillSale(app.ctx, req.actor, req.body);
      return reply.code(replayed ? 200 : 201).send(order);
    },
  );

  app.post(
    '/till/sales/sync',
    {
      config: { access: ['store_staff', 'operator'] },
      schema: {
        tags: ['till'],
        summary: 'Sync sales queued while the till was offline; each is created, found duplicate, or failed with a code',
        body: Obj({ sales: Type.Array(TillSale, { minItems: 1, maxItems: 200 }) }),
        response: {
          200: Obj({
            results: Type.Array(
              Obj({
                client_sale_id: Type.String(),
                status: Type.Union([Type.Literal('created'), Type.Literal('duplicate'), Type.Literal('failed')]),
                order_id: Nullable(Type.String()),
                error: Nullable(Obj({ code: Type.String(), detail: Type.String() })),
              }),
            ),
          }),
        },
      },
    },
    async (req) => syncTillSales(app.ctx, req.actor, req.body.sales),
  );

  app.get(
    '/orders/:id/receipt',
    {
      config: { access: ['store_staff', 'operator', 'consumer'] },
      schema: { tags: ['till'], summary: 'A printable receipt of an order', params: IdParams('order'), response: { 200: Receipt } },
    },
    async (req) => receipt(app.ctx, req.actor, req.params.id),
  );
}
