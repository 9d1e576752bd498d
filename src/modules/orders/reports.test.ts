import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { createProduct } from '../catalog/service.ts';
import * as inventory from '../inventory/service.ts';
import { type SalesReport, reportDay, reportRange } from './reports.ts';

describe('sales report', () => {
  let t: TestApp;
  const tokens: Record<'operator' | 'a' | 'aBrand' | 'b' | 'shopper' | 'clerkHz' | 'clerkSh', string> = {} as never;
  let hz: string;
  let sh: string;
  let aUsd: string;
  let bCny: string;
  let bUsd: string;
  let n = 0;
  const orderIds: Record<'tillA' | 'tillB' | 'mixed' | 'placed', string> = { tillA: '', tillB: '', mixed: '', placed: '' };

  const till = async (token: string, variant_id: string, quantity: number) => {
    const res = await t.call('POST', '/api/till/sales', {
      token,
      body: { client_sale_id: `report-${Date.now()}-${++n}`, lines: [{ variant_id, quantity }], payment: { method: 'cash' } },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  const pickup = async (lines: Array<{ variant_id: string; quantity: number }>, paymentToken: string) => {
    const res = await t.call('POST', '/api/orders', {
      token: tokens.shopper,
      headers: { 'idempotency-key': `report-order-${++n}` },
      body: { lines: lines.map((l) => ({ ...l, fulfilment: 'pickup', pickup_location_id: hz })), payment: { token: paymentToken } },
    });
    return res;
  };
  const placedAt = (id: string, at: string) => sql`update orders set created_at = ${at}::timestamptz where id = ${id}`.execute(t.database.db);
  const report = async (token: string | undefined, query = '') => {
    const res = await t.call('GET', `/api/reports/sales${query}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as SalesReport;
  };
  const RANGE = '?from=2026-03-01&to=2026-03-02';

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const a = await verifiedMerchant(ctx, op, 'Denim A');
    const b = await verifiedMerchant(ctx, op, 'Tea B');
    hz = (await location(ctx, op, { city: 'Hangzhou' })).id;
    sh = (await location(ctx, op, { city: 'Shanghai' })).id;
    aUsd = (await product(ctx, a.actor, { price: 1000 })).variantIds[0]!;
    bUsd = (await product(ctx, b.actor, { price: 700 })).variantIds[0]!;
    const cny = await createProduct(ctx, b.actor, {
      title_en: 'Longjing tea',
      title_zh: '龙井茶',
      hs_code: '090210',
      origin_country: 'CN',
      status: 'active',
      variants: [{ sku: `TEA-${Date.now()}`, weight_g: 250, price: { amount: 5000, currency: 'CNY' } }],
    });
    bCny = cny.variants[0]!.id;
    for (const loc of [hz, sh]) {
      await inventory.receiveStock(ctx, a.actor, { location_id: loc, lines: [{ variant_id: aUsd, quantity: 50 }] });
      await inventory.receiveStock(ctx, b.actor, {
        location_id: loc,
        lines: [
          { variant_id: bUsd, quantity: 50 },
          { variant_id: bCny, quantity: 50 },
        ],
      });
    }
    tokens.operator = (await t.userToken({ role: 'operator' })).token;
    tokens.a = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'staff' })).token;
    tokens.aBrand = (await t.userToken({ role: 'brand_owner', merchant_id: a.merchantId })).token;
    tokens.b = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    tokens.shopper = (await t.userToken({ role: 'consumer' })).token;
    tokens.clerkHz = (await t.userToken({ role: 'store_staff', location_id: hz })).token;
    tokens.clerkSh = (await t.userToken({ role: 'store_staff', location_id: sh })).token;

    // 23:59:59 on 1 March in Shanghai (15:59:59 UTC): the last second of that day.
    orderIds.tillA = await till(tokens.clerkHz, aUsd, 2);
    await placedAt(orderIds.tillA, '2026-03-01T15:59:59Z');
    // 00:00 on 2 March in Shanghai, still 1 March in UTC.
    orderIds.tillB = await till(tokens.clerkSh, bCny, 1);
    await placedAt(orderIds.tillB, '2026-03-01T16:00:00Z');
    // One online order with both merchants' goods, picked up in Hangzhou.
    const mixed = await pickup(
      [
        { variant_id: aUsd, quantity: 1 },
        { variant_id: bUsd, quantity: 3 },
      ],
      'tok_ok',
    );
    assert.equal(mixed.statusCode, 201, mixed.body);
    orderIds.mixed = mixed.json().id as string;
    await placedAt(orderIds.mixed, '2026-03-02T03:00:00Z');
    // Not sales: a capture that failed (cancelled) and an order not paid yet (placed).
    const failed = await pickup([{ variant_id: aUsd, quantity: 4 }], 'tok_capture_fails');
    assert.equal(failed.statusCode, 402, failed.body);
    const cancelled = await t.database.db.selectFrom('orders').select(['id', 'status']).where('status', '=', 'cancelled').execute();
    assert.equal(cancelled.length, 1);
    await placedAt(cancelled[0]!.id, '2026-03-02T04:00:00Z');
    orderIds.placed = await till(tokens.clerkHz, aUsd, 5);
    await sql`update orders set status = 'placed', created_at = '2026-03-02T05:00:00Z' where id = ${orderIds.placed}`.execute(t.database.db);
  });
  after(() => t?.close());

  it('gives an operator every paid sale, each currency on its own, by channel, store, city and day', async () => {
    const r = await report(tokens.operator, RANGE);
    assert.equal(r.from, '2026-03-01');
    assert.equal(r.to, '2026-03-02');
    assert.deepEqual(r.currency_totals, [
      { currency: 'CNY', orders: 1, units: 1, amount: 5000 },
      { currency: 'USD', orders: 2, units: 6, amount: 2 * 1000 + 1000 + 3 * 700 },
    ]);
    assert.deepEqual(r.by_channel, [
      { channel: 'online', currency: 'USD', orders: 1, units: 4, amount: 3100 },
      { channel: 'till', currency: 'CNY', orders: 1, units: 1, amount: 5000 },
      { channel: 'till', currency: 'USD', orders: 1, units: 2, amount: 2000 },
    ]);
    assert.deepEqual(
      r.by_location.map((l) => [l.location_id, l.city, l.currency, l.orders, l.units, l.amount]),
      [
        [sh, 'Shanghai', 'CNY', 1, 1, 5000],
        [hz, 'Hangzhou', 'USD', 2, 6, 5100],
      ],
    );
    assert.ok(r.by_location.every((l) => l.name_en.length > 0 && l.name_zh.length > 0));
    assert.deepEqual(r.by_city, [
      { city: 'Shanghai', currency: 'CNY', orders: 1, units: 1, amount: 5000 },
      { city: 'Hangzhou', currency: 'USD', orders: 2, units: 6, amount: 5100 },
    ]);
    assert.deepEqual(r.by_day, [
      { day: '2026-03-01', currency: 'USD', orders: 1, units: 2, amount: 2000 },
      { day: '2026-03-02', currency: 'CNY', orders: 1, units: 1, amount: 5000 },
      { day: '2026-03-02', currency: 'USD', orders: 1, units: 4, amount: 3100 },
    ]);
  });

  it('shows a merchant and its brand owner only their own lines: a shared order counts once, with their units', async () => {
    for (const token of [tokens.a, tokens.aBrand]) {
      const r = await report(token, RANGE);
      assert.deepEqual(r.currency_totals, [{ currency: 'USD', orders: 2, units: 3, amount: 3000 }]);
      assert.deepEqual(
        r.by_channel.map((c) => [c.channel, c.currency, c.orders, c.units, c.amount]),
        [
          ['online', 'USD', 1, 1, 1000],
          ['till', 'USD', 1, 2, 2000],
        ],
      );
      assert.deepEqual(
        r.by_location.map((l) => l.location_id),
        [hz],
      );
    }
    const b = await report(tokens.b, RANGE);
    assert.deepEqual(b.currency_totals, [
      { currency: 'CNY', orders: 1, units: 1, amount: 5000 },
      { currency: 'USD', orders: 1, units: 3, amount: 2100 },
    ]);
    assert.deepEqual(
      b.by_city.map((c) => [c.city, c.currency, c.amount]),
      [
        ['Shanghai', 'CNY', 5000],
        ['Hangzhou', 'USD', 2100],
      ],
    );
  });

  it('counts days in Shanghai time, both ends included', async () => {
    const first = await report(tokens.operator, '?from=2026-03-01&to=2026-03-01');
    assert.deepEqual(first.currency_totals, [{ currency: 'USD', orders: 1, units: 2, amount: 2000 }]);
    const second = await report(tokens.operator, '?from=2026-03-02&to=2026-03-02');
    assert.deepEqual(
      second.currency_totals.map((c) => [c.currency, c.amount]),
      [
        ['CNY', 5000],
        ['USD', 3100],
      ],
    );
    const before = await report(tokens.operator, '?from=2026-02-01&to=2026-02-28');
    assert.deepEqual(before, { from: '2026-02-01', to: '2026-02-28', currency_totals: [], by_channel: [], by_location: [], by_city: [], by_day: [] });
  });

  it('defaults to the last 30 days up to today in Shanghai', async () => {
    assert.deepEqual(reportRange({}, new Date('2026-03-01T16:30:00Z')), { from: '2026-02-01', to: '2026-03-02' });
    assert.equal(reportDay(new Date('2026-03-01T15:59:59Z')), '2026-03-01');
    const r = await report(tokens.operator);
    assert.equal(r.to, reportDay(new Date()));
    assert.deepEqual(reportRange({ to: r.to }), { from: r.from, to: r.to });
    // A sale made now is in the default report.
    await till(tokens.clerkHz, aUsd, 1);
    const now = await report(tokens.a);
    assert.deepEqual(now.currency_totals, [{ currency: 'USD', orders: 1, units: 1, amount: 1000 }]);
    assert.deepEqual(
      now.by_day.map((d) => d.day),
      [reportDay(new Date())],
    );
  });

  it('refuses bad ranges and callers who are not merchants, brand owners or operators', async () => {
    for (const q of ['?from=2026-03-02&to=2026-03-01', '?from=2020-01-01&to=2026-03-01', '?from=2026-02-30', '?to=yesterday']) {
      const res = await t.call('GET', `/api/reports/sales${q}`, { token: tokens.operator });
      assert.equal(res.statusCode, 400, `${q}: ${res.body}`);
    }
    assert.equal((await t.call('GET', '/api/reports/sales', {})).statusCode, 401);
    for (const token of [tokens.shopper, tokens.clerkHz]) assert.equal((await t.call('GET', '/api/reports/sales', { token })).statusCode, 403);
  });
});
