import { type Kysely, sql } from 'kysely';

/**
 * Signed webhooks (issue 7). An endpoint belongs to one merchant and receives that merchant's
 * events only. The fan-out consumer writes one delivery per (event, matching endpoint) in the
 * same transaction that advances its cursor; the delivery worker posts them, oldest undelivered
 * first per (endpoint, subject), so a variant's or an order's events arrive in order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      id text primary key,
      merchant_id text not null references merchants (id),
      url text not null,
      description text,
      -- Same syntax as the events feed: 'stock.moved', 'order.paid', 'order.*'; empty: every type.
      event_types text[] not null default '{}',
      active boolean not null default true,
      -- Signs every delivery (HMAC-SHA256); shown to the merchant once, on creation or rotation.
      secret text not null,
      secret_rotated_at timestamptz,
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_endpoints_merchant_idx on webhook_endpoints (merchant_id, id);

    create table webhook_deliveries (
      id text primary key,
      endpoint_id text not null references webhook_endpoints (id) on delete cascade,
      merchant_id text not null,
      event_position bigint not null,
      event_type text not null,
      subject_id text not null,
      -- The exact bytes sent and signed (the public event JSON), so a retry signs the same body
      -- even after the outbox row is pruned.
      body text not null,
      -- 'fanout': from the live stream; 'replay': re-sent on request after an event id.
      origin text not null default 'fanout' check (origin in ('fanout', 'replay')),
      status text not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
      -- Attempts in the current round (a replay of a dead delivery starts a new round).
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      -- A worker that took it holds it until then; a crashed worker's lease lapses and it is retried.
      leased_until timestamptz,
      last_status_code integer,
      last_error text,
      delivered_at timestamptz,
      dead_at timestamptz,
      created_at timestamptz not null default now(),
      check ((status = 'delivered') = (delivered_at is not null)),
      check ((status = 'dead') = (dead_at is not null))
    );
    -- The worker's picks: due pending ones, and per (endpoint, subject) whether an older one is pending.
    create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
    create index webhook_deliveries_order_idx on webhook_deliveries (endpoint_id, subject_id, event_position, id) where status = 'pending';
    create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, id);
    create index webhook_deliveries_dead_idx on webhook_deliveries (merchant_id, id) where status = 'dead';

    -- Every attempt, for the delivery log: what the receiver answered and how long it took.
    create table webhook_attempts (
      id bigint generated always as identity primary key,
      delivery_id text not null references webhook_deliveries (id) on delete cascade,
      attempted_at timestamptz not null default now(),
      status_code integer,
      error text,
      duration_ms integer not null
    );
    create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table webhook_attempts;
    drop table webhook_deliveries;
    drop table webhook_endpoints;
  `.execute(db);
}
