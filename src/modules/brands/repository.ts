import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { BrandsTable } from './schema.ts';

export const BRAND_COLUMNS = ['id', 'merchant_id', 'slug', 'name_en', 'name_zh', 'created_at', 'updated_at'] as const;

export function findBrand(db: Kysely<DB>, id: string) {
  return db.selectFrom('brands').select(BRAND_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findBrandBySlug(db: Kysely<DB>, slug: string) {
  return db.selectFrom('brands').select('id').where('slug', '=', slug).executeTakeFirst();
}

export async function insertBrand(db: Kysely<DB>, row: Omit<BrandsTable, 'created_at' | 'updated_at'>): Promise<void> {
  await db.insertInto('brands').values(row).execute();
}

export type BrandPatch = Partial<Pick<BrandsTable, 'name_en' | 'name_zh' | 'slug'>>;

export async function updateBrandRow(db: Kysely<DB>, id: string, patch: BrandPatch): Promise<void> {
  await db
    .updateTable('brands')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listBrandRows(db: Kysely<DB>, q: { merchant_id?: string; q?: string; after?: string; limit: number }) {
  let query = db
    .selectFrom('brands')
    .select(BRAND_COLUMNS)
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.merchant_id) query = query.where('merchant_id', '=', q.merchant_id);
  if (q.q) {
    const p = likePattern(q.q);
    query = query.where((eb) => eb.or([eb('name_en', 'ilike', p), eb('name_zh', 'ilike', p), eb('slug', 'ilike', p)]));
  }
  if (q.after) query = query.where('id', '>', q.after);
  return query.execute();
}

/** True when the error is PostgreSQL's unique violation (23505). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}
