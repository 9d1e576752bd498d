// Screening rules as data. Match rules find where a listing uses a registered brand (a BrandUse, not
// yet a problem); judgement rules turn uses and prices into findings with a severity. Each rule is
// evaluated by its own exported function, so each can be tested alone; screen.ts runs a rule set.
import { type NormaliseStep, type Normalised, ALL_STEPS, isNormaliseStep, normalise } from './normalise.ts';
import type { BrandUse, Convert, Finding, Language, Listing, Registration, Severity } from './types.ts';

/** How a match rule compares names with text. */
export interface MatchParams {
  /** Normalisation steps applied to both the names and the text. */
  steps: NormaliseStep[];
  /**
   * A name must start and end at word boundaries of the normalised text ("levis" is not found in
   * "television", "champion" not in "championship"). CJK characters are boundaries on both sides.
   */
  word_boundaries: boolean;
  /** Names at least this long (normalised characters) match inside words too; null: never. */
  containment_min_length: number | null;
  /** Names shorter than this once normalised are not searched (a one-letter alias would match everywhere). */
  min_name_length: number;
}

interface RuleBase {
  code: string;
  description: string;
  /** false switches the rule off without removing it from the set. */
  enabled?: boolean;
}

/** Finds a registered name in the listing's brand field. */
export interface BrandFieldRule extends RuleBase {
  kind: 'brand_field_match';
  params: MatchParams;
}

/** Finds a registered name (any of its names and aliases) in a text field, per language. */
export interface TextMatchRule extends RuleBase {
  kind: 'text_match';
  params: MatchParams & { field: 'title' | 'description'; languages: Language[] };
}

/** A brand use by a merchant the registration does not authorise (for the listing's country / product line). */
export interface UnauthorisedSellerRule extends RuleBase {
  kind: 'unauthorised_seller';
  severity: Severity;
  params: {
    /** When an authorisation is scoped (country / product line) and the listing does not say: not authorised (default) or authorised. */
    listing_without_scope: 'not_authorised' | 'authorised';
  };
}

/** A listing priced below a percentage of the brand's reference price for its product. */
export interface PriceBelowReferenceRule extends RuleBase {
  kind: 'price_far_below_reference';
  severity: Severity;
  params: {
    /** Flag when price < threshold_percent % of the reference (strictly below). */
    threshold_percent: number;
    /** Only for brands the listing was found to use; false: any brand with a reference for the product. */
    require_brand_use: boolean;
  };
}

export type MatchRule = BrandFieldRule | TextMatchRule;
export type Rule = MatchRule | UnauthorisedSellerRule | PriceBelowReferenceRule;

const MATCH_DEFAULTS: MatchParams = { steps: [...ALL_STEPS], word_boundaries: true, containment_min_length: null, min_name_length: 2 };

/** The default rule set: brand field, titles and descriptions in en and zh; unauthorised use holds; a price under half the reference flags. */
export const DEFAULT_RULES: readonly Rule[] = [
  {
    code: 'brand_field_match',
    kind: 'brand_field_match',
    description: "The listing's brand field names a registered brand (a name or an alias, after normalisation).",
    params: { ...MATCH_DEFAULTS },
  },
  {
    code: 'title_match',
    kind: 'text_match',
    description: 'The title, in English or Chinese, contains a registered brand name or alias as a word, after normalisation.',
    params: { ...MATCH_DEFAULTS, field: 'title', languages: ['en', 'zh'] },
  },
  {
    code: 'description_match',
    kind: 'text_match',
    description: 'The description, in English or Chinese, contains a registered brand name or alias as a word, after normalisation.',
    params: { ...MATCH_DEFAULTS, field: 'description', languages: ['en', 'zh'] },
  },
  {
    code: 'unauthorised_seller',
    kind: 'unauthorised_seller',
    description: 'A registered brand is used by a merchant that is neither its owner nor an authorised seller for the listing’s country and product line.',
    severity: 'hold',
    params: { listing_without_scope: 'not_authorised' },
  },
  {
    code: 'price_far_below_reference',
    kind: 'price_far_below_reference',
    description: "The price is below a percentage (default 50%) of the brand's reference price for the listing's product.",
    severity: 'flag',
    params: { threshold_percent: 50, require_brand_use: true },
  },
];

