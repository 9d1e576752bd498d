import type { ColumnType, Generated } from 'kysely';

/** Event types the platform writes: every ledger movement, and each order status it enters. */
export type EventType = 'stock.moved' | `order.${string}` | 'listing.taken_down' | 'listing.reinstated' | 'unit_code.suspicious';

export interface OutboxEventsTable {
  id: Generated<number>;
  /** Delivery order, dense and final; null until the sequencer stamps it. */
  position: ColumnType<number | null, never, number>;
  txid: Generated<string>;
  merchant_id: string | null;
  type: string;
  subject_id: string;
  location_id: string | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  occurred_at: Generated<Date>;
  sequenced_at: ColumnType<Date | null, never, Date>;
}

export interface EventConsumersTable {
  name: string;
  position: Generated<number>;
  updated_at: Generated<Date>;
}

export interface EventTables {
  outbox_events: OutboxEventsTable;
  event_consumers: EventConsumersTable;
}
