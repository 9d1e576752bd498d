import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { BlockedAddressError, postJson } from './address.ts';
import { leaseDue, type LeasedDelivery, recordAttempt } from './repository.ts';
import { nextDelay, parseSchedule, sign } from './signature.ts';

export interface WorkerOptions {
  /** Attempts before a delivery is dead. */
  maxAttempts: number;
  /** Waits (ms) after the 1st, 2nd … failed attempt; the last repeats. */
  backoffMs: number[];
  /** A receiver that has not answered in this long failed the attempt. */
  timeoutMs: number;
  /** How often the worker looks for due deliveries (retries); 0: only when told (NOTIFY, kick). */
  pollMs: number;
  /** Deliveries taken per round, sent concurrently (each a different endpoint and subject). */
  batch: number;
  /** Whether private and loopback addresses may be posted to (config.webhookAllowPrivate). */
  allowPrivate: boolean;
}

export const DEFAULT_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000];

/** The worker's settings from the environment (MERIDIAN_WEBHOOK_*), with the documented defaults. */
export function workerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d{1,9}$/.test(raw)) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    return Number(raw);
  };
  return {
    maxAttempts: Math.max(1, int('MERIDIAN_WEBHOOK_MAX_ATTEMPTS', 8)),
    backoffMs: env.MERIDIAN_WEBHOOK_BACKOFF_MS ? parseSchedule(env.MERIDIAN_WEBHOOK_BACKOFF_MS) : DEFAULT_BACKOFF_MS,
    timeoutMs: int('MERIDIAN_WEBHOOK_TIMEOUT_MS', 5_000),
    pollMs: int('MERIDIAN_WEBHOOK_POLL_MS', 1_000),
    batch: 16,
    allowPrivate: false,
  };
}

/** Fan-out announces new deliveries on this channel (at its commit). */
export const WEBHOOK_CHANNEL = 'meridian_webhooks';

const MAX_ERROR = 500;

/**
 * Posts due deliveries, signed, and records each attempt. It runs in every server process: a
 * round leases its deliveries (SKIP LOCKED plus a lease that outlives the timeout), so processes
 * share the work and a crashed one's deliveries are retried once the lease lapses (at least once).
 */
export class DeliveryWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    /** Mutable so tests can make retries immediate. */
    readonly options: WorkerOptions,
  ) {}

  /** Listens for new deliveries and starts the retry timer. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.options.pollMs > 0) {
      this.timer = setInterval(() => {
        // Not listening yet (the database was down at start): try again; the timer covers meanwhile.
        if (!this.unlisten) void this.listen();
        this.kick();
      }, this.options.pollMs);
      this.timer.unref();
    }
    await this.listen();
    this.kick();
  }

  private listening = false;
  private async listen(): Promise<void> {
    if (this.listening || this.unlisten || this.stopped) return;
    this.listening = true;
    try {
      this.unlisten = await this.database.listen(WEBHOOK_CHANNEL, () => this.kick());
    } catch {
      // The timer retries.
    } finally {
      this.listening = false;
    }
  }

  /** Stops the timer and waits for the round in flight (its posts end within the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.unlisten?.().catch(() => {});
    this.unlisten = null;
    await this.running;
  }

  /** Asks for a round now (one more after the current one if it is running). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.round();
        } catch (err) {
          this.log.warn({ err }, 'webhooks: delivery round failed; retrying');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
  }

  /**
   * Runs rounds until none is due now: for tests and for commands that want their deliveries
   * sent before they answer. Returns how many attempts it made.
   */
  async drain(): Promise<number> {
    await this.running;
    let total = 0;
    for (;;) {
      const n = await this.round();
      total += n;
      if (n === 0) return total;
    }
  }

  /** One round: lease what is due and post it. Returns how many attempts it made. */
  async round(): Promise<number> {
    let made = 0;
    for (;;) {
      const due = await leaseDue(this.database.db, this.options.batch, this.options.timeoutMs * 2 + 10_000);
      if (due.length === 0) return made;
      await Promise.all(due.map((d) => this.attempt(d)));
      made += due.length;
      if (due.length < this.options.batch || this.stopped) return made;
    }
  }

  private async attempt(d: LeasedDelivery): Promise<void> {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Meridian-Webhooks/1',
        'meridian-event-id': String(d.event_position),
        'meridian-event-type': d.event_type,
        'meridian-timestamp': String(timestamp),
        'meridian-signature': sign(d.secret, timestamp, d.body),
        'meridian-delivery-id': d.id,
      };
      // No redirects are followed: the receiver must answer 2xx at the URL it gave.
      const res = await postJson(d.url, headers, d.body, AbortSignal.timeout(this.options.timeoutMs), this.options.allowPrivate);
      status = res.status;
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      error =
        e.name === 'TimeoutError'
          ? `timeout after ${this.options.timeoutMs} ms`
          : e instanceof BlockedAddressError
            ? `blocked: ${e.message}`
            : ((e as { code?: string }).code ?? e.cause?.code ?? e.cause?.message ?? e.message);
    }
    const durationMs = Math.round(performance.now() - started);
    const ok = error === null;
    const delay = ok ? null : nextDelay(d.attempts + 1, this.options.maxAttempts, this.options.backoffMs);
    // The database clock decides "due", so the retry time is set from it too.
    const retryAt = delay === null ? null : await dbNowPlus(this.database, delay);
    await recordAttempt(this.database.db, d, { status_code: status, error: error?.slice(0, MAX_ERROR) ?? null, duration_ms: durationMs, ok, retryAt });
    if (!ok && delay === null) this.log.warn({ delivery: d.id, endpoint: d.endpoint_id, error }, 'webhooks: delivery is dead after its last attempt');
  }
}

async function dbNowPlus(database: Database, ms: number): Promise<Date> {
  const r = await sql<{ at: Date }>`select now() + make_interval(secs => ${ms / 1000}) as at`.execute(database.db);
  return new Date(r.rows[0]!.at);
}
