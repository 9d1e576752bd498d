// Holdout evaluation: forecast the last `horizon` days of every series from the days before, and score
// ours and the three baselines with mean RMSSE and MASE (metrics.ts: series with a zero scale are skipped).
import { movingAverage, seasonalNaive, ses } from './baselines.ts';
import { forecastPanel, type PanelOptions } from './forecast.ts';
import { MeanOf, mase, rmsse } from './metrics.ts';
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
}

/** Evaluates ours vs the baselines on the last `horizon` days of each series. */
export function evaluatePanel(series: PanelSeries[], horizon: number, opts: PanelOptions = {}): Evaluation {
  const usable = series.filter((s) => s.units.length > horizon + 7);
  const train = usable.map((s) => ({ id: s.id, start: s.start, units: s.units.slice(0, s.units.length - horizon) }));
  const ours = forecastPanel(train, horizon, opts);
  const r = Object.fromEntries(METHODS.map((m) => [m, new MeanOf()])) as Record<Method, MeanOf>;
  const a = Object.fromEntries(METHODS.map((m) => [m, new MeanOf()])) as Record<Method, MeanOf>;
  const models: Record<string, number> = {};
  let inside = 0;
  let below = 0;
  let above = 0;
  let days = 0;
  usable.forEach((s, k) => {
    const y = train[k]!.units;
    const actual = s.units.slice(y.length);
    const f = ours.get(s.id)!;
    models[f.model] = (models[f.model] ?? 0) + 1;
    const fc: Record<Method, number[]> = { ours: f.forecast, seasonal_naive: seasonalNaive(y, horizon), ma28: movingAverage(y, horizon), ses: ses(y, horizon) };
    for (const m of METHODS) {
      r[m].add(rmsse(y, actual, fc[m]));
      a[m].add(mase(y, actual, fc[m]));
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
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
