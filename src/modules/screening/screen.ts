// Screening a listing against registered brands: the match rules find brand uses, the judgement rules
// decide. Pure: the caller loads the registrations (approved, not lapsed) and passes exchange rates
// as a function.
import { type Rule, DEFAULT_RULES, detectUses, judgePrice, judgeUnauthorised, validateRules } from './rules.ts';
import type { BrandUse, Convert, Finding, Listing, Registration, ScreenResult } from './types.ts';

export interface ScreenOptions {
  /** The rule set (default DEFAULT_RULES); rules with enabled: false are skipped. */
  rules?: readonly Rule[];
  /** Converts a price to a reference price's currency (minor units), or null without a rate. */
  convert?: Convert;
}

/**
 * Screens a listing: `held` when any finding has severity hold (an unauthorised seller using a
 * registered brand), else `live`, with the codes of flag-severity findings (a price far below the
 * reference) in `flags`. Throws a RangeError for an invalid rule set.
 */
export function screenListing(listing: Listing, registrations: readonly Registration[], options: ScreenOptions = {}): ScreenResult {
  const all = options.rules ?? DEFAULT_RULES;
  if (options.rules) {
    const errors = validateRules(options.rules);
    if (errors.length) throw new RangeError(`invalid screening rules: ${errors.join('; ')}`);
  }
  const rules = all.filter((r) => r.enabled !== false);
  const uses: BrandUse[] = [];
  for (const r of rules) if (r.kind === 'brand_field_match' || r.kind === 'text_match') uses.push(...detectUses(r, listing, registrations));
  const findings: Finding[] = [];
  for (const r of rules) {
    if (r.kind === 'unauthorised_seller') findings.push(...judgeUnauthorised(r, listing, uses, registrations));
    else if (r.kind === 'price_far_below_reference') findings.push(...judgePrice(r, listing, registrations, uses, options.convert));
  }
  const flags = [...new Set(findings.filter((f) => f.severity === 'flag').map((f) => f.rule))];
  return { decision: findings.some((f) => f.severity === 'hold') ? 'held' : 'live', flags, findings, uses };
}
