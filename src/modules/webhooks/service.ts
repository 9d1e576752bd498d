import net from 'node:net';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { consumerPosition, matches, readEvents, type StreamEvent, toOut } from '../events/service.ts';
import { hostOf, isLocalName, isPublicAddress } from './address.ts';
import * as repo from './repository.ts';
import type { DeliveryStatus } from './schema.ts';
import { newSecret } from './signature.ts';

/** The durable consumer that turns events into deliveries. */
export const FANOUT_CONSUMER = 'webhooks.fanout';

const TYPE = /^(stock\.moved|order\.[a-z_]+|listing\.[a-z_]+|unit_code\.suspicious|order\.\*|stock\.\*|listing\.\*|unit_code\.\*|\*)$/;
const REPLAY_MAX = 10_000;

/** Refuses anything but an absolute http(s) URL without credentials. */
function checkUrl(ctx: Ctx, raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw badRequest('invalid_webhook_url', 'The URL is not an absolute URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw badRequest('invalid_webhook_url', 'A webhook URL is https:// (or http://)');
  if (u.username || u.password) throw badRequest('invalid_webhook_url', 'Put no credentials in the URL; check the signature instead');
  const host = hostOf(u);
  // Names are checked again on every address they resolve to, when a delivery connects.
  if (!ctx.config.webhookAllowPrivate && (isLocalName(host) || (net.isIP(host) !== 0 && !isPublicAddress(host))))
    throw badRequest('webhook_url_not_public', `${host} is not a public address: webhooks are posted to the public internet only`);
  return u.toString();
}

function checkTypes(types: string[]): string[] {
  for (const t of types)
    if (!TYPE.test(t))
      throw badRequest(
        'invalid_event_type',
        `Unknown event type "${t}" (stock.moved, order.<status>, listing.taken_down, listing.reinstated, unit_code.suspicious, order.*, stock.*, listing.*, unit_code.*)`,
      );
  // '*' is every type, as is an empty list.
  return types.includes('*') ? [] : [...new Set(types)];
}

/** An endpoint the actor may manage: its own merchant's (404 for another's, never 403: no probing). */
async function ownEndpoint(ctx: Ctx, actor: Actor, id: string): Promise<repo.EndpointRow> {
  const row = await repo.findEndpoint(ctx.db, id);
  if (!row || (!isOperator(actor) && row.merchant_id !== merchantOf(actor))) throw notFound('webhook', id);
  return row;
}

function tenantOf(actor: Actor): string | undefined {
  if (isOperator(actor)) return undefined;
  const m = merchantOf(actor);
  if (!m) throw forbidden('Webhooks belong to a merchant: sign in as its staff or use its API key');
  return m;
}

export interface NewEndpoint {
  url: string;
  description?: string | undefined;
  event_types?: string[] | undefined;
  active?: boolean | undefined;
}

/** Creates an endpoint for the actor's merchant; the answer carries the signing secret, once. */
export async function createEndpoint(ctx: Ctx, actor: Actor, input: NewEndpoint) {
  const merchantId = merchantOf(actor);
  if (!merchantId) throw forbidden('Webhooks belong to a merchant: sign in as its staff or use its API key');
  const secret = newSecret();
  const id = newId('webhookEndpoint');
  await ctx.db
    .insertInto('webhook_endpoints')
    .values({
      id,
      merchant_id: merchantId,
      url: checkUrl(ctx, input.url),
      description: input.description ?? null,
      event_types: checkTypes(input.event_types ?? []),
      active: input.active ?? true,
      secret,
      secret_rotated_at: null,
      created_by: actorId(actor),
    })
    .execute();
  return { ...(await repo.findEndpoint(ctx.db, id))!, secret };
}

/** Endpoints the actor may see, newest first (operators: every merchant's, or one's). */
export async function listEndpoints(ctx: Ctx, actor: Actor, q: { merchant_id?: string | undefined; limit?: number | undefined; cursor?: string | undefined }) {
  const mine = tenantOf(actor);
  const limit = q.limit ?? 20;
  const rows = await repo.listEndpointRows(ctx.db, { merchant_id: mine ?? q.merchant_id, before: decodeCursor(q.cursor, isString), limit: limit + 1 });
  return pageOf(rows, limit, (r) => r.id);
}

/** One endpoint (without its secret). */
export async function getEndpoint(ctx: Ctx, actor: Actor, id: string) {
  return ownEndpoint(ctx, actor, id);
}

/** Changes an endpoint's URL, description, types or active flag. */
export async function updateEndpoint(
  ctx: Ctx,
  actor: Actor,
  id: string,
  patch: Omit<Partial<NewEndpoint>, 'description'> & { description?: string | null | undefined },
) {
  await ownEndpoint(ctx, actor, id);
  await ctx.db
    .updateTable('webhook_endpoints')
    .set({
      ...(patch.url !== undefined ? { url: checkUrl(ctx, patch.url) } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.event_types !== undefined ? { event_types: checkTypes(patch.event_types) } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  return (await repo.findEndpoint(ctx.db, id))!;
}

/** Deletes an endpoint and its delivery log. */
export async function deleteEndpoint(ctx: Ctx, actor: Actor, id: string): Promise<void> {
  await ownEndpoint(ctx, actor, id);
  await ctx.db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

/** Replaces the signing secret (the old one stops working at once); the answer carries it, once. */
export async function rotateSecret(ctx: Ctx, actor: Actor, id: string) {
  await ownEndpoint(ctx, actor, id);
  const secret = newSecret();
  const now = new Date();
  await ctx.db.updateTable('webhook_endpoints').set({ secret, secret_rotated_at: now, updated_at: now }).where('id', '=', id).execute();
  return { ...(await repo.findEndpoint(ctx.db, id))!, secret };
}

async function withAttempts(ctx: Ctx, rows: repo.DeliveryRow[]) {
  const attempts = await repo.attemptsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    event_id: String(r.event_position),
    attempt_log: attempts.filter((a) => a.delivery_id === r.id).map(({ delivery_id: _, ...a }) => a),
  }));
}

/** An endpoint's deliveries, newest first, each with its attempts (the delivery log). */
export async function listDeliveries(
  ctx: Ctx,
  actor: Actor,
  id: string,
  q: { status?: DeliveryStatus | undefined; limit?: number | undefined; cursor?: string | undefined },
) {
  await ownEndpoint(ctx, actor, id);
  const limit = q.limit ?? 20;
  const rows = await repo.listDeliveryRows(ctx.db, { endpoint_id: id, status: q.status, before: decodeCursor(q.cursor, isString), limit: limit + 1 });
  const page = pageOf(rows, limit, (r) => r.id);
  return { items: await withAttempts(ctx, page.items), next_cursor: page.next_cursor };
}

/** Dead deliveries of every endpoint the actor may see, newest first. */
export async function listDeadLetters(
  ctx: Ctx,
  actor: Actor,
  q: { merchant_id?: string | undefined; limit?: number | undefined; cursor?: string | undefined },
) {
  const mine = tenantOf(actor);
  const limit = q.limit ?? 20;
  const rows = await repo.listDeliveryRows(ctx.db, {
    merchant_id: mine ?? q.merchant_id,
    status: 'dead',
    before: decodeCursor(q.cursor, isString),
    limit: limit + 1,
  });
  const page = pageOf(rows, limit, (r) => r.id);
  return { items: await withAttempts(ctx, page.items), next_cursor: page.next_cursor };
}

/**
 * Re-queues deliveries of one endpoint: the named dead ones (a fresh round of attempts), or a new
 * delivery of every event of the endpoint's merchant and types after `after_event_id`, up to what
 * the fan-out has reached (later ones it delivers itself), at most 10,000 per call.
 */
export async function replay(ctx: Ctx, actor: Actor, id: string, input: { delivery_ids?: string[] | undefined; after_event_id?: string | undefined }) {
  const endpoint = await ownEndpoint(ctx, actor, id);
  if ((input.delivery_ids === undefined) === (input.after_event_id === undefined)) {
    throw badRequest('invalid_replay', 'Give either delivery_ids (dead deliveries to re-send) or after_event_id (re-send every event after it)');
  }
  if (input.delivery_ids !== undefined) {
    const ids = [...new Set(input.delivery_ids)];
    const rows = ids.length
      ? await ctx.db.selectFrom('webhook_deliveries').select(['id', 'status']).where('endpoint_id', '=', id).where('id', 'in', ids).execute()
      : [];
    const missing = ids.filter((d) => !rows.some((r) => r.id === d));
    if (missing.length) throw notFound('webhook_delivery', missing[0]);
    const notDead = rows.filter((r) => r.status !== 'dead').map((r) => r.id);
    if (notDead.length)
      throw badRequest('delivery_not_dead', 'Only dead deliveries can be replayed by id; use after_event_id to re-send delivered events', {
        delivery_ids: notDead,
      });
    await ctx.db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', attempts: 0, dead_at: null, next_attempt_at: new Date(), leased_until: null })
      .where('endpoint_id', '=', id)
      .where('id', 'in', ids)
      .where('status', '=', 'dead')
      .execute();
    return { queued: ids.length, last_event_id: null, more: false };
  }
  if (!/^\d{1,15}$/.test(input.after_event_id!)) throw badRequest('invalid_event_id', 'after_event_id is an event id (digits)');
  const after = Number(input.after_event_id);
  // Only up to where the fan-out is: the events after it will reach this endpoint anyway.
  const upTo = (await consumerPosition(ctx.db, FANOUT_CONSUMER)) ?? 0;
  const events = await readEvents(ctx.db, after, REPLAY_MAX, { merchantId: endpoint.merchant_id, types: endpoint.event_types }, upTo);
  if (events.length) {
    await ctx.db
      .insertInto('webhook_deliveries')
      .values(events.map((e) => deliveryRow(endpoint.id, endpoint.merchant_id, e, 'replay')))
      .execute();
  }
  return { queued: events.length, last_event_id: events.length ? String(events.at(-1)!.position) : null, more: events.length === REPLAY_MAX };
}

function deliveryRow(endpointId: string, merchantId: string, e: StreamEvent, origin: 'fanout' | 'replay') {
  return {
    id: newId('webhookDelivery'),
    endpoint_id: endpointId,
    merchant_id: merchantId,
    event_position: e.position,
    event_type: e.type,
    subject_id: e.subject_id,
    body: JSON.stringify(toOut(e)),
    origin,
  };
}

/**
 * The fan-out consumer's step, in the transaction that advances its cursor: one delivery per
 * event and active endpoint of the event's own merchant whose types match. Platform events (no
 * merchant) go to no webhook. Returns how many deliveries it wrote.
 */
export async function fanOut(tx: Transaction<DB>, events: StreamEvent[]): Promise<number> {
  const merchants = [...new Set(events.map((e) => e.merchant_id).filter((m): m is string => m !== null))];
  const endpoints = await repo.activeEndpointsOf(tx, merchants);
  if (endpoints.length === 0) return 0;
  const rows = [];
  for (const e of events) {
    for (const w of endpoints) {
      if (w.merchant_id === e.merchant_id && matches({ merchantId: w.merchant_id, types: w.event_types }, e))
        rows.push(deliveryRow(w.id, w.merchant_id, e, 'fanout'));
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await tx
      .insertInto('webhook_deliveries')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

/** Retention: removes deliveries delivered before `before`; dead letters and retries are kept. */
export async function pruneDeliveries(ctx: Ctx, before: Date): Promise<number> {
  let total = 0;
  for (let n = -1; n !== 0; total += n) n = await repo.pruneDelivered(ctx.db, before);
  return total;
}
