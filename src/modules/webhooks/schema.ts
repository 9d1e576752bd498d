import type { ColumnType, Generated } from 'kysely';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface WebhookEndpointsTable {
  id: string;
  merchant_id: string;
  url: string;
  description: string | null;
  event_types: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  secret: string;
  secret_rotated_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  merchant_id: string;
  event_position: number;
  event_type: string;
  subject_id: string;
  body: string;
  origin: Generated<'fanout' | 'replay'>;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  leased_until: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  dead_at: Date | null;
  created_at: Generated<Date>;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempted_at: Generated<Date>;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface WebhookTables {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}
