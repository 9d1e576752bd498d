import type { FastifyBaseLogger } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { advanceConsumer, claimConsumer, type EventFilter, highestPosition, readAfter, sequenceOutbox, type StreamEvent } from './repository.ts';

/** A live reader (an SSE connection): gets each matching event once, in position order. */
interface Subscriber {
  filter: EventFilter;
  send(e: StreamEvent): void;
  /** Events that arrived while the backlog was being replayed; null once live. */
  buffer: StreamEvent[] | null;
  lastSent: number;
}

/**
 * A durable consumer: `handle` runs in a transaction with a batch of events after its cursor, and
 * the cursor moves in that same transaction, so a projection's writes and its cursor commit
 * together (each event's effect exactly once); side effects outside the database (NATS, webhooks)
 * are at least once.
 */
export interface Consumer {
  name: string;
  /** Where a new consumer starts: 'beginning' (replay every kept event) or 'now'. */
  startAt: 'beginning' | 'now';
  filter?: EventFilter;
  handle(tx: Transaction<DB>, events: StreamEvent[]): Promise<void>;
}

/** Runs `work` one at a time; a call while it runs asks for one more run after it. */
function singleFlight(work: () => Promise<void>, onError: (err: unknown) => void): { kick(): void; idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await work();
        } catch (err) {
          onError(err);
        }
      } while (again);
    })().finally(() => {
      running = null;
    });
  };
  return { kick, idle: async () => running ?? undefined };
}

const LIVE_BATCH = 1_000;
const REPLAY_PAGE = 1_000;

/**
 * The process's end of the event stream. It sequences the outbox when a writer commits (NOTIFY
 * meridian_outbox), reads newly sequenced events when any process sequenced some (NOTIFY
 * meridian_events) and hands them to live subscribers and durable consumers. Everything it knows
 * is in the database, so any number of server processes can run one each: the sequencer is taken
 * by one at a time (advisory lock) and consumers by SKIP LOCKED, while every process tails for its
 * own live subscribers. A timer covers notifications lost while a connection was down.
 */
