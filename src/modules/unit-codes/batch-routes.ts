import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as svc from './service.ts';

const tags = ['brand protection'];
const BatchId = Type.String({ pattern: svc.UNIT_CODE_BATCH_ID });
const CodeId = Type.String({ pattern: svc.UNIT_CODE_ID });
const Status = Type.Union([Type.Literal('genuine'), Type.Literal('suspicious'), Type.Literal('void')]);

const Batch = Obj({
  id: Type.String(),
  variant_id: Nullable(Type.String()),
  gtin: Type.String(),
  lot: Nullable(Type.String()),
  expiry: Nullable(Type.String({ description: 'AI (17), YYMMDD' })),
  created_at: Timestamp,
  count: Type.Integer(),
  suspicious: Type.Integer({ description: 'codes marked suspicious by the clone rules' }),
  sold: Type.Integer({ description: 'codes with a recorded sale' }),
});
const Code = Obj({
  id: Type.String(),
  gtin: Type.String(),
  serial: Type.String(),
  lot: Nullable(Type.String()),
  expiry: Nullable(Type.String()),
  status: Status,
  sold_at: Nullable(Timestamp),
  sold_city: Nullable(Type.String()),
  scans: Type.Integer(),
  uri: Type.String({ description: 'the signed GS1 Digital Link URI to print' }),
});
const Scan = Obj({
  id: Type.String(),
  scanned_at: Timestamp,
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
  radius_km: Nullable(Type.Number()),
  city: Nullable(Type.String()),
  device_hash: Nullable(Type.String()),
  signature_ok: Type.Boolean(),
  result: Type.Union([Type.Literal('genuine'), Type.Literal('unknown'), Type.Literal('suspicious')]),
  findings: Type.Array(Obj({ code: Type.String(), detail: Type.String() }, { additionalProperties: true })),
});

/** The origin codes are issued under: MERIDIAN_PUBLIC_URL, else the request's own. */
export function publicBase(req: FastifyRequest): string {
  return process.env.MERIDIAN_PUBLIC_URL?.replace(/\/+$/, '') || `${req.protocol}://${req.host}`;
}

/** Reading a brand's unit codes: its batches, a batch's codes one by one, and a code's scans. */
export async function unitCodeBatchRoutes(app: App): Promise<void> {
  const access = { access: ['merchant', 'brand_owner'] as Array<'merchant' | 'brand_owner'> };
  app.get(
    '/unit-codes/batches',
    {
      config: access,
      schema: {
        tags,
        summary: "The merchant's code batches, newest first",
        querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), before: Type.Optional(BatchId) }),
        response: { 200: Obj({ items: Type.Array(Batch) }) },
      },
    },
    async (req) => ({ items: await svc.listBatches(app.ctx, req.actor, req.query) }),
  );
  app.get(
    '/unit-codes/batches/:id/codes',
    {
      config: access,
      schema: {
        tags,
        summary: "A page of a batch's codes with their signed URIs, status and scan counts",
        params: Obj({ id: BatchId }),
        querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })), after: Type.Optional(CodeId) }),
        response: { 200: Obj({ items: Type.Array(Code) }) },
      },
    },
    async (req) => ({ items: await svc.listBatchCodes(app.ctx, req.actor, req.params.id, publicBase(req), req.query) }),
  );
  app.get(
    '/unit-codes/:id/scans',
    {
      config: access,
      schema: {
        tags,
        summary: "One code's scans, newest first: when, coarse place, device hash, result",
        params: Obj({ id: CodeId }),
        querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: { 200: Obj({ items: Type.Array(Scan) }) },
      },
    },
    async (req) => ({ items: await svc.codeScans(app.ctx, req.actor, req.params.id, req.query.limit) }),
  );
}
