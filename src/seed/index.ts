import { conflict } from '../http/errors.ts';
import type { Ctx } from '../http/types.ts';
import { createBrand } from '../modules/brands/service.ts';
import { createCategory, createProduct } from '../modules/catalog/service.ts';
import { createUser, insertUser } from '../modules/identity/service.ts';
import { receiveStock } from '../modules/inventory/service.ts';
import { createLocation, ensureOnlineChannel } from '../modules/locations/service.ts';
import { applyAsMerchant, suspendMerchant, verifyMerchant } from '../modules/merchants/service.ts';
import type { Actor } from '../shared/actor.ts';
import { CATEGORIES } from './data/categories.ts';
import { type BrandProtectionSummary, LOOKALIKE_LISTING, seedBrandProtection } from './brand-protection.ts';
import { seedCrossBorder } from './cross-border.ts';
import { DEPARTMENT_STORES, type DemoLocation, MALLS, MALL_COUNTERS, WAREHOUSES } from './data/locations.ts';
import { LOT_STOCK } from './data/lots.ts';
import { APPAREL_MERCHANT_SLUG, MERCHANTS, type MerchantSeed, expandVariants, imageUrls, optionsOf } from './data/merchants.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PEOPLE, type PersonSeed, ownerEmail } from './data/people.ts';
import { seedSalesHistory } from './sales-history.ts';
import { type JobsSeedSummary, seedJobs } from './jobs.ts';

/** What seedDemo loaded. */
export interface SeedSummary {
  users: number;
  categories: number;
  locations: { malls: number; department_stores: number; mall_counters: number; warehouses: number };
  merchants: { verified: number; pending: number; suspended: number };
  brands: number;
  products: { active: number; draft: number };
  variants: number;
  /** Lots of lot-tracked variants received into stock, and the units in them. */
  lots: { lots: number; units: number };
  /** Units put in the bonded and US warehouses (cross-border goods). */
  cross_border_units: number;
  /** Weeks of store sales of the apparel merchant before today (data/sales-history.ts): series and units sold. */
  sales_history: { series: number; units: number };
  brand_protection: BrandProtectionSummary;
  /** Quarterly jobs reports of the verified merchants since the programme start (a few late, one missing). */
  jobs: JobsSeedSummary;
  ms: number;
}

/** The department store the demo clerk works in: Hangzhou Wulin if the data has it, else the first. */
export const CLERK_STORE_CODE = (DEPARTMENT_STORES.find((s) => s.code === 'DS-HZ-WULIN') ?? DEPARTMENT_STORES[0]!).code;

// Password hashing (scrypt) dominates seeding; this many run at once on libuv's thread pool.
const HASH_CONCURRENCY = 4;

