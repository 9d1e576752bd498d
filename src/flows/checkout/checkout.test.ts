import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../../modules/inventory/service.ts';
import { insertUser } from '../../modules/identity/service.ts';
import type { Actor } from '../../shared/actor.ts';

const HANGZHOU = {
  recipient: '王芳',
  phone: '+86 138 0000 0000',
  address_line: '1 Wulin Road',
  city: 'Hangzhou',
  country: 'CN',
  latitude: 30.27,
  longitude: 120.16,
};

describe('checkout, pick-up, till, returns', () => {
  let t: TestApp;
  let op: Actor;
  let merchant: Awaited<ReturnType<typeof verifiedMerchant>>;
  let other: Awaited<ReturnType<typeof verifiedMerchant>>;
  let hz: string;
  let sh: string;
  let wh: string;
  let v: string[];
  let otherV: string;
  let shopper: { token: string; userId: string };
  let clerkHz: string;
  let clerkSh: string;
  let ownerToken: string;
  let otherOwnerToken: string;
  let key = 0;
  const idem = () => `test-key-${Date.now()}-${++key}`;

  const order = (body: unknown, token?: string, k = idem()) => t.call('POST', '/api/orders', { token, body, headers: { 'idempotency-key': k } });
  const level = async (variant: string, loc: string) =>
    (await t.database.db
      .selectFrom('stock_levels')
      .select(['on_hand', 'reserved'])
      .where('variant_id', '=', variant)
      .where('location_id', '=', loc)
      .executeTakeFirst()) ?? {
      on_hand: 0,
      reserved: 0,
    };
  const count = async (table: 'orders' | 'stock_movements' | 'payments') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.database.db)).rows[0]!.n;
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  const login = async (email: string) => (await t.call('POST', '/api/auth/login', { body: { email, password: 'fixture-password' } })).json().token as string;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    merchant = await verifiedMerchant(ctx, op, 'Denim');
    other = await verifiedMerchant(ctx, op, 'Nuts');
    hz = (await location(ctx, op, { city: 'Hangzhou' })).id;
    sh = (await location(ctx, op, { city: 'Shanghai' })).id;
    wh = (await location(ctx, op, { city: 'Ningbo', kind: 'warehouse' })).id;
    v = (await product(ctx, merchant.actor, { variants: 4, price: 5000 })).variantIds;
    otherV = (await product(ctx, other.actor, { price: 1200 })).variantIds[0]!;
    await inventory.receiveStock(ctx, merchant.actor, { location_id: hz, lines: [{ variant_id: v[0]!, quantity: 5 }] });
    await inventory.receiveStock(ctx, merchant.actor, {
      location_id: sh,
      lines: [
        { variant_id: v[0]!, quantity: 5 },
        { variant_id: v[1]!, quantity: 5 },
      ],
    });
    await inventory.receiveStock(ctx, merchant.actor, { location_id: wh, lines: [{ variant_id: v[1]!, quantity: 50 }] });
    await inventory.receiveStock(ctx, other.actor, { location_id: sh, lines: [{ variant_id: otherV, quantity: 20 }] });
    shopper = await t.userToken({ role: 'consumer' });
    for (const [loc, set] of [
      [hz, (x: string) => (clerkHz = x)],
      [sh, (x: string) => (clerkSh = x)],
    ] as const) {
      const u = await insertUser(ctx, {
        email: `clerk-${loc}@test.meridian`,
        password: 'fixture-password',
        display_name: 'Clerk',
        role: 'store_staff',
        location_id: loc,
      });
      set(await login(u.email));
    }
    ownerToken = await login(merchant.ownerEmail);
    otherOwnerToken = await login(other.ownerEmail);
  });
  after(() => t?.close());

  it('places a paid delivery order sourced from a store in the consumer’s city', async () => {
    const res = await order(
      { lines: [{ variant_id: v[0], quantity: 2, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } },
      shopper.token,
    );
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json();
    assert.equal(o.status, 'allocated');
    assert.equal(o.total_amount, 10000);
    assert.equal(o.currency, 'USD');
    assert.deepEqual(
      o.shipments.map((s: { location_id: string; kind: string }) => [s.location_id, s.kind]),
      [[hz, 'store_delivery']],
    );
    assert.deepEqual(
      o.events.map((e: { to_status: string }) => e.to_status),
      ['placed', 'paid', 'allocated'],
    );
    assert.equal(o.payments[0].status, 'captured');
    // The answer is built from what was written; it must be exactly what a read gives back.
    assert.deepEqual((await t.call('GET', `/api/orders/${o.id}`, { token: shopper.token })).json(), o);
    assert.deepEqual(await level(v[0]!, hz), { on_hand: 3, reserved: 0 });
    await audit();
  });

  it('splits an order across merchants and locations, and each merchant sees only its own lines', async () => {
    const res = await order(
      {
        lines: [
          { variant_id: v[1], quantity: 7, fulfilment: 'delivery' },
          { variant_id: otherV, quantity: 1, fulfilment: 'delivery' },
        ],
        delivery: HANGZHOU,
        payment: { token: 'tok_ok' },
      },
      shopper.token,
    );
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json();
    assert.equal(o.lines.length, 2);
    const mine = await t.call('GET', `/api/orders/${o.id}`, { token: ownerToken });
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(
      mine.json().lines.map((l: { variant_id: string }) => l.variant_id),
      [v[1]],
    );
    assert.deepEqual(mine.json().payments, []);
    const theirs = await t.call('GET', `/api/orders/${o.id}`, { token: otherOwnerToken });
    assert.deepEqual(
      theirs.json().lines.map((l: { variant_id: string }) => l.variant_id),
      [otherV],
    );
    const stranger = await t.userToken({ role: 'consumer' });
    assert.equal((await t.call('GET', `/api/orders/${o.id}`, { token: stranger.token })).statusCode, 404);
    await audit();
  });

  it('returns the same order for a retried Idempotency-Key and refuses the key for another request', async () => {
    const k = idem();
    const body = { lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } };
    const first = await order(body, shopper.token, k);
    const ordersBefore = await count('orders');
    const again = await order(body, shopper.token, k);
    assert.equal(first.statusCode, 201);
    assert.equal(again.statusCode, 200);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.json().id, first.json().id);
    assert.equal(await count('orders'), ordersBefore);
    const reused = await order({ ...body, lines: [{ variant_id: v[0], quantity: 2, fulfilment: 'delivery' }] }, shopper.token, k);
    assert.equal(reused.statusCode, 409);
    assert.equal(reused.json().code, 'idempotency_key_reused');
    const concurrent = idem();
    const results = await Promise.all(Array.from({ length: 5 }, () => order(body, shopper.token, concurrent)));
    assert.equal(new Set(results.map((r) => r.json().id)).size, 1);
    assert.equal(await count('orders'), ordersBefore + 1);
    await audit();
  });

  it('changes nothing on a declined payment, on missing stock, and on bad input', async () => {
    const [orders, moves, pays] = [await count('orders'), await count('stock_movements'), await count('payments')];
    const declined = await order(
      { lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_declined' } },
      shopper.token,
    );
    assert.equal(declined.statusCode, 402);
    assert.equal(declined.json().code, 'payment_declined');
    const tooMany = await order(
      { lines: [{ variant_id: v[0], quantity: 500, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } },
      shopper.token,
    );
    assert.equal(tooMany.statusCode, 409);
    assert.equal(tooMany.json().code, 'out_of_stock');
    assert.equal(tooMany.json().shortfalls[0].variant_id, v[0]);
    const noAddress = await order({ lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], payment: { token: 'tok_ok' } }, shopper.token);
    assert.equal(noAddress.json().code, 'delivery_address_required');
    const noKey = await t.call('POST', '/api/orders', {
      token: shopper.token,
      body: { lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } },
    });
    assert.equal(noKey.statusCode, 400);
    const guestNoEmail = await order({ lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } });
    assert.equal(guestNoEmail.json().code, 'guest_email_required');
    const warehousePickup = await order(
      { lines: [{ variant_id: v[1], quantity: 1, fulfilment: 'pickup', pickup_location_id: wh }], payment: { token: 'tok_ok' } },
      shopper.token,
    );
    assert.equal(warehousePickup.json().code, 'invalid_pickup_location');
    assert.deepEqual([await count('orders'), await count('stock_movements'), await count('payments')], [orders, moves, pays]);
  });

  it('runs a pick-up order: picked and readied by the store, handed over by code, collected', async () => {
    const res = await order({
      lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'pickup', pickup_location_id: sh }],
      guest_email: 'guest@example.com',
      payment: { token: 'tok_ok' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json();
    assert.match(o.pickup_code, /^\d{8}$/);
    const opToken = (await t.userToken({ role: 'operator' })).token;
    assert.deepEqual((await t.call('GET', `/api/orders/${o.id}`, { token: opToken })).json(), o);
    const shipment = o.shipments[0].id;
    // Another store's clerk cannot see or move it.
    assert.equal((await t.call('POST', `/api/shipments/${shipment}/pick`, { token: clerkHz })).statusCode, 404);
    assert.equal((await t.call('GET', `/api/pickups/${o.pickup_code}`, { token: clerkHz })).statusCode, 404);
    assert.equal((await t.call('POST', `/api/pickups/${o.pickup_code}/handover`, { token: clerkSh })).json().code, 'pickup_not_ready');
    assert.equal((await t.call('POST', `/api/shipments/${shipment}/pick`, { token: clerkSh })).json().status, 'picking');
    assert.equal((await t.call('POST', `/api/shipments/${shipment}/ship`, { token: clerkSh, body: {} })).json().code, 'invalid_transition');
    assert.equal((await t.call('POST', `/api/shipments/${shipment}/ready`, { token: clerkSh })).json().status, 'ready_for_pickup');
    const found = await t.call('GET', `/api/pickups/${o.pickup_code}`, { token: clerkSh });
    assert.equal(found.statusCode, 200);
    assert.equal(found.json().order.pickup_code, null, 'the clerk is not shown the code, only checks it');
    const handed = await t.call('POST', `/api/pickups/${o.pickup_code}/handover`, { token: clerkSh });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.equal(handed.json().status, 'collected');
    assert.equal((await t.call('POST', `/api/pickups/${o.pickup_code}/handover`, { token: clerkSh })).statusCode, 404, 'a code works once');
    await audit();
  });

  it('never oversells: 200 concurrent orders for 50 units across stores, pick-ups and delivery give exactly 50', async () => {
    const hot = (await product(t.app.ctx, merchant.actor, { price: 100 })).variantIds[0]!;
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: hz, lines: [{ variant_id: hot, quantity: 20 }] });
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: sh, lines: [{ variant_id: hot, quantity: 20 }] });
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: wh, lines: [{ variant_id: hot, quantity: 10 }] });
    const bodies = Array.from({ length: 200 }, (_, i) => {
      const line =
        i % 4 === 0
          ? { variant_id: hot, quantity: 1, fulfilment: 'pickup', pickup_location_id: i % 8 === 0 ? hz : sh }
          : { variant_id: hot, quantity: 1, fulfilment: 'delivery' };
      return {
        lines: [line],
        delivery: { ...HANGZHOU, city: ['Hangzhou', 'Shanghai', 'Suzhou'][i % 3] },
        guest_email: `buyer${i}@example.com`,
        payment: { token: 'tok_ok' },
      };
    });
    const results = await Promise.all(bodies.map((b) => order(b)));
    const ok = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    assert.equal(ok.length, 50, results.find((r) => r.statusCode !== 201 && r.statusCode !== 409)?.body);
    assert.equal(refused.length, 150);
    assert.ok(refused.every((r) => r.json().code === 'out_of_stock'));
    for (const loc of [hz, sh, wh]) {
      const l = await level(hot, loc);
      assert.equal(l.on_hand, 0);
      assert.equal(l.reserved, 0);
    }
    const captured = await sql<{
      n: number;
    }>`select count(*)::int as n from payments p join order_lines l on l.order_id = p.order_id where l.variant_id = ${hot} and p.status = 'captured'`.execute(
      t.database.db,
    );
    assert.equal(captured.rows[0]!.n, 50);
    await audit();
  });

  it('sells at the till by GTIN, once per client sale id, and prints a receipt', async () => {
    const gtin = (await t.database.db.selectFrom('variants').select('gtin').where('id', '=', v[0]!).executeTakeFirstOrThrow()).gtin!;
    const sale = { client_sale_id: `till-${Date.now()}`, lines: [{ gtin: gtin.replace(/^0/, ''), quantity: 1 }], payment: { method: 'cash' } };
    const before = await level(v[0]!, sh);
    const res = await t.call('POST', '/api/till/sales', { token: clerkSh, body: sale });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'collected');
    assert.equal(res.json().channel_kind, 'till');
    assert.equal((await level(v[0]!, sh)).on_hand, before.on_hand - 1);
    const again = await t.call('POST', '/api/till/sales', { token: clerkSh, body: sale });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().id, res.json().id);
    const sync = await t.call('POST', '/api/till/sales/sync', {
      token: clerkSh,
      body: {
        sales: [
          sale,
          {
            client_sale_id: `till-off-${Date.now()}`,
            lines: [{ variant_id: v[1], quantity: 1 }],
            payment: { method: 'card', token: 'tok_ok' },
            sold_at: new Date().toISOString(),
          },
          { client_sale_id: `till-bad-${Date.now()}`, lines: [{ variant_id: v[1], quantity: 1 }], payment: { method: 'card', token: 'tok_declined' } },
        ],
      },
    });
    assert.equal(sync.statusCode, 200, sync.body);
    assert.deepEqual(
      sync.json().results.map((r: { status: string }) => r.status),
      ['duplicate', 'created', 'failed'],
    );
    assert.equal(sync.json().results[2].error.code, 'payment_declined');
    const receipt = await t.call('GET', `/api/orders/${res.json().id}/receipt`, { token: clerkSh });
    assert.equal(receipt.statusCode, 200);
    assert.equal(receipt.json().lines[0].line_amount, 5000);
    assert.equal(receipt.json().store.id, sh);
    // A clerk sells only in their own store.
    assert.equal(
      (await t.call('POST', '/api/till/sales', { token: clerkHz, body: { ...sale, client_sale_id: 'till-other-store', location_id: sh } })).statusCode,
      404,
    );
    await audit();
  });

  it('takes returns anywhere: an online order back at another store, a till sale back online', async () => {
    const placed = await order(
      { lines: [{ variant_id: v[1], quantity: 2, fulfilment: 'pickup', pickup_location_id: sh }], payment: { token: 'tok_ok' } },
      shopper.token,
    );
    const o = placed.json();
    await t.call('POST', `/api/shipments/${o.shipments[0].id}/pick`, { token: clerkSh });
    await t.call('POST', `/api/shipments/${o.shipments[0].id}/ready`, { token: clerkSh });
    await t.call('POST', `/api/pickups/${o.pickup_code}/handover`, { token: clerkSh });
    const hzBefore = await level(v[1]!, hz);
    const ret = await t.call('POST', '/api/returns', {
      token: clerkHz,
      body: { order_id: o.id, lines: [{ order_line_id: o.lines[0].id, quantity: 1 }], reason: 'wrong size' },
    });
    assert.equal(ret.statusCode, 201, ret.body);
    assert.equal(ret.json().refund_amount, 5000);
    assert.equal(ret.json().order.status, 'partly_refunded');
    assert.equal((await level(v[1]!, hz)).on_hand, hzBefore.on_hand + 1, 'the unit is now in the Hangzhou store');
    const tooMany = await t.call('POST', '/api/returns', {
      token: clerkHz,
      body: { order_id: o.id, lines: [{ order_line_id: o.lines[0].id, quantity: 2 }], reason: 'x' },
    });
    assert.equal(tooMany.json().code, 'return_exceeds_sold');
    const rest = await t.call('POST', '/api/returns', {
      token: clerkHz,
      body: { order_id: o.id, lines: [{ order_line_id: o.lines[0].id, quantity: 1 }], reason: 'x' },
    });
    assert.equal(rest.json().order.status, 'refunded');
    assert.equal(rest.json().order.payments[0].refunded_amount, 10000);

    const till = await t.call('POST', '/api/till/sales', {
      token: clerkSh,
      body: { client_sale_id: `till-ret-${Date.now()}`, lines: [{ variant_id: otherV, quantity: 1 }], payment: { method: 'card', token: 'tok_ok' } },
    });
    const sale = till.json();
    const wrongReceipt = await t.call('POST', '/api/returns', {
      token: shopper.token,
      body: { order_id: sale.id, location_id: wh, receipt_number: sale.number + 1, lines: [{ order_line_id: sale.lines[0].id, quantity: 1 }], reason: 'gift' },
    });
    assert.equal(wrongReceipt.statusCode, 404);
    const online = await t.call('POST', '/api/returns', {
      token: shopper.token,
      body: { order_id: sale.id, location_id: wh, receipt_number: sale.number, lines: [{ order_line_id: sale.lines[0].id, quantity: 1 }], reason: 'gift' },
    });
    assert.equal(online.statusCode, 201, online.body);
    assert.equal((await level(otherV, wh)).on_hand, 1);
    await audit();
  });

  it('lets a consumer cancel an allocated order: stock back, payment refunded', async () => {
    const placed = await order(
      { lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'delivery' }], delivery: HANGZHOU, payment: { token: 'tok_ok' } },
      shopper.token,
    );
    const o = placed.json();
    const at = o.shipments[0].location_id;
    const before = await level(v[0]!, at);
    const res = await t.call('POST', `/api/orders/${o.id}/cancel`, { token: shopper.token, body: { reason: 'changed my mind' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'cancelled');
    assert.equal(res.json().payments[0].status, 'refunded');
    assert.equal((await level(v[0]!, at)).on_hand, before.on_hand + 1);
    assert.equal((await t.call('POST', `/api/orders/${o.id}/cancel`, { token: shopper.token, body: { reason: 'again' } })).statusCode, 422);
    await audit();
  });

  it('cancels the order and gives the stock back when capture fails', async () => {
    const before = await level(v[0]!, hz);
    const res = await order(
      { lines: [{ variant_id: v[0], quantity: 1, fulfilment: 'pickup', pickup_location_id: hz }], payment: { token: 'tok_capture_fails' } },
      shopper.token,
    );
    assert.equal(res.statusCode, 402, res.body);
    assert.equal(res.json().code, 'payment_capture_failed');
    const cancelled = await t.call('GET', `/api/orders/${res.json().order_id}`, { token: shopper.token });
    assert.equal(cancelled.json().status, 'cancelled');
    assert.deepEqual(await level(v[0]!, hz), before);
    await audit();
  });
});
