// The catalog's reads for other modules: no visibility rules (callers apply their own), ids in,
// rows out. Re-exported by service.ts, which is how other modules reach them.
import type { Ctx } from '../../http/types.ts';
import { normaliseGtin } from '../../shared/gtin.ts';
import * as repo from './repository.ts';

/** For other modules: the merchant owning a product, or null when there is no such product. */
export async function productOwner(ctx: Ctx, productId: string): Promise<string | null> {
  return (await repo.productMerchant(ctx.db, productId)) ?? null;
}

/** For other modules: a category and its ancestors, nearest first; empty when there is no such category. */
export async function categoryAncestors(ctx: Ctx, categoryId: string): Promise<string[]> {
  return repo.categoryAncestorIds(ctx.db, categoryId);
}

/**
 * For other modules (stock, checkout): variants with their product's status and titles, in id
 * order; unknown ids are left out. No visibility rules: callers apply their own.
 */
export async function variantsByIds(ctx: Ctx, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return repo.variantRowsByIds(ctx.db, unique);
}

/** For other modules: the variant carrying a GTIN (any of its 8/12/13/14-digit forms), or null (also for a malformed GTIN). */
export async function variantByGtin(ctx: Ctx, gtin: string) {
  const g = normaliseGtin(gtin);
  return g ? ((await repo.variantRowByGtin(ctx.db, g)) ?? null) : null;
}

// ---- for pricing (issue 6)

/**
 * For other modules (pricing): each product's categories, one path per category it is in, each
 * path nearest first (the category, its parent, …, the root). Products without categories are
 * left out. One query for all products.
 */
export async function productCategoryPaths(ctx: Ctx, productIds: string[]): Promise<Map<string, string[][]>> {
  const rows = await repo.categoryPathRows(ctx.db, [...new Set(productIds)]);
  const paths = new Map<string, Map<string, string[]>>();
  for (const r of rows) {
    const byLeaf = paths.get(r.product_id) ?? new Map<string, string[]>();
    paths.set(r.product_id, byLeaf);
    const path = byLeaf.get(r.leaf_id) ?? [];
    byLeaf.set(r.leaf_id, path);
    // Rows come depth-ordered; a category seen again is a cycle in parent_id, which ends the path.
    if (!path.includes(r.category_id)) path.push(r.category_id);
  }
  return new Map([...paths].map(([productId, byLeaf]) => [productId, [...byLeaf.values()]]));
}

/**
 * For other modules (pricing): the active variants of these products with their list prices, in
 * product then variant id order. No visibility rules: callers pass products they may show.
 */
export async function activeVariantPrices(ctx: Ctx, productIds: string[]) {
  const unique = [...new Set(productIds)];
  if (unique.length === 0) return [];
  return repo.activeVariantPriceRows(ctx.db, unique);
}
