import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, isString } from '../../shared/pagination.ts';
import { merchantStatus } from '../merchants/service.ts';
import {
  canView,
  checkBrand,
  checkCategories,
  checkFields,
  checkFree,
  gtinOrThrow,
  inTransaction,
  notVerified,
  prepareVariant,
  productForWrite,
  productView,
  refreshSearchText,
  rethrowUnique,
  sameCurrency,
  seesAll,
  variantInsert,
  variantView,
  writeScope,
} from './helpers.ts';
import { listingWritten } from './hooks.ts';
import * as repo from './repository.ts';
import {
  MAX_VARIANTS,
  type NewProduct as BaseNewProduct,
  type NewVariant as BaseNewVariant,
  type ProductPatch as BaseProductPatch,
  type VariantPatch as BaseVariantPatch,
  canTransition,
  checkPrice,
  combinationKey,
  combinationTaken,
  nextStatuses,
} from './rules.ts';
import { type ProductStatus, TEMPERATURE_CLASSES, type TemperatureClass } from './schema.ts';

export type { ProductStatus, TemperatureClass } from './schema.ts';

// ---- food: temperature class, shelf-life rule, lot tracking

/**
 * How much shelf life a lot must still have on the promised (delivery or pick-up) day: whole days,
 * or a fraction of its total shelf life from production to expiry (the "2/3 rule" is 0.667).
 */
export type ShelfLifeRule = { days: number } | { fraction: number };

/** The food fields a product takes on create and update. */
export interface FoodFields {
  temperature_class?: TemperatureClass;
  /** null removes the rule: a lot is then sellable up to its expiry date. */
  min_remaining_shelf_life?: ShelfLifeRule | null;
}

export type NewVariant = BaseNewVariant & { lot_tracked?: boolean };
export type NewProduct = Omit<BaseNewProduct, 'variants'> & FoodFields & { variants: NewVariant[] };
export type ProductPatch = BaseProductPatch & FoodFields;
/** lot_tracked is accepted only with its current value: it is fixed when the variant is created. */
export type VariantPatch = BaseVariantPatch & { lot_tracked?: boolean };

export const MAX_SHELF_LIFE_DAYS = 3650;

interface ShelfLifeColumns {
  min_shelf_life_days: number | null;
  /** numeric(4,3): the database hands it back as a string such as '0.667'. */
  min_shelf_life_fraction: string | number | null;
}

type FoodColumns = { temperature_class?: TemperatureClass } & Partial<{ min_shelf_life_days: number | null; min_shelf_life_fraction: number | null }>;

const invalidShelfLife = (detail: string) =>
  badRequest(
    'invalid_shelf_life',
    `min_remaining_shelf_life is null, {"days": 0..${MAX_SHELF_LIFE_DAYS}} or {"fraction": 0..1, at most 3 decimals}: ${detail}`,
  );

/** Checks the food fields given and maps them to their columns (a rule given clears the other kind). */
function checkFood(input: FoodFields): FoodColumns {
  const out: FoodColumns = {};
  if (input.temperature_class !== undefined) {
    if (!TEMPERATURE_CLASSES.includes(input.temperature_class))
      throw badRequest('invalid_temperature_class', `temperature_class is one of ${TEMPERATURE_CLASSES.join(', ')}`);
    out.temperature_class = input.temperature_class;
  }
  const rule: unknown = input.min_remaining_shelf_life;
  if (rule === undefined) return out;
  if (rule === null) return { ...out, min_shelf_life_days: null, min_shelf_life_fraction: null };
  if (typeof rule !== 'object' || Object.keys(rule).length !== 1) throw invalidShelfLife('give exactly one of days and fraction');
  if ('days' in rule) {
    const days = rule.days;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_SHELF_LIFE_DAYS) throw invalidShelfLife(`days ${String(days)}`);
    return { ...out, min_shelf_life_days: days, min_shelf_life_fraction: null };
  }
  if ('fraction' in rule) {
    const f = rule.fraction;
    // The column is numeric(4,3): a fourth decimal would be rounded away silently, so it is refused.
    if (typeof f !== 'number' || !(f >= 0 && f <= 1) || Number(f.toFixed(3)) !== f) throw invalidShelfLife(`fraction ${String(f)}`);
    return { ...out, min_shelf_life_days: null, min_shelf_life_fraction: f };
  }
  throw invalidShelfLife('give exactly one of days and fraction');
}

