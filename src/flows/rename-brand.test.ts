import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../test/support/app.ts';
import { operatorActor, verifiedMerchant } from '../../test/support/fixtures.ts';
import { createBrand } from '../modules/brands/service.ts';
import { createProduct } from '../modules/catalog/service.ts';

describe('renaming a brand', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t?.close());

  it('makes its products findable by the new name at once, in both languages', async () => {
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Orchard');
    const brand = await createBrand(ctx, m.actor, { name_en: 'Old Orchard', name_zh: '老果园', slug: `old-orchard-${Date.now()}` });
    await createProduct(ctx, m.actor, {
      brand_id: brand.id,
      title_en: 'Dried Apples',
      title_zh: '苹果干',
      hs_code: '081330',
      origin_country: 'US',
      status: 'active',
      variants: [{ sku: `APL-${Date.now()}`, weight_g: 200, price: { amount: 899, currency: 'USD' } }],
    });
    const owner = (await t.call('POST', '/api/auth/login', { body: { email: m.ownerEmail, password: 'fixture-password' } })).json().token;
    const res = await t.call('PATCH', `/api/brands/${brand.id}`, { token: owner, body: { name_en: 'Cascade Harvest', name_zh: '喀斯喀特丰收' } });
    assert.equal(res.statusCode, 200, res.body);
    for (const q of ['cascade harvest', '喀斯喀特']) {
      const found = await t.call('GET', `/api/products?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        found.json().items.map((p: { title_en: string }) => p.title_en),
        ['Dried Apples'],
        q,
      );
    }
    assert.equal((await t.call('GET', `/api/products?q=${encodeURIComponent('Old Orchard')}`)).json().items.length, 0);
  });
});
