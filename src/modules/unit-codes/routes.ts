import { createHash } from 'node:crypto';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';
import { readWebIndex } from '../../http/web.ts';
import { Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { parseDigitalLinkStrict } from '../../shared/gs1/digital-link-strict.ts';
import { publicBase } from './batch-routes.ts';
import { qrPng, qrSvg } from './qr.ts';
import { scanPage } from './scan-page.ts';
import * as svc from './service.ts';
import { SIGNATURE_PARAM } from './signing.ts';

const tags = ['brand protection'];
const CodeId = Type.String({ pattern: svc.UNIT_CODE_ID });
const BatchId = Type.String({ pattern: svc.UNIT_CODE_BATCH_ID });
const Key = Obj({
  id: Type.String(),
  created_at: Timestamp,
  retired_at: Nullable(Timestamp),
  state: Type.Union([Type.Literal('signing'), Type.Literal('verifying'), Type.Literal('retired')]),
});
const Finding = Obj({ code: Type.String(), detail: Type.String() });
const ScanAnswer = Obj({
  result: Type.Union([Type.Literal('genuine'), Type.Literal('unknown'), Type.Literal('suspicious')]),
  gtin: Type.String(),
  serial: Type.String(),
  lot: Nullable(Type.String({ description: 'AI (10), from the URI' })),
  expiry: Nullable(Type.String({ description: 'AI (17), YYMMDD, from the URI' })),
  status: Nullable(Type.String()),
  signature: Type.String({ description: 'valid, missing, not_checked (unknown code), malformed, unknown_key, retired_key or bad_mac' }),
  findings: Type.Array(Finding),
});

/** Unit authentication codes: keys, batches, exports, QR images, sales (the brand's merchant). */
export async function unitCodeRoutes(app: App): Promise<void> {
  const access = { access: ['merchant', 'brand_owner'] as Array<'merchant' | 'brand_owner'> };
  app.get(
    '/unit-codes/keys',
    { config: access, schema: { tags, summary: "The merchant's signing keys (never their secrets)", response: { 200: Obj({ items: Type.Array(Key) }) } } },
    async (req) => ({
      items: await svc.listKeys(app.ctx, req.actor),
    }),
  );
  app.post(
    '/unit-codes/keys/rotate',
    {
      config: access,
      schema: {
        tags,
        summary: 'A new key signs new codes from now; older keys verify theirs until retired',
        response: { 200: Obj({ id: Type.String(), created_at: Timestamp }) },
      },
    },
    async (req) => svc.rotateKey(app.ctx, req.actor),
  );
  app.post(
    '/unit-codes/keys/:id/retire',
    {
      config: access,
      schema: {
        tags,
        summary: 'Retire a key: the codes it signed no longer verify',
        params: Obj({ id: Type.String({ maxLength: 40 }) }),
        response: { 200: Key },
      },
    },
    async (req) => svc.retireKey(app.ctx, req.actor, req.params.id),
  );
  app.post(
    '/unit-codes/batches',
    {
      config: access,
      schema: {
        tags,
        summary: 'Generate signed codes for units of a variant with a GTIN (random unique serials)',
        body: Obj({
          variant_id: Type.String({ maxLength: 40 }),
          count: Type.Integer({ minimum: 1, maximum: svc.MAX_BATCH }),
          lot: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
          expiry: Type.Optional(Nullable(Type.String({ pattern: '^\\d{6}$', description: 'AI (17), YYMMDD' }))),
        }),
        response: {
          201: Obj({
            batch_id: Type.String(),
            variant_id: Type.String(),
            gtin: Type.String(),
            lot: Nullable(Type.String()),
            expiry: Nullable(Type.String()),
            key_id: Type.String(),
            count: Type.Integer(),
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.generateCodes(app.ctx, req.actor, req.body)),
  );
  app.get(
    '/unit-codes/batches/:id/codes.csv',
    {
      config: access,
      schema: {
        tags,
        summary: 'A batch as CSV: gtin,serial,lot,expiry,uri (signed Digital Link URIs)',
        params: Obj({ id: BatchId }),
        response: { 200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } } },
      },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="unit-codes-${req.params.id}.csv"`)
        .send(await svc.exportBatchCsv(app.ctx, req.actor, req.params.id, publicBase(req))),
  );
  app.get(
    '/unit-codes/:id/qr',
    {
      config: access,
      schema: {
        tags,
        summary: "One code's QR image (SVG, or PNG with format=png)",
        params: Obj({ id: CodeId }),
        querystring: Obj({ format: Type.Optional(Type.Union([Type.Literal('svg'), Type.Literal('png')])) }),
        response: {
          200: {
            description: 'The image',
            content: { 'image/svg+xml': { schema: Type.String() }, 'image/png': { schema: Type.String({ format: 'binary' }) } },
          },
        },
      },
    },
    async (req, reply) => {
      const uri = await svc.codeUri(app.ctx, req.actor, req.params.id, publicBase(req));
      if (req.query.format === 'png') return reply.type('image/png').send((await qrPng(uri)) as unknown as string);
      return reply.type('image/svg+xml').send(await qrSvg(uri));
    },
  );
  app.post(
    '/unit-codes/:id/sale',
    {
      config: access,
      schema: {
        tags,
        summary: 'Record where and when the unit was sold (a scan after that in another city is suspicious)',
        params: Obj({ id: CodeId }),
        body: Obj({ sold_at: Type.String({ format: 'date-time' }), city: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: Obj({ id: Type.String(), status: Type.String() }, { additionalProperties: true }) },
      },
    },
    async (req) => svc.recordSale(app.ctx, req.actor, req.params.id, { sold_at: new Date(req.body.sold_at), city: req.body.city }),
  );
}

const num = (v: unknown): number | null => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

function wantsHtml(req: FastifyRequest): boolean {
  const accept = String(req.headers.accept ?? '');
  return /text\/html/.test(accept) && !/application\/json/.test(accept.split(',')[0] ?? '');
}

/**
 * Which page the resolver gives a browser. `webIndex` undefined (the default): the web app's
 * index.html when web/dist has a build at start, else none; a string or null sets it (tests).
 */
export const resolverOptions: { webIndex?: string | null } = {};

/**
 * The Digital Link resolver for unit codes, at the root as the standard places it:
 * `GET /01/{gtin}/21/{serial}` (and `/01/{gtin}/10/{lot}/21/{serial}`), attributes such as `?17=`
 * and the signature `s=` in the query. Parsed strictly by the standard (a malformed URI is a 400
 * naming the fault); every scan is recorded with the client's coarse place (`lat`, `lon`,
 * `radius_km`, `city` query parameters) and a device hash (the `device` parameter, else the user
 * agent), and answered as JSON. A browser (Accept text/html) gets the web app, which records no
 * scan: the app's scan page asks this same URI for JSON (once) and shows the answer. Without a web
 * build, or with `?view=basic`, the browser gets a small server-rendered page in English or Chinese
 * instead, and that request records the scan.
 */
export async function resolverRoutes(app: App): Promise<void> {
  const webIndex = resolverOptions.webIndex !== undefined ? resolverOptions.webIndex : readWebIndex();
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = `${req.protocol}://${req.host}${req.url}`;
    const html = wantsHtml(req);
    // The answer depends on these headers: caches must not give a browser's page to a scanner app.
    void reply.header('vary', 'Accept, Accept-Language');
    const q = req.query as Record<string, unknown>;
    // The web app shows the scan (its page asks for the JSON, which records it); even a malformed URI's fault.
    if (html && webIndex !== null && q.view !== 'basic') return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(webIndex);
    const parsed = parseDigitalLinkStrict(url);
    const zh = /^zh/i.test(String(req.headers['accept-language'] ?? ''));
    if (!parsed.ok) {
      if (html)
        return reply
          .code(400)
          .type('text/html; charset=utf-8')
          .send(scanPage({ kind: 'malformed', detail: parsed.detail, zh }));
      throw new AppError(400, parsed.code, parsed.detail, parsed.ai ? { ai: parsed.ai } : {});
    }
    const ai = (n: string) => [parsed.primaryKey, ...parsed.qualifiers, ...parsed.attributes].find((e) => e.ai === n)?.value ?? null;
    const serial = ai('21');
    if (parsed.primaryKey.ai !== '01' || serial === null)
      throw new AppError(404, 'not_a_unit_code', 'This resolver answers for serialised units: /01/{gtin}/21/{serial}');
    const device = typeof q.device === 'string' && q.device ? q.device : `${String(req.headers['user-agent'] ?? '')}|${req.ip}`;
    const outcome = await svc.recordScan(app.ctx, {
      gtin: parsed.primaryKey.value,
      serial,
      lot: ai('10'),
      expiry: ai('17'),
      signature: new URL(url).searchParams.get(SIGNATURE_PARAM),
      lat: num(q.lat),
      lon: num(q.lon),
      radius_km: num(q.radius_km),
      city: typeof q.city === 'string' ? q.city.slice(0, 100) : null,
      device_hash: createHash('sha256').update(device).digest('hex').slice(0, 32),
    });
    const answer = {
      result: outcome.result,
      gtin: parsed.primaryKey.value,
      serial,
      lot: ai('10'),
      expiry: ai('17'),
      status: outcome.status,
      signature: outcome.signature,
      findings: outcome.findings.map((f) => ({ code: f.code, detail: f.detail })),
    };
    if (html) return reply.type('text/html; charset=utf-8').send(scanPage({ kind: 'scan', answer, zh }));
    return answer;
  };
  app.get(
    '/01/*',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary: 'Resolve a unit code (GS1 Digital Link): genuine, unknown or suspicious; JSON, or a page for browsers',
        description:
          'Records a scan and answers JSON. A browser (Accept: text/html) gets the web app, which records nothing and asks again for JSON; `view=basic` (or no web build) gives a server-rendered page that records the scan.',
        response: { 200: ScanAnswer },
      },
    },
    handler,
  );
}
