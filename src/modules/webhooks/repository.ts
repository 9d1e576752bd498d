import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DeliveryStatus } from './schema.ts';

/** Endpoint columns a reader may see: never the secret. */
export const ENDPOINT_COLUMNS = [
  'id',
  'merchant_id',
  'url',
  'description',
  'event_types',
  'active',
  'secret_rotated_at',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export const DELIVERY_COLUMNS = [
  'id',
  'endpoint_id',
  'merchant_id',
  'event_position',
  'event_type',
  'subject_id',
  'origin',
  'status',
  'attempts',
  'next_attempt_at',
  'last_status_code',
  'last_error',
  'delivered_at',
  'dead_at',
  'created_at',
] as const;

export function findEndpoint(db: Kysely<DB>, id: string) {
  return db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type EndpointRow = NonNullable<Awaited<ReturnType<typeof findEndpoint>>>;

export function listEndpointRows(db: Kysely<DB>, q: { merchant_id: string | undefined; before: string | undefined; limit: number }) {
  let query = db.selectFrom('webhook_endpoints').select(ENDPOINT_COLUMNS).orderBy('id', 'desc').limit(q.limit);
  if (q.merchant_id !== undefined) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.before !== undefined) query = query.where('id', '<', q.before);
  return query.execute();
}

/** Active endpoints of the given merchants, with what the fan-out needs to match events. */
export function activeEndpointsOf(db: Kysely<DB>, merchantIds: string[]) {
  if (merchantIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('webhook_endpoints')
    .select(['id', 'merchant_id', 'event_types'])
    .where('merchant_id', 'in', merchantIds)
    .where('active', '=', true)
    .execute();
}

export function listDeliveryRows(
  db: Kysely<DB>,
  q: { endpoint_id?: string; merchant_id?: string | undefined; status?: DeliveryStatus | undefined; before: string | undefined; limit: number },
) {
  let query = db.selectFrom('webhook_deliveries').select(DELIVERY_COLUMNS).orderBy('id', 'desc').limit(q.limit);
  if (q.endpoint_id !== undefined) query = query.where('endpoint_id', '=', q.endpoint_id);
  if (q.merchant_id !== undefined) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.status !== undefined) query = query.where('status', '=', q.status);
  if (q.before !== undefined) query = query.where('id', '<', q.before);
  return query.execute();
}

export type DeliveryRow = Awaited<ReturnType<typeof listDeliveryRows>>[number];

export function attemptsOf(db: Kysely<DB>, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('webhook_attempts')
    .select(['delivery_id', 'attempted_at', 'status_code', 'error', 'duration_ms'])
    .where('delivery_id', 'in', deliveryIds)
    .orderBy('delivery_id')
    .orderBy('id')
    .execute();
}

/** A delivery the worker took: what it needs to post it. */
export interface LeasedDelivery {
  id: string;
  endpoint_id: string;
  event_position: number;
  event_type: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Takes up to `limit` due deliveries for `leaseMs`: each the oldest pending one of its (endpoint,
 * subject), so a later event of a variant waits while an earlier one is still being retried; dead
 * and delivered ones do not block. SKIP LOCKED lets several processes pick at once, and an older
 * pending row (leased or not) keeps its successors out, so order holds across processes too.
 */
export async function leaseDue(db: Kysely<DB>, limit: number, leaseMs: number): Promise<LeasedDelivery[]> {
  const res = await sql<LeasedDelivery>`
    with picked as (
      select d.id from webhook_deliveries d
        join webhook_endpoints w on w.id = d.endpoint_id and w.active
       where d.status = 'pending' and d.next_attempt_at <= now()
         and (d.leased_until is null or d.leased_until < now())
         and not exists (
           select 1 from webhook_deliveries e
            where e.endpoint_id = d.endpoint_id and e.subject_id = d.subject_id and e.status = 'pending'
              and (e.event_position, e.id) < (d.event_position, d.id))
       order by d.next_attempt_at, d.event_position
       limit ${limit}
       for update of d skip locked
    )
    update webhook_deliveries d set leased_until = now() + make_interval(secs => ${leaseMs / 1000})
      from picked, webhook_endpoints w
     where d.id = picked.id and w.id = d.endpoint_id
    returning d.id, d.endpoint_id, d.event_position, d.event_type, d.body, d.attempts, w.url, w.secret`.execute(db);
  return res.rows.map((r) => ({ ...r, event_position: Number(r.event_position), attempts: Number(r.attempts) }));
}

/** Records one attempt and its outcome: delivered, retry at `retryAt`, or dead (retryAt null). */
export async function recordAttempt(
  db: Kysely<DB>,
  d: { id: string; attempts: number },
  a: { status_code: number | null; error: string | null; duration_ms: number; ok: boolean; retryAt: Date | null },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('webhook_attempts').values({ delivery_id: d.id, status_code: a.status_code, error: a.error, duration_ms: a.duration_ms }).execute();
    const now = new Date();
    const outcome = a.ok
      ? { status: 'delivered' as const, delivered_at: now }
      : a.retryAt
        ? { status: 'pending' as const, next_attempt_at: a.retryAt }
        : { status: 'dead' as const, dead_at: now };
    await tx
      .updateTable('webhook_deliveries')
      .set({ ...outcome, attempts: d.attempts + 1, leased_until: null, last_status_code: a.status_code, last_error: a.error })
      .where('id', '=', d.id)
      // Only from the state the worker leased it in: a delivery re-queued or deleted meanwhile is left alone.
      .where('status', '=', 'pending')
      .execute();
  });
}

/**
 * Deletes delivered deliveries (and their attempts, by cascade) delivered before `before`, in
 * batches; pending and dead ones stay: they are the retry queue and the dead-letter list.
 */
export async function pruneDelivered(db: Kysely<DB>, before: Date, batch = 10_000): Promise<number> {
  const res = await sql`
    delete from webhook_deliveries where id in (
      select id from webhook_deliveries where status = 'delivered' and delivered_at < ${before} limit ${batch})`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}