/** The problems with a rule set read from storage (empty when it is usable). */
export function validateRules(rules: readonly Rule[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    const at = `rule ${JSON.stringify(r.code)}`;
    if (!r.code) errors.push('a rule has no code');
    if (seen.has(r.code)) errors.push(`${at}: duplicate code`);
    seen.add(r.code);
    switch (r.kind) {
      case 'brand_field_match':
      case 'text_match': {
        const p = r.params;
        for (const s of p.steps) if (!isNormaliseStep(s)) errors.push(`${at}: unknown normalisation step ${JSON.stringify(s)}`);
        if (!Number.isInteger(p.min_name_length) || p.min_name_length < 1) errors.push(`${at}: min_name_length must be a whole number >= 1`);
        if (p.containment_min_length !== null && (!Number.isInteger(p.containment_min_length) || p.containment_min_length < 1))
          errors.push(`${at}: containment_min_length must be null or a whole number >= 1`);
        if (r.kind === 'text_match') {
          if (r.params.field !== 'title' && r.params.field !== 'description') errors.push(`${at}: field must be title or description`);
          if (!r.params.languages.length || r.params.languages.some((l) => l !== 'en' && l !== 'zh')) errors.push(`${at}: languages must be en and/or zh`);
        }
        break;
      }
      case 'unauthorised_seller':
        if (!['hold', 'flag'].includes(r.severity)) errors.push(`${at}: severity must be hold or flag`);
        if (!['not_authorised', 'authorised'].includes(r.params.listing_without_scope)) errors.push(`${at}: bad listing_without_scope`);
        break;
      case 'price_far_below_reference':
        if (!['hold', 'flag'].includes(r.severity)) errors.push(`${at}: severity must be hold or flag`);
        if (!(r.params.threshold_percent > 0 && r.params.threshold_percent <= 100)) errors.push(`${at}: threshold_percent must be in (0, 100]`);
        break;
      default:
        errors.push(`${at}: unknown kind ${JSON.stringify((r as { kind: unknown }).kind)}`);
    }
  }
  return errors;
}

/** An occurrence of a name in a normalised text: [start, end) offsets in that text. */
export interface Occurrence {
  start: number;
  end: number;
}

/** Where the normalised `name` occurs in the normalised `text`; with `wordBoundaries`, only as a whole word (run). */
export function findName(text: Normalised, name: Normalised, wordBoundaries: boolean): Occurrence[] {
  const out: Occurrence[] = [];
  if (!name.text) return out;
  for (let i = text.text.indexOf(name.text); i >= 0; i = text.text.indexOf(name.text, i + 1)) {
    const end = i + name.text.length;
    if (!wordBoundaries || (text.boundary[i] && text.boundary[end])) out.push({ start: i, end });
  }
  return out;
}

/** A registration's names and aliases, as registered, non-empty, in order (en, zh, aliases). */
export function registrationNames(reg: Registration): string[] {
  return [reg.names.en, reg.names.zh, ...reg.aliases].filter((n) => n && n.trim());
}

/** Finds the brand uses one match rule sees in a listing: at most one per registration, field and language (the earliest). */
export function detectUses(rule: MatchRule, listing: Listing, registrations: readonly Registration[]): BrandUse[] {
  const targets: { field: BrandUse['field']; language: Language | null; text: string }[] =
    rule.kind === 'brand_field_match'
      ? [{ field: 'brand', language: null, text: listing.brand_name ?? '' }]
      : rule.params.languages.map((language) => ({ field: rule.params.field, language, text: listing[`${rule.params.field}_${language}` as const] ?? '' }));
  const p = rule.params;
  const names = registrations.map((reg) => ({ reg, names: usableNames(reg, p) }));
  const uses: BrandUse[] = [];
  for (const t of targets) {
    if (!t.text.trim()) continue;
    const text = normalise(t.text, p.steps);
    for (const { reg, names: list } of names) {
      let best: { occ: Occurrence; name: string } | null = null;
      for (const n of list) {
        const whole = p.word_boundaries && !(p.containment_min_length !== null && [...n.norm.text].length >= p.containment_min_length);
        const occ = findName(text, n.norm, whole)[0];
        if (occ && (!best || occ.start < best.occ.start || (occ.start === best.occ.start && occ.end > best.occ.end))) best = { occ, name: n.name };
      }
      if (!best) continue;
      const start = text.from[best.occ.start]!;
      const end = text.to[best.occ.end - 1]!;
      uses.push({
        rule: rule.code,
        field: t.field,
        language: t.language,
        registration_id: reg.id,
        name: best.name,
        excerpt: t.text.slice(start, end),
        start,
        end,
      });
    }
  }
  return uses;
}

function usableNames(reg: Registration, p: MatchParams): { name: string; norm: Normalised }[] {
  const seen = new Set<string>();
  const out: { name: string; norm: Normalised }[] = [];
  for (const name of registrationNames(reg)) {
    const norm = normalise(name, p.steps);
    if ([...norm.text].length < p.min_name_length || seen.has(norm.text)) continue;
    seen.add(norm.text);
    out.push({ name, norm });
  }
  return out;
}

