import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf, roleOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { type Money, isCurrency } from '../../shared/money.ts';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, isString } from '../../shared/pagination.ts';
import { activeVariantPrices, listCategories, productCategoryPaths, variantsByIds } from '../catalog/service.ts';
import { merchantStatus } from '../merchants/service.ts';
import { type ConsumerPrice, type SalePriceSource, consumerPrice } from './consumer-price.ts';
import { NO_RULE, type PriceRuleScope, chooseRule } from './precedence.ts';
import { type FxRateRef, ratesInForce } from './rates.ts';
import * as repo from './repository.ts';
import { ROUNDING_MODES, type RoundingMode, roundingFits } from './rounding.ts';

export type { FxRate, FxRateRef, NewFxRate, RateImportReport } from './rates.ts';
export { createRate, importRatesCsv, listRates, rateInForce, ratesInForce } from './rates.ts';
export type { RoundingMode } from './rounding.ts';
export type { PriceRuleScope } from './precedence.ts';
export type { SalePriceSource } from './consumer-price.ts';

/** The currency consumers pay in unless they ask for another. */
export const DEFAULT_SALE_CURRENCY = 'CNY';

// ---- consumer prices

/** A variant as sale pricing needs it: its list price and whose product it is. */
export interface PricedItem {
  variant_id: string;
  merchant_id: string;
  product_id: string;
  price_amount: number;
  price_currency: string;
}

/** The consumer price of one variant and everything that made it, for an order to record. */
export interface SalePrice {
  variant_id: string;
  amount: number;
  currency: string;
  list_amount: number;
  list_currency: string;
  source: SalePriceSource;
  /**
   * The list→sale rate in force: for 'converted' the rate converted at; for 'override' the rate
   * of the pair if one is in force (null if not), for the record (merchants see sales in their
   * list currency); null for 'list'.
   */
  rate: FxRateRef | null;
  /** The markup and rounding applied (0 and 'none' unless converted). */
  markup_bp: number;
  rounding: RoundingMode;
  /** The price rule applied; null when none applied (or none was needed). */
  rule_id: string | null;
}

function checkSaleCurrency(code: string): void {
  if (!isCurrency(code)) throw badRequest('invalid_currency', `${code} is not an ISO 4217 currency code`);
}

/**
 * Prices `items` in `saleCurrency` at `at`. Returns a price for every item plus the pairs that had
 * no rate in force (those items are left out). Reads overrides, category paths, rules and rates
 * in one query each, however many items there are.
 */
async function priceItems(ctx: Ctx, items: PricedItem[], saleCurrency: string, at: Date) {
  checkSaleCurrency(saleCurrency);
  const foreign = items.filter((i) => i.price_currency !== saleCurrency);
  const [overrides, paths, rates, rules] = await Promise.all([
    repo.salePriceRows(ctx.db, [...new Set(items.map((i) => i.variant_id))], saleCurrency),
    foreign.length
      ? productCategoryPaths(
          ctx,
          foreign.map((i) => i.product_id),
        )
      : new Map<string, string[][]>(),
    foreign.length
      ? ratesInForce(
          ctx,
          foreign.map((i) => ({ base: i.price_currency, quote: saleCurrency })),
          at,
        )
      : new Map<string, FxRateRef>(),
    foreign.length ? repo.candidateRules(ctx.db, saleCurrency, [...new Set(foreign.map((i) => i.merchant_id))]) : [],
  ]);
  const overrideOf = new Map(overrides.map((o) => [o.variant_id, { amount: o.amount, currency: o.currency }]));
  const prices = new Map<string, SalePrice>();
  const missing: Array<{ base: string; quote: string }> = [];
  for (const item of items) {
    const list: Money = { amount: item.price_amount, currency: item.price_currency };
    const override = overrideOf.get(item.variant_id) ?? null;
    const base = { variant_id: item.variant_id, list_amount: list.amount, list_currency: list.currency };
    const rate = rates.get(`${list.currency}/${saleCurrency}`) ?? null;
    if (override || list.currency === saleCurrency) {
      const p = consumerPrice({ list, saleCurrency, rate: null, markup_bp: 0, rounding: 'none', override });
      prices.set(item.variant_id, { ...base, ...p, rate, markup_bp: 0, rounding: 'none', rule_id: null });
      continue;
    }
    if (!rate) {
      if (!missing.some((m) => m.base === list.currency)) missing.push({ base: list.currency, quote: saleCurrency });
      continue;
    }
    const rule = chooseRule(rules, item.merchant_id, paths.get(item.product_id) ?? []) ?? NO_RULE;
    const p: ConsumerPrice = consumerPrice({ list, saleCurrency, rate: rate.rate, markup_bp: rule.markup_bp, rounding: rule.rounding });
    prices.set(item.variant_id, { ...base, ...p, rate, markup_bp: rule.markup_bp, rounding: rule.rounding, rule_id: rule.id });
  }
  return { prices, missing };
}

