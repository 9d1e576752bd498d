import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import type { EventOut } from '../events/service.ts';
import * as inventory from '../inventory/service.ts';
import { pruneOldEvents } from '../events/service.ts';
import { webhookWorker } from './routes.ts';
import { pruneDeliveries } from './service.ts';
import type { DeliveryWorker } from './worker.ts';

interface Received {
  event: EventOut;
  headers: http.IncomingHttpHeaders;
  /** Whether the signature checks out with the endpoint's secret, as a receiver would check it. */
  valid: boolean;
  answered: number;
}

/** A local receiver: checks each POST's signature and answers what `respond` says. */
async function receiver(respond: (e: EventOut, n: number) => number = () => 200) {
  const got: Received[] = [];
  let secret = '';
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const ts = String(req.headers['meridian-timestamp']);
      const want = `v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
      const event = JSON.parse(body) as EventOut;
      const answered = respond(event, got.length + 1);
      got.push({ event, headers: req.headers, valid: req.headers['meridian-signature'] === want, answered });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    setSecret: (s: string) => (secret = s),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('signed webhooks', () => {
  let t: TestApp;
  let ctx: TestApp['app']['ctx'];
  let op: Actor;
  let store: string;
  let worker: DeliveryWorker;
  const receivers: Array<{ close(): Promise<void> }> = [];

  before(async () => {
    // The receivers here listen on 127.0.0.1; the guard against private addresses is tested below.
    t = await testApp({ webhookAllowPrivate: true });
    ctx = t.app.ctx;
    op = await operatorActor(ctx);
    store = (await location(ctx, op)).id;
    worker = webhookWorker(t.app);
    // The tests drive deliveries themselves (drain), with retries due at once unless a test says otherwise.
    await worker.stop();
    worker.options.maxAttempts = 3;
    worker.options.backoffMs = [0];
  });
  after(async () => {
    for (const r of receivers) await r.close();
    await t?.close();
  });

  /** A merchant of its own with a product, its owner's token, and an endpoint posting to a fresh receiver. */
  async function setup(respond?: (e: EventOut, n: number) => number, body: Record<string, unknown> = {}) {
    const m = await verifiedMerchant(ctx, op, 'Hooks');
    const variants = (await product(ctx, m.actor, { variants: 2 })).variantIds as [string, string];
    const token = (await t.userToken({ role: 'merchant', merchant_id: m.merchantId, merchant_role: 'owner' })).token;
    const rx = await receiver(respond);
    receivers.push(rx);
    const res = await t.call('POST', '/api/webhooks', { token, body: { url: rx.url, ...body } });
    assert.equal(res.statusCode, 201, res.body);
    const endpoint = res.json() as { id: string; secret: string };
    rx.setSecret(endpoint.secret);
    return { ...m, variants, token, rx, endpoint };
  }

  const receive = (actor: Actor, variant: string, quantity = 1) =>
    inventory.receiveStock(ctx, actor, { location_id: store, lines: [{ variant_id: variant, quantity }] });

  /** Fan out what was written, then post everything due. */
  async function deliver() {
    await t.app.events.flush();
    await worker.drain();
  }

  async function deliveries(token: string, id: string, query = '') {
    const res = await t.call('GET', `/api/webhooks/${id}/deliveries${query}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as {
      items: Array<{
        id: string;
        status: string;
        event_id: string;
        attempts: number;
        attempt_log: Array<{ status_code: number | null; error: string | null }>;
      }>;
    };
  }

  it('creates, lists, changes and deletes endpoints, refusing bad input and other tenants', async () => {
    const a = await setup();
    const b = await setup();
    for (const [url, code] of [
      ['ftp://example.com/x', 'invalid_webhook_url'],
      ['not a url at all', 'invalid_webhook_url'],
      ['https://user:pw@example.com/x', 'invalid_webhook_url'],
    ] as const) {
      const res = await t.call('POST', '/api/webhooks', { token: a.token, body: { url } });
      assert.equal(res.statusCode, 400, url);
      assert.equal(res.json().code, code);
    }
    const badType = await t.call('POST', '/api/webhooks', { token: a.token, body: { url: 'https://example.com/h', event_types: ['stock.exploded'] } });
    assert.equal(badType.statusCode, 400);
    assert.equal(badType.json().code, 'invalid_event_type');
    const opToken = (await t.userToken({ role: 'operator' })).token;
    assert.equal((await t.call('POST', '/api/webhooks', { token: opToken, body: { url: 'https://example.com/h' } })).statusCode, 403);

    // The secret is shown once: never on a read.
    const got = await t.call('GET', `/api/webhooks/${a.endpoint.id}`, { token: a.token });
    assert.equal(got.statusCode, 200);
    assert.equal('secret' in got.json(), false);
    assert.match(a.endpoint.secret, /^whsec_/);

    // Another merchant's endpoint does not exist for b.
    for (const [method, url, body] of [
      ['GET', `/api/webhooks/${a.endpoint.id}`, undefined],
      ['PATCH', `/api/webhooks/${a.endpoint.id}`, { active: false }],
      ['DELETE', `/api/webhooks/${a.endpoint.id}`, undefined],
      ['POST', `/api/webhooks/${a.endpoint.id}/rotate-secret`, undefined],
      ['GET', `/api/webhooks/${a.endpoint.id}/deliveries`, undefined],
      ['POST', `/api/webhooks/${a.endpoint.id}/replay`, { after_event_id: '0' }],
    ] as const) {
      const res = await t.call(method, url, { token: b.token, body });
      assert.equal(res.statusCode, 404, `${method} ${url}`);
      assert.equal(res.json().code, 'webhook_not_found');
    }
    const listB = (await t.call('GET', '/api/webhooks', { token: b.token })).json() as { items: Array<{ id: string }> };
    assert.deepEqual(
      listB.items.map((e) => e.id),
      [b.endpoint.id],
    );
    const listOp = (await t.call('GET', '/api/webhooks?limit=100', { token: opToken })).json() as { items: Array<{ id: string }> };
    assert.ok(listOp.items.some((e) => e.id === a.endpoint.id) && listOp.items.some((e) => e.id === b.endpoint.id));

    const patched = await t.call('PATCH', `/api/webhooks/${a.endpoint.id}`, { token: a.token, body: { event_types: ['order.*'], active: false } });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.deepEqual(patched.json().event_types, ['order.*']);
    assert.equal(patched.json().active, false);
    const badPatch = await t.call('PATCH', `/api/webhooks/${a.endpoint.id}`, { token: a.token, body: { url: 'mailto:x@y.z' } });
    assert.equal(badPatch.statusCode, 400);
    assert.equal((await t.call('GET', `/api/webhooks/${a.endpoint.id}`, { token: a.token })).json().url, a.rx.url, 'a refused change changes nothing');

    const rotated = await t.call('POST', `/api/webhooks/${a.endpoint.id}/rotate-secret`, { token: a.token });
    assert.equal(rotated.statusCode, 200);
    assert.notEqual(rotated.json().secret, a.endpoint.secret);

    assert.equal((await t.call('DELETE', `/api/webhooks/${a.endpoint.id}`, { token: a.token })).statusCode, 204);
    assert.equal((await t.call('GET', `/api/webhooks/${a.endpoint.id}`, { token: a.token })).statusCode, 404);
  });

  it('delivers a receipt’s event once, signed, and never another tenant’s', async () => {
    const a = await setup();
    const b = await setup();
    const orders = await setup(undefined, { event_types: ['order.*'] });
    await receive(a.actor, a.variants[0], 5);
    await receive(b.actor, b.variants[0], 3);
    await receive(orders.actor, orders.variants[0], 2);
    await deliver();
    await deliver();

    assert.equal(a.rx.got.length, 1, 'delivered once');
    const r = a.rx.got[0]!;
    assert.equal(r.valid, true, 'the signature checks out');
    assert.equal(r.event.type, 'stock.moved');
    assert.equal(r.event.merchant_id, a.merchantId);
    assert.equal(r.event.subject_id, a.variants[0]);
    assert.equal(r.event.data.on_hand_delta, 5);
    assert.equal(r.headers['meridian-event-id'], r.event.id);
    assert.equal(r.headers['meridian-event-type'], 'stock.moved');
    assert.equal(r.headers['content-type'], 'application/json');
    assert.ok(Math.abs(Number(r.headers['meridian-timestamp']) - Date.now() / 1000) < 600);

    assert.equal(b.rx.got.length, 1);
    assert.equal(b.rx.got[0]!.event.merchant_id, b.merchantId, 'each endpoint gets its own merchant’s events only');
    assert.equal(orders.rx.got.length, 0, 'an order.* endpoint gets no stock.moved');

    const log = await deliveries(a.token, a.endpoint.id);
    assert.equal(log.items.length, 1);
    assert.equal(log.items[0]!.status, 'delivered');
    assert.equal(log.items[0]!.attempt_log[0]!.status_code, 200);
  });

  it('retries a failed attempt and logs every attempt', async () => {
    const a = await setup((_e, n) => (n === 1 ? 500 : 200));
    await receive(a.actor, a.variants[0]);
    await deliver();
    assert.deepEqual(
      a.rx.got.map((g) => g.answered),
      [500, 200],
    );
    assert.equal(a.rx.got[0]!.event.id, a.rx.got[1]!.event.id, 'the same event again');
    assert.ok(a.rx.got.every((g) => g.valid));
    const [d] = (await deliveries(a.token, a.endpoint.id)).items;
    assert.equal(d!.status, 'delivered');
    assert.deepEqual(
      d!.attempt_log.map((x) => [x.status_code, x.error]),
      [
        [500, 'HTTP 500'],
        [200, null],
      ],
    );
  });

  it('gives up after the last attempt (dead letter), and a replay delivers it', async () => {
    let down = true;
    const a = await setup(() => (down ? 500 : 200));
    await receive(a.actor, a.variants[0]);
    await deliver();
    assert.equal(a.rx.got.length, 3, 'max attempts');
    const dead = (await deliveries(a.token, a.endpoint.id, '?status=dead')).items;
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.attempt_log.length, 3);
    const letters = (await t.call('GET', '/api/webhooks/dead-letters', { token: a.token })).json() as { items: Array<{ id: string; merchant_id: string }> };
    assert.deepEqual(
      letters.items.map((l) => l.id),
      [dead[0]!.id],
    );

    // Replaying a delivered one by id is refused; an unknown id is 404.
    const notDead = await t.call('POST', `/api/webhooks/${a.endpoint.id}/replay`, { token: a.token, body: {} });
    assert.equal(notDead.statusCode, 400);

    down = false;
    const res = await t.call('POST', `/api/webhooks/${a.endpoint.id}/replay`, { token: a.token, body: { delivery_ids: [dead[0]!.id] } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().queued, 1);
    await worker.drain();
    assert.equal(a.rx.got.length, 4);
    assert.equal(a.rx.got[3]!.answered, 200);
    const after = (await deliveries(a.token, a.endpoint.id)).items[0]!;
    assert.equal(after.status, 'delivered');
    assert.equal(after.attempt_log.length, 4, 'the log keeps the earlier round');
    const again = await t.call('POST', `/api/webhooks/${a.endpoint.id}/replay`, { token: a.token, body: { delivery_ids: [dead[0]!.id] } });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().code, 'delivery_not_dead');
  });

  it('keeps order per variant: a later event waits while an earlier one is failing', async () => {
    let failFirst = true;
    let firstId: string | null = null;
    const a = await setup((e) => {
      firstId ??= e.id;
      return failFirst && e.id === firstId ? 503 : 200;
    });
    worker.options.backoffMs = [3_600_000];
    try {
      await receive(a.actor, a.variants[0], 1); // e1 (variant 0): fails
      await receive(a.actor, a.variants[0], 2); // e2 (variant 0): must wait for e1
      await receive(a.actor, a.variants[1], 3); // e3 (variant 1): independent
      await deliver();
      const seen = a.rx.got.map((g) => [g.event.subject_id, g.event.data.on_hand_delta, g.answered]);
      assert.deepEqual(
        seen.filter((s) => s[0] === a.variants[0]),
        [[a.variants[0], 1, 503]],
        'e2 is not sent while e1 is pending',
      );
      assert.deepEqual(
        seen.filter((s) => s[0] === a.variants[1]),
        [[a.variants[1], 3, 200]],
        'another variant is not held up',
      );

      // The receiver recovers and e1 comes due: e1 then e2, in that order.
      failFirst = false;
      await ctx.db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date(0) })
        .where('endpoint_id', '=', a.endpoint.id)
        .where('status', '=', 'pending')
        .execute();
      await worker.drain();
      const v0 = a.rx.got.filter((g) => g.event.subject_id === a.variants[0]).map((g) => [g.event.data.on_hand_delta, g.answered]);
      assert.deepEqual(v0, [
        [1, 503],
        [1, 200],
        [2, 200],
      ]);
    } finally {
      worker.options.backoffMs = [0];
    }
  });

  it('does not let a dead delivery block the ones after it', async () => {
    const a = await setup((e) => (e.data.on_hand_delta === 1 ? 500 : 200));
    await receive(a.actor, a.variants[0], 1);
    await receive(a.actor, a.variants[0], 2);
    await deliver();
    assert.deepEqual(
      a.rx.got.map((g) => [g.event.data.on_hand_delta, g.answered]),
      [
        [1, 500],
        [1, 500],
        [1, 500],
        [2, 200],
      ],
    );
  });

  it('re-sends every event after an event id (resume)', async () => {
    const a = await setup();
    await receive(a.actor, a.variants[0], 1);
    await receive(a.actor, a.variants[1], 2);
    await receive(a.actor, a.variants[0], 3);
    await deliver();
    assert.equal(a.rx.got.length, 3);
    const firstId = a.rx.got[0]!.event.id;
    const res = await t.call('POST', `/api/webhooks/${a.endpoint.id}/replay`, { token: a.token, body: { after_event_id: firstId } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { queued: 2, last_event_id: a.rx.got[2]!.event.id, more: false });
    await worker.drain();
    assert.deepEqual(
      a.rx.got.slice(3).map((g) => g.event.id),
      a.rx.got.slice(1, 3).map((g) => g.event.id),
    );
    assert.ok(a.rx.got.every((g) => g.valid));
    const bad = await t.call('POST', `/api/webhooks/${a.endpoint.id}/replay`, { token: a.token, body: { after_event_id: 'x' } });
    assert.equal(bad.statusCode, 400);
  });

  it('retention deletes old events every consumer has handled and delivered deliveries, keeping dead letters', async () => {
    const a = await setup((_e, n) => (n === 1 ? 200 : 500));
    await receive(a.actor, a.variants[0], 1);
    await receive(a.actor, a.variants[1], 1);
    await deliver();
    for (let i = 0; i < 3; i++) await worker.drain();
    const before = await deliveries(a.token, a.endpoint.id);
    assert.deepEqual(before.items.map((d) => d.status).sort(), ['dead', 'delivered']);
    const eventIds = before.items.map((d) => Number(d.event_id));
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('outbox_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('position', 'in', eventIds)
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await count(), 2);
    // Nothing is old yet: nothing goes.
    assert.equal(await pruneDeliveries(ctx, new Date(Date.now() - 60_000)), 0);
    // A cut-off in the future makes everything "old": delivered ones go, the dead letter stays.
    const future = new Date(Date.now() + 60_000);
    assert.ok((await pruneDeliveries(ctx, future)) >= 1);
    const after = await deliveries(a.token, a.endpoint.id);
    assert.deepEqual(
      after.items.map((d) => d.status),
      ['dead'],
    );
    // Events go only up to the slowest consumer: a consumer held back keeps them.
    await ctx.db
      .insertInto('event_consumers')
      .values({ name: 'test-stalled', position: Math.min(...eventIds) - 1 })
      .execute();
    await pruneOldEvents(ctx, future);
    assert.equal(await count(), 2, 'a stalled consumer keeps its backlog');
    await ctx.db.deleteFrom('event_consumers').where('name', '=', 'test-stalled').execute();
    await pruneOldEvents(ctx, future);
    // All gone but the newest event of the stream, which numbering continues from.
    assert.equal(await count(), 1);
    const top = Number(
      (
        await ctx.db
          .selectFrom('outbox_events')
          .select((eb) => eb.fn.max('position').as('p'))
          .executeTakeFirstOrThrow()
      ).p,
    );
    assert.equal(top, Math.max(...eventIds));
  });

  it('refuses private and loopback receivers unless allowed, when registering and when posting', async () => {
    const a = await setup();
    const config = ctx.config as { webhookAllowPrivate: boolean };
    config.webhookAllowPrivate = false;
    worker.options.allowPrivate = false;
    try {
      for (const url of ['http://127.0.0.1:9/h', 'https://169.254.169.254/latest', 'http://[::1]/h', 'https://localhost/h', 'https://10.0.0.8/h']) {
        const res = await t.call('POST', '/api/webhooks', { token: a.token, body: { url } });
        assert.equal(res.statusCode, 400, url);
        assert.equal((res.json() as { code: string }).code, 'webhook_url_not_public', url);
        const patch = await t.call('PATCH', `/api/webhooks/${a.endpoint.id}`, { token: a.token, body: { url } });
        assert.equal(patch.statusCode, 400, url);
      }
      // An endpoint registered while allowed is not posted to once that is off.
      await receive(a.actor, a.variants[0], 1);
      await deliver();
      assert.equal(a.rx.got.length, 0);
      const d = await deliveries(a.token, a.endpoint.id);
      assert.match(d.items[0]!.attempt_log[0]!.error ?? '', /^blocked: 127\.0\.0\.1 is not a public address/);
    } finally {
      config.webhookAllowPrivate = true;
      worker.options.allowPrivate = true;
    }
  });
});
