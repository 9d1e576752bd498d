import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import type { Actor } from '../../shared/actor.ts';
import { gtinCheckDigit } from '../../shared/gtin.ts';
import { createBrand } from '../brands/service.ts';
import { applyAsMerchant, suspendMerchant, verifyMerchant } from '../merchants/service.ts';
import { variantByGtin, variantsByIds } from './service.ts';

let seq = 0;
const stamp = Date.now().toString(36);

/** A valid GTIN-13 under GS1 China's prefix 690, different on each call. */
function newGtin13(): string {
  const body = `690${String(++seq).padStart(6, '0')}${String(Date.now() % 1000).padStart(3, '0')}`;
  return body + String(gtinCheckDigit(body));
}

const variant = (over: Record<string, unknown> = {}) => ({ sku: `SKU-${stamp}-${++seq}`, weight_g: 450, price: { amount: 29900, currency: 'CNY' }, ...over });
const productBody = (over: Record<string, unknown> = {}) => ({
  title_en: 'Plain product',
  title_zh: '普通商品',
  hs_code: '620342',
  origin_country: 'CN',
  variants: [variant()],
  ...over,
});

describe('catalog', () => {
  let t: TestApp;
  let opToken: string;
  let operator: Actor;
  interface M {
    id: string;
    token: string;
  }
  let A: M; // verified
  let B: M; // verified, another tenant
  let P: M; // pending
  let consumerToken: string;
  let brandA: string;
  let brandB: string;
  let catClothing: string;
  let catJeans: string;

  async function merchant(verified: boolean): Promise<M> {
    const n = ++seq;
    const { merchant } = await applyAsMerchant(t.app.ctx, {
      legal_name: `Merchant ${n} Ltd`,
      display_name: `Merchant ${n}`,
      country: 'CN',
      region: 'Shanghai',
      registration_number: `REG-${stamp}-${n}`,
      contact_name: 'Li Wei',
      contact_email: `contact${n}@test.meridian`,
      headcount: 12,
      sector: 'apparel',
      default_currency: 'CNY',
      owner: { email: `owner${n}.${stamp}@test.meridian`, password: 'correct-horse-battery', display_name: 'Owner' },
    });
    if (verified) await verifyMerchant(t.app.ctx, operator, merchant.id);
    const { token } = await t.userToken({ role: 'merchant', merchant_id: merchant.id, merchant_role: 'staff' });
    return { id: merchant.id, token };
  }

  const count = async (table: 'products' | 'variants' | 'product_categories') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({ products: await count('products'), variants: await count('variants'), product_categories: await count('product_categories') });

  async function create(m: M, over: Record<string, unknown> = {}) {
    const res = await t.call('POST', '/api/products', { token: m.token, body: productBody(over) });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }
  const setStatus = (token: string | undefined, id: string, status: string) => t.call('POST', `/api/products/${id}/status`, { token, body: { status } });

  before(async () => {
    t = await testApp();
    const op = await t.userToken({ role: 'operator' });
    opToken = op.token;
    operator = { kind: 'user', userId: op.userId, role: 'operator', merchantId: null, merchantRole: null, locationId: null };
    A = await merchant(true);
    B = await merchant(true);
    P = await merchant(false);
    consumerToken = (await t.userToken({ role: 'consumer' })).token;
    brandA = (await createBrand(t.app.ctx, operator, { merchant_id: A.id, name_en: `Blue River ${stamp}`, name_zh: '蓝河' })).id;
    brandB = (await createBrand(t.app.ctx, operator, { merchant_id: B.id, name_en: `Other Brand ${stamp}`, name_zh: '别的' })).id;
    const clothing = await t.call('POST', '/api/categories', { token: opToken, body: { slug: 'clothing', name_en: 'Clothing', name_zh: '服装' } });
    assert.equal(clothing.statusCode, 201, clothing.body);
    catClothing = clothing.json().id;
    const jeans = await t.call('POST', '/api/categories', {
      token: opToken,
      body: { slug: 'jeans', name_en: 'Jeans', name_zh: '牛仔裤', parent_id: catClothing, position: 2 },
    });
    assert.equal(jeans.statusCode, 201, jeans.body);
    catJeans = jeans.json().id;
  });
  after(() => t?.close());

  describe('categories', () => {
    it('are created by operators only, with unique slugs and known parents, and listed publicly', async () => {
      assert.equal((await t.call('POST', '/api/categories', { token: A.token, body: { slug: 'shoes', name_en: 'Shoes', name_zh: '鞋' } })).statusCode, 403);
      const dup = await t.call('POST', '/api/categories', { token: opToken, body: { slug: 'jeans', name_en: 'Jeans', name_zh: '牛仔裤' } });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.json().code, 'slug_taken');
      const orphan = await t.call('POST', '/api/categories', {
        token: opToken,
        body: { slug: 'orphan', name_en: 'Orphan', name_zh: '孤', parent_id: 'cat_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      });
      assert.equal(orphan.statusCode, 404);
      assert.equal(orphan.json().code, 'category_not_found');
      const list = await t.call('GET', '/api/categories');
      assert.equal(list.statusCode, 200);
      const jeans = list.json().items.find((c: { slug: string }) => c.slug === 'jeans');
      assert.deepEqual(jeans, { id: catJeans, slug: 'jeans', parent_id: catClothing, name_en: 'Jeans', name_zh: '牛仔裤', position: 2 });
      assert.equal(
        list.json().items.some((c: { slug: string }) => c.slug === 'orphan' || c.slug === 'shoes'),
        false,
      );
    });
  });

  describe('creating products', () => {
    it('creates a product with variants, options, categories and brand in one call', async () => {
      const gtin = newGtin13();
      const res = await t.call('POST', '/api/products', {
        token: A.token,
        body: productBody({
          title_en: 'Slim Straight Denim Jeans',
          title_zh: '修身直筒牛仔裤',
          description_en: 'Stretch denim, mid rise.',
          brand_id: brandA,
          hs_code: '6203423100',
          image_urls: ['https://cdn.example.com/jeans-1.jpg'],
          category_ids: [catJeans],
          options: [
            { name: 'size', values: ['30', '32'] },
            { name: 'colour', values: ['indigo', 'black'] },
          ],
          variants: [
            variant({ sku: `JEANS-30-IND-${stamp}`, gtin, option_values: { size: '30', colour: 'indigo' } }),
            variant({ sku: `JEANS-32-BLK-${stamp}`, option_values: { colour: 'black', size: '32' }, price: { amount: 31900, currency: 'CNY' } }),
          ],
        }),
      });
      assert.equal(res.statusCode, 201, res.body);
      const p = res.json();
      assert.match(p.id, /^prd_/);
      assert.equal(p.merchant_id, A.id);
      assert.equal(p.status, 'draft');
      assert.deepEqual(p.brand, { id: brandA, name_en: `Blue River ${stamp}`, name_zh: '蓝河' });
      assert.deepEqual(
        p.categories.map((c: { id: string }) => c.id),
        [catJeans],
      );
      assert.equal(p.variants.length, 2);
      const [v1, v2] = p.variants;
      assert.equal(v1.gtin, `0${gtin}`, 'GTIN-13 stored in its 14-digit form');
      assert.deepEqual(v1.price, { amount: 29900, currency: 'CNY' });
      assert.deepEqual(v2.price, { amount: 31900, currency: 'CNY' });
      assert.equal(v2.gtin, null);
      assert.deepEqual(v2.option_values, { colour: 'black', size: '32' });
      const row = await t.database.db.selectFrom('products').select('search_text').where('id', '=', p.id).executeTakeFirstOrThrow();
      for (const part of ['slim straight denim jeans', '修身直筒牛仔裤', 'stretch denim', `blue river ${stamp}`, '蓝河', `jeans-30-ind-${stamp}`]) {
        assert.ok(row.search_text.includes(part), `search_text has ${part}`);
      }
      // The owner reads it back with the same shape.
      const got = await t.call('GET', `/api/products/${p.id}`, { token: A.token });
      assert.equal(got.statusCode, 200);
      assert.deepEqual(got.json().variants, p.variants);
    });

    it('lets an operator list for a merchant, and refuses a merchant naming another merchant', async () => {
      const res = await t.call('POST', '/api/products', { token: opToken, body: productBody({ merchant_id: B.id }) });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().merchant_id, B.id);
      const none = await t.call('POST', '/api/products', { token: opToken, body: productBody() });
      assert.equal(none.json().code, 'merchant_required');
      const unknown = await t.call('POST', '/api/products', { token: opToken, body: productBody({ merchant_id: 'mer_01ARZ3NDEKTSV4RRFFQ69G5FAV' }) });
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().code, 'merchant_not_found');
      const other = await t.call('POST', '/api/products', { token: A.token, body: productBody({ merchant_id: B.id }) });
      assert.equal(other.statusCode, 404);
      assert.equal((await t.call('POST', '/api/products', { token: consumerToken, body: productBody() })).statusCode, 403);
      assert.equal((await t.call('POST', '/api/products', { body: productBody() })).statusCode, 401);
    });

    it('refuses bad input with stable codes and writes nothing', async () => {
      const taken = await create(A, { variants: [variant({ gtin: newGtin13() })] });
      const takenSku = taken.variants[0].sku as string;
      const takenGtin = taken.variants[0].gtin as string;
      const sized = { options: [{ name: 'size', values: ['S', 'M'] }] };
      const ok = () => variant({ option_values: { size: 'S' } });
      const cases: [string, Record<string, unknown>, number, string][] = [
        ['bad GTIN check digit', { variants: [variant(), variant({ gtin: '4006381333932' })] }, 400, 'invalid_gtin'],
        ['GTIN of wrong length', { variants: [variant({ gtin: '400638133393' + '12' })] }, 400, 'invalid_gtin'],
        ['unknown currency', { variants: [variant(), variant({ price: { amount: 100, currency: 'XYZ' } })] }, 400, 'invalid_currency'],
        ['negative price', { variants: [variant({ price: { amount: -1, currency: 'CNY' } })] }, 400, 'validation_failed'],
        ['fractional price', { variants: [variant({ price: { amount: 99.5, currency: 'CNY' } })] }, 400, 'validation_failed'],
        ['unknown product field', { colour: 'red' }, 400, 'validation_failed'],
        ['unknown variant field', { variants: [variant({ stock: 5 })] }, 400, 'validation_failed'],
        ['no variants', { variants: [] }, 400, 'validation_failed'],
        ['option value not allowed', { ...sized, variants: [ok(), variant({ option_values: { size: 'XL' } })] }, 400, 'option_values_mismatch'],
        ['option missing', { ...sized, variants: [variant()] }, 400, 'option_values_mismatch'],
        ['option not on the product', { ...sized, variants: [variant({ option_values: { size: 'S', fit: 'slim' } })] }, 400, 'option_values_mismatch'],
        ['same combination twice', { ...sized, variants: [ok(), ok()] }, 409, 'option_combination_taken'],
        ['two variants without options', { variants: [variant(), variant()] }, 409, 'option_combination_taken'],
        [
          'mixed currencies',
          {
            options: [{ name: 'v', values: ['a', 'b'] }],
            variants: [variant({ option_values: { v: 'a' } }), variant({ option_values: { v: 'b' }, price: { amount: 100, currency: 'USD' } })],
          },
          400,
          'currency_mismatch',
        ],
        ['short HS code', { hs_code: '62034' }, 400, 'validation_failed'],
        ['not a country', { origin_country: 'ZZ' }, 400, 'invalid_country'],
        ['http image', { image_urls: ['http://cdn.example.com/a.jpg'] }, 400, 'validation_failed'],
        ['eleven images', { image_urls: Array.from({ length: 11 }, (_, i) => `https://cdn.example.com/${i}.jpg`) }, 400, 'validation_failed'],
        ['unknown category', { category_ids: [catJeans, 'cat_01ARZ3NDEKTSV4RRFFQ69G5FAV'] }, 404, 'category_not_found'],
        ["another merchant's brand", { brand_id: brandB }, 404, 'brand_not_found'],
        ['SKU already used by the merchant', { variants: [variant({ sku: takenSku })] }, 409, 'sku_taken'],
        [
          'SKU twice in one request',
          {
            options: [{ name: 'v', values: ['a', 'b'] }],
            variants: [variant({ sku: 'TWICE', option_values: { v: 'a' } }), variant({ sku: 'TWICE', option_values: { v: 'b' } })],
          },
          409,
          'sku_taken',
        ],
        ['GTIN already used', { variants: [variant({ gtin: takenGtin.slice(1) })] }, 409, 'gtin_taken'],
        ['status archived at creation', { status: 'archived' }, 400, 'validation_failed'],
      ];
      const before = await counts();
      for (const [what, over, status, code] of cases) {
        const res = await t.call('POST', '/api/products', { token: A.token, body: productBody({ category_ids: [catJeans], ...over }) });
        assert.equal(res.statusCode, status, `${what}: ${res.body}`);
        assert.equal(res.json().code, code, what);
      }
      assert.deepEqual(await counts(), before, 'no row written by any refused request');
    });

    it('of two concurrent creates with the same SKU exactly one wins, and the loser leaves nothing', async () => {
      const before = await counts();
      const sku = `RACE-${stamp}`;
      const results = await Promise.all(
        [1, 2].map(() => t.call('POST', '/api/products', { token: A.token, body: productBody({ category_ids: [catClothing], variants: [variant({ sku })] }) })),
      );
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409]);
      assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'sku_taken');
      assert.deepEqual(await counts(), { products: before.products + 1, variants: before.variants + 1, product_categories: before.product_categories + 1 });
    });
  });

  describe('status and visibility', () => {
    it('moves draft → active → archived → draft and refuses other moves with 409', async () => {
      const p = await create(A);
      const expectRefused = async (to: string) => {
        const res = await setStatus(A.token, p.id, to);
        assert.equal(res.statusCode, 409, `→ ${to}: ${res.body}`);
        assert.equal(res.json().code, 'invalid_transition');
        return res.json();
      };
      const refused = await expectRefused('archived');
      assert.equal(refused.current_status, 'draft');
      assert.deepEqual(refused.allowed, ['active']);
      assert.equal((await setStatus(A.token, p.id, 'active')).json().status, 'active');
      await expectRefused('draft');
      const same = await setStatus(A.token, p.id, 'active');
      assert.equal(same.statusCode, 200, 'asking for the current status changes nothing');
      assert.equal((await setStatus(A.token, p.id, 'archived')).json().status, 'archived');
      await expectRefused('active');
      assert.equal((await setStatus(A.token, p.id, 'draft')).json().status, 'draft');
      const row = await t.database.db.selectFrom('products').select('status').where('id', '=', p.id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'draft');
    });

    it('refuses activation for a merchant that is not verified, at creation and later', async () => {
      const before = await counts();
      const direct = await t.call('POST', '/api/products', { token: P.token, body: productBody({ status: 'active' }) });
      assert.equal(direct.statusCode, 409);
      assert.equal(direct.json().code, 'merchant_not_verified');
      assert.deepEqual(await counts(), before);
      const draft = await create(P);
      const res = await setStatus(P.token, draft.id, 'active');
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().code, 'merchant_not_verified');
      assert.equal((await t.call('GET', `/api/products/${draft.id}`, { token: P.token })).json().status, 'draft');
      // Not even an operator can activate it.
      assert.equal((await setStatus(opToken, draft.id, 'active')).json().code, 'merchant_not_verified');
    });

    it('hides drafts from the public and from other merchants (404), shows them to the owner and operators', async () => {
      const p = await create(A, { title_en: 'Secret draft' });
      const vId = p.variants[0].id;
      for (const token of [undefined, B.token, consumerToken]) {
        assert.equal((await t.call('GET', `/api/products/${p.id}`, { token })).statusCode, 404);
        assert.equal((await t.call('GET', `/api/variants/${vId}`, { token })).statusCode, 404);
      }
      for (const token of [A.token, opToken]) {
        assert.equal((await t.call('GET', `/api/products/${p.id}`, { token })).statusCode, 200);
        assert.equal((await t.call('GET', `/api/variants/${vId}`, { token })).statusCode, 200);
      }
      await setStatus(A.token, p.id, 'active');
      const pub = await t.call('GET', `/api/products/${p.id}`);
      assert.equal(pub.statusCode, 200);
      assert.equal((await t.call('GET', `/api/variants/${vId}`)).json().price.amount, 29900);
    });

    it("lets no merchant change another merchant's product or variant (404, unchanged)", async () => {
      const p = await create(A, { title_en: 'Mine', options: [{ name: 'size', values: ['S', 'M'] }], variants: [variant({ option_values: { size: 'S' } })] });
      const vId = p.variants[0].id;
      const before = await counts();
      const patch = await t.call('PATCH', `/api/products/${p.id}`, { token: B.token, body: { title_en: 'Stolen' } });
      assert.equal(patch.statusCode, 404);
      assert.equal(patch.json().code, 'product_not_found');
      const add = await t.call('POST', `/api/products/${p.id}/variants`, { token: B.token, body: variant({ option_values: { size: 'M' } }) });
      assert.equal(add.statusCode, 404);
      const vPatch = await t.call('PATCH', `/api/variants/${vId}`, { token: B.token, body: { price: { amount: 1, currency: 'CNY' } } });
      assert.equal(vPatch.statusCode, 404);
      assert.equal((await setStatus(B.token, p.id, 'active')).statusCode, 404);
      assert.deepEqual(await counts(), before);
      const mine = (await t.call('GET', `/api/products/${p.id}`, { token: A.token })).json();
      assert.equal(mine.title_en, 'Mine');
      assert.equal(mine.status, 'draft');
      assert.equal(mine.variants.length, 1);
      assert.deepEqual(mine.variants[0].price, { amount: 29900, currency: 'CNY' });
      // Consumers cannot even reach the write routes.
      assert.equal((await t.call('PATCH', `/api/products/${p.id}`, { token: consumerToken, body: { title_en: 'x' } })).statusCode, 403);
    });

    it('hides active products of a merchant once suspended', async () => {
      const S = await merchant(true);
      const p = await create(S, { status: 'active', title_en: `Suspended goods ${stamp}` });
      assert.equal((await t.call('GET', `/api/products/${p.id}`)).statusCode, 200);
      await suspendMerchant(t.app.ctx, operator, S.id, 'Counterfeit complaints');
      assert.equal((await t.call('GET', `/api/products/${p.id}`)).statusCode, 404);
      const list = await t.call('GET', `/api/products?q=${encodeURIComponent(`suspended goods ${stamp}`)}`);
      assert.deepEqual(list.json().items, []);
      assert.equal((await t.call('GET', `/api/products/${p.id}`, { token: opToken })).statusCode, 200);
    });
  });

  describe('updating', () => {
    it('patches fields, brand and categories, keeping search_text current', async () => {
      const p = await create(A, { category_ids: [catClothing] });
      const res = await t.call('PATCH', `/api/products/${p.id}`, {
        token: A.token,
        body: { title_en: 'Renamed Chambray Shirt', title_zh: '青年布衬衫', brand_id: brandA, category_ids: [catJeans, catClothing] },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().title_en, 'Renamed Chambray Shirt');
      assert.equal(res.json().brand.name_zh, '蓝河');
      assert.equal(res.json().categories.length, 2);
      const found = await t.call('GET', `/api/products?q=chambray`, { token: A.token });
      assert.deepEqual(
        found.json().items.map((i: { id: string }) => i.id),
        [p.id],
      );
      const foreign = await t.call('PATCH', `/api/products/${p.id}`, { token: A.token, body: { brand_id: brandB } });
      assert.equal(foreign.json().code, 'brand_not_found');
      const empty = await t.call('PATCH', `/api/products/${p.id}`, { token: A.token, body: {} });
      assert.equal(empty.statusCode, 400);
      const unknown = await t.call('PATCH', `/api/products/${p.id}`, { token: A.token, body: { status: 'active' } });
      assert.equal(unknown.json().code, 'validation_failed', 'status changes only through /status');
    });

    it('refuses options that would orphan a variant, accepts new values', async () => {
      const p = await create(A, { options: [{ name: 'size', values: ['S', 'M'] }], variants: [variant({ option_values: { size: 'M' } })] });
      const drop = await t.call('PATCH', `/api/products/${p.id}`, { token: A.token, body: { options: [{ name: 'size', values: ['S', 'L'] }] } });
      assert.equal(drop.statusCode, 409);
      assert.equal(drop.json().code, 'options_in_use');
      const grow = await t.call('PATCH', `/api/products/${p.id}`, { token: A.token, body: { options: [{ name: 'size', values: ['S', 'M', 'L'] }] } });
      assert.equal(grow.statusCode, 200);
      assert.deepEqual(grow.json().options, [{ name: 'size', values: ['S', 'M', 'L'] }]);
    });

    it('adds and changes variants under the same rules', async () => {
      const p = await create(A, { status: 'active', options: [{ name: 'size', values: ['S', 'M'] }], variants: [variant({ option_values: { size: 'S' } })] });
      const first = p.variants[0].id;
      const gtin = newGtin13();
      const added = await t.call('POST', `/api/products/${p.id}/variants`, { token: A.token, body: variant({ gtin, option_values: { size: 'M' } }) });
      assert.equal(added.statusCode, 201, added.body);
      const second = added.json();
      assert.equal(second.gtin, `0${gtin}`);
      const again = await t.call('POST', `/api/products/${p.id}/variants`, { token: A.token, body: variant({ option_values: { size: 'M' } }) });
      assert.equal(again.json().code, 'option_combination_taken');
      const usd = await t.call('POST', `/api/products/${p.id}/variants`, {
        token: A.token,
        body: variant({ option_values: { size: 'M' }, price: { amount: 1, currency: 'USD' } }),
      });
      assert.equal(usd.json().code, 'currency_mismatch');

      const priced = await t.call('PATCH', `/api/variants/${first}`, { token: A.token, body: { price: { amount: 25900, currency: 'CNY' }, weight_g: 480 } });
      assert.equal(priced.statusCode, 200, priced.body);
      assert.deepEqual(priced.json().price, { amount: 25900, currency: 'CNY' });
      assert.equal(priced.json().weight_g, 480);
      assert.equal((await t.call('PATCH', `/api/variants/${first}`, { token: A.token, body: { gtin: gtin } })).json().code, 'gtin_taken');
      assert.equal((await t.call('PATCH', `/api/variants/${first}`, { token: A.token, body: { gtin: '12345678' } })).json().code, 'invalid_gtin');
      assert.equal(
        (await t.call('PATCH', `/api/variants/${first}`, { token: A.token, body: { price: { amount: 100, currency: 'ABC' } } })).json().code,
        'invalid_currency',
      );

      assert.equal((await t.call('PATCH', `/api/variants/${first}`, { token: A.token, body: { status: 'archived' } })).json().status, 'archived');
      const last = await t.call('PATCH', `/api/variants/${second.id}`, { token: A.token, body: { status: 'archived' } });
      assert.equal(last.statusCode, 409);
      assert.equal(last.json().code, 'last_active_variant');
      // The public no longer sees the archived variant; the owner does.
      assert.equal((await t.call('GET', `/api/variants/${first}`)).statusCode, 404);
      assert.equal((await t.call('GET', `/api/products/${p.id}`)).json().variants.length, 1);
      assert.equal((await t.call('GET', `/api/products/${p.id}`, { token: A.token })).json().variants.length, 2);
    });
  });

  describe('GTIN lookup and other modules', () => {
    it('finds a variant by any form of its GTIN, only where its product is visible', async () => {
      const gtin13 = newGtin13();
      const p = await create(A, { variants: [variant({ gtin: gtin13 })] });
      const lookup = (g: string, token?: string) => t.call('GET', `/api/variants?gtin=${g}`, { token });
      assert.deepEqual((await lookup(gtin13)).json().items, [], 'draft: hidden from the public');
      assert.equal((await lookup(gtin13, A.token)).json().items.length, 1);
      await setStatus(A.token, p.id, 'active');
      for (const form of [gtin13, `0${gtin13}`]) {
        const res = await lookup(form);
        assert.equal(res.statusCode, 200);
        assert.equal(res.json().items[0].id, p.variants[0].id, form);
      }
      const ean8 = await create(A, { status: 'active', variants: [variant({ gtin: '96385074' })] });
      assert.equal(ean8.variants[0].gtin, '00000096385074');
      assert.equal((await lookup('96385074')).json().items[0].id, ean8.variants[0].id);
      const bad = await lookup('96385075');
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().code, 'invalid_gtin');
      assert.deepEqual((await lookup(newGtin13())).json().items, []);
    });

    it('serves variantsByIds and variantByGtin to other modules', async () => {
      const gtin = newGtin13();
      const p = await create(A, { title_en: 'For stock', title_zh: '库存', variants: [variant({ gtin })] });
      const v = p.variants[0];
      const rows = await variantsByIds(t.app.ctx, [v.id, v.id, 'var_01ARZ3NDEKTSV4RRFFQ69G5FAV']);
      assert.deepEqual(rows, [
        {
          id: v.id,
          product_id: p.id,
          merchant_id: A.id,
          sku: v.sku,
          gtin: `0${gtin}`,
          price_amount: 29900,
          price_currency: 'CNY',
          status: 'active',
          product_status: 'draft',
          title_en: 'For stock',
          title_zh: '库存',
          lot_tracked: false,
          temperature_class: 'ambient',
          min_shelf_life_days: null,
          min_shelf_life_fraction: null,
          hs_code: '620342',
        },
      ]);
      assert.equal((await variantByGtin(t.app.ctx, gtin))?.id, v.id);
      assert.equal(await variantByGtin(t.app.ctx, '4006381333932'), null);
      assert.deepEqual(await variantsByIds(t.app.ctx, []), []);
    });
  });
});
