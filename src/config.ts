import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** When set, PostgreSQL server; otherwise embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** Bytes; larger request bodies are refused with 413. */
  bodyLimit: number;
  sessionTtlHours: number;
  natsUrl: string | undefined;
  /** How long a cart or unpaid order holds stock before the sweeper releases it. */
  reservationTtlSeconds: number;
  /** How often the expiry sweeper runs; 0 turns it off (tests drive it by hand). */
  sweepIntervalMs: number;
  /** An order still 'placed' this long after creation was interrupted; the jobs settle it. */
  recoverAfterSeconds: number;
  /** Sign-in attempts allowed per minute for one client address and email (guessing passwords). */
  loginAttemptsPerMinute: number;
  /**
   * Key (base64, 32 bytes) that encrypts resident ID numbers at rest (AES-256-GCM) and keys their
   * lookup hash. Unset: a fixed development key, and the server says so at start.
   */
  piiKey: string | undefined;
  /**
   * How often (ms) each process looks for outbox events and sequenced ones it was not told of
   * (NOTIFY does the prompt work); 0 turns the timer off.
   */
  eventsPollMs: number;
  /** Days sequenced events are kept for readers to resume from and webhooks to replay. */
  eventRetentionDays: number;
  /**
   * Whether webhook URLs may point at private, loopback or link-local addresses
   * (MERIDIAN_WEBHOOK_ALLOW_PRIVATE=1: for a receiver on the same machine in development). Off:
   * such URLs are refused when registered and never connected to.
   */
  webhookAllowPrivate: boolean;
  /** Upheld notices (strikes) within the window that suspend a merchant (MERIDIAN_STRIKE_LIMIT, 3). */
  strikeLimit: number;
  /** The strike window in months (MERIDIAN_STRIKE_WINDOW_MONTHS, 12). */
  strikeWindowMonths: number;
}

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

/** Reads the configuration from process.env with documented defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFromEnv('PORT', 3000, env),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.MERIDIAN_DATA_DIR ?? './data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: intFromEnv('MERIDIAN_BODY_LIMIT', 1024 * 1024, env),
    sessionTtlHours: intFromEnv('MERIDIAN_SESSION_TTL_HOURS', 24 * 7, env),
    natsUrl: env.NATS_URL || undefined,
    reservationTtlSeconds: intFromEnv('MERIDIAN_RESERVATION_TTL_SECONDS', 15 * 60, env),
    sweepIntervalMs: intFromEnv('MERIDIAN_SWEEP_INTERVAL_MS', 5_000, env),
    recoverAfterSeconds: intFromEnv('MERIDIAN_RECOVER_AFTER_SECONDS', 30, env),
    loginAttemptsPerMinute: intFromEnv('MERIDIAN_LOGIN_ATTEMPTS_PER_MINUTE', 10, env),
    piiKey: env.MERIDIAN_PII_KEY || undefined,
    eventsPollMs: intFromEnv('MERIDIAN_EVENTS_POLL_MS', 250, env),
    eventRetentionDays: intFromEnv('MERIDIAN_EVENT_RETENTION_DAYS', 30, env),
    webhookAllowPrivate: ['1', 'true', 'yes'].includes((env.MERIDIAN_WEBHOOK_ALLOW_PRIVATE ?? '').toLowerCase()),
    strikeLimit: Math.max(1, intFromEnv('MERIDIAN_STRIKE_LIMIT', 3, env)),
    strikeWindowMonths: Math.max(1, intFromEnv('MERIDIAN_STRIKE_WINDOW_MONTHS', 12, env)),
  };
}
