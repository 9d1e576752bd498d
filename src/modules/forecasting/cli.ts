// `meridian forecast …`: forecast a sales CSV, evaluate against baselines on a holdout, or generate sample data.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { CsvError, formatForecastCsv, parseSalesCsv } from './csv.ts';
import { evaluatePanel, type Evaluation } from './evaluate.ts';
import { forecastPanel, type PanelOptions } from './forecast.ts';
import { generatePanel } from './generate.ts';

const HELP = `Usage:
  meridian forecast --input sales.csv --horizon 28 [--output forecast.csv] [--separator _]
      Forecast each series' next H days. Input: CSV series_id,date,units (ISO days, daily, whole units;
      a missing date is 0 units, and every series runs to the file's last date with units). Output (stdout
      when no --output): series_id,date,forecast,p10,p90 — the mean to 2 decimals, p10/p90 whole units.
      Optional prices: header series_id,date,units,price — the day's shelf price (empty: unknown, the last
      known price holds). A price cut (a promotion) lifts the forecast by an elasticity learnt from past
      cuts. Planned prices for forecast days: rows after the last day with units, units left empty.
  meridian forecast eval --input sales.csv --horizon 28 [--separator _] [--json]
      Hold out the last H days of each series, forecast them from the rest, and print mean RMSSE and MASE
      of ours and of three baselines (weekly seasonal-naive, 28-day moving average, exponential smoothing),
      the share of series where ours beats the best baseline, a bootstrap 95% interval of ours / best, and
      the ratio by sales velocity. Ours is given the held-out days' prices (planned), never their units.
  meridian forecast help
      This text.
  meridian forecast generate --output sales.csv [--items 300] [--stores 10] [--days 730] [--seed 7]
      Write a realistic generated item × store sales CSV (ids ITEM_STORE, with the price column) to try
      the above on.

Options:
  --separator C   series ids are ITEM<C>…<C>STORE: series of an item (text before the first C) pool their
                  weekday and yearly shapes, and series of a store (text after the last C) their weekday shape
  --help          this text
Exit codes: 0 done, 2 bad arguments or input (one line on stderr naming the problem).`;

class UsageError extends Error {}

const whole = (name: string, v: string | undefined, dflt: number | undefined, max: number): number => {
  if (v === undefined) {
    if (dflt === undefined) throw new UsageError(`--${name} is required`);
    return dflt;
  }
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not "${v}"`);
  return n;
};

function poolingOf(sep: string | undefined): Pick<PanelOptions, 'groupOf' | 'storeOf'> {
  if (!sep) return {};
  return {
    groupOf: (id) => {
      const i = id.indexOf(sep);
      return i < 0 ? id : id.slice(0, i);
    },
    storeOf: (id) => {
      const i = id.lastIndexOf(sep);
      return i < 0 ? '' : id.slice(i + sep.length);
    },
  };
}

/** A progress display for long runs: a bar when stderr is a terminal, a line per tenth otherwise. */
function progress(total: number, label: string): { update(done: number): void; stop(): void } {
  if (total < 5000) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {value}/{total} series | {duration}s` },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (d) => bar.update(d), stop: () => bar.stop() };
  }
  let shown = 0;
  return {
    update(d) {
      const tenth = Math.floor((d / total) * 10);
      if (tenth > shown) {
        shown = tenth;
        process.stderr.write(`${label}: ${d}/${total} series\n`);
      }
    },
    stop() {},
  };
}

async function readPanel(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return parseSalesCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

const pad = (s: string, n: number) => s.padEnd(n);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : 'n/a').padStart(11);

