import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import type { Actor } from '../../shared/actor.ts';
import { createBrand } from '../brands/service.ts';
import { applyAsMerchant, suspendMerchant, verifyMerchant } from '../merchants/service.ts';

let seq = 0;
const variant = (over: Record<string, unknown> = {}) => ({ sku: `SKU-${++seq}`, weight_g: 300, price: { amount: 9900, currency: 'CNY' }, ...over });

interface M {
  id: string;
  token: string;
}
interface Item {
  id: string;
  title_en: string;
  status: string;
  price_from: { amount: number; currency: string } | null;
}

describe('catalog listing and search', () => {
  let t: TestApp;
  let opToken: string;
  let operator: Actor;
  let A: M;
  let B: M;
  let catClothing: string;
  let catJeans: string;
  let brand: string;
  const ids: Record<string, string> = {};

  async function merchant(): Promise<M> {
    const n = ++seq;
    const { merchant } = await applyAsMerchant(t.app.ctx, {
      legal_name: `Listing ${n} Ltd`,
      display_name: `Listing ${n}`,
      country: 'CN',
      region: 'Zhejiang',
      registration_number: `LST-${n}`,
      contact_name: 'Wang Fang',
      contact_email: `l${n}@test.meridian`,
      headcount: 5,
      sector: 'apparel',
      default_currency: 'CNY',
      owner: { email: `listing-owner${n}@test.meridian`, password: 'correct-horse-battery', display_name: 'Owner' },
    });
    await verifyMerchant(t.app.ctx, operator, merchant.id);
    return { id: merchant.id, token: (await t.userToken({ role: 'merchant', merchant_id: merchant.id, merchant_role: 'staff' })).token };
  }

  async function create(m: M, body: Record<string, unknown>): Promise<string> {
    const res = await t.call('POST', '/api/products', { token: m.token, body: { hs_code: '620342', origin_country: 'CN', variants: [variant()], ...body } });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id;
  }

  async function list(query: Record<string, string | number>, token?: string) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const res = await t.call('GET', `/api/products?${qs}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Item[]; next_cursor: string | null };
  }
  const found = async (q: string, token?: string, extra: Record<string, string> = {}) =>
    (await list({ q, ...extra }, token)).items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.id).sort();

  before(async () => {
    t = await testApp();
    const op = await t.userToken({ role: 'operator' });
    opToken = op.token;
    operator = { kind: 'user', userId: op.userId, role: 'operator', merchantId: null, merchantRole: null, locationId: null };
    A = await merchant();
    B = await merchant();
    catClothing = (await t.call('POST', '/api/categories', { token: opToken, body: { slug: 'clothing', name_en: 'Clothing', name_zh: '服装' } })).json().id;
    catJeans = (
      await t.call('POST', '/api/categories', { token: opToken, body: { slug: 'jeans', name_en: 'Jeans', name_zh: '牛仔裤', parent_id: catClothing } })
    ).json().id;
    brand = (await createBrand(t.app.ctx, operator, { merchant_id: A.id, name_en: 'Blue River', name_zh: '蓝河' })).id;

    ids.jeans = await create(A, {
      status: 'active',
      title_en: 'Slim Straight Denim Jeans',
      title_zh: '修身直筒牛仔裤',
      category_ids: [catJeans],
      options: [{ name: 'size', values: ['30', '32'] }],
      variants: [
        variant({ option_values: { size: '30' }, price: { amount: 39900, currency: 'CNY' } }),
        variant({ option_values: { size: '32' }, price: { amount: 35900, currency: 'CNY' } }),
      ],
    });
    ids.jacket = await create(A, { status: 'active', title_en: 'Denim Trucker Jacket', title_zh: '牛仔夹克', category_ids: [catClothing] });
    ids.tee = await create(A, {
      status: 'active',
      title_en: 'Cotton Tee',
      title_zh: '纯棉T恤',
      description_en: 'Made of 100% cotton.',
      brand_id: brand,
      variants: [variant({ sku: 'TEE-WHT-M' })],
    });
    ids.sheets = await create(A, { status: 'active', title_en: 'Thread count 1000 sheets', title_zh: '千支床单' });
    ids.draft = await create(A, { title_en: 'Denim Shorts', title_zh: '牛仔短裤' });
    ids.raw = await create(B, { status: 'active', title_en: 'Raw Denim', title_zh: '原色牛仔布' });
  });
  after(() => t?.close());

  it('finds Chinese substrings: 牛仔裤 inside 修身直筒牛仔裤', async () => {
    assert.deepEqual(await found('牛仔裤'), ['jeans']);
    assert.deepEqual(await found('直筒'), ['jeans']);
    assert.deepEqual(await found('牛仔'), ['jacket', 'jeans', 'raw']);
  });

  it('finds English case-insensitively, full-width too, by substring', async () => {
    for (const q of ['denim', 'DENIM', 'Denim', 'ＤＥＮＩＭ', 'eni']) assert.deepEqual(await found(q), ['jacket', 'jeans', 'raw'], q);
  });

  it('requires every term to match, in any order and language', async () => {
    assert.deepEqual(await found('denim jacket'), ['jacket']);
    assert.deepEqual(await found('  JACKET   denim '), ['jacket']);
    assert.deepEqual(await found('牛仔 夹克'), ['jacket']);
    assert.deepEqual(await found('denim 修身'), ['jeans']);
    assert.deepEqual(await found('denim cotton'), []);
  });

  it('finds by brand name (en and zh), description and SKU', async () => {
    assert.deepEqual(await found('蓝河'), ['tee']);
    assert.deepEqual(await found('blue river'), ['tee']);
    assert.deepEqual(await found('cotton.'), ['tee']);
    assert.deepEqual(await found('tee-wht'), ['tee']);
  });

  it('matches % and _ literally', async () => {
    assert.deepEqual(await found('100%'), ['tee']);
    assert.deepEqual(await found('%'), ['tee']);
    assert.deepEqual(await found('_'), []);
  });

  it('searches within each viewer’s scope: drafts only for their owner and operators', async () => {
    assert.deepEqual(await found('denim', A.token), ['draft', 'jacket', 'jeans']);
    assert.deepEqual(await found('denim', B.token), ['raw']);
    assert.deepEqual(await found('denim', opToken), ['draft', 'jacket', 'jeans', 'raw']);
    assert.deepEqual(await found('denim', undefined, { status: 'draft' }), []);
    assert.deepEqual(await found('denim', A.token, { status: 'draft' }), ['draft']);
    assert.deepEqual(await found('denim', B.token, { merchant_id: A.id }), [], "a merchant cannot list another merchant's products");
  });

  it('filters by category (including subcategories), brand and merchant', async () => {
    assert.deepEqual(await found('', undefined, { category_id: catClothing }), ['jacket', 'jeans']);
    assert.deepEqual(await found('', undefined, { category_id: catJeans }), ['jeans']);
    assert.deepEqual(await found('jacket', undefined, { category_id: catJeans }), []);
    assert.deepEqual(await found('', undefined, { brand_id: brand }), ['tee']);
    assert.deepEqual(await found('', undefined, { merchant_id: B.id }), ['raw']);
    assert.deepEqual(await found('', undefined, { category_id: 'cat_01ARZ3NDEKTSV4RRFFQ69G5FAV' }), []);
  });

  it('lists the lowest active price of each product', async () => {
    const jeans = (await list({ q: '牛仔裤' })).items[0]!;
    assert.deepEqual(jeans.price_from, { amount: 35900, currency: 'CNY' });
  });

  it('pages without duplicates or gaps, skipping what the viewer may not see', async () => {
    const M1 = await merchant();
    const C = await merchant();
    const made: { id: string; by: 'M' | 'C'; active: boolean }[] = [];
    for (let i = 0; i < 30; i++) {
      const by = i % 3 === 0 ? 'C' : 'M';
      const active = by === 'C' || i % 2 === 0;
      const id = await create(by === 'C' ? C : M1, { status: active ? 'active' : 'draft', title_en: `Paging item ${i}`, title_zh: `分页商品 ${i}` });
      made.push({ id, by, active });
    }
    // C's products were active, then C was suspended: the public must no longer see them.
    await suspendMerchant(t.app.ctx, operator, C.id, 'Paging test');

    async function walk(query: Record<string, string | number>, token?: string): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page = await list({ ...query, ...(cursor ? { cursor } : {}) }, token);
        assert.ok(page.items.length <= Number(query.limit), 'never more than limit');
        seen.push(...page.items.map((i) => i.id));
        cursor = page.next_cursor;
        if (!cursor) return seen;
      }
      throw new Error('paging did not end');
    }
    const sorted = (xs: string[]) => [...xs].sort();
    const publicExpected = made.filter((m) => m.by === 'M' && m.active).map((m) => m.id);
    for (const limit of [1, 4, 7, 100]) {
      const seen = await walk({ q: 'paging item', limit });
      assert.deepEqual(seen, sorted(publicExpected), `public, limit ${limit}`);
    }
    const ownerExpected = made.filter((m) => m.by === 'M').map((m) => m.id);
    assert.deepEqual(await walk({ q: '分页', limit: 6 }, M1.token), sorted(ownerExpected));
    assert.deepEqual(await walk({ q: 'paging', limit: 8 }, opToken), sorted(made.map((m) => m.id)));
    assert.deepEqual(await walk({ limit: 5 }, C.token), sorted(made.filter((m) => m.by === 'C').map((m) => m.id)), 'a suspended merchant still sees its own');

    const bad = await t.call('GET', '/api/products?cursor=bm90LWEtY3Vyc29y');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'invalid_cursor');
    assert.equal((await t.call('GET', '/api/products?limit=0')).json().code, 'validation_failed');
    assert.equal((await t.call('GET', '/api/products?sort=price')).json().code, 'validation_failed');
  });
});
