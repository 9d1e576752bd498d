import { type Kysely, sql } from 'kysely';

/**
 * Cross-border e-commerce retail imports: the positive list with tax rates, buyers' identities
 * (ID numbers encrypted), and the yearly limit per ID number with its ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cbec_positive_list (
      hs_code text primary key check (hs_code ~ '^[0-9]{4,10}$'),
      name_en text not null,
      name_zh text not null,
      vat_bp integer not null check (vat_bp between 0 and 10000),
      -- Under 100 %: the tax is computed on value / (1 - rate).
      consumption_tax_bp integer not null default 0 check (consumption_tax_bp between 0 and 9999),
      tariff_bp integer not null check (tariff_bp between 0 and 100000),
      note text,
      list_edition text not null,
      updated_at timestamptz not null default now()
    );

    create table buyer_identities (
      id text primary key,
      customer_id text references users (id),
      name text not null,
      id_number_ciphertext text not null,
      id_number_hash text not null,
      masked text not null,
      usable_until timestamptz,
      created_at timestamptz not null default now()
    );
    create unique index buyer_identities_customer_number_idx on buyer_identities (customer_id, id_number_hash) where customer_id is not null;
    create index buyer_identities_hash_idx on buyer_identities (id_number_hash);

    -- 财关税〔2018〕49号: at most 26,000.00 CNY (2600000 fen) a year per person.
    create table cbec_annual_usage (
      id_number_hash text not null,
      year integer not null,
      used_amount integer not null default 0 check (used_amount between 0 and 2600000),
      primary key (id_number_hash, year)
    );

    create table cbec_limit_usage (
      id text primary key,
      id_number_hash text not null,
      year integer not null,
      order_id text not null,
      refund_id text,
      amount integer not null check (amount <> 0),
      created_at timestamptz not null default now(),
      foreign key (id_number_hash, year) references cbec_annual_usage (id_number_hash, year),
      -- An order takes the limit once; a refund gives back once.
      check ((refund_id is null) = (amount > 0))
    );
    create unique index cbec_limit_usage_take_idx on cbec_limit_usage (order_id) where refund_id is null;
    create unique index cbec_limit_usage_refund_idx on cbec_limit_usage (refund_id) where refund_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table cbec_limit_usage;
    drop table cbec_annual_usage;
    drop table buyer_identities;
    drop table cbec_positive_list;
  `.execute(db);
}
