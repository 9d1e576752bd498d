import { inTransaction } from '../db/transaction.ts';
import type { Ctx } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { updateBrand } from '../modules/brands/service.ts';
import { reindexBrandProducts } from '../modules/catalog/service.ts';

/**
 * Renames a brand and re-indexes its products for search in the same transaction, so a search
 * for the new name finds them at once (brand names are part of each product's search text).
 */
export function renameBrand(ctx: Ctx, actor: Actor, id: string, patch: Parameters<typeof updateBrand>[3]) {
  return inTransaction(ctx, async (tx) => {
    const brand = await updateBrand(tx, actor, id, patch);
    if (patch.name_en !== undefined || patch.name_zh !== undefined) await reindexBrandProducts(tx, id);
    return brand;
  });
}
