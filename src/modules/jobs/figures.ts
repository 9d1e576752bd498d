// The jobs figures of one quarter: a row per verified merchant (its headcount and where it came
// from, the size rule, activity and platform revenue from the settlement ledger, the estimate and
// its report status) and totals that are sums of those rows. progress.ts builds on the same rows.
import { badRequest, forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator } from '../../shared/actor.ts';
import { salesBetween } from '../settlement/service.ts';
import { type LedgerMerchant, verifiedMerchants } from './merchants.ts';
import * as repo from './repository.ts';
import {
  compareQuarters,
  isActive,
  isSmallBusiness,
  jobsSupported,
  lastEndedQuarter,
  parseQuarter,
  quarterBounds,
  reportStatus,
  sizeLimit,
  sumHundredths,
} from './rules.ts';

export type HeadcountSource = 'report' | 'earlier_report' | 'application';

export interface FigureRow {
  merchant_id: string;
  display_name: string;
  state: string;
  sector: string;
  headcount: number;
  headcount_source: HeadcountSource;
  small_business: boolean;
  size_limit: number;
  active: boolean;
  paid_orders: number;
  platform_revenue: { amount: number; currency: string };
  total_revenue: { amount: number; currency: string } | null;
  revenue_share: number | null;
  jobs_supported: number | null;
  new_hires_attributed: number;
  report_status: 'on_time' | 'late' | 'missing' | 'due' | 'current';
  /** A small business in the US: what the promise counts, and what the totals add up. */
  counts_toward_promise: boolean;
}

export interface FigureTotals {
  /** Rows counting toward the promise that were active in the quarter. */
  small_businesses_active: number;
  /** Sum of new_hires_attributed over rows counting toward the promise. */
  reported_new_hires: number;
  /** Sum of jobs_supported (2 decimals) over rows counting toward the promise that have one. */
  jobs_supported: number;
  /** Rows counting toward the promise with no estimate (no total revenue reported, or 0). */
  not_estimable: number;
  /** All rows, and those counting toward the promise. */
  merchants: number;
  counted: number;
}

/** What the figures of any quarter need, read once: merchants, settings, every current report and first attestations. */
export interface LedgerData {
  merchants: LedgerMerchant[];
  settings: repo.Settings;
  /** Current reports of each merchant, oldest quarter first. */
  reports: Map<string, repo.ReportRow[]>;
  firsts: Map<string, Date>;
}

export async function ledgerData(ctx: Ctx): Promise<LedgerData> {
  const [merchants, settings] = await Promise.all([verifiedMerchants(ctx), repo.readSettings(ctx.db)]);
  const ids = merchants.map((m) => m.id);
  const [rows, firsts] = await Promise.all([repo.currentReports(ctx.db, { merchantIds: ids }), repo.firstAttestations(ctx.db, ids)]);
  const reports = new Map<string, repo.ReportRow[]>();
  for (const r of rows) reports.set(r.merchant_id, [...(reports.get(r.merchant_id) ?? []), r]);
  for (const list of reports.values()) list.sort((a, b) => compareQuarters(a.quarter, b.quarter));
  return { merchants, settings, reports, firsts };
}

/** The report of the quarter, else the latest earlier one, else none (the application's headcount). */
function reportFor(list: repo.ReportRow[] | undefined, quarter: string): { report: repo.ReportRow | null; source: HeadcountSource } {
  let earlier: repo.ReportRow | null = null;
  for (const r of list ?? []) {
    const c = compareQuarters(r.quarter, quarter);
    if (c === 0) return { report: r, source: 'report' };
    if (c < 0) earlier = r;
  }
  return earlier ? { report: earlier, source: 'earlier_report' } : { report: null, source: 'application' };
}

