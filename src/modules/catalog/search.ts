import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * Catalogue search is substring search over one folded text per product (products.search_text),
 * served by the pg_trgm GIN index products_search_idx. Substrings rather than words because
 * Chinese has no spaces: 牛仔裤 must match inside 修身直筒牛仔裤.
 */

export const MAX_TERMS = 8;

/**
 * The one folding both sides go through: NFKC turns full-width Latin (ＤＥＮＩＭ, common in
 * Chinese input) into ASCII, then lower case. Search_text and query terms must fold alike.
 */
export function foldForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/**
 * The text a product is found by: titles, descriptions, brand names (en and zh) and SKUs,
 * folded. Parts are joined by newlines, which no query term contains (terms split on
 * whitespace), so a term never matches across two fields.
 */
export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => foldForSearch(p ?? '').trim())
    .filter((p) => p !== '')
    .join('\n');
}

/** Query terms: folded, split on any whitespace (ideographic space too), de-duplicated, at most MAX_TERMS. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(foldForSearch(q).split(/\s+/u).filter(Boolean))].slice(0, MAX_TERMS);
}

/** A LIKE pattern matching `term` anywhere; %, _ and the escape character itself match literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The condition "every term occurs in `column`", or null when there are no terms. Backslash is
 * PostgreSQL's default LIKE escape, so the patterns need no ESCAPE clause.
 */
export function searchCondition(column: string, q: string | undefined): Expression<SqlBool> | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const conditions = terms.map((t) => sql<SqlBool>`${sql.ref(column)} ilike ${likePattern(t)}`);
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}
