import { type Kysely, sql } from 'kysely';

/**
 * Marketplace settlement: commission rates, the merchant balance ledger (append-only, in each
 * merchant's own currency), payout runs and payouts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table commission_rates (
      id text primary key,
      scope text not null check (scope in ('default', 'category', 'merchant')),
      category_id text references categories (id),
      merchant_id text references merchants (id),
      rate_bp integer not null check (rate_bp between 0 and 10000),
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      -- Exactly the key its scope needs: a default has neither, a category rate only the category…
      check ((scope = 'default' and category_id is null and merchant_id is null)
          or (scope = 'category' and category_id is not null and merchant_id is null)
          or (scope = 'merchant' and merchant_id is not null and category_id is null))
    );
    -- One rate per key: precedence must never have to choose between two equal candidates.
    create unique index commission_rates_default_key on commission_rates (scope) where scope = 'default';
    create unique index commission_rates_category_key on commission_rates (category_id) where scope = 'category';
    create unique index commission_rates_merchant_key on commission_rates (merchant_id) where scope = 'merchant';

    create table payout_runs (
      id text primary key,
      as_of timestamptz not null,
      idempotency_key text not null unique,
      created_by text,
      created_at timestamptz not null default now()
    );

    create table payouts (
      id text primary key,
      run_id text not null references payout_runs (id),
      merchant_id text not null references merchants (id),
      currency text not null,
      amount bigint not null check (amount > 0),
      entry_count integer not null check (entry_count > 0),
      status text not null default 'pending' check (status in ('pending', 'paid')),
      reference text,
      paid_at timestamptz,
      paid_by text,
      created_at timestamptz not null default now(),
      -- One payout per merchant (and currency: it never changes) per run.
      unique (run_id, merchant_id, currency)
    );
    create index payouts_merchant_idx on payouts (merchant_id, id);

    create table merchant_ledger (
      id text primary key,
      merchant_id text not null references merchants (id),
      currency text not null,
      kind text not null check (kind in ('sale', 'commission', 'refund', 'commission_reversal', 'fee', 'payout')),
      -- Signed minor units of currency: what the entry does to the merchant's balance.
      amount bigint not null,
      order_id text references orders (id),
      order_line_id text references order_lines (id),
      refund_id text,
      payout_id text references payouts (id),
      -- Units the sale or refund covers (the base of a proportional commission reversal).
      quantity integer check (quantity >= 0),
      -- What was paid (sale, +) or given back (refund, −) in the sale currency.
      source_amount bigint,
      source_currency text,
      -- Sale currency per 1 unit of the merchant's currency, exactly as the order recorded it.
      fx_rate text check (fx_rate ~ '^[0-9]{1,12}(\\.[0-9]{1,8})?$'),
      rate_bp integer check (rate_bp between 0 and 10000),
      note text,
      -- When it happened (the sale's time); created_at is when it was booked, which statements
      -- and payout runs go by so that a booked period never changes afterwards.
      occurred_at timestamptz not null default now(),
      created_by text,
      created_at timestamptz not null default now(),
      check (case kind
               when 'sale' then amount >= 0
               when 'commission_reversal' then amount >= 0
               else amount <= 0 end),
      check (kind not in ('sale', 'commission', 'refund', 'commission_reversal') or (order_id is not null and order_line_id is not null)),
      check (kind not in ('refund', 'commission_reversal') or refund_id is not null),
      check (kind <> 'payout' or payout_id is not null)
    );
    -- Recording the same sale or refund twice is a no-op (insert … on conflict do nothing).
    create unique index merchant_ledger_sale_key on merchant_ledger (kind, order_line_id) where kind in ('sale', 'commission');
    create unique index merchant_ledger_refund_key on merchant_ledger (kind, refund_id, order_line_id) where kind in ('refund', 'commission_reversal');
    create index merchant_ledger_merchant_idx on merchant_ledger (merchant_id, created_at, id);
    create index merchant_ledger_unpaid_idx on merchant_ledger (merchant_id, created_at) where payout_id is null;
    create index merchant_ledger_line_idx on merchant_ledger (order_line_id) where order_line_id is not null;
    create index merchant_ledger_payout_idx on merchant_ledger (payout_id) where payout_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table merchant_ledger; drop table payouts; drop table payout_runs; drop table commission_rates;`.execute(db);
}
