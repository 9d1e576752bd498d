import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Finding } from './types.ts';

export type ReviewOutcome = 'released' | 'taken_down' | 'acknowledged' | 'superseded';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface ListingScreeningsTable {
  id: string;
  product_id: string;
  merchant_id: string;
  decision: 'live' | 'held';
  flags: string[];
  findings: JSONColumnType<Finding[], string, string>;
  created_at: Generated<Date>;
  review_outcome: Nullable<ReviewOutcome>;
  review_reason: Nullable<string>;
  reviewed_by: Nullable<string>;
  reviewed_at: Nullable<Date>;
}

export interface ScreeningTables {
  listing_screenings: ListingScreeningsTable;
}
