import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ModerationState, ProductOption, ProductStatus, ProductsTable, TemperatureClass, VariantsTable } from './schema.ts';
import { searchCondition } from './search.ts';

type Db = Kysely<DB>;

export const PRODUCT_COLUMNS = [
  'id',
  'merchant_id',
  'brand_id',
  'title_en',
  'title_zh',
  'description_en',
  'description_zh',
  'hs_code',
  'origin_country',
  'image_urls',
  'options',
  'status',
  'moderation',
  'moderation_code',
  'moderation_reason',
  'moderated_at',
  'temperature_class',
  'min_shelf_life_days',
  'min_shelf_life_fraction',
  'created_at',
  'updated_at',
] as const;

export const SUMMARY_COLUMNS = [
  'id',
  'merchant_id',
  'brand_id',
  'title_en',
  'title_zh',
  'status',
  'moderation',
  'image_urls',
  'temperature_class',
  'min_shelf_life_days',
  'min_shelf_life_fraction',
  'created_at',
  'updated_at',
] as const;

export const VARIANT_COLUMNS = [
  'id',
  'product_id',
  'merchant_id',
  'sku',
  'gtin',
  'option_values',
  'weight_g',
  'price_amount',
  'price_currency',
  'status',
  'lot_tracked',
  'created_at',
  'updated_at',
] as const;

export type ProductRow = Pick<Selectable<ProductsTable>, (typeof PRODUCT_COLUMNS)[number]>;
export type VariantRow = Pick<Selectable<VariantsTable>, (typeof VARIANT_COLUMNS)[number]>;

// ---- categories

export function insertCategory(db: Db, row: { id: string; slug: string; parent_id: string | null; name_en: string; name_zh: string; position: number }) {
  return db.insertInto('categories').values(row).execute();
}

