import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A movement of stock between two locations. Units leave the source at dispatch (ledger
    -- 'transfer_out') and enter the destination per receipt ('transfer_in'); meanwhile they are
    -- at no location, and sent − received per line is what is on the road.
    create table transfers (
      id text primary key,
      from_location_id text not null references locations (id),
      to_location_id text not null references locations (id),
      -- The one merchant every line belongs to; null when several merchants' goods travel together.
      -- A merchant sees a transfer only when all its lines are theirs, i.e. merchant_id = theirs.
      merchant_id text references merchants (id),
      status text not null default 'draft' check (status in ('draft', 'in_transit', 'partially_received', 'received', 'cancelled')),
      note text,
      created_by text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      dispatched_at timestamptz,
      dispatched_by text,
      received_at timestamptz,
      received_by text,
      closed_at timestamptz,
      closed_by text,
      close_note text,
      cancelled_at timestamptz,
      cancelled_by text,
      check (from_location_id <> to_location_id),
      check ((status in ('draft', 'cancelled')) = (dispatched_at is null)),
      check ((status = 'received') = (received_at is not null)),
      check ((status = 'cancelled') = (cancelled_at is not null)),
      check (closed_at is null or (status = 'received' and close_note is not null))
    );
    create index transfers_from_idx on transfers (from_location_id, id);
    create index transfers_to_idx on transfers (to_location_id, id);
    create index transfers_merchant_idx on transfers (merchant_id, id) where merchant_id is not null;
    create index transfers_status_idx on transfers (status, id);

    -- Lines are fixed when the transfer is created; only quantity_received changes, by receipts.
    create table transfer_lines (
      id text primary key,
      transfer_id text not null references transfers (id),
      variant_id text not null references variants (id),
      merchant_id text not null references merchants (id),
      sku text not null,
      quantity_sent integer not null check (quantity_sent > 0),
      -- The sum over receipts; may exceed quantity_sent, the excess being an 'over' discrepancy.
      quantity_received integer not null default 0 check (quantity_received >= 0),
      unique (transfer_id, variant_id)
    );

    -- Every receipt as it happened (numbered 1, 2, … per transfer), so the history is complete.
    create table transfer_receipts (
      transfer_id text not null references transfers (id),
      number integer not null check (number > 0),
      lines jsonb not null,
      note text,
      received_by text,
      received_at timestamptz not null default now(),
      primary key (transfer_id, number)
    );

    create table transfer_discrepancies (
      id text primary key,
      transfer_id text not null references transfers (id),
      variant_id text not null references variants (id),
      kind text not null check (kind in ('short', 'over')),
      quantity integer not null check (quantity > 0),
      -- The receipt that brought an excess ('over'); null for a shortfall recorded at close.
      receipt_number integer,
      note text,
      recorded_by text,
      created_at timestamptz not null default now(),
      foreign key (transfer_id, receipt_number) references transfer_receipts (transfer_id, number),
      check ((kind = 'over') = (receipt_number is not null))
    );
    create index transfer_discrepancies_transfer_idx on transfer_discrepancies (transfer_id, id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table transfer_discrepancies; drop table transfer_receipts; drop table transfer_lines; drop table transfers;`.execute(db);
}
