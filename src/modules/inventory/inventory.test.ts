import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { clerkActor, location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import * as inventory from './service.ts';

describe('stock ledger', () => {
  let t: TestApp;
  let op: Actor;
  let merchant: Awaited<ReturnType<typeof verifiedMerchant>>;
  let other: Awaited<ReturnType<typeof verifiedMerchant>>;
  let store: string;
  let store2: string;
  let variants: string[];
  let otherVariant: string;
  let ownerToken: string;
  let otherToken: string;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    merchant = await verifiedMerchant(ctx, op, 'Cherry Farm');
    other = await verifiedMerchant(ctx, op, 'Almond Farm');
    store = (await location(ctx, op, { city: 'Hangzhou' })).id;
    store2 = (await location(ctx, op, { city: 'Shanghai' })).id;
    variants = (await product(ctx, merchant.actor, { variants: 3 })).variantIds;
    otherVariant = (await product(ctx, other.actor)).variantIds[0]!;
    ownerToken = (await t.call('POST', '/api/auth/login', { body: { email: merchant.ownerEmail, password: 'fixture-password' } })).json().token;
    otherToken = (await t.call('POST', '/api/auth/login', { body: { email: other.ownerEmail, password: 'fixture-password' } })).json().token;
  });
  after(() => t?.close());

  const audit = async () => {
    const a = await inventory.auditLedger(t.app.ctx);
    assert.deepEqual(a, { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  };

  it('receives, adjusts and counts stock over HTTP, one ledger row per change', async () => {
    const rec = await t.call('POST', '/api/stock/receipts', {
      token: ownerToken,
      body: {
        location_id: store,
        lines: [
          { variant_id: variants[0], quantity: 10 },
          { variant_id: variants[1], quantity: 4 },
        ],
        reference: 'PO-1',
      },
    });
    assert.equal(rec.statusCode, 201, rec.body);
    assert.deepEqual(
      rec.json().levels.map((l: { on_hand: number }) => l.on_hand),
      [10, 4],
    );
    const adj = await t.call('POST', '/api/stock/adjustments', {
      token: ownerToken,
      body: { location_id: store, variant_id: variants[0], delta: -2, note: 'damaged in transit' },
    });
    assert.equal(adj.statusCode, 201);
    assert.equal(adj.json().on_hand, 8);
    const tooMuch = await t.call('POST', '/api/stock/adjustments', {
      token: ownerToken,
      body: { location_id: store, variant_id: variants[0], delta: -9, note: 'x' },
    });
    assert.equal(tooMuch.statusCode, 409);
    assert.equal(tooMuch.json().code, 'insufficient_stock');

    const count = await t.call('POST', '/api/stock/counts', {
      token: ownerToken,
      body: {
        location_id: store,
        lines: [
          { variant_id: variants[0], counted: 7 },
          { variant_id: variants[1], counted: 4 },
          { variant_id: variants[2], counted: 2 },
        ],
      },
    });
    assert.equal(count.statusCode, 201, count.body);
    assert.deepEqual(count.json().lines, [
      { variant_id: variants[0], expected: 8, counted: 7, difference: -1 },
      { variant_id: variants[1], expected: 4, counted: 4, difference: 0 },
      { variant_id: variants[2], expected: 0, counted: 2, difference: 2 },
    ]);
    const moves = await t.call('GET', `/api/stock/movements?location_id=${store}&limit=100`, { token: ownerToken });
    const reasons = moves
      .json()
      .items.map((m: { reason: string }) => m.reason)
      .sort();
    assert.deepEqual(reasons, ['adjustment', 'count_correction', 'count_correction', 'receipt', 'receipt']);
    assert.ok(moves.json().items.every((m: { actor_id: string }) => m.actor_id === merchant.ownerId));
    await audit();
  });

  it('keeps merchants to their own variants and store staff to their own store (404, nothing written)', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from stock_movements`.execute(t.database.db);
    const foreign = await t.call('POST', '/api/stock/receipts', {
      token: otherToken,
      body: { location_id: store, lines: [{ variant_id: variants[0], quantity: 5 }] },
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'variant_not_found');
    const mixed = await t.call('POST', '/api/stock/receipts', {
      token: ownerToken,
      body: {
        location_id: store,
        lines: [
          { variant_id: variants[0], quantity: 5 },
          { variant_id: otherVariant, quantity: 5 },
        ],
      },
    });
    assert.equal(mixed.statusCode, 404);
    const clerk = await clerkActor(t.app.ctx, store2);
    await assert.rejects(inventory.receiveStock(t.app.ctx, clerk, { location_id: store, lines: [{ variant_id: variants[0]!, quantity: 1 }] }), {
      code: 'location_not_found',
    });
    const after = await sql<{ n: number }>`select count(*)::int as n from stock_movements`.execute(t.database.db);
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
    const levels = await t.call('GET', '/api/stock?limit=100', { token: otherToken });
    assert.ok(levels.json().items.every((l: { merchant_id: string }) => l.merchant_id === other.merchantId));
    const consumer = await t.userToken({ role: 'consumer' });
    assert.equal((await t.call('GET', '/api/stock', { token: consumer.token })).statusCode, 403);
    assert.equal((await t.call('GET', '/api/stock')).statusCode, 401);
  });

  it('reports availability per location and in total', async () => {
    await inventory.receiveStock(t.app.ctx, merchant.actor, { location_id: store2, lines: [{ variant_id: variants[1]!, quantity: 3 }] });
    const res = await t.call('GET', `/api/availability?variant_id=${variants[1]}&variant_id=${variants[0]}`);
    assert.equal(res.statusCode, 200);
    const [v1, v0] = res.json().items;
    assert.equal(v1.available, 7);
    assert.deepEqual(v1.locations.map((l: { location_id: string }) => l.location_id).sort(), [store, store2].sort());
    assert.equal(v0.available, 7);
    // The storefront can say where: "3 left at <store>".
    assert.ok(v1.locations.every((l: { location: { name_en: string } }) => typeof l.location.name_en === 'string' && l.location.name_en.length > 0));
  });

  it('reservations hold stock, release it, turn into sales, and expire by the sweeper', async () => {
    const ctx = t.app.ctx;
    const v = variants[2]!; // 2 on hand at store
    const r1 = await inventory.reserveStock(ctx, merchant.actor, {
      variant_id: v,
      location_id: store,
      quantity: 2,
      reference_type: 'cart',
      reference_id: 'crt_1',
    });
    assert.ok(r1.ok);
    const none = await inventory.reserveStock(ctx, merchant.actor, {
      variant_id: v,
      location_id: store,
      quantity: 1,
      reference_type: 'cart',
      reference_id: 'crt_2',
    });
    assert.deepEqual(none, { ok: false, reason: 'out_of_stock', variant_id: v, location_id: store, available: 0 });
    assert.equal(await inventory.releaseReservation(ctx, merchant.actor, r1.value.reservation_id), true);
    assert.equal(await inventory.releaseReservation(ctx, merchant.actor, r1.value.reservation_id), false, 'a second release does nothing');

    const r2 = await inventory.reserveStock(ctx, merchant.actor, {
      variant_id: v,
      location_id: store,
      quantity: 1,
      reference_type: 'order',
      reference_id: 'ord_1',
    });
    assert.ok(r2.ok);
    assert.equal(await inventory.consumeReservation(ctx, merchant.actor, r2.value.reservation_id, { reference_type: 'order', reference_id: 'ord_1' }), true);
    const r3 = await inventory.reserveStock(ctx, merchant.actor, {
      variant_id: v,
      location_id: store,
      quantity: 1,
      reference_type: 'cart',
      reference_id: 'crt_3',
      ttl_seconds: 1,
    });
    assert.ok(r3.ok);
    assert.equal(await inventory.sweepExpiredReservations(ctx, new Date(Date.now() + 500)), 0);
    assert.equal(await inventory.sweepExpiredReservations(ctx, new Date(Date.now() + 2000)), 1);
    assert.equal(
      await inventory.consumeReservation(ctx, merchant.actor, r3.value.reservation_id, { reference_type: 'order', reference_id: 'late' }),
      false,
      'an expired hold cannot become a sale',
    );
    const level = await t.database.db
      .selectFrom('stock_levels')
      .selectAll()
      .where('variant_id', '=', v)
      .where('location_id', '=', store)
      .executeTakeFirstOrThrow();
    assert.equal(level.on_hand, 1);
    assert.equal(level.reserved, 0);
    const reasons = await t.database.db.selectFrom('stock_movements').select('reason').where('variant_id', '=', v).orderBy('id').execute();
    assert.deepEqual(
      reasons.map((r) => r.reason),
      ['count_correction', 'reservation', 'release', 'reservation', 'sale', 'reservation', 'expiry'],
    );
    await audit();
  });

  it('refuses a count below what is reserved, and duplicate lines', async () => {
    const ctx = t.app.ctx;
    const r = await inventory.reserveStock(ctx, merchant.actor, {
      variant_id: variants[0]!,
      location_id: store,
      quantity: 3,
      reference_type: 'cart',
      reference_id: 'c',
    });
    assert.ok(r.ok);
    await assert.rejects(inventory.countStock(ctx, merchant.actor, { location_id: store, lines: [{ variant_id: variants[0]!, counted: 2 }] }), {
      code: 'count_below_reserved',
    });
    await assert.rejects(
      inventory.countStock(ctx, merchant.actor, {
        location_id: store,
        lines: [
          { variant_id: variants[0]!, counted: 5 },
          { variant_id: variants[0]!, counted: 5 },
        ],
      }),
      { code: 'duplicate_line' },
    );
    await inventory.releaseReservation(ctx, merchant.actor, r.value.reservation_id);
    await audit();
  });

  it('never oversells: 200 concurrent reservations for 50 units give exactly 50', async () => {
    const ctx = t.app.ctx;
    const hot = (await product(ctx, merchant.actor)).variantIds[0]!;
    await inventory.receiveStock(ctx, merchant.actor, { location_id: store, lines: [{ variant_id: hot, quantity: 50 }] });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        inventory.reserveStock(ctx, merchant.actor, { variant_id: hot, location_id: store, quantity: 1, reference_type: 'cart', reference_id: `crt_${i}` }),
      ),
    );
    assert.equal(results.filter((r) => r.ok).length, 50);
    assert.ok(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'out_of_stock'));
    const level = await t.database.db
      .selectFrom('stock_levels')
      .selectAll()
      .where('variant_id', '=', hot)
      .where('location_id', '=', store)
      .executeTakeFirstOrThrow();
    assert.equal(level.reserved, 50);
    assert.equal(level.on_hand, 50);
    // Half sell, half expire while more buyers arrive: still never below zero.
    const held = results.filter((r) => r.ok).map((r) => (r.ok ? r.value.reservation_id : ''));
    await Promise.all([
      ...held.slice(0, 25).map((id) => inventory.consumeReservation(ctx, merchant.actor, id, { reference_type: 'order', reference_id: id })),
      ...held.slice(25).map((id) => inventory.releaseReservation(ctx, merchant.actor, id)),
      ...Array.from({ length: 60 }, (_, i) =>
        inventory.reserveStock(ctx, merchant.actor, { variant_id: hot, location_id: store, quantity: 1, reference_type: 'cart', reference_id: `late_${i}` }),
      ),
    ]);
    const end = await t.database.db
      .selectFrom('stock_levels')
      .selectAll()
      .where('variant_id', '=', hot)
      .where('location_id', '=', store)
      .executeTakeFirstOrThrow();
    assert.equal(end.on_hand, 25);
    assert.ok(end.reserved <= 25 && end.reserved >= 0);
    await audit();
  });

  it('validates input at the edge with stable codes', async () => {
    const zero = await t.call('POST', '/api/stock/receipts', {
      token: ownerToken,
      body: { location_id: store, lines: [{ variant_id: variants[0], quantity: 0 }] },
    });
    assert.equal(zero.statusCode, 400);
    const badId = await t.call('POST', '/api/stock/receipts', {
      token: ownerToken,
      body: { location_id: 'nope', lines: [{ variant_id: variants[0], quantity: 1 }] },
    });
    assert.equal(badId.statusCode, 400);
    const ghost = await t.call('POST', '/api/stock/receipts', {
      token: ownerToken,
      body: { location_id: 'loc_01JAAAAAAAAAAAAAAAAAAAAAAA', lines: [{ variant_id: variants[0], quantity: 1 }] },
    });
    assert.equal(ghost.statusCode, 404);
  });
});
