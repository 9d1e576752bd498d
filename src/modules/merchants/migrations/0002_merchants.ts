import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table merchants (
      id text primary key,
      legal_name text not null,
      display_name text not null,
      country char(2) not null,
      region text not null,
      registration_number text not null,
      contact_name text not null,
      contact_email text not null,
      contact_phone text,
      headcount integer not null check (headcount >= 0),
      sector text not null,
      default_currency char(3) not null,
      website text,
      status text not null default 'pending' check (status in ('pending', 'verified', 'rejected', 'suspended')),
      status_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (country, registration_number)
    );
    create index merchants_status_idx on merchants (status, id);
    create table merchant_status_events (
      id text primary key,
      merchant_id text not null references merchants (id),
      from_status text,
      to_status text not null,
      reason text,
      actor_id text,
      created_at timestamptz not null default now()
    );
    create index merchant_status_events_merchant_idx on merchant_status_events (merchant_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table merchant_status_events; drop table merchants;`.execute(db);
}
