/**
 * Forecasting benchmark (issue 7): `npm run bench -- forecast`, or alone: `node --import tsx bench/forecast.ts`.
 *
 * Generates 30,000 item × store series (3,000 items × 10 stores) of two years of daily sales with the seeded
 * generator of src/modules/forecasting/generate.ts, times the forecast of all of them 28 days ahead (one
 * process, one core: the whole panel is needed for pooling), then scores ours and the three baselines on the
 * same series with their last 28 days held out (ours is given the held-out days' prices, as planned prices
 * are known ahead, never their units; the baselines are price-blind), with paired evidence: the share of
 * series where ours beats the best baseline, a seeded bootstrap 95% interval of the ratio ours / best
 * baseline, and that ratio by sales velocity. Progress to stderr; the result is returned (and printed as one
 * JSON line when run alone). Knobs: FORECAST_ITEMS (3000), FORECAST_STORES (10), FORECAST_DAYS (730), FORECAST_SEED (7),
 * FORECAST_START (first day, default 2023-06-21: the holdout is the last 28 days before 2025-06-20), FORECAST_PRICES
 * (1; 0: drop the generated prices, so that ours is price-blind too — what the model did before prices),
 * FORECAST_ORACLE (0; 1: also score, on the same holdout, the generator's true daily means — an oracle that
 * knows the future — and ours fed the true means of the training days instead of the sales: a perfect reading
 * of the past, to show how much of the gap is the past's noise and how much the unknowable future).
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { evaluatePanel } from '../src/modules/forecasting/evaluate.ts';
import { forecastPanel } from '../src/modules/forecasting/forecast.ts';
import { generatePanel, itemOf, storeOf } from '../src/modules/forecasting/generate.ts';
import { MeanOf, rmsse } from '../src/modules/forecasting/metrics.ts';

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number`);
  return v;
};
const round4 = (x: number) => Math.round(x * 10000) / 10000;
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
  const oracle = process.env.FORECAST_ORACLE === '1';
  const generated = generatePanel({ items, stores, days, seed, start, withMeans: oracle });
  const withPrices = process.env.FORECAST_PRICES !== '0';
  const panel = withPrices ? generated : generated.map(({ prices: _prices, ...s }) => s);
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
  log(
    `ours better than ${e.best_baseline} on ${(e.share_ours_better * 100).toFixed(1)}% of series; ratio ${e.ratio_to_best_baseline}, bootstrap 95% ${e.ratio_ci95.join('–')}`,
  );
  const best = Math.min(e.rmsse.seasonal_naive, e.rmsse.ma28, e.rmsse.ses);
  let oracles: Record<string, number> | undefined;
  if (oracle) {
    const train = generated.map((s) => ({ ...s, units: s.mean!.slice(0, days - horizon) }));
    const fromMeans = forecastPanel(withPrices ? train : train.map(({ prices: _prices, ...s }) => s), horizon, opts);
    const future = new MeanOf();
    const past = new MeanOf();
    for (const s of generated) {
      const y = s.units.slice(0, days - horizon);
      const actual = s.units.slice(days - horizon);
      future.add(rmsse(y, actual, s.mean!.slice(days - horizon)));
      past.add(rmsse(y, actual, fromMeans.get(s.id)!.forecast));
    }
    oracles = { true_future_means: round4(future.value), ours_from_true_past_means: round4(past.value) };
    log(`oracles: ${JSON.stringify(oracles)}`);
  }
  return {
    series: panel.length,
    first_day: panel[0]?.start,
    prices: withPrices,
    days,
    horizon,
    seconds: Math.round(seconds * 100) / 100,
    series_per_second: Math.round(panel.length / seconds),
    rmsse: e.rmsse,
    mase: e.mase,
    best_baseline: e.best_baseline,
    ratio_to_best_baseline: e.ratio_to_best_baseline,
    ratio_ci95: e.ratio_ci95,
    share_ours_better: e.share_ours_better,
    segments: e.segments.map((g) => ({ velocity: g.velocity, series: g.series, ours: g.rmsse.ours, ratio_to_best_baseline: g.ratio_to_best_baseline })),
    coverage_p10_p90: e.coverage_p10_p90,
    models: e.models,
    ...(oracles ? { oracles } : {}),
    sane,
    ok: sane && seconds < 60 && e.rmsse.ours < best && e.ratio_ci95[1] < 1,
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
