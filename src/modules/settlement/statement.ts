import { badRequest } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { ordersForTrace } from '../orders/service.ts';
import { booksOf } from './access.ts';
import { decimalOf } from './amounts.ts';
import { type CsvCell, toCsv } from './csv.ts';
import * as repo from './repository.ts';
import type { LedgerKind } from './schema.ts';

/** Statement days are days in China Standard Time (UTC+8, no daylight saving since 1991). */
export const STATEMENT_TIME_ZONE = 'Asia/Shanghai';
const UTC_OFFSET = '+08:00';
export const MAX_STATEMENT_DAYS = 732;
export const LEDGER_KINDS: readonly LedgerKind[] = ['sale', 'commission', 'refund', 'commission_reversal', 'fee', 'payout'];

export interface StatementEntry {
  id: string;
  booked_at: Date;
  occurred_at: Date;
  kind: LedgerKind;
  amount: number;
  order_id: string | null;
  order_number: number | null;
  order_line_id: string | null;
  refund_id: string | null;
  payout_id: string | null;
  quantity: number | null;
  source_amount: number | null;
  source_currency: string | null;
  fx_rate: string | null;
  rate_bp: number | null;
  note: string | null;
}

export interface Statement {
  merchant_id: string;
  currency: string;
  from: string;
  to: string;
  time_zone: string;
  /** Sum of every entry booked before `from` began. */
  opening_balance: number;
  entries: StatementEntry[];
  totals: Record<LedgerKind, number>;
  /** opening_balance + the sum of entries, to the cent. */
  closing_balance: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(name: string, day: string): void {
  // 2026-02-30 matches the pattern; a round trip through Date proves it is a real calendar day.
  if (!DAY.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) throw badRequest('invalid_date', `${name} is a date YYYY-MM-DD`);
}

/** The instant a Shanghai calendar day begins. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00${UTC_OFFSET}`);
}

/** The first instant after a Shanghai calendar day. */
function dayEnd(day: string): Date {
  return new Date(dayStart(day).getTime() + 86_400_000);
}

/**
 * A merchant's statement for the days from `from` to `to` (inclusive, Shanghai time), in its own
 * currency: the balance when `from` began, every entry booked in the days (with the order's number),
 * totals per kind, and the closing balance. Entries go by when they were booked, so a period's
 * statement never changes once the period is over. A merchant sees its own; an operator any.
 */
export async function statement(ctx: Ctx, actor: Actor, q: { merchant_id?: string; from: string; to: string }): Promise<Statement> {
  checkDay('from', q.from);
  checkDay('to', q.to);
  if (q.from > q.to) throw badRequest('invalid_range', `from (${q.from}) is after to (${q.to})`);
  const start = dayStart(q.from);
  const end = dayEnd(q.to);
  if ((end.getTime() - start.getTime()) / 86_400_000 > MAX_STATEMENT_DAYS)
    throw badRequest('invalid_range', `A statement covers at most ${MAX_STATEMENT_DAYS} days`);
  const m = await booksOf(ctx, actor, q.merchant_id);
  const [opening, rows] = await Promise.all([repo.sumBefore(ctx.db, m.id, start), repo.entriesBetween(ctx.db, m.id, start, end)]);
  const orders = await ordersForTrace(
    ctx,
    rows.flatMap((r) => (r.order_id ? [r.order_id] : [])),
  );
  const totals = Object.fromEntries(LEDGER_KINDS.map((k) => [k, 0])) as Record<LedgerKind, number>;
  let sum = 0;
  const entries = rows.map((r): StatementEntry => {
    totals[r.kind] += r.amount;
    sum += r.amount;
    return {
      id: r.id,
      booked_at: r.created_at,
      occurred_at: r.occurred_at,
      kind: r.kind,
      amount: r.amount,
      order_id: r.order_id,
      order_number: r.order_id ? (orders.get(r.order_id)?.number ?? null) : null,
      order_line_id: r.order_line_id,
      refund_id: r.refund_id,
      payout_id: r.payout_id,
      quantity: r.quantity,
      source_amount: r.source_amount,
      source_currency: r.source_currency,
      fx_rate: r.fx_rate,
      rate_bp: r.rate_bp,
      note: r.note,
    };
  });
  return {
    merchant_id: m.id,
    currency: m.currency,
    from: q.from,
    to: q.to,
    time_zone: STATEMENT_TIME_ZONE,
    opening_balance: opening,
    entries,
    totals,
    closing_balance: opening + sum,
  };
}

export const STATEMENT_CSV_COLUMNS = [
  'row',
  'booked_at',
  'entry_id',
  'kind',
  'order_number',
  'order_id',
  'order_line_id',
  'refund_id',
  'payout_id',
  'quantity',
  'source_amount',
  'source_currency',
  'fx_rate',
  'rate_bp',
  'amount',
  'currency',
  'note',
] as const;

// Shanghai local time, as "2026-03-01 23:59:59" (sv-SE writes ISO-like dates).
const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: STATEMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The statement as CSV (RFC 4180, CRLF): a header, an `opening_balance` row, one `entry` row per
 * entry, one `total` row per kind and a `closing_balance` row. Amounts are exact decimals of the
 * currency (42.11), source amounts of theirs; times are Shanghai local time.
 */
export function statementToCsv(s: Statement): string {
  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  const dec = (amount: number, currency: string) => ({ num: decimalOf(amount, currency) });
  // row, booked_at, entry_id and kind, ten columns from order_number to rate_bp, then amount, currency and note.
  const summary = (row: string, kind: string | null, amount: number, note: string): CsvCell[] => [
    row,
    null,
    null,
    kind,
    ...blank(10),
    dec(amount, s.currency),
    s.currency,
    note,
  ];
  const rows: CsvCell[][] = [
    [...STATEMENT_CSV_COLUMNS],
    summary('opening_balance', null, s.opening_balance, `balance at the start of ${s.from} (${s.time_zone})`),
  ];
  for (const e of s.entries) {
    rows.push([
      'entry',
      localTime.format(e.booked_at),
      e.id,
      e.kind,
      e.order_number,
      e.order_id,
      e.order_line_id,
      e.refund_id,
      e.payout_id,
      e.quantity,
      e.source_amount !== null && e.source_currency ? dec(e.source_amount, e.source_currency) : null,
      e.source_currency,
      e.fx_rate === null ? null : { num: e.fx_rate },
      e.rate_bp,
      dec(e.amount, s.currency),
      s.currency,
      e.note,
    ]);
  }
  for (const k of LEDGER_KINDS) rows.push(summary('total', k, s.totals[k], `all ${k} entries from ${s.from} to ${s.to}`));
  rows.push(summary('closing_balance', null, s.closing_balance, `balance at the end of ${s.to} (${s.time_zone})`));
  return toCsv(rows);
}

/** statement() as CSV text; see statementToCsv for the layout. */
export async function statementCsv(
  ctx: Ctx,
  actor: Actor,
  q: { merchant_id?: string; from: string; to: string },
): Promise<{ merchant_id: string; csv: string }> {
  const s = await statement(ctx, actor, q);
  return { merchant_id: s.merchant_id, csv: statementToCsv(s) };
}
