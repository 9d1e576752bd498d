// Holdout evaluation: forecast the last `horizon` days of every series from the days before, and score
// ours and the three baselines with mean RMSSE and MASE (metrics.ts: series with a zero scale are skipped).
// Ours is given the held-out days' prices when the series have prices (planned prices are known ahead),
// never their units; the baselines are price-blind. Besides the means: paired per-series evidence (how
// often ours beats the best baseline, a bootstrap interval of the ratio) and the ratio by sales velocity.
import { movingAverage, seasonalNaive, ses } from './baselines.ts';
import { forecastPanel, type PanelOptions } from './forecast.ts';
import { MeanOf, mase, rmsse } from './metrics.ts';
import { Random } from './random.ts';
import type { PanelSeries } from './types.ts';

export const METHODS = ['ours', 'seasonal_naive', 'ma28', 'ses'] as const;
export type Method = (typeof METHODS)[number];

export interface Evaluation {
  series: number;
  /** Series scored (the others: history not longer than the holdout plus a week, or a zero scale). */
  scored: number;
  horizon: number;
  rmsse: Record<Method, number>;
  mase: Record<Method, number>;
  best_baseline: Exclude<Method, 'ours'>;
  /** Ours' mean RMSSE ÷ the best baseline's (below 1: ours is better). */
  ratio_to_best_baseline: number;
  /**
   * Share of held-out days within [p10, p90]. Whole-unit quantiles of small means make this more than 0.8
   * (p10 is mostly 0, so nothing falls below it); the tails below say more.
   */
  coverage_p10_p90: number;
  /** Share of held-out days below p10 (at most 0.1 when calibrated). */
  below_p10: number;
  /** Share of held-out days above p90 (at most 0.1, and near it, when calibrated). */
  above_p90: number;
  /** How often the backtest chose each model. */
  models: Record<string, number>;
  /** Share of scored series where ours' RMSSE is below the best baseline's (the best by mean RMSSE). */
  share_ours_better: number;
  /**
   * 95% bootstrap interval of ours' mean RMSSE ÷ the best baseline's (resampling series, BOOTSTRAP times,
   * seeded; the best baseline is chosen again in each resample). Entirely below 1: ours is better beyond
   * the luck of which series were drawn.
   */
  ratio_ci95: [number, number];
  /** By mean units per day over the training history (from its first sale): below 0.5, 0.5–3, above 3. */
  segments: Array<{ velocity: string; series: number; rmsse: Record<Method, number>; ratio_to_best_baseline: number }>;
}

/** Resamples of the bootstrap interval. */
export const BOOTSTRAP = 1000;
const VELOCITY: Array<[string, number, number]> = [
  ['< 0.5', 0, 0.5],
  ['0.5–3', 0.5, 3],
  ['> 3', 3, Infinity],
];

/**
 * Percentile bootstrap (seeded, so repeatable) of mean(ours) ÷ min over baselines of mean(baseline), resampling
 * the paired per-series scores `scores[m][i]` together. Returns the 2.5% and 97.5% quantiles.
 */