/** Rows of every verified merchant for a quarter, and their totals. */
export async function figuresOf(ctx: Ctx, data: LedgerData, quarter: string, now: Date): Promise<{ rows: FigureRow[]; totals: FigureTotals }> {
  // One ledger read per time zone: a quarter's bounds are local midnights of the merchant's state.
  const byZone = new Map<string, LedgerMerchant[]>();
  for (const m of data.merchants) byZone.set(m.zone, [...(byZone.get(m.zone) ?? []), m]);
  const sales = new Map<string, { paid_orders: number; net_sales: number; currency: string }>();
  await Promise.all(
    [...byZone].map(async ([zone, ms]) => {
      const { from, to } = quarterBounds(quarter, zone);
      const got = await salesBetween(
        ctx,
        ms.map((m) => m.id),
        from,
        to,
      );
      for (const [id, s] of got) sales.set(id, s);
    }),
  );
  const rows = data.merchants.map((m): FigureRow => {
    const { report, source } = reportFor(data.reports.get(m.id), quarter);
    const own = source === 'report' ? report : null;
    const headcount = report ? report.full_time + report.part_time : m.headcount;
    const limit = sizeLimit(data.settings, m.sector);
    const s = sales.get(m.id);
    const platform = { amount: Math.max(0, s?.net_sales ?? 0), currency: s?.currency ?? m.default_currency };
    const total = own && own.total_revenue_amount !== null ? { amount: Number(own.total_revenue_amount), currency: own.total_revenue_currency! } : null;
    const estimate = jobsSupported(headcount, platform.amount, total && total.currency === platform.currency ? total.amount : null);
    const small = isSmallBusiness(headcount, limit);
    const firstAttested = data.firsts.get(`${m.id}/${quarter}`) ?? null;
    return {
      merchant_id: m.id,
      display_name: m.display_name,
      state: report?.state ?? m.region,
      sector: m.sector,
      headcount,
      headcount_source: source,
      small_business: small,
      size_limit: limit,
      active: isActive(s?.paid_orders ?? 0),
      paid_orders: s?.paid_orders ?? 0,
      platform_revenue: platform,
      total_revenue: total,
      revenue_share: estimate.share,
      jobs_supported: estimate.jobs,
      new_hires_attributed: own?.new_hires_attributed ?? 0,
      report_status: reportStatus({ quarter, zone: m.zone, dueDays: data.settings.report_due_days, attestedAt: firstAttested, now }),
      counts_toward_promise: small && m.country === 'US',
    };
  });
  rows.sort((a, b) => a.display_name.localeCompare(b.display_name) || a.merchant_id.localeCompare(b.merchant_id));
  return { rows, totals: totalsOf(rows) };
}

/** The totals: sums over the rows that count toward the promise (small businesses in the US). */
export function totalsOf(rows: readonly FigureRow[]): FigureTotals {
  const counted = rows.filter((r) => r.counts_toward_promise);
  return {
    small_businesses_active: counted.filter((r) => r.active).length,
    reported_new_hires: counted.reduce((n, r) => n + r.new_hires_attributed, 0),
    jobs_supported: sumHundredths(counted.map((r) => r.jobs_supported)),
    not_estimable: counted.filter((r) => r.jobs_supported === null).length,
    merchants: rows.length,
    counted: counted.length,
  };
}

/** The figures of a quarter (default: the last ended one), for operators. */
export async function quarterFigures(ctx: Ctx, actor: Actor, quarter: string | undefined, now = new Date()) {
  if (!isOperator(actor)) throw forbidden('Only an operator may do this');
  if (quarter !== undefined && !parseQuarter(quarter)) throw badRequest('invalid_quarter', 'quarter is YYYY-Qn, e.g. 2026-Q1');
  const q = quarter ?? lastEndedQuarter(now);
  const { rows, totals } = await figuresOf(ctx, await ledgerData(ctx), q, now);
  return { quarter: q, items: rows, totals };
}

export const CSV_COLUMNS = [
  'merchant_id',
  'display_name',
  'state',
  'sector',
  'headcount',
  'headcount_source',
  'small_business',
  'size_limit',
  'active',
  'paid_orders',
  'platform_revenue_amount',
  'platform_revenue_currency',
  'total_revenue_amount',
  'total_revenue_currency',
  'revenue_share',
  'jobs_supported',
  'new_hires_attributed',
  'report_status',
  'counts_toward_promise',
] as const;

const cell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote what needs it; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The rows as CSV (RFC 4180, CRLF like every export here): the columns above, one line per merchant (money as minor units), nothing else. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  const lines = rows.map((r) =>
    [
      r.merchant_id,
      r.display_name,
      r.state,
      r.sector,
      r.headcount,
      r.headcount_source,
      r.small_business,
      r.size_limit,
      r.active,
      r.paid_orders,
      r.platform_revenue.amount,
      r.platform_revenue.currency,
      r.total_revenue?.amount,
      r.total_revenue?.currency,
      r.revenue_share,
      r.jobs_supported,
      r.new_hires_attributed,
      r.report_status,
      r.counts_toward_promise,
    ]
      .map(cell)
      .join(','),
  );
  return `${CSV_COLUMNS.join(',')}\r\n${lines.map((l) => `${l}\r\n`).join('')}`;
}
