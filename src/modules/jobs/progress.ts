// Progress against the promise: per ended quarter since the programme start, to date, the
// run-rate needed and the current one, by state and by sector. Each figure is the sum of the
// quarter figures (figures.ts) of the merchants that count toward the promise.
import { forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator } from '../../shared/actor.ts';
import { type FigureRow, figuresOf, ledgerData } from './figures.ts';
import type { Settings } from './repository.ts';
import {
  compareQuarters,
  currentRunRate,
  lastEndedQuarter,
  programmeEnd,
  programmeQuarters,
  quartersFrom,
  runRateNeeded,
  shiftQuarter,
  sumHundredths,
  targetPath,
} from './rules.ts';

/** How each figure is made, shown next to it (the web pages print these). */
export function methodsOf(s: Settings) {
  const sectors = Object.entries(s.sector_limits)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return {
    reported_new_hires:
      'Reported by merchants: the sum of new hires each merchant attributed to platform sales in its attested quarterly reports, since the programme start. A flow of jobs created, as the merchants state them; not verified against payroll.',
    jobs_supported:
      "Estimated, not reported: for each merchant and quarter, headcount × (platform revenue ÷ the total revenue the merchant reported), the share capped at 1, rounded down to 2 decimals and never above headcount. Platform revenue is the goods sold through Meridian less refunds, as booked to the merchant's settlement ledger in its own currency. A stock for one quarter: never added to reported new hires. No estimate for a quarter without a reported total revenue.",
    small_business: `A merchant whose headcount (full-time + part-time persons) is below the size limit: ${s.default_size_limit} by default${sectors ? `; by sector: ${sectors}` : ''}. Headcount is the quarter's report, else the latest earlier report, else the merchant application. Only small businesses in the US count toward the promise.`,
    active:
      "At least one paid order (payment captured; a later refund does not undo it) in the quarter, on the calendar of the merchant's US state's time zone.",
  };
}

export interface QuarterPoint {
  quarter: string;
  reported_new_hires: number;
  cumulative_new_hires: number;
  jobs_supported: number | null;
  small_businesses_active: number;
  cumulative_small_businesses: number;
  target_path_jobs: number;
  target_path_businesses: number;
}

interface Group {
  reported_new_hires: number;
  jobs: Array<number | null>;
  businesses: Set<string>;
}

function groupAdd(map: Map<string, Group>, key: string) {
  let g = map.get(key);
  if (!g) map.set(key, (g = { reported_new_hires: 0, jobs: [], businesses: new Set() }));
  return g;
}

function groupList<K extends string>(map: Map<string, Group>, name: K) {
  return [...map]
    .map(
      ([key, g]) =>
        ({ [name]: key, reported_new_hires: g.reported_new_hires, jobs_supported: sumHundredths(g.jobs), small_businesses: g.businesses.size }) as Record<
          K,
          string
        > & {
          reported_new_hires: number;
          jobs_supported: number;
          small_businesses: number;
        },
    )
    .sort((a, b) => b.reported_new_hires - a.reported_new_hires || b.small_businesses - a.small_businesses || a[name].localeCompare(b[name]));
}

/** The whole progress report at `now` (every ended quarter of the programme up to now). */
export async function progress(ctx: Ctx, actor: Actor, now = new Date()) {
  if (!isOperator(actor)) throw forbidden('Only an operator may do this');
  return progressOf(ctx, now);
}

export async function progressOf(ctx: Ctx, now: Date) {
  const data = await ledgerData(ctx);
  const s = data.settings;
  const span = programmeQuarters(s);
  const ended = lastEndedQuarter(now);
  const last = compareQuarters(ended, span.last) < 0 ? ended : span.last;
  const quarters = quartersFrom(span.first, last);
  const series: QuarterPoint[] = [];
  const seen = new Set<string>();
  const byState = new Map<string, Group>();
  const bySector = new Map<string, Group>();
  let cumulative = 0;
  let latestRows: FigureRow[] = [];
  for (const q of quarters) {
    const { rows, totals } = await figuresOf(ctx, data, q, now);
    cumulative += totals.reported_new_hires;
    for (const r of rows) {
      if (!r.counts_toward_promise) continue;
      if (r.active) seen.add(r.merchant_id);
      for (const [map, key] of [
        [byState, r.state],
        [bySector, r.sector],
      ] as const) {
        const g = groupAdd(map, key);
        g.reported_new_hires += r.new_hires_attributed;
        if (r.active) g.businesses.add(r.merchant_id);
      }
    }
    latestRows = rows;
    const estimable = rows.some((r) => r.counts_toward_promise && r.jobs_supported !== null);
    series.push({
      quarter: q,
      reported_new_hires: totals.reported_new_hires,
      cumulative_new_hires: cumulative,
      jobs_supported: estimable ? totals.jobs_supported : null,
      small_businesses_active: totals.small_businesses_active,
      cumulative_small_businesses: seen.size,
      target_path_jobs: targetPath(s, s.target_jobs, q),
      target_path_businesses: targetPath(s, s.target_businesses, q),
    });
  }
  // The latest quarter's estimate, by state and sector (a stock: only the latest quarter's).
  for (const r of latestRows) {
    if (!r.counts_toward_promise) continue;
    groupAdd(byState, r.state).jobs.push(r.jobs_supported);
    groupAdd(bySector, r.sector).jobs.push(r.jobs_supported);
  }
  const latest = series.at(-1) ?? null;
  const left = compareQuarters(span.last, compareQuarters(last, span.first) < 0 ? shiftQuarter(span.first, -1) : last);
  const quartersLeft = Math.max(1, left);
  const newBusinesses = series.map((x, i) => x.cumulative_small_businesses - (i ? series[i - 1]!.cumulative_small_businesses : 0));
  return {
    programme: { start_date: s.start_date, end_date: programmeEnd(s), target_jobs: s.target_jobs, target_businesses: s.target_businesses },
    methods: methodsOf(s),
    to_date: {
      reported_new_hires: cumulative,
      small_businesses: seen.size,
      latest_quarter: latest?.quarter ?? null,
      jobs_supported_latest: latest?.jobs_supported ?? null,
    },
    quarters: series,
    run_rate: {
      jobs_needed_per_quarter: runRateNeeded(s.target_jobs, cumulative, quartersLeft),
      businesses_needed_per_quarter: runRateNeeded(s.target_businesses, seen.size, quartersLeft),
      jobs_current_per_quarter: currentRunRate(series.map((x) => x.reported_new_hires)),
      businesses_current_per_quarter: currentRunRate(newBusinesses),
      quarters_left: quartersLeft,
    },
    by_state: groupList(byState, 'state'),
    by_sector: groupList(bySector, 'sector'),
  };
}

/** The public headline: no per-merchant data; the top 10 states. */
export async function publicProgress(ctx: Ctx, now = new Date()) {
  const p = await progressOf(ctx, now);
  return { programme: p.programme, methods: p.methods, to_date: p.to_date, quarters: p.quarters, run_rate: p.run_rate, by_state: p.by_state.slice(0, 10) };
}
