import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type NoticeKind = 'counterfeit' | 'trademark' | 'copyright' | 'design';
export type NoticeStatus = 'actioned' | 'countered' | 'upheld' | 'reinstated' | 'withdrawn';
export type AppealStatus = 'pending' | 'granted' | 'denied';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface TakedownNoticesTable {
  id: string;
  registration_id: string;
  notifier_merchant_id: string;
  listing_merchant_id: string;
  product_id: string;
  kind: NoticeKind;
  statement: string;
  evidence_urls: JSONColumnType<string[], string, string>;
  status: NoticeStatus;
  counter_statement: Nullable<string>;
  counter_evidence_urls: ColumnType<string[] | null, string | null | undefined, string | null>;
  decision_reason: Nullable<string>;
  decided_by: Nullable<string>;
  received_at: Generated<Date>;
  actioned_at: Generated<Date>;
  countered_at: Nullable<Date>;
  decided_at: Nullable<Date>;
  created_by: Nullable<string>;
  /** The listing as it was when the notice was filed (null on notices filed before this was kept). */
  listing_title_en: Nullable<string>;
  listing_title_zh: Nullable<string>;
  listing_price_amount: ColumnType<number | null, number | null | undefined, number | null>;
  listing_price_currency: Nullable<string>;
}

export interface TakedownEventsTable {
  id: Generated<number>;
  notice_id: string;
  from_status: NoticeStatus | null;
  to_status: NoticeStatus;
  note: string | null;
  actor: string | null;
  created_at: Generated<Date>;
}

export interface MerchantStrikesTable {
  id: string;
  merchant_id: string;
  notice_id: string;
  struck_at: Generated<Date>;
  voided_at: Nullable<Date>;
  voided_reason: Nullable<string>;
}

export interface StrikeSuspensionsTable {
  id: string;
  merchant_id: string;
  strikes: number;
  suspended_at: Generated<Date>;
  appeal_statement: Nullable<string>;
  appealed_at: Nullable<Date>;
  appeal_status: Nullable<AppealStatus>;
  appeal_reason: Nullable<string>;
  appeal_decided_by: Nullable<string>;
  appeal_decided_at: Nullable<Date>;
}

export interface TakedownTables {
  takedown_notices: TakedownNoticesTable;
  takedown_events: TakedownEventsTable;
  merchant_strikes: MerchantStrikesTable;
  strike_suspensions: StrikeSuspensionsTable;
}
