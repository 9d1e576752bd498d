import Fastify, { type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import rateLimit from '@fastify/rate-limit';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { currentMigration } from '../db/migrations.ts';
import { ulid } from '../shared/ids.ts';
import { registerAuth } from './auth.ts';
import { registerMetrics } from './metrics.ts';
import { registerWeb } from './web.ts';
import { AppError, badRequest } from './errors.ts';
import { errorHandler, problem, sendProblem } from './problem.ts';
import { Obj, ProblemSchema } from './schemas.ts';
import type { App } from './types.ts';
import brandRoutes from '../modules/brands/routes.ts';
import catalogRoutes from '../modules/catalog/routes.ts';
import identityRoutes from '../modules/identity/routes.ts';
import inventoryRoutes from '../modules/inventory/routes.ts';
import lotRoutes from '../modules/inventory/lots/routes.ts';
import locationRoutes from '../modules/locations/routes.ts';
import merchantRoutes from '../modules/merchants/routes.ts';
import transferRoutes from '../modules/transfers/routes.ts';
import orderRoutes from '../modules/orders/routes.ts';
import checkoutRoutes from '../flows/checkout/routes.ts';
import tillRoutes from '../flows/till/routes.ts';
import returnRoutes from '../flows/returns/routes.ts';
import cartRoutes from '../modules/carts/routes.ts';
import recallRoutes from '../flows/recall/routes.ts';
import scanRoutes from '../flows/scan/routes.ts';
import reportRoutes from '../modules/orders/report-routes.ts';
import catalogCsvRoutes from '../modules/catalog/csv-routes.ts';
import pricingRoutes from '../modules/pricing/routes.ts';
import crossborderRoutes from '../modules/crossborder/routes.ts';
import settlementRoutes from '../modules/settlement/routes.ts';
import eventRoutes from '../modules/events/routes.ts';
import { EventHub } from '../modules/events/hub.ts';
import epcisRoutes from '../modules/epcis/routes.ts';
import webhookRoutes from '../modules/webhooks/routes.ts';
import replenishmentRoutes from '../modules/replenishment/routes.ts';
import brandRegistryRoutes from '../modules/brand-registry/routes.ts';
import digitalLinkRoutes from '../modules/digital-link/routes.ts';
import takedownRoutes from '../modules/takedowns/routes.ts';
import jobsRoutes from '../modules/jobs/routes.ts';
import screeningRoutes from '../flows/screening/routes.ts';
import { unitCodeBatchRoutes } from '../modules/unit-codes/batch-routes.ts';
import { resolverRoutes, unitCodeRoutes } from '../modules/unit-codes/routes.ts';

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

export const VERSION = '0.1.0';

/** Builds the HTTP application: plugins, the error edge, docs, metrics and every module's routes. */
export async function buildApp({ database, config, logger }: AppOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: () => `req_${ulid()}`,
    bodyLimit: config.bodyLimit,
    ajv: {
      // Unknown fields are refused (schemas say additionalProperties: false), never dropped.
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
      plugins: [addFormats as unknown as never],
    },
    routerOptions: { maxParamLength: 200 },
    // Errors the router or parser raise before a route runs get the same problem document.
    frameworkErrors: (err, req, reply) => {
      const status = (err as { statusCode?: number }).statusCode ?? 400;
      const code = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'path_parameter_too_long' : 'bad_request';
      return sendProblem(reply, problem(req, status >= 400 && status < 500 ? status : 400, code, err.message));
    },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.decorate('database', database);
  app.decorate('ctx', { db: database.db, config });
  const hub = new EventHub(database, app.log, config.eventsPollMs);
  app.decorate('events', hub);
  app.addHook('onReady', async () => hub.start());
  // Before the database closes (its owner closes it after the app).
  app.addHook('onClose', async () => hub.stop());
  app.addSchema(ProblemSchema);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // PostgreSQL text cannot hold U+0000; refuse it at the edge rather than fail half-way through a write.
  app.addHook('preValidation', async (req) => {
    if (hasNul(req.body) || hasNul(req.query) || hasNul(req.params)) throw badRequest('invalid_text', 'Text may not contain the NUL character (U+0000)');
  });

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => sendProblem(reply, problem(req, 404, 'route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`)));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meridian API',
        version: VERSION,
        description:
          'Omnichannel commerce for new retail. Errors are RFC 9457 problem documents with a stable `code`. ' +
          'Each operation lists who may call it in `x-access`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Session token (mst_…) or merchant API key (mak_…)' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  // Limits are set per route (sign-in); nothing else is limited by default.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new AppError(429, 'too_many_requests', `Too many attempts; retry in ${ctx.after}`),
  });
  registerAuth(app);
  registerMetrics(app);

  // Every error a route can give has the same shape; say so once for all routes.
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const response = ((route.schema ??= {}).response ??= {}) as Record<string, unknown>;
    response['4xx'] ??= { $ref: 'Problem#', description: 'Problem document (application/problem+json)' };
    response['5xx'] ??= { $ref: 'Problem#', description: 'Problem document (application/problem+json)' };
  });

  app.get(
    '/api/health',
    {
      config: { access: ['public'] },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database state',
        response: {
          200: Obj({
            status: Type.Literal('ok'),
            version: Type.String(),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
            migration: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(database.db);
      return { status: 'ok' as const, version: VERSION, database: database.kind, migration: await currentMigration(database.db) };
    },
  );

  app.get('/api/openapi.json', { config: { access: ['public'] }, schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      const a = api as unknown as App;
      await identityRoutes(a);
      await merchantRoutes(a);
      await brandRoutes(a);
      await locationRoutes(a);
      await catalogRoutes(a);
      await inventoryRoutes(a);
      await lotRoutes(a);
      await transferRoutes(a);
      await orderRoutes(a);
      await checkoutRoutes(a);
      await tillRoutes(a);
      await returnRoutes(a);
      await cartRoutes(a);
      await recallRoutes(a);
      await scanRoutes(a);
      await reportRoutes(a);
      await catalogCsvRoutes(a);
      await pricingRoutes(a);
      await crossborderRoutes(a);
      await settlementRoutes(a);
      await eventRoutes(a);
      await webhookRoutes(a);
      await replenishmentRoutes(a);
      await brandRegistryRoutes(a);
      await digitalLinkRoutes(a);
      await takedownRoutes(a);
      await jobsRoutes(a);
      await screeningRoutes(a);
      await unitCodeRoutes(a);
      await unitCodeBatchRoutes(a);
    },
    { prefix: '/api' },
  );
  // GS1 EPCIS 2.0 REST binding: at /epcis, as the standard names its resources.
  await app.register(async (epcis) => epcisRoutes(epcis as unknown as App), { prefix: '/epcis' });
  // The GS1 Digital Link resolver for unit codes: at the root (/01/…), as the standard places it.
  await resolverRoutes(app as unknown as App);
  // The web app at / (storefront, till, merchant portal, operator console).
  await registerWeb(app);

  return app;
}

function hasNul(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.includes('\u0000');
  if (depth > 32 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => hasNul(x, depth + 1));
  return Object.entries(v).some(([k, x]) => k.includes('\u0000') || hasNul(x, depth + 1));
}