export class EventHub {
  private last = 0;
  private readonly subscribers = new Set<Subscriber>();
  private readonly consumers: Consumer[] = [];
  private readonly sequencer;
  private readonly tailer;
  private readonly consuming;
  private stops: Array<() => Promise<void>> = [];
  private timer: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private connectRetry: NodeJS.Timeout | null = null;
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs: number,
  ) {
    const warn = (what: string) => (err: unknown) => this.log.warn({ err }, `events: ${what} failed; retrying`);
    this.sequencer = singleFlight(() => this.sequence(), warn('sequencing'));
    this.tailer = singleFlight(() => this.tail(), warn('reading'));
    this.consuming = singleFlight(() => this.consume(), warn('a consumer'));
  }

  /** Starts listening and polling; idempotent. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // A database that is down does not stop the server from starting: try again until it answers.
    const connect = async (attempt: number): Promise<void> => {
      try {
        await this.connect();
      } catch (err) {
        const partial = this.stops;
        this.stops = [];
        await Promise.all(partial.map((stop) => stop().catch(() => {})));
        if (attempt === 0) this.log.warn({ err }, 'events: the database does not answer; the event stream starts when it does');
        if (!this.started) return;
        this.connectRetry = setTimeout(() => void connect(attempt + 1), Math.min(5_000, 250 * 2 ** Math.min(attempt, 5)));
        this.connectRetry.unref();
      }
    };
    await connect(0);
  }

  private async connect(): Promise<void> {
    this.last = await highestPosition(this.database.background);
    this.stops.push(await this.database.listen('meridian_outbox', () => this.sequencer.kick()));
    this.stops.push(await this.database.listen('meridian_events', () => this.tailer.kick()));
    if (this.pollMs > 0) {
      this.timer = setInterval(() => {
        this.sequencer.kick();
        this.tailer.kick();
        // A consumer that failed (NATS or a database down) tries again.
        if (this.consumers.length) this.consuming.kick();
      }, this.pollMs);
      this.timer.unref();
    }
    this.sequencer.kick();
    this.consuming.kick();
  }

  /** Stops listening and waits for work in flight. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    if (this.connectRetry) clearTimeout(this.connectRetry);
    const stops = this.stops;
    this.stops = [];
    await Promise.all(stops.map((s) => s().catch(() => {})));
    await Promise.all([this.sequencer.idle(), this.tailer.idle(), this.consuming.idle()]);
    for (const s of this.subscribers) s.buffer = null;
    this.subscribers.clear();
  }

  /** Adds a durable consumer (before or after start). */
  addConsumer(c: Consumer): void {
    this.consumers.push(c);
    if (this.started) this.consuming.kick();
  }

  /**
   * Sequences, reads and runs the consumers until nothing is left to do now: for tests and for
   * commands that must see their events handled before they answer.
   */
  async flush(): Promise<void> {
    for (;;) {
      const r = await sequenceOutbox(this.database.background);
      if (!r.pending) break;
      if (r.stamped === 0) await new Promise((res) => setTimeout(res, 5));
    }
    await this.tailer.idle();
    await this.tail();
    await this.consuming.idle();
    await this.consume();
  }

  /**
   * Subscribes to events matching `filter`. With `after` (a position the reader already has),
   * the kept events after it are replayed first, then live ones follow with no gap or repeat.
   * Returns the unsubscribe function.
   */
  subscribe(filter: EventFilter, after: number | null, send: (e: StreamEvent) => void, onError: (err: unknown) => void): () => void {
    const sub: Subscriber = { filter, send, buffer: after !== null && after < this.last ? [] : null, lastSent: after ?? this.last };
    this.subscribers.add(sub);
    if (sub.buffer) {
      const until = this.last;
      void (async () => {
        let cursor = sub.lastSent;
        for (;;) {
          const page = await readAfter(this.database.db, cursor, REPLAY_PAGE, filter, until);
          for (const e of page) this.deliver(sub, e, true);
          if (page.length < REPLAY_PAGE) break;
          cursor = page.at(-1)!.position;
        }
        const held = sub.buffer ?? [];
        sub.buffer = null;
        for (const e of held) this.deliver(sub, e);
      })().catch((err: unknown) => {
        this.subscribers.delete(sub);
        onError(err);
      });
    }
    return () => {
      this.subscribers.delete(sub);
    };
  }

  /** How many live readers this process serves (for /metrics). */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  private deliver(sub: Subscriber, e: StreamEvent, replaying = false): void {
    if (!matches(sub.filter, e)) return;
    if (sub.buffer && !replaying) {
      sub.buffer.push(e);
      return;
    }
    if (e.position <= sub.lastSent) return;
    sub.lastSent = e.position;
    sub.send(e);
  }

  private async sequence(): Promise<void> {
    const r = await sequenceOutbox(this.database.background);
    // Read what was just stamped without waiting for our own NOTIFY to come back round.
    if (r.stamped > 0) this.tailer.kick();
    // Rows of transactions still open: look again soon rather than wait for the next commit.
    if (r.pending && !this.retry && this.started) {
      this.retry = setTimeout(() => {
        this.retry = null;
        this.sequencer.kick();
      }, 5);
      this.retry.unref();
    }
  }

  private async tail(): Promise<void> {
    for (;;) {
      const batch = await readAfter(this.database.background, this.last, LIVE_BATCH);
      if (batch.length === 0) return;
      this.last = batch.at(-1)!.position;
      for (const e of batch) for (const sub of this.subscribers) this.deliver(sub, e);
      if (this.consumers.length) this.consuming.kick();
      if (batch.length < LIVE_BATCH) return;
    }
  }

  private async consume(): Promise<void> {
    // One consumer failing (its sink is down) does not hold up the others.
    for (const c of this.consumers) {
      try {
        await this.consumeOne(c);
      } catch (err) {
        this.log.warn({ err, consumer: c.name }, 'events: consumer failed; it retries from its last position');
      }
    }
  }

  private async consumeOne(c: Consumer): Promise<void> {
    for (;;) {
      const handled = await this.database.background.transaction().execute(async (tx) => {
        const start = c.startAt === 'beginning' ? 0 : this.last;
        const at = await claimConsumer(tx, c.name, start);
        if (at === null) return 0;
        // Read every event (not only matching ones) so the cursor passes events it ignores.
        const batch = await readAfter(tx, at, LIVE_BATCH);
        if (batch.length === 0) return 0;
        const mine = c.filter ? batch.filter((e) => matches(c.filter!, e)) : batch;
        if (mine.length) await c.handle(tx, mine);
        await advanceConsumer(tx, c.name, batch.at(-1)!.position);
        return batch.length;
      });
      if (handled < LIVE_BATCH) break;
    }
  }
}

/** Whether an event passes a tenant and type filter. */
export function matches(f: EventFilter, e: StreamEvent): boolean {
  if (f.merchantId !== undefined && e.merchant_id !== f.merchantId) return false;
  const types = f.types ?? [];
  if (types.length === 0) return true;
  return types.some((t) => (t.endsWith('*') ? e.type.startsWith(t.slice(0, -1)) : e.type === t));
}
