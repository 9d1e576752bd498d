import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { badRequest } from '../../http/errors.ts';
import { Nullable, Obj, Timestamp } from '../../http/schemas.ts';
import type { App } from '../../http/types.ts';
import * as events from './service.ts';

const EventSchema = Obj({
  id: Type.String({ description: 'The event’s position in the stream: resume after it' }),
  type: Type.String({ description: 'stock.moved, or order.<status> (order.placed, order.paid, order.completed …)' }),
  merchant_id: Nullable(Type.String()),
  subject_id: Type.String({ description: 'The variant (stock.moved) or order (order.*) it is about' }),
  location_id: Nullable(Type.String()),
  occurred_at: Timestamp,
  data: Type.Record(Type.String(), Type.Unknown()),
});

const Query = {
  merchant_id: Type.Optional(Type.String({ maxLength: 64, description: 'Operators: one tenant’s events' })),
  types: Type.Optional(Type.String({ maxLength: 300, description: 'Comma-separated: stock.moved, order.paid, order.* …' })),
};

const HEARTBEAT_MS = 15_000;
// A reader this far behind is cut off; it resumes from its last id (Last-Event-ID) when it reconnects.
const MAX_BUFFERED = 1 << 20;

export default async function eventRoutes(app: App): Promise<void> {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get(
    '/events',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags: ['events'],
        summary: 'Events after a position, oldest first (pull feed; resume with after=<last id>)',
        querystring: Obj({ after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })), ...Query }),
        response: { 200: Obj({ items: Type.Array(EventSchema), last_id: Nullable(Type.String()) }) },
      },
    },
    async (req) => events.listEvents(app.ctx, req.actor, req.query),
  );

  app.get(
    '/events/stream',
    {
      config: { access: ['merchant', 'brand_owner', 'operator'] },
      schema: {
        tags: ['events'],
        summary: 'Live events as Server-Sent Events (text/event-stream), scoped to the caller’s tenant',
        description:
          'Each message: `id:` the event position, `event:` its type, `data:` the event as JSON. Resume after a drop with the ' +
          'Last-Event-ID header (EventSource sends it) or ?after=<id>: kept events after it are replayed, then live ones follow.',
        querystring: Obj({ after: Type.Optional(Type.Integer({ minimum: 0 })), ...Query }),
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 20 })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }) },
      },
    },
    async (req, reply) => {
      const header = req.headers['last-event-id'];
      let after: number | null = req.query.after ?? null;
      if (typeof header === 'string' && header !== '') {
        if (!/^\d{1,15}$/.test(header)) throw badRequest('invalid_last_event_id', 'Last-Event-ID must be an event id (digits)');
        after = Number(header);
      }
      const filter = events.filterFor(req.actor, req.query);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      open.add(res);
      const close = () => {
        stop();
        clearInterval(beat);
        open.delete(res);
        if (!res.writableEnded) res.end();
      };
      const stop = app.events.subscribe(
        filter,
        after,
        (e) => {
          if (res.writableLength > MAX_BUFFERED) return close();
          res.write(`id: ${e.position}\nevent: ${e.type}\ndata: ${JSON.stringify(events.toOut(e))}\n\n`);
        },
        (err) => {
          req.log.warn({ err }, 'event stream replay failed');
          close();
        },
      );
      // Said once subscribed: a reader that sees it will get every event sequenced from now.
      res.write(`retry: 1000\n: connected\n\n`);
      const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      beat.unref();
      req.raw.on('close', close);
    },
  );

  app.get(
    '/events/consumers',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['events'],
        summary: 'Durable consumers of the event stream and the position each has handled',
        response: { 200: Obj({ items: Type.Array(Obj({ name: Type.String(), position: Type.Integer(), updated_at: Timestamp })) }) },
      },
    },
    async (req) => ({ items: await events.consumers(app.ctx, req.actor) }),
  );
}
