import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { merchantStatus } from '../merchants/service.ts';
import { type BrandPatch, findBrand, findBrandBySlug, insertBrand, isUniqueViolation, listBrandRows, updateBrandRow } from './repository.ts';
import { isSlug, slugify } from './slug.ts';

export interface NewBrand {
  name_en: string;
  name_zh: string;
  slug?: string;
  merchant_id?: string;
}

/** The merchant a non-operator manages brands for: its owner or one of its brand owners; else null. */
function brandManagerOf(actor: Actor): string | null {
  if (actor.kind !== 'user' || !actor.merchantId) return null;
  if (actor.role === 'brand_owner' || (actor.role === 'merchant' && actor.merchantRole === 'owner')) return actor.merchantId;
  return null;
}

const slugTaken = (slug: string) => conflict('brand_slug_taken', `The slug ${slug} is taken by another brand`, { slug });

function checkSlug(slug: string): string {
  if (!isSlug(slug)) throw badRequest('invalid_slug', 'A slug is lowercase a-z, 0-9 and inner hyphens, at most 80 characters');
  return slug;
}

/** Writes a brand change; a slug taken meanwhile by a concurrent writer is the same 409 as one taken before. */
async function guardSlug<T>(slug: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (slug !== undefined && isUniqueViolation(err)) throw slugTaken(slug);
    throw err;
  }
}

/**
 * Creates a brand. A merchant owner or brand owner creates for their own merchant (another
 * merchant's id is not found); an operator names the merchant. The slug defaults to one made from name_en.
 */
export async function createBrand(ctx: Ctx, actor: Actor, input: NewBrand) {
  let merchantId: string;
  if (isOperator(actor)) {
    if (!input.merchant_id) throw badRequest('merchant_required', 'An operator creating a brand names its merchant (merchant_id)');
    if ((await merchantStatus(ctx, input.merchant_id)) === null) throw notFound('merchant', input.merchant_id);
    merchantId = input.merchant_id;
  } else {
    const own = brandManagerOf(actor);
    if (!own) throw forbidden('Only the merchant owner, a brand owner or an operator may create brands');
    if (input.merchant_id && input.merchant_id !== own) throw notFound('merchant', input.merchant_id);
    merchantId = own;
  }
  const nameEn = input.name_en.trim();
  const slug = input.slug !== undefined ? checkSlug(input.slug) : slugify(nameEn);
  if (!slug) throw badRequest('slug_required', 'name_en gives no usable slug; send one (a-z, 0-9, hyphens)');
  if (await findBrandBySlug(ctx.db, slug)) throw slugTaken(slug);
  const id = newId('brand');
  await guardSlug(slug, () => insertBrand(ctx.db, { id, merchant_id: merchantId, slug, name_en: nameEn, name_zh: input.name_zh.trim() }));
  return (await findBrand(ctx.db, id))!;
}

/** Lists brands; names are public, so everyone sees every brand. */
export async function listBrands(ctx: Ctx, _actor: Actor, q: { merchant_id?: string; q?: string; limit?: number; cursor?: string }) {
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await listBrandRows(ctx.db, { merchant_id: q.merchant_id, q: q.q?.trim() || undefined, after, limit });
  return pageOf(rows, limit, (r) => r.id);
}

/** One brand (public). */
export async function getBrand(ctx: Ctx, _actor: Actor, id: string) {
  const row = await findBrand(ctx.db, id);
  if (!row) throw notFound('brand', id);
  return row;
}

/** Renames a brand or changes its slug: its merchant's owner or brand owners, or an operator; other tenants get not found. */
export async function updateBrand(ctx: Ctx, actor: Actor, id: string, patch: BrandPatch) {
  const current = await findBrand(ctx.db, id);
  if (!current) throw notFound('brand', id);
  if (!isOperator(actor)) {
    const own = brandManagerOf(actor);
    // Same tenant but not a manager (staff, API key): forbidden; any other tenant: not found.
    if (own !== current.merchant_id) {
      if (merchantOf(actor) === current.merchant_id) throw forbidden('Only the merchant owner or a brand owner may change brands');
      throw notFound('brand', id);
    }
  }
  const clean: BrandPatch = {};
  if (patch.name_en !== undefined) clean.name_en = patch.name_en.trim();
  if (patch.name_zh !== undefined) clean.name_zh = patch.name_zh.trim();
  if (patch.slug !== undefined && patch.slug !== current.slug) {
    clean.slug = checkSlug(patch.slug);
    if (await findBrandBySlug(ctx.db, clean.slug)) throw slugTaken(clean.slug);
  }
  if (Object.keys(clean).length === 0) return current;
  await guardSlug(clean.slug, () => updateBrandRow(ctx.db, id, clean));
  return (await findBrand(ctx.db, id))!;
}

/** For other modules: whether a brand belongs to a merchant (false when either does not exist). */
export async function brandBelongsTo(ctx: Ctx, brandId: string, merchantId: string): Promise<boolean> {
  const row = await findBrand(ctx.db, brandId);
  return row?.merchant_id === merchantId;
}

/** For other modules: a brand's names in English and Chinese, or null when there is no such brand. */
export async function brandNames(ctx: Ctx, brandId: string): Promise<{ name_en: string; name_zh: string } | null> {
  const row = await findBrand(ctx.db, brandId);
  return row ? { name_en: row.name_en, name_zh: row.name_zh } : null;
}
