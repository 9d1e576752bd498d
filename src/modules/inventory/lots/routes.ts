import { Type } from 'typebox';
import { CalendarDate, Id, LotCode, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../../http/schemas.ts';
import type { App } from '../../../http/types.ts';
import type { LotStatus } from '../schema.ts';
import * as lots from './control.ts';

const Status = Type.Unsafe<LotStatus>({ type: 'string', enum: ['active', 'blocked', 'recalled'] });

export const Lot = Obj({
  id: Type.String(),
  variant_id: Type.String(),
  merchant_id: Type.String(),
  code: Type.String({ description: 'GS1 AI 10' }),
  production_date: Nullable(CalendarDate),
  best_before: Nullable(CalendarDate),
  use_by: Nullable(CalendarDate),
  // use_by, else best_before: the last day it may be sold.
  expiry: Nullable(CalendarDate),
  status: Status,
  status_reason: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

const LotDetail = Obj({
  ...Lot.properties,
  levels: Type.Array(
    Obj({ location_id: Type.String(), on_hand: Type.Integer(), reserved: Type.Integer(), blocked: Type.Integer(), available: Type.Integer() }),
  ),
});

const LOT_MANAGERS = ['operator', 'merchant'] as const;
const LotParams = Obj({ id: Id('lot') });
const Reason = Obj({ reason: Text(500) });

export default async function lotRoutes(app: App): Promise<void> {
  app.get(
    '/lots',
    {
      config: { access: [...LOT_MANAGERS] },
      schema: {
        tags: ['lots'],
        summary: 'Lots of lot-tracked variants (merchant: own; operator: all)',
        querystring: Obj({ ...PageQuery, variant_id: Type.Optional(Id('variant')), status: Type.Optional(Status), code: Type.Optional(LotCode) }),
        response: { 200: Page(Lot) },
      },
    },
    async (req) => lots.listLots(app.ctx, req.actor, req.query),
  );

  app.get(
    '/lots/:id',
    {
      config: { access: [...LOT_MANAGERS] },
      schema: { tags: ['lots'], summary: 'A lot with its stock at every location', params: LotParams, response: { 200: LotDetail } },
    },
    async (req) => lots.getLot(app.ctx, req.actor, req.params.id),
  );

  app.post(
    '/lots/:id/block',
    {
      config: { access: [...LOT_MANAGERS] },
      schema: {
        tags: ['lots'],
        summary: 'Block a lot everywhere with a reason: its units leave available stock (holds on it are released)',
        params: LotParams,
        body: Reason,
        response: { 200: Obj({ lot: LotDetail, units_blocked: Type.Integer() }) },
      },
    },
    async (req) => lots.blockLot(app.ctx, req.actor, req.params.id, req.body.reason),
  );

  app.post(
    '/lots/:id/release',
    {
      config: { access: [...LOT_MANAGERS] },
      schema: {
        tags: ['lots'],
        summary: 'Release a blocked lot: units come back wherever it has not expired (a recalled lot cannot be released)',
        params: LotParams,
        body: Reason,
        response: { 200: Obj({ lot: LotDetail, units_released: Type.Integer() }) },
      },
    },
    async (req) => lots.releaseLot(app.ctx, req.actor, req.params.id, req.body.reason),
  );
}
