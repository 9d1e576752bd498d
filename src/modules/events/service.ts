import { sql } from 'kysely';
import type { Ctx } from '../../http/types.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { consumerPositions, type EventFilter, pruneEvents, readAfter, type StreamEvent } from './repository.ts';

export type { StreamEvent, EventFilter } from './repository.ts';
export { matches } from './hub.ts';
export type { Consumer } from './hub.ts';

/** The public shape of an event: its position is its id, to resume from. */
export interface EventOut {
  id: string;
  type: string;
  merchant_id: string | null;
  subject_id: string;
  location_id: string | null;
  occurred_at: string;
  data: Record<string, unknown>;
}

/** Turns a sequenced event into what readers get (SSE data, the JSON feed, webhooks, NATS). */
export function toOut(e: StreamEvent): EventOut {
  return {
    id: String(e.position),
    type: e.type,
    merchant_id: e.merchant_id,
    subject_id: e.subject_id,
    location_id: e.location_id,
    occurred_at: new Date(e.occurred_at).toISOString(),
    data: e.payload,
  };
}

const TYPE = /^(stock\.moved|order\.[a-z_]+|listing\.[a-z_]+|unit_code\.suspicious|order\.\*|stock\.\*|listing\.\*|unit_code\.\*|\*)$/;

/**
 * Which events an actor may read: a merchant's staff, brand owners and API keys their own
 * tenant's only; operators every tenant's or the one they name. Throws 403 for anyone else.
 */
export function filterFor(actor: Actor, q: { merchant_id?: string | undefined; types?: string | undefined }): EventFilter {
  const types = (q.types ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of types)
    if (!TYPE.test(t))
      throw badRequest(
        'invalid_event_type',
        `Unknown event type "${t}" (stock.moved, order.<status>, listing.taken_down, listing.reinstated, unit_code.suspicious, order.*, stock.*, listing.*, unit_code.*)`,
      );
  const filter: EventFilter = { types: types.includes('*') ? [] : types };
  if (isOperator(actor)) return { ...filter, merchantId: q.merchant_id };
  const mine = merchantOf(actor);
  if (!mine) throw forbidden('Events belong to a merchant: sign in as its staff or use its API key');
  if (q.merchant_id !== undefined && q.merchant_id !== mine) throw forbidden('These are another merchant’s events');
  return { ...filter, merchantId: mine };
}

/** One page of the actor's events after a position, oldest first (a pull consumer's feed). */
export async function listEvents(
  ctx: Ctx,
  actor: Actor,
  q: { after?: number | undefined; limit?: number | undefined; merchant_id?: string | undefined; types?: string | undefined },
): Promise<{ items: EventOut[]; last_id: string | null }> {
  const filter = filterFor(actor, q);
  const rows = await readAfter(ctx.db, q.after ?? 0, q.limit ?? 100, filter);
  return { items: rows.map(toOut), last_id: rows.length ? String(rows.at(-1)!.position) : null };
}

/** Where each durable consumer is (operators: to see a stalled webhook fan-out or NATS publisher). */
export async function consumers(ctx: Ctx, actor: Actor) {
  if (!isOperator(actor)) throw forbidden();
  return consumerPositions(ctx.db);
}

/**
 * Sequenced events after a position for another module's internal reader (webhook replay), with
 * no actor check: the caller scopes `filter` to a tenant. Stops at `upTo` when given.
 */
export async function readEvents(db: Ctx['db'], after: number, limit: number, filter: EventFilter, upTo?: number): Promise<StreamEvent[]> {
  return readAfter(db, after, limit, filter, upTo);
}

/** The position a durable consumer has handled, or null before its first run. */
export async function consumerPosition(db: Ctx['db'], name: string): Promise<number | null> {
  const row = await db.selectFrom('event_consumers').select('position').where('name', '=', name).executeTakeFirst();
  return row ? Number(row.position) : null;
}

/**
 * Retention: deletes sequenced events older than `before` that every durable consumer has
 * handled (a stalled consumer keeps its backlog). Returns how many went.
 */
export async function pruneOldEvents(ctx: Ctx, before: Date): Promise<number> {
  let total = 0;
  for (let n = -1; n !== 0; total += n) n = await pruneEvents(ctx.db, before);
  return total;
}

/**
 * Puts an event of another module's own (a listing taken down, a suspicious unit code) on the
 * outbox in the caller's transaction, as the ledger and order triggers do for theirs: it commits
 * or rolls back with the change, and is sequenced and delivered like every other event.
 */
export async function emitEvent(
  db: Ctx['db'],
  e: { merchant_id: string | null; type: string; subject_id: string; location_id?: string | null; payload: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('outbox_events')
    .values({ merchant_id: e.merchant_id, type: e.type, subject_id: e.subject_id, location_id: e.location_id ?? null, payload: JSON.stringify(e.payload) })
    .execute();
  await sql`select pg_notify('meridian_outbox', '')`.execute(db);
}