function storedRule(row: ShelfLifeColumns): ShelfLifeRule | null {
  if (row.min_shelf_life_days !== null) return { days: row.min_shelf_life_days };
  if (row.min_shelf_life_fraction !== null) return { fraction: Number(row.min_shelf_life_fraction) };
  return null;
}

/** A product's minimum remaining shelf life as a rule; {days: 0} (anything not yet expired) when it has none. */
export function shelfLifeRuleOf(row: ShelfLifeColumns): ShelfLifeRule {
  return storedRule(row) ?? { days: 0 };
}

/** A product answer: the two shelf-life columns become one min_remaining_shelf_life (null when none). */
function withShelfLife<T extends ShelfLifeColumns>(p: T): Omit<T, keyof ShelfLifeColumns> & { min_remaining_shelf_life: ShelfLifeRule | null } {
  const { min_shelf_life_days, min_shelf_life_fraction, ...rest } = p;
  return { ...rest, min_remaining_shelf_life: storedRule({ min_shelf_life_days, min_shelf_life_fraction }) };
}

async function view(ctx: Ctx, actor: Actor, p: repo.ProductRow) {
  return withShelfLife(await productView(ctx, actor, p));
}

function lotTracked(v: NewVariant): boolean {
  if (v.lot_tracked !== undefined && typeof v.lot_tracked !== 'boolean') throw badRequest('invalid_lot_tracked', 'lot_tracked is true or false');
  return v.lot_tracked ?? false;
}

// ---- categories

/** An operator adds a category (optionally under a parent). */
export async function createCategory(
  ctx: Ctx,
  actor: Actor,
  input: { slug: string; name_en: string; name_zh: string; parent_id?: string | null; position?: number },
) {
  if (!isOperator(actor)) throw forbidden('Only an operator manages categories');
  const slug = input.slug.trim().toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw badRequest('invalid_slug', 'slug is lower-case letters and digits joined by hyphens');
  const name_en = input.name_en.trim();
  const name_zh = input.name_zh.trim();
  if (!name_en || !name_zh) throw badRequest('invalid_name', 'name_en and name_zh are required');
  if (input.parent_id && !(await repo.findCategory(ctx.db, input.parent_id))) throw notFound('category', input.parent_id);
  if (await repo.findCategoryBySlug(ctx.db, slug)) throw conflict('slug_taken', `A category with slug ${slug} exists`);
  const id = newId('category');
  try {
    await repo.insertCategory(ctx.db, { id, slug, parent_id: input.parent_id ?? null, name_en, name_zh, position: input.position ?? 0 });
  } catch (err) {
    if (repo.uniqueViolation(err) !== null) throw conflict('slug_taken', `A category with slug ${slug} exists`);
    throw err;
  }
  return (await repo.findCategory(ctx.db, id))!;
}

/** Every category, flat (parent_id gives the tree), by position then slug. */
export async function listCategories(ctx: Ctx) {
  return repo.listCategoryRows(ctx.db);
}

// ---- products

/**
 * Lists a product with its variants, all in one transaction: any refusal (bad GTIN, taken SKU,
 * foreign brand, unverified merchant going active) leaves nothing behind.
 */