export function bootstrapRatio(ours: ArrayLike<number>, baselines: Array<ArrayLike<number>>, resamples = BOOTSTRAP, seed = 1): [number, number] {
  const n = ours.length;
  if (n === 0) return [NaN, NaN];
  const rnd = new Random(seed);
  const ratios = new Float64Array(resamples);
  const sums = new Float64Array(baselines.length);
  for (let r = 0; r < resamples; r++) {
    let o = 0;
    sums.fill(0);
    for (let k = 0; k < n; k++) {
      const i = Math.floor(rnd.uniform() * n);
      o += ours[i]!;
      for (let b = 0; b < baselines.length; b++) sums[b] = sums[b]! + baselines[b]![i]!;
    }
    ratios[r] = o / Math.min(...sums);
  }
  ratios.sort();
  const at = (q: number) => ratios[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
  return [at(0.025), at(0.975)];
}

/** Evaluates ours vs the baselines on the last `horizon` days of each series. */
export function evaluatePanel(series: PanelSeries[], horizon: number, opts: PanelOptions = {}): Evaluation {
  const usable = series.filter((s) => s.units.length > horizon + 7);
  // Prices (all of them, the held-out days' too: planned prices are known ahead); units only up to the cut.
  const train = usable.map((s) => ({ id: s.id, start: s.start, units: s.units.slice(0, s.units.length - horizon), ...(s.prices ? { prices: s.prices } : {}) }));
  const ours = forecastPanel(train, horizon, opts);
  const r = Object.fromEntries(METHODS.map((m) => [m, new MeanOf()])) as Record<Method, MeanOf>;
  const a = Object.fromEntries(METHODS.map((m) => [m, new MeanOf()])) as Record<Method, MeanOf>;
  const models: Record<string, number> = {};
  let inside = 0;
  let below = 0;
  let above = 0;
  let days = 0;
  // Paired per-series RMSSE of the series scored (all four are null together: same training history).
  const paired = Object.fromEntries(METHODS.map((m) => [m, [] as number[]])) as Record<Method, number[]>;
  const velocity: number[] = [];
  usable.forEach((s, k) => {
    const y = train[k]!.units;
    const actual = s.units.slice(y.length);
    const f = ours.get(s.id)!;
    models[f.model] = (models[f.model] ?? 0) + 1;
    const fc: Record<Method, number[]> = { ours: f.forecast, seasonal_naive: seasonalNaive(y, horizon), ma28: movingAverage(y, horizon), ses: ses(y, horizon) };
    for (const m of METHODS) {
      const v = rmsse(y, actual, fc[m]);
      r[m].add(v);
      a[m].add(mase(y, actual, fc[m]));
      if (v !== null) paired[m].push(v);
    }
    if (paired.ours.length > velocity.length) {
      let first = 0;
      while (first < y.length && y[first] === 0) first++;
      let sum = 0;
      for (let i = first; i < y.length; i++) sum += y[i]!;
      velocity.push(sum / Math.max(1, y.length - first));
    }
    actual.forEach((v, h) => {
      days++;
      if (v < f.p10[h]!) below++;
      else if (v > f.p90[h]!) above++;
      else inside++;
    });
  });
  const rm = Object.fromEntries(METHODS.map((m) => [m, round(r[m].value)])) as Record<Method, number>;
  const ma = Object.fromEntries(METHODS.map((m) => [m, round(a[m].value)])) as Record<Method, number>;
  const baselines = METHODS.filter((m): m is Exclude<Method, 'ours'> => m !== 'ours');
  const best = baselines.reduce((b, m) => (r[m].value < r[b].value ? m : b));
  let wins = 0;
  paired.ours.forEach((v, i) => {
    if (v < paired[best][i]!) wins++;
  });
  const segments = VELOCITY.map(([label, lo, hi]) => {
    const idx = velocity.flatMap((v, i) => (v >= lo && v < hi ? [i] : []));
    const mean = (m: Method) => idx.reduce((acc, i) => acc + paired[m][i]!, 0) / idx.length;
    const seg = Object.fromEntries(METHODS.map((m) => [m, round(mean(m))])) as Record<Method, number>;
    const segBest = Math.min(...baselines.map(mean));
    return { velocity: label, series: idx.length, rmsse: seg, ratio_to_best_baseline: round(mean('ours') / segBest) };
  });
  return {
    series: series.length,
    scored: r.ours.n,
    horizon,
    rmsse: rm,
    mase: ma,
    best_baseline: best,
    ratio_to_best_baseline: round(r.ours.value / r[best].value),
    coverage_p10_p90: round(days ? inside / days : NaN),
    below_p10: round(days ? below / days : NaN),
    above_p90: round(days ? above / days : NaN),
    models,
    share_ours_better: round(paired.ours.length ? wins / paired.ours.length : NaN),
    ratio_ci95: bootstrapRatio(
      paired.ours,
      baselines.map((m) => paired[m]),
    ).map(round) as [number, number],
    segments,
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
