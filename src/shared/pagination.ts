import { badRequest } from '../http/errors.ts';

export const DEFAULT_LIMIT = 20;

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(v)) return v;
  } catch {
    // fall through
  }
  throw badRequest('invalid_cursor', 'The cursor is not one this API gave out');
}

export const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 100;

/** Takes limit+1 rows, returns a page and the cursor for what follows. */
export function pageOf<R>(rows: R[], limit: number, keyOf: (row: R) => unknown): { items: R[]; next_cursor: string | null } {
  if (rows.length <= limit) return { items: rows, next_cursor: null };
  const items = rows.slice(0, limit);
  return { items, next_cursor: encodeCursor(keyOf(items[items.length - 1]!)) };
}
