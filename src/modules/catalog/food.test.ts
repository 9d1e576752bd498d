import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import { createProduct, shelfLifeRuleOf, variantsByIds } from './service.ts';

let seq = 0;
const stamp = Date.now().toString(36);

const variant = (over: Record<string, unknown> = {}) => ({ sku: `FOOD-${stamp}-${++seq}`, weight_g: 1000, price: { amount: 3990, currency: 'USD' }, ...over });
const productBody = (over: Record<string, unknown> = {}) => ({
  title_en: 'Bing Cherries',
  title_zh: '宾格车厘子',
  hs_code: '080929',
  origin_country: 'US',
  variants: [variant()],
  ...over,
});

interface ProductAnswer {
  id: string;
  temperature_class: string;
  min_remaining_shelf_life: unknown;
  variants: Array<{ id: string; lot_tracked: boolean; updated_at: string }>;
  [k: string]: unknown;
}

describe('catalog food fields', () => {
  let t: TestApp;
  let token: string;
  let merchantId: string;
  let actor: Actor;

  before(async () => {
    t = await testApp();
    const op = await operatorActor(t.app.ctx);
    const m = await verifiedMerchant(t.app.ctx, op, 'Cherry Orchard');
    merchantId = m.merchantId;
    actor = m.actor;
    token = (await t.userToken({ role: 'merchant', merchant_id: merchantId, merchant_role: 'staff' })).token;
  });
  after(() => t?.close());

  const post = (body: unknown) => t.call('POST', '/api/products', { token, body });
  async function create(over: Record<string, unknown> = {}): Promise<ProductAnswer> {
    const res = await post(productBody(over));
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }
  const productCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('products')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('defaults to ambient, no shelf-life rule and variants not lot-tracked', async () => {
    const p = await create();
    assert.equal(p.temperature_class, 'ambient');
    assert.equal(p.min_remaining_shelf_life, null);
    assert.equal(p.variants[0]!.lot_tracked, false);
    // The storage columns stay inside: answers carry the one rule field.
    assert.ok(!('min_shelf_life_days' in p) && !('min_shelf_life_fraction' in p), Object.keys(p).join(','));
  });

  it('takes a temperature class, a rule in days and lot tracking per variant, and answers them everywhere', async () => {
    const p = await create({
      temperature_class: 'chilled',
      min_remaining_shelf_life: { days: 3 },
      status: 'active',
      variants: [variant({ lot_tracked: true })],
    });
    assert.equal(p.temperature_class, 'chilled');
    assert.deepEqual(p.min_remaining_shelf_life, { days: 3 });
    assert.equal(p.variants[0]!.lot_tracked, true);

    const got = (await t.call('GET', `/api/products/${p.id}`)).json() as ProductAnswer;
    assert.equal(got.temperature_class, 'chilled');
    assert.deepEqual(got.min_remaining_shelf_life, { days: 3 });
    assert.equal(got.variants[0]!.lot_tracked, true);

    const listed = (await t.call('GET', `/api/products?merchant_id=${merchantId}&limit=100`, { token })).json() as { items: ProductAnswer[] };
    const item = listed.items.find((i) => i.id === p.id)!;
    assert.equal(item.temperature_class, 'chilled');
    assert.deepEqual(item.min_remaining_shelf_life, { days: 3 });

    const variantRes = await t.call('GET', `/api/variants/${p.variants[0]!.id}`);
    assert.equal((variantRes.json() as { lot_tracked: boolean }).lot_tracked, true);
  });

  it('answers a fraction rule as a number, and hands other modules the columns shelfLifeRuleOf reads', async () => {
    const p = await create({ title_en: 'Infant formula', title_zh: '婴儿配方奶粉', hs_code: '190110', min_remaining_shelf_life: { fraction: 0.667 } });
    assert.deepEqual(p.min_remaining_shelf_life, { fraction: 0.667 });
    const [row] = await variantsByIds(t.app.ctx, [p.variants[0]!.id]);
    assert.deepEqual(shelfLifeRuleOf(row!), { fraction: 0.667 });
    assert.equal(row!.temperature_class, 'ambient');
  });

  it('refuses a bad temperature class or shelf-life rule with 400, creating nothing', async () => {
    const before = await productCount();
    const bad: Array<[unknown, string]> = [
      [{ temperature_class: 'warm' }, 'validation'],
      [{ min_remaining_shelf_life: { days: -1 } }, 'validation'],
      [{ min_remaining_shelf_life: { days: 3651 } }, 'validation'],
      [{ min_remaining_shelf_life: { days: 1.5 } }, 'validation'],
      [{ min_remaining_shelf_life: { fraction: 1.5 } }, 'validation'],
      [{ min_remaining_shelf_life: { fraction: -0.1 } }, 'validation'],
      [{ min_remaining_shelf_life: { days: 3, fraction: 0.5 } }, 'validation'],
      [{ min_remaining_shelf_life: {} }, 'validation'],
      [{ min_remaining_shelf_life: { weeks: 2 } }, 'validation'],
      // Passes the schema; numeric(4,3) would round it, so the service refuses it.
      [{ min_remaining_shelf_life: { fraction: 0.6667 } }, 'invalid_shelf_life'],
      [{ variants: [variant({ lot_tracked: 'maybe' })] }, 'validation'],
    ];
    for (const [over, code] of bad) {
      const res = await post(productBody(over as Record<string, unknown>));
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
      if (code !== 'validation') assert.equal((res.json() as { code: string }).code, code);
    }
    assert.equal(await productCount(), before);
  });

  it('checks the rule in the service too, for callers that skip the HTTP schema', async () => {
    const base = { ...productBody(), variants: [variant()] } as Parameters<typeof createProduct>[2];
    for (const rule of [{ days: 2, fraction: 0.5 }, { days: 3651 }, { fraction: 2 }, { weeks: 1 }]) {
      await assert.rejects(
        createProduct(t.app.ctx, actor, { ...base, min_remaining_shelf_life: rule as never }),
        (e: { code?: string }) => e.code === 'invalid_shelf_life',
        JSON.stringify(rule),
      );
    }
    await assert.rejects(
      createProduct(t.app.ctx, actor, { ...base, temperature_class: 'warm' as never }),
      (e: { code?: string }) => e.code === 'invalid_temperature_class',
    );
  });

  it('changes the class and the rule on PATCH (one rule replaces the other; null removes it), refusing bad ones', async () => {
    const p = await create({ min_remaining_shelf_life: { days: 5 } });
    const patch = (body: unknown) => t.call('PATCH', `/api/products/${p.id}`, { token, body });

    // Days to fraction: the days must be cleared, or the one-rule check constraint would refuse the row.
    let res = await patch({ min_remaining_shelf_life: { fraction: 0.5 }, temperature_class: 'frozen' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().min_remaining_shelf_life, { fraction: 0.5 });
    assert.equal(res.json().temperature_class, 'frozen');

    res = await patch({ min_remaining_shelf_life: { days: 30 } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().min_remaining_shelf_life, { days: 30 });
    assert.equal(res.json().temperature_class, 'frozen', 'a patch without the class keeps it');

    for (const body of [{ min_remaining_shelf_life: { days: -3 } }, { min_remaining_shelf_life: { fraction: 0.1234 } }, { temperature_class: 'hot' }]) {
      res = await patch(body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
    }
    const kept = (await t.call('GET', `/api/products/${p.id}`, { token })).json() as ProductAnswer;
    assert.deepEqual(kept.min_remaining_shelf_life, { days: 30 });

    res = await patch({ min_remaining_shelf_life: null });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().min_remaining_shelf_life, null);
    const row = await t.database.db
      .selectFrom('products')
      .select(['min_shelf_life_days', 'min_shelf_life_fraction'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { min_shelf_life_days: null, min_shelf_life_fraction: null });
  });

  it('fixes lot tracking at creation: a different value is refused with 409, the same one changes nothing', async () => {
    const p = await create({ variants: [variant({ lot_tracked: true })] });
    const tracked = p.variants[0]!;
    const patchVariant = (id: string, body: unknown) => t.call('PATCH', `/api/variants/${id}`, { token, body });

    let res = await patchVariant(tracked.id, { lot_tracked: false });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'lot_tracking_fixed');
    // Refused whole: the price sent along is not applied either.
    res = await patchVariant(tracked.id, { lot_tracked: false, price: { amount: 1, currency: 'USD' } });
    assert.equal(res.statusCode, 409, res.body);

    res = await patchVariant(tracked.id, { lot_tracked: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().lot_tracked, true);
    assert.equal(res.json().updated_at, tracked.updated_at, 'nothing changed, so updated_at stays');
    assert.equal(res.json().price.amount, 3990);

    // A variant added later is tracked or not from its own creation on.
    const q = await create({ options: [{ name: 'size', values: ['1 kg', '2.5 kg'] }], variants: [variant({ option_values: { size: '1 kg' } })] });
    const second = await t.call('POST', `/api/products/${q.id}/variants`, { token, body: variant({ option_values: { size: '2.5 kg' }, lot_tracked: true }) });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().lot_tracked, true);
    assert.equal(q.variants[0]!.lot_tracked, false);
    res = await patchVariant(q.variants[0]!.id, { lot_tracked: true });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'lot_tracking_fixed');
  });

  it('documents the fields in the OpenAPI schemas of requests and answers', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const text = JSON.stringify(doc.paths['/api/products']);
    for (const name of ['temperature_class', 'min_remaining_shelf_life', 'lot_tracked', 'fraction']) assert.ok(text.includes(`"${name}"`), name);
    assert.ok(JSON.stringify(doc.paths['/api/variants/{id}']).includes('"lot_tracked"'));
  });
});

describe('shelfLifeRuleOf', () => {
  it('reads days, a fraction given as a string or number, and {days: 0} when there is no rule', () => {
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: null, min_shelf_life_fraction: null }), { days: 0 });
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: 3, min_shelf_life_fraction: null }), { days: 3 });
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: 0, min_shelf_life_fraction: null }), { days: 0 });
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: null, min_shelf_life_fraction: '0.667' }), { fraction: 0.667 });
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: null, min_shelf_life_fraction: 0.5 }), { fraction: 0.5 });
    assert.deepEqual(shelfLifeRuleOf({ min_shelf_life_days: null, min_shelf_life_fraction: '0.000' }), { fraction: 0 });
  });
});
