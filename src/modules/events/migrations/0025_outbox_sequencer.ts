import { type Kysely, sql } from 'kysely';

/**
 * The sequencer as one server-side call (issue 7, latency): taking the lock, stamping positions and
 * announcing them were five round trips of an explicit transaction (begin, lock, stamp, notify,
 * commit); as a function they are one statement in its own transaction. Same rules as before
 * (see 0020): only rows whose writer's txid is below the snapshot's xmin are stamped, densely, in
 * id order, by one caller at a time (transaction-scoped advisory lock; the others get stamped = 0,
 * pending = true and try again later).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function outbox_sequence(batch integer)
      returns table (stamped integer, top bigint, pending boolean)
      language plpgsql as $$
    declare
      base bigint;
    begin
      if not pg_try_advisory_xact_lock(7302001) then
        return query select 0, null::bigint, true;
        return;
      end if;
      select coalesce(max(o.position), 0) into base from outbox_events o;
      with ready as (
        select r.id, row_number() over (order by r.id) as rn
          from (select o.id from outbox_events o
                 where o.position is null and o.txid < pg_snapshot_xmin(pg_current_snapshot())
                 order by o.id limit batch) r
      ), upd as (
        update outbox_events o set position = base + ready.rn, sequenced_at = clock_timestamp()
          from ready where o.id = ready.id
        returning o.position
      )
      select count(*)::integer, max(upd.position) into stamped, top from upd;
      -- A new statement: it sees the rows just stamped, so what is left is still unstamped.
      pending := exists (select 1 from outbox_events o where o.position is null);
      if top is not null then
        perform pg_notify('meridian_events', top::text);
      end if;
      return next;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function outbox_sequence(integer)`.execute(db);
}
