import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../inventory/service.ts';
import { sequenceOutbox } from './repository.ts';
import type { EventOut } from './service.ts';

/** Reads Server-Sent Events from a live server until `want` of them came (or `ms` passed). */
async function readSse(url: string, token: string, want: number, opts: { lastEventId?: string; ms?: number; onOpen?: () => void } = {}): Promise<EventOut[]> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), opts.ms ?? 5_000);
  const got: EventOut[] = [];
  try {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(opts.lastEventId ? { 'last-event-id': opts.lastEventId } : {}) },
      signal: ac.signal,
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    while (got.length < want) {
      const { value, done } = await reader.read();
      if (done) break;
      // The server's first words (": connected") mean the reader is subscribed.
      if (buf === '' && got.length === 0) opts.onOpen?.();
      buf += value;
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6))
          .join('\n');
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (data) {
          const e = JSON.parse(data) as EventOut;
          assert.equal(e.id, id, 'the SSE id is the event id');
          got.push(e);
        }
      }
    }
    await reader.cancel();
  } catch (err) {
    if (!(err instanceof Error && err.name === 'AbortError')) throw err;
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return got;
}

describe('the event outbox', () => {
  let t: TestApp;
  let ctx: TestApp['app']['ctx'];
  let a: Awaited<ReturnType<typeof verifiedMerchant>>;
  let b: Awaited<ReturnType<typeof verifiedMerchant>>;
  let store: string;
  let va: string;
  let vb: string;
  let tokenA: string;
  let tokenB: string;
  let opToken: string;

  before(async () => {
    t = await testApp();
    ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    a = await verifiedMerchant(ctx, op, 'Orchard');
    b = await verifiedMerchant(ctx, op, 'Denim');
    store = (await location(ctx, op)).id;
    va = (await product(ctx, a.actor, { price: 500 })).variantIds[0]!;
    vb = (await product(ctx, b.actor, { price: 900 })).variantIds[0]!;
    tokenA = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'owner' })).token;
    tokenB = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    opToken = (await t.userToken({ role: 'operator' })).token;
  });
  after(() => t?.close());

  const feed = async (token: string, query = '') => {
    const res = await t.call('GET', `/api/events${query}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: EventOut[]; last_id: string | null };
  };

  it('writes an event for every movement in the same transaction, and none for a rolled-back one', async () => {
    await t.app.events.flush();
    const start = (await feed(opToken)).items.length;
    await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va, quantity: 7 }] });
    await assert.rejects(
      ctx.db.transaction().execute(async (tx) => {
        await inventory.receiveStock({ ...ctx, db: tx }, a.actor, { location_id: store, lines: [{ variant_id: va, quantity: 99 }] });
        throw new Error('roll back');
      }),
    );
    await t.app.events.flush();
    const all = (await feed(opToken, '?limit=1000')).items.slice(start);
    const moved = all.filter((e) => e.type === 'stock.moved');
    assert.equal(moved.length, 1, 'one receipt, one event; the rolled-back receipt left none');
    assert.equal(moved[0]!.data.reason, 'receipt');
    assert.equal(moved[0]!.data.on_hand_delta, 7);
    assert.equal(moved[0]!.subject_id, va);
    assert.equal(moved[0]!.location_id, store);
    assert.equal(moved[0]!.merchant_id, a.merchantId);
    const movements = await ctx.db.selectFrom('stock_movements').select('id').where('variant_id', '=', va).execute();
    assert.equal(movements.length, 1);
    assert.equal(moved[0]!.data.movement_id, movements[0]!.id);
  });

  it('gives positions densely, in order, and lets a reader resume after any id', async () => {
    await inventory.receiveStock(ctx, b.actor, { location_id: store, lines: [{ variant_id: vb, quantity: 3 }] });
    await inventory.adjustStock(ctx, b.actor, { location_id: store, variant_id: vb, delta: -1, note: 'damaged' });
    await t.app.events.flush();
    const all = (await feed(opToken, '?limit=1000')).items;
    const ids = all.map((e) => Number(e.id));
    assert.deepEqual(
      ids,
      ids.map((_, i) => ids[0]! + i),
      'dense positions',
    );
    const mid = all.at(-2)!.id;
    const rest = await feed(opToken, `?after=${mid}`);
    assert.deepEqual(
      rest.items.map((e) => e.id),
      [all.at(-1)!.id],
    );
    assert.equal(rest.last_id, all.at(-1)!.id);
  });

  it('shows a merchant only its own events, and refuses another merchant’s or a shopper', async () => {
    await t.app.events.flush();
    const mine = await feed(tokenA, '?limit=1000');
    assert.ok(mine.items.length > 0);
    assert.ok(mine.items.every((e) => e.merchant_id === a.merchantId));
    assert.ok(!mine.items.some((e) => e.subject_id === vb));
    const bs = await feed(tokenB, '?limit=1000');
    assert.ok(bs.items.length > 0 && bs.items.every((e) => e.merchant_id === b.merchantId));
    const theirs = await t.call('GET', `/api/events?merchant_id=${b.merchantId}`, { token: tokenA });
    assert.equal(theirs.statusCode, 403);
    const shopper = (await t.userToken({ role: 'consumer' })).token;
    assert.equal((await t.call('GET', '/api/events', { token: shopper })).statusCode, 403);
    assert.equal((await t.call('GET', '/api/events')).statusCode, 401);
    const bad = await t.call('GET', '/api/events?types=stock.moved,drop%20table', { token: tokenA });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'invalid_event_type');
    const onlyB = await feed(opToken, `?merchant_id=${b.merchantId}&limit=1000`);
    assert.ok(onlyB.items.length > 0 && onlyB.items.every((e) => e.merchant_id === b.merchantId));
  });

  it('writes order transitions per merchant, each with only its own lines (a till sale)', async () => {
    const clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
    const res = await t.call('POST', '/api/till/sales', {
      token: clerk,
      body: {
        client_sale_id: `evt-${Date.now()}`,
        lines: [
          { variant_id: va, quantity: 2 },
          { variant_id: vb, quantity: 1 },
        ],
        payment: { method: 'cash' },
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const orderId = (res.json() as { id: string }).id;
    await t.app.events.flush();
    const forA = (await feed(tokenA, '?limit=1000&types=order.*')).items.filter((e) => e.subject_id === orderId);
    assert.deepEqual(
      forA.map((e) => e.type),
      ['order.placed', 'order.paid', 'order.collected'],
    );
    for (const e of forA) {
      assert.equal(e.data.channel, 'till');
      assert.equal(e.data.store_location_id, store);
      assert.deepEqual(
        (e.data.lines as Array<{ variant_id: string; quantity: number }>).map((l) => [l.variant_id, l.quantity]),
        [[va, 2]],
      );
    }
    const sale = (await feed(tokenA, '?limit=1000&types=stock.moved')).items.find((e) => e.data.reference_id === orderId && e.data.reason === 'sale');
    assert.ok(sale, 'the sale movement is an event');
    assert.equal(sale.data.channel, 'till');
    assert.equal(sale.data.on_hand_delta, -2);
  });

  it('streams live events over SSE to the tenant, and replays what was missed after Last-Event-ID', async () => {
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await t.app.events.flush();
      const before = (await feed(tokenA, '?limit=1000')).last_id!;
      let opened!: () => void;
      const open = new Promise<void>((r) => (opened = r));
      const live = readSse(`${url}/api/events/stream`, tokenA, 1, { onOpen: () => opened(), ms: 15_000 });
      // B's receipt must not reach A; A's must, promptly (NOTIFY, not the flush).
      await open;
      await inventory.receiveStock(ctx, b.actor, { location_id: store, lines: [{ variant_id: vb, quantity: 1 }] });
      await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va, quantity: 4 }] });
      const got = await live;
      assert.equal(got.length, 1, 'the live event arrived');
      assert.equal(got[0]!.subject_id, va);
      assert.equal(got[0]!.data.on_hand_delta, 4);
      // Missed while away: two more of A's movements; resume after `before`.
      await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va, quantity: 1 }] });
      await t.app.events.flush();
      const resumed = await readSse(`${url}/api/events/stream`, tokenA, 2, { lastEventId: before });
      assert.deepEqual(
        resumed.map((e) => e.data.on_hand_delta),
        [4, 1],
      );
      assert.ok(resumed.every((e) => e.merchant_id === a.merchantId));
      const res = await fetch(`${url}/api/events/stream`, { headers: { authorization: `Bearer ${tokenA}`, 'last-event-id': 'x1' } });
      assert.equal(res.status, 400);
    } finally {
      await t.app.close();
    }
  });
});

describe('sequencing under concurrent writers (PostgreSQL)', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL (concurrent sessions)' }, () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
    await t.app.events.stop();
  });
  after(() => t?.close());

  it('does not number a later commit before an earlier-started writer that is still open', async () => {
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op);
    const store = (await location(ctx, op)).id;
    const [v1, v2] = (await product(ctx, m.actor, { variants: 2 })).variantIds as [string, string];
    await sequenceOutbox(ctx.db);
    // A second session of its own holds a transaction that has written an event (lower id) …
    const dbName = (await sql<{ d: string }>`select current_database() as d`.execute(ctx.db)).rows[0]!.d;
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/${dbName}`;
    const slow = new pg.Client({ connectionString: u.toString() });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query(`insert into outbox_events (merchant_id, type, subject_id, payload) values ($1, 'stock.moved', $2, '{"test":"slow"}')`, [
        m.merchantId,
        v1,
      ]);
      // … while another commits a movement (higher id).
      await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: v2, quantity: 1 }] });
      const first = await sequenceOutbox(ctx.db);
      assert.equal(first.stamped, 0, 'nothing is numbered while an earlier writer may still commit');
      assert.equal(first.pending, true);
      await slow.query('commit');
      const second = await sequenceOutbox(ctx.db);
      assert.equal(second.stamped, 2);
      const rows = await ctx.db
        .selectFrom('outbox_events')
        .select(['id', 'position', 'subject_id'])
        .where('subject_id', 'in', [v1, v2])
        .orderBy('position')
        .execute();
      assert.deepEqual(
        rows.map((r) => r.subject_id),
        [v1, v2],
        'positions follow ids once both are final',
      );
      assert.equal(rows[1]!.position, rows[0]!.position! + 1);
    } finally {
      await slow.end();
    }
  });
});
