import type { Generated, JSONColumnType } from 'kysely';
import type { TransferStatus } from './states.ts';

export type { TransferStatus } from './states.ts';

export interface TransfersTable {
  id: string;
  from_location_id: string;
  to_location_id: string;
  merchant_id: string | null;
  status: Generated<TransferStatus>;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  dispatched_at: Date | null;
  dispatched_by: string | null;
  received_at: Date | null;
  received_by: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  close_note: string | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
}

export interface TransferLinesTable {
  id: string;
  transfer_id: string;
  variant_id: string;
  merchant_id: string;
  sku: string;
  quantity_sent: number;
  quantity_received: Generated<number>;
}

export interface ReceiptLine {
  variant_id: string;
  quantity: number;
}

export interface TransferReceiptsTable {
  transfer_id: string;
  number: number;
  lines: JSONColumnType<ReceiptLine[], string, string>;
  note: string | null;
  received_by: string | null;
  received_at: Generated<Date>;
}

export type DiscrepancyKind = 'short' | 'over';

export interface TransferDiscrepanciesTable {
  id: string;
  transfer_id: string;
  variant_id: string;
  kind: DiscrepancyKind;
  quantity: number;
  receipt_number: number | null;
  note: string | null;
  recorded_by: string | null;
  created_at: Generated<Date>;
}

export interface TransferTables {
  transfers: TransfersTable;
  transfer_lines: TransferLinesTable;
  transfer_receipts: TransferReceiptsTable;
  transfer_discrepancies: TransferDiscrepanciesTable;
}
