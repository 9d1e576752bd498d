import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { EventQuery } from './query-params.ts';

type Db = Kysely<DB>;

export interface NewCapture {
  id: string;
  merchant_id: string;
  actor_id: string | null;
  success: boolean;
  errors: Array<Record<string, unknown>>;
  event_count: number;
}

export async function insertCapture(db: Db, c: NewCapture): Promise<void> {
  await db
    .insertInto('epcis_captures')
    .values({ ...c, errors: JSON.stringify(c.errors), running: false, finished_at: new Date() })
    .execute();
}

export async function setCaptureDuplicates(db: Db, id: string, duplicates: number): Promise<void> {
  await db.updateTable('epcis_captures').set({ duplicate_count: duplicates }).where('id', '=', id).execute();
}

export function findCapture(db: Db, id: string) {
  return db.selectFrom('epcis_captures').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewEvent {
  id: string;
  merchant_id: string;
  capture_id: string;
  event_id: string;
  event_hash: string;
  event_type: string;
  event_time: Date;
  action: string | null;
  biz_step: string | null;
  disposition: string | null;
  read_point: string | null;
  biz_location: string | null;
  epcs: string[];
  epc_classes: string[];
  any_epc_classes: string[];
  body: Record<string, unknown>;
  context: unknown[];
}

/** Stores an event unless the merchant has one with the same eventID; true when stored. */
export async function insertEventOnce(db: Db, e: NewEvent): Promise<boolean> {
  const row = await db
    .insertInto('epcis_events')
    .values({ ...e, body: JSON.stringify(e.body), context: JSON.stringify(e.context) })
    .onConflict((oc) => oc.columns(['merchant_id', 'event_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markApplied(db: Db, id: string): Promise<void> {
  await db.updateTable('epcis_events').set({ applied: true }).where('id', '=', id).execute();
}

/** LIKE pattern for "this id or anything under it" (a GTIN matches its lots and serials). */
const under = (v: string) => `${v.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;

function matchAny(column: 'epcs' | 'epc_classes' | 'any_epc_classes', values: string[]) {
  return sql<SqlBool>`exists (select 1 from unnest(${sql.ref(column)}) as c(v) where c.v = any(${values}::text[]) or c.v like any(${values.map(under)}::text[]))`;
}

/** Captured events matching the query, in (event_time, id) order after the cursor, up to `limit`. */
export function queryCaptured(db: Db, merchantId: string | null, q: EventQuery, limit: number) {
  let query = db
    .selectFrom('epcis_events')
    .select(['id', 'event_id', 'body', 'context', 'record_time', sql<string>`to_char(event_time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at')])
    .orderBy('event_time')
    .orderBy(sql`id collate "C"`)
    .limit(limit);
  if (merchantId !== null) query = query.where('merchant_id', '=', merchantId);
  if (q.eventTypes) query = query.where('event_type', 'in', [...q.eventTypes]);
  if (q.geEventTime) query = query.where('event_time', '>=', q.geEventTime);
  if (q.ltEventTime) query = query.where('event_time', '<', q.ltEventTime);
  if (q.geRecordTime) query = query.where('record_time', '>=', q.geRecordTime);
  if (q.ltRecordTime) query = query.where('record_time', '<', q.ltRecordTime);
  if (q.actions) query = query.where('action', 'in', [...q.actions]);
  if (q.bizSteps) query = query.where('biz_step', 'in', [...q.bizSteps]);
  if (q.dispositions) query = query.where('disposition', 'in', [...q.dispositions]);
  if (q.bizLocations) query = query.where('biz_location', 'in', q.bizLocations);
  if (q.readPoints) query = query.where('read_point', 'in', q.readPoints);
  if (q.eventIds) query = query.where('event_id', 'in', q.eventIds);
  if (q.matchEpc) query = query.where(matchAny('epcs', q.matchEpc));
  if (q.matchEpcClass) query = query.where(matchAny('epc_classes', q.matchEpcClass));
  if (q.matchAnyEpcClass) query = query.where(matchAny('any_epc_classes', q.matchAnyEpcClass));
  if (q.after) {
    const { at, id } = q.after;
    query = query.where(sql<SqlBool>`(event_time > ${at}::timestamptz or (event_time = ${at}::timestamptz and id collate "C" > ${id}))`);
  }
  return query.execute();
}
