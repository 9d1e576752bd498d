import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** 'other': a sale or return whose movement names no order channel (the primary key cannot hold null). */
export type SellChannel = 'online' | 'till' | 'other';

/** Units sold and returned per variant × location × local business day × channel, rolled up from stock.moved. */
export interface DailySellThroughTable {
  merchant_id: string;
  variant_id: string;
  location_id: string;
  /** The location's local business day, YYYY-MM-DD. */
  day: ColumnType<string, string, string>;
  channel: SellChannel;
  units_sold: Generated<number>;
  units_returned: Generated<number>;
}

export interface ReplenishmentSettingsTable {
  merchant_id: string;
  /** Target cycle service level, 0.5 to 0.999. */
  service_level: number;
  lead_warehouse_days: number;
  lead_store_days: number;
  lead_po_days: number;
  review_days: number;
  updated_at: Generated<Date>;
}

export type ProposalKind = 'transfer' | 'purchase_order';
export type ProposalStatus = 'open' | 'accepted' | 'rejected' | 'superseded';

/** Why a proposal was made, as data (the sentence is built from it). */
export interface ProposalReason {
  model: string;
  forecast_per_day: number;
  demand_over_lead_time: number;
  demand_over_review: number;
  error_sd: number;
  lead_time_days: number;
  review_days: number;
  service_level: number;
  z: number;
  safety_stock: number;
  reorder_point: number;
  order_up_to: number;
  on_hand: number;
  reserved: number;
  in_transit: number;
  on_order: number;
  position: number;
  source_on_hand?: number;
  /** What the source could give: a warehouse its available stock, a store what it holds above its own order-up-to. */
  source_spare?: number;
}

export interface ReplenishmentProposalsTable {
  id: string;
  merchant_id: string;
  variant_id: string;
  /** The store to replenish. */
  location_id: string;
  kind: ProposalKind;
  /** The warehouse or over-stocked store a transfer comes from; null for a purchase order. */
  source_location_id: string | null;
  proposed_quantity: number;
  /** What was accepted (possibly edited); null until accepted. */
  accepted_quantity: number | null;
  status: Generated<ProposalStatus>;
  reason: JSONColumnType<ProposalReason, string, string>;
  explanation: string;
  transfer_id: string | null;
  expected_receipt_id: string | null;
  reject_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Generated<Date>;
}

/** A purchase order's units the merchant said will arrive; a store receipt can later match it. */
export interface ExpectedReceiptsTable {
  id: string;
  merchant_id: string;
  proposal_id: string;
  variant_id: string;
  location_id: string;
  quantity: number;
  expected_on: ColumnType<string, string, string>;
  status: Generated<'expected' | 'received' | 'cancelled'>;
  created_at: Generated<Date>;
}

export interface ReplenishmentTables {
  daily_sell_through: DailySellThroughTable;
  replenishment_settings: ReplenishmentSettingsTable;
  replenishment_proposals: ReplenishmentProposalsTable;
  expected_receipts: ExpectedReceiptsTable;
}
