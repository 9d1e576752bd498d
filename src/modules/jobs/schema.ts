import type { ColumnType, Generated } from 'kysely';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

/**
 * A merchant's quarterly headcount report (issue 9). A second report for the same quarter
 * supersedes the first: the old row stays (superseded_at set) and the new one has the next version.
 */
export interface JobsReportsTable {
  id: string;
  merchant_id: string;
  /** 'YYYY-Qn', a calendar quarter in the merchant's US state's time zone. */
  quarter: string;
  version: number;
  full_time: number;
  part_time: number;
  new_hires_attributed: number;
  /** US state the jobs are in (two letters). */
  state: string;
  total_revenue_amount: ColumnType<number | null, number | null | undefined, number | null>;
  total_revenue_currency: Nullable<string>;
  attested_name: string;
  attested_by: Nullable<string>;
  attested_at: Date;
  superseded_at: Nullable<Date>;
  created_at: Generated<Date>;
}

/** The programme's settings: one row (id 1). */
export interface JobsSettingsTable {
  id: Generated<number>;
  start_date: ColumnType<string, string, string>;
  years: number;
  target_jobs: number;
  target_businesses: number;
  default_size_limit: number;
  report_due_days: number;
  updated_by: Nullable<string>;
  updated_at: Generated<Date>;
}

/** A sector's own size limit (persons employed), replacing the default for that sector. */
export interface JobsSectorLimitsTable {
  sector: string;
  size_limit: number;
}

export interface JobsTables {
  jobs_reports: JobsReportsTable;
  jobs_settings: JobsSettingsTable;
  jobs_sector_limits: JobsSectorLimitsTable;
}
