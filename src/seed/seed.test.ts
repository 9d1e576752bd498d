import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { freshDatabase } from '../../test/support/db.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import type { App, Ctx } from '../http/types.ts';
import { allocateFefo, type FefoLot } from '../modules/inventory/lots/fefo.ts';
import { createLocation } from '../modules/locations/service.ts';
import type { Actor } from '../shared/actor.ts';
import { categorySlugs } from './data/categories.ts';
import { DEMO_LOCATIONS, WAREHOUSES } from './data/locations.ts';
import { LOT_STOCK } from './data/lots.ts';
import { APPAREL_MERCHANT_SLUG, MERCHANTS, expandVariants } from './data/merchants.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, PEOPLE, ownerEmail } from './data/people.ts';
import { HISTORY_DAYS, SALES_HISTORY } from './data/sales-history.ts';
import { CLERK_STORE_CODE, type SeedSummary, isEmpty, seedDemo } from './index.ts';
import { HISTORY_REFERENCE } from './sales-history.ts';

/** A GTIN (any length) is valid when its digits, weighted 3,1,3… from the right but one, sum to a multiple of 10. */
function validGtin(g: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(g)) return false;
  let sum = 0;
  for (let i = 0; i < g.length; i++) sum += Number(g[g.length - 1 - i]) * (i % 2 === 1 ? 3 : 1);
  return sum % 10 === 0;
}

const config = () => ({ ...loadConfig({}), logLevel: 'silent' });
const count = async (ctx: Ctx, table: 'users' | 'merchants' | 'categories' | 'locations' | 'products' | 'variants' | 'lots') =>
  Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(ctx.db)).rows[0]!.n);

