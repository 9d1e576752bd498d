import type { ColumnType, Generated } from 'kysely';

export type CommissionScope = 'default' | 'category' | 'merchant';

/** What a ledger entry records; its amount's sign follows the kind (see MerchantLedgerTable.amount). */
export type LedgerKind = 'sale' | 'commission' | 'refund' | 'commission_reversal' | 'fee' | 'payout';

export type PayoutStatus = 'pending' | 'paid';

export interface CommissionRatesTable {
  id: string;
  scope: CommissionScope;
  category_id: string | null;
  merchant_id: string | null;
  /** Basis points of the merchant-currency sale amount: 1000 = 10 %. */
  rate_bp: number;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MerchantLedgerTable {
  id: string;
  merchant_id: string;
  /** The merchant's own currency (merchants.default_currency). */
  currency: string;
  kind: LedgerKind;
  /** Signed minor units of currency: sale +, commission −, refund −, commission_reversal +, fee −, payout −. */
  amount: number;
  order_id: string | null;
  order_line_id: string | null;
  refund_id: string | null;
  /** The payout that paid this entry; null while unpaid. */
  payout_id: string | null;
  quantity: number | null;
  /** What was paid (sale +) or given back (refund −) in the sale currency. */
  source_amount: number | null;
  source_currency: string | null;
  /** Sale currency per 1 merchant currency unit, as the order recorded it; null: same currency. */
  fx_rate: string | null;
  rate_bp: number | null;
  note: string | null;
  occurred_at: ColumnType<Date, Date | undefined, never>;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface PayoutRunsTable {
  id: string;
  as_of: Date;
  idempotency_key: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface PayoutsTable {
  id: string;
  run_id: string;
  merchant_id: string;
  currency: string;
  /** Positive minor units of currency. */
  amount: number;
  entry_count: number;
  status: Generated<PayoutStatus>;
  /** The bank's reference for the transfer, given when it is confirmed. */
  reference: string | null;
  paid_at: Date | null;
  paid_by: string | null;
  created_at: Generated<Date>;
}

export interface SettlementTables {
  commission_rates: CommissionRatesTable;
  merchant_ledger: MerchantLedgerTable;
  payout_runs: PayoutRunsTable;
  payouts: PayoutsTable;
}
