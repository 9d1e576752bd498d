// Forecasts for a panel of series: candidates, choice by backtest, quantiles.
//
// Backtest: every series' last BACKTEST days are forecast by every candidate from the days before.
// 1. The panel's default model is whichever pooled variant (with or without last year's shape) has the
//    lower total scaled squared error over all series' backtests: whether the yearly shape helps is a
//    property of the data set (and the season), and one series' 28 days are too noisy to tell.
// 2. Each series keeps the default unless another candidate's squared error in its backtest is lower by
//    MARGIN (half): on intermittent series a 28-day backtest is noisy, and switching on noise costs
//    accuracy (on the generated panel, switching at 10% lower error was worse than never switching).
// The chosen candidate is refitted on the whole history. Its backtest residuals give the error SD (safety
// stock) and the negative-binomial dispersion of the quantiles, shrunk toward the group's dispersion.
//
// Prices (optional, price.ts): a series with price cuts has its history divided by each day's promotion
// lift before anything else (pools, levels, shapes, candidates), and every candidate's forecast multiplied
// by the lift of the planned price on each forecast day (backtest days included: their prices are known).
// So a promotion at the end of the history does not inflate the level, and a planned one is forecast.
import { dayOfWeek, parseDay, formatDay } from './calendar.ts';
import { movingAverage, seasonalNaive, ses } from './baselines.ts';
import { naiveScale } from './metrics.ts';
import { pooledForecast, type PooledContext, type PooledParams } from './model.ts';
import { Pool } from './pooled.ts';
import { collectPromoDays, groupElasticities, priceCuts, promoDays, type PromoDays } from './price.ts';
import { dispersionSums, nbQuantile, shrunkDispersion } from './quantiles.ts';
import type { History, PanelSeries, SeriesForecast } from './types.ts';

const BACKTEST = 28;
const MARGIN = 0.5;

/** Pooled model: the item's recent level × the series' share of the item when there is an item; else its own level. */
const POOLED: PooledParams = { halfLife: 112, yearly: false, share: { shareHalfLife: 120, halfLife: 7, weight: 1 } };
const POOLED_FAST: PooledParams = { halfLife: 28, yearly: false, share: { shareHalfLife: 56, halfLife: 7, weight: 0.5 } };
const LONE: PooledParams = { halfLife: 28, yearly: false };

type Units = number[] | Float64Array;
type Run = (y: Units, m: number, s0: number, horizon: number, ctx: PooledContext) => number[];
const head = (y: Units, m: number) => (y instanceof Float64Array ? y.subarray(0, m) : y.slice(0, m));
const pooled =
  (p: PooledParams, yearly: boolean): Run =>
  (y, m, s0, h, ctx) =>
    pooledForecast(y, m, s0, h, ctx, { ...(ctx.item ? p : LONE), yearly });

/** The candidates; the first two are the possible panel defaults. */
const CANDIDATES: Array<{ name: string; run: Run }> = [
  { name: 'pooled-dow', run: pooled(POOLED, false) },
  { name: 'pooled-dow-yearly', run: pooled(POOLED, true) },
  { name: 'pooled-dow-fast', run: pooled(POOLED_FAST, false) },
  { name: 'seasonal-naive', run: (y, m, _s, h) => seasonalNaive(head(y, m), h) },
  { name: 'ma28', run: (y, m, _s, h) => movingAverage(head(y, m), h) },
  { name: 'ses', run: (y, m, _s, h) => ses(head(y, m), h) },
];

export interface PanelOptions {
  /** The group of a series (e.g. its item): series of a group share weekday and yearly shapes. */
  groupOf?: (id: string) => string;
  /** The store (location) of a series: its weekday shape across items. */
  storeOf?: (id: string) => string;
  /** Called now and then with the number of series done. */
  onProgress?: (done: number, total: number) => void;
}

/** One series' backtest: squared error and dispersion sums per candidate (null: too short to hold out). */
interface Trial {
  mse: number[];
  disp: Array<{ num: number; den: number }>;
  scale: number | null;
}

interface Fitted {
  mean: number[];
  model: string;
  errorSd: number;
  disp: { num: number; den: number };
}

/**
 * A series as the candidates see it: `adj` is the history with promotion lifts divided out (the units
 * themselves when there are no price cuts), `lift` each day's lift over the history and horizon (null: 1).
 */
interface Prepared {
  units: number[];
  adj: Units;
  lift: Float64Array | null;
}

/** A candidate's means for `horizon` days after adj[0..m), times the planned lifts of those days. */
function runAt(c: Run, p: Prepared, m: number, s0: number, horizon: number, ctx: PooledContext): number[] {
  const fc = c(p.adj, m, s0, horizon, ctx);
  if (p.lift) for (let h = 0; h < horizon; h++) fc[h] = fc[h]! * p.lift[m + h]!;
  return fc;
}

