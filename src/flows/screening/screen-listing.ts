// Listing screening (issue 8): when a listing is written (catalog hook) and is active, screen it
// against every brand registration in force. A registered brand used by a merchant that is not
// authorised holds the listing for review; a price far below the brand's reference price flags it.
// Spans the catalog (the listing, moderation), the brand registry (registrations, authorisation)
// and screening (the pure rules, the review queue), each through its service.
import type { Ctx } from '../../http/types.ts';
import { SYSTEM } from '../../shared/actor.ts';
import { activeRegistrations, isAuthorised } from '../../modules/brand-registry/service.ts';
import { moderateProduct } from '../../modules/catalog/moderation.ts';
import { getProduct } from '../../modules/catalog/service.ts';
import { screenListing } from '../../modules/screening/screen.ts';
import { recordScreening } from '../../modules/screening/service.ts';
import type { Listing, Registration, ScreenResult } from '../../modules/screening/types.ts';

/** The market a listing sells in: Meridian's storefront sells to consumers in China. */
export const MARKET_COUNTRY = 'CN';

type ProductView = Awaited<ReturnType<typeof getProduct>>;
type ActiveRegistration = Awaited<ReturnType<typeof activeRegistrations>>[number];

function listingOf(p: ProductView): Listing | null {
  const active = p.variants.filter((v) => v.status === 'active');
  if (active.length === 0) return null;
  const cheapest = active.reduce((a, b) => (b.price.amount < a.price.amount ? b : a));
  return {
    merchant_id: p.merchant_id,
    brand_name: p.brand ? `${p.brand.name_en} ${p.brand.name_zh}` : null,
    title_en: p.title_en,
    title_zh: p.title_zh,
    description_en: p.description_en,
    description_zh: p.description_zh,
    price: { amount: cheapest.price.amount, currency: cheapest.price.currency },
    product_id: p.id,
    country: MARKET_COUNTRY,
  };
}

function registrationOf(r: ActiveRegistration, p: ProductView, authorised: boolean): Registration {
  const variantIds = new Set(p.variants.map((v) => v.id));
  return {
    id: r.id,
    owner_merchant_id: r.merchant_id,
    names: { en: r.name_en, zh: r.name_zh },
    aliases: [...r.aliases_en, ...r.aliases_zh],
    // Authorisation is resolved by the registry (scopes by category path and country); the pure rules see the answer.
    authorised: authorised ? [{ merchant_id: p.merchant_id }] : [],
    reference_prices: referencePrices(r, p.id, variantIds),
  };
}

/**
 * The reference prices a listing is held against: the brand's prices for this very product (or one
 * of its variants) when it has any; otherwise, since a counterfeit is another merchant's product,
 * the brand's cheapest reference price in each currency: a listing using the brand far below even
 * the brand's cheapest genuine item is flagged.
 */
function referencePrices(r: ActiveRegistration, productId: string, variantIds: Set<string>): Registration['reference_prices'] {
  const own = r.reference_prices.filter((x) => x.product_id === productId || (x.variant_id !== null && variantIds.has(x.variant_id)));
  const pool = own.length ? own : r.reference_prices;
  const cheapest = new Map<string, number>();
  for (const x of pool) cheapest.set(x.currency, Math.min(cheapest.get(x.currency) ?? Infinity, x.amount));
  return [...cheapest].map(([currency, amount]) => ({ product_id: productId, amount, currency }));
}

async function authorisedFor(tx: Ctx, r: ActiveRegistration, p: ProductView): Promise<boolean> {
  if (r.merchant_id === p.merchant_id) return true;
  const lines = p.categories.length ? p.categories.map((c) => c.id) : [undefined];
  for (const line of lines) if (await isAuthorised(tx, r.id, p.merchant_id, { ...(line ? { productLine: line } : {}), country: MARKET_COUNTRY })) return true;
  return false;
}

function summary(result: ScreenResult): string {
  const hold = result.findings.find((f) => f.severity === 'hold');
  if (!hold) return '';
  return `Held for review: ${hold.detail}. An operator will review it; a brand owner's authorisation releases it.`;
}

/**
 * Screens one listing now (inside the writing transaction) and applies the outcome: a hold, the
 * release of an earlier screening hold the change cleared, or only a record of a flag. Listings
 * that are not active, or that the platform moderated for another reason, are left alone.
 */
export async function screenProduct(tx: Ctx, productId: string): Promise<ScreenResult | null> {
  // No registration in force (the demo, most imports): nothing to screen, and no product to read.
  const regs = await activeRegistrations(tx);
  if (regs.length === 0) return null;
  const p = await getProduct(tx, SYSTEM, productId);
  const heldByScreening = p.moderation?.state === 'held' && p.moderation.code.startsWith('screening_');
  if (p.status !== 'active' || (p.moderation && !heldByScreening)) return null;
  const listing = listingOf(p);
  if (!listing) return null;
  // First pass with nobody authorised finds which brands are used at all; only those need the registry's answer.
  const used = new Set(
    screenListing(
      listing,
      regs.map((r) => registrationOf(r, p, r.merchant_id === p.merchant_id)),
    ).uses.map((u) => u.registration_id),
  );
  const registrations = await Promise.all(regs.map(async (r) => registrationOf(r, p, used.has(r.id) ? await authorisedFor(tx, r, p) : true)));
  const result = screenListing(listing, registrations);
  await recordScreening(tx, { product_id: p.id, merchant_id: p.merchant_id }, result);
  if (result.decision === 'held' && !p.moderation) {
    const code = `screening_${result.findings.find((f) => f.severity === 'hold')!.rule}`;
    await moderateProduct(tx, SYSTEM, p.id, { to: 'held', code, reason: summary(result) });
  } else if (result.decision === 'live' && heldByScreening) {
    await moderateProduct(tx, SYSTEM, p.id, { to: null, code: 'screening_cleared', reason: 'A later change cleared the screening' });
  }
  return result;
}
