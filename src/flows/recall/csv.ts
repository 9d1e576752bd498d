/**
 * CSV as RFC 4180 writes it (CRLF between records; a field with a quote, comma or line break is
 * quoted, quotes doubled), made safe to open in a spreadsheet: a text cell that starts with
 * = + - @ (or a tab or carriage return) would be run as a formula, so it gets a leading '.
 * Numbers are written as they are: -3 is a quantity, not a formula.
 */

export type Cell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, escaped. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A whole document: the header, then one record per row (cells in header order), each ending in CRLF. */
export function toCsv<K extends string>(header: readonly K[], rows: ReadonlyArray<Partial<Record<K, Cell>>>): string {
  const line = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return line([...header]) + rows.map((r) => line(header.map((k) => r[k]))).join('');
}
