import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import { addSeller, applyForRegistration, approveApplication, setPrice } from '../../modules/brand-registry/service.ts';
import { createProduct, updateProduct } from '../../modules/catalog/service.ts';

describe('listing screening when a listing is written', () => {
  let t: TestApp;
  let op: Actor;
  let owner: Awaited<ReturnType<typeof verifiedMerchant>>;
  let seller: Awaited<ReturnType<typeof verifiedMerchant>>;
  let other: Awaited<ReturnType<typeof verifiedMerchant>>;
  let registrationId: string;
  let opToken: string;
  let sellerToken: string;
  let n = 0;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    owner = await verifiedMerchant(ctx, op, 'Levi Strauss');
    seller = await verifiedMerchant(ctx, op, 'Cheap Jeans Co');
    other = await verifiedMerchant(ctx, op, 'Another Shop');
    const expires = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const reg = await applyForRegistration(ctx, owner.actor, {
      name_en: "Levi's",
      name_zh: '李维斯',
      aliases_en: ['Levis'],
      evidence_urls: ['https://cdn.example.com/uspto.pdf'],
      trademarks: [{ office: 'USPTO', number: `US${Date.now()}`, classes: [25], expires_on: expires }],
    });
    registrationId = (await approveApplication(ctx, op, reg.id)).id;
    const genuine = await product(ctx, owner.actor, { title: "Levi's 501 Original", price: 9800 });
    await setPrice(ctx, owner.actor, registrationId, { product_id: genuine.productId, amount: 9800, currency: 'USD' });
    opToken = (await t.userToken({ role: 'operator' })).token;
    sellerToken = (await t.userToken({ role: 'merchant', merchant_id: seller.merchantId, merchant_role: 'owner' })).token;
  });
  after(async () => t?.close());

  const listing = (m: { actor: Actor }, title_en: string, title_zh = '牛仔裤', price = 5000) =>
    createProduct(t.app.ctx, m.actor, {
      title_en,
      title_zh,
      hs_code: '620342',
      origin_country: 'US',
      status: 'active',
      variants: [{ sku: `J-${Date.now()}-${++n}`, weight_g: 600, price: { amount: price, currency: 'USD' } }],
    });
  const publicSees = async (id: string) => (await t.call('GET', `/api/products/${id}`)).statusCode === 200;
  const queue = async () =>
    (await t.call('GET', '/api/screening/queue', { token: opToken })).json().items as Array<{
      id: string;
      product_id: string;
      decision: string;
      flags: string[];
      findings: Array<{ rule: string; excerpt?: string; via?: string }>;
    }>;

  it('holds a look-alike of a registered brand by an unauthorised seller, and says why', async () => {
    const p = await listing(seller, 'Lev1s 501 slim jeans');
    assert.equal(p.moderation?.state, 'held');
    assert.equal(p.moderation?.code, 'screening_unauthorised_seller');
    assert.equal(await publicSees(p.id), false);
    const item = (await queue()).find((q) => q.product_id === p.id)!;
    assert.equal(item.decision, 'held');
    assert.equal(item.findings[0]!.rule, 'unauthorised_seller');
    assert.equal(item.findings[0]!.excerpt, 'Lev1s');
    const mine = await t.call('GET', `/api/products/${p.id}`, { token: sellerToken });
    assert.match(mine.json().moderation.reason, /^Held for review: /);
  });

  it('holds the Chinese name too, and leaves the owner and unrelated listings live', async () => {
    const zh = await listing(other, 'Classic denim jeans', '李维斯 经典牛仔裤');
    assert.equal(zh.moderation?.state, 'held');
    const own = await listing(owner, "Levi's 505 Regular", '李维斯 505', 9800);
    assert.equal(own.moderation, null);
    const plain = await listing(other, 'Television stand', '电视柜');
    assert.equal(plain.moderation, null, '"levis" inside "television" is no match');
    assert.equal(await publicSees(plain.id), true);
  });

  it('flags a price far below the brand’s reference, without holding', async () => {
    const cheap = await listing(owner, "Levi's 501 Original (sample sale)", '李维斯', 2000);
    assert.equal(cheap.moderation, null, 'flagged, still live');
    const item = (await queue()).find((q) => q.product_id === cheap.id)!;
    assert.equal(item.decision, 'live');
    assert.deepEqual(item.flags, ['price_far_below_reference']);
    const ack = await t.call('POST', `/api/screening/${item.id}/review`, { token: opToken, body: { action: 'acknowledge', reason: 'sample sale, checked' } });
    assert.equal(ack.statusCode, 200, ack.body);
    assert.equal(
      (await queue()).some((q) => q.id === item.id),
      false,
    );
  });

  it('an authorisation, then a change, clears the hold; operators release or take down what stays held', async () => {
    const p = await listing(seller, 'Levis 511 jeans');
    assert.equal(p.moderation?.state, 'held');
    await addSeller(t.app.ctx, owner.actor, registrationId, { merchant_id: seller.merchantId, country: 'CN' });
    const changed = await updateProduct(t.app.ctx, seller.actor, p.id, { description_en: 'Authorised reseller stock' });
    assert.equal(changed.moderation, null, 'screened again on the change, now authorised');
    assert.equal(await publicSees(p.id), true);

    const q = await listing(other, 'LEVIS outlet jeans');
    const held = (await queue()).find((x) => x.product_id === q.id)!;
    assert.equal((await t.call('POST', `/api/screening/${held.id}/review`, { token: sellerToken, body: { action: 'release', reason: 'x' } })).statusCode, 403);
    const down = await t.call('POST', `/api/screening/${held.id}/review`, { token: opToken, body: { action: 'take_down', reason: 'counterfeit pattern' } });
    assert.equal(down.statusCode, 200, down.body);
    assert.equal((await t.call('GET', `/api/products/${q.id}`, { token: opToken })).json().moderation.state, 'taken_down');
    assert.equal((await t.call('POST', `/api/screening/${held.id}/review`, { token: opToken, body: { action: 'release', reason: 'again' } })).statusCode, 409);

    const r = await listing(other, "Levi's vintage");
    const again = (await queue()).find((x) => x.product_id === r.id)!;
    assert.equal(
      (await t.call('POST', `/api/screening/${again.id}/review`, { token: opToken, body: { action: 'release', reason: 'genuine vintage, receipts seen' } }))
        .statusCode,
      200,
    );
    assert.equal(await publicSees(r.id), true);
  });
});
