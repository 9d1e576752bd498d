import type { FastifyBaseLogger } from 'fastify';
import { connect, headers, type JetStreamClient, type NatsConnection, nanos } from 'nats';
import type { Consumer } from './hub.ts';
import type { StreamEvent } from './repository.ts';
import { toOut } from './service.ts';

export interface NatsPublisherOptions {
  url: string;
  /** The JetStream stream (created when missing). */
  stream?: string | undefined;
  /** Subjects are `<prefix>.<merchant_id|platform>.<type>`; the stream holds `<prefix>.>`. */
  prefix?: string | undefined;
  /** The durable consumer's name (its cursor in event_consumers). */
  consumerName?: string | undefined;
  /** Where a new publisher starts: every kept event, or only new ones. */
  startAt?: 'beginning' | 'now' | undefined;
  log?: FastifyBaseLogger | undefined;
}

export const NATS_STREAM = 'MERIDIAN';
export const NATS_PREFIX = 'meridian';
export const NATS_CONSUMER = 'nats.jetstream';
// JetStream drops a repeated msgID within this window; our retries come within seconds.
const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** The subject of an event: `meridian.<merchant_id|platform>.<type>`, e.g. meridian.mer_01….stock.moved. */
export function subjectFor(e: Pick<StreamEvent, 'merchant_id' | 'type'>, prefix = NATS_PREFIX): string {
  return `${prefix}.${e.merchant_id ?? 'platform'}.${e.type}`;
}

/**
 * Publishes the event stream to NATS JetStream: a durable consumer of the outbox (see hub.ts) that
 * sends each event, in position order, to one stream with the event id as `msgID`, so JetStream
 * drops the copies a retried batch sends again. Every ack is awaited in order before the cursor
 * moves; a failure throws, the hub rolls back and retries the batch later (at least once, no
 * duplicates within the stream's duplicate window). A closed connection is opened again on the
 * next attempt.
 */
export class NatsPublisher {
  readonly stream: string;
  readonly prefix: string;
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private connecting: Promise<JetStreamClient> | null = null;

  constructor(private readonly opts: NatsPublisherOptions) {
    this.stream = opts.stream ?? NATS_STREAM;
    this.prefix = opts.prefix ?? NATS_PREFIX;
  }

  /** The consumer to give to `app.events.addConsumer`. */
  consumer(): Consumer {
    return {
      name: this.opts.consumerName ?? NATS_CONSUMER,
      startAt: this.opts.startAt ?? 'now',
      handle: async (_tx, events) => this.publish(events),
    };
  }

  /** Publishes events in order, awaiting each ack; throws when one is not stored. */
  async publish(events: StreamEvent[]): Promise<void> {
    const js = await this.client();
    for (const e of events) {
      const h = headers();
      h.set('Meridian-Event-Type', e.type);
      await js.publish(subjectFor(e, this.prefix), JSON.stringify(toOut(e)), { msgID: String(e.position), headers: h });
    }
  }

  /** Closes the connection (app shutdown). */
  async close(): Promise<void> {
    const nc = this.nc;
    this.nc = null;
    this.js = null;
    if (nc && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }

  private async client(): Promise<JetStreamClient> {
    if (this.nc && !this.nc.isClosed() && this.js) return this.js;
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<JetStreamClient> {
    // A short connect timeout: the hub runs consumers one after another, and a NATS that does not
    // answer must not hold up the others for long.
    const nc = await connect({ servers: this.opts.url, timeout: 2_000, name: 'meridian-events' });
    try {
      const jsm = await nc.jetstreamManager();
      try {
        await jsm.streams.info(this.stream);
      } catch (err) {
        if (!/not found/i.test((err as Error).message)) throw err;
        await jsm.streams.add({ name: this.stream, subjects: [`${this.prefix}.>`], duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
        this.opts.log?.info({ stream: this.stream }, 'nats: created the JetStream stream');
      }
    } catch (err) {
      await nc.close().catch(() => {});
      throw err;
    }
    void nc.closed().then((err) => {
      if (err) this.opts.log?.warn({ err }, 'nats: connection closed; reconnecting on the next batch');
    });
    this.nc = nc;
    this.js = nc.jetstream();
    return this.js;
  }
}