/** The eval table, as printed. */
export function formatEvaluation(e: Evaluation): string {
  const label: Record<string, string> = {
    ours: 'ours',
    seasonal_naive: 'seasonal-naive (weekly)',
    ma28: '28-day moving average',
    ses: 'exponential smoothing',
  };
  const lines = [
    `series ${e.series}, scored ${e.scored} (skipped: too short or a zero scale); held out: the last ${e.horizon} days of each`,
    `${pad('method', 26)} mean RMSSE  mean MASE`,
    ...(['ours', 'seasonal_naive', 'ma28', 'ses'] as const).map((m) => `${pad(label[m]!, 26)}${num(e.rmsse[m])}${num(e.mase[m])}`),
    `${pad(`ours / best baseline`, 26)}${num(e.ratio_to_best_baseline)}${num(e.mase.ours / Math.min(e.mase.seasonal_naive, e.mase.ma28, e.mase.ses))}   (best by RMSSE: ${label[e.best_baseline]})`,
    `ours better than ${label[e.best_baseline]} on ${pct(e.share_ours_better)} of series; ours / best baseline, bootstrap 95% interval: ${e.ratio_ci95[0].toFixed(4)}–${e.ratio_ci95[1].toFixed(4)}`,
    `by mean units/day (training history): ${e.segments.map((g) => (g.series ? `${g.velocity}: ${g.series} series, ours ${g.rmsse.ours.toFixed(4)}, ours / best ${g.ratio_to_best_baseline.toFixed(4)}` : `${g.velocity}: none`)).join('; ')}`,
    `held-out days within p10–p90: ${pct(e.coverage_p10_p90)} (below p10 ${pct(e.below_p10)}, above p90 ${pct(e.above_p90)})`,
    `models chosen: ${Object.entries(e.models)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `meridian forecast` with the arguments after the command name; resolves to the exit code. */
export async function runForecastCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        horizon: { type: 'string' },
        separator: { type: 'string' },
        json: { type: 'boolean' },
        items: { type: 'string' },
        stores: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const str = (k: keyof typeof values) => values[k] as string | undefined;
    // `meridian forecast help` too: the top-level CLI answers `forecast --help` with its own help.
    if (values.help || positionals[0] === 'help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const sub = positionals[0];
    if (positionals.length > 1 || (sub !== undefined && sub !== 'eval' && sub !== 'generate'))
      throw new UsageError(`unknown argument "${positionals.join(' ')}" (see meridian forecast --help)`);
    if (sub === 'generate') {
      const out = str('output');
      if (!out) throw new UsageError('--output is required');
      const panel = generatePanel({
        items: whole('items', str('items'), 300, 100_000),
        stores: whole('stores', str('stores'), 10, 1000),
        days: whole('days', str('days'), 730, 5000),
        seed: whole('seed', str('seed'), 7, 2 ** 31),
      });
      const rows: string[] = ['series_id,date,units,price'];
      const { addDays } = await import('./calendar.ts');
      for (const s of panel) s.units.forEach((u, i) => rows.push(`${s.id},${addDays(s.start, i)},${u},${s.prices[i]! > 0 ? s.prices[i]!.toFixed(2) : ''}`));
      await writeFile(out, `${rows.join('\n')}\n`);
      process.stderr.write(`wrote ${panel.length} series × ${panel[0]?.units.length ?? 0} days to ${out}\n`);
      return 0;
    }
    const input = str('input');
    if (!input) throw new UsageError('--input is required');
    const horizon = whole('horizon', str('horizon'), undefined, 350);
    const sep = str('separator');
    if (sep === '') throw new UsageError('--separator must not be empty');
    const { series } = await readPanel(input);
    const p = progress(series.length, sub === 'eval' ? 'evaluating' : 'forecasting');
    const opts: PanelOptions = { ...poolingOf(sep), onProgress: (d) => p.update(d) };
    if (sub === 'eval') {
      const e = evaluatePanel(series, horizon, opts);
      p.stop();
      process.stdout.write(values.json ? `${JSON.stringify(e)}\n` : formatEvaluation(e));
      return 0;
    }
    const result = forecastPanel(series, horizon, opts);
    p.stop();
    const csv = formatForecastCsv(series.map((s) => [s.id, result.get(s.id)!] as const));
    const out = str('output');
    if (out) await writeFile(out, csv);
    else process.stdout.write(csv);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`meridian forecast: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
}
