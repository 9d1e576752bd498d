import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import { applyForRegistration, approveApplication } from '../brand-registry/service.ts';
import * as inventory from '../inventory/service.ts';

describe('notice and takedown', () => {
  let t: TestApp;
  let op: Actor;
  let store: string;
  let registrationId: string;
  let n = 0;
  const tok: Record<'op' | 'brand' | 'seller' | 'other' | 'shopper' | 'clerk', string> = {} as never;
  let sellerId: string;
  let sellerActor: Actor;

  before(async () => {
    // A limit of 2 strikes keeps the test short; the default (3) is tested in rules.test.ts.
    t = await testApp({ strikeLimit: 2 });
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    store = (await location(ctx, op, { city: 'Hangzhou' })).id;
    const brand = await verifiedMerchant(ctx, op, 'Brand Owner Denim');
    const seller = await verifiedMerchant(ctx, op, 'Knock-off Traders');
    const other = await verifiedMerchant(ctx, op, 'Bystander');
    sellerId = seller.merchantId;
    sellerActor = seller.actor;
    const expires = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const reg = await applyForRegistration(ctx, brand.actor, {
      name_en: `Blue Ridge ${Date.now()}`,
      name_zh: '蓝岭',
      evidence_urls: ['https://cdn.example.com/uspto.pdf'],
      trademarks: [{ office: 'USPTO', number: `US${Date.now()}`, classes: [25], expires_on: expires }],
    });
    registrationId = (await approveApplication(ctx, op, reg.id)).id;
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.brand = (await t.userToken({ role: 'brand_owner', merchant_id: brand.merchantId })).token;
    tok.seller = (await t.userToken({ role: 'merchant', merchant_id: seller.merchantId, merchant_role: 'owner' })).token;
    tok.other = (await t.userToken({ role: 'merchant', merchant_id: other.merchantId, merchant_role: 'owner' })).token;
    tok.shopper = (await t.userToken({ role: 'consumer' })).token;
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
  });
  after(async () => t?.close());

  async function listing() {
    const p = await product(t.app.ctx, sellerActor, { title: 'Blue Ridge jeans' });
    await inventory.receiveStock(t.app.ctx, op, { location_id: store, lines: [{ variant_id: p.variantIds[0]!, quantity: 5 }] });
    return p;
  }
  const file = (token: string, productId: string, over: Record<string, unknown> = {}) =>
    t.call('POST', '/api/takedowns/notices', {
      token,
      body: {
        registration_id: registrationId,
        product_id: productId,
        kind: 'counterfeit',
        statement: 'These are not our jeans: no such SKU exists.',
        evidence_urls: ['https://cdn.example.com/test-buy.jpg'],
        ...over,
      },
    });
  const publicSees = async (productId: string) => (await t.call('GET', `/api/products/${productId}`)).statusCode === 200;
  const order = (variantId: string) =>
    t.call('POST', '/api/orders', {
      token: tok.shopper,
      headers: { 'idempotency-key': `takedown-${++n}` },
      body: { lines: [{ variant_id: variantId, quantity: 1, fulfilment: 'pickup', pickup_location_id: store }], payment: { token: 'tok_ok' } },
    });
  const decide = (id: string, decision: 'uphold' | 'reinstate') =>
    t.call('POST', `/api/takedowns/notices/${id}/decision`, { token: tok.op, body: { decision, reason: 'reviewed the evidence' } });

  it('refuses bad notices and changes nothing', async () => {
    const p = await listing();
    for (const [over, code] of [
      [{ evidence_urls: [] }, 'evidence_required'],
      [{ evidence_urls: ['http://insecure.example.com/x.jpg'] }, 'invalid_evidence'],
      [{ statement: 'short' }, 'invalid_statement'],
    ] as const) {
      const res = await file(tok.brand, p.productId, over);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().code, code);
    }
    assert.equal((await file(tok.brand, p.productId, { kind: 'parody' })).statusCode, 400);
    // Another merchant cannot use this brand's registration; nobody can notice a missing listing.
    assert.equal((await file(tok.other, p.productId)).statusCode, 404);
    assert.equal((await file(tok.brand, 'prd_01ARZ3NDEKTSV4RRFFQ69G5FAV')).statusCode, 404);
    assert.equal((await file(tok.shopper, p.productId)).statusCode, 403);
    assert.equal(await publicSees(p.productId), true, 'still live');
    const list = await t.call('GET', '/api/takedowns/notices', { token: tok.op });
    assert.equal(list.json().items.length, 0);
  });

  it('takes the listing down at once, tells its merchant, and a counter-notice then reinstatement puts it back', async () => {
    const p = await listing();
    const res = await file(tok.brand, p.productId);
    assert.equal(res.statusCode, 201, res.body);
    const notice = res.json();
    assert.equal(notice.status, 'actioned');
    assert.equal(notice.listing_merchant_id, sellerId);
    // The record keeps what the listing said when the notice was filed.
    assert.equal(notice.listing.title_en, 'Blue Ridge jeans');
    assert.equal(typeof notice.listing.price?.amount, 'number');
    const filed = await t.call('GET', '/api/takedowns/notices?role=filed', { token: tok.brand });
    assert.deepEqual(
      filed.json().items.map((x: { id: string; listing: { title_en: string } }) => [x.id, x.listing.title_en]),
      [[notice.id, 'Blue Ridge jeans']],
    );
    assert.equal(await publicSees(p.productId), false);
    assert.equal((await order(p.variantIds[0]!)).statusCode, 422, 'its stock cannot be sold');
    const mine = await t.call('GET', `/api/products/${p.productId}`, { token: tok.seller });
    assert.equal(mine.json().moderation.state, 'taken_down');
    assert.match(mine.json().moderation.reason, new RegExp(`notice ${notice.id} \\(counterfeit\\)`));
    await t.app.events.flush();
    const events = await t.call('GET', '/api/events?types=listing.*', { token: tok.seller });
    assert.deepEqual(
      (events.json().items as Array<{ type: string; subject_id: string }>).filter((e) => e.subject_id === p.productId).map((e) => e.type),
      ['listing.taken_down'],
    );
    // The brand owner and bystanders see no such event of the seller's.
    assert.equal((await t.call('GET', '/api/events?types=listing.*', { token: tok.other })).json().items.length, 0);

    // Only the listing's merchant counters; only operators decide.
    const counter = { statement: 'We bought these from the brand’s own distributor.', evidence_urls: ['https://cdn.example.com/invoice.pdf'] };
    assert.equal((await t.call('POST', `/api/takedowns/notices/${notice.id}/counter-notice`, { token: tok.other, body: counter })).statusCode, 404);
    assert.equal((await t.call('POST', `/api/takedowns/notices/${notice.id}/counter-notice`, { token: tok.brand, body: counter })).statusCode, 403);
    const countered = await t.call('POST', `/api/takedowns/notices/${notice.id}/counter-notice`, { token: tok.seller, body: counter });
    assert.equal(countered.statusCode, 200, countered.body);
    assert.equal(countered.json().status, 'countered');
    assert.equal((await t.call('POST', `/api/takedowns/notices/${notice.id}/counter-notice`, { token: tok.seller, body: counter })).statusCode, 409);
    assert.equal(
      (await t.call('POST', `/api/takedowns/notices/${notice.id}/decision`, { token: tok.brand, body: { decision: 'uphold', reason: 'x' } })).statusCode,
      403,
    );

    const reinstated = await decide(notice.id, 'reinstate');
    assert.equal(reinstated.statusCode, 200, reinstated.body);
    assert.deepEqual(
      (reinstated.json().history as Array<{ to_status: string }>).map((h) => h.to_status),
      ['actioned', 'countered', 'reinstated'],
    );
    assert.equal(await publicSees(p.productId), true);
    assert.equal((await order(p.variantIds[0]!)).statusCode, 201);
    assert.equal((await decide(notice.id, 'uphold')).statusCode, 409, 'a decided notice is final');
    const strikes = await t.call('GET', `/api/takedowns/strikes/${sellerId}`, { token: tok.seller });
    assert.equal(strikes.json().strikes.length, 0, 'a reinstated notice is no strike');
  });

  it('keeps a listing down while any notice on it is open, and withdrawal by the brand owner lifts it', async () => {
    const p = await listing();
    const a = (await file(tok.brand, p.productId)).json();
    const b = (await file(tok.brand, p.productId, { kind: 'trademark' })).json();
    assert.equal((await t.call('POST', `/api/takedowns/notices/${a.id}/withdraw`, { token: tok.seller, body: {} })).statusCode, 403);
    assert.equal((await t.call('POST', `/api/takedowns/notices/${a.id}/withdraw`, { token: tok.brand, body: {} })).statusCode, 200);
    assert.equal(await publicSees(p.productId), false, 'the second notice still keeps it down');
    assert.equal((await t.call('POST', `/api/takedowns/notices/${b.id}/withdraw`, { token: tok.brand, body: { note: 'settled' } })).statusCode, 200);
    assert.equal(await publicSees(p.productId), true);
  });

  it('counts upheld notices as strikes; at the limit the merchant is suspended, and a granted appeal reinstates it', async () => {
    const first = (await file(tok.brand, (await listing()).productId)).json();
    assert.equal((await decide(first.id, 'uphold')).statusCode, 200);
    let s = (await t.call('GET', `/api/takedowns/strikes/${sellerId}`, { token: tok.seller })).json();
    assert.equal(s.counting, 1);
    assert.equal((await t.call('GET', `/api/merchants/${sellerId}`, { token: tok.op })).json().status, 'verified');
    assert.equal((await t.call('GET', `/api/takedowns/strikes/${sellerId}`, { token: tok.other })).statusCode, 404);

    const second = (await file(tok.brand, (await listing()).productId, { kind: 'design' })).json();
    assert.equal((await decide(second.id, 'uphold')).statusCode, 200);
    s = (await t.call('GET', `/api/takedowns/strikes/${sellerId}`, { token: tok.seller })).json();
    assert.equal(s.counting, 2);
    assert.equal(s.suspensions.length, 1);
    assert.equal((await t.call('GET', `/api/merchants/${sellerId}`, { token: tok.op })).json().status, 'suspended');

    const appeal = await t.call('POST', '/api/takedowns/appeals', {
      token: tok.seller,
      body: { statement: 'Both listings were a supplier’s error; they are gone.' },
    });
    assert.equal(appeal.statusCode, 200, appeal.body);
    assert.equal(appeal.json().appeal_status, 'pending');
    assert.equal((await t.call('POST', '/api/takedowns/appeals', { token: tok.seller, body: { statement: 'And again, please reconsider.' } })).statusCode, 409);
    const queue = await t.call('GET', '/api/takedowns/appeals', { token: tok.op });
    assert.deepEqual(
      (queue.json().items as Array<{ id: string }>).map((x) => x.id),
      [appeal.json().id],
    );
    const granted = await t.call('POST', `/api/takedowns/appeals/${appeal.json().id}/decision`, {
      token: tok.op,
      body: { grant: true, reason: 'first offence, fixed' },
    });
    assert.equal(granted.statusCode, 200, granted.body);
    assert.equal((await t.call('GET', `/api/merchants/${sellerId}`, { token: tok.op })).json().status, 'verified');
    s = (await t.call('GET', `/api/takedowns/strikes/${sellerId}`, { token: tok.seller })).json();
    assert.equal(s.counting, 0, 'the strikes behind the suspension are voided');
    assert.equal(s.strikes.length, 2, 'and kept for the record');
  });

  it('reports the quarter publicly as JSON and CSV', async () => {
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    const res = await t.call('GET', `/api/transparency/takedowns?quarter=${quarter}`);
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual(
      {
        received: r.notices_received,
        removed: r.listings_removed,
        counter: r.counter_notices,
        upheld: r.notices_upheld,
        reinstated: r.reinstatements,
        withdrawn: r.notices_withdrawn,
        suspended: r.merchants_suspended,
      },
      { received: 5, removed: 4, counter: 1, upheld: 2, reinstated: 1, withdrawn: 2, suspended: 1 },
    );
    assert.equal(r.notices_by_kind.counterfeit, 3);
    assert.ok(r.median_hours_to_action !== null && r.median_hours_to_action < 0.01, 'taken down in the same transaction');
    const csv = await t.call('GET', `/api/transparency/takedowns?quarter=${quarter}&format=csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.body, /^metric,value\n/);
    assert.match(csv.body, /\nnotices_received,5\n/);
    assert.equal((await t.call('GET', '/api/transparency/takedowns?quarter=2026-Q5')).statusCode, 400);
    const empty = (await t.call('GET', '/api/transparency/takedowns?quarter=2001-Q1')).json();
    assert.equal(empty.notices_received, 0);
    assert.equal(empty.median_hours_to_action, null);
  });
});
