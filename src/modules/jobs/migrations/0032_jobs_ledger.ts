import { type Kysely, sql } from 'kysely';

/**
 * The small-business jobs ledger (issue 9): merchants' quarterly headcount reports with their
 * attestations (a correction supersedes a report and keeps it), the programme's settings (one row)
 * and per-sector size limits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table jobs_reports (
      id text primary key,
      merchant_id text not null references merchants (id),
      quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      version integer not null check (version >= 1),
      full_time integer not null check (full_time >= 0),
      part_time integer not null check (part_time >= 0),
      new_hires_attributed integer not null check (new_hires_attributed >= 0),
      state text not null check (state ~ '^[A-Z]{2}$'),
      total_revenue_amount bigint check (total_revenue_amount >= 0),
      total_revenue_currency text check (total_revenue_currency ~ '^[A-Z]{3}$'),
      attested_name text not null,
      attested_by text,
      attested_at timestamptz not null,
      superseded_at timestamptz,
      created_at timestamptz not null default now(),
      check (new_hires_attributed <= full_time + part_time),
      check ((total_revenue_amount is null) = (total_revenue_currency is null)),
      unique (merchant_id, quarter, version)
    );
    -- One current report per merchant and quarter; superseded versions stay beside it.
    create unique index jobs_reports_current_key on jobs_reports (merchant_id, quarter) where superseded_at is null;
    create index jobs_reports_quarter_idx on jobs_reports (quarter) where superseded_at is null;

    create table jobs_settings (
      id integer primary key default 1 check (id = 1),
      start_date date not null,
      years integer not null check (years between 1 and 50),
      target_jobs bigint not null check (target_jobs > 0),
      target_businesses bigint not null check (target_businesses > 0),
      default_size_limit integer not null check (default_size_limit > 0),
      report_due_days integer not null check (report_due_days between 0 and 366),
      updated_by text,
      updated_at timestamptz not null default now()
    );
    insert into jobs_settings (id, start_date, years, target_jobs, target_businesses, default_size_limit, report_due_days)
      values (1, '2026-01-01', 5, 1000000, 1000000, 500, 30);

    create table jobs_sector_limits (
      sector text primary key,
      size_limit integer not null check (size_limit > 0)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table jobs_sector_limits; drop table jobs_settings; drop table jobs_reports;`.execute(db);
}
