import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf, roleOf } from '../../shared/actor.ts';
import { normaliseGtin } from '../../shared/gtin.ts';
import { newId } from '../../shared/ids.ts';
import type { Money } from '../../shared/money.ts';
import { brandBelongsTo, brandNames } from '../brands/service.ts';
import { merchantStatus } from '../merchants/service.ts';
import * as repo from './repository.ts';
import type { ProductRow, VariantInsert, VariantRow } from './repository.ts';
import { MAX_IMAGES, type NewVariant, checkOptions, checkPrice, combinationKey, isCountry, isHsCode, isImageUrl } from './rules.ts';
import type { ProductOption, ProductStatus } from './schema.ts';
import { buildSearchText } from './search.ts';

/** Access checks, input tidying and views shared by the catalogue's service functions. */

export { inTransaction } from '../../db/transaction.ts';

/** The merchant whose catalogue the actor may change: its own, or any (null) for operators. */
export function writeScope(actor: Actor): string | null {
  if (isOperator(actor)) return null;
  const merchantId = merchantOf(actor);
  if (roleOf(actor) === 'merchant' && merchantId) return merchantId;
  throw forbidden('Only merchant staff and operators change the catalogue');
}

/** The product, locked, if the actor may change it; another merchant's is simply not found. */
export async function productForWrite(tx: Ctx, actor: Actor, id: string): Promise<ProductRow> {
  const scope = writeScope(actor);
  const p = await repo.findProduct(tx.db, id, true);
  if (!p || (scope !== null && p.merchant_id !== scope)) throw notFound('product', id);
  return p;
}

/** Operators and the owning merchant see every status; everyone else only active products of verified merchants. */
export function seesAll(actor: Actor, merchantId: string): boolean {
  return isOperator(actor) || merchantOf(actor) === merchantId;
}

export async function canView(ctx: Ctx, actor: Actor, p: { merchant_id: string; status: ProductStatus; moderation: string | null }): Promise<boolean> {
  if (seesAll(actor, p.merchant_id)) return true;
  // A listing the platform holds or took down is gone for the public; its merchant sees why.
  return p.status === 'active' && p.moderation === null && (await merchantStatus(ctx, p.merchant_id)) === 'verified';
}

export const notVerified = (merchantId: string) =>
  conflict('merchant_not_verified', 'Only a verified merchant may have active products; keep it as a draft until verification', { merchant_id: merchantId });

export function gtinOrThrow(input: string): string {
  const g = normaliseGtin(input);
  if (!g) throw badRequest('invalid_gtin', `${input} is not a GTIN-8/12/13/14 with a valid check digit`, { gtin: input });
  return g;
}

/** Maps a unique-index refusal (a concurrent writer won the race past our pre-check) to its error. */
export function rethrowUnique(err: unknown): never {
  const violated = repo.uniqueViolation(err);
  if (violated !== null && /gtin/.test(violated)) throw conflict('gtin_taken', 'Another variant already carries this GTIN');
  if (violated !== null && /sku/.test(violated)) throw conflict('sku_taken', 'The merchant already uses this SKU');
  throw err;
}

export async function checkFree(tx: Ctx, merchantId: string, skus: string[], gtins: string[], exceptVariant?: string): Promise<void> {
  const sku = (await repo.takenSkus(tx.db, merchantId, skus))[0];
  if (sku !== undefined) throw conflict('sku_taken', `The merchant already uses SKU ${sku}`, { sku });
  const gtin = (await repo.takenGtins(tx.db, gtins, exceptVariant))[0];
  if (gtin !== undefined) throw conflict('gtin_taken', `Another variant already carries GTIN ${gtin}`, { gtin });
}

export async function checkBrand(tx: Ctx, brandId: string, merchantId: string): Promise<void> {
  if (!(await brandBelongsTo(tx, brandId, merchantId))) throw notFound('brand', brandId);
}

export async function checkCategories(tx: Ctx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const known = await repo.existingCategoryIds(tx.db, unique);
  const missing = unique.find((id) => !known.has(id));
  if (missing) throw notFound('category', missing);
  return unique;
}

/** Recomputes a product's search_text from its titles, descriptions, brand names and SKUs. */
export async function refreshSearchText(tx: Ctx, productId: string): Promise<void> {
  const s = await repo.searchSources(tx.db, productId);
  const brand = s.brand_id ? await brandNames(tx, s.brand_id) : null;
  const text = buildSearchText([s.title_en, s.title_zh, s.description_en, s.description_zh, brand?.name_en, brand?.name_zh, ...s.skus]);
  await repo.setSearchText(tx.db, productId, text);
}