export async function createProduct(ctx: Ctx, actor: Actor, input: NewProduct) {
  const scope = writeScope(actor);
  if (scope !== null && input.merchant_id && input.merchant_id !== scope) throw notFound('merchant', input.merchant_id);
  const merchantId = scope ?? input.merchant_id;
  if (!merchantId) throw badRequest('merchant_required', 'An operator lists a product for a merchant: give merchant_id');
  const fields = checkFields({ ...input, options: input.options ?? [] });
  const food = checkFood(input);
  const options = fields.options!;
  const status = input.status ?? 'draft';
  if (input.variants.length < 1 || input.variants.length > MAX_VARIANTS) throw badRequest('invalid_variants', `A product has 1 to ${MAX_VARIANTS} variants`);
  const variants = input.variants.map((v) => ({ ...prepareVariant(options, v), lot_tracked: lotTracked(v) }));
  sameCurrency(variants.map((v) => v.price));
  const seen = { sku: new Set<string>(), gtin: new Set<string>(), key: new Set<string>() };
  for (const v of variants) {
    if (seen.sku.has(v.sku)) throw conflict('sku_taken', `SKU ${v.sku} is given twice`, { sku: v.sku });
    if (v.gtin && seen.gtin.has(v.gtin)) throw conflict('gtin_taken', `GTIN ${v.gtin} is given twice`, { gtin: v.gtin });
    if (seen.key.has(v.key)) combinationTaken(v.sku);
    seen.sku.add(v.sku);
    if (v.gtin) seen.gtin.add(v.gtin);
    seen.key.add(v.key);
  }
  return inTransaction(ctx, async (tx) => {
    const mStatus = await merchantStatus(tx, merchantId);
    if (!mStatus) throw notFound('merchant', merchantId);
    if (status === 'active' && mStatus !== 'verified') throw notVerified(merchantId);
    if (input.brand_id) await checkBrand(tx, input.brand_id, merchantId);
    const categoryIds = await checkCategories(tx, input.category_ids ?? []);
    await checkFree(
      tx,
      merchantId,
      variants.map((v) => v.sku),
      variants.flatMap((v) => (v.gtin ? [v.gtin] : [])),
    );
    const id = newId('product');
    try {
      await repo.insertProduct(tx.db, {
        id,
        merchant_id: merchantId,
        brand_id: input.brand_id ?? null,
        title_en: fields.title_en!,
        title_zh: fields.title_zh!,
        description_en: fields.description_en ?? '',
        description_zh: fields.description_zh ?? '',
        hs_code: fields.hs_code!,
        origin_country: fields.origin_country!,
        image_urls: fields.image_urls ?? [],
        options,
        status,
        ...food,
      });
      await repo.setProductCategories(tx.db, id, categoryIds);
      await repo.insertVariants(
        tx.db,
        variants.map((v) => ({ ...variantInsert(v, id, merchantId), lot_tracked: v.lot_tracked })),
      );
    } catch (err) {
      rethrowUnique(err);
    }
    await refreshSearchText(tx, id);
    await listingWritten(tx, id);
    return view(tx, actor, (await repo.findProduct(tx.db, id))!);
  });
}

/** One product with variants, categories and brand; what the actor may not see is not found. */
export async function getProduct(ctx: Ctx, actor: Actor, id: string) {
  const p = await repo.findProduct(ctx.db, id);
  if (!p || !(await canView(ctx, actor, p))) throw notFound('product', id);
  return view(ctx, actor, p);
}

export interface ProductQuery {
  q?: string;
  category_id?: string;
  brand_id?: string;
  merchant_id?: string;
  status?: ProductStatus;
  limit?: number;
  cursor?: string;
}

const emptyPage = { items: [], next_cursor: null };

/**
 * Lists products, id order, by cursor. The public sees active products of verified merchants;
 * a merchant's people see only their own merchant's, any status; operators see all.
 */
export async function listProducts(ctx: Ctx, actor: Actor, q: ProductQuery) {
  const limit = q.limit ?? DEFAULT_LIMIT;
  let after = decodeCursor(q.cursor, isString);
  const own = isOperator(actor) ? null : merchantOf(actor);
  const isPublic = !isOperator(actor) && own === null;
  if (own !== null && q.merchant_id && q.merchant_id !== own) return emptyPage;
  if (isPublic && q.status && q.status !== 'active') return emptyPage;
  const categoryIds = q.category_id ? await repo.categorySubtree(ctx.db, q.category_id) : undefined;
  if (categoryIds?.length === 0) return emptyPage;
  const filter = {
    merchantId: own ?? q.merchant_id,
    status: isPublic ? 'active' : q.status,
    unmoderated: isPublic,
    brandId: q.brand_id,
    categoryIds,
    q: q.q,
  } as const;

  // The public must not see products of merchants no longer verified (suspended); their status
  // belongs to the merchants module, so rows are filtered here, reading on until the page is full.
  const statuses = new Map<string, Promise<string | null>>();
  const visible = async (merchantId: string) => {
    if (!statuses.has(merchantId)) statuses.set(merchantId, merchantStatus(ctx, merchantId));
    return (await statuses.get(merchantId)) === 'verified';
  };
  const items: Awaited<ReturnType<typeof repo.listProductRows>> = [];
  for (let round = 0; round < 10; round++) {
    const rows = await repo.listProductRows(ctx.db, { ...filter, after, limit: limit + 1 });
    for (const r of rows) if (!isPublic || (await visible(r.merchant_id))) items.push(r);
    if (rows.length <= limit || items.length > limit) {
      after = undefined;
      break;
    }
    after = rows.at(-1)!.id;
  }
  const page = items.slice(0, limit);
  // Past the page: cursor at its last item. Out of rounds with the page short: at the last row read.
  const cursorAt = items.length > limit ? page.at(-1)!.id : after;
  const prices = await repo.pricesFrom(
    ctx.db,
    page.map((p) => p.id),
  );
  return {
    items: page.map((p) => ({ ...withShelfLife(p), price_from: prices.get(p.id) ?? null })),
    next_cursor: cursorAt ? encodeCursor(cursorAt) : null,
  };
}