/** True when the database has no accounts yet (a fresh install). */
export async function isEmpty(ctx: Ctx): Promise<boolean> {
  const row = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads the demo data set through the modules' services, all in one transaction: a failure
 * leaves the database as it was. Refuses a database that already has accounts.
 */
export async function seedDemo(ctx: Ctx): Promise<SeedSummary> {
  const started = Date.now();
  const summary = await ctx.db.transaction().execute(async (trx) => {
    // Services join this transaction (inTransaction), so the seed commits or rolls back whole.
    const tx: Ctx = { ...ctx, db: trx };
    if (!(await isEmpty(tx))) throw conflict('database_not_empty', 'The database already has accounts; the demo data loads only into an empty one');
    return load(tx);
  });
  return { ...summary, ms: Date.now() - started };
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the results in input order. */
async function pooled<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function ownerActor(userId: string, merchantId: string): Actor {
  return { kind: 'user', userId, role: 'merchant', merchantId, merchantRole: 'owner', locationId: null };
}

async function load(ctx: Ctx): Promise<Omit<SeedSummary, 'ms'>> {
  const operatorSeed = PEOPLE.find((p) => p.role === 'operator')!;
  const opUser = await insertUser(ctx, { ...person(operatorSeed), role: 'operator' });
  const operator: Actor = { kind: 'user', userId: opUser.id, role: 'operator', merchantId: null, merchantRole: null, locationId: null };

  // Categories, parents first; position is the order in the data.
  const categoryIds = new Map<string, string>();
  let categories = 0;
  for (const [i, top] of CATEGORIES.entries()) {
    const parent = await createCategory(ctx, operator, { slug: top.slug, name_en: top.name_en, name_zh: top.name_zh, position: i });
    categoryIds.set(top.slug, parent.id);
    categories++;
    for (const [j, leaf] of (top.children ?? []).entries()) {
      const child = await createCategory(ctx, operator, { slug: leaf.slug, name_en: leaf.name_en, name_zh: leaf.name_zh, parent_id: parent.id, position: j });
      categoryIds.set(leaf.slug, child.id);
      categories++;
    }
  }

  // Locations: malls before the stores and counters inside them.
  const locationIds = new Map<string, string>();
  const addLocations = async (list: readonly DemoLocation[]) => {
    for (const { parent_code, ...loc } of list) {
      const parentId = parent_code ? locationIds.get(parent_code) : undefined;
      if (parent_code && !parentId) throw new Error(`seed: location ${loc.code} names unknown parent ${parent_code}`);
      const created = await createLocation(ctx, operator, { ...loc, parent_id: parentId ?? null });
      locationIds.set(loc.code, created.id);
    }
  };
  for (const list of [MALLS, DEPARTMENT_STORES, MALL_COUNTERS, WAREHOUSES]) await addLocations(list);
  await ensureOnlineChannel(ctx);

  // Merchants apply (each creates its owner: a password hash each, so several at once).
  const applied = await pooled(MERCHANTS, HASH_CONCURRENCY, (m) =>
    applyAsMerchant(ctx, {
      legal_name: m.legal_name,
      display_name: m.display_name,
      country: 'US',
      region: m.region,
      registration_number: m.registration_number,
      contact_name: m.contact_name,
      contact_email: ownerEmail(m.slug),
      contact_phone: m.contact_phone,
      headcount: m.headcount,
      sector: m.sector,
      default_currency: 'USD',
      website: m.website,
      owner: { email: ownerEmail(m.slug), password: DEMO_PASSWORD, display_name: m.contact_name },
    }),
  );
  const merchantIds = new Map(MERCHANTS.map((m, i) => [m.slug, applied[i]!.merchant.id]));

  // The other people: consumers, staff and the brand owner, bound to what now exists.
  const clerkStore = locationIds.get(CLERK_STORE_CODE)!;
  const people = await pooled(
    PEOPLE.filter((p) => p !== operatorSeed),
    HASH_CONCURRENCY,
    (p) =>
      createUser(ctx, operator, {
        ...person(p),
        role: p.role,
        merchant_id: p.merchant ? merchantIds.get(p.merchant)! : null,
        location_id: p.location === 'clerk_store' ? clerkStore : null,
      }),
  );

  let brands = 0;
  let variants = 0;
  const products = { active: 0, draft: 0 };
  // By "merchant slug/product key": the owner and the variant ids, for the lot stock below.
  const listed = new Map<string, { actor: Actor; variantIds: string[]; productId: string }>();
  const brandIds = new Map<string, string>();
  for (const [mi, m] of MERCHANTS.entries()) {
    const { merchant, owner } = applied[mi]!;
    // Suspended merchants were verified once: they have live products from before the suspension.
    if (m.status !== 'pending') await verifyMerchant(ctx, operator, merchant.id, 'Business registration and export documents checked');
    const actor = ownerActor(owner.id, merchant.id);
    const brand = await createBrand(ctx, actor, { slug: m.brand.slug, name_en: m.brand.name_en, name_zh: m.brand.name_zh });
    brandIds.set(m.slug, brand.id);
    brands++;
    for (const [pi, p] of m.products.entries()) {
      // An unverified merchant may list only drafts.
      const status = p.status === 'draft' || m.status === 'pending' ? 'draft' : 'active';
      const vs = expandVariants(m, mi, p, pi);
      const created = await createProduct(ctx, actor, {
        brand_id: brand.id,
        title_en: p.title[0],
        title_zh: p.title[1],
        description_en: p.desc[0],
        description_zh: p.desc[1],
        hs_code: p.hs,
        origin_country: 'US',
        image_urls: imageUrls(m, p),
        category_ids: p.categories.map((slug) => {
          const id = categoryIds.get(slug);
          if (!id) throw new Error(`seed: ${m.slug}/${p.key} names unknown category ${slug}`);
          return id;
        }),
        options: optionsOf(p),
        status,
        temperature_class: p.temperature ?? 'ambient',
        min_remaining_shelf_life: p.shelf_life ?? null,
        variants: vs.map((v) => ({ ...v, lot_tracked: p.lot_tracked ?? false })),
      });
      listed.set(`${m.slug}/${p.key}`, { actor, variantIds: created.variants.map((v) => v.id), productId: created.id });
      products[status]++;
      variants += vs.length;
    }
    if (m.status === 'suspended') await suspendMerchant(ctx, operator, merchant.id, m.status_reason ?? 'Suspended');
  }

  const lots = await stockLots(ctx, listed, locationIds);
  const crossBorder = await seedCrossBorder(ctx, operator, categoryIds, listed, locationIds);
  const salesHistory = await seedSalesHistory(ctx, listed, locationIds);
  const brandOwnerUser = people.find((u) => u.email === DEMO_ACCOUNTS.brand)!;
  const brandProtection = await seedBrandProtection(ctx, operator, {
    brandOwner: {
      kind: 'user',
      userId: brandOwnerUser.id,
      role: 'brand_owner',
      merchantId: merchantIds.get(APPAREL_MERCHANT_SLUG)!,
      merchantRole: null,
      locationId: null,
    },
    merchantIds,
    brandIds,
    categoryIds,
    listed,
  });
  // The look-alike listing is a product like any other (held from sale, but active).
  products.active += LOOKALIKE_LISTING.products;
  variants += LOOKALIKE_LISTING.variants;

  const jobs = await seedJobs(
    ctx,
    MERCHANTS.map((m, i) => ({ seed: m, actor: ownerActor(applied[i]!.owner.id, applied[i]!.merchant.id), currency: applied[i]!.merchant.default_currency })),
  );

  const count = (s: MerchantSeed['status']) => MERCHANTS.filter((m) => m.status === s).length;
  return {
    users: 1 + applied.length + people.length,
    categories,
    locations: { malls: MALLS.length, department_stores: DEPARTMENT_STORES.length, mall_counters: MALL_COUNTERS.length, warehouses: WAREHOUSES.length },
    merchants: { verified: count('verified'), pending: count('pending'), suspended: count('suspended') },
    brands,
    products,
    variants,
    lots,
    cross_border_units: crossBorder.units,
    sales_history: salesHistory,
    brand_protection: brandProtection,
    jobs,
  };
}

/** 'YYYY-MM-DD' `days` after today (UTC; every demo lot is days away from a time-zone edge). */
function dayFrom(days: number, today = new Date()): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}

/**
 * Receives the demo lots of the lot-tracked products (lots.ts), each variant's lots in one receipt
 * per location. A lot's code is the product key and its production day, e.g. BNG250614.
 */
async function stockLots(ctx: Ctx, listed: Map<string, { actor: Actor; variantIds: string[] }>, locationIds: Map<string, string>) {
  const summary = { lots: 0, units: 0 };
  for (const s of LOT_STOCK) {
    const product = listed.get(`${s.merchant}/${s.product}`);
    if (!product) throw new Error(`seed: lot stock names unknown product ${s.merchant}/${s.product}`);
    const lots = s.lots.map((l) => {
      const production_date = dayFrom(l.produced);
      return {
        code: `${s.product}${production_date.slice(2).replaceAll('-', '')}`,
        production_date,
        ...(l.best_before !== undefined ? { best_before: dayFrom(l.best_before) } : {}),
        ...(l.use_by !== undefined ? { use_by: dayFrom(l.use_by) } : {}),
        quantity: l.quantity,
      };
    });
    for (const code of s.locations) {
      const location_id = locationIds.get(code);
      if (!location_id) throw new Error(`seed: lot stock of ${s.product} names unknown location ${code}`);
      const lines = product.variantIds.flatMap((variant_id) => lots.map(({ quantity, ...lot }) => ({ variant_id, quantity, lot })));
      await receiveStock(ctx, product.actor, { location_id, lines, reference: 'demo-seed', note: 'Demo stock' });
      summary.units += lines.reduce((n, l) => n + l.quantity, 0);
    }
    summary.lots += product.variantIds.length * lots.length;
  }
  return summary;
}

function person(p: PersonSeed) {
  return { email: p.email, password: DEMO_PASSWORD, display_name: p.display_name, locale: p.locale };
}
