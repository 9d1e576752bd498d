import type { Ctx } from '../../src/http/types.ts';
import type { Actor } from '../../src/shared/actor.ts';
import { insertUser } from '../../src/modules/identity/service.ts';
import { applyAsMerchant, verifyMerchant } from '../../src/modules/merchants/service.ts';
import { createLocation, type NewLocation } from '../../src/modules/locations/service.ts';
import { createProduct } from '../../src/modules/catalog/service.ts';
import { gtinCheckDigit } from '../../src/shared/gtin.ts';

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(++n).toString(36)}`.toUpperCase();

/** An operator actor (and account) for setting up fixtures through the services. */
export async function operatorActor(ctx: Ctx): Promise<Actor> {
  const u = await insertUser(ctx, { email: `op${uniq()}@fixture.test`, password: 'fixture-password', display_name: 'Op', role: 'operator' });
  return { kind: 'user', userId: u.id, role: 'operator', merchantId: null, merchantRole: null, locationId: null };
}

/** A verified merchant with its owner; returns the owner's actor too. */
export async function verifiedMerchant(ctx: Ctx, op: Actor, name = 'Fixture Farm') {
  const tag = uniq();
  const { merchant, owner } = await applyAsMerchant(ctx, {
    legal_name: `${name} ${tag} LLC`,
    display_name: `${name} ${tag}`,
    country: 'US',
    region: 'WA',
    registration_number: `EIN-${tag}`,
    contact_name: 'Pat',
    contact_email: `pat${tag}@fixture.test`,
    headcount: 12,
    sector: 'agriculture',
    default_currency: 'USD',
    owner: { email: `owner${tag}@fixture.test`, password: 'fixture-password', display_name: 'Owner' },
  });
  await verifyMerchant(ctx, op, merchant.id);
  const actor: Actor = { kind: 'user', userId: owner.id, role: 'merchant', merchantId: merchant.id, merchantRole: 'owner', locationId: null };
  return { merchantId: merchant.id, ownerId: owner.id, ownerEmail: owner.email, actor };
}

const CITIES = {
  Hangzhou: { province: 'Zhejiang', latitude: 30.27, longitude: 120.16 },
  Shanghai: { province: 'Shanghai', latitude: 31.23, longitude: 121.47 },
  Beijing: { province: 'Beijing', latitude: 39.9, longitude: 116.4 },
  Ningbo: { province: 'Zhejiang', latitude: 29.87, longitude: 121.54 },
} as const;

/** A location in a Chinese city (department store unless said otherwise). */
export async function location(
  ctx: Ctx,
  op: Actor,
  opts: {
    city?: keyof typeof CITIES;
    kind?: NewLocation['kind'];
    parent_id?: string;
    timezone?: string;
    temperature_classes?: NonNullable<NewLocation['temperature_classes']>;
    delivery_days?: number;
  } = {},
) {
  const city = opts.city ?? 'Hangzhou';
  const kind = opts.kind ?? 'department_store';
  const c = CITIES[city];
  return createLocation(ctx, op, {
    code: `T-${uniq()}`,
    kind,
    parent_id: opts.parent_id ?? null,
    warehouse_type: kind === 'warehouse' ? 'cn_bonded' : null,
    name_en: `${city} ${kind} ${n}`,
    name_zh: `${city}${n}`,
    address_line: '1 Test Road',
    city,
    province: c.province,
    country: 'CN',
    timezone: opts.timezone ?? 'Asia/Shanghai',
    latitude: c.latitude + (n % 10) * 0.001,
    longitude: c.longitude,
    opening_hours: { mon: [['10:00', '22:00']] },
    temperature_classes: opts.temperature_classes ?? ['ambient', 'chilled', 'frozen'],
    ...(opts.delivery_days !== undefined ? { delivery_days: opts.delivery_days } : {}),
  });
}

function gtin13(): string {
  // 0 + 8 random digits + a 3-digit counter: unique within a suite, and across suites by chance.
  const body = `0${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}${String(++n % 1000).padStart(3, '0')}`;
  return body + String(gtinCheckDigit(body));
}

/** An active product with `variants` variants priced in USD cents; returns the variant ids. */
export async function product(
  ctx: Ctx,
  merchant: Actor,
  opts: {
    variants?: number;
    price?: number;
    title?: string;
    /** Food: lot-tracked variants, with a temperature class and a minimum remaining shelf life. */
    food?: { temperature_class?: 'ambient' | 'chilled' | 'frozen'; min_remaining_shelf_life?: { days: number } | { fraction: number } | null };
  } = {},
) {
  const count = opts.variants ?? 1;
  const sizes = Array.from({ length: count }, (_, i) => `S${i}`);
  const p = await createProduct(ctx, merchant, {
    title_en: opts.title ?? `Fixture product ${uniq()}`,
    title_zh: '测试商品',
    hs_code: '080929',
    origin_country: 'US',
    options: [{ name: 'size', values: sizes }],
    status: 'active',
    ...(opts.food ? { temperature_class: opts.food.temperature_class ?? 'ambient', min_remaining_shelf_life: opts.food.min_remaining_shelf_life ?? null } : {}),
    variants: sizes.map((s) => ({
      ...(opts.food ? { lot_tracked: true } : {}),
      sku: `SKU-${uniq()}-${s}`,
      gtin: gtin13(),
      option_values: { size: s },
      weight_g: 500,
      price: { amount: opts.price ?? 1999, currency: 'USD' },
    })),
  });
  return { productId: p.id, variantIds: (p.variants as Array<{ id: string }>).map((v) => v.id) };
}

/** Actor of store staff at a location (with an account). */
export async function clerkActor(ctx: Ctx, locationId: string): Promise<Actor> {
  const u = await insertUser(ctx, {
    email: `clerk${uniq()}@fixture.test`,
    password: 'fixture-password',
    display_name: 'Clerk',
    role: 'store_staff',
    location_id: locationId,
  });
  return { kind: 'user', userId: u.id, role: 'store_staff', merchantId: null, merchantRole: null, locationId };
}
