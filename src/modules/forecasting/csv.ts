// Reading sales CSVs (series_id,date,units[,price]) and writing forecast CSVs (series_id,date,forecast,p10,p90).
import { formatDay, parseDay } from './calendar.ts';
import type { PanelSeries, SeriesForecast } from './types.ts';

/** A CSV that cannot be read; the message names the line. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const WHOLE = /^\d+$/;
const PRICE = /^(\d+(\.\d*)?|\.\d+)$/;

/** Splits one CSV line into fields; double quotes may wrap a field ("" is a quote inside it). */
function fields(line: string, lineNo: number): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let f = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new CsvError('unterminated quoted field', lineNo);
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            f += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        f += line[i++];
      }
      if (i < line.length && line[i] !== ',') throw new CsvError('text after a closing quote', lineNo);
    } else {
      const j = line.indexOf(',', i);
      f = line.slice(i, j < 0 ? line.length : j);
      i = j < 0 ? line.length : j;
    }
    out.push(f);
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/**
 * Reads a sales CSV with the header `series_id,date,units` or `series_id,date,units,price` into series, in
 * order of first appearance. Each series runs from its first date to the last date of the whole file with
 * units: a day without a row is 0 units (also after a series' last row — no row means nothing sold).
 *
 * With the price column, a row's price (a positive decimal) is the day's shelf price; an empty price is
 * unknown (the last known one holds). A row with empty units and a price is a planned price for a day after
 * the file's last day with units (a promotion known ahead); such days end up in `prices` past `units`.
 * Throws CsvError naming the line for a bad header, a bad date, negative or non-whole units, a bad price, a
 * duplicate date within a series, a planned price inside the history, a series with only planned prices,
 * or no rows at all.
 */
export function parseSalesCsv(text: string): { series: PanelSeries[]; first: string; last: string } {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').trim();
  const columns = header.replace(/\s+/g, '');
  if (columns !== 'series_id,date,units' && columns !== 'series_id,date,units,price')
    throw new CsvError(`the header must be "series_id,date,units" or "series_id,date,units,price", not "${header.slice(0, 80)}"`, 1);
  const priced = columns.endsWith(',price');
  const width = priced ? 4 : 3;
  const rows = new Map<string, { days: number[]; units: number[]; prices: number[]; lines: number[] }>();
  let min = Infinity;
  let max = -Infinity;
  let priceMax = -Infinity;
  // Rows with empty units (planned prices): checked once the history's last day is known.
  const planned: Array<{ id: string; day: number; line: number }> = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    const f = fields(line, lineNo);
    if (f.length !== width) throw new CsvError(`expected ${width} fields (${columns}), found ${f.length}`, lineNo);
    const id = f[0]!.trim();
    const date = f[1]!.trim();
    const u = f[2]!.trim();
    const pr = priced ? f[3]!.trim() : '';
    if (id === '') throw new CsvError('series_id is empty', lineNo);
    const day = parseDay(date);
    if (Number.isNaN(day)) throw new CsvError(`date "${date}" is not a day in YYYY-MM-DD form`, lineNo);
    let price = NaN;
    if (pr !== '') {
      price = PRICE.test(pr) ? Number(pr) : NaN;
      if (!(price > 0)) throw new CsvError(`price "${pr}" is not a positive decimal number (or empty: unknown)`, lineNo);
    }
    if (u === '' && priced) {
      if (Number.isNaN(price)) throw new CsvError('units and price are both empty; a row without units is a planned price', lineNo);
      planned.push({ id, day, line: lineNo });
    } else if (!WHOLE.test(u)) {
      const n = Number(u);
      const what = u === '' ? 'is empty' : Number.isFinite(n) && n < 0 ? 'is negative' : 'is not a whole number';
      throw new CsvError(`units "${u}" ${what}; units are whole, non-negative numbers`, lineNo);
    }
    let r = rows.get(id);
    if (!r) rows.set(id, (r = { days: [], units: [], prices: [], lines: [] }));
    r.days.push(day);
    r.units.push(u === '' ? -1 : Number(u));
    r.prices.push(price);
    r.lines.push(lineNo);
    if (u !== '') {
      if (day < min) min = day;
      if (day > max) max = day;
    }
    if (day > priceMax) priceMax = day;
  }
  if (rows.size === 0) throw new CsvError('no data rows after the header', lines.length);
  if (min === Infinity) throw new CsvError('no row has units: there is no history to forecast from', planned[0]!.line);
  for (const p of planned)
    if (p.day <= max)
      throw new CsvError(
        `units are empty on ${formatDay(p.day)}, a day of the history (sales run to ${formatDay(max)}); only days after it may have a planned price without units`,
        p.line,
      );
  const series: PanelSeries[] = [];
  for (const [id, r] of rows) {
    let first = Infinity;
    r.units.forEach((u, k) => {
      if (u >= 0 && r.days[k]! < first) first = r.days[k]!;
    });
    if (first === Infinity) throw new CsvError(`series "${id}" has planned prices but no rows with units`, r.lines[0]!);
    const units = new Array<number>(max - first + 1).fill(0);
    const prices = priced ? new Array<number>(priceMax - first + 1).fill(NaN) : null;
    let known = false;
    const seen = new Int32Array(priceMax - first + 1);
    for (let k = 0; k < r.days.length; k++) {
      const at = r.days[k]! - first;
      if (seen[at]) throw new CsvError(`series "${id}" has ${formatDay(r.days[k]!)} twice (also on line ${seen[at]})`, r.lines[k]!);
      seen[at] = r.lines[k]!;
      if (r.units[k]! >= 0) units[at] = r.units[k]!;
      if (prices && r.prices[k]! > 0) {
        prices[at] = r.prices[k]!;
        known = true;
      }
    }
    series.push(prices && known ? { id, start: formatDay(first), units, prices } : { id, start: formatDay(first), units });
  }
  return { series, first: formatDay(min), last: formatDay(max) };
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The forecast CSV: `series_id,date,forecast,p10,p90`, the mean rounded to 2 decimals, quantiles whole. */
export function formatForecastCsv(rows: Iterable<[string, SeriesForecast]>): string {
  const out: string[] = ['series_id,date,forecast,p10,p90'];
  for (const [id, f] of rows) {
    const q = quote(id);
    const d0 = parseDay(f.start);
    for (let h = 0; h < f.forecast.length; h++) out.push(`${q},${formatDay(d0 + h)},${f.forecast[h]!.toFixed(2)},${f.p10[h]},${f.p90[h]}`);
  }
  return `${out.join('\n')}\n`;
}
