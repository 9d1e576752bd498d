import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../../modules/inventory/service.ts';
import type { Actor } from '../../shared/actor.ts';

const SHANGHAI = { recipient: 'Li Lei', phone: '+86 139 0000 0000', address_line: '8 Nanjing Road', city: 'Shanghai', country: 'CN' };

describe('cart path: create, add, choose fulfilment, pay', () => {
  let t: TestApp;
  let op: Actor;
  let merchant: Awaited<ReturnType<typeof verifiedMerchant>>;
  let hz: string;
  let sh: string;
  let v: string[];
  let n = 0;
  const key = () => `cart-key-${Date.now()}-${++n}`;
  const level = async (variant: string, loc: string) =>
    (await t.database.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('variant_id', '=', variant)
      .where('location_id', '=', loc)
      .executeTakeFirst()) ?? { on_hand: 0, reserved: 0 };
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });

  before(async () => {
    t = await testApp();
    op = await operatorActor(t.app.ctx);
    merchant = await verifiedMerchant(t.app.ctx, op, 'Maple');
    hz = (await location(t.app.ctx, op, { city: 'Hangzhou' })).id;
    sh = (await location(t.app.ctx, op, { city: 'Shanghai' })).id;
    v = (await product(t.app.ctx, merchant.actor, { variants: 2, price: 2500 })).variantIds;
    await inventory.receiveStock(t.app.ctx, merchant.actor, {
      location_id: sh,
      lines: [
        { variant_id: v[0]!, quantity: 3 },
        { variant_id: v[1]!, quantity: 3 },
      ],
    });
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: hz, lines: [{ variant_id: v[1]!, quantity: 3 }] });
  });
  after(() => t?.close());

  it('takes a guest from an empty cart to a paid order, holding stock in between', async () => {
    const created = await t.call('POST', '/api/carts', { body: { guest_email: 'guest@example.com' } });
    assert.equal(created.statusCode, 201, created.body);
    const { id, cart_token } = created.json();
    assert.match(cart_token, /^cct_/);
    const h = { 'x-cart-token': cart_token };
    assert.equal((await t.call('GET', `/api/carts/${id}`)).statusCode, 404, 'without the token the cart is not found');
    const { cart_token: _token, ...fresh } = created.json();
    assert.deepEqual((await t.call('GET', `/api/carts/${id}`, { headers: h })).json(), fresh, 'the answer to creation is what a read gives');
    assert.equal((await t.call('POST', `/api/carts/${id}/lines`, { headers: h, body: { variant_id: v[0], quantity: 2 } })).statusCode, 200);
    const added = await t.call('POST', `/api/carts/${id}/lines`, {
      headers: h,
      body: { variant_id: v[1], quantity: 1, fulfilment: 'pickup', pickup_location_id: hz },
    });
    assert.equal(added.json().lines.length, 2);
    const early = await t.call('POST', `/api/carts/${id}/checkout`, { headers: { ...h, 'idempotency-key': key() }, body: { payment: { token: 'tok_ok' } } });
    assert.equal(early.json().code, 'fulfilment_not_chosen');

    const chosen = await t.call('PUT', `/api/carts/${id}/fulfilment`, { headers: h, body: { delivery: SHANGHAI } });
    assert.equal(chosen.statusCode, 200, chosen.body);
    assert.deepEqual(
      chosen
        .json()
        .holds.map((x: { location_id: string; kind: string; quantity: number }) => [x.location_id, x.kind, x.quantity])
        .sort(),
      [
        [hz, 'pickup', 1],
        [sh, 'store_delivery', 2],
      ].sort(),
    );
    assert.deepEqual(await level(v[0]!, sh), { on_hand: 3, reserved: 2 });

    const k = key();
    const paid = await t.call('POST', `/api/carts/${id}/checkout`, { headers: { ...h, 'idempotency-key': k }, body: { payment: { token: 'tok_ok' } } });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.equal(paid.json().status, 'allocated');
    assert.equal(paid.json().total_amount, 7500);
    assert.equal(paid.json().guest_email, 'guest@example.com');
    assert.deepEqual(await level(v[0]!, sh), { on_hand: 1, reserved: 0 });
    assert.deepEqual(await level(v[1]!, hz), { on_hand: 2, reserved: 0 });
    const again = await t.call('POST', `/api/carts/${id}/checkout`, { headers: { ...h, 'idempotency-key': k }, body: { payment: { token: 'tok_ok' } } });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().id, paid.json().id);
    const other = await t.call('POST', `/api/carts/${id}/checkout`, { headers: { ...h, 'idempotency-key': key() }, body: { payment: { token: 'tok_ok' } } });
    assert.equal(other.json().code, 'cart_checked_out');
    await audit();
  });

  it('keeps a consumer’s cart to that consumer, and releases held stock when the cart changes or the hold expires', async () => {
    const shopper = await t.userToken({ role: 'consumer' });
    const stranger = await t.userToken({ role: 'consumer' });
    const { id } = (await t.call('POST', '/api/carts', { token: shopper.token, body: {} })).json();
    assert.equal((await t.call('GET', `/api/carts/${id}`, { token: stranger.token })).statusCode, 404);
    await t.call('POST', `/api/carts/${id}/lines`, { token: shopper.token, body: { variant_id: v[1], quantity: 2 } });
    const held = await t.call('PUT', `/api/carts/${id}/fulfilment`, { token: shopper.token, body: { delivery: SHANGHAI } });
    assert.equal(held.statusCode, 200, held.body);
    assert.equal((await level(v[1]!, sh)).reserved, 2);
    const line = held.json().lines[0].id;
    await t.call('DELETE', `/api/carts/${id}/lines/${line}`, { token: shopper.token });
    assert.equal((await level(v[1]!, sh)).reserved, 0, 'changing the cart gives the stock back');

    await t.call('POST', `/api/carts/${id}/lines`, { token: shopper.token, body: { variant_id: v[1], quantity: 1 } });
    await t.call('PUT', `/api/carts/${id}/fulfilment`, { token: shopper.token, body: { delivery: SHANGHAI } });
    assert.equal((await level(v[1]!, sh)).reserved, 1);
    // The hold expires (swept as if 16 minutes passed); checkout still succeeds while stock is there.
    assert.equal(await inventory.sweepExpiredReservations(t.app.ctx, new Date(Date.now() + 16 * 60_000)), 1);
    assert.equal((await level(v[1]!, sh)).reserved, 0);
    const paid = await t.call('POST', `/api/carts/${id}/checkout`, {
      token: shopper.token,
      headers: { 'idempotency-key': key() },
      body: { payment: { token: 'tok_ok' } },
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.equal(paid.json().customer_id, shopper.userId);
    await audit();
  });

  it('refuses checkout without charging when an expired hold’s stock was sold meanwhile', async () => {
    const last = (await product(t.app.ctx, merchant.actor, { price: 900 })).variantIds[0]!;
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: sh, lines: [{ variant_id: last, quantity: 1 }] });
    const shopper = await t.userToken({ role: 'consumer' });
    const { id } = (await t.call('POST', '/api/carts', { token: shopper.token, body: {} })).json();
    await t.call('POST', `/api/carts/${id}/lines`, { token: shopper.token, body: { variant_id: last, quantity: 1 } });
    await t.call('PUT', `/api/carts/${id}/fulfilment`, { token: shopper.token, body: { delivery: SHANGHAI } });
    await inventory.sweepExpiredReservations(t.app.ctx, new Date(Date.now() + 16 * 60_000));
    const rival = await t.call('POST', '/api/orders', {
      headers: { 'idempotency-key': key() },
      body: {
        lines: [{ variant_id: last, quantity: 1, fulfilment: 'delivery' }],
        delivery: SHANGHAI,
        guest_email: 'r@example.com',
        payment: { token: 'tok_ok' },
      },
    });
    assert.equal(rival.statusCode, 201);
    const late = await t.call('POST', `/api/carts/${id}/checkout`, {
      token: shopper.token,
      headers: { 'idempotency-key': key() },
      body: { payment: { token: 'tok_ok' } },
    });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'out_of_stock');
    assert.equal((await t.call('GET', `/api/carts/${id}`, { token: shopper.token })).json().status, 'open');
    await audit();
  });
});
