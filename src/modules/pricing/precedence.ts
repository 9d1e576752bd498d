import type { RoundingMode } from './rounding.ts';

export type PriceRuleScope = 'default' | 'category' | 'merchant';

/** What rule choice needs of a price rule (all of one sale currency). */
export interface RuleLike {
  id: string;
  scope: PriceRuleScope;
  category_id: string | null;
  merchant_id: string | null;
  markup_bp: number;
  rounding: RoundingMode;
}

/** No rule at all: no markup, no rounding. */
export const NO_RULE = { id: null, markup_bp: 0, rounding: 'none' as RoundingMode };

/**
 * The rule that prices a product: the merchant's own rule, else the rule of the product's category
 * or of its nearest ancestor, else the default rule, else none (null).
 *
 * `categoryPaths` holds one path per category the product is in, each nearest first (the category,
 * its parent, …). A rule on a nearer category beats one further up in any path; when two
 * categories at the same distance both have rules, the older rule (smaller id; ids sort by
 * creation) wins, so the choice never depends on the order rows come back in.
 */
export function chooseRule<R extends RuleLike>(rules: readonly R[], merchantId: string, categoryPaths: readonly (readonly string[])[]): R | null {
  const older = (a: R | undefined, b: R) => (a === undefined || b.id < a.id ? b : a);
  let merchant: R | undefined;
  let fallback: R | undefined;
  const byCategory = new Map<string, R>();
  for (const r of rules) {
    if (r.scope === 'merchant' && r.merchant_id === merchantId) merchant = older(merchant, r);
    else if (r.scope === 'default') fallback = older(fallback, r);
    else if (r.scope === 'category' && r.category_id !== null) byCategory.set(r.category_id, older(byCategory.get(r.category_id), r));
  }
  if (merchant) return merchant;
  const depth = Math.max(0, ...categoryPaths.map((p) => p.length));
  for (let d = 0; d < depth; d++) {
    let found: R | undefined;
    for (const path of categoryPaths) {
      const cat = path[d];
      const rule = cat === undefined ? undefined : byCategory.get(cat);
      if (rule) found = older(found, rule);
    }
    if (found) return found;
  }
  return fallback ?? null;
}
