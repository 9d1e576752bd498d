import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { createCategory, createProduct } from '../catalog/service.ts';
import * as pricing from './service.ts';

describe('pricing: exchange rates, price rules, consumer prices', () => {
  let t: TestApp;
  let ctx: Ctx;
  let op: Actor;
  let a: Awaited<ReturnType<typeof verifiedMerchant>>;
  let b: Awaited<ReturnType<typeof verifiedMerchant>>;
  const tokens = { operator: '', a: '', b: '', consumer: '' };
  const cat = { beauty: '', skincare: '', serum: '', lipstick: '' };
  // Variants, each listed at 148.00 USD unless said otherwise.
  const v = { aSerum: '', bSerum: '', bLipstick: '', bPlain: '', bCny: '', bTwoCheap: '', bTwoDear: '' };
  const p = { bSerum: '', bTwo: '', bCny: '' };

  const item = async (variantId: string) => {
    const res = await t.call('GET', `/api/variants/${variantId}`);
    const body = res.json() as { id: string; product_id: string; merchant_id: string; price: { amount: number; currency: string } };
    return {
      variant_id: body.id,
      product_id: body.product_id,
      merchant_id: body.merchant_id,
      price_amount: body.price.amount,
      price_currency: body.price.currency,
    };
  };
  const priced = async (variantIds: string[], currency = 'CNY', at = new Date()) =>
    pricing.salePrices(ctx, await Promise.all(variantIds.map(item)), currency, at);
  const rule = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/api/price-rules', { token: tokens.operator, body });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  before(async () => {
    t = await testApp();
    ctx = t.app.ctx;
    op = await operatorActor(ctx);
    a = await verifiedMerchant(ctx, op, 'Serum A');
    b = await verifiedMerchant(ctx, op, 'Beauty B');
    tokens.operator = (await t.userToken({ role: 'operator' })).token;
    tokens.a = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'staff' })).token;
    tokens.b = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    tokens.consumer = (await t.userToken({ role: 'consumer' })).token;
    const category = async (slug: string, parent_id: string | null) => (await createCategory(ctx, op, { slug, name_en: slug, name_zh: slug, parent_id })).id;
    cat.beauty = await category('beauty', null);
    cat.skincare = await category('skincare', cat.beauty);
    cat.serum = await category('serum', cat.skincare);
    cat.lipstick = await category('lipstick', cat.beauty);
    let n = 0;
    const listed = async (merchant: Actor, categoryIds: string[], prices: Array<{ amount: number; currency: string }>) => {
      const created = await createProduct(ctx, merchant, {
        title_en: `Priced ${++n}`,
        title_zh: '商品',
        hs_code: '330499',
        origin_country: 'US',
        status: 'active',
        category_ids: categoryIds,
        options: [{ name: 'size', values: prices.map((_, i) => `S${i}`) }],
        variants: prices.map((price, i) => ({ sku: `PR-${Date.now()}-${n}-${i}`, weight_g: 100, price, option_values: { size: `S${i}` } })),
      });
      return { productId: created.id, ids: created.variants.map((x) => x.id) };
    };
    const usd = (amount = 14800) => ({ amount, currency: 'USD' });
    v.aSerum = (await listed(a.actor, [cat.serum], [usd()])).ids[0]!;
    const bSerum = await listed(b.actor, [cat.serum], [usd()]);
    [v.bSerum, p.bSerum] = [bSerum.ids[0]!, bSerum.productId];
    v.bLipstick = (await listed(b.actor, [cat.lipstick], [usd()])).ids[0]!;
    v.bPlain = (await listed(b.actor, [], [usd()])).ids[0]!;
    const cny = await listed(b.actor, [cat.serum], [{ amount: 5011, currency: 'CNY' }]);
    [v.bCny, p.bCny] = [cny.ids[0]!, cny.productId];
    const two = await listed(b.actor, [], [usd(2000), usd(1000)]);
    [v.bTwoDear, v.bTwoCheap, p.bTwo] = [two.ids[0]!, two.ids[1]!, two.productId];
    // The USD→CNY rate of the price tests: open-ended since 2020.
    const res = await t.call('POST', '/api/fx-rates', {
      token: tokens.operator,
      body: { base: 'USD', quote: 'CNY', rate: '7.1234', valid_from: '2020-01-01T00:00:00Z' },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().rate, '7.1234');
    assert.equal(res.json().source, 'operator');
  });

  after(async () => {
    await t?.close();
  });

  describe('rates in force', () => {
    // EUR/CNY: 7.80 open from T0; 7.90 from T1 until T2. At T2 the older open rate is in force again.
    const T0 = '2026-01-01T00:00:00.000Z';
    const T1 = '2026-02-01T00:00:00.000Z';
    const T2 = '2026-03-01T00:00:00.000Z';
    const current = (at: string) => t.call('GET', `/api/fx-rates/current?base=EUR&quote=CNY&at=${encodeURIComponent(at)}`);
    const justBefore = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString();

    before(async () => {
      for (const body of [
        { base: 'EUR', quote: 'CNY', rate: '7.80', valid_from: T0 },
        { base: 'EUR', quote: 'CNY', rate: '7.9', valid_from: T1, valid_to: T2, note: 'February' },
      ]) {
        const res = await t.call('POST', '/api/fx-rates', { token: tokens.operator, body });
        assert.equal(res.statusCode, 201, res.body);
      }
    });

    it('valid_from is inclusive, valid_to exclusive, the latest valid_from wins', async () => {
      assert.equal((await current(justBefore(T0))).statusCode, 404);
      assert.equal((await current(justBefore(T0))).json().code, 'exchange_rate_not_found');
      assert.equal((await current(T0)).json().rate, '7.8');
      assert.equal((await current(justBefore(T1))).json().rate, '7.8');
      assert.equal((await current(T1)).json().rate, '7.9');
      assert.equal((await current(justBefore(T2))).json().rate, '7.9');
      assert.equal((await current(T2)).json().rate, '7.8');
      const ref = await pricing.rateInForce(ctx, 'EUR', 'CNY', new Date(T1));
      assert.deepEqual({ ...ref, id: ref?.id.slice(0, 4) }, { id: 'fxr_', base: 'EUR', quote: 'CNY', rate: '7.9', valid_from: T1 });
      assert.equal(await pricing.rateInForce(ctx, 'CNY', 'EUR', new Date(T1)), null); // no inverse lookup
    });

    it('is append-only: a second rate of the pair from the same instant is refused', async () => {
      const res = await t.call('POST', '/api/fx-rates', { token: tokens.operator, body: { base: 'EUR', quote: 'CNY', rate: '8', valid_from: T1 } });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().code, 'rate_exists');
    });

    it('refuses bad rates and validity', async () => {
      const post = (body: Record<string, unknown>) => t.call('POST', '/api/fx-rates', { token: tokens.operator, body });
      assert.equal((await post({ base: 'EUR', quote: 'CNY', rate: '7.123456789' })).statusCode, 400);
      assert.equal((await post({ base: 'EUR', quote: 'CNY', rate: '0' })).json().code, 'invalid_rate');
      assert.equal((await post({ base: 'EUR', quote: 'EUR', rate: '1' })).json().code, 'same_currency');
      assert.equal((await post({ base: 'EUR', quote: 'ABC', rate: '1' })).json().code, 'invalid_currency');
      assert.equal((await post({ base: 'EUR', quote: 'CNY', rate: '7', valid_from: T2, valid_to: T1 })).json().code, 'invalid_validity');
    });

    it('only operators manage rates; anyone reads the current one', async () => {
      assert.equal((await t.call('POST', '/api/fx-rates', { token: tokens.a, body: { base: 'EUR', quote: 'CNY', rate: '7' } })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/fx-rates', { token: tokens.a })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/fx-rates')).statusCode, 401);
      assert.equal((await t.call('POST', '/api/fx-rates/import', { token: tokens.b, body: { csv: 'x' } })).statusCode, 403);
      await assert.rejects(pricing.createRate(ctx, a.actor, { base: 'EUR', quote: 'CNY', rate: '7' }), { code: 'forbidden' });
      assert.equal((await t.call('GET', `/api/fx-rates/current?base=EUR&quote=CNY&at=${T1}`)).statusCode, 200);
    });

    it('lists newest first, filtered by pair, page by page', async () => {
      const page1 = await t.call('GET', '/api/fx-rates?base=EUR&quote=CNY&limit=1', { token: tokens.operator });
      assert.equal(page1.statusCode, 200, page1.body);
      assert.deepEqual(
        page1.json().items.map((r: { rate: string; note: string | null }) => [r.rate, r.note]),
        [['7.9', 'February']],
      );
      const page2 = await t.call('GET', `/api/fx-rates?base=EUR&quote=CNY&limit=1&cursor=${page1.json().next_cursor}`, { token: tokens.operator });
      assert.deepEqual(
        page2.json().items.map((r: { rate: string }) => r.rate),
        ['7.8'],
      );
      assert.equal(page2.json().next_cursor, null);
    });
  });

  describe('import from CSV', () => {
    const importCsv = (csv: string, dry_run = false) => t.call('POST', '/api/fx-rates/import', { token: tokens.operator, body: { csv, dry_run } });
    const gbp = async () => (await t.call('GET', '/api/fx-rates?base=GBP', { token: tokens.operator })).json().items as Array<{ rate: string; source: string }>;

    it('reports every bad row and writes nothing', async () => {
      const res = await importCsv(
        [
          'base,quote,rate,valid_from,valid_to',
          'GBP,CNY,9.1,2026-01-01,',
          'GBP,CNY,abc,2026-01-02,',
          'GBP,XXX,9.1,2026-01-03,',
          'GBP,CNY,9.2,2026-01-05,2026-01-04',
        ].join('\n'),
      );
      assert.equal(res.statusCode, 200, res.body);
      const report = res.json();
      assert.equal(report.ok, false);
      assert.equal(report.created, 0);
      assert.deepEqual(
        report.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
        [
          [3, 'rate', 'invalid_rate'],
          [4, 'quote', 'invalid_currency'],
          [5, 'valid_to', 'invalid_validity'],
        ],
      );
      assert.deepEqual(await gbp(), []);
    });

    it('a dry run checks and writes nothing; then the import writes all rows as file rates', async () => {
      const csv = 'base,quote,rate,valid_from,valid_to\r\nGBP,CNY,9.1,2026-01-01T00:00:00Z,\r\nGBP,CNY,9.25,2026-02-01T00:00:00Z,\r\n';
      const dry = (await importCsv(csv, true)).json();
      assert.deepEqual([dry.ok, dry.dry_run, dry.created, dry.errors], [true, true, 2, []]);
      assert.deepEqual(await gbp(), []);
      const done = (await importCsv(csv)).json();
      assert.deepEqual([done.ok, done.created], [true, 2]);
      assert.deepEqual(
        (await gbp()).map((r) => [r.rate, r.source]),
        [
          ['9.25', 'file'],
          ['9.1', 'file'],
        ],
      );
      assert.equal((await pricing.rateInForce(ctx, 'GBP', 'CNY', new Date('2026-01-31T23:59:59Z')))?.rate, '9.1');
      // The same file again: every row clashes with a stored rate, by row.
      const again = (await importCsv(csv)).json();
      assert.equal(again.ok, false);
      assert.deepEqual(
        again.errors.map((e: { row: number; code: string }) => [e.row, e.code]),
        [
          [2, 'rate_exists'],
          [3, 'rate_exists'],
        ],
      );
      assert.equal((await gbp()).length, 2);
    });
  });

  describe('price rules and consumer prices', () => {
    const ids = { default: '', beauty: '', skincare: '', merchantA: '' };

    before(async () => {
      ids.default = await rule({ scope: 'default', markup_bp: 200, rounding: 'none' });
      ids.beauty = await rule({ scope: 'category', category_id: cat.beauty, markup_bp: 500, rounding: 'up_to_yuan' });
      ids.skincare = await rule({ scope: 'category', category_id: cat.skincare, markup_bp: 800, rounding: 'end_90' });
      ids.merchantA = await rule({ scope: 'merchant', merchant_id: a.merchantId, sale_currency: 'CNY', markup_bp: 1000, rounding: 'nearest_yuan' });
    });

    it('merchant rule > category > parent category > default, with worked prices', async () => {
      const prices = await priced([v.aSerum, v.bSerum, v.bLipstick, v.bPlain, v.bCny]);
      const got = (id: string) => {
        const s = prices.get(id)!;
        return [s.amount, s.source, s.rule_id, s.markup_bp, s.rounding];
      };
      // 148.00 USD * 7.1234 = 105426 fen for all converted ones, then:
      // merchant A: * 1.10 = 115968.6 -> 115969, nearest yuan -> 116000
      assert.deepEqual(got(v.aSerum), [116000, 'converted', ids.merchantA, 1000, 'nearest_yuan']);
      // serum has no rule; its parent skincare: * 1.08 = 113860.08 -> 113860, end_90 -> 113890
      assert.deepEqual(got(v.bSerum), [113890, 'converted', ids.skincare, 800, 'end_90']);
      // lipstick has none; its parent beauty: * 1.05 = 110697.3 -> 110697, up to the yuan -> 110700
      assert.deepEqual(got(v.bLipstick), [110700, 'converted', ids.beauty, 500, 'up_to_yuan']);
      // no category: the default, * 1.02 = 107534.52 -> 107535
      assert.deepEqual(got(v.bPlain), [107535, 'converted', ids.default, 200, 'none']);
      // listed in CNY: as listed, no rule, no rate
      assert.deepEqual(got(v.bCny), [5011, 'list', null, 0, 'none']);
      assert.equal(prices.get(v.bCny)!.rate, null);
      const s = prices.get(v.bSerum)!;
      assert.deepEqual([s.list_amount, s.list_currency, s.currency, s.rate?.rate, s.rate?.base, s.rate?.quote], [14800, 'USD', 'CNY', '7.1234', 'USD', 'CNY']);
    });

    it("a rule on the product's own category beats its parent's; without rules there is no markup", async () => {
      const serumRule = await rule({ scope: 'category', category_id: cat.serum, markup_bp: 0, rounding: 'up_to_yuan' });
      // 105426 -> up to the yuan -> 105500
      assert.deepEqual([(await priced([v.bSerum])).get(v.bSerum)!.amount, (await priced([v.bSerum])).get(v.bSerum)!.rule_id], [105500, serumRule]);
      const del = await t.call('DELETE', `/api/price-rules/${serumRule}`, { token: tokens.operator });
      assert.equal(del.statusCode, 200, del.body);
      assert.equal(del.json().id, serumRule);
      assert.equal((await t.call('DELETE', `/api/price-rules/${serumRule}`, { token: tokens.operator })).json().code, 'price_rule_not_found');
      assert.equal((await priced([v.bSerum])).get(v.bSerum)!.amount, 113890);
      // Remove the default: an uncategorised product gets the plain conversion.
      assert.equal((await t.call('DELETE', `/api/price-rules/${ids.default}`, { token: tokens.operator })).statusCode, 200);
      const plain = (await priced([v.bPlain])).get(v.bPlain)!;
      assert.deepEqual([plain.amount, plain.rule_id, plain.markup_bp, plain.rounding], [105426, null, 0, 'none']);
      ids.default = await rule({ scope: 'default', markup_bp: 200, rounding: 'none' });
    });

    it("rules are the operator's, one per target, and checked", async () => {
      const post = (token: string, body: Record<string, unknown>) => t.call('POST', '/api/price-rules', { token, body });
      const dup = await post(tokens.operator, { scope: 'category', category_id: cat.beauty, markup_bp: 1, rounding: 'none' });
      assert.deepEqual([dup.statusCode, dup.json().code, dup.json().id], [409, 'price_rule_exists', ids.beauty]);
      // Another sale currency is another target.
      assert.equal(
        (await post(tokens.operator, { scope: 'category', category_id: cat.beauty, sale_currency: 'JPY', markup_bp: 1, rounding: 'none' })).statusCode,
        201,
      );
      assert.equal(
        (await post(tokens.operator, { scope: 'default', sale_currency: 'JPY', markup_bp: 1, rounding: 'end_90' })).json().code,
        'rounding_not_supported',
      );
      assert.equal(
        (await post(tokens.operator, { scope: 'default', merchant_id: a.merchantId, markup_bp: 1, rounding: 'none' })).json().code,
        'invalid_rule_target',
      );
      assert.equal((await post(tokens.operator, { scope: 'category', markup_bp: 1, rounding: 'none' })).json().code, 'invalid_rule_target');
      assert.equal((await post(tokens.operator, { scope: 'default', markup_bp: 10001, rounding: 'none' })).statusCode, 400);
      const ghost = await post(tokens.operator, { scope: 'category', category_id: 'cat_00000000000000000000000000', markup_bp: 1, rounding: 'none' });
      assert.equal(ghost.json().code, 'category_not_found');
      assert.equal((await post(tokens.a, { scope: 'merchant', merchant_id: a.merchantId, markup_bp: 0, rounding: 'none' })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/price-rules', { token: tokens.b })).statusCode, 403);
      assert.equal((await t.call('DELETE', `/api/price-rules/${ids.beauty}`, { token: tokens.b })).statusCode, 403);
      const list = await t.call('GET', '/api/price-rules?scope=category&sale_currency=CNY', { token: tokens.operator });
      assert.deepEqual(
        list.json().items.map((r: { id: string }) => r.id),
        [ids.beauty, ids.skincare],
      );
    });

    it("a merchant's own price overrides the converted one, until removed", async () => {
      const url = `/api/variants/${v.bSerum}/sale-prices/CNY`;
      // Another merchant's variant is not found; consumers may not; the list currency is not a sale price.
      assert.equal((await t.call('PUT', url, { token: tokens.a, body: { amount: 1 } })).json().code, 'variant_not_found');
      assert.equal((await t.call('PUT', url, { token: tokens.consumer, body: { amount: 1 } })).statusCode, 403);
      assert.equal((await t.call('PUT', `/api/variants/${v.bSerum}/sale-prices/USD`, { token: tokens.b, body: { amount: 1 } })).json().code, 'list_currency');
      assert.equal((await t.call('PUT', url, { token: tokens.b, body: { amount: 12.5 } })).statusCode, 400);
      const set = await t.call('PUT', url, { token: tokens.b, body: { amount: 99900 } });
      assert.equal(set.statusCode, 200, set.body);
      assert.deepEqual([set.json().variant_id, set.json().currency, set.json().amount], [v.bSerum, 'CNY', 99900]);
      // Setting again replaces it (one per variant and currency); an operator may too.
      assert.equal((await t.call('PUT', url, { token: tokens.operator, body: { amount: 98800 } })).json().id, set.json().id);
      const s = (await priced([v.bSerum])).get(v.bSerum)!;
      // The rate in force is still recorded, for the merchant's view of the sale in USD.
      assert.deepEqual([s.amount, s.source, s.rule_id, s.markup_bp, s.rate?.rate], [98800, 'override', null, 0, '7.1234']);
      const view = await t.call('GET', `/api/products/${p.bSerum}`);
      assert.deepEqual(view.json().variants[0].sale_price, { amount: 98800, currency: 'CNY', source: 'override' });
      const listed = await t.call('GET', `/api/variants/${v.bSerum}/sale-prices`, { token: tokens.b });
      assert.deepEqual(
        listed.json().items.map((x: { currency: string; amount: number }) => [x.currency, x.amount]),
        [['CNY', 98800]],
      );
      assert.equal((await t.call('DELETE', url, { token: tokens.a })).statusCode, 404);
      const removed = await t.call('DELETE', url, { token: tokens.b });
      assert.deepEqual([removed.statusCode, removed.json().amount], [200, 98800]);
      assert.equal((await t.call('DELETE', url, { token: tokens.b })).json().code, 'sale_price_not_found');
      assert.equal((await priced([v.bSerum])).get(v.bSerum)!.amount, 113890);
    });

    it('a missing rate is a 409 for checkout and a null price in the shop window', async () => {
      await assert.rejects(priced([v.bSerum], 'JPY'), (err: { status: number; code: string; details: unknown }) => {
        assert.deepEqual([err.status, err.code, err.details], [409, 'no_exchange_rate', { base: 'USD', quote: 'JPY' }]);
        return true;
      });
      // Before the rate's valid_from there is none either.
      await assert.rejects(priced([v.bSerum], 'CNY', new Date('2019-12-31T23:59:59Z')), { code: 'no_exchange_rate' });
      // A CNY-listed variant needs no rate.
      assert.equal((await priced([v.bCny], 'CNY', new Date('2019-01-01T00:00:00Z'))).get(v.bCny)!.amount, 5011);
      const view = await t.call('GET', `/api/products/${p.bSerum}?currency=JPY`);
      assert.equal(view.statusCode, 200, view.body);
      assert.equal(view.json().variants[0].sale_price, null);
      assert.equal(view.json().variants[0].price.amount, 14800);
      assert.equal((await t.call('GET', `/api/products/${p.bSerum}?currency=XXX`)).json().code, 'invalid_currency');
    });

    it('product lists show the lowest sale price of the active variants', async () => {
      const res = await t.call('GET', `/api/products?merchant_id=${b.merchantId}&limit=100`);
      assert.equal(res.statusCode, 200, res.body);
      const byId = new Map((res.json().items as Array<{ id: string; price_from: unknown; sale_price_from: unknown }>).map((i) => [i.id, i]));
      // 10.00 USD * 7.1234 = 71.234 -> 7123 fen, default + 2 % = 7265.46 -> 7265
      assert.deepEqual(byId.get(p.bTwo)!.sale_price_from, { amount: 7265, currency: 'CNY', source: 'converted' });
      assert.deepEqual(byId.get(p.bTwo)!.price_from, { amount: 1000, currency: 'USD' });
      assert.deepEqual(byId.get(p.bCny)!.sale_price_from, { amount: 5011, currency: 'CNY', source: 'list' });
      const jpy = await t.call('GET', `/api/products?merchant_id=${b.merchantId}&currency=JPY&limit=100`);
      const jpyById = new Map((jpy.json().items as Array<{ id: string; sale_price_from: unknown }>).map((i) => [i.id, i.sale_price_from]));
      assert.equal(jpyById.get(p.bTwo), null);
      assert.equal(jpyById.get(p.bCny), null); // CNY price, no CNY→JPY rate
    });

    it('prices many items in a fixed number of queries', async () => {
      const many = await Promise.all([v.aSerum, v.bSerum, v.bLipstick, v.bPlain, v.bCny, v.bTwoCheap, v.bTwoDear].map(item));
      let queries = 0;
      const counting = { ...ctx, db: ctx.db.withPlugin({ transformQuery: (args) => (queries++, args.node), transformResult: async (args) => args.result }) };
      await pricing.salePrices(counting, many, 'CNY', new Date());
      // overrides, category paths, rates, rules: one each
      assert.equal(queries, 4);
    });
  });

  it('the fixture product (USD) is priced too', async () => {
    const { variantIds } = await product(ctx, b.actor, { price: 1999 });
    const s = (await priced(variantIds)).get(variantIds[0]!)!;
    // 19.99 * 7.1234 = 142.396766 -> 14240 fen; default + 2 % = 14524.8 -> 14525
    assert.equal(s.amount, 14525);
  });
});
