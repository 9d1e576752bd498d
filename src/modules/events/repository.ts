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
 * new high-water mark on `meridian_events` (delivered at commit). One statement: the server-side
 * function of migration 0025, which holds the sequencer's advisory lock for its own transaction
 * (another caller meanwhile gets stamped 0, pending true).
 */
export async function sequenceOutbox(db: Kysely<DB>, batch = 5_000): Promise<SequenceResult> {
  const res = await sql<{ stamped: number; top: number | null; pending: boolean }>`select * from outbox_sequence(${batch}::integer)`.execute(db);
  const row = res.rows[0];
  return { stamped: row?.stamped ?? 0, pending: row?.pending ?? false };
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
  const take = () => tx.selectFrom('event_consumers').select('position').where('name', '=', name).forUpdate().skipLocked().executeTakeFirst();
  let row = await take();
  if (row) return Number(row.position);
  // Missing, or held by another process: create it if missing, then try once more.
  await tx
    .insertInto('event_consumers')
    .values({ name, position: startAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  row = await take();
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
 * consumer (NATS down for days) keeps its backlog, and the newest event is always kept, since
 * positions continue from it. Returns how many went.
 */
export async function pruneEvents(db: Kysely<DB>, before: Date, batch = 10_000): Promise<number> {
  const res = await sql`
    delete from outbox_events where id in (
      select id from outbox_events
       where position is not null and sequenced_at < ${before}
         and position <= coalesce((select min(position) from event_consumers), position)
         -- The newest event stays: the sequencer continues from the highest position kept.
         and position < (select max(position) from outbox_events)
       limit ${batch})`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}
