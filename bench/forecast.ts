/**
 * Forecasting benchmark (issue 7): `npm run bench -- forecast`, or alone: `node --import tsx bench/forecast.ts`.
 *
 * Generates 30,000 item × store series (3,000 items × 10 stores) of two years of daily sales with the seeded
 * generator of src/modules/forecasting/generate.ts, times the forecast of all of them 28 days ahead (one
 * process, one core: the whole panel is needed for pooling), then scores ours and the three baselines on the
 * same series with their last 28 days held out. Progress to stderr; the result is returned (and printed as one
 * JSON line when run alone). Knobs: FORECAST_ITEMS (3000), FORECAST_STORES (10), FORECAST_DAYS (730), FORECAST_SEED (7),
 * FORECAST_START (first day, default 2023-06-21: the holdout is the last 28 days before 2025-06-20).
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { evaluatePanel } from '../src/modules/forecasting/evaluate.ts';
import { forecastPanel } from '../src/modules/forecasting/forecast.ts';
import { generatePanel, itemOf, storeOf } from '../src/modules/forecasting/generate.ts';

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number`);
  return v;
};
const log = (msg: string) => process.stderr.write(`[bench forecast] ${msg}\n`);

/** Runs the benchmark; resolves to its result. */
export async function run(): Promise<Record<string, unknown>> {
  const items = env('FORECAST_ITEMS', 3000);
  const stores = env('FORECAST_STORES', 10);
  const days = env('FORECAST_DAYS', 730);
  const seed = env('FORECAST_SEED', 7);
  const horizon = 28;
  log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  let t = performance.now();
  const start = process.env.FORECAST_START || undefined;
  const panel = generatePanel({ items, stores, days, seed, start });
  log(`generated ${panel.length} series × ${days} days in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const opts = { groupOf: itemOf, storeOf };
  const every = (label: string) => (done: number, total: number) => {
    if (done % 10_000 === 0 || done === total) log(`${label}: ${done}/${total}`);
  };
  t = performance.now();
  const forecasts = forecastPanel(panel, horizon, { ...opts, onProgress: every('forecast') });
  const seconds = (performance.now() - t) / 1000;
  let sane = forecasts.size === panel.length;
  for (const f of forecasts.values()) if (f.forecast.some((v, h) => !(v >= 0) || f.p10[h]! > f.p90[h]! || f.p10[h]! < 0)) sane = false;
  log(`forecast ${panel.length} series, horizon ${horizon}, in ${seconds.toFixed(2)} s; every forecast non-negative with p10 <= p90: ${sane}`);
  t = performance.now();
  const e = evaluatePanel(panel, horizon, { ...opts, onProgress: every('holdout') });
  log(`holdout evaluation (same ${panel.length} series, last ${horizon} days held out) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  log(`mean RMSSE ${JSON.stringify(e.rmsse)}; mean MASE ${JSON.stringify(e.mase)}; models ${JSON.stringify(e.models)}`);
  const best = Math.min(e.rmsse.seasonal_naive, e.rmsse.ma28, e.rmsse.ses);
  return {
    series: panel.length,
    first_day: panel[0]?.start,
    days,
    horizon,
    seconds: Math.round(seconds * 100) / 100,
    series_per_second: Math.round(panel.length / seconds),
    rmsse: e.rmsse,
    mase: e.mase,
    best_baseline: e.best_baseline,
    ratio_to_best_baseline: e.ratio_to_best_baseline,
    coverage_p10_p90: e.coverage_p10_p90,
    models: e.models,
    sane,
    ok: sane && seconds < 60 && e.rmsse.ours < best,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  run().then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    },
  );
