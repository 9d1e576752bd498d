import type { Generated, JSONColumnType } from 'kysely';

export type MovementReason =
  'receipt' | 'sale' | 'return' | 'transfer_out' | 'transfer_in' | 'adjustment' | 'count_correction' | 'reservation' | 'release' | 'expiry';

export interface StockMovementsTable {
  id: string;
  variant_id: string;
  location_id: string;
  merchant_id: string;
  reason: MovementReason;
  on_hand_delta: number;
  reserved_delta: number;
  reference_type: string | null;
  reference_id: string | null;
  note: string | null;
  actor_id: string | null;
  created_at: Generated<Date>;
}

export interface StockLevelsTable {
  variant_id: string;
  location_id: string;
  merchant_id: string;
  on_hand: Generated<number>;
  reserved: Generated<number>;
  updated_at: Generated<Date>;
}

export type ReservationStatus = 'active' | 'consumed' | 'released' | 'expired';

export interface ReservationsTable {
  id: string;
  variant_id: string;
  location_id: string;
  merchant_id: string;
  quantity: number;
  status: Generated<ReservationStatus>;
  reference_type: string;
  reference_id: string;
  expires_at: Date;
  created_at: Generated<Date>;
  closed_at: Date | null;
}

export interface CountLine {
  variant_id: string;
  expected: number;
  counted: number;
  difference: number;
}

export interface StockCountsTable {
  id: string;
  location_id: string;
  merchant_id: string | null;
  lines: JSONColumnType<CountLine[], string, string>;
  actor_id: string | null;
  note: string | null;
  created_at: Generated<Date>;
}

export interface InventoryTables {
  stock_movements: StockMovementsTable;
  stock_levels: StockLevelsTable;
  reservations: ReservationsTable;
  stock_counts: StockCountsTable;
}
