import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** A sequenced event as every consumer sees it. */
export interface StreamEvent {
  position: number;
  type: string;
  merchant_id: string | null;
  subject_id: string;
  location_id: string | null;
  occurred_at: Date;
  sequenced_at: Date;
  payload: Record<string, unknown>;
}

// Held (transaction-scoped) by whichever process stamps positions; the others skip their turn.
const SEQUENCER_LOCK = 7_302_001;

export interface SequenceResult {
  /** Rows stamped by this call (0 also when another process held the sequencer). */
  stamped: number;
  /** Unstamped rows are left: written by transactions still running, or beyond the batch. */
  pending: boolean;
}

/**
 * Stamps delivery positions on outbox rows whose writing transaction can no longer be overtaken:
 * its txid is below the snapshot's xmin, so every transaction that could still insert a row with a
 * smaller id has ended. Positions continue densely from the highest one, in id order. Announces the
 * new high-water mark on `meridian_events` (delivered at commit).
 */
export async function sequenceOutbox(db: Kysely<DB>, batch = 5_000): Promise<SequenceResult> {
  return db.transaction().execute(async (tx) => {
    const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${SEQUENCER_LOCK}) as ok`.execute(tx);
    if (!lock.rows[0]?.ok) return { stamped: 0, pending: true };
    const res = await sql<{ stamped: number; top: number | null; pending: boolean }>`
      with ready as (
        select id, row_number() over (order by id) as rn
          from (select id from outbox_events
                 where position is null and txid < pg_snapshot_xmin(pg_current_snapshot())
                 order by id limit ${batch}) r
      ), base as (
        select coalesce(max(position), 0) as b from outbox_events
      ), upd as (
        update outbox_events o set position = base.b + ready.rn, sequenced_at = clock_timestamp()
          from ready, base where o.id = ready.id
        returning o.position
      )
      select count(*)::int as stamped, max(position) as top,
             exists (select 1 from outbox_events where position is null
                      and id not in (select id from ready)) as pending
        from upd`.execute(tx);
    const row = res.rows[0] ?? { stamped: 0, top: null, pending: false };
    if (row.top !== null) await sql`select pg_notify('meridian_events', ${String(row.top)})`.execute(tx);
    return { stamped: row.stamped, pending: row.pending };
  });
}

export interface EventFilter {
  /** Only this tenant's events; undefined: every tenant's (operators). */
  merchantId?: string | undefined;
  /** Exact types, or prefixes ending in '*' ('order.*'); empty or undefined: all. */
  types?: string[] | undefined;
}

/** Sequenced events after `after`, in position order, up to `limit`, filtered by tenant and type. */
export async function readAfter(db: Kysely<DB>, after: number, limit: number, filter: EventFilter = {}, upTo?: number): Promise<StreamEvent[]> {
  let q = db
    .selectFrom('outbox_events')
    .select(['position', 'type', 'merchant_id', 'subject_id', 'location_id', 'occurred_at', 'sequenced_at', 'payload'])
    .where('position', '>', after)
    .orderBy('position')
    .limit(limit);
  if (upTo !== undefined) q = q.where('position', '<=', upTo);
  if (filter.merchantId !== undefined) q = q.where('merchant_id', '=', filter.merchantId);
  const types = filter.types ?? [];
  if (types.length) {
    const exact = types.filter((t) => !t.endsWith('*'));
    const prefixes = types
      .filter((t) => t.endsWith('*'))
      .map((t) => `${t.slice(0, -1).replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`);
    q = q.where((eb) => eb.or([...(exact.length ? [eb('type', 'in', exact)] : []), ...prefixes.map((p) => eb('type', 'like', p))]));
  }
  return (await q.execute()) as StreamEvent[];
}

/** The highest position stamped so far (0 when none). */
export async function highestPosition(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('outbox_events')
    .select((eb) => eb.fn.max('position').as('top'))
    .executeTakeFirst();
  return Number(r?.top ?? 0);
}

/**
 * Takes a durable consumer's cursor for this transaction (creating it at `startAt` the first
 * time); null when another process holds it (SKIP LOCKED), so each event is handled by one.
 */
export async function claimConsumer(tx: Transaction<DB>, name: string, startAt: number): Promise<number | null> {
  await tx
    .insertInto('event_consumers')
    .values({ name, position: startAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await tx.selectFrom('event_consumers').select('position').where('name', '=', name).forUpdate().skipLocked().executeTakeFirst();
  return row ? Number(row.position) : null;
}

/** Moves a consumer's cursor; in the transaction that made its effects. */
export async function advanceConsumer(tx: Transaction<DB>, name: string, position: number): Promise<void> {
  await tx.updateTable('event_consumers').set({ position, updated_at: new Date() }).where('name', '=', name).execute();
}

/** Every durable consumer and where it is. */
export async function consumerPositions(db: Kysely<DB>): Promise<Array<{ name: string; position: number; updated_at: Date }>> {
  return db.selectFrom('event_consumers').selectAll().orderBy('name').execute();
}

/**
 * Deletes sequenced events older than `before` that every durable consumer has handled; a stalled
 * consumer (NATS down for days) keeps its backlog. Returns how many went.
 */
export async function pruneEvents(db: Kysely<DB>, before: Date, batch = 10_000): Promise<number> {
  const res = await sql`
    delete from outbox_events where id in (
      select id from outbox_events
       where position is not null and sequenced_at < ${before}
         and position <= coalesce((select min(position) from event_consumers), position)
       limit ${batch})`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}
