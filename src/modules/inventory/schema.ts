import type { Generated, JSONColumnType } from 'kysely';

export type MovementReason =
  | 'receipt'
  | 'sale'
  | 'return'
  | 'transfer_out'
  | 'transfer_in'
  | 'adjustment'
  | 'count_correction'
  | 'reservation'
  | 'release'
  | 'expiry'
  | 'lot_expired'
  | 'lot_blocked'
  | 'lot_released'
  | 'recall';

export interface StockMovementsTable {
  id: string;
  variant_id: string;
  location_id: string;
  merchant_id: string;
  reason: MovementReason;
  on_hand_delta: number;
  reserved_delta: number;
  blocked_delta: Generated<number>;
  lot_id: string | null;
  origin_id: string | null;
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
  blocked: Generated<number>;
  updated_at: Generated<Date>;
}

export type LotStatus = 'active' | 'blocked' | 'recalled';

export interface LotsTable {
  id: string;
  variant_id: string;
  merchant_id: string;
  code: string;
  production_date: string | null;
  best_before: string | null;
  use_by: string | null;
  status: Generated<LotStatus>;
  status_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface StockLotLevelsTable {
  variant_id: string;
  location_id: string;
  lot_id: string;
  merchant_id: string;
  on_hand: Generated<number>;
  reserved: Generated<number>;
  blocked: Generated<number>;
  updated_at: Generated<Date>;
}

export interface ReservationLotsTable {
  reservation_id: string;
  lot_id: string;
  quantity: number;
}

export interface RecallsTable {
  id: string;
  lot_id: string;
  merchant_id: string;
  reason: string;
  actor_id: string | null;
  created_at: Generated<Date>;
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
  lot_code?: string;
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
  lots: LotsTable;
  stock_lot_levels: StockLotLevelsTable;
  reservation_lots: ReservationLotsTable;
  recalls: RecallsTable;
}