const unauthorisedDefaults = DEFAULT_RULES.find((r): r is UnauthorisedSellerRule => r.kind === 'unauthorised_seller')!;

const scopeEq = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether the listing's merchant may use the registration's brand: the owner always; an authorised
 * seller when each scope its authorisation has (country, product line) is the listing's.
 */
export function isAuthorised(reg: Registration, listing: Listing, rule: Pick<UnauthorisedSellerRule, 'params'> = unauthorisedDefaults): boolean {
  if (reg.owner_merchant_id === listing.merchant_id) return true;
  const lenient = rule.params.listing_without_scope === 'authorised';
  const fits = (scope: string | null | undefined, value: string | null | undefined) => !scope || (value ? scopeEq(scope, value) : lenient);
  return reg.authorised.some((a) => a.merchant_id === listing.merchant_id && fits(a.country, listing.country) && fits(a.product_line, listing.product_line));
}

/** The unauthorised_seller rule: one finding per brand use (registration, field, language) by a merchant not authorised. */
export function judgeUnauthorised(
  rule: UnauthorisedSellerRule,
  listing: Listing,
  uses: readonly BrandUse[],
  registrations: readonly Registration[],
): Finding[] {
  const byId = new Map(registrations.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const use of uses) {
    const reg = byId.get(use.registration_id);
    const key = `${use.registration_id}\u0000${use.field}\u0000${use.language}`;
    if (!reg || seen.has(key) || isAuthorised(reg, listing, rule)) continue;
    seen.add(key);
    const scoped = reg.authorised.filter((a) => a.merchant_id === listing.merchant_id);
    const scopes = scoped.map((a) => [a.country && `country ${a.country}`, a.product_line && `product line ${a.product_line}`].filter(Boolean).join(', '));
    const where = use.language ? `${use.field} (${use.language})` : use.field;
    findings.push({
      rule: rule.code,
      severity: rule.severity,
      field: use.field,
      language: use.language,
      matched: { registration_id: reg.id, name: use.name },
      detail:
        `${where}: ${JSON.stringify(use.excerpt)} matches the registered brand ${JSON.stringify(use.name)}; merchant ${listing.merchant_id} is not an authorised seller` +
        (scopes.length ? ` for this listing (authorised only for ${scopes.join('; ')})` : ''),
      via: use.rule,
      excerpt: use.excerpt,
    });
  }
  return findings;
}

/**
 * The price_far_below_reference rule: a finding per registration with a reference price for the
 * listing's product when the price is below the threshold. A reference in another currency is
 * compared through `convert`; with no rate (or no `convert`) that reference is skipped.
 */
export function judgePrice(
  rule: PriceBelowReferenceRule,
  listing: Listing,
  registrations: readonly Registration[],
  uses: readonly BrandUse[] = [],
  convert?: Convert,
): Finding[] {
  if (!listing.product_id) return [];
  const used = new Set(uses.map((u) => u.registration_id));
  const currency = listing.price.currency.toUpperCase();
  const findings: Finding[] = [];
  for (const reg of registrations) {
    if (rule.params.require_brand_use && !used.has(reg.id)) continue;
    const refs = reg.reference_prices.filter((p) => p.product_id === listing.product_id && p.amount > 0);
    // Prefer a reference in the listing's own currency: no conversion, no rate drift.
    refs.sort((a, b) => Number(b.currency.toUpperCase() === currency) - Number(a.currency.toUpperCase() === currency));
    for (const ref of refs) {
      const refCurrency = ref.currency.toUpperCase();
      const price = refCurrency === currency ? listing.price.amount : (convert?.(listing.price, refCurrency) ?? null);
      if (price === null || !Number.isFinite(price)) continue;
      if (price * 100 < rule.params.threshold_percent * ref.amount) {
        const shown = refCurrency === currency ? '' : ` (${listing.price.amount} ${currency} converted)`;
        findings.push({
          rule: rule.code,
          severity: rule.severity,
          field: 'price',
          language: null,
          matched: { registration_id: reg.id, name: reg.names.en || reg.names.zh },
          detail:
            `price ${price} ${refCurrency}${shown} is ${Math.round((price * 100) / ref.amount)}% of the reference price ${ref.amount} ${refCurrency} ` +
            `for product ${ref.product_id} (threshold ${rule.params.threshold_percent}%)`,
        });
      }
      break; // one reference per registration decides
    }
  }
  return findings;
}