/**
 * The consumer price of each item in `saleCurrency` at instant `at`, keyed by variant id: the
 * merchant's own price in that currency, else a list price already in it, else the list price
 * converted at the rate in force, marked up and rounded by the rule that applies (merchant >
 * category or nearest ancestor > default > none). Throws 409 no_exchange_rate (details
 * {base, quote}) when an item needs a rate and none is in force. One query per kind of data.
 */
export async function salePrices(ctx: Ctx, items: PricedItem[], saleCurrency: string, at: Date): Promise<Map<string, SalePrice>> {
  const { prices, missing } = await priceItems(ctx, items, saleCurrency, at);
  const m = missing[0];
  if (m) throw conflict('no_exchange_rate', `No ${m.base} to ${m.quote} exchange rate is in force; prices in ${m.quote} cannot be made`, { ...m });
  return prices;
}

/** What a shop window shows of a sale price. */
export interface DisplayPrice {
  amount: number;
  currency: string;
  source: SalePriceSource;
}

const display = (p: SalePrice): DisplayPrice => ({ amount: p.amount, currency: p.currency, source: p.source });

/**
 * Catalogue views: `variants` with `sale_price` in `saleCurrency` now, or null where no rate is in
 * force (a shop window shows what it can rather than failing).
 */
export async function withSalePrices<V extends { id: string; product_id: string; merchant_id: string; price: Money }>(
  ctx: Ctx,
  variants: V[],
  saleCurrency: string,
  at = new Date(),
): Promise<Array<V & { sale_price: DisplayPrice | null }>> {
  const items = variants.map((v) => ({
    variant_id: v.id,
    product_id: v.product_id,
    merchant_id: v.merchant_id,
    price_amount: v.price.amount,
    price_currency: v.price.currency,
  }));
  const { prices } = await priceItems(ctx, items, saleCurrency, at);
  return variants.map((v) => {
    const p = prices.get(v.id);
    return { ...v, sale_price: p ? display(p) : null };
  });
}

/**
 * Catalogue lists: each product's lowest sale price over its active variants, in `saleCurrency`
 * now. A product is left out when any active variant has no price (no rate in force): a "from"
 * price over only some variants could be higher than what another really costs.
 */
export async function salePricesFrom(ctx: Ctx, productIds: string[], saleCurrency: string, at = new Date()): Promise<Map<string, DisplayPrice>> {
  const variants = await activeVariantPrices(ctx, productIds);
  const { prices } = await priceItems(ctx, variants, saleCurrency, at);
  const from = new Map<string, DisplayPrice | null>();
  for (const v of variants) {
    const p = prices.get(v.variant_id);
    const current = from.get(v.product_id);
    if (current === null) continue;
    if (!p) from.set(v.product_id, null);
    else if (current === undefined || p.amount < current.amount) from.set(v.product_id, display(p));
  }
  return new Map([...from].filter((e): e is [string, DisplayPrice] => e[1] !== null));
}

// ---- price rules

export interface NewPriceRule {
  scope: PriceRuleScope;
  category_id?: string | null;
  merchant_id?: string | null;
  /** Default CNY. */
  sale_currency?: string;
  /** 0..10000 basis points (800 = 8 %). */
  markup_bp: number;
  rounding: RoundingMode;
}

export const MAX_MARKUP_BP = 10_000;

function operatorOnly(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Only an operator manages price rules');
}

/**
 * An operator adds a price rule for converted prices: the default, a category's (its products and
 * those of categories below it without their own rule) or a merchant's. One rule per target and
 * sale currency (409 price_rule_exists); to change one, delete it and add another: orders keep
 * the prices they were made at.
 */
