import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A lot (batch) of one variant: GS1 AI 10 and its dates (AI 11 production, 15 best-before,
    -- 17 use-by). Dates are calendar days; a lot is good ON its expiry day and expired after it.
    create table lots (
      id text primary key,
      variant_id text not null references variants (id),
      merchant_id text not null references merchants (id),
      code text not null check (length(code) between 1 and 20),
      production_date date,
      best_before date,
      use_by date,
      -- active: sellable while not expired; blocked: held by hand (can be released); recalled: final.
      status text not null default 'active' check (status in ('active', 'blocked', 'recalled')),
      status_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (variant_id, code)
    );
    create index lots_merchant_idx on lots (merchant_id, id);
    create index lots_expiry_idx on lots ((coalesce(use_by, best_before))) where status = 'active';

    -- Units on hand that may not be sold (expired, blocked or recalled lots): available is
    -- on_hand - reserved - blocked. Always 0 for variants that are not lot-tracked.
    alter table stock_levels add column blocked integer not null default 0 check (blocked >= 0),
      drop constraint stock_levels_check,
      add constraint stock_levels_within_on_hand check (reserved + blocked <= on_hand);
    alter table stock_movements add column lot_id text references lots (id),
      add column blocked_delta integer not null default 0,
      -- For units coming back (a return, a cancelled order, a transfer arriving): the order or
      -- transfer whose take they reverse, so a lot-tracked unit returns to the lot it left from.
      add column origin_id text,
      drop constraint stock_movements_check,
      add constraint stock_movements_changes_something check (on_hand_delta <> 0 or reserved_delta <> 0 or blocked_delta <> 0),
      drop constraint stock_movements_reason_check,
      add constraint stock_movements_reason_check check (reason in (
        'receipt', 'sale', 'return', 'transfer_out', 'transfer_in', 'adjustment', 'count_correction', 'reservation',
        'release', 'expiry', 'lot_expired', 'lot_blocked', 'lot_released', 'recall'));
    create index stock_movements_lot_idx on stock_movements (lot_id, id) where lot_id is not null;
    create index stock_movements_origin_idx on stock_movements (origin_id) where origin_id is not null;

    -- The running sums per variant × location × lot, for lot-tracked variants. Invariants: each
    -- equals the sum of its lot's movements there, and they add up to the variant's stock_levels row.
    create table stock_lot_levels (
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      lot_id text not null references lots (id),
      merchant_id text not null references merchants (id),
      on_hand integer not null default 0 check (on_hand >= 0),
      reserved integer not null default 0 check (reserved >= 0),
      blocked integer not null default 0 check (blocked >= 0),
      updated_at timestamptz not null default now(),
      primary key (variant_id, location_id, lot_id),
      check (reserved + blocked <= on_hand)
    );
    create index stock_lot_levels_lot_idx on stock_lot_levels (lot_id, location_id);

    -- Which lots a reservation of a lot-tracked variant holds (none for other variants).
    create table reservation_lots (
      reservation_id text not null references reservations (id),
      lot_id text not null references lots (id),
      quantity integer not null check (quantity > 0),
      primary key (reservation_id, lot_id)
    );
    create index reservation_lots_lot_idx on reservation_lots (lot_id);

    create table recalls (
      id text primary key,
      lot_id text not null references lots (id),
      merchant_id text not null references merchants (id),
      reason text not null,
      actor_id text,
      created_at timestamptz not null default now()
    );
    create index recalls_merchant_idx on recalls (merchant_id, id);
    create unique index recalls_lot_idx on recalls (lot_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table recalls; drop table reservation_lots; drop table stock_lot_levels;
    drop index stock_movements_origin_idx; drop index stock_movements_lot_idx;
    alter table stock_movements drop constraint stock_movements_reason_check, drop constraint stock_movements_changes_something,
      drop column origin_id, drop column blocked_delta, drop column lot_id;
    alter table stock_levels drop constraint stock_levels_within_on_hand, drop column blocked,
      add constraint stock_levels_check check (reserved <= on_hand);
    drop table lots;
  `.execute(db);
}
