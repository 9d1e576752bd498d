import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/database.ts';
import { Id, IdParams, Nullable, Obj, Page, PageQuery, Text, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import { NatsPublisher } from '../events/nats.ts';
import * as webhooks from './service.ts';
import { DeliveryWorker, WEBHOOK_CHANNEL, workerOptionsFromEnv } from './worker.ts';

const TAGS = ['webhooks'];
const MANAGERS = ['merchant', 'operator'] as const;

const EventType = Type.String({ maxLength: 40, description: 'stock.moved, order.<status>, order.*, stock.* or *' });
const Url = Type.String({ minLength: 8, maxLength: 2000, description: 'https:// (or http://) URL that receives POSTs' });

const EndpointFields = {
  id: Id('webhookEndpoint'),
  merchant_id: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  event_types: Type.Array(Type.String(), { description: 'Types it receives; empty: every type' }),
  active: Type.Boolean(),
  secret_rotated_at: Nullable(Timestamp),
  created_by: Nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
};
const Endpoint = Obj(EndpointFields);
const EndpointWithSecret = Obj({
  ...EndpointFields,
  secret: Type.String({ description: 'Signs every delivery (HMAC-SHA256). Shown only now: store it.' }),
});

const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('dead')]);
const Delivery = Obj({
  id: Id('webhookDelivery'),
  endpoint_id: Type.String(),
  merchant_id: Type.String(),
  event_id: Type.String({ description: 'The event’s id (position in the stream)' }),
  event_position: Type.Integer(),
  event_type: Type.String(),
  subject_id: Type.String(),
  origin: Type.Union([Type.Literal('fanout'), Type.Literal('replay')]),
  status: DeliveryStatus,
  attempts: Type.Integer({ description: 'Attempts in the current round (a replay starts a new one)' }),
  next_attempt_at: Timestamp,
  last_status_code: Nullable(Type.Integer()),
  last_error: Nullable(Type.String()),
  delivered_at: Nullable(Timestamp),
  dead_at: Nullable(Timestamp),
  created_at: Timestamp,
  attempt_log: Type.Array(Obj({ attempted_at: Timestamp, status_code: Nullable(Type.Integer()), error: Nullable(Type.String()), duration_ms: Type.Integer() })),
});

const workers = new WeakMap<Database, DeliveryWorker>();

/** The delivery worker of an app (tests drain it; commands may too). */
export function webhookWorker(app: App): DeliveryWorker {
  const w = workers.get(app.database);
  if (!w) throw new Error('webhook routes are not registered on this app');
  return w;
}

