import { badRequest, conflict, forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type Actor, actorId, isOperator } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { isCurrency } from '../../shared/money.ts';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, isString } from '../../shared/pagination.ts';
import { isRate, normaliseRate } from './convert.ts';
import { type RateRow, RowErrors, readRateCsv } from './rates-csv.ts';
import * as repo from './repository.ts';
import type { RateSource } from './schema.ts';

/** Exchange rates: set by the operator or loaded from a file, append-only, looked up by instant. */

/** The rate an order or a price used, as it records it. */
export interface FxRateRef {
  id: string;
  base: string;
  quote: string;
  /** Units of quote per 1 unit of base, canonical decimal string ("7.1234"). */
  rate: string;
  /** ISO 8601 UTC. */
  valid_from: string;
}

export interface FxRate {
  id: string;
  base: string;
  quote: string;
  rate: string;
  valid_from: Date;
  valid_to: Date | null;
  source: RateSource;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

export interface NewFxRate {
  base: string;
  quote: string;
  rate: string;
  /** Default: now. */
  valid_from?: Date | string;
  /** Null or left out: open-ended (until a later rate supersedes it). */
  valid_to?: Date | string | null;
  note?: string | null;
}

export interface RateImportReport {
  /** Every row is valid (and, unless dry_run, written); false: nothing was written. */
  ok: boolean;
  dry_run: boolean;
  /** Rates written (on a dry run: that would be). */
  created: number;
  errors: Array<{ row: number; column: string | null; code: string; message: string }>;
  errors_truncated: boolean;
}

const pairKey = (base: string, quote: string) => `${base}/${quote}`;

function rateView(r: repo.RateRow): FxRate {
  return { ...r, rate: normaliseRate(r.rate) };
}

function refOf(r: { id: string; base: string; quote: string; rate: string; valid_from: Date }): FxRateRef {
  return { id: r.id, base: r.base, quote: r.quote, rate: normaliseRate(r.rate), valid_from: r.valid_from.toISOString() };
}

function operatorOnly(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Only an operator manages exchange rates');
}

function instant(value: Date | string, field: string): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw badRequest('invalid_instant', `${field} is not an instant`);
  return d;
}

function checkPair(base: string, quote: string): void {
  for (const [field, code] of [
    ['base', base],
    ['quote', quote],
  ] as const)
    if (!isCurrency(code)) throw badRequest('invalid_currency', `${field} ${code} is not an ISO 4217 currency code`);
  if (base === quote) throw badRequest('same_currency', 'base and quote are the same currency');
}

const rateExists = (base: string, quote: string, at: Date) =>
  conflict('rate_exists', `A ${base}/${quote} rate from ${at.toISOString()} exists; rates are never edited: give a later valid_from`, {
    base,
    quote,
    valid_from: at.toISOString(),
  });

/**
 * An operator sets a rate: `rate` units of quote per 1 unit of base from valid_from (default now)
 * until valid_to (open when null). Rates are append-only: a later valid_from supersedes, and
 * another rate of the pair from the same instant is refused (409 rate_exists).
 */
export async function createRate(ctx: Ctx, actor: Actor, input: NewFxRate): Promise<FxRate> {
  operatorOnly(actor);
  checkPair(input.base, input.quote);
  if (!isRate(input.rate)) throw badRequest('invalid_rate', 'rate is a positive decimal with at most 10 digits before and 8 after the point, e.g. "7.1234"');
  const validFrom = instant(input.valid_from ?? new Date(), 'valid_from');
  const validTo = input.valid_to == null ? null : instant(input.valid_to, 'valid_to');
  if (validTo && validTo <= validFrom) throw badRequest('invalid_validity', 'valid_to must be after valid_from');
  const id = newId('fxRate');
  return inTransaction(ctx, async (tx) => {
    if ((await repo.ratesAt(tx.db, [{ base: input.base, quote: input.quote, valid_from: validFrom }])).length > 0)
      throw rateExists(input.base, input.quote, validFrom);
    try {
      await repo.insertRates(tx.db, [
        {
          id,
          base: input.base,
          quote: input.quote,
          rate: normaliseRate(input.rate),
          valid_from: validFrom,
          valid_to: validTo,
          source: 'operator',
          note: input.note?.trim() || null,
          created_by: actorId(actor),
        },
      ]);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw rateExists(input.base, input.quote, validFrom);
      throw err;
    }
    return rateView((await repo.findRate(tx.db, id))!);
  });
}