/**
 * Changes a product's descriptive fields, brand, categories, options, temperature class or
 * shelf-life rule (status has its own call).
 */
export async function updateProduct(ctx: Ctx, actor: Actor, id: string, patch: ProductPatch) {
  writeScope(actor);
  const fields = checkFields(patch);
  const food = checkFood(patch);
  return inTransaction(ctx, async (tx) => {
    const p = await productForWrite(tx, actor, id);
    if (patch.brand_id) await checkBrand(tx, patch.brand_id, p.merchant_id);
    if (fields.options) {
      // New options must still describe every variant, or that variant would name values that no longer exist.
      for (const v of await repo.variantsOfProduct(tx.db, id)) {
        try {
          combinationKey(fields.options, v.option_values, v.sku);
        } catch {
          throw conflict('options_in_use', `Variant ${v.sku} uses option values the new options lack; change or archive it first`, { sku: v.sku });
        }
      }
    }
    const categoryIds = patch.category_ids ? await checkCategories(tx, patch.category_ids) : undefined;
    await repo.updateProductRow(tx.db, id, { ...fields, ...food, ...(patch.brand_id !== undefined ? { brand_id: patch.brand_id } : {}) });
    if (categoryIds) await repo.setProductCategories(tx.db, id, categoryIds);
    await refreshSearchText(tx, id);
    await listingWritten(tx, id);
    return view(tx, actor, (await repo.findProduct(tx.db, id))!);
  });
}

/**
 * Moves a product along draft → active → archived (archived → draft to relaunch). Activation
 * needs a verified merchant and an active variant. Asking for the current status changes nothing.
 */
export async function setProductStatus(ctx: Ctx, actor: Actor, id: string, status: ProductStatus) {
  return inTransaction(ctx, async (tx) => {
    const p = await productForWrite(tx, actor, id);
    if (p.status !== status) {
      if (!canTransition(p.status, status)) {
        throw conflict('invalid_transition', `A ${p.status} product cannot become ${status}`, { current_status: p.status, allowed: nextStatuses(p.status) });
      }
      if (status === 'active') {
        if ((await merchantStatus(tx, p.merchant_id)) !== 'verified') throw notVerified(p.merchant_id);
        const variants = await repo.variantsOfProduct(tx.db, id);
        if (!variants.some((v) => v.status === 'active')) throw conflict('no_active_variant', 'A product needs an active variant to be sold');
      }
      await repo.updateProductStatusIf(tx.db, id, p.status, status);
      await listingWritten(tx, id);
    }
    return view(tx, actor, (await repo.findProduct(tx.db, id))!);
  });
}

/** Rebuilds search_text of a brand's products, for when the brand's names change. */
export async function reindexBrandProducts(ctx: Ctx, brandId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const ids = await repo.productIdsOfBrand(tx.db, brandId);
    for (const id of ids) await refreshSearchText(tx, id);
    return ids.length;
  });
}

// ---- variants

const priceOf = (v: { price_amount: number; price_currency: string }) => ({ amount: v.price_amount, currency: v.price_currency });

/** Adds a variant to a product the actor may change; its SKU, GTIN and option combination must be new. */
export async function addVariant(ctx: Ctx, actor: Actor, productId: string, input: NewVariant) {
  writeScope(actor);
  return inTransaction(ctx, async (tx) => {
    const p = await productForWrite(tx, actor, productId);
    if (p.status === 'archived') throw conflict('product_archived', 'Move the product back to draft before adding variants');
    const v = prepareVariant(p.options, input);
    const lot_tracked = lotTracked(input);
    const existing = await repo.variantsOfProduct(tx.db, productId);
    if (existing.length >= MAX_VARIANTS) throw conflict('too_many_variants', `A product has at most ${MAX_VARIANTS} variants`);
    sameCurrency([...existing.map(priceOf), v.price]);
    // Archived variants do not count: a replacement may take over a discontinued one's combination.
    if (existing.some((e) => e.status === 'active' && combinationKey(p.options, e.option_values, e.sku) === v.key)) combinationTaken(v.sku);
    await checkFree(tx, p.merchant_id, [v.sku], v.gtin ? [v.gtin] : []);
    const row = { ...variantInsert(v, productId, p.merchant_id), lot_tracked };
    try {
      await repo.insertVariants(tx.db, [row]);
    } catch (err) {
      rethrowUnique(err);
    }
    await refreshSearchText(tx, productId);
    await listingWritten(tx, productId);
    return variantView((await repo.findVariant(tx.db, row.id))!);
  });
}

