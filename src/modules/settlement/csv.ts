/**
 * A small RFC 4180 writer for statements: CRLF line ends, a cell quoted when it holds a comma,
 * quote or line break. Text that a spreadsheet would run as a formula (starting with = + - @ tab
 * or CR) gets a leading ' — but never numbers we wrote ourselves ("-42.11" is an amount, not a
 * formula), which are passed as { num } cells.
 */
export type CsvCell = string | number | null | { num: string };

const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return cell.num;
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, header first, every line (the last too) ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(cellText).join(',') + '\r\n').join('');
}
