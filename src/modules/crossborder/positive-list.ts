import { inTransaction } from '../../db/transaction.ts';
/**
 * The CBEC positive list (跨境电子商务零售进口商品清单; 2019 edition, 2022 edition in force from
 * 2022-03-01): only goods whose HS code is on it may be sold through the cross-border retail channel
 * (财关税〔2016〕18号 art. 7; 财关税〔2018〕49号). Kept as data with the tax rates the import tax needs,
 * loaded from CSV (all or nothing, with a report row by row, like the catalogue import).
 *
 * The shipped sample (positive-list-sample.csv) has 20 common codes with China's VAT (13 %, 9 % for
 * agricultural goods, 财税〔2019〕39号) and consumption tax rates; its MFN tariffs are indicative, for
 * the over-limit case only: load the current tariff schedule (进出口税则) before relying on them.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator } from '../../shared/actor.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { type EntryRow, type NewEntry, allEntryCodes, deleteEntriesExcept, entriesByCodes, listEntries, upsertEntries } from './repository.ts';

export type PositiveListEntry = EntryRow;

export const LIST_COLUMNS = ['hs_code', 'name_en', 'name_zh', 'vat_bp', 'consumption_tax_bp', 'tariff_bp', 'note', 'list_edition'] as const;
type ListColumn = (typeof LIST_COLUMNS)[number];
export const REQUIRED_LIST_COLUMNS: readonly ListColumn[] = ['hs_code', 'name_en', 'name_zh', 'vat_bp', 'tariff_bp', 'list_edition'];
export const MAX_LIST_ROWS = 10_000;
export const MAX_LIST_CSV_CHARS = 2 * 1024 * 1024;
const MAX_REPORTED_ERRORS = 1000;

/** Digits of an HS code as people write it ("3304.99.00" → "33049900"). */
export function hsDigits(code: string): string {
  return code.replace(/[\s.]/g, '');
}

/**
 * The positive-list entry of each HS code: the entry with the longest code that is a prefix of it
 * (3304990099 → 330499 before 3304), or null when none is (not on the list). Keys are the codes as given.
 */
export async function positiveListEntries(ctx: Ctx, hsCodes: string[]): Promise<Map<string, PositiveListEntry | null>> {
  const digits = new Map(hsCodes.map((c) => [c, hsDigits(c)]));
  const prefixes = new Set<string>();
  for (const d of digits.values()) {
    if (!/^\d{4,10}$/.test(d)) continue;
    for (let n = 4; n <= d.length; n++) prefixes.add(d.slice(0, n));
  }
  const rows = await entriesByCodes(ctx.db, [...prefixes]);
  const byCode = new Map(rows.map((r) => [r.hs_code, r]));
  const out = new Map<string, PositiveListEntry | null>();
  for (const [given, d] of digits) {
    let found: PositiveListEntry | null = null;
    for (let n = Math.min(d.length, 10); n >= 4 && !found; n--) found = byCode.get(d.slice(0, n)) ?? null;
    out.set(given, /^\d{4,10}$/.test(d) ? found : null);
  }
  return out;
}

/** A page of the list (public): by code prefix in either direction, or by a word of the names. */
export async function listPositiveList(ctx: Ctx, q: { q?: string; hs_code?: string; limit?: number; cursor?: string }) {
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await listEntries(ctx.db, { q: q.q?.trim() || undefined, hs_code: q.hs_code ? hsDigits(q.hs_code) : undefined, after, limit });
  return pageOf(rows, limit, (r) => r.hs_code);
}

// ---- import

export interface ListRowError {
  /** As a spreadsheet numbers rows: the header is row 1. */
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface ListImportReport {
  ok: boolean;
  dry_run: boolean;
  replace: boolean;
  /** Codes new to the list (on a dry run: that would be). */
  created: number;
  /** Codes already on it, now with the file's values. */
  updated: number;
  /** With replace: codes on the list but not in the file, removed. */
  removed: number;
  errors: ListRowError[];
  errors_truncated: boolean;
}

class Errors {
  readonly items: ListRowError[] = [];
  count = 0;
  add(row: number, column: string | null, code: string, message: string): void {
    this.count++;
    if (this.items.length < MAX_REPORTED_ERRORS) this.items.push({ row, column, code, message });
  }
}

function readEntries(text: string, errors: Errors): NewEntry[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  for (const e of parsed.errors) if (e.code !== 'UndetectableDelimiter') errors.add((e.row ?? 0) + 1, null, 'csv_malformed', e.message);
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.every((h) => h === '')) {
    errors.add(1, null, 'empty_file', 'The file has no header row');
    return [];
  }
  const known = new Set<string>(LIST_COLUMNS);
  const seen = new Set<string>();
  for (const h of header) {
    if (!known.has(h)) errors.add(1, h || null, 'unknown_column', `Unknown column "${h}"; the columns are ${LIST_COLUMNS.join(', ')}`);
    else if (seen.has(h)) errors.add(1, h, 'duplicate_column', `Column ${h} is given twice`);
    seen.add(h);
  }
  for (const c of REQUIRED_LIST_COLUMNS) if (!seen.has(c)) errors.add(1, c, 'missing_column', `Column ${c} is required`);
  if (errors.count > 0) return [];
  if (records.length - 1 > MAX_LIST_ROWS) {
    errors.add(MAX_LIST_ROWS + 2, null, 'too_many_rows', `An import takes at most ${MAX_LIST_ROWS} rows`);
    return [];
  }