function backtest(p: Prepared, s0: number, ctx: PooledContext): Trial | null {
  const y = p.units;
  if (y.length < 2 * BACKTEST) return null;
  const m = y.length - BACKTEST;
  const actual = y.slice(m);
  const mse: number[] = [];
  const disp: Trial['disp'] = [];
  for (const c of CANDIDATES) {
    const fc = runAt(c.run, p, m, s0, BACKTEST, ctx);
    let s = 0;
    for (let h = 0; h < BACKTEST; h++) s += (actual[h]! - fc[h]!) ** 2;
    mse.push(s / BACKTEST);
    disp.push(dispersionSums(actual, fc));
  }
  return { mse, disp, scale: naiveScale(y.slice(0, m), true) };
}

/** Chooses (default unless clearly beaten) and refits one series. */
function choose(p: Prepared, s0: number, horizon: number, ctx: PooledContext, trial: Trial | null, dflt: number): Fitted {
  const y = p.units;
  const n = y.length;
  if (!trial) {
    // Too short to hold anything out: the default model, the history's spread as the error.
    const mu = y.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const sd = Math.sqrt(y.reduce((a, b) => a + (b - mu) ** 2, 0) / Math.max(1, n));
    return { mean: runAt(CANDIDATES[dflt]!.run, p, n, s0, horizon, ctx), model: CANDIDATES[dflt]!.name, errorSd: sd, disp: { num: 0, den: 0 } };
  }
  let best = dflt;
  for (let c = 0; c < CANDIDATES.length; c++) if (trial.mse[c]! < Math.min(trial.mse[best]!, trial.mse[dflt]! * (1 - MARGIN))) best = c;
  return {
    mean: runAt(CANDIDATES[best]!.run, p, n, s0, horizon, ctx),
    model: CANDIDATES[best]!.name,
    errorSd: Math.sqrt(trial.mse[best]!),
    disp: trial.disp[best]!,
  };
}

/**
 * Divides promotion lifts out of the histories of series with price cuts: elasticities per group (pooled
 * over the group's series, shrunk toward the panel's), read against weekday factors of the whole panel.
 */
function prepare(series: PanelSeries[], starts: number[], horizon: number, origin: number, length: number, groupOf?: (id: string) => string): Prepared[] {
  const cuts = series.map((s) => priceCuts(s.prices, s.units.length + horizon, s.units.length));
  if (cuts.every((c) => c === null)) return series.map((s) => ({ units: s.units, adj: s.units, lift: null }));
  // Weekday factors of everything over the panel's last year, from days without a cut: promotions often
  // run on the same weekdays (weekends), and would otherwise raise those days' baselines.
  const byDow = [0, 0, 0, 0, 0, 0, 0];
  const nDow = [0, 0, 0, 0, 0, 0, 0];
  const from = origin + length - 364;
  series.forEach((s, k) => {
    const x = cuts[k];
    for (let i = Math.max(0, from - starts[k]!); i < s.units.length; i++) {
      if (x && x[i]! > 0) continue;
      const d = dayOfWeek(starts[k]! + i);
      byDow[d]! += s.units[i]!;
      nDow[d]!++;
    }
  });
  const perDay = byDow.map((v, d) => (nDow[d]! > 0 ? v / nDow[d]! : 0));
  const total = perDay.reduce((a, b) => a + b, 0);
  const factors = perDay.map((v) => (total > 0 ? (7 * v) / total : 1));
  const groups = new Map<string, PromoDays>();
  series.forEach((s, k) => {
    const x = cuts[k];
    if (!x) return;
    const key = groupOf ? groupOf(s.id) : s.id;
    let d = groups.get(key);
    if (!d) groups.set(key, (d = promoDays()));
    collectPromoDays(s.units, s.units.length, starts[k]!, x, factors, d);
  });
  const fit = groupElasticities(groups);
  return series.map((s, k): Prepared => {
    const x = cuts[k];
    if (!x) return { units: s.units, adj: s.units, lift: null };
    const e = fit.byGroup.get(groupOf ? groupOf(s.id) : s.id) ?? fit.panel;
    const lift = x.map((v) => Math.exp(e * v));
    const adj = new Float64Array(s.units.length);
    for (let t = 0; t < adj.length; t++) adj[t] = s.units[t]! / lift[t]!;
    return { units: s.units, adj, lift };
  });
}

function finish(start: string, f: Fitted, phi: number): SeriesForecast {
  const forecast = f.mean.map((v) => (v > 0 ? v : 0));
  return {
    start,
    forecast,
    p10: forecast.map((mu) => nbQuantile(mu, phi, 0.1)),
    p90: forecast.map((mu) => nbQuantile(mu, phi, 0.9)),
    model: f.model,
    errorSd: f.errorSd,
  };
}

