import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table brand_registrations (
      id text primary key,
      merchant_id text not null references merchants (id),
      brand_id text references brands (id),
      name_en text not null,
      name_zh text not null,
      aliases_en jsonb not null default '[]',
      aliases_zh jsonb not null default '[]',
      logo_url text,
      evidence_urls jsonb not null default '[]',
      status text not null default 'pending' check (status in ('pending', 'active', 'rejected', 'withdrawn', 'lapsed')),
      status_reason text,
      -- The latest trademark expiry; an active registration lapses the day after (job, and on read).
      expires_on date not null,
      applied_by text,
      decided_by text,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index brand_registrations_merchant_idx on brand_registrations (merchant_id, id);
    create index brand_registrations_status_idx on brand_registrations (status, id);
    create index brand_registrations_lapse_idx on brand_registrations (expires_on) where status = 'active';
    create index brand_registrations_brand_idx on brand_registrations (brand_id) where brand_id is not null;

    create table brand_trademarks (
      id text primary key,
      registration_id text not null references brand_registrations (id),
      position integer not null,
      office text not null check (office in ('USPTO', 'CNIPA', 'EUIPO', 'WIPO', 'other')),
      office_name text,
      number text not null,
      number_key text not null,
      classes jsonb not null,
      expires_on date not null,
      unique (registration_id, position),
      check ((office = 'other') = (office_name is not null))
    );
    create index brand_trademarks_number_idx on brand_trademarks (office, number_key);

    create table brand_registration_events (
      id text primary key,
      registration_id text not null references brand_registrations (id),
      action text not null,
      from_status text,
      to_status text not null,
      reason text,
      details jsonb not null default '{}',
      actor_id text,
      created_at timestamptz not null default now()
    );
    create index brand_registration_events_idx on brand_registration_events (registration_id, id);

    create table brand_authorised_sellers (
      id text primary key,
      registration_id text not null references brand_registrations (id),
      merchant_id text not null references merchants (id),
      category_id text references categories (id),
      country text check (country ~ '^[A-Z]{2}$'),
      created_by text,
      created_at timestamptz not null default now()
    );
    -- One row per seller and scope ('' stands for "any" so nulls compare equal).
    create unique index brand_authorised_sellers_scope_idx
      on brand_authorised_sellers (registration_id, merchant_id, coalesce(category_id, ''), coalesce(country, ''));
    create index brand_authorised_sellers_merchant_idx on brand_authorised_sellers (merchant_id);

    create table brand_reference_prices (
      id text primary key,
      registration_id text not null references brand_registrations (id),
      product_id text references products (id),
      variant_id text references variants (id),
      amount bigint not null check (amount > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((product_id is null) <> (variant_id is null))
    );
    create unique index brand_reference_prices_target_idx
      on brand_reference_prices (registration_id, coalesce(product_id, variant_id), currency);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists brand_reference_prices;
    drop table if exists brand_authorised_sellers;
    drop table if exists brand_registration_events;
    drop table if exists brand_trademarks;
    drop table if exists brand_registrations;
  `.execute(db);
}
