/** A brand slug: lowercase a-z, 0-9 and single inner hyphens, at most 80 characters. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const SLUG_MAX = 80;

/**
 * Derives a slug from an English name: accents dropped ("Crème" → "creme"), every run of other
 * characters becomes one hyphen. Empty when nothing usable is left (a name in another script).
 */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, SLUG_MAX).replace(/-+$/, '');
}

export function isSlug(s: string): boolean {
  return s.length <= SLUG_MAX && new RegExp(SLUG_PATTERN).test(s);
}