export default async function webhookRoutes(app: App): Promise<void> {
  const worker = new DeliveryWorker(app.database, app.log, { ...workerOptionsFromEnv(), allowPrivate: app.ctx.config.webhookAllowPrivate });
  workers.set(app.database, worker);
  app.events.addConsumer({
    name: webhooks.FANOUT_CONSUMER,
    startAt: 'now',
    handle: async (tx, events) => {
      // Announced at commit, so every process's worker looks at once.
      if ((await webhooks.fanOut(tx, events)) > 0) await sql`select pg_notify(${WEBHOOK_CHANNEL}, '')`.execute(tx);
    },
  });
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());

  const natsUrl = app.ctx.config.natsUrl;
  if (natsUrl) {
    const nats = new NatsPublisher({ url: natsUrl, log: app.log });
    app.events.addConsumer(nats.consumer());
    app.addHook('onClose', async () => nats.close());
  }

  app.post(
    '/webhooks',
    {
      config: { access: ['merchant'] },
      schema: {
        tags: TAGS,
        summary: 'Create a webhook endpoint for your merchant; the answer carries its signing secret, once',
        body: Obj({
          url: Url,
          description: Type.Optional(Text(200)),
          event_types: Type.Optional(Type.Array(EventType, { maxItems: 20 })),
          active: Type.Optional(Type.Boolean()),
        }),
        response: { 201: EndpointWithSecret },
      },
    },
    async (req, reply) => reply.code(201).send(await webhooks.createEndpoint(app.ctx, req.actor, req.body)),
  );

  app.get(
    '/webhooks',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'Webhook endpoints, newest first (merchants: their own; operators: all, or one merchant’s)',
        querystring: Obj({ ...PageQuery, merchant_id: Type.Optional(Id('merchant')) }),
        response: { 200: Page(Endpoint) },
      },
    },
    async (req) => webhooks.listEndpoints(app.ctx, req.actor, req.query),
  );

  app.get(
    '/webhooks/dead-letters',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'Deliveries that failed every attempt, newest first, with their attempts (replay them per endpoint)',
        querystring: Obj({ ...PageQuery, merchant_id: Type.Optional(Id('merchant')) }),
        response: { 200: Page(Delivery) },
      },
    },
    async (req) => webhooks.listDeadLetters(app.ctx, req.actor, req.query),
  );

  app.get(
    '/webhooks/:id',
    {
      config: { access: [...MANAGERS] },
      schema: { tags: TAGS, summary: 'A webhook endpoint (never its secret)', params: IdParams('webhookEndpoint'), response: { 200: Endpoint } },
    },
    async (req) => webhooks.getEndpoint(app.ctx, req.actor, req.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'Change a webhook endpoint’s URL, description, event types or active flag',
        params: IdParams('webhookEndpoint'),
        body: Obj(
          {
            url: Type.Optional(Url),
            description: Type.Optional(Nullable(Text(200))),
            event_types: Type.Optional(Type.Array(EventType, { maxItems: 20 })),
            active: Type.Optional(Type.Boolean()),
          },
          { minProperties: 1 },
        ),
        response: { 200: Endpoint },
      },
    },
    async (req) => webhooks.updateEndpoint(app.ctx, req.actor, req.params.id, req.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      config: { access: [...MANAGERS] },
      schema: { tags: TAGS, summary: 'Delete a webhook endpoint and its delivery log', params: IdParams('webhookEndpoint'), response: { 204: Type.Null() } },
    },
    async (req, reply) => {
      await webhooks.deleteEndpoint(app.ctx, req.actor, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'Replace the signing secret (the old one stops at once); the answer carries the new one, once',
        params: IdParams('webhookEndpoint'),
        response: { 200: EndpointWithSecret },
      },
    },
    async (req) => webhooks.rotateSecret(app.ctx, req.actor, req.params.id),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'The endpoint’s delivery log, newest first: status, every attempt (status code, error, duration)',
        params: IdParams('webhookEndpoint'),
        querystring: Obj({ ...PageQuery, status: Type.Optional(DeliveryStatus) }),
        response: { 200: Page(Delivery) },
      },
    },
    async (req) => webhooks.listDeliveries(app.ctx, req.actor, req.params.id, req.query),
  );

  app.post(
    '/webhooks/:id/replay',
    {
      config: { access: [...MANAGERS] },
      schema: {
        tags: TAGS,
        summary: 'Re-send: dead deliveries by id, or every event after an event id (resume)',
        description:
          '`delivery_ids`: dead deliveries of this endpoint get a fresh round of attempts. `after_event_id`: a new delivery of ' +
          'every kept event after it (this endpoint’s merchant and types), up to 10,000 per call; when `more` is true, call ' +
          'again with `last_event_id`.',
        params: IdParams('webhookEndpoint'),
        body: Obj({
          delivery_ids: Type.Optional(Type.Array(Id('webhookDelivery'), { minItems: 1, maxItems: 1000 })),
          after_event_id: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'An event id' })),
        }),
        response: { 200: Obj({ queued: Type.Integer(), last_event_id: Nullable(Type.String()), more: Type.Boolean() }) },
      },
    },
    async (req) => {
      const r = await webhooks.replay(app.ctx, req.actor, req.params.id, req.body);
      worker.kick();
      return r;
    },
  );
}