/**
 * Changes a variant's price, weight, GTIN (null removes it) or status. An active product keeps
 * at least one active variant, and a variant coming back may not repeat an active one's options.
 * Lot tracking is fixed at creation: only its current value is accepted.
 */
export async function updateVariant(ctx: Ctx, actor: Actor, variantId: string, patch: VariantPatch) {
  const scope = writeScope(actor);
  const gtin = patch.gtin ? gtinOrThrow(patch.gtin) : patch.gtin;
  if (patch.price) checkPrice(patch.price);
  if (patch.weight_g !== undefined && (!Number.isInteger(patch.weight_g) || patch.weight_g < 0))
    throw badRequest('invalid_weight', 'weight_g is whole grams, 0 or more');
  return inTransaction(ctx, async (tx) => {
    const found = await repo.findVariant(tx.db, variantId);
    if (!found || (scope !== null && found.merchant_id !== scope)) throw notFound('variant', variantId);
    const p = await productForWrite(tx, actor, found.product_id);
    // Read again under the product's lock, which every change to its variants takes first.
    const all = await repo.variantsOfProduct(tx.db, p.id);
    const current = all.find((v) => v.id === variantId)!;
    const others = all.filter((v) => v.id !== variantId);
    // Stock already in the ledger has no lots, so switching tracking on (or off, orphaning lots) is refused.
    if (patch.lot_tracked !== undefined && patch.lot_tracked !== current.lot_tracked)
      throw conflict(
        'lot_tracking_fixed',
        `Variant ${current.sku} is ${current.lot_tracked ? '' : 'not '}lot-tracked; that is fixed when a variant is created`,
        {
          lot_tracked: current.lot_tracked,
        },
      );
    if (patch.price) sameCurrency([...others.map(priceOf), patch.price]);
    if (gtin) await checkFree(tx, p.merchant_id, [], [gtin], variantId);
    if (patch.status === 'active' && current.status === 'archived') {
      const key = combinationKey(p.options, current.option_values, current.sku);
      if (others.some((o) => o.status === 'active' && combinationKey(p.options, o.option_values, o.sku) === key)) combinationTaken(current.sku);
    }
    if (patch.status === 'archived' && current.status === 'active' && p.status === 'active' && !others.some((o) => o.status === 'active')) {
      throw conflict('last_active_variant', 'An active product keeps at least one active variant; archive the product instead');
    }
    const set = {
      ...(gtin !== undefined ? { gtin } : {}),
      ...(patch.weight_g !== undefined ? { weight_g: patch.weight_g } : {}),
      ...(patch.price ? { price_amount: patch.price.amount, price_currency: patch.price.currency } : {}),
      ...(patch.status ? { status: patch.status } : {}),
    };
    try {
      // A patch of only the unchanged lot_tracked changes nothing, updated_at included.
      if (Object.keys(set).length > 0) await repo.updateVariantRow(tx.db, variantId, set);
    } catch (err) {
      rethrowUnique(err);
    }
    if (set.price_amount !== undefined || set.status !== undefined) await listingWritten(tx, p.id);
    return variantView((await repo.findVariant(tx.db, variantId))!);
  });
}

/** The variant if the actor may see it: as its product, and only active variants for the public. */
async function visibleVariant(ctx: Ctx, actor: Actor, id: string) {
  const v = await repo.findVariant(ctx.db, id);
  const p = v && (await repo.findProduct(ctx.db, v.product_id));
  if (!v || !p || !(await canView(ctx, actor, p))) return null;
  if (v.status !== 'active' && !seesAll(actor, p.merchant_id)) return null;
  return v;
}

/** One variant, with the same visibility as its product. */
export async function getVariant(ctx: Ctx, actor: Actor, id: string) {
  const v = await visibleVariant(ctx, actor, id);
  if (!v) throw notFound('variant', id);
  return variantView(v);
}

/** Looks a variant up by a scanned GTIN-8/12/13/14: zero or one item the actor may see. */
export async function findVariantsByGtin(ctx: Ctx, actor: Actor, gtin: string) {
  const row = await repo.variantRowByGtin(ctx.db, gtinOrThrow(gtin));
  const v = row ? await visibleVariant(ctx, actor, row.id) : null;
  return { items: v ? [variantView(v)] : [] };
}

// Reads for other modules live in lookups.ts; they are part of this service's surface.
export { activeVariantPrices, categoryAncestors, productCategoryPaths, productOwner, variantByGtin, variantsByIds } from './lookups.ts';