  const out: NewEntry[] = [];
  const codes = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i + 1;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length !== header.length) {
      errors.add(row, null, 'wrong_field_count', `The row has ${record.length} fields, the header ${header.length}`);
      continue;
    }
    const cells: Partial<Record<ListColumn, string>> = {};
    header.forEach((h, j) => (cells[h as ListColumn] = (record[j] ?? '').trim()));
    const before = errors.count;
    const err = (c: ListColumn, code: string, message: string) => errors.add(row, c, code, message);
    const text = (c: ListColumn, max: number, required: boolean) => {
      const v = cells[c] ?? '';
      if (required && !v) err(c, 'required', `${c} is required`);
      if (v.length > max) err(c, 'too_long', `${c} has ${v.length} characters; at most ${max}`);
      return v;
    };
    const bp = (c: ListColumn, max: number, fallback?: number) => {
      const v = cells[c] ?? '';
      if (v === '' && fallback !== undefined) return fallback;
      if (!/^\d{1,6}$/.test(v) || Number(v) > max) err(c, 'invalid_rate', `${c} is a whole number of basis points from 0 to ${max} (1300 = 13 %)`);
      return Number(v);
    };
    const hs = hsDigits(cells.hs_code ?? '');
    if (!/^\d{4,10}$/.test(hs)) err('hs_code', 'invalid_hs_code', 'hs_code is 4 to 10 digits');
    else if (codes.has(hs)) err('hs_code', 'duplicate_hs_code', `hs_code ${hs} is also on row ${codes.get(hs)}`);
    else codes.set(hs, row);
    const entry: NewEntry = {
      hs_code: hs,
      name_en: text('name_en', 300, true),
      name_zh: text('name_zh', 300, true),
      vat_bp: bp('vat_bp', 10_000),
      // Under 100 %: the tax divides by (1 − rate).
      consumption_tax_bp: bp('consumption_tax_bp', 9_999, 0),
      tariff_bp: bp('tariff_bp', 100_000),
      note: text('note', 1000, false) || null,
      list_edition: text('list_edition', 20, true),
    };
    if (entry.list_edition && !/^\d{4}$/.test(entry.list_edition))
      err('list_edition', 'invalid_list_edition', 'list_edition is the year of the list’s edition, e.g. 2022');
    if (errors.count === before) out.push(entry);
  }
  if (out.length === 0 && errors.count === 0) errors.add(2, null, 'no_rows', 'The file has a header but no rows');
  return out;
}

/**
 * Loads positive-list entries from CSV (columns LIST_COLUMNS; rates in basis points), all or nothing:
 * every row is checked first and the report lists each problem by row; any error, or dryRun, writes
 * nothing. `replace` also removes the codes the file does not have (a full edition). Operators only;
 * `actor` null is the system (seed, tests).
 */
export async function importPositiveListCsv(
  ctx: Ctx,
  actor: Actor | null,
  csv: string,
  opts: { dryRun: boolean; replace: boolean },
): Promise<ListImportReport> {
  if (actor && !isOperator(actor)) throw forbidden('Only operators load the cross-border positive list');
  const errors = new Errors();
  const entries = csv.length > MAX_LIST_CSV_CHARS ? [] : readEntries(csv, errors);
  if (csv.length > MAX_LIST_CSV_CHARS) errors.add(1, null, 'file_too_large', `The file is over ${MAX_LIST_CSV_CHARS} characters`);
  const report = (created: number, updated: number, removed: number): ListImportReport => ({
    ok: errors.count === 0,
    dry_run: opts.dryRun,
    replace: opts.replace,
    created,
    updated,
    removed,
    errors: errors.items,
    errors_truncated: errors.count > errors.items.length,
  });
  if (errors.count > 0) return report(0, 0, 0);
  return inTransaction(ctx, async ({ db: trx }) => {
    const existing = new Set(await allEntryCodes(trx));
    const inFile = new Set(entries.map((e) => e.hs_code));
    const created = entries.filter((e) => !existing.has(e.hs_code)).length;
    const removed = opts.replace ? [...existing].filter((c) => !inFile.has(c)).length : 0;
    if (!opts.dryRun) {
      if (opts.replace) await deleteEntriesExcept(trx, [...inFile]);
      await upsertEntries(trx, entries);
    }
    return report(created, entries.length - created, removed);
  });
}

/** Loads the sample list shipped with the module (positive-list-sample.csv), adding to or updating what is there. */
export async function loadSamplePositiveList(ctx: Ctx): Promise<ListImportReport> {
  const csv = await readFile(new URL('./positive-list-sample.csv', import.meta.url), 'utf8');
  const report = await importPositiveListCsv(ctx, null, csv, { dryRun: false, replace: false });
  if (!report.ok) throw new Error(`The sample positive list did not load: ${JSON.stringify(report.errors)}`);
  return report;
}
