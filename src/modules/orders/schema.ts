import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { OrderStatus } from './states.ts';

export type ShipmentKind = 'warehouse_delivery' | 'store_delivery' | 'pickup';
export type ShipmentStatus = 'pending' | 'picking' | 'shipped' | 'ready_for_pickup' | 'delivered' | 'collected' | 'cancelled';
export type PaymentStatus = 'authorised' | 'captured' | 'voided' | 'failed' | 'partly_refunded' | 'refunded';

export interface DeliveryAddress {
  recipient: string;
  phone: string;
  address_line: string;
  city: string;
  province?: string;
  postal_code?: string;
  country: string;
  latitude?: number;
  longitude?: number;
}

export interface OrdersTable {
  id: string;
  number: Generated<number>;
  channel_id: string;
  channel_kind: 'online' | 'till';
  customer_id: string | null;
  guest_email: string | null;
  status: OrderStatus;
  currency: string;
  subtotal_amount: number;
  shipping_amount: Generated<number>;
  total_amount: number;
  refunded_amount: Generated<number>;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  delivery_address: JSONColumnType<DeliveryAddress | null, string | null, string | null>;
  delivery_city: string | null;
  pickup_code: string | null;
  store_location_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Import tax charged on top (CBEC or general trade); VAT included in domestic prices is not here. */
  tax_amount: Generated<number>;
  customs_regime: ColumnType<CustomsRegime | null, CustomsRegime | null | undefined, CustomsRegime | null>;
  buyer_identity_id: ColumnType<string | null, string | null | undefined, string | null>;
  buyer_name: ColumnType<string | null, string | null | undefined, string | null>;
  buyer_id_masked: ColumnType<string | null, string | null | undefined, string | null>;
  limit_key: ColumnType<string | null, string | null | undefined, string | null>;
  limit_year: ColumnType<number | null, number | null | undefined, number | null>;
  /** What the order counted toward the buyer's annual CBEC limit (goods + freight of cross-border lines). */
  limit_amount: Generated<number>;
}

export type CustomsRegime = 'cbec' | 'general_trade';
export type FulfilmentMode = 'domestic' | 'bonded_import' | 'direct_mail';
export type LineRegime = 'domestic' | CustomsRegime;

export interface OrderTaxLinesTable {
  id: string;
  order_id: string;
  order_line_id: string;
  kind: 'tariff' | 'consumption_tax' | 'vat';
  amount: number;
  currency: string;
  rate_bp: number;
  base_amount: number;
  included: boolean;
  rule: string;
  rule_text: string;
}

export interface ShipmentsTable {
  id: string;
  order_id: string;
  location_id: string;
  kind: ShipmentKind;
  status: Generated<ShipmentStatus>;
  tracking_number: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  fulfilment_mode: Generated<FulfilmentMode>;
  freight_amount: Generated<number>;
}

export interface OrderLinesTable {
  id: string;
  order_id: string;
  shipment_id: string;
  merchant_id: string;
  variant_id: string;
  location_id: string;
  sku: string;
  title_en: string;
  title_zh: string;
  quantity: number;
  unit_price_amount: number;
  currency: string;
  fulfilment: 'delivery' | 'pickup';
  returned_quantity: Generated<number>;
  /** The variant's list price and currency, and the rate (sale per 1 list unit) that converted it. */
  list_unit_price_amount: ColumnType<number | null, number | null | undefined, number | null>;
  list_currency: ColumnType<string | null, string | null | undefined, string | null>;
  fx_rate: ColumnType<string | null, string | null | undefined, string | null>;
  fx_rate_id: ColumnType<string | null, string | null | undefined, string | null>;
  price_source: Generated<'list' | 'converted' | 'override'>;
  customs_regime: Generated<LineRegime>;
  hs_code: ColumnType<string | null, string | null | undefined, string | null>;
  freight_amount: Generated<number>;
  tax_amount: Generated<number>;
}

export interface OrderEventsTable {
  id: string;
  order_id: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  actor_id: string | null;
  note: string | null;
  created_at: Generated<Date>;
}

export interface PaymentsTable {
  id: string;
  order_id: string;
  provider: string;
  provider_ref: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  captured_amount: Generated<number>;
  refunded_amount: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RefundsTable {
  id: string;
  payment_id: string;
  order_id: string;
  amount: number;
  currency: string;
  reason: string;
  provider_ref: string;
  return_id: string | null;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface ReturnsTable {
  id: string;
  order_id: string;
  location_id: string;
  reason: string;
  refund_amount: number;
  currency: string;
  client_return_id: string | null;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface ReturnLinesTable {
  return_id: string;
  order_line_id: string;
  quantity: number;
}

export interface OrderFlagsTable {
  id: string;
  order_id: string;
  kind: 'recall';
  reference_id: string;
  subject_id: string | null;
  quantity: number | null;
  note: string | null;
  created_at: Generated<Date>;
  cleared_at: Date | null;
  cleared_by: string | null;
}

export interface OrderTables {
  order_flags: OrderFlagsTable;
  order_tax_lines: OrderTaxLinesTable;
  returns: ReturnsTable;
  return_lines: ReturnLinesTable;
  orders: OrdersTable;
  shipments: ShipmentsTable;
  order_lines: OrderLinesTable;
  order_events: OrderEventsTable;
  payments: PaymentsTable;
  refunds: RefundsTable;
}