export interface ProductFields {
  title_en?: string;
  title_zh?: string;
  description_en?: string;
  description_zh?: string;
  hs_code?: string;
  origin_country?: string;
  image_urls?: string[];
  options?: ProductOption[];
}

/** Checks and tidies the product fields a create or patch carries (those given). */
export function checkFields(input: ProductFields): ProductFields {
  const out: ProductFields = {};
  for (const key of ['title_en', 'title_zh'] as const) {
    const v = input[key]?.trim();
    if (v === '') throw badRequest('invalid_title', `${key} is empty`);
    if (v !== undefined) out[key] = v;
  }
  if (input.description_en !== undefined) out.description_en = input.description_en.trim();
  if (input.description_zh !== undefined) out.description_zh = input.description_zh.trim();
  if (input.hs_code !== undefined) {
    if (!isHsCode(input.hs_code)) throw badRequest('invalid_hs_code', 'hs_code is 6 to 10 digits');
    out.hs_code = input.hs_code;
  }
  if (input.origin_country !== undefined) {
    if (!isCountry(input.origin_country)) throw badRequest('invalid_country', `${input.origin_country} is not an ISO 3166-1 alpha-2 country code`);
    out.origin_country = input.origin_country;
  }
  if (input.image_urls !== undefined) {
    if (input.image_urls.length > MAX_IMAGES) throw badRequest('too_many_images', `At most ${MAX_IMAGES} images`);
    const bad = input.image_urls.find((u) => !isImageUrl(u));
    if (bad !== undefined) throw badRequest('invalid_image_url', `${bad} is not an https URL`);
    out.image_urls = input.image_urls;
  }
  if (input.options !== undefined) out.options = checkOptions(input.options);
  return out;
}

/** A variant's own checks: SKU, GTIN (to 14 digits), weight, price and its option combination. */
export function prepareVariant(options: ProductOption[], v: NewVariant) {
  const sku = v.sku.trim();
  if (!sku) throw badRequest('invalid_sku', 'sku is empty');
  const gtin = v.gtin ? gtinOrThrow(v.gtin) : null;
  if (!Number.isInteger(v.weight_g) || v.weight_g < 0) throw badRequest('invalid_weight', 'weight_g is whole grams, 0 or more');
  checkPrice(v.price);
  const key = combinationKey(options, v.option_values ?? {}, sku);
  return { sku, gtin, key, option_values: v.option_values ?? {}, weight_g: v.weight_g, price: v.price };
}

export function sameCurrency(prices: Money[]): void {
  const first = prices[0]?.currency;
  if (prices.some((p) => p.currency !== first)) throw badRequest('currency_mismatch', 'All variants of a product are priced in one currency');
}

// ---- views

export function variantView(v: VariantRow) {
  const { price_amount, price_currency, ...rest } = v;
  return { ...rest, price: { amount: price_amount, currency: price_currency } };
}

/** The full product as `actor` may see it: public viewers get only active variants. */
export async function productView(ctx: Ctx, actor: Actor, p: ProductRow) {
  const [variants, categories, brand] = await Promise.all([
    repo.variantsOfProduct(ctx.db, p.id),
    repo.categoriesOfProduct(ctx.db, p.id),
    p.brand_id ? brandNames(ctx, p.brand_id) : null,
  ]);
  const all = seesAll(actor, p.merchant_id);
  const { moderation, moderation_code, moderation_reason, moderated_at, ...rest } = p;
  return {
    ...rest,
    moderation: moderation && moderated_at ? { state: moderation, code: moderation_code ?? '', reason: moderation_reason ?? '', since: moderated_at } : null,
    brand: p.brand_id && brand ? { id: p.brand_id, name_en: brand.name_en, name_zh: brand.name_zh } : null,
    categories,
    variants: variants.filter((v) => all || v.status === 'active').map(variantView),
  };
}

export type PreparedVariant = ReturnType<typeof prepareVariant>;

export function variantInsert(v: PreparedVariant, productId: string, merchantId: string): VariantInsert {
  return {
    id: newId('variant'),
    product_id: productId,
    merchant_id: merchantId,
    sku: v.sku,
    gtin: v.gtin,
    option_values: v.option_values,
    weight_g: v.weight_g,
    price_amount: v.price.amount,
    price_currency: v.price.currency,
  };
}
