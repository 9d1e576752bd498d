// Pure rules of the jobs ledger (issue 9): quarters in a US state's time zone, the size rule, the
// active definition, the jobs-supported estimate, report status, the target path and run-rates.
// No database here; service.ts and figures.ts apply them. docs/jobs-ledger.md explains each one.
import { ALL_ZONES } from './zones.ts';

// ---- calendar days ('YYYY-MM-DD', a business date with no time zone)

const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const dateOfNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && dateOfNumber(dayNumber(s)) === s;
}

/** The day `n` days after `date` (before, for negative n). */
export function addDays(date: string, n: number): string {
  return dateOfNumber(dayNumber(date) + n);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The same day `years` years later (29 February → 28 February). */
export function addYears(date: string, years: number): string {
  const y = +date.slice(0, 4) + years;
  const candidate = `${String(y).padStart(4, '0')}${date.slice(4)}`;
  return isDate(candidate) ? candidate : `${String(y).padStart(4, '0')}-02-28`;
}

// ---- instants in a time zone

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

function wallClock(at: Date, zone: string) {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year!, m: +parts.month!, d: +parts.day!, h: +parts.hour!, min: +parts.minute!, s: +parts.second! };
}

/** The calendar day an instant falls on in a time zone. */
export function localDate(at: Date, zone: string): string {
  const w = wallClock(at, zone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
function offsetAt(at: Date, zone: string): number {
  const w = wallClock(at, zone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a calendar day begins (local midnight) in a time zone. */
export function startOfDay(date: string, zone: string): Date {
  const guess = dayNumber(date) * DAY_MS;
  let t = guess - offsetAt(new Date(guess), zone);
  // Once more at the candidate, in case the offset changed between the two (US changes are at 02:00).
  t = guess - offsetAt(new Date(t), zone);
  return new Date(t);
}

// ---- quarters ('YYYY-Qn': calendar quarters)

export interface QuarterParts {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** Parses 'YYYY-Qn' (n 1–4), else null. */
export function parseQuarter(s: string): QuarterParts | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(s);
  return m ? { year: +m[1]!, q: +m[2]! as QuarterParts['q'] } : null;
}

export const quarterId = (year: number, q: number) => `${String(year).padStart(4, '0')}-Q${q}`;

const index = (s: string) => {
  const p = parseQuarter(s);
  if (!p) throw new Error(`not a quarter: ${s}`);
  return p.year * 4 + p.q - 1;
};
const ofIndex = (i: number) => quarterId(Math.floor(i / 4), (i % 4) + 1);

/** The quarter after (n = 1) or before (n = −1) a quarter. */
export const shiftQuarter = (quarter: string, n: number) => ofIndex(index(quarter) + n);

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export const compareQuarters = (a: string, b: string) => index(a) - index(b);

/** Every quarter from `first` to `last`, both included (empty if last is before first). */
export function quartersFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(ofIndex(i));
  return out;
}

/** The quarter a calendar day is in. */
export function quarterOfDate(date: string): string {
  return quarterId(+date.slice(0, 4), Math.floor((+date.slice(5, 7) - 1) / 3) + 1);
}

/** The quarter an instant falls in, on the wall calendar of a time zone. */
export function quarterOf(at: Date, zone: string): string {
  return quarterOfDate(localDate(at, zone));
}

/** A quarter's first and last calendar days. */
export function quarterDays(quarter: string): { first: string; last: string } {
  const p = parseQuarter(quarter);
  if (!p) throw new Error(`not a quarter: ${quarter}`);
  const first = `${String(p.year).padStart(4, '0')}-${String((p.q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = parseQuarter(shiftQuarter(quarter, 1))!;
  const after = `${String(next.year).padStart(4, '0')}-${String((next.q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(after, -1) };
}

/** A quarter's bounds as instants in a time zone: [from, to), local midnight to local midnight. */
export function quarterBounds(quarter: string, zone: string): { from: Date; to: Date } {
  const { first, last } = quarterDays(quarter);
  return { from: startOfDay(first, zone), to: startOfDay(addDays(last, 1), zone) };
}

/** Whether a quarter has ended at `now` in a time zone. */
export function quarterEnded(quarter: string, zone: string, now: Date): boolean {
  return compareQuarters(quarter, quarterOf(now, zone)) < 0;
}

/**
 * The programme's last ended quarter at `now`: the last quarter that has ended in every US zone
 * (the westernmost, American Samoa, is the last to finish a quarter).
 */
export function lastEndedQuarter(now: Date): string {
  const current = ALL_ZONES.map((z) => quarterOf(now, z)).sort(compareQuarters)[0]!;
  return shiftQuarter(current, -1);
}

// ---- size rule and active definition

export interface SizeRule {
  default_size_limit: number;
  sector_limits: Readonly<Record<string, number>>;
}

/** The size limit of a sector: its own if configured, else the default (500). */
export function sizeLimit(rule: SizeRule, sector: string): number {
  return Object.hasOwn(rule.sector_limits, sector) ? rule.sector_limits[sector]! : rule.default_size_limit;
}

/** Headcount (full-time + part-time persons) below the limit: 499 is small at 500, 500 is not. */
export function isSmallBusiness(headcount: number, limit: number): boolean {
  return headcount < limit;
}

/** Active in a quarter: at least one paid order in it (refunds do not undo a payment). */
export function isActive(paidOrders: number): boolean {
  return paidOrders > 0;
}

/** Whether an order paid at `paidAt` counts for `quarter` of a merchant in `zone`. */
export function paidInQuarter(paidAt: Date, quarter: string, zone: string): boolean {
  return quarterOf(paidAt, zone) === quarter;
}

// ---- the jobs-supported estimate

export interface Estimate {
  /** Platform revenue ÷ total revenue, capped at 1, 4 decimals; null when not estimable. */
  share: number | null;
  /** Headcount × share, rounded down to 2 decimals, never above headcount; null when not estimable. */
  jobs: number | null;
}

/**
 * Jobs supported by platform sales in one merchant-quarter: headcount × (platform revenue ÷ total
 * revenue the merchant reported), the share capped at 1, rounded down to hundredths. No estimate
 * when the report gives no total revenue or 0. Amounts are minor units of one currency; exact
 * integer arithmetic (BigInt), so no float rounding moves a figure across a hundredth.
 */
export function jobsSupported(headcount: number, platformRevenue: number, totalRevenue: number | null): Estimate {
  if (totalRevenue === null || totalRevenue <= 0) return { share: null, jobs: null };
  const platform = BigInt(Math.max(0, Math.min(platformRevenue, totalRevenue)));
  const total = BigInt(totalRevenue);
  const hundredths = (BigInt(headcount) * 100n * platform) / total;
  const capped = Math.min(Number(hundredths), headcount * 100);
  const share = Number((platform * 10_000n) / total) / 10_000;
  return { share, jobs: capped / 100 };
}

/** Sums figures given in hundredths exactly (jobs-supported values), back to a 2-decimal number. */
export function sumHundredths(values: ReadonlyArray<number | null>): number {
  let total = 0;
  for (const v of values) if (v !== null) total += Math.round(v * 100);
  return total / 100;
}

// ---- report status

export type ReportStatus = 'on_time' | 'late' | 'missing' | 'due' | 'current';

/** The day a quarter's report is due: its last day plus `dueDays` (default 30). */
export function dueOn(quarter: string, dueDays: number): string {
  return addDays(quarterDays(quarter).last, dueDays);
}

/**
 * A merchant-quarter's report status at `now` in the merchant's zone. A report attested on or
 * before the due day (local calendar) is on time, after it late; with no report, missing once the
 * due day has passed, due until then. A report for a quarter still running is `current`.
 */
export function reportStatus(input: { quarter: string; zone: string; dueDays: number; attestedAt: Date | null; now: Date }): ReportStatus {
  const due = dueOn(input.quarter, input.dueDays);
  if (input.attestedAt) {
    if (!quarterEnded(input.quarter, input.zone, input.now)) return 'current';
    return localDate(input.attestedAt, input.zone) <= due ? 'on_time' : 'late';
  }
  return localDate(input.now, input.zone) > due ? 'missing' : 'due';
}

// ---- progress

export interface Programme {
  start_date: string;
  years: number;
  target_jobs: number;
  target_businesses: number;
}

/** The programme's last day (start + years − 1 day). */
export function programmeEnd(p: Pick<Programme, 'start_date' | 'years'>): string {
  return addDays(addYears(p.start_date, p.years), -1);
}

/** The quarters of the programme: from the start date's quarter to the end date's. */
export function programmeQuarters(p: Pick<Programme, 'start_date' | 'years'>): { first: string; last: string } {
  return { first: quarterOfDate(p.start_date), last: quarterOfDate(programmeEnd(p)) };
}

/**
 * The straight line from 0 at the start to the target at the end, read at the end of a quarter
 * (its last day, inclusive), rounded to a whole number; 0 before the start, the target after the end.
 */
export function targetPath(p: Pick<Programme, 'start_date' | 'years'>, target: number, quarter: string): number {
  const length = daysBetween(p.start_date, addYears(p.start_date, p.years));
  const elapsed = daysBetween(p.start_date, addDays(quarterDays(quarter).last, 1));
  const fraction = Math.min(1, Math.max(0, elapsed / length));
  return Math.round(target * fraction);
}

/** Quarters left after the last ended one up to the programme's last quarter, at least 1. */
export function quartersLeft(p: Pick<Programme, 'start_date' | 'years'>, lastEnded: string): number {
  return Math.max(1, compareQuarters(programmeQuarters(p).last, lastEnded));
}

/** What each remaining quarter must add to reach the target: (target − to date) ÷ quarters left, rounded up, never below 0. */
export function runRateNeeded(target: number, toDate: number, left: number): number {
  return Math.max(0, Math.ceil((target - toDate) / Math.max(1, left)));
}

/** The current run-rate: the average of the last (up to) 4 complete quarters' flows, 2 decimals; 0 with none. */
export function currentRunRate(flows: readonly number[]): number {
  const last = flows.slice(-4);
  if (last.length === 0) return 0;
  return Math.round((last.reduce((a, b) => a + b, 0) / last.length) * 100) / 100;
}
