import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { addDays, localDate } from '../../modules/inventory/lots/dates.ts';
import * as inventory from '../../modules/inventory/service.ts';
import * as transfers from '../../modules/transfers/service.ts';
import type { Actor } from '../../shared/actor.ts';
import { CSV_COLUMNS } from './report.ts';
import { parseCsv } from './test-csv.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers as the client sees them

/** YYMMDD of a calendar day, as GS1 writes dates. */
const gs1Date = (d: string) => d.slice(2).replaceAll('-', '');
const byKey = (k: string) => (a: Json, b: Json) => (String(a[k]) < String(b[k]) ? -1 : String(a[k]) > String(b[k]) ? 1 : 0);

describe('recall of a lot sold online and at the till, moved between stores and returned', () => {
  let t: TestApp;
  let op: Actor;
  let merchant: Awaited<ReturnType<typeof verifiedMerchant>>;
  let other: Awaited<ReturnType<typeof verifiedMerchant>>;
  let storeA: string;
  let storeB: string;
  let v: string;
  let gtin: string;
  const tok: Record<string, string> = {};
  const today = localDate('Asia/Shanghai');
  const L = `L-${Date.now().toString(36).toUpperCase()}`;
  const M = `${L}-M`;
  let lotId: string;
  let key = 0;
  const orders: Record<'o1' | 'o2' | 'o3' | 'till', string> = { o1: '', o2: '', o3: '', till: '' };
  let transferId: string;
  let recallId: string;

  const call = (method: string, url: string, token: string | undefined, body?: unknown) =>
    t.call(method, `/api${url}`, { token, ...(body !== undefined ? { body } : {}), headers: { 'idempotency-key': `recall-${Date.now()}-${++key}` } });
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  const login = async (email: string) => (await t.call('POST', '/api/auth/login', { body: { email, password: 'fixture-password' } })).json().token as string;
  const lotLevel = async (code: string, loc: string) =>
    (await t.database.db
      .selectFrom('stock_lot_levels as s')
      .innerJoin('lots as l', 'l.id', 's.lot_id')
      .select(['s.on_hand', 's.reserved', 's.blocked'])
      .where('l.code', '=', code)
      .where('s.location_id', '=', loc)
      .executeTakeFirst()) ?? { on_hand: 0, reserved: 0, blocked: 0 };
  /** Units of each lot an order took (sale movements), by lot code. */
  const lotsTaken = async (orderId: string) => {
    const rows = await t.database.db
      .selectFrom('stock_movements as m')
      .innerJoin('lots as l', 'l.id', 'm.lot_id')
      .select(['l.code', 'm.on_hand_delta'])
      .where('m.reason', '=', 'sale')
      .where('m.reference_id', '=', orderId)
      .execute();
    const out: Record<string, number> = {};
    for (const r of rows) out[r.code] = (out[r.code] ?? 0) - r.on_hand_delta;
    return out;
  };
  const pickup = async (quantity: number, at: string) => {
    const res = await call('POST', '/orders', tok.shopper, {
      lines: [{ variant_id: v, quantity, fulfilment: 'pickup', pickup_location_id: at }],
      payment: { token: 'tok_ok' },
    });
    return res;
  };

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    merchant = await verifiedMerchant(ctx, op, 'Dairy');
    other = await verifiedMerchant(ctx, op, 'Bakery');
    storeA = (await location(ctx, op, { city: 'Hangzhou' })).id;
    storeB = (await location(ctx, op, { city: 'Shanghai' })).id;
    // A name a spreadsheet would run as a formula, with a comma and quotes: the CSV must defuse and quote it.
    await ctx.db.updateTable('locations').set({ name_en: '@Shanghai, "East" store' }).where('id', '=', storeB).execute();
    v = (await product(ctx, merchant.actor, { food: { temperature_class: 'chilled' }, price: 800 })).variantIds[0]!;
    gtin = (await ctx.db.selectFrom('variants').select('gtin').where('id', '=', v).executeTakeFirstOrThrow()).gtin!;
    await inventory.receiveStock(ctx, merchant.actor, {
      location_id: storeA,
      lines: [
        { variant_id: v, quantity: 20, lot: { code: L, production_date: addDays(today, -2), use_by: addDays(today, 30) } },
        // A later lot of the same variant at the same store: never part of L's report, and what stays sellable.
        { variant_id: v, quantity: 5, lot: { code: M, use_by: addDays(today, 60) } },
      ],
    });
    lotId = (await ctx.db.selectFrom('lots').select('id').where('code', '=', L).executeTakeFirstOrThrow()).id;
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.owner = await login(merchant.ownerEmail);
    tok.other = await login(other.ownerEmail);
    tok.clerkA = (await t.userToken({ role: 'store_staff', location_id: storeA })).token;
    tok.clerkB = (await t.userToken({ role: 'store_staff', location_id: storeB })).token;
    tok.shopper = (await t.userToken({ role: 'consumer' })).token;
  });
  after(() => t?.close());

  it('sells, cancels, writes off, transfers and returns units of lot L', async () => {
    // O1: picked up at A (collected), later one unit returned at B.
    let res = await pickup(3, storeA);
    assert.equal(res.statusCode, 201, res.body);
    const o1 = res.json();
    orders.o1 = o1.id;
    assert.deepEqual(o1.flags, []);
    const shipment = o1.shipments[0].id;
    assert.equal((await call('POST', `/shipments/${shipment}/pick`, tok.clerkA)).statusCode, 200);
    assert.equal((await call('POST', `/shipments/${shipment}/ready`, tok.clerkA)).statusCode, 200);
    assert.equal((await call('POST', `/pickups/${o1.pickup_code}/handover`, tok.clerkA)).json().status, 'collected');
    // O2: still waiting at the store when the recall comes.
    res = await pickup(2, storeA);
    assert.equal(res.statusCode, 201, res.body);
    orders.o2 = res.json().id;
    // O3: cancelled, its unit back on the shelf at A.
    res = await pickup(1, storeA);
    orders.o3 = res.json().id;
    assert.equal((await call('POST', `/orders/${orders.o3}/cancel`, tok.shopper, { reason: 'changed my mind' })).json().status, 'cancelled');
    // The till at A scans the DataMatrix of four packs of L.
    res = await call('POST', '/till/sales', tok.clerkA, {
      client_sale_id: `till-recall-${Date.now()}`,
      lines: [{ gs1: `]d201${gtin}17${gs1Date(addDays(today, 30))}10${L}`, quantity: 4 }],
      payment: { method: 'cash' },
    });
    assert.equal(res.statusCode, 201, res.body);
    orders.till = res.json().id;
    for (const [id, n] of [
      [orders.o1, 3],
      [orders.o2, 2],
      [orders.o3, 1],
      [orders.till, 4],
    ] as const)
      assert.deepEqual(await lotsTaken(id), { [L]: n }, `first-expiring lot L for ${id}`);
    // One pack dropped at A.
    await inventory.adjustStock(t.app.ctx, merchant.actor, { location_id: storeA, variant_id: v, delta: -1, note: 'dropped', lot_code: L });
    // Six go A → B (first-expiring: L); four arrive so far.
    const tr = await transfers.createTransfer(t.app.ctx, merchant.actor, {
      from_location_id: storeA,
      to_location_id: storeB,
      lines: [{ variant_id: v, quantity: 6 }],
    });
    transferId = tr.id;
    await transfers.dispatchTransfer(t.app.ctx, merchant.actor, transferId);
    await transfers.receiveTransfer(t.app.ctx, merchant.actor, transferId, { lines: [{ variant_id: v, quantity: 4 }] });
    // One unit of O1 handed in at B.
    const line = o1.lines[0].id;
    res = await call('POST', '/returns', tok.clerkB, { order_id: orders.o1, lines: [{ order_line_id: line, quantity: 1 }], reason: 'smelled off' });
    assert.equal(res.statusCode, 201, res.body);

    assert.deepEqual(await lotLevel(L, storeA), { on_hand: 20 - 3 - 2 - 1 + 1 - 4 - 1 - 6, reserved: 0, blocked: 0 });
    assert.deepEqual(await lotLevel(L, storeB), { on_hand: 4 + 1, reserved: 0, blocked: 0 });
    await audit();
  });

  it('refuses a recall by another merchant (404) or a clerk (403)', async () => {
    assert.equal((await call('POST', `/lots/${lotId}/recall`, tok.other, { reason: 'x' })).statusCode, 404);
    assert.equal((await call('POST', `/lots/${lotId}/recall`, tok.clerkA, { reason: 'x' })).statusCode, 403);
    assert.equal((await call('GET', '/recalls', tok.clerkA)).statusCode, 403);
  });

  it('recalls L: blocked everywhere, the one open order flagged with its units', async () => {
    const res = await call('POST', `/lots/${lotId}/recall`, tok.owner, { reason: 'Listeria found, "batch" 7,\nplease check' });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    recallId = r.recall_id;
    assert.equal(r.lot.status, 'recalled');
    assert.equal(r.units_blocked, 4 + 5);
    // O1 is collected (with the customer), O3 cancelled, the till sale handed over: only O2 can still be stopped.
    assert.equal(r.orders_flagged, 1);
    assert.deepEqual(
      r.lot.levels.map((l: Json) => [l.location_id, l.on_hand, l.blocked, l.available]).sort(),
      [
        [storeA, 4, 4, 0],
        [storeB, 5, 5, 0],
      ].sort(),
    );
    assert.equal((await call('POST', `/lots/${lotId}/recall`, tok.owner, { reason: 'again' })).json().code, 'lot_already_recalled');

    const o2 = (await call('GET', `/orders/${orders.o2}`, tok.op)).json();
    assert.equal(o2.flags.length, 1);
    assert.deepEqual(
      { ...o2.flags[0], id: undefined, created_at: undefined },
      {
        id: undefined,
        kind: 'recall',
        reference_id: recallId,
        subject_id: lotId,
        quantity: 2,
        note: `Lot ${L} recalled: Listeria found, "batch" 7,\nplease check`,
        created_at: undefined,
      },
    );
    assert.equal((await call('GET', `/orders/${orders.o2}`, tok.owner)).json().flags.length, 1, 'the lot’s merchant sees it');
    assert.equal((await call('GET', `/orders/${orders.o2}`, tok.clerkA)).json().flags.length, 1, 'the store sees it');
    assert.deepEqual((await call('GET', `/orders/${orders.o2}`, tok.shopper)).json().flags, [], 'the customer does not');
    for (const id of [orders.o1, orders.o3, orders.till]) assert.deepEqual((await call('GET', `/orders/${id}`, tok.op)).json().flags, []);
    await audit();
  });

  it('reports every unit: sold, returned, in stock at A and B, in transit, and totals that reconcile', async () => {
    const res = await call('GET', `/recalls/${recallId}/report`, tok.owner);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const rep = res.json();
    assert.equal(rep.lot.code, L);
    assert.equal(rep.recall.id, recallId);
    const [nameA, nameB] = [
      (await t.database.db.selectFrom('locations').select('name_en').where('id', '=', storeA).executeTakeFirstOrThrow()).name_en,
      '@Shanghai, "East" store',
    ];
    assert.deepEqual(
      rep.sold.map((s: Json) => ({ ...s, sold_at: undefined, order_number: undefined })).sort(byKey('order_id')),
      [
        { order_id: orders.o1, channel: 'online', order_status: 'partly_refunded', quantity: 3, returned: 1 },
        { order_id: orders.o2, channel: 'online', order_status: 'allocated', quantity: 2, returned: 0 },
        { order_id: orders.o3, channel: 'online', order_status: 'cancelled', quantity: 1, returned: 1 },
        { order_id: orders.till, channel: 'till', order_status: 'collected', quantity: 4, returned: 0 },
      ]
        .map((s) => ({ ...s, location_id: storeA, location_name: nameA, sold_at: undefined, order_number: undefined }))
        .sort(byKey('order_id')),
    );
    assert.deepEqual(
      rep.returned.map((x: Json) => [x.kind, x.order_id, x.location_id, x.location_name, x.quantity]).sort(),
      [
        ['cancellation', orders.o3, storeA, nameA, 1],
        ['return', orders.o1, storeB, nameB, 1],
      ].sort(),
    );
    assert.deepEqual(
      rep.in_stock.sort(byKey('location_id')),
      [
        { location_id: storeA, location_name: nameA, on_hand: 4, reserved: 0, blocked: 4 },
        { location_id: storeB, location_name: nameB, on_hand: 5, reserved: 0, blocked: 5 },
      ].sort(byKey('location_id')),
    );
    assert.deepEqual(
      rep.in_transit.map((x: Json) => ({ ...x, dispatched_at: undefined })),
      [
        {
          transfer_id: transferId,
          status: 'partially_received',
          from_location_id: storeA,
          from_location_name: nameA,
          to_location_id: storeB,
          to_location_name: nameB,
          dispatched_at: undefined,
          sent: 6,
          received: 4,
          in_transit: 2,
        },
      ],
    );
    const tot = rep.totals;
    assert.deepEqual(
      { ...tot, adjustments: undefined },
      { received: 20, sold: 10, returned: 2, in_stock: 9, in_transit: 2, adjusted: 1, balanced: true, adjustments: undefined },
    );
    assert.deepEqual(tot.adjustments, { stock_adjustments: 1, closed_transfers: 0 });
    assert.equal(tot.received, tot.sold - tot.returned + tot.in_stock + tot.in_transit + tot.adjusted);
    // The parts add up to the totals.
    assert.equal(
      rep.sold.reduce((n: number, s: Json) => n + s.quantity, 0),
      tot.sold,
    );
    assert.equal(
      rep.returned.reduce((n: number, s: Json) => n + s.quantity, 0),
      tot.returned,
    );
    assert.equal(
      rep.in_stock.reduce((n: number, s: Json) => n + s.on_hand, 0),
      tot.in_stock,
    );

    // The same report as CSV: one record per line, a section column, the same figures.
    const csvRes = await call('GET', `/recalls/${recallId}/report?format=csv`, tok.owner);
    assert.equal(csvRes.statusCode, 200, csvRes.body);
    assert.match(String(csvRes.headers['content-type']), /^text\/csv/);
    assert.match(String(csvRes.headers['content-disposition']), /^attachment; filename="rcl_[0-9A-Z]+-L-[0-9A-Z]+\.csv"$/);
    const [header, ...records] = parseCsv(csvRes.body);
    assert.deepEqual(header, [...CSV_COLUMNS]);
    const rows = records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    const section = (s: string) => rows.filter((r) => r.section === s);
    assert.deepEqual(new Set(rows.map((r) => r.section)), new Set(['recall', 'sold', 'returned', 'in_stock', 'in_transit', 'total']));
    const [recallRow] = section('recall');
    assert.equal(recallRow!.id, recallId);
    assert.match(recallRow!.note!, /Listeria found, "batch" 7,\nplease check$/, 'quotes, commas and line breaks survive');
    const guard = (s: string | null) => (s === null ? '' : /^[=+\-@]/.test(s) ? `'${s}` : s);
    assert.deepEqual(
      section('sold')
        .map((r) => [r.order_id, r.channel, r.status, r.location_id, r.location_name, r.date, r.quantity, r.returned])
        .sort(),
      rep.sold
        .map((s: Json) => [s.order_id, s.channel, s.order_status, s.location_id, guard(s.location_name), s.sold_at, String(s.quantity), String(s.returned)])
        .sort(),
    );
    assert.deepEqual(
      section('returned')
        .map((r) => [r.id, r.order_id, r.status, r.location_id, r.location_name, r.quantity])
        .sort(),
      rep.returned.map((x: Json) => [x.reference_id, x.order_id, x.kind, x.location_id, guard(x.location_name), String(x.quantity)]).sort(),
    );
    assert.ok(
      section('returned').some((r) => r.location_name === `'@Shanghai, "East" store`),
      'a cell starting with @ is defused',
    );
    assert.deepEqual(
      section('in_stock')
        .map((r) => [r.location_id, r.on_hand, r.reserved, r.blocked])
        .sort(),
      rep.in_stock.map((s: Json) => [s.location_id, String(s.on_hand), String(s.reserved), String(s.blocked)]).sort(),
    );
    assert.deepEqual(
      section('in_transit').map((r) => [r.id, r.location_id, r.to_location_id, r.sent, r.received, r.quantity]),
      [[transferId, storeA, storeB, '6', '4', '2']],
    );
    assert.deepEqual(Object.fromEntries(section('total').map((r) => [r.id, Number(r.quantity)])), {
      received: 20,
      sold: 10,
      returned: 2,
      in_stock: 9,
      in_transit: 2,
      adjusted: 1,
    });
  });

  it('never sells the recalled lot again: not online, not at the till; what arrives later arrives blocked', async () => {
    // B holds only L: an online pick-up there is out of stock.
    const online = await pickup(1, storeB);
    assert.equal(online.statusCode, 409, online.body);
    assert.equal(online.json().code, 'out_of_stock');
    // A still has M: an online order takes M, not L.
    const fromA = await pickup(1, storeA);
    assert.equal(fromA.statusCode, 201, fromA.body);
    assert.deepEqual(await lotsTaken(fromA.json().id), { [M]: 1 });
    // The till refuses the scanned pack of L, by GS1 symbol or by lot code, at either store.
    for (const [token, line] of [
      [tok.clerkA, { gs1: `(01)${gtin}(10)${L}` }],
      [tok.clerkB, { variant_id: v, lot_code: L }],
      [tok.clerkB, { gs1: `https://id.example.com/01/${gtin}/10/${L}` }],
    ] as const) {
      const res = await call('POST', '/till/sales', token, {
        client_sale_id: `till-recalled-${Date.now()}-${++key}`,
        lines: [{ ...line, quantity: 1 }],
        payment: { method: 'cash' },
      });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().code, 'lot_not_sellable');
      assert.equal(res.json().lot_status, 'recalled');
    }
    // The two units still on the road arrive at B blocked.
    await transfers.receiveTransfer(t.app.ctx, merchant.actor, transferId, { lines: [{ variant_id: v, quantity: 2 }] });
    assert.deepEqual(await lotLevel(L, storeB), { on_hand: 7, reserved: 0, blocked: 7 });
    const rep = (await call('GET', `/recalls/${recallId}/report`, tok.op)).json();
    assert.deepEqual(rep.in_transit, []);
    assert.deepEqual(
      { ...rep.totals, adjustments: undefined },
      { received: 20, sold: 10, returned: 2, in_stock: 11, in_transit: 0, adjusted: 1, balanced: true, adjustments: undefined },
    );
    await audit();
  });

  it('lists and shows recalls to their merchant and operators only; an operator clears a flag', async () => {
    const mine = (await call('GET', '/recalls', tok.owner)).json();
    assert.deepEqual(
      mine.items.map((r: Json) => [r.id, r.lot_id, r.orders_flagged, r.open_flags]),
      [[recallId, lotId, 1, 1]],
    );
    assert.deepEqual((await call('GET', '/recalls', tok.other)).json().items, []);
    assert.equal((await call('GET', '/recalls', tok.op)).json().items.length, 1);
    assert.equal((await call('GET', `/recalls/${recallId}`, tok.other)).statusCode, 404);
    assert.equal((await call('GET', `/recalls/${recallId}/report`, tok.other)).statusCode, 404);
    assert.equal((await call('GET', `/recalls/${recallId}/report?format=csv`, tok.other)).statusCode, 404);
    const one = (await call('GET', `/recalls/${recallId}`, tok.owner)).json();
    assert.equal(one.lot.status, 'recalled');
    assert.deepEqual(
      one.flags.map((f: Json) => [f.order_id, f.quantity, f.cleared_at]),
      [[orders.o2, 2, null]],
    );

    const flagId = one.flags[0].id;
    assert.equal((await call('POST', `/orders/${orders.o2}/flags/${flagId}/clear`, tok.owner)).statusCode, 403);
    assert.equal((await call('POST', `/orders/${orders.o1}/flags/${flagId}/clear`, tok.op)).statusCode, 404, 'the flag of another order');
    const cleared = await call('POST', `/orders/${orders.o2}/flags/${flagId}/clear`, tok.op);
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.deepEqual(cleared.json().flags, []);
    assert.equal((await call('POST', `/orders/${orders.o2}/flags/${flagId}/clear`, tok.op)).json().code, 'flag_already_cleared');
    assert.deepEqual(
      (await call('GET', '/recalls', tok.op)).json().items.map((r: Json) => [r.orders_flagged, r.open_flags]),
      [[1, 0]],
    );
  });
});
