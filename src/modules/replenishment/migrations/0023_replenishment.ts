import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Kept by the sellthrough.rollup consumer, one upsert per sale or return event (never recomputed):
    -- the consumer's cursor moves in the same transaction, so each event counts exactly once.
    create table daily_sell_through (
      merchant_id text not null references merchants (id),
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      -- The location's local business day.
      day date not null,
      channel text not null check (channel in ('online', 'till', 'other')),
      units_sold integer not null default 0,
      units_returned integer not null default 0,
      primary key (variant_id, location_id, day, channel)
    );
    create index daily_sell_through_merchant_idx on daily_sell_through (merchant_id, day);
    create index daily_sell_through_location_idx on daily_sell_through (location_id, day);

    create table replenishment_settings (
      merchant_id text primary key references merchants (id),
      service_level double precision not null check (service_level >= 0.5 and service_level <= 0.999),
      lead_warehouse_days integer not null check (lead_warehouse_days between 0 and 120),
      lead_store_days integer not null check (lead_store_days between 0 and 120),
      lead_po_days integer not null check (lead_po_days between 0 and 365),
      review_days integer not null check (review_days between 1 and 90),
      updated_at timestamptz not null default now()
    );

    create table replenishment_proposals (
      id text primary key,
      merchant_id text not null references merchants (id),
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      kind text not null check (kind in ('transfer', 'purchase_order')),
      source_location_id text references locations (id),
      proposed_quantity integer not null check (proposed_quantity > 0),
      accepted_quantity integer check (accepted_quantity > 0),
      status text not null default 'open' check (status in ('open', 'accepted', 'rejected', 'superseded')),
      reason jsonb not null,
      explanation text not null,
      transfer_id text references transfers (id),
      expected_receipt_id text,
      reject_reason text,
      decided_by text,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      check ((kind = 'transfer') = (source_location_id is not null)),
      check ((status = 'accepted') = (accepted_quantity is not null))
    );
    create index replenishment_proposals_merchant_idx on replenishment_proposals (merchant_id, status, id);

    create table expected_receipts (
      id text primary key,
      merchant_id text not null references merchants (id),
      proposal_id text not null references replenishment_proposals (id),
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      quantity integer not null check (quantity > 0),
      expected_on date not null,
      status text not null default 'expected' check (status in ('expected', 'received', 'cancelled')),
      created_at timestamptz not null default now()
    );
    create index expected_receipts_open_idx on expected_receipts (merchant_id, location_id, variant_id) where status = 'expected';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists expected_receipts;
    drop table if exists replenishment_proposals;
    drop table if exists replenishment_settings;
    drop table if exists daily_sell_through;
  `.execute(db);
}