export async function createPriceRule(ctx: Ctx, actor: Actor, input: NewPriceRule): Promise<repo.PriceRuleRow> {
  operatorOnly(actor);
  const saleCurrency = input.sale_currency ?? DEFAULT_SALE_CURRENCY;
  checkSaleCurrency(saleCurrency);
  const categoryId = input.scope === 'category' ? (input.category_id ?? null) : null;
  const merchantId = input.scope === 'merchant' ? (input.merchant_id ?? null) : null;
  if ((input.category_id && input.scope !== 'category') || (input.merchant_id && input.scope !== 'merchant'))
    throw badRequest('invalid_rule_target', 'category_id goes with scope category, merchant_id with scope merchant, neither with default');
  if (input.scope === 'category' && !categoryId) throw badRequest('invalid_rule_target', 'A category rule names its category_id');
  if (input.scope === 'merchant' && !merchantId) throw badRequest('invalid_rule_target', 'A merchant rule names its merchant_id');
  if (!Number.isInteger(input.markup_bp) || input.markup_bp < 0 || input.markup_bp > MAX_MARKUP_BP)
    throw badRequest('invalid_markup', `markup_bp is whole basis points from 0 to ${MAX_MARKUP_BP}`);
  if (!ROUNDING_MODES.includes(input.rounding)) throw badRequest('invalid_rounding', `rounding is one of ${ROUNDING_MODES.join(', ')}`);
  if (!roundingFits(input.rounding, saleCurrency)) throw badRequest('rounding_not_supported', `${saleCurrency} has no minor units: no price ends in .90`);
  if (categoryId && !(await listCategories(ctx)).some((c) => c.id === categoryId)) throw notFound('category', categoryId);
  if (merchantId && !(await merchantStatus(ctx, merchantId))) throw notFound('merchant', merchantId);
  const target = { scope: input.scope, category_id: categoryId, merchant_id: merchantId, sale_currency: saleCurrency };
  const taken = () => conflict('price_rule_exists', `A ${input.scope} rule for ${saleCurrency} exists for this target; delete it first`, { id: existing?.id });
  let existing = await repo.findRuleForTarget(ctx.db, target);
  if (existing) throw taken();
  const id = newId('priceRule');
  try {
    await repo.insertPriceRule(ctx.db, { id, ...target, markup_bp: input.markup_bp, rounding: input.rounding, created_by: actorId(actor) });
  } catch (err) {
    if ((err as { code?: string }).code !== '23505') throw err;
    existing = await repo.findRuleForTarget(ctx.db, target);
    throw taken();
  }
  return (await repo.findPriceRule(ctx.db, id))!;
}

/** An operator lists price rules in creation order, optionally of one scope and/or sale currency. */
export async function listPriceRules(ctx: Ctx, actor: Actor, q: { scope?: PriceRuleScope; sale_currency?: string; limit?: number; cursor?: string }) {
  operatorOnly(actor);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const after = decodeCursor(q.cursor, isString);
  const rows = await repo.listPriceRuleRows(ctx.db, { scope: q.scope, sale_currency: q.sale_currency, after, limit: limit + 1 });
  const items = rows.slice(0, limit);
  return { items, next_cursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
}

/** An operator removes a price rule; prices made with it (in orders) keep what they recorded. Returns the rule removed. */
export async function deletePriceRule(ctx: Ctx, actor: Actor, id: string): Promise<repo.PriceRuleRow> {
  operatorOnly(actor);
  const rule = await repo.findPriceRule(ctx.db, id);
  if (!rule || !(await repo.deletePriceRuleRow(ctx.db, id))) throw notFound('price_rule', id);
  return rule;
}

// ---- merchants' own consumer prices

/** The variant, if the actor may set its sale prices (its merchant's staff, or an operator); else 404/403. */
async function variantForWrite(ctx: Ctx, actor: Actor, variantId: string) {
  const scope = isOperator(actor) ? null : roleOf(actor) === 'merchant' ? merchantOf(actor) : undefined;
  if (scope === undefined || scope === '') throw forbidden('Only merchant staff and operators set sale prices');
  const [v] = await variantsByIds(ctx, [variantId]);
  if (!v || (scope !== null && v.merchant_id !== scope)) throw notFound('variant', variantId);
  return v;
}

const salePriceView = (r: repo.SalePriceRow) => ({
  id: r.id,
  variant_id: r.variant_id,
  merchant_id: r.merchant_id,
  currency: r.currency,
  amount: r.amount,
  created_at: r.created_at,
  updated_at: r.updated_at,
});

/**
 * A merchant sets its own consumer price of a variant in a sale currency (not the list
 * currency: that is the variant's price); it beats the converted price from then on.
 */
export async function setVariantSalePrice(ctx: Ctx, actor: Actor, variantId: string, currency: string, amount: number) {
  const v = await variantForWrite(ctx, actor, variantId);
  checkSaleCurrency(currency);
  if (currency === v.price_currency) throw badRequest('list_currency', `The variant is listed in ${currency}: change its price instead`);
  if (!Number.isSafeInteger(amount) || amount < 0) throw badRequest('invalid_amount', 'amount is whole minor units, 0 or more');
  const row = await repo.upsertSalePrice(ctx.db, {
    id: newId('salePrice'),
    variant_id: v.id,
    merchant_id: v.merchant_id,
    currency,
    amount,
    created_by: actorId(actor),
  });
  return salePriceView(row);
}

/** A merchant removes its own price of a variant in a currency; the converted price applies again. */
export async function removeVariantSalePrice(ctx: Ctx, actor: Actor, variantId: string, currency: string) {
  const v = await variantForWrite(ctx, actor, variantId);
  const row = await repo.deleteSalePriceRow(ctx.db, v.id, currency);
  if (!row) throw notFound('sale_price');
  return salePriceView(row);
}

/** A variant's own sale prices, one per currency (its merchant's staff and operators). */
export async function listVariantSalePrices(ctx: Ctx, actor: Actor, variantId: string) {
  const v = await variantForWrite(ctx, actor, variantId);
  return { items: (await repo.salePriceRows(ctx.db, [v.id])).map(salePriceView) };
}