describe('demo data', () => {
  it('has about 30 merchants with 3–8 products each, one brand each, 2 pending and 1 suspended', () => {
    assert.equal(MERCHANTS.length, 30);
    for (const m of MERCHANTS) assert.ok(m.products.length >= 3 && m.products.length <= 8, `${m.slug}: ${m.products.length} products`);
    assert.equal(MERCHANTS.filter((m) => m.status === 'pending').length, 2);
    assert.equal(MERCHANTS.filter((m) => m.status === 'suspended').length, 1);
    assert.ok(
      MERCHANTS.some((m) => m.headcount >= 500),
      'a larger business tests the small-business rule',
    );
    const total = MERCHANTS.reduce((n, m) => n + m.products.length, 0);
    assert.ok(total >= 130 && total <= 170, `${total} products`);
    for (const key of ['slug', 'sku_prefix', 'registration_number'] as const) assert.equal(new Set(MERCHANTS.map((m) => m[key])).size, MERCHANTS.length, key);
    assert.equal(new Set(MERCHANTS.map((m) => m.brand.slug)).size, MERCHANTS.length);
    assert.ok(
      MERCHANTS.every((m) => /^\d{2}-\d{7}$/.test(m.registration_number)),
      'EIN-like registration numbers',
    );
  });

  it('generates 1–6 variants per product with unique valid GTINs, unique SKUs per merchant and fitting HS codes', () => {
    const gtins = new Set<string>();
    const leaves = new Set(categorySlugs());
    let n = 0;
    for (const [mi, m] of MERCHANTS.entries()) {
      const skus = new Set<string>();
      for (const [pi, p] of m.products.entries()) {
        const vs = expandVariants(m, mi, p, pi);
        assert.ok(vs.length >= 1 && vs.length <= 6, `${m.slug}/${p.key}: ${vs.length} variants`);
        assert.match(p.hs, /^\d{6}$/);
        assert.ok(/[\u4e00-\u9fff]/.test(p.title[1]) && /[\u4e00-\u9fff]/.test(p.desc[1]), `${p.key} has Chinese text`);
        assert.ok(
          p.categories.every((c) => leaves.has(c)),
          `${m.slug}/${p.key} categories`,
        );
        for (const v of vs) {
          assert.ok(validGtin(v.gtin), `${v.sku}: GTIN ${v.gtin}`);
          assert.ok(v.gtin.length === 12 || v.gtin.length === 13);
          // GS1 US company prefixes: UPC-A starts 0-1, GTIN-13 100–139.
          assert.ok(v.gtin.length === 12 ? /^[01]/.test(v.gtin) : /^1[0-3]/.test(v.gtin), v.gtin);
          const g14 = v.gtin.padStart(14, '0');
          assert.ok(!gtins.has(g14), `duplicate GTIN ${v.gtin}`);
          gtins.add(g14);
          assert.ok(!skus.has(v.sku), `duplicate SKU ${v.sku}`);
          skus.add(v.sku);
          assert.ok(Number.isInteger(v.price.amount) && v.price.amount > 0 && v.weight_g > 0);
          n++;
        }
      }
    }
    // Deterministic: a second expansion gives the same variants.
    assert.deepEqual(expandVariants(MERCHANTS[0]!, 0, MERCHANTS[0]!.products[0]!, 0), expandVariants(MERCHANTS[0]!, 0, MERCHANTS[0]!.products[0]!, 0));
    assert.ok(n >= 250, `${n} variants`);
    const jeans = MERCHANTS[0]!.products.find((p) => p.title[0] === 'Slim Straight Selvedge Jeans');
    assert.equal(jeans?.hs, '620342');
  });

  it('has lot-tracked cherries, almonds, infant formula and frozen beef with their temperature classes and shelf-life rules', () => {
    const product = (slug: string, key: string) => MERCHANTS.find((m) => m.slug === slug)?.products.find((p) => p.key === key);
    const food = (slug: string, key: string) => {
      const p = product(slug, key)!;
      return { temperature: p.temperature ?? 'ambient', shelf_life: p.shelf_life, lot_tracked: p.lot_tracked, hs: p.hs };
    };
    assert.deepEqual(food('yakima-valley-orchards', 'BNG'), { temperature: 'chilled', shelf_life: { days: 3 }, lot_tracked: true, hs: '080929' });
    assert.deepEqual(food('central-valley-nut-growers', 'NPA'), { temperature: 'ambient', shelf_life: { fraction: 0.667 }, lot_tracked: true, hs: '080212' });
    assert.deepEqual(food('heartland-infant-nutrition', 'IF1'), { temperature: 'ambient', shelf_life: { fraction: 0.667 }, lot_tracked: true, hs: '190110' });
    assert.deepEqual(food('sandhills-prairie-beef', 'RIB'), { temperature: 'frozen', shelf_life: { days: 30 }, lot_tracked: true, hs: '020230' });
    for (const slug of ['yakima-valley-orchards', 'central-valley-nut-growers', 'heartland-infant-nutrition', 'sandhills-prairie-beef'])
      assert.equal(MERCHANTS.find((m) => m.slug === slug)?.status, 'verified', slug);
    // Every lot-tracked product has stock to show, and every stocked product is lot-tracked.
    const tracked = MERCHANTS.flatMap((m) => m.products.filter((p) => p.lot_tracked).map((p) => `${m.slug}/${p.key}`));
    assert.deepEqual(LOT_STOCK.map((s) => `${s.merchant}/${s.product}`).sort(), tracked.sort());
  });

  it('stocks lots only where their temperature class is held, with FEFO and each shelf-life rule visible', () => {
    const today = '2026-03-01';
    const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    for (const s of LOT_STOCK) {
      const p = MERCHANTS.find((m) => m.slug === s.merchant)!.products.find((x) => x.key === s.product)!;
      assert.ok(s.lots.length >= 2 && s.lots.length <= 3, s.product);
      assert.equal(new Set(s.lots.map((l) => l.best_before ?? l.use_by)).size, s.lots.length, `${s.product}: lots expire on different days`);
      const lots: FefoLot[] = s.lots.map((l, i) => ({
        lot_id: `lot${i}`,
        lot_code: `L${i}`,
        quantity_available: l.quantity,
        production_date: day(l.produced),
        best_before: l.best_before === undefined ? null : day(l.best_before),
        use_by: l.use_by === undefined ? null : day(l.use_by),
        blocked: false,
      }));
      // Listed oldest first, so the first lot is the one FEFO takes when no rule holds it back.
      assert.deepEqual(allocateFefo(lots, { quantity: 1, promised_date: today }), { ok: true, picks: [{ lot_id: 'lot0', quantity: 1 }] }, s.product);
      let heldBack = 0;
      for (const code of s.locations) {
        const loc = DEMO_LOCATIONS.find((l) => l.code === code);
        assert.ok(loc, `${s.product}: unknown location ${code}`);
        assert.ok((loc.temperature_classes ?? ['ambient']).includes(p.temperature ?? 'ambient'), `${code} cannot hold ${s.product}`);
        const delivery = allocateFefo(lots, { quantity: 1, promised_date: day(loc.delivery_days ?? 2), min_remaining_shelf_life: p.shelf_life! });
        assert.ok(delivery.ok, `${s.product} at ${code}: nothing sellable for delivery`);
        if (delivery.picks[0]!.lot_id !== 'lot0') heldBack++;
      }
      assert.ok(heldBack > 0, `${s.product}: the rule keeps the oldest lot back somewhere`);
    }
  });

  it('has an account per role with distinct emails, and an owner email per merchant', () => {
    const emails = [...PEOPLE.map((p) => p.email), ...MERCHANTS.map((m) => ownerEmail(m.slug))];
    assert.equal(new Set(emails.map((e) => e.toLowerCase())).size, emails.length);
    assert.equal(ownerEmail(APPAREL_MERCHANT_SLUG), DEMO_ACCOUNTS.merchant);
    assert.equal(ownerEmail('flint-river-pecans'), 'owner+flint-river-pecans@meridian.demo');
    assert.equal(PEOPLE.find((p) => p.email === DEMO_ACCOUNTS.shopper)?.locale, 'zh-CN');
  });
});

