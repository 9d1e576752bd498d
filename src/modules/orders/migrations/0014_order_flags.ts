import { type Kysely, sql } from 'kysely';

/** Flags on an order that people must act on, e.g. "holds units of a recalled lot". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table order_flags (
      id text primary key,
      order_id text not null references orders (id),
      kind text not null check (kind in ('recall')),
      -- What raised it (the recall id) and what it concerns (the lot id).
      reference_id text not null,
      subject_id text,
      quantity integer,
      note text,
      created_at timestamptz not null default now(),
      cleared_at timestamptz,
      cleared_by text,
      unique (order_id, kind, reference_id)
    );
    create index order_flags_open_idx on order_flags (kind, created_at) where cleared_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table order_flags;`.execute(db);
}
