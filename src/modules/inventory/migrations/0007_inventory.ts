import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The ledger: every change of stock is one append-only row with a reason and who made it.
    create table stock_movements (
      id text primary key,
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      merchant_id text not null references merchants (id),
      reason text not null check (reason in (
        'receipt', 'sale', 'return', 'transfer_out', 'transfer_in', 'adjustment',
        'count_correction', 'reservation', 'release', 'expiry')),
      on_hand_delta integer not null,
      reserved_delta integer not null,
      reference_type text,
      reference_id text,
      note text,
      actor_id text,
      created_at timestamptz not null default now(),
      check (on_hand_delta <> 0 or reserved_delta <> 0)
    );
    create index stock_movements_variant_idx on stock_movements (variant_id, location_id, id);
    create index stock_movements_location_idx on stock_movements (location_id, id);
    create index stock_movements_merchant_idx on stock_movements (merchant_id, id);
    create index stock_movements_reference_idx on stock_movements (reference_type, reference_id);

    -- The running sums of the ledger per variant and location, kept in the same transaction as
    -- each movement so a reservation is one conditional UPDATE (no oversell under concurrency).
    -- Invariant: on_hand = sum(on_hand_delta), reserved = sum(reserved_delta) over the movements.
    create table stock_levels (
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      merchant_id text not null references merchants (id),
      on_hand integer not null default 0 check (on_hand >= 0),
      reserved integer not null default 0 check (reserved >= 0),
      updated_at timestamptz not null default now(),
      primary key (variant_id, location_id),
      check (reserved <= on_hand)
    );
    create index stock_levels_location_idx on stock_levels (location_id, variant_id);
    create index stock_levels_merchant_idx on stock_levels (merchant_id);

    create table reservations (
      id text primary key,
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      merchant_id text not null references merchants (id),
      quantity integer not null check (quantity > 0),
      status text not null default 'active' check (status in ('active', 'consumed', 'released', 'expired')),
      reference_type text not null,
      reference_id text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now(),
      closed_at timestamptz
    );
    create index reservations_expiry_idx on reservations (expires_at) where status = 'active';
    create index reservations_reference_idx on reservations (reference_type, reference_id);

    create table stock_counts (
      id text primary key,
      location_id text not null references locations (id),
      merchant_id text references merchants (id),
      lines jsonb not null,
      actor_id text,
      note text,
      created_at timestamptz not null default now()
    );
    create index stock_counts_location_idx on stock_counts (location_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table stock_counts; drop table reservations; drop table stock_levels; drop table stock_movements;`.execute(db);
}
