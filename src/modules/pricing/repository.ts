import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PriceRuleScope } from './precedence.ts';
import type { ExchangeRatesTable, PriceRulesTable, RateSource, VariantSalePricesTable } from './schema.ts';

type Db = Kysely<DB>;

export type RateRow = Selectable<ExchangeRatesTable>;
export type PriceRuleRow = Selectable<PriceRulesTable>;
export type SalePriceRow = Selectable<VariantSalePricesTable>;

// ---- exchange rates

export interface RateInsert {
  id: string;
  base: string;
  quote: string;
  rate: string;
  valid_from: Date;
  valid_to: Date | null;
  source: RateSource;
  note: string | null;
  created_by: string | null;
}

export async function insertRates(db: Db, rows: RateInsert[]): Promise<void> {
  if (rows.length === 0) return;
  // A few hundred rows per statement keeps well under the 65535 bind parameters of one query.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('exchange_rates')
      .values(rows.slice(i, i + 500))
      .execute();
}

export function findRate(db: Db, id: string) {
  return db.selectFrom('exchange_rates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rates of these pairs that start at exactly these instants (the unique key), for duplicate checks. */
export function ratesAt(db: Db, keys: Array<{ base: string; quote: string; valid_from: Date }>) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('exchange_rates')
    .select(['base', 'quote', 'valid_from'])
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('base', '=', k.base), eb('quote', '=', k.quote), eb('valid_from', '=', k.valid_from)]))))
    .execute();
}

/** Rates newest first (ids sort by creation), after the cursor id, optionally of one base and/or quote. */
export function listRateRows(db: Db, f: { base?: string | undefined; quote?: string | undefined; before?: string | undefined; limit: number }) {
  let q = db.selectFrom('exchange_rates').selectAll();
  if (f.base) q = q.where('base', '=', f.base);
  if (f.quote) q = q.where('quote', '=', f.quote);
  if (f.before) q = q.where('id', '<', f.before);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

/**
 * For each pair, the rate in force at `at`: valid_from <= at < valid_to (or open), the latest
 * valid_from winning. One query for all pairs.
 */
export function ratesInForceRows(db: Db, pairs: Array<{ base: string; quote: string }>, at: Date) {
  if (pairs.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('exchange_rates')
    .distinctOn(['base', 'quote'])
    .select(['id', 'base', 'quote', 'rate', 'valid_from'])
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('base', '=', p.base), eb('quote', '=', p.quote)]))))
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
    .orderBy('base')
    .orderBy('quote')
    .orderBy('valid_from', 'desc')
    .execute();
}

// ---- price rules

export interface PriceRuleInsert {
  id: string;
  scope: PriceRuleScope;
  category_id: string | null;
  merchant_id: string | null;
  sale_currency: string;
  markup_bp: number;
  rounding: PriceRuleRow['rounding'];
  created_by: string | null;
}

export function insertPriceRule(db: Db, row: PriceRuleInsert) {
  return db.insertInto('price_rules').values(row).execute();
}

export function findPriceRule(db: Db, id: string) {
  return db.selectFrom('price_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The rule for exactly this target, if one exists (the unique index's key). */
export function findRuleForTarget(db: Db, t: { scope: PriceRuleScope; category_id: string | null; merchant_id: string | null; sale_currency: string }) {
  return db
    .selectFrom('price_rules')
    .select('id')
    .where('scope', '=', t.scope)
    .where(sql<string>`coalesce(category_id, '')`, '=', t.category_id ?? '')
    .where(sql<string>`coalesce(merchant_id, '')`, '=', t.merchant_id ?? '')
    .where('sale_currency', '=', t.sale_currency)
    .executeTakeFirst();
}

export function listPriceRuleRows(
  db: Db,
  f: { scope?: PriceRuleScope | undefined; sale_currency?: string | undefined; after?: string | undefined; limit: number },
) {
  let q = db.selectFrom('price_rules').selectAll();
  if (f.scope) q = q.where('scope', '=', f.scope);
  if (f.sale_currency) q = q.where('sale_currency', '=', f.sale_currency);
  if (f.after) q = q.where('id', '>', f.after);
  return q.orderBy('id').limit(f.limit).execute();
}

/**
 * The rules that can price these merchants' products in a sale currency: theirs, the default and
 * every category rule (few: one per category at most), so it needs no category lookup first.
 */
export function candidateRules(db: Db, saleCurrency: string, merchantIds: string[]) {
  return db
    .selectFrom('price_rules')
    .selectAll()
    .where('sale_currency', '=', saleCurrency)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'default'),
        ...(merchantIds.length ? [eb.and([eb('scope', '=', 'merchant'), eb('merchant_id', 'in', merchantIds)])] : []),
        eb('scope', '=', 'category'),
      ]),
    )
    .orderBy('id')
    .execute();
}

export async function deletePriceRuleRow(db: Db, id: string): Promise<boolean> {
  const res = await db.deleteFrom('price_rules').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

// ---- merchants' own sale prices

export function salePriceRows(db: Db, variantIds: string[], currency?: string) {
  if (variantIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('variant_sale_prices').selectAll().where('variant_id', 'in', variantIds);
  if (currency) q = q.where('currency', '=', currency);
  return q.orderBy('variant_id').orderBy('currency').execute();
}

/** Sets (insert or replace) a variant's own price in a currency; the row's id stays on replace. */
export function upsertSalePrice(
  db: Db,
  row: { id: string; variant_id: string; merchant_id: string; currency: string; amount: number; created_by: string | null },
) {
  return db
    .insertInto('variant_sale_prices')
    .values(row)
    .onConflict((oc) => oc.columns(['variant_id', 'currency']).doUpdateSet({ amount: row.amount, created_by: row.created_by, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteSalePriceRow(db: Db, variantId: string, currency: string) {
  return db.deleteFrom('variant_sale_prices').where('variant_id', '=', variantId).where('currency', '=', currency).returningAll().executeTakeFirst();
}
