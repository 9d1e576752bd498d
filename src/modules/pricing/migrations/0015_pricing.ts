import { type Kysely, sql } from 'kysely';

/** Exchange rates, price rules and merchants' own consumer prices (issue 6: cross-border money). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table exchange_rates (
      id text primary key,
      base char(3) not null,
      quote char(3) not null,
      -- Units of quote per 1 unit of base; exact decimal, never a float.
      rate numeric(18, 8) not null check (rate > 0),
      valid_from timestamptz not null,
      valid_to timestamptz,
      source text not null check (source in ('operator', 'file')),
      note text,
      created_by text,
      created_at timestamptz not null default now(),
      check (base <> quote),
      check (valid_to is null or valid_to > valid_from),
      -- The rate in force is the one with the latest valid_from: two from one instant would tie.
      unique (base, quote, valid_from)
    );
    create index exchange_rates_pair_idx on exchange_rates (base, quote, valid_from desc);
    create table price_rules (
      id text primary key,
      scope text not null check (scope in ('default', 'category', 'merchant')),
      category_id text references categories (id),
      merchant_id text references merchants (id),
      sale_currency char(3) not null,
      markup_bp integer not null check (markup_bp between 0 and 10000),
      rounding text not null check (rounding in ('none', 'up_to_yuan', 'nearest_yuan', 'end_90')),
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (
        (scope = 'default' and category_id is null and merchant_id is null)
        or (scope = 'category' and category_id is not null and merchant_id is null)
        or (scope = 'merchant' and merchant_id is not null and category_id is null)
      )
    );
    -- One rule per scope target and sale currency.
    create unique index price_rules_target_idx on price_rules (scope, coalesce(category_id, ''), coalesce(merchant_id, ''), sale_currency);
    create table variant_sale_prices (
      id text primary key,
      variant_id text not null references variants (id),
      merchant_id text not null references merchants (id),
      currency char(3) not null,
      amount bigint not null check (amount >= 0),
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (variant_id, currency)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table variant_sale_prices; drop table price_rules; drop table exchange_rates;`.execute(db);
}