describe('seedDemo', () => {
  let database: Database;
  let ctx: Ctx;
  let app: App;
  let summary: SeedSummary;

  const call = (method: 'GET' | 'POST', url: string, opts: { token?: string; body?: object } = {}): Promise<LightMyRequestResponse> =>
    app.inject({ method, url, headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {}, ...(opts.body ? { payload: opts.body } : {}) });

  before(async () => {
    database = await freshDatabase();
    ctx = { db: database.db, config: loadConfig({}) };
    assert.equal(await isEmpty(ctx), true);
    summary = await seedDemo(ctx);
    app = await buildApp({ database, config: config(), logger: false });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  it('loads 29 department stores, 17 malls, 30 merchants and over 100 active products, as the summary says', async () => {
    const kinds = await ctx.db
      .selectFrom('locations')
      .select(['kind', sql<number>`count(*)::int`.as('n')])
      .groupBy('kind')
      .execute();
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    assert.equal(byKind.department_store, 29);
    assert.equal(byKind.mall, 17);
    assert.equal(byKind.warehouse, WAREHOUSES.length);
    const statuses = await ctx.db
      .selectFrom('merchants')
      .select(['status', sql<number>`count(*)::int`.as('n')])
      .groupBy('status')
      .execute();
    assert.deepEqual(Object.fromEntries(statuses.map((s) => [s.status, s.n])), { verified: 27, pending: 2, suspended: 1 });
    const active = await ctx.db
      .selectFrom('products')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    assert.ok(active.n >= 100, `${active.n} active products`);
    assert.equal(active.n, summary.products.active);
    assert.equal(await count(ctx, 'products'), summary.products.active + summary.products.draft);
    assert.equal(await count(ctx, 'variants'), summary.variants);
    assert.equal(await count(ctx, 'users'), summary.users);
    assert.equal(await count(ctx, 'categories'), summary.categories);
    // Pending merchants may only have drafts.
    const pendingActive = await ctx.db
      .selectFrom('products')
      .innerJoin('merchants', 'merchants.id', 'products.merchant_id')
      .select('products.id')
      .where('merchants.status', '=', 'pending')
      .where('products.status', '=', 'active')
      .execute();
    assert.equal(pendingActive.length, 0);
    const online = await ctx.db.selectFrom('channels').select('id').where('kind', '=', 'online').execute();
    assert.equal(online.length, 1);
  });

  it('lets the documented demo accounts sign in with the demo password through the API', async () => {
    const expected: Record<string, string> = {
      [DEMO_ACCOUNTS.operator]: 'operator',
      [DEMO_ACCOUNTS.merchant]: 'merchant',
      [DEMO_ACCOUNTS.clerk]: 'store_staff',
      [DEMO_ACCOUNTS.shopper]: 'consumer',
      [DEMO_ACCOUNTS.brand]: 'brand_owner',
    };
    for (const [email, role] of Object.entries(expected)) {
      const res = await call('POST', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } });
      assert.equal(res.statusCode, 200, `${email}: ${res.body}`);
      const me = await call('GET', '/api/me', { token: (res.json() as { token: string }).token });
      assert.equal(me.statusCode, 200);
      assert.equal((me.json() as { role: string }).role, role, email);
    }
    const shopper = await call('POST', '/api/auth/login', { body: { email: DEMO_ACCOUNTS.shopper, password: DEMO_PASSWORD } });
    assert.equal((shopper.json() as { user: { locale: string } }).user.locale, 'zh-CN');
    const wrong = await call('POST', '/api/auth/login', { body: { email: DEMO_ACCOUNTS.operator, password: 'not-meridian' } });
    assert.equal(wrong.statusCode, 401);
  });

  it('gives every variant a valid, unique GTIN', async () => {
    const rows = await ctx.db.selectFrom('variants').select(['sku', 'gtin']).execute();
    assert.equal(rows.length, summary.variants);
    for (const r of rows) assert.ok(r.gtin && validGtin(r.gtin), `${r.sku}: ${r.gtin}`);
    assert.equal(new Set(rows.map((r) => r.gtin)).size, rows.length);
  });

  it('answers the food fields of products and variants', async () => {
    const search = async (q: string, title: string) => {
      const res = await call('GET', `/api/products?limit=100&q=${encodeURIComponent(q)}`);
      const id = (res.json() as { items: Array<{ id: string; title_en: string }> }).items.find((p) => p.title_en === title)?.id;
      assert.ok(id, title);
      return (await call('GET', `/api/products/${id}`)).json() as {
        temperature_class: string;
        min_remaining_shelf_life: unknown;
        variants: Array<{ lot_tracked: boolean }>;
      };
    };
    const food = (p: Awaited<ReturnType<typeof search>>) => [p.temperature_class, p.min_remaining_shelf_life, p.variants.map((v) => v.lot_tracked)];
    assert.deepEqual(food(await search('Bing', 'Washington Bing Cherries')), ['chilled', { days: 3 }, [true, true, true]]);
    assert.deepEqual(food(await search('Nonpareil', 'Nonpareil Almonds, Shelled')), ['ambient', { fraction: 0.667 }, [true, true]]);
    assert.deepEqual(food(await search('Stage 1', 'Stage 1 Infant Formula, 0–6 Months')), ['ambient', { fraction: 0.667 }, [true, true]]);
    assert.deepEqual(food(await search('Ribeye', 'Grass-Fed Ribeye Steaks, Frozen')), ['frozen', { days: 30 }, [true, true]]);
    assert.deepEqual(food(await search('selvedge', 'Slim Straight Selvedge Jeans')), ['ambient', null, [false, false, false, false, false, false]]);
  });

  it('holds the demo lots in stock: levels add up, nothing blocked, two or three lots per variant and location', async () => {
    assert.equal(await count(ctx, 'lots'), summary.lots.lots);
    const perLevel = await ctx.db
      .selectFrom('stock_lot_levels as ll')
      .innerJoin('stock_levels as sl', (j) => j.onRef('sl.variant_id', '=', 'll.variant_id').onRef('sl.location_id', '=', 'll.location_id'))
      .select([
        'll.variant_id',
        'll.location_id',
        'sl.on_hand as level_on_hand',
        sql<number>`sum(ll.on_hand)::int`.as('lots_on_hand'),
        sql<number>`sum(ll.blocked)::int`.as('lots_blocked'),
        sql<number>`count(*)::int`.as('lots'),
      ])
      .groupBy(['ll.variant_id', 'll.location_id', 'sl.on_hand'])
      .execute();
    assert.ok(perLevel.length >= 20, `${perLevel.length} variant × location levels`);
    for (const l of perLevel) {
      assert.equal(l.lots_on_hand, l.level_on_hand, `${l.variant_id} at ${l.location_id}`);
      assert.equal(l.lots_blocked, 0, 'no demo lot has expired on seeding day');
      assert.ok(l.lots === 2 || l.lots === 3);
    }
    assert.equal(
      perLevel.reduce((n, l) => n + l.lots_on_hand, 0),
      summary.lots.units,
    );
    // Every lot carries its production date and an expiry after it.
    const undated = await ctx.db
      .selectFrom('lots')
      .select('code')
      .where((eb) => eb.or([eb('production_date', 'is', null), eb(eb.fn.coalesce('use_by', 'best_before'), '<=', eb.ref('production_date'))]))
      .execute();
    assert.deepEqual(undated, []);
  });

  it('makes merchant@ the owner, and brand@ a brand owner, of the apparel merchant that owns the apparel brand', async () => {
    const brand = await ctx.db.selectFrom('brands').selectAll().where('slug', '=', 'blue-ridge-denim').executeTakeFirstOrThrow();
    assert.deepEqual([brand.name_en, brand.name_zh], ['Blue Ridge Denim', '蓝岭牛仔']);
    const users = await ctx.db
      .selectFrom('users')
      .select(['email', 'role', 'merchant_id', 'merchant_role'])
      .where('email', 'in', [DEMO_ACCOUNTS.merchant, DEMO_ACCOUNTS.brand])
      .orderBy('email')
      .execute();
    assert.deepEqual(users, [
      { email: DEMO_ACCOUNTS.brand, role: 'brand_owner', merchant_id: brand.merchant_id, merchant_role: null },
      { email: DEMO_ACCOUNTS.merchant, role: 'merchant', merchant_id: brand.merchant_id, merchant_role: 'owner' },
    ]);
    const merchant = await ctx.db.selectFrom('merchants').selectAll().where('id', '=', brand.merchant_id).executeTakeFirstOrThrow();
    assert.equal(merchant.display_name, 'Blue Ridge Denim Co.');
    assert.equal(merchant.status, 'verified');
    // Every other merchant has its own owner account.
    const owners = await ctx.db.selectFrom('users').select('email').where('merchant_role', '=', 'owner').execute();
    assert.equal(owners.length, MERCHANTS.length);
    assert.ok(owners.some((o) => o.email === 'owner+bristol-bay-wild-seafood@meridian.demo'));
  });

  it('binds clerk@ to a department store', async () => {
    const row = await ctx.db
      .selectFrom('users')
      .innerJoin('locations', 'locations.id', 'users.location_id')
      .select(['locations.kind', 'locations.code'])
      .where('users.email', '=', DEMO_ACCOUNTS.clerk)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { kind: 'department_store', code: CLERK_STORE_CODE });
  });

  it('lets the public find products by a Chinese substring and by an English word, but not drafts or suspended merchants', async () => {
    const titles = async (q: string) => {
      const res = await call('GET', `/api/products?limit=100&q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, res.body);
      return (res.json() as { items: Array<{ title_en: string; title_zh: string }> }).items;
    };
    const zh = await titles('牛仔裤');
    assert.ok(
      zh.some((p) => p.title_zh === '修身直筒赤耳牛仔裤'),
      zh.map((p) => p.title_zh).join(', '),
    );
    assert.ok(!zh.some((p) => p.title_zh === '原色丹宁背带裤'), 'a draft is not public');
    const en = await titles('selvedge');
    assert.ok(en.some((p) => p.title_en === 'Slim Straight Selvedge Jeans'));
    assert.ok((await titles('车厘子')).length >= 3);
    assert.deepEqual(await titles('pretzels'), [], "the suspended merchant's products are hidden");
    assert.deepEqual(await titles('特级初榨橄榄油'), [], "a pending merchant's drafts are hidden");
  });

  it('gives the apparel merchant weeks of store sales in the ledger, dated on their days, with events of the same time', async () => {
    assert.equal(summary.sales_history.series, SALES_HISTORY.length);
    const sales = await ctx.db
      .selectFrom('stock_movements as m')
      .leftJoin('outbox_events as o', (j) => j.on(sql`o.payload->>'movement_id'`, '=', sql.ref('m.id')))
      .select(['m.variant_id', 'm.location_id', 'm.on_hand_delta', 'm.reference_id', 'm.created_at', 'o.occurred_at'])
      .where('m.reason', '=', 'sale')
      .where('m.reference_id', 'like', `${HISTORY_REFERENCE}%`)
      .execute();
    assert.equal(-sales.reduce((n, m) => n + m.on_hand_delta, 0), summary.sales_history.units);
    const today = new Date().toISOString().slice(0, 10);
    const first = new Date(Date.parse(`${today}T00:00:00Z`) - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const m of sales) {
      const day = m.created_at.toISOString().slice(0, 10);
      assert.equal(m.reference_id, `${HISTORY_REFERENCE}${day}`, 'dated on the day it stands for');
      assert.ok(day >= first && day < today, `${day} is in the ${HISTORY_DAYS} days before ${today}`);
      assert.equal(m.occurred_at?.getTime(), m.created_at.getTime(), 'its event says the same time');
    }
    // Every series sold on most days, and what it has left today is what the data says.
    for (const h of SALES_HISTORY) {
      const mi = MERCHANTS.findIndex((m) => m.slug === h.merchant);
      const pi = MERCHANTS[mi]!.products.findIndex((p) => p.key === h.product);
      const sku = expandVariants(MERCHANTS[mi]!, mi, MERCHANTS[mi]!.products[pi]!, pi)[h.variant]!.sku;
      const level = await ctx.db
        .selectFrom('stock_levels as l')
        .innerJoin('variants as v', 'v.id', 'l.variant_id')
        .innerJoin('locations as loc', 'loc.id', 'l.location_id')
        .select(['l.variant_id', 'l.location_id', 'l.on_hand'])
        .where('v.sku', '=', sku)
        .where('loc.code', '=', h.location)
        .executeTakeFirstOrThrow();
      assert.equal(level.on_hand, h.on_hand, `${sku} at ${h.location}`);
      const days = sales.filter((m) => m.variant_id === level.variant_id && m.location_id === level.location_id).length;
      assert.ok(days >= (h.per_day >= 1 ? HISTORY_DAYS * 0.6 : HISTORY_DAYS * 0.2), `${sku} at ${h.location} sold on ${days} days`);
    }
  });

  it('yields replenishment proposals from the demo data: a transfer between Hangzhou stores and a purchase order in Shanghai', async () => {
    // The sell-through rollup reads the seed's events once the app runs.
    await app.events.flush();
    const login = await call('POST', '/api/auth/login', { body: { email: DEMO_ACCOUNTS.merchant, password: DEMO_PASSWORD } });
    const token = (login.json() as { token: string }).token;
    const forecastOf = async (sku: string, code: string) => {
      const v = await ctx.db.selectFrom('variants').select('id').where('sku', '=', sku).executeTakeFirstOrThrow();
      const l = await ctx.db.selectFrom('locations').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const res = await call('GET', `/api/forecasts?variant_id=${v.id}&location_id=${l.id}&horizon=28`, { token });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { history: { units: number[] }; forecast: { mean: number[]; p90: number[] } };
    };
    const f = await forecastOf('BRD-RTJ-32', 'DS-HZ-WULIN');
    assert.ok(f.history.units.slice(-HISTORY_DAYS).reduce((a, b) => a + b, 0) > HISTORY_DAYS, 'weeks of sales in the history');
    assert.ok(f.forecast.mean[0]! > 1 && Math.max(...f.forecast.p90) > 0, JSON.stringify(f.forecast));

    const run = await call('POST', '/api/replenishment/proposals/run', { token });
    assert.equal(run.statusCode, 200, run.body);
    const codes = new Map((await ctx.db.selectFrom('locations').select(['id', 'code']).execute()).map((l) => [l.id, l.code]));
    const skus = new Map((await ctx.db.selectFrom('variants').select(['id', 'sku']).execute()).map((v) => [v.id, v.sku]));
    const proposals = (run.json() as { items: Array<{ kind: string; variant_id: string; location_id: string; source_location_id: string | null }> }).items;
    assert.deepEqual(
      proposals.map((p) => [p.kind, skus.get(p.variant_id), codes.get(p.location_id), p.source_location_id && codes.get(p.source_location_id)]).sort(),
      [
        ['purchase_order', 'BRD-TRJ-M', 'DS-SH-NANJINGXILU', null],
        ['transfer', 'BRD-RTJ-32', 'DS-HZ-WULIN', 'DS-HZ-HUBIN'],
      ],
    );
  });

  it("registers the apparel brand, holds another merchant's look-alike listing for review and issues signed unit codes", async () => {
    const token = async (email: string) =>
      ((await call('POST', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } })).json() as { token: string }).token;
    const [brand, operator] = [await token(DEMO_ACCOUNTS.brand), await token(DEMO_ACCOUNTS.operator)];
    const regs = (await call('GET', '/api/brand-registry/registrations', { token: brand })).json() as {
      items: Array<{ id: string; status: string; name_en: string; trademarks: Array<{ office: string }> }>;
    };
    assert.deepEqual(
      regs.items.map((r) => [r.name_en, r.status, r.trademarks.map((t) => t.office).sort()]),
      [['Blue Ridge Denim', 'active', ['CNIPA', 'USPTO']]],
    );
    assert.equal(summary.brand_protection.registrations, 1);
    const prices = (
      (await call('GET', `/api/brand-registry/registrations/${regs.items[0]!.id}/reference-prices`, { token: brand })).json() as { items: unknown[] }
    ).items;
    assert.equal(prices.length, summary.brand_protection.reference_prices);
    assert.ok(prices.length >= 3);

    const queue = (await call('GET', '/api/screening/queue', { token: operator })).json() as {
      items: Array<{ product_id: string; decision: string; flags: string[]; findings: Array<{ rule: string }> }>;
    };
    assert.equal(queue.items.length, summary.brand_protection.held_listings);
    const held = queue.items[0]!;
    assert.equal(held.decision, 'held');
    assert.ok(held.findings.length > 0 && held.flags.length > 0, JSON.stringify(held));
    // Held: not on the storefront.
    assert.equal((await call('GET', `/api/products/${held.product_id}`)).statusCode, 404);

    const batches = (await call('GET', '/api/unit-codes/batches', { token: brand })).json() as { items: Array<{ id: string; count: number }> };
    assert.deepEqual(
      batches.items.map((b) => b.count),
      [summary.brand_protection.unit_codes],
    );
    const csv = (await call('GET', `/api/unit-codes/batches/${batches.items[0]!.id}/codes.csv`, { token: brand })).body.trim().split('\n');
    assert.equal(csv.length, 1 + summary.brand_protection.unit_codes);
    const uri = csv[1]!.split(',').find((c) => c.includes('/01/'))!;
    const scan = await app.inject({ method: 'GET', url: uri.slice(uri.indexOf('/01/')), headers: { accept: 'application/json' } });
    assert.equal(scan.statusCode, 200, scan.body);
    assert.equal((scan.json() as { result: string }).result, 'genuine');
  });

  it('has quarterly jobs reports of most verified merchants, a few late and one missing, that reconcile in the figures', async () => {
    const operator = ((await call('POST', '/api/auth/login', { body: { email: DEMO_ACCOUNTS.operator, password: DEMO_PASSWORD } })).json() as { token: string })
      .token;
    const reports = (await call('GET', '/api/jobs/reports', { token: operator })).json() as {
      items: Array<{ merchant_id: string; quarter: string; headcount: number; new_hires_attributed: number; status: string }>;
    };
    assert.equal(reports.items.length, summary.jobs.reports);
    assert.equal(new Set(reports.items.map((r) => r.merchant_id)).size, summary.jobs.merchants);
    for (const r of reports.items) assert.ok(r.new_hires_attributed <= r.headcount && r.headcount > 0, JSON.stringify(r));
    assert.equal(reports.items.filter((r) => r.status === 'late').length, summary.jobs.late);
    if (summary.jobs.reports > 0) {
      assert.ok(summary.jobs.merchants >= (MERCHANTS.filter((m) => m.status === 'verified').length * 3) / 4, 'most verified merchants report');
      const progress = (await call('GET', '/api/jobs/progress', { token: operator })).json() as {
        to_date: { reported_new_hires: number };
        quarters: Array<{ quarter: string; reported_new_hires: number }>;
      };
      // Every demo merchant is a US small business but one larger (≥ 500): its hires do not count.
      const large = new Set(MERCHANTS.filter((m) => m.headcount >= 500).map((m) => m.display_name));
      const figures = (await call('GET', `/api/jobs/figures?quarter=${progress.quarters.at(-1)!.quarter}`, { token: operator })).json() as {
        items: Array<{ display_name: string; small_business: boolean; new_hires_attributed: number; counts_toward_promise: boolean }>;
        totals: { reported_new_hires: number };
      };
      for (const r of figures.items) assert.equal(r.small_business, !large.has(r.display_name), r.display_name);
      assert.equal(
        figures.totals.reported_new_hires,
        figures.items.filter((r) => r.counts_toward_promise).reduce((n, r) => n + r.new_hires_attributed, 0),
      );
      assert.equal(progress.quarters.at(-1)!.reported_new_hires, figures.totals.reported_new_hires);
    }
  });

  it('refuses to load into a database that has accounts, changing nothing', async () => {
    const before = await count(ctx, 'merchants');
    await assert.rejects(seedDemo(ctx), (e: { code?: string }) => e.code === 'database_not_empty');
    assert.equal(await count(ctx, 'merchants'), before);
  });
});

describe('seedDemo failing part-way', () => {
  let database: Database;
  after(() => database?.close());

  it('rolls everything back', async () => {
    database = await freshDatabase();
    const ctx: Ctx = { db: database.db, config: loadConfig({}) };
    // A location taking the code of the last demo warehouse makes the seed fail after it has
    // created an account, the categories and the other locations.
    const op: Actor = { kind: 'user', userId: 'usr_seedtest', role: 'operator', merchantId: null, merchantRole: null, locationId: null };
    const { parent_code: _p, ...last } = WAREHOUSES.at(-1)!;
    await createLocation(ctx, op, last);
    await assert.rejects(seedDemo(ctx), (e: { code?: string }) => e.code === 'location_code_taken');
    assert.equal(await count(ctx, 'users'), 0);
    assert.equal(await count(ctx, 'categories'), 0);
    assert.equal(await count(ctx, 'locations'), 1);
    assert.equal(await isEmpty(ctx), true);
  });
});
