import Papa from 'papaparse';
import { isCurrency } from '../../shared/money.ts';
import { isRate, normaliseRate } from './convert.ts';

/**
 * Exchange rates from a file: CSV with the header `base,quote,rate,valid_from[,valid_to]`, one
 * rate per row. Reading checks every row and reports each problem by row (the header is row 1,
 * as a spreadsheet numbers them) and column; nothing stops at the first error.
 */

export const RATE_CSV_COLUMNS = ['base', 'quote', 'rate', 'valid_from', 'valid_to'] as const;
export const RATE_CSV_REQUIRED = ['base', 'quote', 'rate', 'valid_from'] as const;
export const MAX_RATE_ROWS = 5000;
export const MAX_RATE_CSV_CHARS = 512 * 1024;
/** Errors one report lists; past it the report says it was cut short. */
export const MAX_REPORTED_ERRORS = 500;

export interface RateRowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface RateRow {
  row: number;
  base: string;
  quote: string;
  /** Canonical decimal string. */
  rate: string;
  valid_from: Date;
  valid_to: Date | null;
}

// An instant with its offset (Z or ±hh:mm), or a plain date taken as 00:00 UTC: a file that
// leaves the zone out would otherwise mean the importing server's local time.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** An ISO 8601 instant with a zone, or a date (00:00 UTC); null when it is neither. */
export function parseInstant(text: string): Date | null {
  if (!INSTANT.test(text)) return null;
  const iso = text.length === 10 ? `${text}T00:00:00Z` : text.replace(' ', 'T');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  // Date rolls 2026-02-30 over to March: the calendar date must survive the round trip.
  if (text.length === 10 && d.toISOString().slice(0, 10) !== text) return null;
  return d;
}

export class RowErrors {
  readonly items: RateRowError[] = [];
  count = 0;
  add(row: number, column: string | null, code: string, message: string): void {
    this.count++;
    if (this.items.length < MAX_REPORTED_ERRORS) this.items.push({ row, column, code, message });
  }
}

/** Reads the file into checked rows; every problem goes to `errors` (the rows are then incomplete). */
export function readRateCsv(text: string, errors: RowErrors): RateRow[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    errors.add(1, null, 'empty_file', 'The file has no header row');
    return [];
  }
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) errors.add((e.row ?? 0) + 1, null, 'csv_malformed', e.message);
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) {
    errors.add(1, null, 'empty_file', 'The file has no header row');
    return [];
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(RATE_CSV_COLUMNS);
  names.forEach((h, i) => {
    if (!known.has(h)) errors.add(1, h || null, 'unknown_column', `Unknown column "${h}" (column ${i + 1}); the columns are ${RATE_CSV_COLUMNS.join(', ')}`);
    else if (names.indexOf(h) !== i) errors.add(1, h, 'duplicate_column', `Column ${h} is given twice`);
  });
  for (const c of RATE_CSV_REQUIRED) if (!names.includes(c)) errors.add(1, c, 'missing_column', `Column ${c} is required`);
  if (errors.count > 0) return [];
  if (records.length === 0) {
    errors.add(2, null, 'no_rows', 'The file has a header but no rows');
    return [];
  }
  if (records.length > MAX_RATE_ROWS) {
    errors.add(MAX_RATE_ROWS + 2, null, 'too_many_rows', `An import takes at most ${MAX_RATE_ROWS} rows; split the file`);
    return [];
  }
  const rows: RateRow[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.length !== names.length) {
      errors.add(row, null, 'wrong_field_count', `The row has ${record.length} fields, the header ${names.length}`);
      return;
    }
    const cell = (c: string) => (record[names.indexOf(c)] ?? '').trim();
    const before = errors.count;
    const base = cell('base').toUpperCase();
    const quote = cell('quote').toUpperCase();
    if (!isCurrency(base)) errors.add(row, 'base', 'invalid_currency', `"${cell('base')}" is not an ISO 4217 currency code`);
    if (!isCurrency(quote)) errors.add(row, 'quote', 'invalid_currency', `"${cell('quote')}" is not an ISO 4217 currency code`);
    if (base === quote && isCurrency(base)) errors.add(row, 'quote', 'same_currency', 'base and quote are the same currency');
    const rate = cell('rate');
    if (!isRate(rate)) errors.add(row, 'rate', 'invalid_rate', `"${rate}" is not a positive decimal with at most 10 digits before and 8 after the point`);
    const from = parseInstant(cell('valid_from'));
    if (!from) errors.add(row, 'valid_from', 'invalid_instant', `"${cell('valid_from')}" is not an ISO 8601 instant with a zone (or a date)`);
    const toText = names.includes('valid_to') ? cell('valid_to') : '';
    const to = toText === '' ? null : parseInstant(toText);
    if (toText !== '' && !to) errors.add(row, 'valid_to', 'invalid_instant', `"${toText}" is not an ISO 8601 instant with a zone (or a date)`);
    if (from && to && to <= from) errors.add(row, 'valid_to', 'invalid_validity', 'valid_to must be after valid_from');
    if (errors.count > before) return;
    rows.push({ row, base, quote, rate: normaliseRate(rate), valid_from: from!, valid_to: to });
  });
  // Two rows for one pair from one instant would make "the latest valid_from wins" ambiguous.
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.base}/${r.quote}@${r.valid_from.toISOString()}`;
    const first = seen.get(key);
    if (first !== undefined) errors.add(r.row, 'valid_from', 'rate_duplicate', `Row ${first} gives ${r.base}/${r.quote} from the same instant`);
    else seen.set(key, r.row);
  }
  return rows;
}
