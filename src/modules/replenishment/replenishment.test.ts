import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../inventory/service.ts';
import { addDays } from './sellthrough.ts';
import { localDay, rollupBatch } from './sellthrough.ts';
import { explain } from './service.ts';
import type { ProposalReason } from './schema.ts';

interface Proposal {
  id: string;
  variant_id: string;
  kind: string;
  location_id: string;
  source_location_id: string | null;
  proposed_quantity: number;
  explanation: string;
  reason: Record<string, number> & {
    safety_stock: number;
    lead_time_days: number;
    on_hand: number;
    service_level: number;
    order_up_to: number;
    source_spare?: number;
  };
}

describe('sell-through, forecasts and replenishment', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof verifiedMerchant>>;
  let hz: string;
  let sh: string;
  let wh: string;
  let v1: string;
  let v2: string;
  let v3: string;
  let v4: string;
  let vb: string;
  const tok: Record<'a' | 'b' | 'op' | 'clerk' | 'shopper', string> = {} as never;
  let n = 0;
  let tillOrder = '';

  const call = (method: string, url: string, token: string | undefined, body?: unknown) =>
    t.call(method, url, { token, ...(body !== undefined ? { body } : {}) });
  const ok = async (method: string, url: string, token: string, body?: unknown) => {
    const res = await call(method, url, token, body);
    assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const today = () => localDay(new Date(), 'Asia/Shanghai');
  const range = () => `from=${addDays(today(), -2)}&to=${addDays(today(), 1)}`;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    a = await verifiedMerchant(ctx, op, 'Denim A');
    const b = await verifiedMerchant(ctx, op, 'Tea B');
    hz = (await location(ctx, op, { city: 'Hangzhou' })).id;
    sh = (await location(ctx, op, { city: 'Shanghai' })).id;
    wh = (await location(ctx, op, { city: 'Ningbo', kind: 'warehouse' })).id;
    [v1, v2, v3, v4] = (await product(ctx, a.actor, { variants: 4, price: 1000 })).variantIds as [string, string, string, string];
    vb = (await product(ctx, b.actor, { price: 700 })).variantIds[0]!;
    await inventory.receiveStock(ctx, a.actor, { location_id: hz, lines: [{ variant_id: v1, quantity: 20 }] });
    await inventory.receiveStock(ctx, a.actor, { location_id: wh, lines: [{ variant_id: v2, quantity: 100 }] });
    await inventory.receiveStock(ctx, b.actor, { location_id: hz, lines: [{ variant_id: vb, quantity: 10 }] });
    tok.a = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'owner' })).token;
    tok.b = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: hz })).token;
    tok.shopper = (await t.userToken({ role: 'consumer' })).token;
  });
  after(() => t?.close());

  it('rolls up a till sale and an online sale once each, by channel and local day; a return counts as returned', async () => {
    const till = await call('POST', '/api/till/sales', tok.clerk, {
      client_sale_id: `repl-sale-${Date.now()}-${++n}`,
      lines: [{ variant_id: v1, quantity: 2 }],
      payment: { method: 'cash' },
    });
    assert.equal(till.statusCode, 201, till.body);
    tillOrder = till.json().id;
    const online = await t.call('POST', '/api/orders', {
      token: tok.shopper,
      headers: { 'idempotency-key': `repl-order-${++n}` },
      body: { lines: [{ variant_id: v1, quantity: 1, fulfilment: 'pickup', pickup_location_id: hz }], payment: { token: 'tok_ok' } },
    });
    assert.equal(online.statusCode, 201, online.body);
    // B's sale at the same store must not show up in A's figures.
    const tillB = await call('POST', '/api/till/sales', tok.clerk, {
      client_sale_id: `repl-sale-${Date.now()}-${++n}`,
      lines: [{ variant_id: vb, quantity: 4 }],
      payment: { method: 'cash' },
    });
    assert.equal(tillB.statusCode, 201, tillB.body);
    await inventory.putStock(t.app.ctx, a.actor, {
      variant_id: v1,
      location_id: hz,
      merchant_id: a.merchantId,
      quantity: 1,
      reason: 'return',
      reference_type: 'order',
      reference_id: tillOrder,
      origin_id: tillOrder,
    });
    await t.app.events.flush();

    const rows = await t.database.db.selectFrom('daily_sell_through').selectAll().where('variant_id', '=', v1).orderBy('channel').execute();
    assert.deepEqual(
      rows.map((r) => [r.channel, r.day, r.units_sold, r.units_returned]),
      [
        ['online', today(), 1, 0],
        ['till', today(), 2, 1],
      ],
    );
    const byChannel = await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.a);
    assert.deepEqual(
      byChannel.rows.map((r: { key: string; units_sold: number; units_returned: number }) => [r.key, r.units_sold, r.units_returned]),
      [
        ['online', 1, 0],
        ['till', 2, 1],
      ],
    );
    assert.deepEqual(byChannel.totals, { units_sold: 3, units_returned: 1, net_units: 2 });
    const byDay = await ok('GET', `/api/sell-through?${range()}&group=day&location_id=${hz}`, tok.a);
    assert.deepEqual(byDay.rows, [{ key: today(), units_sold: 3, units_returned: 1, net_units: 2 }]);
    assert.equal(byDay.by_location_channel.length, 2);
  });

  it('takes the day in the location time zone', async () => {
    const ev = (at: string) => ({
      position: 1,
      type: 'stock.moved',
      merchant_id: a.merchantId,
      subject_id: v1,
      location_id: hz,
      occurred_at: new Date(at),
      sequenced_at: new Date(at),
      payload: { reason: 'sale', variant_id: v1, location_id: hz, on_hand_delta: -1, channel: 'till' },
    });
    // 15:59:59Z is 23:59:59 on 1 March in Shanghai; 16:00Z is already 2 March there.
    const rows = await rollupBatch(t.app.ctx, [ev('2026-03-01T15:59:59Z'), ev('2026-03-01T16:00:00Z'), ev('2026-03-01T16:30:00Z')]);
    assert.deepEqual(
      rows.map((r) => [r.day, r.units_sold]),
      [
        ['2026-03-01', 1],
        ['2026-03-02', 2],
      ],
    );
  });

  it('does not double count when events are flushed again or the rollup is replayed from the beginning', async () => {
    const before = await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.a);
    await t.app.events.flush();
    assert.deepEqual(await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.a), before);
    // A full rebuild: empty the table and rewind the cursor together; the replay gives the same figures.
    await t.database.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('daily_sell_through').execute();
      await sql`update event_consumers set position = 0 where name = 'sellthrough.rollup'`.execute(trx);
    });
    await t.app.events.flush();
    assert.deepEqual(await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.a), before);
  });

  it('keeps tenants apart on sell-through and forecasts', async () => {
    const mineB = await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.b);
    assert.deepEqual(mineB.totals, { units_sold: 4, units_returned: 0, net_units: 4 });
    assert.equal((await call('GET', `/api/sell-through?merchant_id=${a.merchantId}`, tok.b)).statusCode, 403);
    const asOp = await ok('GET', `/api/sell-through?${range()}&group=channel&merchant_id=${a.merchantId}`, tok.op);
    assert.equal(asOp.totals.units_sold, 3);
    const all = await ok('GET', `/api/sell-through?${range()}&group=channel`, tok.op);
    assert.equal(all.totals.units_sold, 7);
    assert.equal((await call('GET', `/api/forecasts?variant_id=${v1}&location_id=${hz}`, tok.b)).statusCode, 404);
    assert.equal((await call('GET', `/api/sell-through`, tok.clerk)).statusCode, 403);
    assert.equal((await call('GET', `/api/sell-through`, undefined)).statusCode, 401);
  });

  it('answers bad input with 400s', async () => {
    const code = async (method: string, url: string, token: string, body?: unknown) => {
      const res = await call(method, url, token, body);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      return res.json().code as string;
    };
    await code('GET', '/api/sell-through?from=2026-13-45', tok.a);
    assert.equal(await code('GET', '/api/sell-through?from=2026-03-05&to=2026-03-01', tok.a), 'invalid_range');
    assert.equal(await code('GET', '/api/sell-through?from=2024-01-01&to=2026-03-01', tok.a), 'range_too_long');
    await code('GET', '/api/sell-through?group=week', tok.a);
    await code('GET', `/api/forecasts?location_id=${hz}`, tok.a);
    await code('GET', `/api/forecasts?variant_id=${v1}&location_id=${hz}&horizon=0`, tok.a);
    await code('PUT', '/api/replenishment/settings', tok.a, {
      service_level: 1.5,
      lead_warehouse_days: 2,
      lead_store_days: 1,
      lead_po_days: 14,
      review_days: 7,
    });
    await code('POST', '/api/replenishment/proposals/nope/accept', tok.a, {});
    await code('POST', '/api/replenishment/proposals/rpp_01JAAAAAAAAAAAAAAAAAAAAAAA/reject', tok.a, { reason: '' });
  });

  it('forecasts a variant at a store from its daily history, with bands', async () => {
    // Sixty days of history up to yesterday: v2 sells 3 a day at Hangzhou, v3 2 a day at Shanghai.
    const rows = [];
    for (let d = 1; d <= 60; d++) {
      rows.push({
        merchant_id: a.merchantId,
        variant_id: v2,
        location_id: hz,
        day: addDays(today(), -d),
        channel: 'till' as const,
        units_sold: 3,
        units_returned: 0,
      });
      rows.push({
        merchant_id: a.merchantId,
        variant_id: v3,
        location_id: sh,
        day: addDays(today(), -d),
        channel: 'till' as const,
        units_sold: 2,
        units_returned: 0,
      });
    }
    await t.database.db.insertInto('daily_sell_through').values(rows).execute();
    const f = await ok('GET', `/api/forecasts?variant_id=${v2}&location_id=${hz}&horizon=14&history=90`, tok.a);
    assert.equal(f.history.units.length, 90);
    assert.equal(f.history.units.at(-2), 3);
    assert.equal(f.forecast.mean.length, 14);
    assert.equal(f.forecast.start, today());
    for (let i = 0; i < 14; i++) assert.ok(f.forecast.p10[i] <= f.forecast.p90[i]);
    assert.ok(f.forecast.mean[0] > 1.5 && f.forecast.mean[0] < 4.5, `mean ${f.forecast.mean[0]}`);
    assert.equal(typeof f.forecast.model, 'string');
  });

  it('proposes a transfer from the warehouse with its reason, else a purchase order; accept and reject', async () => {
    assert.equal((await call('POST', '/api/replenishment/proposals/run', tok.clerk)).statusCode, 403);
    const run = await ok('POST', '/api/replenishment/proposals/run', tok.a);
    const byVariant = new Map((run.items as Proposal[]).map((p) => [p.variant_id, p]));
    const transfer = byVariant.get(v2) as Proposal;
    assert.ok(transfer, JSON.stringify(run.items));
    assert.equal(transfer.kind, 'transfer');
    assert.equal(transfer.source_location_id, wh);
    assert.equal(transfer.location_id, hz);
    assert.equal(transfer.reason.lead_time_days, 2);
    assert.equal(transfer.reason.on_hand, 0);
    assert.equal(transfer.reason.service_level, 0.95);
    assert.ok(transfer.reason.safety_stock >= 0);
    // Order up to: two days' lead plus seven days' review of about 3 a day, plus safety stock.
    assert.equal(transfer.proposed_quantity, transfer.reason.order_up_to);
    assert.ok(transfer.proposed_quantity >= 24 && transfer.proposed_quantity <= 40, String(transfer.proposed_quantity));
    assert.match(transfer.explanation, /transfer \d+ from Ningbo/);
    const po = byVariant.get(v3) as Proposal;
    assert.equal(po.kind, 'purchase_order');
    assert.equal(po.location_id, sh);
    assert.equal(po.reason.lead_time_days, 14);
    assert.equal(byVariant.has(v1), false, 'v1 holds enough at Hangzhou');

    // Another merchant neither sees nor decides these.
    assert.equal((await ok('GET', '/api/replenishment/proposals?status=open', tok.b)).items.length, 0);
    assert.equal((await call('POST', `/api/replenishment/proposals/${transfer.id}/accept`, tok.b, {})).statusCode, 404);
    assert.equal((await call('GET', `/api/replenishment/proposals?merchant_id=${a.merchantId}`, tok.b)).statusCode, 403);
    assert.equal((await ok('GET', `/api/replenishment/proposals?merchant_id=${a.merchantId}&status=open`, tok.op)).items.length, run.items.length);

    const accepted = await ok('POST', `/api/replenishment/proposals/${transfer.id}/accept`, tok.a, {});
    assert.equal(accepted.status, 'accepted');
    const tr = await ok('GET', `/api/transfers/${accepted.transfer_id}`, tok.a);
    assert.equal(tr.status, 'draft');
    assert.equal(tr.from_location_id, wh);
    assert.equal(tr.to_location_id, hz);
    assert.deepEqual(
      tr.lines.map((l: { variant_id: string; quantity_sent: number }) => [l.variant_id, l.quantity_sent]),
      [[v2, transfer.proposed_quantity]],
    );
    const again = await call('POST', `/api/replenishment/proposals/${transfer.id}/accept`, tok.a, {});
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'proposal_not_open');

    assert.equal((await call('POST', `/api/replenishment/proposals/${po.id}/reject`, tok.b, { reason: 'not mine' })).statusCode, 404);
    const rejected = await ok('POST', `/api/replenishment/proposals/${po.id}/reject`, tok.a, { reason: 'Discontinued at Shanghai' });
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.reject_reason, 'Discontinued at Shanghai');

    // A new run: the draft transfer counts as incoming, so v2 is covered; v3 is proposed again.
    const run2 = await ok('POST', '/api/replenishment/proposals/run', tok.a);
    assert.deepEqual(
      run2.items.map((p: { variant_id: string; kind: string }) => [p.variant_id, p.kind]),
      [[v3, 'purchase_order']],
    );
    const po2 = run2.items[0];
    const acceptedPo = await ok('POST', `/api/replenishment/proposals/${po2.id}/accept`, tok.a, { quantity: 50 });
    assert.equal(acceptedPo.accepted_quantity, 50);
    const expected = await ok('GET', `/api/replenishment/expected-receipts?location_id=${sh}`, tok.a);
    assert.deepEqual(
      expected.map((e: { variant_id: string; quantity: number; expected_on: string; id: string }) => [e.id, e.variant_id, e.quantity, e.expected_on]),
      [[acceptedPo.expected_receipt_id, v3, 50, addDays(today(), 14)]],
    );
    // Now nothing is missing.
    assert.equal((await ok('POST', '/api/replenishment/proposals/run', tok.a)).generated, 0);
    // The store receives the purchase order: it goes on hand and stops counting as on order.
    const rid = acceptedPo.expected_receipt_id as string;
    assert.deepEqual(await ok('GET', '/api/replenishment/expected-receipts', tok.b), []);
    assert.equal((await call('POST', `/api/replenishment/expected-receipts/${rid}/receive`, tok.b, {})).statusCode, 404);
    const received = await ok('POST', `/api/replenishment/expected-receipts/${rid}/receive`, tok.a, { quantity: 48 });
    assert.equal(received.status, 'received');
    const twice = await call('POST', `/api/replenishment/expected-receipts/${rid}/receive`, tok.a, {});
    assert.equal(twice.statusCode, 409);
    const level = await t.database.db
      .selectFrom('stock_levels')
      .select('on_hand')
      .where('variant_id', '=', v3)
      .where('location_id', '=', sh)
      .executeTakeFirstOrThrow();
    assert.equal(level.on_hand, 48);
    assert.deepEqual(await ok('GET', `/api/replenishment/expected-receipts`, tok.a), []);
    // Decided proposals keep their decision through later runs.
    const rejectedList = await ok('GET', '/api/replenishment/proposals?status=rejected', tok.a);
    assert.deepEqual(
      rejectedList.items.map((p: { id: string }) => p.id),
      [po.id],
    );
  });

  it('transfers from an over-stocked store when no warehouse holds the variant', async () => {
    // v4 sells 2 a day at Shanghai, which has none; Hangzhou holds 200 and sells none (all but one unit is spare).
    const rows = [];
    for (let d = 1; d <= 60; d++)
      rows.push({ merchant_id: a.merchantId, variant_id: v4, location_id: sh, day: addDays(today(), -d), channel: 'online' as const, units_sold: 2 });
    await t.database.db.insertInto('daily_sell_through').values(rows).execute();
    await inventory.receiveStock(t.app.ctx, a.actor, { location_id: hz, lines: [{ variant_id: v4, quantity: 200 }] });
    const run = await ok('POST', '/api/replenishment/proposals/run', tok.a);
    const items = run.items as Proposal[];
    assert.deepEqual(
      items.map((p) => [p.variant_id, p.kind, p.source_location_id, p.location_id, p.reason.lead_time_days]),
      [[v4, 'transfer', hz, sh, 1]],
    );
    // Hangzhou keeps one unit of a variant it carries, even one it does not sell (policy.ts): 199 to spare.
    assert.equal(items[0]!.reason.source_spare, 199);
  });

  it('keeps settings per merchant and uses them', async () => {
    const def = await ok('GET', '/api/replenishment/settings', tok.a);
    assert.deepEqual(def, { service_level: 0.95, lead_warehouse_days: 2, lead_store_days: 1, lead_po_days: 14, review_days: 7 });
    const set = await ok('PUT', '/api/replenishment/settings', tok.a, {
      service_level: 0.99,
      lead_warehouse_days: 3,
      lead_store_days: 2,
      lead_po_days: 21,
      review_days: 14,
    });
    assert.equal(set.service_level, 0.99);
    assert.deepEqual(await ok('GET', '/api/replenishment/settings', tok.b), def, "B's settings are untouched");
    // The next run uses them: v4's store-to-store transfer now plans for 2 days' lead at 99%.
    const items = ((await ok('POST', '/api/replenishment/proposals/run', tok.a)).items as Proposal[]).filter((p) => p.variant_id === v4);
    assert.deepEqual(
      items.map((p) => [p.variant_id, p.kind, p.reason.lead_time_days, p.reason.service_level, p.reason.review_days]),
      [[v4, 'transfer', 2, 0.99, 14]],
    );
  });

  it('says when the minimum order, not the gap to the order-up-to level, set the quantity', () => {
    const r: ProposalReason = {
      model: 'pooled-dow',
      forecast_per_day: 0.2,
      demand_over_lead_time: 0.4,
      demand_over_review: 1.4,
      error_sd: 0.5,
      lead_time_days: 2,
      review_days: 7,
      service_level: 0.95,
      z: 1.645,
      safety_stock: 1.16,
      reorder_point: 2,
      order_up_to: 3,
      on_hand: 2,
      reserved: 0,
      in_transit: 0,
      on_order: 0,
      position: 2,
    };
    const minimum = explain('transfer', 2, r, 'Ningbo');
    assert.match(minimum, /plus 1\.2 safety stock .* order up to 3, at least 2 \(the forecast over the 7-day review period\): transfer 2 from Ningbo\.$/);
    assert.doesNotMatch(explain('transfer', 3, { ...r, position: 0, on_hand: 0 }, 'Ningbo'), /at least/);
  });
});
