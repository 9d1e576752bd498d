import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table carts (
      id text primary key,
      customer_id text references users (id),
      -- Guests hold a secret cart token; only its digest is kept.
      token_hash text unique,
      guest_email text,
      status text not null default 'open' check (status in ('open', 'checked_out')),
      delivery_address jsonb,
      order_id text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (customer_id is not null or token_hash is not null)
    );
    create index carts_customer_idx on carts (customer_id, id) where customer_id is not null;
    create table cart_lines (
      id text primary key,
      cart_id text not null references carts (id) on delete cascade,
      variant_id text not null references variants (id),
      quantity integer not null check (quantity between 1 and 999),
      fulfilment text not null default 'delivery' check (fulfilment in ('delivery', 'pickup')),
      pickup_location_id text references locations (id),
      created_at timestamptz not null default now(),
      check ((fulfilment = 'pickup') = (pickup_location_id is not null))
    );
    create index cart_lines_cart_idx on cart_lines (cart_id);
    -- The stock a cart holds once fulfilment is chosen: one reservation per line and location.
    create table cart_holds (
      cart_id text not null references carts (id) on delete cascade,
      line_id text not null references cart_lines (id) on delete cascade,
      reservation_id text not null references reservations (id),
      location_id text not null references locations (id),
      kind text not null check (kind in ('warehouse_delivery', 'store_delivery', 'pickup')),
      quantity integer not null check (quantity > 0),
      primary key (cart_id, reservation_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table cart_holds; drop table cart_lines; drop table carts;`.execute(db);
}
