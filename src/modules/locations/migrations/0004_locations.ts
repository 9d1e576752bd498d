import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table locations (
      id text primary key,
      code text not null unique,
      kind text not null check (kind in ('department_store', 'mall', 'mall_counter', 'warehouse')),
      -- A mall groups the stores and counters inside it.
      parent_id text references locations (id),
      -- Set for a merchant's own counter or warehouse; null when the operator runs the location.
      merchant_id text references merchants (id),
      warehouse_type text check (warehouse_type in ('cn_bonded', 'cn_domestic', 'us')),
      name_en text not null,
      name_zh text not null,
      address_line text not null,
      city text not null,
      city_zh text,
      province text not null,
      country char(2) not null,
      postal_code text,
      timezone text not null,
      latitude double precision not null check (latitude between -90 and 90),
      longitude double precision not null check (longitude between -180 and 180),
      opening_hours jsonb not null default '{}'::jsonb,
      status text not null default 'open' check (status in ('open', 'closed')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((kind = 'warehouse') = (warehouse_type is not null))
    );
    create index locations_kind_idx on locations (kind, id);
    create index locations_parent_idx on locations (parent_id);
    create index locations_city_idx on locations (lower(city));
    create table channels (
      id text primary key,
      kind text not null check (kind in ('online', 'till')),
      location_id text references locations (id),
      name text not null,
      created_at timestamptz not null default now(),
      check ((kind = 'till') = (location_id is not null))
    );
    create unique index channels_online_idx on channels (kind) where kind = 'online';
    create index channels_location_idx on channels (location_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table channels; drop table locations;`.execute(db);
}
