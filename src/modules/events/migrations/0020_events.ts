import { type Kysely, sql } from 'kysely';

/**
 * The transactional outbox (issue 7). Every stock movement and every order transition writes an
 * event row in the same transaction as the change itself: triggers on the ledger
 * (stock_movements) and on the order history (order_events) do it, so no code path, present or
 * future, can move stock or an order without its event, and a rolled-back change leaves none.
 *
 * Rows get their delivery `position` later, from the sequencer (sequencer.ts), once every
 * transaction that could still add an earlier row has ended: `id` follows insertion, which is not
 * commit order, and a reader going by `id` would skip a row that commits late. Positions are dense
 * and final; consumers resume from one. Per variant and location the order is the ledger's
 * order: the movement's row lock on stock_levels is taken before the event row is inserted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outbox_events (
      id bigint generated always as identity primary key,
      position bigint unique,
      -- The writing transaction: the sequencer stamps a row only once its txid is below every running one.
      txid xid8 not null default pg_current_xact_id(),
      -- The tenant whose event it is (null: the platform's own); streams and webhooks filter on it.
      merchant_id text,
      type text not null,
      -- What the event is about (a variant, an order): delivery keeps order per subject.
      subject_id text not null,
      location_id text,
      payload jsonb not null,
      occurred_at timestamptz not null default now(),
      sequenced_at timestamptz
    );
    create index outbox_events_unsequenced_idx on outbox_events (id) where position is null;
    create index outbox_events_merchant_idx on outbox_events (merchant_id, position) where position is not null;
    create index outbox_events_sequenced_at_idx on outbox_events (sequenced_at) where position is not null;

    -- Durable readers of the sequenced stream (projections, webhook fan-out, NATS): the position
    -- each has handled. A projection advances it in the same transaction as its own writes.
    create table event_consumers (
      name text primary key,
      position bigint not null default 0 check (position >= 0),
      updated_at timestamptz not null default now()
    );

    create function outbox_stock_moved() returns trigger language plpgsql as $$
    declare
      channel text;
    begin
      -- A sale or return names its order: say which channel sold (online or till).
      if new.reference_type = 'order' then
        select channel_kind into channel from orders where id = new.reference_id;
      end if;
      insert into outbox_events (merchant_id, type, subject_id, location_id, payload, occurred_at)
      values (new.merchant_id, 'stock.moved', new.variant_id, new.location_id,
              jsonb_build_object(
                'movement_id', new.id, 'variant_id', new.variant_id, 'location_id', new.location_id,
                'reason', new.reason, 'on_hand_delta', new.on_hand_delta, 'reserved_delta', new.reserved_delta,
                'blocked_delta', new.blocked_delta, 'lot_id', new.lot_id,
                'reference_type', new.reference_type, 'reference_id', new.reference_id, 'channel', channel),
              new.created_at);
      perform pg_notify('meridian_outbox', '');
      return null;
    end $$;
    create trigger stock_movements_outbox after insert on stock_movements
      for each row execute function outbox_stock_moved();

    -- One event per merchant with lines in the order, carrying that merchant's lines only: a
    -- tenant's stream never shows another merchant's goods or money.
    create function outbox_order_transition() returns trigger language plpgsql as $$
    begin
      insert into outbox_events (merchant_id, type, subject_id, location_id, payload, occurred_at)
      select l.merchant_id, 'order.' || new.to_status, new.order_id, o.store_location_id,
             jsonb_build_object(
               'order_id', o.id, 'number', o.number, 'from_status', new.from_status, 'to_status', new.to_status,
               'channel', o.channel_kind, 'store_location_id', o.store_location_id, 'currency', o.currency,
               'lines', jsonb_agg(jsonb_build_object(
                 'line_id', l.id, 'variant_id', l.variant_id, 'location_id', l.location_id, 'quantity', l.quantity,
                 'amount', l.unit_price_amount * l.quantity)
                 order by l.id)),
             new.created_at
        from orders o join order_lines l on l.order_id = o.id
       where o.id = new.order_id
       group by l.merchant_id, o.id;
      perform pg_notify('meridian_outbox', '');
      return null;
    end $$;
    create trigger order_events_outbox after insert on order_events
      for each row execute function outbox_order_transition();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger order_events_outbox on order_events;
    drop function outbox_order_transition();
    drop trigger stock_movements_outbox on stock_movements;
    drop function outbox_stock_moved();
    drop table event_consumers;
    drop table outbox_events;
  `.execute(db);
}
