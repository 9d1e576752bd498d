import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { connect, type JsMsg, type NatsConnection } from 'nats';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../inventory/service.ts';
import { NatsPublisher, subjectFor } from './nats.ts';
import { readAfter } from './repository.ts';
import { consumerPosition, type EventOut } from './service.ts';

const NATS_URL = process.env.NATS_TEST_URL ?? 'nats://127.0.0.1:4222';

/** Whether NATS answers (the suite skips with a message when not). */
async function natsUp(): Promise<boolean> {
  try {
    const nc = await connect({ servers: NATS_URL, timeout: 1_000, maxReconnectAttempts: 0 });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

const up = await natsUp();

describe('the NATS JetStream publisher', { skip: !up && `NATS does not answer at ${NATS_URL}` }, () => {
  // A stream and subject prefix of this run's own, so runs do not collide.
  const tag = randomBytes(4).toString('hex');
  const stream = `MERIDIAN_TEST_${tag}`;
  const prefix = `mtest_${tag}`;
  let t: TestApp;
  let nc: NatsConnection;
  let publisher: NatsPublisher;

  before(async () => {
    t = await testApp();
    nc = await connect({ servers: NATS_URL });
    publisher = new NatsPublisher({ url: NATS_URL, stream, prefix, consumerName: `nats.test.${tag}`, startAt: 'beginning' });
  });
  after(async () => {
    await publisher?.close();
    if (nc) {
      const jsm = await nc.jetstreamManager();
      await jsm.streams.delete(stream).catch(() => {});
      await nc.close();
    }
    await t?.close();
  });

  /** Every message in the test stream, in stream order. */
  async function streamed(): Promise<Array<{ subject: string; msgId: string | undefined; event: EventOut }>> {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(stream);
    const out = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(stream, { seq });
      out.push({ subject: m.subject, msgId: m.header.get('Nats-Msg-Id') || undefined, event: m.json<EventOut>() });
    }
    return out;
  }

  it('publishes events in order, one subject per merchant and type, and a retried batch is not duplicated', async () => {
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const a = await verifiedMerchant(ctx, op, 'Nats A');
    const b = await verifiedMerchant(ctx, op, 'Nats B');
    const store = (await location(ctx, op)).id;
    const [va1, va2] = (await product(ctx, a.actor, { variants: 2 })).variantIds as [string, string];
    const [vb] = (await product(ctx, b.actor)).variantIds as [string];
    await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va1, quantity: 1 }] });
    await inventory.receiveStock(ctx, b.actor, { location_id: store, lines: [{ variant_id: vb, quantity: 2 }] });
    await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va2, quantity: 3 }] });
    await inventory.receiveStock(ctx, a.actor, { location_id: store, lines: [{ variant_id: va1, quantity: 4 }] });

    t.app.events.addConsumer(publisher.consumer());
    await t.app.events.flush();

    const events = await readAfter(ctx.db, 0, 1000);
    const got = await streamed();
    assert.equal(got.length, events.length, 'one message per event');
    assert.deepEqual(
      got.map((m) => m.event.id),
      events.map((e) => String(e.position)),
      'in position order',
    );
    for (const [i, m] of got.entries()) {
      assert.equal(m.subject, subjectFor(events[i]!, prefix));
      assert.equal(m.msgId, m.event.id, 'the msgID is the event id');
    }
    const mineA = got.filter((m) => m.subject === `${prefix}.${a.merchantId}.stock.moved`).map((m) => m.event.data.on_hand_delta);
    assert.deepEqual(mineA, [1, 3, 4]);
    assert.deepEqual(
      got.filter((m) => m.subject.startsWith(`${prefix}.${b.merchantId}.`)).map((m) => m.event.data.on_hand_delta),
      [2],
    );

    // The hub retries a batch whose cursor did not move (say the commit failed after the acks):
    // sending the same events again stores nothing new.
    await publisher.publish(events);
    assert.equal((await streamed()).length, events.length, 'the stream dropped the repeats by msgID');

    // A consumer of the stream can follow one merchant's stock from a subject filter.
    const js = nc.jetstream();
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(stream, { durable_name: `c_${tag}`, filter_subject: `${prefix}.${a.merchantId}.>`, ack_policy: 'explicit' as never });
    const c = await js.consumers.get(stream, `c_${tag}`);
    const batch = await c.fetch({ max_messages: 10, expires: 1_000 });
    const seen: number[] = [];
    for await (const m of batch as AsyncIterable<JsMsg>) {
      seen.push(m.json<EventOut>().data.on_hand_delta as number);
      m.ack();
    }
    assert.deepEqual(seen, [1, 3, 4]);
  });

  it('opens a closed connection again on the next batch', async () => {
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Nats C');
    const store = (await location(ctx, op)).id;
    const [v] = (await product(ctx, m.actor)).variantIds as [string];
    await publisher.close();
    await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: v, quantity: 9 }] });
    await t.app.events.flush();
    const last = (await streamed()).at(-1)!;
    assert.equal(last.subject, `${prefix}.${m.merchantId}.stock.moved`);
    assert.equal(last.event.data.on_hand_delta, 9);
  });

  it('throws when NATS cannot take the batch, so the cursor stays', async () => {
    const broken = new NatsPublisher({ url: 'nats://127.0.0.1:1', stream, prefix, consumerName: `nats.broken.${tag}`, startAt: 'beginning' });
    const events = await readAfter(t.app.ctx.db, 0, 1);
    await assert.rejects(broken.publish(events));
    t.app.events.addConsumer(broken.consumer());
    await t.app.events.flush();
    assert.equal(await consumerPosition(t.app.ctx.db, `nats.broken.${tag}`), null, 'the failed batch rolled back: no cursor moved');
    await broken.close();
  });
});
