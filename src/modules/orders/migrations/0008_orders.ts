import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence order_number_seq;
    create table orders (
      id text primary key,
      number bigint not null unique default nextval('order_number_seq'),
      channel_id text not null references channels (id),
      channel_kind text not null check (channel_kind in ('online', 'till')),
      customer_id text references users (id),
      guest_email text,
      status text not null check (status in ('placed', 'paid', 'allocated', 'picking', 'shipped', 'ready_for_pickup',
                                             'delivered', 'collected', 'cancelled', 'partly_refunded', 'refunded')),
      currency char(3) not null,
      subtotal_amount bigint not null check (subtotal_amount >= 0),
      shipping_amount bigint not null default 0 check (shipping_amount >= 0),
      total_amount bigint not null check (total_amount >= 0),
      refunded_amount bigint not null default 0 check (refunded_amount >= 0 and refunded_amount <= total_amount),
      -- Who placed it decides the idempotency scope: a retry with the same key returns this order.
      idempotency_scope text,
      idempotency_key text,
      request_hash text,
      delivery_address jsonb,
      delivery_city text,
      pickup_code text,
      store_location_id text references locations (id),
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (idempotency_scope, idempotency_key)
    );
    create index orders_customer_idx on orders (customer_id, id) where customer_id is not null;
    create index orders_status_idx on orders (status, id);
    create unique index orders_pickup_code_idx on orders (pickup_code) where pickup_code is not null and status in ('paid', 'allocated', 'picking', 'ready_for_pickup');

    create table shipments (
      id text primary key,
      order_id text not null references orders (id),
      location_id text not null references locations (id),
      kind text not null check (kind in ('warehouse_delivery', 'store_delivery', 'pickup')),
      status text not null default 'pending' check (status in ('pending', 'picking', 'shipped', 'ready_for_pickup', 'delivered', 'collected', 'cancelled')),
      tracking_number text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index shipments_order_idx on shipments (order_id);
    create index shipments_location_idx on shipments (location_id, status);

    create table order_lines (
      id text primary key,
      order_id text not null references orders (id),
      shipment_id text not null references shipments (id),
      merchant_id text not null references merchants (id),
      variant_id text not null references variants (id),
      location_id text not null references locations (id),
      sku text not null,
      title_en text not null,
      title_zh text not null,
      quantity integer not null check (quantity > 0),
      unit_price_amount bigint not null check (unit_price_amount >= 0),
      currency char(3) not null,
      fulfilment text not null check (fulfilment in ('delivery', 'pickup')),
      returned_quantity integer not null default 0 check (returned_quantity >= 0 and returned_quantity <= quantity)
    );
    create index order_lines_order_idx on order_lines (order_id);
    create index order_lines_merchant_idx on order_lines (merchant_id, order_id);

    create table order_events (
      id text primary key,
      order_id text not null references orders (id),
      from_status text,
      to_status text not null,
      actor_id text,
      note text,
      created_at timestamptz not null default now()
    );
    create index order_events_order_idx on order_events (order_id, id);

    create table payments (
      id text primary key,
      order_id text not null references orders (id),
      provider text not null,
      provider_ref text not null,
      status text not null check (status in ('authorised', 'captured', 'voided', 'failed', 'partly_refunded', 'refunded')),
      amount bigint not null check (amount >= 0),
      currency char(3) not null,
      captured_amount bigint not null default 0,
      refunded_amount bigint not null default 0 check (refunded_amount <= captured_amount),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (provider, provider_ref)
    );
    create index payments_order_idx on payments (order_id);

    create table refunds (
      id text primary key,
      payment_id text not null references payments (id),
      order_id text not null references orders (id),
      amount bigint not null check (amount > 0),
      currency char(3) not null,
      reason text not null,
      provider_ref text not null,
      return_id text,
      actor_id text,
      created_at timestamptz not null default now()
    );
    create index refunds_order_idx on refunds (order_id);

    -- Returns anywhere: the units go back into the stock of the location where they were handed in.
    create table returns (
      id text primary key,
      order_id text not null references orders (id),
      location_id text not null references locations (id),
      reason text not null,
      refund_amount bigint not null check (refund_amount >= 0),
      currency char(3) not null,
      client_return_id text unique,
      actor_id text,
      created_at timestamptz not null default now()
    );
    create index returns_order_idx on returns (order_id);
    create table return_lines (
      return_id text not null references returns (id),
      order_line_id text not null references order_lines (id),
      quantity integer not null check (quantity > 0),
      primary key (return_id, order_line_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table return_lines; drop table returns; drop table refunds; drop table payments; drop table order_events; drop table order_lines; drop table shipments; drop table orders; drop sequence order_number_seq;`.execute(
    db,
  );
}
