// The listing-screening library: pure functions, no database. The catalog integration calls screenListing.
export type * from './types.ts';
export { ALL_STEPS, NORMALISATION_STEPS, type NormaliseStep, type Normalised, isWordChar, normalise, normaliseText } from './normalise.ts';
export {
  DEFAULT_RULES,
  type BrandFieldRule,
  type MatchParams,
  type MatchRule,
  type Occurrence,
  type PriceBelowReferenceRule,
  type Rule,
  type TextMatchRule,
  type UnauthorisedSellerRule,
  detectUses,
  findName,
  isAuthorised,
  judgePrice,
  judgeUnauthorised,
  registrationNames,
  validateRules,
} from './rules.ts';
export { type ScreenOptions, screenListing } from './screen.ts';
