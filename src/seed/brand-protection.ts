import { screenProduct } from '../flows/screening/screen-listing.ts';
import type { Ctx } from '../http/types.ts';
import { chinaToday } from '../modules/brand-registry/rules.ts';
import { addSeller, applyForRegistration, approveApplication, setPrice } from '../modules/brand-registry/service.ts';
import { createProduct } from '../modules/catalog/service.ts';
import { generateCodes } from '../modules/unit-codes/service.ts';
import type { Actor } from '../shared/actor.ts';
import { APPAREL_MERCHANT_SLUG, MERCHANTS, gtinFor } from './data/merchants.ts';

/** The merchant that lists the demo's look-alike jeans (held by screening for an operator to review). */
export const LOOKALIKE_MERCHANT_SLUG = 'kona-highlands-farm';
/** The merchant the apparel brand authorises to resell its jeans in the US (a scope that does not reach China). */
export const AUTHORISED_RESELLER_SLUG = 'flint-river-pecans';
/** The look-alike listing: one active product (held by screening) with one variant. */
export const LOOKALIKE_LISTING = { products: 1, variants: 1 } as const;
/** How many unit codes the demo brand has issued for its first jeans variant. */
export const DEMO_UNIT_CODES = 24;

export interface BrandProtectionSummary {
  registrations: number;
  reference_prices: number;
  unit_codes: number;
  held_listings: number;
}

function addYears(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/**
 * Brand protection for the demo: the apparel brand (Blue Ridge Denim) registered by its brand owner
 * (brand@) with a USPTO and a CNIPA trademark and approved by the operator; a reseller authorised for
 * the US only; reference prices for every jeans product; a batch of signed unit codes; and another
 * merchant's look-alike listing, which screening holds, so the operators' queue has a case to judge.
 * Runs after the catalog is loaded, so the brand's own listings are not screened against it.
 */
export async function seedBrandProtection(
  ctx: Ctx,
  operator: Actor,
  input: {
    brandOwner: Actor;
    merchantIds: Map<string, string>;
    brandIds: Map<string, string>;
    categoryIds: Map<string, string>;
    listed: Map<string, { actor: Actor; variantIds: string[]; productId: string }>;
  },
): Promise<BrandProtectionSummary> {
  const apparel = MERCHANTS.find((m) => m.slug === APPAREL_MERCHANT_SLUG)!;
  const today = chinaToday();
  const applied = await applyForRegistration(ctx, input.brandOwner, {
    brand_id: input.brandIds.get(APPAREL_MERCHANT_SLUG)!,
    name_en: apparel.brand.name_en,
    name_zh: apparel.brand.name_zh,
    aliases_en: ['BlueRidge Denim'],
    aliases_zh: ['蓝岭丹宁'],
    logo_url: 'https://images.meridian.demo/brands/blue-ridge-denim/logo.svg',
    evidence_urls: ['https://www.blueridgedenim.example/trademarks', 'https://images.meridian.demo/evidence/blue-ridge-denim/cnipa-certificate.pdf'],
    trademarks: [
      { office: 'USPTO', number: '5847213', classes: [25], expires_on: addYears(today, 6) },
      { office: 'CNIPA', number: '41972385', classes: [25, 35], expires_on: addYears(today, 8) },
    ],
  });
  const registration = await approveApplication(ctx, operator, applied.id, 'Both trademarks checked against the USPTO and CNIPA registers');

  await addSeller(ctx, input.brandOwner, registration.id, {
    merchant_id: input.merchantIds.get(AUTHORISED_RESELLER_SLUG)!,
    category_id: input.categoryIds.get('jeans') ?? null,
    country: 'US',
  });

  let prices = 0;
  for (const p of apparel.products) {
    const product = input.listed.get(`${APPAREL_MERCHANT_SLUG}/${p.key}`);
    if (!product || p.price === undefined) continue;
    await setPrice(ctx, input.brandOwner, registration.id, { product_id: product.productId, amount: p.price, currency: 'USD' });
    prices++;
  }

  const jeans = input.listed.get(`${APPAREL_MERCHANT_SLUG}/${apparel.products[0]!.key}`)!;
  const batch = await generateCodes(ctx, input.brandOwner, { variant_id: jeans.variantIds[0]!, count: DEMO_UNIT_CODES, lot: 'L2026A' });

  // Another merchant's listing that trades on the brand at a fraction of its price: screening holds it.
  const lookalike = MERCHANTS.find((m) => m.slug === LOOKALIKE_MERCHANT_SLUG)!;
  const owner = input.listed.get(`${LOOKALIKE_MERCHANT_SLUG}/${lookalike.products[0]!.key}`)!.actor;
  const fake = await createProduct(ctx, owner, {
    brand_id: input.brandIds.get(LOOKALIKE_MERCHANT_SLUG)!,
    title_en: 'Blue-Ridge Denim selvedge jeans, factory outlet',
    title_zh: '蓝岭牛仔 赤耳牛仔裤 工厂尾货',
    description_en: 'Same factory as B L U E R I D G E  D E N I M, a tenth of the price.',
    description_zh: '与蓝岭牛仔同厂生产，一折价格。',
    hs_code: '620342',
    origin_country: 'US',
    image_urls: [],
    category_ids: [input.categoryIds.get('jeans')!],
    options: [{ name: 'Size', values: ['32'] }],
    status: 'active',
    temperature_class: 'ambient',
    min_remaining_shelf_life: null,
    variants: [
      {
        sku: 'KHF-FAKE-SSJ-32',
        gtin: gtinFor(MERCHANTS.indexOf(lookalike), 99_999),
        price: { amount: 1500, currency: 'USD' },
        option_values: { Size: '32' },
        weight_g: 900,
        lot_tracked: false,
      },
    ],
  });
  // Screening runs from the catalog's hook when the server's routes are loaded; the seed may run
  // without them (meridian seed), so it screens here too (a second screening supersedes the first).
  await screenProduct(ctx, fake.id);

  return { registrations: 1, reference_prices: prices, unit_codes: batch.count, held_listings: 1 };
}
