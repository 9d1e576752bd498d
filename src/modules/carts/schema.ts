import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { DeliveryAddress, ShipmentKind } from '../orders/schema.ts';

export interface CartsTable {
  id: string;
  customer_id: string | null;
  token_hash: string | null;
  guest_email: string | null;
  status: Generated<'open' | 'checked_out'>;
  delivery_address: JSONColumnType<DeliveryAddress | null, string | null, string | null>;
  order_id: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CartLinesTable {
  id: string;
  cart_id: string;
  variant_id: string;
  quantity: number;
  fulfilment: 'delivery' | 'pickup';
  pickup_location_id: string | null;
  created_at: Generated<Date>;
}

export interface CartHoldsTable {
  cart_id: string;
  line_id: string;
  reservation_id: string;
  location_id: string;
  kind: ShipmentKind;
  quantity: number;
}

export interface CartTables {
  carts: CartsTable;
  cart_lines: CartLinesTable;
  cart_holds: CartHoldsTable;
}