export function findCategory(db: Db, id: string) {
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCategoryBySlug(db: Db, slug: string) {
  return db.selectFrom('categories').select('id').where('slug', '=', slug).executeTakeFirst();
}

export function listCategoryRows(db: Db) {
  return db.selectFrom('categories').selectAll().orderBy('position').orderBy('slug').execute();
}

export async function existingCategoryIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('categories').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** A category and all categories below it; UNION (not ALL) stops at any cycle. */
export async function categorySubtree(db: Db, rootId: string): Promise<string[]> {
  const res = await sql<{ id: string }>`
    with recursive tree as (
      select id from categories where id = ${rootId}
      union
      select c.id from categories c join tree t on c.parent_id = t.id
    )
    select id from tree`.execute(db);
  return res.rows.map((r) => r.id);
}

export function categoriesOfProduct(db: Db, productId: string) {
  return db
    .selectFrom('product_categories as pc')
    .innerJoin('categories as c', 'c.id', 'pc.category_id')
    .select(['c.id', 'c.slug', 'c.name_en', 'c.name_zh'])
    .where('pc.product_id', '=', productId)
    .orderBy('c.position')
    .orderBy('c.slug')
    .execute();
}

export async function setProductCategories(db: Db, productId: string, categoryIds: string[]): Promise<void> {
  await db.deleteFrom('product_categories').where('product_id', '=', productId).execute();
  if (categoryIds.length === 0) return;
  await db
    .insertInto('product_categories')
    .values(categoryIds.map((category_id) => ({ product_id: productId, category_id })))
    .execute();
}

// ---- products

export interface ProductInsert {
  id: string;
  merchant_id: string;
  brand_id: string | null;
  title_en: string;
  title_zh: string;
  description_en: string;
  description_zh: string;
  hs_code: string;
  origin_country: string;
  image_urls: string[];
  options: ProductOption[];
  status: ProductStatus;
  temperature_class?: TemperatureClass;
  /** At most one of the two shelf-life rules is set (a check constraint holds it). */
  min_shelf_life_days?: number | null;
  min_shelf_life_fraction?: number | null;
}

export function insertProduct(db: Db, row: ProductInsert) {
  return db
    .insertInto('products')
    .values({ ...row, image_urls: JSON.stringify(row.image_urls), options: JSON.stringify(row.options) })
    .execute();
}

/** One product; `lock` takes a row lock so concurrent changes to it (and its variants) queue. */
export function findProduct(db: Db, id: string, lock = false): Promise<ProductRow | undefined> {
  const q = db.selectFrom('products').select(PRODUCT_COLUMNS).where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

export type ProductUpdate = Partial<Omit<ProductInsert, 'id' | 'merchant_id' | 'status'>>;

export function updateProductRow(db: Db, id: string, patch: ProductUpdate) {
  const { image_urls, options, ...rest } = patch;
  return db
    .updateTable('products')
    .set({
      ...rest,
      ...(image_urls !== undefined ? { image_urls: JSON.stringify(image_urls) } : {}),
      ...(options !== undefined ? { options: JSON.stringify(options) } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Moves a product from one status to another; false when it was no longer in `from`. */
export async function updateProductStatusIf(db: Db, id: string, from: ProductStatus, to: ProductStatus): Promise<boolean> {
  const res = await db.updateTable('products').set({ status: to, updated_at: new Date() }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface ProductFilter {
  merchantId?: string | undefined;
  status?: ProductStatus | undefined;
  /** Only listings the platform has not held or taken down (what the public may see). */
  unmoderated?: boolean | undefined;
  brandId?: string | undefined;
  categoryIds?: string[] | undefined;
  q?: string | undefined;
  after?: string | undefined;
  limit: number;
}

/** Products in id order (ids sort by creation), after the cursor, matching every filter given. */
export function listProductRows(db: Db, f: ProductFilter) {
  let query = db.selectFrom('products as p').select(SUMMARY_COLUMNS.map((c) => `p.${c}` as const));
  if (f.merchantId) query = query.where('p.merchant_id', '=', f.merchantId);
  if (f.status) query = query.where('p.status', '=', f.status);
  if (f.unmoderated) query = query.where('p.moderation', 'is', null);
  if (f.brandId) query = query.where('p.brand_id', '=', f.brandId);
  if (f.categoryIds) {
    const ids = f.categoryIds;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('product_categories as pc').select('pc.product_id').whereRef('pc.product_id', '=', 'p.id').where('pc.category_id', 'in', ids)),
    );
  }
  const search = searchCondition('p.search_text', f.q);
  if (search) query = query.where(search);
  if (f.after) query = query.where('p.id', '>', f.after);
  return query.orderBy('p.id').limit(f.limit).execute();
}

/** The lowest active-variant price of each product (variants of one product share a currency). */
export async function pricesFrom(db: Db, productIds: string[]): Promise<Map<string, { amount: number; currency: string }>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('variants')
    .select(['product_id', 'price_currency', (eb) => eb.fn.min<number>('price_amount').as('amount')])
    .where('product_id', 'in', productIds)
    .where('status', '=', 'active')
    .groupBy(['product_id', 'price_currency'])
    .execute();
  return new Map(rows.map((r) => [r.product_id, { amount: Number(r.amount), currency: r.price_currency }]));
}

/**
 * For each product, the categories it is in, each with its ancestors nearest first: rows of
 * (product, the category it is in, a category on the way up, distance). The depth bound stops at
 * a cycle in parent_id, which nothing else prevents.
 */
export async function categoryPathRows(db: Db, productIds: string[]) {
  if (productIds.length === 0) return [];
  const res = await sql<{ product_id: string; leaf_id: string; category_id: string; depth: number }>`
    with recursive up as (
      select pc.product_id, pc.category_id as leaf_id, c.id as category_id, c.parent_id, 0 as depth
      from product_categories pc join categories c on c.id = pc.category_id
      where pc.product_id in (${sql.join(productIds)})
      union all
      select up.product_id, up.leaf_id, c.id, c.parent_id, up.depth + 1
      from up join categories c on c.id = up.parent_id
      where up.depth < 32
    )
    select product_id, leaf_id, category_id, depth from up order by product_id, leaf_id, depth`.execute(db);
  return res.rows;
}

/** The active variants of these products with their list prices, in product then variant id order. */
export function activeVariantPriceRows(db: Db, productIds: string[]) {
  return db
    .selectFrom('variants')
    .select(['id as variant_id', 'product_id', 'merchant_id', 'price_amount', 'price_currency'])
    .where('product_id', 'in', productIds)
    .where('status', '=', 'active')
    .orderBy('product_id')
    .orderBy('id')
    .execute();
}

/** What search_text is made of, apart from brand names (which the brands module owns). */
export async function searchSources(db: Db, productId: string) {
  const p = await db
    .selectFrom('products')
    .select(['brand_id', 'title_en', 'title_zh', 'description_en', 'description_zh'])
    .where('id', '=', productId)
    .executeTakeFirstOrThrow();
  const skus = await db.selectFrom('variants').select('sku').where('product_id', '=', productId).orderBy('id').execute();
  return { ...p, skus: skus.map((s) => s.sku) };
}

export function setSearchText(db: Db, productId: string, text: string) {
  return db.updateTable('products').set({ search_text: text }).where('id', '=', productId).execute();
}

export async function productIdsOfBrand(db: Db, brandId: string): Promise<string[]> {
  const rows = await db.selectFrom('products').select('id').where('brand_id', '=', brandId).execute();
  return rows.map((r) => r.id);
}

// ---- variants

export interface VariantInsert {
  id: string;
  product_id: string;
  merchant_id: string;
  sku: string;
  gtin: string | null;
  option_values: Record<string, string>;
  weight_g: number;
  price_amount: number;
  price_currency: string;
  /** Fixed at creation: stock already in the ledger would have no lots. */
  lot_tracked?: boolean;
}

export async function insertVariants(db: Db, rows: VariantInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('variants')
    .values(rows.map((r) => ({ ...r, option_values: JSON.stringify(r.option_values) })))
    .execute();
}

export function findVariant(db: Db, id: string): Promise<VariantRow | undefined> {
  return db.selectFrom('variants').select(VARIANT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function variantsOfProduct(db: Db, productId: string): Promise<VariantRow[]> {
  return db.selectFrom('variants').select(VARIANT_COLUMNS).where('product_id', '=', productId).orderBy('id').execute();
}

export function updateVariantRow(db: Db, id: string, patch: Partial<Pick<VariantRow, 'gtin' | 'weight_g' | 'price_amount' | 'price_currency' | 'status'>>) {
  return db
    .updateTable('variants')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Which of these SKUs the merchant already uses. */
export async function takenSkus(db: Db, merchantId: string, skus: string[]): Promise<string[]> {
  if (skus.length === 0) return [];
  const rows = await db.selectFrom('variants').select('sku').where('merchant_id', '=', merchantId).where('sku', 'in', skus).execute();
  return rows.map((r) => r.sku);
}

/** Which of these (14-digit) GTINs any variant already carries, other than `exceptId`. */
export async function takenGtins(db: Db, gtins: string[], exceptId?: string): Promise<string[]> {
  if (gtins.length === 0) return [];
  let q = db.selectFrom('variants').select('gtin').where('gtin', 'in', gtins);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.execute()).map((r) => r.gtin!);
}

const FOREIGN_VARIANT_COLUMNS = [
  'v.id',
  'v.product_id',
  'v.merchant_id',
  'v.sku',
  'v.gtin',
  'v.price_amount',
  'v.price_currency',
  'v.status',
  // A held or taken-down listing is not for sale whatever its own status says: callers that check
  // product_status === 'active' (checkout, till) refuse it without knowing about moderation.
  sql<ProductStatus | ModerationState>`coalesce(p.moderation, p.status)`.as('product_status'),
  'p.title_en',
  'p.title_zh',
  'v.lot_tracked',
  'p.temperature_class',
  'p.min_shelf_life_days',
  'p.min_shelf_life_fraction',
  'p.hs_code',
] as const;

/** Variants with what other modules (stock, checkout) need of their product. */
export function variantRowsByIds(db: Db, ids: string[]) {
  return db
    .selectFrom('variants as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .select(FOREIGN_VARIANT_COLUMNS)
    .where('v.id', 'in', ids)
    .orderBy('v.id')
    .execute();
}

export function variantRowByGtin(db: Db, gtin14: string) {
  return db
    .selectFrom('variants as v')
    .innerJoin('products as p', 'p.id', 'v.product_id')
    .select(FOREIGN_VARIANT_COLUMNS)
    .where('v.gtin', '=', gtin14)
    .executeTakeFirst();
}

/** The constraint a unique violation broke, or null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string } | null;
  if (e?.code !== '23505') return null;
  return e.constraint ?? e.detail ?? e.message ?? '';
}

/** The merchant owning a product (undefined when there is none). */
export async function productMerchant(db: Db, productId: string): Promise<string | undefined> {
  return (await db.selectFrom('products').select('merchant_id').where('id', '=', productId).executeTakeFirst())?.merchant_id;
}

/** A category and its ancestors, nearest first (a cycle in parent_id ends the walk). */
export async function categoryAncestorIds(db: Db, id: string): Promise<string[]> {
  const rows = await sql<{ id: string; depth: number }>`
    with recursive up (id, parent_id, depth, seen) as (
      select id, parent_id, 0, array[id] from categories where id = ${id}
      union all
      select c.id, c.parent_id, up.depth + 1, up.seen || c.id
      from categories c join up on c.id = up.parent_id
      where not c.id = any (up.seen) and up.depth < 64
    )
    select id, depth from up order by depth
  `.execute(db);
  return rows.rows.map((r) => r.id);
}