function checkHorizon(horizon: number): void {
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 350) throw new RangeError(`horizon must be a whole number of days from 1 to 350, not ${horizon}`);
}

/**
 * Forecasts every series of a panel `horizon` days past its own last day, pooling shapes within groups and
 * stores. Series with `prices` get the promotion effect of price cuts, planned ones included (price.ts).
 */
export function forecastPanel(series: PanelSeries[], horizon: number, opts: PanelOptions = {}): Map<string, SeriesForecast> {
  checkHorizon(horizon);
  const out = new Map<string, SeriesForecast>();
  if (series.length === 0) return out;
  const starts = series.map((s) => parseDay(s.start));
  let origin = Infinity;
  let end = -Infinity;
  series.forEach((s, k) => {
    if (Number.isNaN(starts[k]!)) throw new RangeError(`series ${s.id}: start "${s.start}" is not a YYYY-MM-DD day`);
    origin = Math.min(origin, starts[k]!);
    end = Math.max(end, starts[k]! + s.units.length);
  });
  const length = end - origin;
  const all = new Pool(origin, length);
  const groups = new Map<string, Pool>();
  const stores = new Map<string, Pool>();
  const poolOf = (map: Map<string, Pool>, key: string) => {
    let p = map.get(key);
    if (!p) map.set(key, (p = new Pool(origin, length)));
    return p;
  };
  const prepared = prepare(series, starts, horizon, origin, length, opts.groupOf);
  series.forEach((s, k) => {
    const y = prepared[k]!.adj;
    all.add(starts[k]!, y);
    if (opts.groupOf) poolOf(groups, opts.groupOf(s.id)).add(starts[k]!, y);
    if (opts.storeOf) poolOf(stores, opts.storeOf(s.id)).add(starts[k]!, y);
  });
  const ctxOf = (s: PanelSeries): PooledContext => {
    const group = opts.groupOf?.(s.id);
    return { all, item: group === undefined ? undefined : groups.get(group), store: opts.storeOf ? stores.get(opts.storeOf(s.id)) : undefined };
  };
  const trials = series.map((s, k) => {
    const t = backtest(prepared[k]!, starts[k]!, ctxOf(s));
    if (opts.onProgress && (k + 1) % 1000 === 0) opts.onProgress(Math.floor((k + 1) / 2), series.length);
    return t;
  });
  // The panel default: the pooled variant with the lower total scaled backtest error.
  const totals = [0, 0];
  for (const t of trials) if (t?.scale) for (const c of [0, 1]) totals[c] = totals[c]! + t.mse[c]! / t.scale;
  const dflt = totals[1]! < totals[0]! ? 1 : 0;
  const fitted: Fitted[] = [];
  const groupDisp = new Map<string, { num: number; den: number }>();
  const total = { num: 0, den: 0 };
  series.forEach((s, k) => {
    const f = choose(prepared[k]!, starts[k]!, horizon, ctxOf(s), trials[k]!, dflt);
    fitted.push(f);
    const key = opts.groupOf?.(s.id) ?? '';
    const g = groupDisp.get(key) ?? { num: 0, den: 0 };
    g.num += f.disp.num;
    g.den += f.disp.den;
    groupDisp.set(key, g);
    total.num += f.disp.num;
    total.den += f.disp.den;
    if (opts.onProgress && (k + 1) % 1000 === 0) opts.onProgress(Math.floor((series.length + k + 1) / 2), series.length);
  });
  // Dispersion: each series shrunk toward its group's, the group's toward the whole panel's.
  const panelPhi = total.den > 0 ? Math.max(0, total.num / total.den) : 0.5;
  series.forEach((s, k) => {
    const g = groupDisp.get(opts.groupOf?.(s.id) ?? '')!;
    const groupPhi = shrunkDispersion(g, panelPhi, 20);
    out.set(s.id, finish(formatDay(starts[k]! + s.units.length), fitted[k]!, shrunkDispersion(fitted[k]!.disp, groupPhi)));
  });
  opts.onProgress?.(series.length, series.length);
  return out;
}

/** Forecasts one series `horizon` days past its last day; `related` series (e.g. the same item elsewhere) lend their shapes. */
export function forecastSeries(history: History, horizon: number, opts: { related?: History[] } = {}): SeriesForecast {
  const self = '\u0000self';
  const related = (opts.related ?? []).map((r, i) => ({ id: `\u0000related${i}`, ...r }));
  const panel = [{ id: self, ...history }, ...related];
  // Related series forecasts are computed too; they are few, and it keeps one code path.
  return forecastPanel(panel, horizon, { groupOf: related.length ? () => 'g' : undefined }).get(self)!;
}
