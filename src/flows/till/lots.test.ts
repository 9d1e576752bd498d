import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { blockLot } from '../../modules/inventory/lots/control.ts';
import { addDays, localDate } from '../../modules/inventory/lots/dates.ts';
import * as inventory from '../../modules/inventory/service.ts';

const gs1Date = (d: string) => d.slice(2).replaceAll('-', '');

describe('till sales of lot-tracked food', () => {
  let t: TestApp;
  let store: string;
  let v: string;
  let gtin: string;
  let plain: string;
  let plainGtin: string;
  let clerk: string;
  let n = 0;
  // The store is in Shanghai: "expired" is decided by the day there, not in UTC.
  const today = localDate('Asia/Shanghai');
  const sale = (lines: unknown[]) =>
    t.call('POST', '/api/till/sales', { token: clerk, body: { client_sale_id: `till-lot-${Date.now()}-${++n}`, lines, payment: { method: 'cash' } } });
  const orderCount = async () => (await sql<{ n: number }>`select count(*)::int as n from orders`.execute(t.database.db)).rows[0]!.n;
  const lotOnHand = async () =>
    Object.fromEntries(
      (
        await t.database.db
          .selectFrom('stock_lot_levels as s')
          .innerJoin('lots as l', 'l.id', 's.lot_id')
          .select(['l.code', 's.on_hand'])
          .where('s.location_id', '=', store)
          .execute()
      ).map((r) => [r.code, r.on_hand]),
    );
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const merchant = await verifiedMerchant(ctx, op, 'Fishmonger');
    store = (await location(ctx, op, { city: 'Shanghai', timezone: 'Asia/Shanghai' })).id;
    v = (await product(ctx, merchant.actor, { food: { temperature_class: 'chilled' }, price: 1500 })).variantIds[0]!;
    plain = (await product(ctx, merchant.actor, { price: 300 })).variantIds[0]!;
    const gtinOf = async (id: string) => (await ctx.db.selectFrom('variants').select('gtin').where('id', '=', id).executeTakeFirstOrThrow()).gtin!;
    [gtin, plainGtin] = [await gtinOf(v), await gtinOf(plain)];
    await inventory.receiveStock(ctx, merchant.actor, {
      location_id: store,
      lines: [
        // Good until yesterday at the store: on hand, but blocked from the day it arrives.
        { variant_id: v, quantity: 2, lot: { code: 'OLD', use_by: addDays(today, -1) } },
        { variant_id: v, quantity: 5, lot: { code: 'SOON', use_by: addDays(today, 3) } },
        { variant_id: v, quantity: 5, lot: { code: 'LATER', best_before: addDays(today, 20) } },
        { variant_id: v, quantity: 3, lot: { code: 'HOLD', use_by: addDays(today, 30) } },
        { variant_id: plain, quantity: 5 },
      ],
    });
    const hold = (await ctx.db.selectFrom('lots').select('id').where('code', '=', 'HOLD').executeTakeFirstOrThrow()).id;
    await blockLot(ctx, merchant.actor, hold, 'temperature log gap');
    clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
  });
  after(() => t?.close());

  it('refuses a scanned lot that is expired today at the store, or blocked: 409 lot_not_sellable, nothing sold', async () => {
    const before = [await orderCount(), await lotOnHand()];
    for (const [line, status] of [
      [{ gs1: `(01)${gtin}(17)${gs1Date(addDays(today, -1))}(10)OLD` }, 'expired'],
      [{ gs1: `01${gtin}10OLD` }, 'expired'],
      [{ gtin, lot_code: 'OLD' }, 'expired'],
      [{ gs1: `https://id.example.com/01/${gtin}/10/HOLD` }, 'blocked'],
      [{ variant_id: v, lot_code: 'HOLD' }, 'blocked'],
    ] as const) {
      const res = await sale([{ ...line, quantity: 1 }]);
      assert.equal(res.statusCode, 409, `${JSON.stringify(line)}: ${res.body}`);
      assert.equal(res.json().code, 'lot_not_sellable');
      assert.equal(res.json().lot_status, status);
      assert.equal(res.json().lot_code, line.gs1 ? (line.gs1.includes('HOLD') ? 'HOLD' : 'OLD') : line.lot_code);
    }
    // Even alongside a good line: the whole sale is refused.
    const mixed = await sale([
      { gs1: `(01)${gtin}(10)SOON`, quantity: 1 },
      { gs1: `(01)${gtin}(10)OLD`, quantity: 1 },
    ]);
    assert.equal(mixed.json().code, 'lot_not_sellable');
    assert.deepEqual([await orderCount(), await lotOnHand()], before);
    await audit();
  });

  it('takes each scanned lot on its own and the unscanned rest first-expiring-first, on one order line', async () => {
    const res = await sale([
      { gs1: `]d201${gtin}15${gs1Date(addDays(today, 20))}10LATER`, quantity: 2 },
      { gtin, quantity: 1 },
      { variant_id: v, lot_code: 'SOON', quantity: 1 },
      { gs1: `(01)${gtin}(10)LATER`, quantity: 1 },
    ]);
    assert.equal(res.statusCode, 201, res.body);
    const order = res.json();
    assert.deepEqual(
      order.lines.map((l: { variant_id: string; quantity: number }) => [l.variant_id, l.quantity]),
      [[v, 5]],
    );
    const taken = await t.database.db
      .selectFrom('stock_movements as m')
      .innerJoin('lots as l', 'l.id', 'm.lot_id')
      .select(['l.code', sql<number>`(-sum(m.on_hand_delta))::int`.as('n')])
      .where('m.reference_id', '=', order.id)
      .where('m.reason', '=', 'sale')
      .groupBy('l.code')
      .orderBy('l.code')
      .execute();
    // LATER as scanned (3); SOON once by lot code and once as the first-expiring sellable lot (OLD and HOLD are not).
    assert.deepEqual(
      taken.map((r) => [r.code, r.n]),
      [
        ['LATER', 3],
        ['SOON', 2],
      ],
    );
    assert.deepEqual(await lotOnHand(), { OLD: 2, SOON: 3, LATER: 2, HOLD: 3 });
    await audit();
  });

  it('answers out_of_stock for a lot this store does not have, and refuses malformed lines', async () => {
    let res = await sale([{ gs1: `(01)${gtin}(10)NOPE`, quantity: 1 }]);
    assert.equal(res.statusCode, 409, res.body);
    assert.deepEqual([res.json().code, res.json().lot_code], ['out_of_stock', 'NOPE']);
    res = await sale([{ gs1: `(01)${gtin}(10)SOON`, quantity: 4 }]);
    assert.deepEqual([res.statusCode, res.json().code], [409, 'out_of_stock'], 'only 3 of SOON are left');
    res = await sale([{ gs1: `(01)${gtin}(10)SOON`, variant_id: v, quantity: 1 }]);
    assert.deepEqual([res.statusCode, res.json().code], [400, 'ambiguous_line']);
    res = await sale([{ gs1: `(01)${gtin}(10)SOON`, lot_code: 'LATER', quantity: 1 }]);
    assert.deepEqual([res.statusCode, res.json().code], [400, 'lot_mismatch']);
    res = await sale([{ gs1: `(01)${gtin.slice(0, -1)}${(Number(gtin.at(-1)) + 1) % 10}(10)SOON`, quantity: 1 }]);
    assert.deepEqual([res.statusCode, res.json().code, res.json().gs1_error], [400, 'invalid_gs1', 'bad_check_digit']);
    res = await sale([{ gs1: '(00)106141412345678908', quantity: 1 }]);
    assert.deepEqual([res.statusCode, res.json().code], [400, 'gs1_without_gtin']);
    res = await sale([{ variant_id: plain, lot_code: 'X', quantity: 1 }]);
    assert.deepEqual([res.statusCode, res.json().code], [400, 'not_lot_tracked']);
    await audit();
  });

  it('sells goods that are not lot-tracked from a label that prints a lot anyway', async () => {
    const res = await sale([{ gs1: `(01)${plainGtin}(10)PRINTED`, quantity: 2 }]);
    assert.equal(res.statusCode, 201, res.body);
    const moved = await t.database.db
      .selectFrom('stock_movements')
      .select(['lot_id', 'on_hand_delta'])
      .where('reference_id', '=', res.json().id)
      .where('reason', '=', 'sale')
      .execute();
    assert.deepEqual(moved, [{ lot_id: null, on_hand_delta: -2 }]);
    await audit();
  });
});