/** An operator lists rates, newest first, optionally of one base and/or quote currency. */
export async function listRates(ctx: Ctx, actor: Actor, q: { base?: string; quote?: string; limit?: number; cursor?: string }) {
  operatorOnly(actor);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const before = decodeCursor(q.cursor, isString);
  const rows = await repo.listRateRows(ctx.db, { base: q.base, quote: q.quote, before, limit: limit + 1 });
  const items = rows.slice(0, limit).map(rateView);
  return { items, next_cursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
}

/**
 * For each pair, the rate in force at `at` (valid_from <= at < valid_to, or open; the latest
 * valid_from wins), keyed "BASE/QUOTE"; pairs without one are left out. One query.
 */
export async function ratesInForce(ctx: Ctx, pairs: Array<{ base: string; quote: string }>, at: Date): Promise<Map<string, FxRateRef>> {
  const unique = [...new Map(pairs.map((p) => [pairKey(p.base, p.quote), p])).values()];
  const rows = await repo.ratesInForceRows(ctx.db, unique, at);
  return new Map(rows.map((r) => [pairKey(r.base, r.quote), refOf(r)]));
}

/** The rate of base→quote in force at `at`, or null when none is. */
export async function rateInForce(ctx: Ctx, base: string, quote: string, at: Date): Promise<FxRateRef | null> {
  return (await ratesInForce(ctx, [{ base, quote }], at)).get(pairKey(base, quote)) ?? null;
}

class Rollback extends Error {}

/**
 * An operator loads rates from CSV (`base,quote,rate,valid_from[,valid_to]`), all or nothing:
 * every row is checked (and against the rates already stored) and the report lists each error by
 * row; nothing is written unless there are none, and never on a dry run.
 */
export async function importRatesCsv(ctx: Ctx, actor: Actor, csv: string, dryRun: boolean): Promise<RateImportReport> {
  operatorOnly(actor);
  const errors = new RowErrors();
  const report = (created: number): RateImportReport => {
    errors.items.sort((a, b) => a.row - b.row);
    const ok = errors.count === 0;
    return { ok, dry_run: dryRun, created: ok ? created : 0, errors: errors.items, errors_truncated: errors.count > errors.items.length };
  };
  const rows = readRateCsv(csv, errors);
  if (errors.count > 0) return report(0);
  const createdBy = actorId(actor);
  try {
    await inTransaction(ctx, async (tx) => {
      const taken = new Set((await repo.ratesAt(tx.db, rows)).map((r) => `${r.base}/${r.quote}@${r.valid_from.toISOString()}`));
      for (const r of rows)
        if (taken.has(`${r.base}/${r.quote}@${r.valid_from.toISOString()}`))
          errors.add(r.row, 'valid_from', 'rate_exists', `A ${r.base}/${r.quote} rate from ${r.valid_from.toISOString()} is already stored`);
      if (errors.count > 0 || dryRun) throw new Rollback();
      await repo.insertRates(
        tx.db,
        rows.map((r: RateRow) => ({
          id: newId('fxRate'),
          base: r.base,
          quote: r.quote,
          rate: r.rate,
          valid_from: r.valid_from,
          valid_to: r.valid_to,
          source: 'file' as const,
          note: null,
          created_by: createdBy,
        })),
      );
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return report(rows.length);
}
