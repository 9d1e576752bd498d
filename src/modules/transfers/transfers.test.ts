import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import * as inventory from '../inventory/service.ts';
import * as transfers from './service.ts';

interface Line {
  variant_id: string;
  quantity_sent: number;
  quantity_received: number;
  in_transit: number;
}

describe('stock transfers', () => {
  let t: TestApp;
  let op: Actor;
  let merchant: Awaited<ReturnType<typeof verifiedMerchant>>;
  let other: Awaited<ReturnType<typeof verifiedMerchant>>;
  let warehouse: string;
  let storeA: string;
  let storeB: string;
  let mall: string;
  let v: string[];
  let otherVariant: string;
  const tok: Record<'op' | 'owner' | 'other' | 'clerkW' | 'clerkA' | 'clerkB' | 'consumer', string> = {} as never;
  const ids: Record<'clerkW' | 'clerkA', string> = {} as never;
  let fullFlow: string;

  const call = (method: string, url: string, token: string | undefined, body?: unknown) => t.call(method, `/api${url}`, { token, body });
  const login = async (email: string) => (await t.call('POST', '/api/auth/login', { body: { email, password: 'fixture-password' } })).json().token as string;
  const level = async (variant: string, loc: string) =>
    (await t.database.db.selectFrom('stock_levels').select('on_hand').where('variant_id', '=', variant).where('location_id', '=', loc).executeTakeFirst())
      ?.on_hand ?? 0;
  const ledgerOf = (transferId: string) =>
    t.database.db
      .selectFrom('stock_movements')
      .select(['reason', 'variant_id', 'location_id', 'on_hand_delta', 'reference_type', 'actor_id'])
      .where('reference_id', '=', transferId)
      .orderBy('id')
      .execute();
  const movementCount = async () =>
    (
      await t.database.db
        .selectFrom('stock_movements')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const audit = async () =>
    assert.deepEqual(await inventory.auditLedger(t.app.ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  const lineOf = (body: { lines: Line[] }, variant: string) => body.lines.find((l) => l.variant_id === variant)!;
  const draft = async (token: string, from: string, to: string, lines: Array<[string, number]>) => {
    const res = await call('POST', '/transfers', token, {
      from_location_id: from,
      to_location_id: to,
      lines: lines.map(([variant_id, quantity]) => ({ variant_id, quantity })),
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    op = await operatorActor(ctx);
    merchant = await verifiedMerchant(ctx, op, 'Cherry Farm');
    other = await verifiedMerchant(ctx, op, 'Almond Farm');
    warehouse = (await location(ctx, op, { city: 'Ningbo', kind: 'warehouse' })).id;
    storeA = (await location(ctx, op, { city: 'Hangzhou' })).id;
    storeB = (await location(ctx, op, { city: 'Shanghai' })).id;
    mall = (await location(ctx, op, { city: 'Beijing', kind: 'mall' })).id;
    v = (await product(ctx, merchant.actor, { variants: 3 })).variantIds;
    otherVariant = (await product(ctx, other.actor)).variantIds[0]!;
    await inventory.receiveStock(ctx, op, {
      location_id: warehouse,
      lines: [
        { variant_id: v[0]!, quantity: 20 },
        { variant_id: v[1]!, quantity: 10 },
        { variant_id: v[2]!, quantity: 10 },
        { variant_id: otherVariant, quantity: 10 },
      ],
    });
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.owner = await login(merchant.ownerEmail);
    tok.other = await login(other.ownerEmail);
    const w = await t.userToken({ role: 'store_staff', location_id: warehouse });
    const a = await t.userToken({ role: 'store_staff', location_id: storeA });
    [tok.clerkW, ids.clerkW, tok.clerkA, ids.clerkA] = [w.token, w.userId, a.token, a.userId];
    tok.clerkB = (await t.userToken({ role: 'store_staff', location_id: storeB })).token;
    tok.consumer = (await t.userToken({ role: 'consumer' })).token;
  });
  after(() => t?.close());

  it('moves stock warehouse → store: dispatch, two partial receipts, close with a short discrepancy', async () => {
    const created = await call('POST', '/transfers', tok.clerkW, {
      from_location_id: warehouse,
      to_location_id: storeA,
      lines: [
        { variant_id: v[0], quantity: 10 },
        { variant_id: v[1], quantity: 4 },
      ],
      note: 'weekly replenishment',
    });
    assert.equal(created.statusCode, 201, created.body);
    const c = created.json();
    fullFlow = c.id;
    assert.match(c.id, /^trf_/);
    assert.equal(c.status, 'draft');
    assert.equal(c.created_by, ids.clerkW);
    assert.equal(c.merchant_id, merchant.merchantId);
    assert.deepEqual(
      c.lines.map((l: Line) => [l.variant_id, l.quantity_sent, l.quantity_received, l.in_transit]),
      [
        [v[0], 10, 0, 0],
        [v[1], 4, 0, 0],
      ],
    );
    assert.equal(await level(v[0]!, warehouse), 20, 'a draft moves nothing');

    const sent = await call('POST', `/transfers/${fullFlow}/dispatch`, tok.clerkW);
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal(sent.json().status, 'in_transit');
    assert.equal(sent.json().dispatched_by, ids.clerkW);
    assert.ok(sent.json().dispatched_at);
    assert.equal(lineOf(sent.json(), v[0]!).in_transit, 10);
    assert.equal(await level(v[0]!, warehouse), 10);
    assert.equal(await level(v[1]!, warehouse), 6);
    assert.equal(await level(v[0]!, storeA), 0, 'in transit is at no location');
    await audit();

    const r1 = await call('POST', `/transfers/${fullFlow}/receipts`, tok.clerkA, { lines: [{ variant_id: v[0], quantity: 6 }] });
    assert.equal(r1.statusCode, 201, r1.body);
    assert.equal(r1.json().status, 'partially_received');
    assert.deepEqual(lineOf(r1.json(), v[0]!), { ...lineOf(r1.json(), v[0]!), quantity_received: 6, in_transit: 4 });
    assert.equal(r1.json().received_at, null);
    const r2 = await call('POST', `/transfers/${fullFlow}/receipts`, tok.clerkA, {
      lines: [
        { variant_id: v[0], quantity: 3 },
        { variant_id: v[1], quantity: 4 },
      ],
      note: 'second van',
    });
    assert.equal(r2.statusCode, 201, r2.body);
    const afterTwo = r2.json();
    assert.equal(afterTwo.status, 'partially_received');
    assert.equal(lineOf(afterTwo, v[0]!).quantity_received, 9, 'receipts accumulate');
    assert.equal(lineOf(afterTwo, v[0]!).in_transit, 1);
    assert.equal(lineOf(afterTwo, v[1]!).in_transit, 0);
    assert.deepEqual(
      afterTwo.receipts.map((r: { number: number; lines: unknown; note: string | null; received_by: string }) => [r.number, r.lines, r.note, r.received_by]),
      [
        [1, [{ variant_id: v[0], quantity: 6 }], null, ids.clerkA],
        [
          2,
          [
            { variant_id: v[0], quantity: 3 },
            { variant_id: v[1], quantity: 4 },
          ],
          'second van',
          ids.clerkA,
        ],
      ],
    );
    assert.equal(await level(v[0]!, storeA), 9);
    assert.equal(await level(v[1]!, storeA), 4);

    const closed = await call('POST', `/transfers/${fullFlow}/close`, tok.clerkA, { note: 'one case crushed, driver signed' });
    assert.equal(closed.statusCode, 200, closed.body);
    const done = closed.json();
    assert.equal(done.status, 'received');
    assert.equal(done.closed_by, ids.clerkA);
    assert.equal(done.close_note, 'one case crushed, driver signed');
    assert.ok(done.closed_at && done.received_at);
    assert.deepEqual(
      done.discrepancies.map((d: { variant_id: string; kind: string; quantity: number; receipt_number: number | null; note: string }) => [
        d.variant_id,
        d.kind,
        d.quantity,
        d.receipt_number,
        d.note,
      ]),
      [[v[0], 'short', 1, null, 'one case crushed, driver signed']],
    );
    assert.ok(done.lines.every((l: Line) => l.in_transit === 0));
    assert.match(done.discrepancies[0].id, /^dsc_/);

    const late = await call('POST', `/transfers/${fullFlow}/receipts`, tok.clerkA, { lines: [{ variant_id: v[0], quantity: 1 }] });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'invalid_transition');
    assert.equal(await level(v[0]!, storeA), 9, 'a refused receipt puts nothing on hand');

    const ledger = await ledgerOf(fullFlow);
    assert.deepEqual(
      ledger.map((m) => [m.reason, m.variant_id, m.location_id, m.on_hand_delta, m.reference_type]),
      [
        ['transfer_out', v[0], warehouse, -10, 'transfer'],
        ['transfer_out', v[1], warehouse, -4, 'transfer'],
        ['transfer_in', v[0], storeA, 6, 'transfer'],
        ['transfer_in', v[0], storeA, 3, 'transfer'],
        ['transfer_in', v[1], storeA, 4, 'transfer'],
      ],
    );
    assert.deepEqual(
      ledger.map((m) => m.actor_id),
      [ids.clerkW, ids.clerkW, ids.clerkA, ids.clerkA, ids.clerkA],
    );
    // The stock ledger's own API shows them too, with the transfer as reference.
    const moves = await call('GET', `/stock/movements?location_id=${storeA}&reason=transfer_in`, tok.op);
    assert.ok(
      moves.json().items.every((m: { reference_type: string; reference_id: string }) => m.reference_type === 'transfer' && m.reference_id === fullFlow),
    );
    assert.equal(moves.json().items.length, 3);
    await audit();
  });

  it('records an over-receipt as a discrepancy and still puts every unit received on hand', async () => {
    const id = await draft(tok.op, warehouse, storeB, [[v[2]!, 3]]);
    assert.equal((await call('POST', `/transfers/${id}/dispatch`, tok.op)).statusCode, 200);
    const rec = await call('POST', `/transfers/${id}/receipts`, tok.clerkB, { lines: [{ variant_id: v[2], quantity: 4 }], note: 'one extra in the box' });
    assert.equal(rec.statusCode, 201, rec.body);
    const body = rec.json();
    assert.equal(body.status, 'received');
    assert.equal(body.closed_at, null, 'complete, not closed');
    assert.equal(lineOf(body, v[2]!).quantity_received, 4);
    assert.deepEqual(
      body.discrepancies.map((d: { kind: string; quantity: number; receipt_number: number }) => [d.kind, d.quantity, d.receipt_number]),
      [['over', 1, 1]],
    );
    assert.equal(await level(v[2]!, storeB), 4);
    assert.equal(await level(v[2]!, warehouse), 7);
    await audit();
  });

  it('refuses a dispatch when any line is short: 409 naming the line, nothing moves', async () => {
    const id = await draft(tok.owner, warehouse, storeB, [
      [v[0]!, 5],
      [v[1]!, 100],
      [v[2]!, 1],
    ]);
    const before = { n: await movementCount(), v0: await level(v[0]!, warehouse), v1: await level(v[1]!, warehouse), v2: await level(v[2]!, warehouse) };
    const res = await call('POST', `/transfers/${id}/dispatch`, tok.owner);
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'insufficient_stock');
    assert.deepEqual(res.json().lines, [{ variant_id: v[1], requested: 100, available: 6 }]);
    assert.equal(res.json().location_id, warehouse);
    assert.equal(await movementCount(), before.n, 'the first line taken was rolled back');
    assert.deepEqual({ n: before.n, v0: await level(v[0]!, warehouse), v1: await level(v[1]!, warehouse), v2: await level(v[2]!, warehouse) }, before);
    const still = await call('GET', `/transfers/${id}`, tok.owner);
    assert.equal(still.json().status, 'draft');
    assert.equal(still.json().dispatched_at, null);
    assert.deepEqual(await ledgerOf(id), []);
    // A draft can be cancelled; a cancelled transfer cannot be dispatched.
    const cancelled = await call('POST', `/transfers/${id}/cancel`, tok.owner);
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, 'cancelled');
    assert.ok(cancelled.json().cancelled_at);
    const again = await call('POST', `/transfers/${id}/dispatch`, tok.owner);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'invalid_transition');
    assert.deepEqual(again.json().allowed_from, ['draft']);
    await audit();
  });

  it('applies concurrent dispatches once and concurrent completing receipts once', async () => {
    const id = await draft(tok.op, warehouse, storeB, [[v[0]!, 2]]);
    const w0 = await level(v[0]!, warehouse);
    const results = await Promise.all([tok.op, tok.owner, tok.clerkW, tok.op, tok.owner].map((token) => call('POST', `/transfers/${id}/dispatch`, token)));
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409, 409, 409, 409]);
    assert.ok(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'invalid_transition'));
    assert.equal(await level(v[0]!, warehouse), w0 - 2);
    assert.equal((await ledgerOf(id)).length, 1);

    const b0 = await level(v[0]!, storeB);
    const receipts = await Promise.all(
      [tok.op, tok.clerkB, tok.owner].map((token) => call('POST', `/transfers/${id}/receipts`, token, { lines: [{ variant_id: v[0], quantity: 2 }] })),
    );
    assert.deepEqual(receipts.map((r) => r.statusCode).sort(), [201, 409, 409]);
    assert.equal(await level(v[0]!, storeB), b0 + 2);
    const final = (await call('GET', `/transfers/${id}`, tok.op)).json();
    assert.equal(final.status, 'received');
    assert.equal(final.receipts.length, 1);
    assert.deepEqual(final.discrepancies, []);
    assert.deepEqual(
      (await ledgerOf(id)).map((m) => m.reason),
      ['transfer_out', 'transfer_in'],
    );
    await audit();
  });

  it('keeps store staff to transfers from or to their own store, each side to its own steps', async () => {
    // Not their store at all: 404 for reading and for every step.
    for (const [method, path, body] of [
      ['GET', `/transfers/${fullFlow}`, undefined],
      ['POST', `/transfers/${fullFlow}/receipts`, { lines: [{ variant_id: v[0], quantity: 1 }] }],
      ['POST', `/transfers/${fullFlow}/close`, { note: 'x' }],
    ] as const) {
      const res = await call(method, path, tok.clerkB, body);
      assert.equal(res.statusCode, 404, `${method} ${path}`);
      assert.equal(res.json().code, 'transfer_not_found');
    }
    const pending = await draft(tok.op, warehouse, storeA, [[v[0]!, 1]]);
    assert.equal((await call('POST', `/transfers/${pending}/dispatch`, tok.clerkB)).statusCode, 404);
    assert.equal((await call('POST', `/transfers/${pending}/cancel`, tok.clerkB)).statusCode, 404);
    // The destination sees it but may not dispatch or cancel it; the source may.
    assert.equal((await call('GET', `/transfers/${pending}`, tok.clerkA)).statusCode, 200);
    assert.equal((await call('POST', `/transfers/${pending}/dispatch`, tok.clerkA)).statusCode, 403);
    assert.equal((await call('POST', `/transfers/${pending}/cancel`, tok.clerkA)).statusCode, 403);
    assert.equal((await call('POST', `/transfers/${pending}/cancel`, tok.clerkW)).statusCode, 200);

    // Store staff create only from their own store.
    const fromElsewhere = await call('POST', '/transfers', tok.clerkA, {
      from_location_id: warehouse,
      to_location_id: storeA,
      lines: [{ variant_id: v[0], quantity: 1 }],
    });
    assert.equal(fromElsewhere.statusCode, 404);
    assert.equal(fromElsewhere.json().code, 'location_not_found');
    const out = await draft(tok.clerkA, storeA, storeB, [[v[0]!, 2]]);
    assert.equal((await call('POST', `/transfers/${out}/dispatch`, tok.clerkA)).statusCode, 200);
    const ownOutgoing = await call('POST', `/transfers/${out}/receipts`, tok.clerkA, { lines: [{ variant_id: v[0], quantity: 2 }] });
    assert.equal(ownOutgoing.statusCode, 403, 'the source does not receive');
    assert.equal((await call('POST', `/transfers/${out}/close`, tok.clerkA, { note: 'x' })).statusCode, 403);
    assert.equal((await call('POST', `/transfers/${out}/receipts`, tok.clerkB, { lines: [{ variant_id: v[0], quantity: 2 }] })).statusCode, 201);

    const listed = async (token: string, query = '') =>
      ((await call('GET', `/transfers?limit=100${query}`, token)).json().items as Array<{ id: string }>).map((x) => x.id);
    const forB = await listed(tok.clerkB);
    assert.ok(!forB.includes(fullFlow) && !forB.includes(pending) && forB.includes(out));
    const forA = await listed(tok.clerkA);
    assert.ok(forA.includes(fullFlow) && forA.includes(pending) && forA.includes(out));
    assert.deepEqual(await listed(tok.clerkA, `&status=received&to_location_id=${storeA}`), [fullFlow]);
    const forW = await call('GET', '/transfers?limit=100', tok.clerkW);
    assert.ok(
      forW.json().items.every((x: { from_location_id: string; to_location_id: string }) => x.from_location_id === warehouse || x.to_location_id === warehouse),
    );
    await audit();
  });

  it('keeps merchants to transfers made only of their own variants', async () => {
    // Created by warehouse staff, but every line is the merchant's: the merchant sees it, the other not.
    assert.equal((await call('GET', `/transfers/${fullFlow}`, tok.owner)).statusCode, 200);
    assert.equal((await call('GET', `/transfers/${fullFlow}`, tok.other)).statusCode, 404);
    const foreign = await call('POST', '/transfers', tok.other, {
      from_location_id: warehouse,
      to_location_id: storeA,
      lines: [{ variant_id: v[0], quantity: 1 }],
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'variant_not_found');

    const mixed = await draft(tok.op, warehouse, storeA, [
      [v[0]!, 1],
      [otherVariant, 1],
    ]);
    assert.equal((await call('GET', `/transfers/${mixed}`, tok.op)).json().merchant_id, null);
    for (const token of [tok.owner, tok.other]) {
      assert.equal((await call('GET', `/transfers/${mixed}`, token)).statusCode, 404);
      assert.equal((await call('POST', `/transfers/${mixed}/dispatch`, token)).statusCode, 404);
    }
    assert.equal((await call('POST', `/transfers/${mixed}/dispatch`, tok.clerkW)).statusCode, 200, 'store staff move any merchant’s goods');

    // An API key of the merchant moves its stock between any locations.
    const key = await call('POST', '/api-keys', tok.owner, { name: 'wms' });
    assert.equal(key.statusCode, 201);
    const keyed = await call('POST', '/transfers', key.json().secret, {
      from_location_id: storeA,
      to_location_id: storeB,
      lines: [{ variant_id: v[1], quantity: 1 }],
    });
    assert.equal(keyed.statusCode, 201, keyed.body);
    assert.equal(keyed.json().created_by, key.json().id);
    assert.equal((await call('POST', `/transfers/${keyed.json().id}/dispatch`, tok.other)).statusCode, 404);
    assert.equal((await call('POST', `/transfers/${keyed.json().id}/dispatch`, key.json().secret)).statusCode, 200);

    const mine = (await call('GET', '/transfers?limit=100', tok.owner)).json().items as Array<{ id: string; merchant_id: string }>;
    assert.ok(mine.length >= 3);
    assert.ok(mine.every((x) => x.merchant_id === merchant.merchantId));
    assert.ok(!mine.some((x) => x.id === mixed));
    assert.deepEqual((await call('GET', '/transfers', tok.other)).json().items, []);

    // Paging through everything the operator sees: each transfer once, newest first.
    const all = (await call('GET', '/transfers?limit=100', tok.op)).json().items.map((x: { id: string }) => x.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call('GET', `/transfers?limit=2${cursor ? `&cursor=${cursor}` : ''}`, tok.op);
      assert.equal(res.statusCode, 200);
      paged.push(...res.json().items.map((x: { id: string }) => x.id));
      cursor = res.json().next_cursor;
    } while (cursor);
    assert.deepEqual(paged, all);
    assert.deepEqual([...all].sort().reverse(), all);

    assert.equal((await call('GET', '/transfers', tok.consumer)).statusCode, 403);
    assert.equal((await call('POST', `/transfers/${fullFlow}/close`, tok.consumer, { note: 'x' })).statusCode, 403);
    assert.equal((await call('GET', '/transfers', undefined)).statusCode, 401);
    assert.equal((await call('POST', '/transfers', undefined, {})).statusCode, 401);
    await assert.rejects(transfers.listTransfers(t.app.ctx, { kind: 'anonymous' }, {}), { status: 401 });
    await audit();
  });

  it('validates input with stable codes and writes nothing on refusal', async () => {
    const count = async () =>
      (
        await t.database.db
          .selectFrom('transfers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const n0 = await count();
    const body = (over: Record<string, unknown>) => ({
      from_location_id: warehouse,
      to_location_id: storeA,
      lines: [{ variant_id: v[0], quantity: 1 }],
      ...over,
    });
    const expect = async (b: unknown, status: number, code: string) => {
      const res = await call('POST', '/transfers', tok.op, b);
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.json().code, code);
    };
    await expect(body({ to_location_id: warehouse }), 400, 'same_location');
    await expect(body({ lines: [{ variant_id: v[0], quantity: 0 }] }), 400, 'validation_failed');
    await expect(body({ lines: [{ variant_id: v[0], quantity: -3 }] }), 400, 'validation_failed');
    await expect(body({ lines: [{ variant_id: v[0], quantity: 1.5 }] }), 400, 'validation_failed');
    await expect(body({ lines: [] }), 400, 'validation_failed');
    await expect(body({ priority: 'high' }), 400, 'validation_failed');
    await expect(body({ lines: [{ variant_id: v[0], quantity: 1, sku: 'x' }] }), 400, 'validation_failed');
    await expect(body({ from_location_id: 'warehouse-1' }), 400, 'validation_failed');
    await expect(
      body({
        lines: [
          { variant_id: v[0], quantity: 1 },
          { variant_id: v[0], quantity: 2 },
        ],
      }),
      400,
      'duplicate_line',
    );
    await expect(body({ to_location_id: mall }), 400, 'location_is_mall');
    await expect(body({ to_location_id: 'loc_01JAAAAAAAAAAAAAAAAAAAAAAA' }), 404, 'location_not_found');
    await expect(body({ lines: [{ variant_id: 'var_01JAAAAAAAAAAAAAAAAAAAAAAA', quantity: 1 }] }), 404, 'variant_not_found');
    assert.equal(await count(), n0);

    const id = await draft(tok.op, warehouse, storeA, [[v[0]!, 2]]);
    const receive = (lines: unknown, token = tok.op) => call('POST', `/transfers/${id}/receipts`, token, { lines });
    const onDraft = await receive([{ variant_id: v[0], quantity: 1 }]);
    assert.equal(onDraft.statusCode, 409);
    assert.equal(onDraft.json().code, 'invalid_transition');
    assert.equal((await call('POST', `/transfers/${id}/close`, tok.op, { note: 'lost' })).statusCode, 409, 'a draft is cancelled, not closed');
    assert.equal((await call('POST', `/transfers/${id}/dispatch`, tok.op)).statusCode, 200);
    assert.equal((await call('POST', `/transfers/${id}/cancel`, tok.op)).json().code, 'invalid_transition');
    const moves0 = await movementCount();
    assert.equal((await receive([{ variant_id: v[0], quantity: 0 }])).statusCode, 400);
    assert.equal((await receive([])).statusCode, 400);
    const stray = await receive([{ variant_id: v[1], quantity: 1 }]);
    assert.equal(stray.statusCode, 400);
    assert.equal(stray.json().code, 'line_not_in_transfer');
    const dup = await receive([
      { variant_id: v[0], quantity: 1 },
      { variant_id: v[0], quantity: 1 },
    ]);
    assert.equal(dup.json().code, 'duplicate_line');
    await assert.rejects(transfers.receiveTransfer(t.app.ctx, op, id, { lines: [{ variant_id: v[0]!, quantity: 0 }] }), { code: 'invalid_quantity' });
    await assert.rejects(transfers.closeTransfer(t.app.ctx, op, id, '   '), { code: 'note_required' });
    assert.equal((await call('POST', `/transfers/${id}/close`, tok.op, {})).statusCode, 400);
    assert.equal((await call('POST', `/transfers/${id}/close`, tok.op, { note: '' })).statusCode, 400);
    assert.equal(await movementCount(), moves0, 'refused receipts move nothing');
    assert.equal((await call('GET', `/transfers/${id}`, tok.op)).json().receipts.length, 0);

    // Closing with nothing received records the whole line as short.
    const closed = await call('POST', `/transfers/${id}/close`, tok.op, { note: 'truck lost' });
    assert.equal(closed.statusCode, 200);
    assert.deepEqual(
      closed.json().discrepancies.map((d: { kind: string; quantity: number }) => [d.kind, d.quantity]),
      [['short', 2]],
    );

    assert.equal((await call('GET', '/transfers/trf_nope', tok.op)).statusCode, 400);
    assert.equal((await call('GET', '/transfers/trf_01JAAAAAAAAAAAAAAAAAAAAAAA', tok.op)).statusCode, 404);
    assert.equal((await call('GET', '/transfers?cursor=bm9wZQ', tok.op)).json().code, 'invalid_cursor');
    assert.equal((await call('GET', '/transfers?status=lost', tok.op)).statusCode, 400);
    await audit();
  });
});
