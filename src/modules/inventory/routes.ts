import { Type } from 'typebox';
import { CalendarDate, Id, LotCode, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { MovementReason } from './schema.ts';
import type { App } from '../../http/types.ts';
import * as inventory from './service.ts';

const Qty = Type.Integer({ minimum: 1, maximum: 1_000_000 });

const Level = Obj({
  variant_id: Type.String(),
  location_id: Type.String(),
  on_hand: Type.Integer(),
  reserved: Type.Integer(),
});

const LevelFull = Obj({
  ...Level.properties,
  merchant_id: Type.String(),
  blocked: Type.Integer({ description: 'On hand but not sellable: units of expired, blocked or recalled lots' }),
  available: Type.Integer(),
  updated_at: Timestamp,
});

const REASONS: MovementReason[] = [
  'receipt',
  'sale',
  'return',
  'transfer_out',
  'transfer_in',
  'adjustment',
  'count_correction',
  'reservation',
  'release',
  'expiry',
  'lot_expired',
  'lot_blocked',
  'lot_released',
  'recall',
];
const Reasons = Type.Unsafe<MovementReason>({ type: 'string', enum: REASONS });

/** A lot as a receipt names it: GS1 AI 10 and its dates (AI 11 production, 15 best before, 17 use by). */
const LotFields = Obj({
  code: LotCode,
  production_date: Type.Optional(CalendarDate),
  best_before: Type.Optional(CalendarDate),
  use_by: Type.Optional(CalendarDate),
});

const Movement = Obj({
  id: Type.String(),
  variant_id: Type.String(),
  location_id: Type.String(),
  merchant_id: Type.String(),
  reason: Type.String(),
  lot_id: Nullable(Type.String()),
  on_hand_delta: Type.Integer(),
  reserved_delta: Type.Integer(),
  blocked_delta: Type.Integer(),
  origin_id: Nullable(Type.String()),
  reference_type: Type.Union([Type.String(), Type.Null()]),
  reference_id: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  actor_id: Type.Union([Type.String(), Type.Null()]),
  created_at: Timestamp,
});

const STOCK_WRITERS = ['operator', 'merchant', 'store_staff'] as const;

export default async function inventoryRoutes(app: App): Promise<void> {
  app.post(
    '/stock/receipts',
    {
      config: { access: [...STOCK_WRITERS] },
      schema: {
        tags: ['inventory'],
        summary: 'Receive stock into a location (one ledger row per line, all or nothing)',
        body: Obj({
          location_id: Id('location'),
          lines: Type.Array(
            Obj({ variant_id: Id('variant'), quantity: Qty, lot: Type.Optional(LotFields) }, { description: 'A lot-tracked variant names its lot' }),
            { minItems: 1, maxItems: 500 },
          ),
          reference: Type.Optional(Text(100)),
          note: Type.Optional(Text(500)),
        }),
        response: { 201: Obj({ levels: Type.Array(Level) }) },
      },
    },
    async (req, reply) => reply.code(201).send({ levels: await inventory.receiveStock(app.ctx, req.actor, req.body) }),
  );

  app.post(
    '/stock/adjustments',
    {
      config: { access: [...STOCK_WRITERS] },
      schema: {
        tags: ['inventory'],
        summary: 'Adjust on-hand stock by a signed quantity with a reason',
        body: Obj({
          location_id: Id('location'),
          variant_id: Id('variant'),
          delta: Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 }),
          note: Text(500),
          lot_code: Type.Optional(LotCode),
        }),
        response: { 201: Level },
      },
    },
    async (req, reply) => reply.code(201).send(await inventory.adjustStock(app.ctx, req.actor, req.body)),
  );

  app.post(
    '/stock/counts',
    {
      config: { access: [...STOCK_WRITERS] },
      schema: {
        tags: ['inventory'],
        summary: 'Record a stock count; differences from the ledger are posted as corrections',
        body: Obj({
          location_id: Id('location'),
          lines: Type.Array(Obj({ variant_id: Id('variant'), counted: Type.Integer({ minimum: 0, maximum: 10_000_000 }), lot_code: Type.Optional(LotCode) }), {
            minItems: 1,
            maxItems: 1000,
          }),
          note: Type.Optional(Text(500)),
        }),
        response: {
          201: Obj({
            id: Type.String(),
            location_id: Type.String(),
            lines: Type.Array(
              Obj({
                variant_id: Type.String(),
                lot_code: Type.Optional(Type.String()),
                expected: Type.Integer(),
                counted: Type.Integer(),
                difference: Type.Integer(),
              }),
            ),
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await inventory.countStock(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/stock',
    {
      config: { access: [...STOCK_WRITERS] },
      schema: {
        tags: ['inventory'],
        summary: 'Stock levels (merchant: own variants; store staff: own store; operator: all)',
        querystring: Obj({ ...PageQuery, variant_id: Type.Optional(Id('variant')), location_id: Type.Optional(Id('location')) }),
        response: { 200: Page(LevelFull) },
      },
    },
    async (req) => inventory.listLevels(app.ctx, req.actor, req.query),
  );

  app.get(
    '/stock/movements',
    {
      config: { access: [...STOCK_WRITERS] },
      schema: {
        tags: ['inventory'],
        summary: 'The stock ledger, newest first',
        querystring: Obj({
          ...PageQuery,
          variant_id: Type.Optional(Id('variant')),
          location_id: Type.Optional(Id('location')),
          reason: Type.Optional(Reasons),
        }),
        response: { 200: Page(Movement) },
      },
    },
    async (req) => inventory.listMovements(app.ctx, req.actor, req.query as Parameters<typeof inventory.listMovements>[2]),
  );

  app.get(
    '/stock/audit',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['inventory'],
        summary: 'Recompute every level from the ledger and list differences (expected: none)',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            level_mismatches: Type.Array(Type.Any()),
            lot_mismatches: Type.Array(Type.Any()),
            reservation_mismatches: Type.Array(Type.Any()),
          }),
        },
      },
    },
    async () => inventory.auditLedger(app.ctx),
  );

  app.get(
    '/availability',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['inventory'],
        summary: 'Available-to-promise per variant, in total and per location',
        querystring: Obj({
          variant_id: Type.Array(Id('variant'), { minItems: 1, maxItems: 100 }),
          location_id: Type.Optional(Id('location')),
          promise: Type.Optional(
            Type.Unsafe<'pickup' | 'delivery'>({
              type: 'string',
              enum: ['pickup', 'delivery'],
              description: 'For lot-tracked food: count lots good for a pick-up today (default) or on the delivery day',
            }),
          ),
        }),
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                variant_id: Type.String(),
                available: Type.Integer(),
                locations: Type.Array(
                  Obj({
                    location_id: Type.String(),
                    available: Type.Integer(),
                    location: Type.Optional(Nullable(Obj({ name_en: Type.String(), name_zh: Type.String(), city: Type.String(), kind: Type.String() }))),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({
      items: await inventory.availability(app.ctx, req.query.variant_id, { location_id: req.query.location_id, withNames: true, promise: req.query.promise }),
    }),
  );
}
