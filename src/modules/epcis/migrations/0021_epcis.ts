import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Capture jobs of the EPCIS 2.0 REST binding. A refused document (invalid) leaves no job; a
    -- valid one whose ledger effect was refused leaves a failed job with its errors and no events.
    create table epcis_captures (
      id text primary key,
      merchant_id text not null references merchants (id),
      actor_id text,
      running boolean not null default false,
      success boolean not null,
      capture_error_behaviour text not null default 'rollback' check (capture_error_behaviour in ('rollback')),
      errors jsonb not null default '[]',
      event_count integer not null default 0,
      duplicate_count integer not null default 0,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index epcis_captures_merchant_idx on epcis_captures (merchant_id, id);

    -- Captured events. Ledger-derived events are not stored: they are read from stock_movements.
    create table epcis_events (
      id text primary key,
      merchant_id text not null references merchants (id),
      capture_id text not null references epcis_captures (id),
      event_id text not null,
      event_hash text not null,
      event_type text not null,
      event_time timestamptz not null,
      record_time timestamptz not null default now(),
      action text,
      biz_step text,
      disposition text,
      read_point text,
      biz_location text,
      epcs text[] not null default '{}',
      epc_classes text[] not null default '{}',
      any_epc_classes text[] not null default '{}',
      applied boolean not null default false,
      body jsonb not null,
      context jsonb not null default '[]',
      -- The same event captured twice is stored (and moves stock) once.
      unique (merchant_id, event_id)
    );
    create index epcis_events_time_idx on epcis_events (merchant_id, event_time, id);
    create index epcis_events_all_time_idx on epcis_events (event_time, id);
    create index epcis_events_capture_idx on epcis_events (capture_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists epcis_events; drop table if exists epcis_captures;`.execute(db);
}
