import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../inventory/service.ts';

describe('listing moderation', () => {
  let t: TestApp;
  const tok: Record<'op' | 'owner' | 'other' | 'shopper' | 'clerk', string> = {} as never;
  let productId: string;
  let variantId: string;
  let store: string;
  let n = 0;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Moderated Denim');
    const other = await verifiedMerchant(ctx, op, 'Other Denim');
    store = (await location(ctx, op, { city: 'Hangzhou' })).id;
    const p = await product(ctx, m.actor, { price: 5000 });
    productId = p.productId;
    variantId = p.variantIds[0]!;
    await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: variantId, quantity: 20 }] });
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.owner = (await t.userToken({ role: 'merchant', merchant_id: m.merchantId, merchant_role: 'owner' })).token;
    tok.other = (await t.userToken({ role: 'merchant', merchant_id: other.merchantId, merchant_role: 'owner' })).token;
    tok.shopper = (await t.userToken({ role: 'consumer' })).token;
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
  });
  after(async () => t?.close());

  const moderate = (token: string, body: Record<string, unknown>) => t.call('POST', `/api/products/${productId}/moderation`, { token, body });
  const publicSees = async () => {
    const one = await t.call('GET', `/api/products/${productId}`);
    const list = await t.call('GET', `/api/products?limit=100`);
    const inList = (list.json() as { items: Array<{ id: string }> }).items.some((p) => p.id === productId);
    assert.equal(one.statusCode === 200, inList, 'the product page and the listing agree');
    return inList;
  };
  const order = () =>
    t.call('POST', '/api/orders', {
      token: tok.shopper,
      headers: { 'idempotency-key': `moderation-${++n}` },
      body: { lines: [{ variant_id: variantId, quantity: 1, fulfilment: 'pickup', pickup_location_id: store }], payment: { token: 'tok_ok' } },
    });
  const tillSale = () =>
    t.call('POST', '/api/till/sales', {
      token: tok.clerk,
      body: { client_sale_id: `moderation-till-${++n}`, lines: [{ variant_id: variantId, quantity: 1 }], payment: { method: 'cash' } },
    });
  const onHand = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('stock_levels')
          .select('on_hand')
          .where('variant_id', '=', variantId)
          .where('location_id', '=', store)
          .executeTakeFirstOrThrow()
      ).on_hand,
    );

  it('only operators moderate, with a code and a reason; a merchant cannot, nor lift it', async () => {
    for (const token of [tok.owner, tok.other, tok.shopper]) {
      const res = await moderate(token, { state: 'taken_down', code: 'notice_counterfeit', reason: 'x' });
      assert.equal(res.statusCode, 403, res.body);
    }
    assert.equal((await moderate(tok.op, { state: 'held', code: 'Bad Code', reason: 'x' })).statusCode, 400);
    assert.equal((await moderate(tok.op, { state: 'held', code: 'brand_match', reason: '' })).statusCode, 400);
    assert.equal((await moderate(tok.op, { state: 'paused', code: 'brand_match', reason: 'x' })).statusCode, 400);
    assert.equal((await moderate(tok.op, { state: null, code: 'reinstated', reason: 'nothing to lift' })).statusCode, 409);
    assert.equal(await publicSees(), true);
  });

  it('a taken-down listing is gone for the public, refused at checkout and the till, and its merchant sees why', async () => {
    assert.equal((await order()).statusCode, 201, 'sellable before');
    const before = await onHand();
    const res = await moderate(tok.op, {
      state: 'taken_down',
      code: 'notice_counterfeit',
      reason: 'Notice N-1: counterfeit of a registered brand',
      reference: 'ntc_1',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual((({ state, code, reason }) => ({ state, code, reason }))(res.json().moderation), {
      state: 'taken_down',
      code: 'notice_counterfeit',
      reason: 'Notice N-1: counterfeit of a registered brand',
    });
    assert.equal(res.json().status, 'active', "the merchant's own status is left as it was");
    assert.equal(await publicSees(), false);
    const own = await t.call('GET', `/api/products/${productId}`, { token: tok.owner });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().moderation.state, 'taken_down');
    assert.equal((await t.call('GET', `/api/products/${productId}`, { token: tok.other })).statusCode, 404);

    const refused = await order();
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().code, 'variant_unavailable');
    const till = await tillSale();
    assert.equal(till.statusCode, 422, till.body);
    assert.equal(till.json().code, 'variant_unavailable');
    assert.equal(await onHand(), before, 'no stock moved for a refused sale');

    // The merchant cannot put it live again by its own status.
    const live = await t.call('POST', `/api/products/${productId}/status`, { token: tok.owner, body: { status: 'active' } });
    assert.equal(live.statusCode, 200);
    assert.equal(await publicSees(), false);
    assert.equal((await moderate(tok.op, { state: 'taken_down', code: 'notice_counterfeit', reason: 'again' })).statusCode, 409);

    const queue = await t.call('GET', '/api/moderation/products?state=taken_down', { token: tok.op });
    assert.equal(queue.statusCode, 200);
    assert.deepEqual(
      (queue.json() as { items: Array<{ id: string }> }).items.map((p) => p.id),
      [productId],
    );
    assert.equal((await t.call('GET', '/api/moderation/products?state=taken_down', { token: tok.owner })).statusCode, 403);
  });

  it('reinstating makes it sellable again, and the history keeps every step', async () => {
    const res = await moderate(tok.op, { state: null, code: 'reinstated', reason: 'Counter-notice upheld' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().moderation, null);
    assert.equal(await publicSees(), true);
    assert.equal((await tillSale()).statusCode, 201);
    const history = await t.call('GET', `/api/products/${productId}/moderation`, { token: tok.owner });
    assert.equal(history.statusCode, 200);
    assert.deepEqual(
      (history.json() as { items: Array<{ from_state: string | null; to_state: string | null; code: string }> }).items.map((h) => [
        h.from_state,
        h.to_state,
        h.code,
      ]),
      [
        [null, 'taken_down', 'notice_counterfeit'],
        ['taken_down', null, 'reinstated'],
      ],
    );
    assert.equal((await t.call('GET', `/api/products/${productId}/moderation`, { token: tok.other })).statusCode, 404);
  });
});
