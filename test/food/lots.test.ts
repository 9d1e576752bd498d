import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../support/fixtures.ts';
import type { Actor } from '../../src/shared/actor.ts';
import * as inventory from '../../src/modules/inventory/service.ts';
import { returnItems } from '../../src/flows/returns/return.ts';
import { cancelOrder } from '../../src/modules/orders/service.ts';
import { expireLots } from '../../src/modules/inventory/lots/control.ts';
import { addDays, localDate } from '../../src/modules/inventory/lots/dates.ts';

const HANGZHOU = { recipient: 'Zhang San', phone: '+86 137 0000 0000', address_line: '2 Test Road', city: 'Hangzhou', country: 'CN' };

describe('lot-tracked food in the ledger', { timeout: 300_000 }, () => {
  let t: TestApp;
  let op: Actor;
  let m: Awaited<ReturnType<typeof verifiedMerchant>>;
  let token: string;
  let k = 0;
  const idem = () => `lot-key-${Date.now()}-${++k}`;
  const order = (body: unknown) => t.call('POST', '/api/orders', { body, headers: { 'idempotency-key': idem() } });
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  /** Per lot code at a location: on hand, reserved, blocked. */
  const lotLevels = async (variant: string, loc: string) => {
    const rows = await t.database.db
      .selectFrom('stock_lot_levels as s')
      .innerJoin('lots as l', 'l.id', 's.lot_id')
      .select(['l.code', 's.on_hand', 's.reserved', 's.blocked'])
      .where('s.variant_id', '=', variant)
      .where('s.location_id', '=', loc)
      .orderBy('l.code')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.code, [r.on_hand, r.reserved, r.blocked]]));
  };
  /** Units each lot sold to one order. */
  const soldByLot = async (orderId: string) => {
    const rows = await t.database.db
      .selectFrom('stock_movements as m')
      .innerJoin('lots as l', 'l.id', 'm.lot_id')
      .select(['l.code', sql<number>`(-sum(m.on_hand_delta))::int`.as('n')])
      .where('m.reference_id', '=', orderId)
      .where('m.reason', '=', 'sale')
      .groupBy('l.code')
      .orderBy('l.code')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.code, r.n]));
  };
  const pickup = (variant: string, store: string, quantity = 1) => ({
    lines: [{ variant_id: variant, quantity, fulfilment: 'pickup', pickup_location_id: store }],
    guest_email: 'food@example.com',
    payment: { token: 'tok_ok' },
  });
  const delivery = (variant: string, quantity = 1) => ({
    lines: [{ variant_id: variant, quantity, fulfilment: 'delivery' }],
    delivery: HANGZHOU,
    guest_email: 'food@example.com',
    payment: { token: 'tok_ok' },
  });

  before(async () => {
    t = await testApp();
    op = await operatorActor(t.app.ctx);
    m = await verifiedMerchant(t.app.ctx, op, 'Orchard');
    token = (await t.call('POST', '/api/auth/login', { body: { email: m.ownerEmail, password: 'fixture-password' } })).json().token;
  });
  after(() => t?.close());

  it('receives only with a lot named, keeps one set of dates per lot, and refuses the wrong temperature', async () => {
    const ctx = t.app.ctx;
    const ambientShop = (await location(ctx, op, { temperature_classes: ['ambient'] })).id;
    const cold = (await location(ctx, op)).id;
    const cherries = (await product(ctx, m.actor, { food: { temperature_class: 'chilled' } })).variantIds[0]!;
    const plain = (await product(ctx, m.actor)).variantIds[0]!;
    const rec = (body: unknown) => t.call('POST', '/api/stock/receipts', { token, body });

    const noLot = await rec({ location_id: cold, lines: [{ variant_id: cherries, quantity: 5 }] });
    assert.equal(noLot.statusCode, 400);
    assert.equal(noLot.json().code, 'lot_required');
    const lotOnPlain = await rec({ location_id: cold, lines: [{ variant_id: plain, quantity: 5, lot: { code: 'X1' } }] });
    assert.equal(lotOnPlain.json().code, 'not_lot_tracked');
    const warm = await rec({ location_id: ambientShop, lines: [{ variant_id: cherries, quantity: 5, lot: { code: 'C1', use_by: '2099-01-01' } }] });
    assert.equal(warm.statusCode, 422);
    assert.equal(warm.json().code, 'temperature_class_not_held');
    const backwards = await rec({
      location_id: cold,
      lines: [{ variant_id: cherries, quantity: 5, lot: { code: 'C0', production_date: '2030-01-02', use_by: '2030-01-01' } }],
    });
    assert.equal(backwards.json().code, 'expiry_before_production');

    const ok = await rec({
      location_id: cold,
      lines: [{ variant_id: cherries, quantity: 5, lot: { code: 'C1', production_date: '2090-01-01', use_by: '2099-01-01' } }],
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(ok.json().levels, [{ variant_id: cherries, location_id: cold, on_hand: 5, reserved: 0 }]);
    // The same lot again without dates is fine; with other dates it is a contradiction.
    assert.equal((await rec({ location_id: cold, lines: [{ variant_id: cherries, quantity: 2, lot: { code: 'C1' } }] })).statusCode, 201);
    const clash = await rec({ location_id: cold, lines: [{ variant_id: cherries, quantity: 2, lot: { code: 'C1', use_by: '2098-01-01' } }] });
    assert.equal(clash.statusCode, 409);
    assert.equal(clash.json().code, 'lot_dates_mismatch');
    assert.deepEqual(await lotLevels(cherries, cold), { C1: [7, 0, 0] });
    // A lot already past its date arrives blocked: on hand, never available.
    const today = localDate('Asia/Shanghai');
    assert.equal(
      (await rec({ location_id: cold, lines: [{ variant_id: cherries, quantity: 3, lot: { code: 'OLD', use_by: addDays(today, -1) } }] })).statusCode,
      201,
    );
    assert.deepEqual((await lotLevels(cherries, cold)).OLD, [3, 0, 3]);
    const [a] = await inventory.availability(ctx, [cherries]);
    assert.equal(a!.available, 7);
    await audit();
  });

  it('sells first-expiring-first-out across lots, never an expired or blocked one', async () => {
    const ctx = t.app.ctx;
    const store = (await location(ctx, op)).id;
    const nuts = (await product(ctx, m.actor, { food: {} })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    await inventory.receiveStock(ctx, m.actor, {
      location_id: store,
      lines: [
        { variant_id: nuts, quantity: 4, lot: { code: 'LATE', best_before: addDays(today, 200) } },
        { variant_id: nuts, quantity: 3, lot: { code: 'SOON', best_before: addDays(today, 30) } },
        { variant_id: nuts, quantity: 5, lot: { code: 'MID', use_by: addDays(today, 90), best_before: addDays(today, 300) } },
        { variant_id: nuts, quantity: 2, lot: { code: 'GONE', best_before: addDays(today, -1) } },
      ],
    });
    const first = await order(pickup(nuts, store, 4));
    assert.equal(first.statusCode, 201, first.body);
    // Use-by (90 days) governs MID over its later best-before, so MID comes before LATE.
    assert.deepEqual(await soldByLot(first.json().id), { MID: 1, SOON: 3 });
    const second = await order(pickup(nuts, store, 6));
    assert.deepEqual(await soldByLot(second.json().id), { LATE: 2, MID: 4 });
    // Two LATE left; the expired GONE units are not for sale.
    const third = await order(pickup(nuts, store, 3));
    assert.equal(third.statusCode, 409);
    assert.equal(third.json().code, 'out_of_stock');
    // GONE arrived already past its date, so it arrived blocked.
    assert.deepEqual(await lotLevels(nuts, store), { GONE: [2, 0, 2], LATE: [2, 0, 0], MID: [0, 0, 0], SOON: [0, 0, 0] });

    // A lot good on arrival whose day then passes: the expiry job takes it out with a movement saying why.
    await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: nuts, quantity: 1, lot: { code: 'EDGE', best_before: today } }] });
    await t.database.db
      .updateTable('lots')
      .set({ best_before: addDays(today, -1) })
      .where('code', '=', 'EDGE')
      .where('variant_id', '=', nuts)
      .execute();
    assert.ok((await expireLots(ctx)) >= 1);
    assert.deepEqual((await lotLevels(nuts, store)).EDGE, [1, 0, 1]);
    const why = await t.database.db
      .selectFrom('stock_movements')
      .select(['reason', 'blocked_delta'])
      .where('variant_id', '=', nuts)
      .where('reason', '=', 'lot_expired')
      .execute();
    assert.deepEqual(why, [{ reason: 'lot_expired', blocked_delta: 1 }]);

    // Blocked by hand (with a reason): LATE leaves available stock; released, it comes back.
    const late = (await t.call('GET', `/api/lots?variant_id=${nuts}&code=LATE`, { token })).json().items[0];
    const blocked = await t.call('POST', `/api/lots/${late.id}/block`, { token, body: { reason: 'pallet damaged in transit' } });
    assert.equal(blocked.statusCode, 200, blocked.body);
    assert.equal(blocked.json().units_blocked, 2);
    assert.equal((await order(pickup(nuts, store, 1))).json().code, 'out_of_stock');
    assert.equal((await inventory.availability(ctx, [nuts]))[0]!.available, 0);
    const released = await t.call('POST', `/api/lots/${late.id}/release`, { token, body: { reason: 'inspected, fine' } });
    assert.equal(released.json().units_released, 2);
    assert.equal((await order(pickup(nuts, store, 1))).statusCode, 201);
    // Another merchant cannot see or block this lot.
    const other = await verifiedMerchant(ctx, op, 'Rival');
    const otherToken = (await t.call('POST', '/api/auth/login', { body: { email: other.ownerEmail, password: 'fixture-password' } })).json().token;
    assert.equal((await t.call('POST', `/api/lots/${late.id}/block`, { token: otherToken, body: { reason: 'x' } })).statusCode, 404);
    await audit();
  });

  it('keeps the minimum remaining shelf life to the day, counted in the store’s own time zone', async () => {
    const ctx = t.app.ctx;
    // A store far from UTC on either side, so "today" there differs from UTC's at some hours.
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      const store = (await location(ctx, op, { timezone: tz, delivery_days: 2 })).id;
      const cherries = (await product(ctx, m.actor, { food: { temperature_class: 'chilled', min_remaining_shelf_life: { days: 3 } } })).variantIds[0]!;
      const today = localDate(tz);
      // Delivery arrives today + 2; 3 days must be left then: a use-by of today + 5 is the last good one.
      await inventory.receiveStock(ctx, m.actor, {
        location_id: store,
        lines: [
          { variant_id: cherries, quantity: 2, lot: { code: 'EDGE', use_by: addDays(today, 5) } },
          { variant_id: cherries, quantity: 2, lot: { code: 'SHORT', use_by: addDays(today, 4) } },
        ],
      });
      const [forDelivery] = await inventory.availability(ctx, [cherries], { promise: 'delivery' });
      assert.equal(forDelivery!.available, 2, tz);
      // For a pick-up today, SHORT still has 4 days left: both lots count.
      const [forPickup] = await inventory.availability(ctx, [cherries]);
      assert.equal(forPickup!.available, 4, tz);
      const d = await order(delivery(cherries, 2));
      assert.equal(d.statusCode, 201, d.body);
      assert.deepEqual(await soldByLot(d.json().id), { EDGE: 2 });
      const more = await order(delivery(cherries, 1));
      assert.equal(more.json().code, 'out_of_stock', tz);
      // A pick-up may still take SHORT.
      const p = await order(pickup(cherries, store, 2));
      assert.equal(p.statusCode, 201, p.body);
      assert.deepEqual(await soldByLot(p.json().id), { SHORT: 2 });
    }
    await audit();
  });

  it('keeps the two-thirds rule: a fraction of the lot’s whole shelf life must be left', async () => {
    const ctx = t.app.ctx;
    const store = (await location(ctx, op, { delivery_days: 0 })).id;
    const formula = (await product(ctx, m.actor, { food: { min_remaining_shelf_life: { fraction: 0.667 } } })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    // 300 days of life: 0.667 × 300 = 200.1, so 201 days must be left.
    await inventory.receiveStock(ctx, m.actor, {
      location_id: store,
      lines: [
        { variant_id: formula, quantity: 1, lot: { code: 'F200', production_date: addDays(today, -100), best_before: addDays(today, 200) } },
        { variant_id: formula, quantity: 1, lot: { code: 'F201', production_date: addDays(today, -99), best_before: addDays(today, 201) } },
      ],
    });
    assert.equal((await inventory.availability(ctx, [formula], { promise: 'delivery' }))[0]!.available, 1);
    const o = await order(pickup(formula, store, 1));
    assert.deepEqual(await soldByLot(o.json().id), { F201: 1 });
    assert.equal((await order(pickup(formula, store, 1))).json().code, 'out_of_stock');
  });

  it('refuses at sale time a lot that expired after the cart held it (the race with the expiry job)', async () => {
    const ctx = t.app.ctx;
    const store = (await location(ctx, op)).id;
    const milk = (await product(ctx, m.actor, { food: { temperature_class: 'chilled' } })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    await inventory.receiveStock(ctx, m.actor, {
      location_id: store,
      lines: [
        { variant_id: milk, quantity: 1, lot: { code: 'TODAY', use_by: today } },
        { variant_id: milk, quantity: 1, lot: { code: 'LATER', use_by: addDays(today, 10) } },
      ],
    });
    const cart = async () => {
      const c = await t.call('POST', '/api/carts', { body: { guest_email: 'milk@example.com' } });
      const h = { 'x-cart-token': c.json().cart_token };
      await t.call('POST', `/api/carts/${c.json().id}/lines`, {
        headers: h,
        body: { variant_id: milk, quantity: 1, fulfilment: 'pickup', pickup_location_id: store },
      });
      const f = await t.call('PUT', `/api/carts/${c.json().id}/fulfilment`, { headers: h, body: {} });
      assert.equal(f.statusCode, 200, f.body);
      return { id: c.json().id as string, h };
    };
    const pay = (c: { id: string; h: Record<string, string> }) =>
      t.call('POST', `/api/carts/${c.id}/checkout`, { headers: { ...c.h, 'idempotency-key': idem() }, body: { payment: { token: 'tok_ok' } } });
    const first = await cart();
    assert.deepEqual(await lotLevels(milk, store), { LATER: [1, 0, 0], TODAY: [1, 1, 0] });
    // Midnight passes before the job runs: the held lot is now past its date.
    await t.database.db
      .updateTable('lots')
      .set({ use_by: addDays(today, -1) })
      .where('code', '=', 'TODAY')
      .where('variant_id', '=', milk)
      .execute();
    const paid = await pay(first);
    assert.equal(paid.statusCode, 201, paid.body);
    // The sale took the good lot instead; the stale hold was not sold.
    assert.deepEqual(await soldByLot(paid.json().id), { LATER: 1 });
    // A second buyer finds nothing sellable though one unit is on hand.
    const second = await t.call('POST', '/api/carts', { body: { guest_email: 'late@example.com' } });
    const h = { 'x-cart-token': second.json().cart_token };
    await t.call('POST', `/api/carts/${second.json().id}/lines`, {
      headers: h,
      body: { variant_id: milk, quantity: 1, fulfilment: 'pickup', pickup_location_id: store },
    });
    assert.equal((await t.call('PUT', `/api/carts/${second.json().id}/fulfilment`, { headers: h, body: {} })).json().code, 'out_of_stock');
    await expireLots(ctx);
    assert.deepEqual((await lotLevels(milk, store)).TODAY, [1, 0, 1]);
    await audit();
  });

  it('puts returns and cancellations back into the lot they left from; transfers carry their lots', async () => {
    const ctx = t.app.ctx;
    const a = (await location(ctx, op)).id;
    const b = (await location(ctx, op, { city: 'Shanghai' })).id;
    const beef = (await product(ctx, m.actor, { food: { temperature_class: 'frozen' } })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    await inventory.receiveStock(ctx, m.actor, {
      location_id: a,
      lines: [
        { variant_id: beef, quantity: 2, lot: { code: 'B1', use_by: addDays(today, 100) } },
        { variant_id: beef, quantity: 5, lot: { code: 'B2', use_by: addDays(today, 200) } },
      ],
    });
    // Transfer 4: FEFO takes B1 ×2 then B2 ×2; the receipt puts them back into the same lots at b.
    const tr = await t.call('POST', '/api/transfers', { token, body: { from_location_id: a, to_location_id: b, lines: [{ variant_id: beef, quantity: 4 }] } });
    assert.equal(tr.statusCode, 201, tr.body);
    assert.equal((await t.call('POST', `/api/transfers/${tr.json().id}/dispatch`, { token })).statusCode, 200);
    assert.deepEqual(await lotLevels(beef, a), { B1: [0, 0, 0], B2: [3, 0, 0] });
    const got = await t.call('POST', `/api/transfers/${tr.json().id}/receipts`, { token, body: { lines: [{ variant_id: beef, quantity: 3 }] } });
    assert.equal(got.statusCode, 201, got.body);
    assert.deepEqual(await lotLevels(beef, b), { B1: [2, 0, 0], B2: [1, 0, 0] });
    // The transfer says which lots left and which arrived.
    const detail = (await t.call('GET', `/api/transfers/${tr.json().id}`, { token })).json();
    assert.deepEqual(
      detail.lines[0].lots.map((l: { code: string; sent: number; received: number }) => [l.code, l.sent, l.received]),
      [
        ['B1', 2, 2],
        ['B2', 2, 1],
      ],
    );
    // Frozen goods cannot go to a store without a freezer.
    const warm = (await location(ctx, op, { temperature_classes: ['ambient', 'chilled'] })).id;
    const refused = await t.call('POST', '/api/transfers', {
      token,
      body: { from_location_id: a, to_location_id: warm, lines: [{ variant_id: beef, quantity: 1 }] },
    });
    assert.equal(refused.json().code, 'temperature_class_not_held');

    // Sold at b (B1 first), returned at a: back into B1, at a.
    const o = await order(pickup(beef, b, 2));
    assert.deepEqual(await soldByLot(o.json().id), { B1: 2 });
    await t.database.db.updateTable('orders').set({ status: 'collected' }).where('id', '=', o.json().id).execute();
    const lineId = o.json().lines[0].id;
    const r = await returnItems(ctx, op, { order_id: o.json().id, location_id: a, lines: [{ order_line_id: lineId, quantity: 1 }], reason: 'changed mind' });
    assert.ok(r.return_id);
    assert.deepEqual(await lotLevels(beef, a), { B1: [1, 0, 0], B2: [3, 0, 0] });
    // Naming a lot the order never had is refused.
    await assert.rejects(
      returnItems(ctx, op, { order_id: o.json().id, location_id: a, lines: [{ order_line_id: lineId, quantity: 1, lot_code: 'B2' }], reason: 'x' }),
      (e: { code?: string }) => e.code === 'lot_not_in_origin',
    );
    await audit();
  });

  it('counts, adjusts and cancels lot by lot: write-offs take blocked units first', async () => {
    const ctx = t.app.ctx;
    const store = (await location(ctx, op)).id;
    const jam = (await product(ctx, m.actor, { food: {} })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    await inventory.receiveStock(ctx, m.actor, {
      location_id: store,
      lines: [
        { variant_id: jam, quantity: 4, lot: { code: 'J1', best_before: addDays(today, 50) } },
        { variant_id: jam, quantity: 3, lot: { code: 'J2', best_before: addDays(today, 80) } },
      ],
    });
    // Cancelling an order puts its units back into the lots it took.
    const o = await order(pickup(jam, store, 5));
    assert.deepEqual(await soldByLot(o.json().id), { J1: 4, J2: 1 });
    await cancelOrder(ctx, op, o.json().id, 'customer called');
    assert.deepEqual(await lotLevels(jam, store), { J1: [4, 0, 0], J2: [3, 0, 0] });

    const count = await t.call('POST', '/api/stock/counts', {
      token,
      body: {
        location_id: store,
        lines: [
          { variant_id: jam, lot_code: 'J1', counted: 3 },
          { variant_id: jam, lot_code: 'J2', counted: 3 },
        ],
      },
    });
    assert.equal(count.statusCode, 201, count.body);
    assert.deepEqual(
      count.json().lines.map((l: { lot_code: string; difference: number }) => [l.lot_code, l.difference]),
      [
        ['J1', -1],
        ['J2', 0],
      ],
    );
    const noLot = await t.call('POST', '/api/stock/counts', { token, body: { location_id: store, lines: [{ variant_id: jam, counted: 3 }] } });
    assert.equal(noLot.json().code, 'lot_required');

    // J1 blocked, then two of its units written off: they come out of the blocked ones.
    const j1 = (await t.call('GET', `/api/lots?variant_id=${jam}&code=J1`, { token })).json().items[0];
    await t.call('POST', `/api/lots/${j1.id}/block`, { token, body: { reason: 'lid defect' } });
    const adj = await t.call('POST', '/api/stock/adjustments', {
      token,
      body: { location_id: store, variant_id: jam, lot_code: 'J1', delta: -2, note: 'destroyed' },
    });
    assert.equal(adj.statusCode, 201, adj.body);
    assert.deepEqual(await lotLevels(jam, store), { J1: [1, 0, 1], J2: [3, 0, 0] });
    const tooMany = await t.call('POST', '/api/stock/adjustments', {
      token,
      body: { location_id: store, variant_id: jam, lot_code: 'J2', delta: -4, note: 'x' },
    });
    assert.equal(tooMany.json().code, 'insufficient_stock');
    const unknown = await t.call('POST', '/api/stock/adjustments', {
      token,
      body: { location_id: store, variant_id: jam, lot_code: 'NOPE', delta: 1, note: 'x' },
    });
    assert.equal(unknown.statusCode, 404);
    await audit();
  });

  it('never oversells any lot under concurrent checkouts, holds, the sweeper and the expiry job', async () => {
    const ctx = t.app.ctx;
    const hz = (await location(ctx, op)).id;
    const sh = (await location(ctx, op, { city: 'Shanghai' })).id;
    const nuts = (await product(ctx, m.actor, { food: { min_remaining_shelf_life: { days: 1 } } })).variantIds[0]!;
    const today = localDate('Asia/Shanghai');
    const received: Record<string, number> = {};
    for (const [store, lots] of [
      [hz, ['H1', 'H2', 'H3']],
      [sh, ['S1', 'S2']],
    ] as const) {
      await inventory.receiveStock(ctx, m.actor, {
        location_id: store,
        lines: lots.map((code, i) => ({ variant_id: nuts, quantity: 6, lot: { code, best_before: addDays(today, 10 + i * 10) } })),
      });
      for (const code of lots) received[code] = 6;
    }
    let running = true;
    const jobs = (async () => {
      while (running) {
        await inventory.sweepExpiredReservations(ctx);
        await expireLots(ctx);
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    const buyers = Array.from({ length: 48 }, async (_, i) => {
      const q = 1 + (i % 2);
      if (i % 3 === 0) return (await order(delivery(nuts, q))).statusCode;
      if (i % 3 === 1) return (await order(pickup(nuts, i % 2 ? hz : sh, q))).statusCode;
      const c = await t.call('POST', '/api/carts', { body: { guest_email: `c${i}@example.com` } });
      const h = { 'x-cart-token': c.json().cart_token };
      await t.call('POST', `/api/carts/${c.json().id}/lines`, { headers: h, body: { variant_id: nuts, quantity: q } });
      const f = await t.call('PUT', `/api/carts/${c.json().id}/fulfilment`, { headers: h, body: { delivery: HANGZHOU } });
      if (f.statusCode !== 200) return f.statusCode;
      return (
        await t.call('POST', `/api/carts/${c.json().id}/checkout`, { headers: { ...h, 'idempotency-key': idem() }, body: { payment: { token: 'tok_ok' } } })
      ).statusCode;
    });
    const codes = await Promise.all(buyers);
    running = false;
    await jobs;
    assert.ok(
      codes.every((c) => c === 201 || c === 409),
      codes.join(','),
    );
    // Demand (72 units) is well above the 30 there are: both outcomes must occur.
    assert.ok(codes.includes(201) && codes.includes(409), codes.join(','));
    const sold = await t.database.db
      .selectFrom('stock_movements as m')
      .innerJoin('lots as l', 'l.id', 'm.lot_id')
      .select(['l.code', sql<number>`(-sum(m.on_hand_delta) filter (where m.reason = 'sale'))::int`.as('sold')])
      .where('m.variant_id', '=', nuts)
      .groupBy('l.code')
      .execute();
    const onHand = await t.database.db
      .selectFrom('stock_lot_levels as s')
      .innerJoin('lots as l', 'l.id', 's.lot_id')
      .select(['l.code', 's.on_hand', 's.reserved'])
      .where('s.variant_id', '=', nuts)
      .execute();
    let totalSold = 0;
    for (const s of sold) {
      const h = onHand.find((x) => x.code === s.code)!;
      assert.equal((s.sold ?? 0) + h.on_hand, received[s.code], `lot ${s.code}`);
      assert.ok(h.on_hand >= 0 && h.reserved === 0);
      totalSold += s.sold ?? 0;
    }
    // 30 units in all; every 201 sold its quantity.
    const units = codes.reduce((sum, c, i) => sum + (c === 201 ? 1 + (i % 2) : 0), 0);
    assert.equal(totalSold, units);
    assert.ok(totalSold <= 30);
    await audit();
  });
});
