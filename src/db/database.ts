import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { PGlitePool } from './pglite-pool.ts';

export type DbKind = 'pglite' | 'postgres';

/** An open database: the Kysely handle plus what health checks and metrics need to know. */
export interface Database {
  db: Kysely<DB>;
  /**
   * For background work that must not queue behind requests (the event hub's sequencer, tailer
   * and consumers): on a server, a small pool of its own; on PGlite, the one session (`db`).
   */
  background: Kysely<DB>;
  kind: DbKind;
  /** Connections in use / idle / callers waiting, for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  /**
   * LISTENs on a channel; `onNotify` runs for each NOTIFY (delivered at the notifier's commit)
   * and once more after a lost connection is back, since notifications sent meanwhile are gone.
   * Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

// Both drivers return the same JS types: int8 as number (counts and minor units stay far below
// 2^53; a larger value throws rather than silently losing precision), numeric as string,
// date (a business day) as 'YYYY-MM-DD' string, timestamptz as Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${value} exceeds the safe integer range`);
  return n;
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return parseInt8;
    if (oid === NUMERIC || oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export const pgliteParsers = {
  [INT8]: parseInt8,
  [NUMERIC]: (v: string) => v,
  [DATE]: (v: string) => v,
};

export const pgliteExtensions = { pg_trgm };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined for an in-memory database. */
  dataDir?: string | undefined;
  /** A PGlite data-dir tarball to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? Number(process.env.MERIDIAN_DB_POOL ?? 10),
      types: pgTypes,
      connectionTimeoutMillis: 5_000,
    });
    // An idle client losing its server (restart) must not crash the process.
    pool.on('error', () => {});
    usePreparedStatements(pool);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    // Three: the hub runs its sequencer, tailer and consumers one call each at a time. Idle
    // connections close after pg's default 10 s, as in the main pool.
    const bgPool = new pg.Pool({ connectionString: opts.databaseUrl, max: 3, types: pgTypes, connectionTimeoutMillis: 5_000 });
    bgPool.on('error', () => {});
    usePreparedStatements(bgPool);
    const background = new Kysely<DB>({ dialect: new PostgresDialect({ pool: bgPool }) });
    const listeners = new Set<() => Promise<void>>();
    return {
      db,
      background,
      kind: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      async listen(channel, onNotify) {
        const stop = await listenOnServer(opts.databaseUrl!, channel, onNotify);
        listeners.add(stop);
        return async () => {
          listeners.delete(stop);
          await stop();
        };
      },
      async close() {
        await Promise.all([...listeners].map((stop) => stop()));
        await Promise.all([db.destroy(), background.destroy()]);
      },
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: pgliteExtensions,
    parsers: pgliteParsers,
  });
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    background: db,
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: pool.busy ? 0 : 1, waiting: pool.waiting }),
    // One embedded session: it hears its own NOTIFYs, at commit, like a server's listeners.
    listen: async (channel, onNotify) => pglite.listen(channel, onNotify),
    close: () => db.destroy(),
  };
}

/**
 * A connection of its own that LISTENs (a pooled one would be handed to other work). When it is
 * lost (server restart), it reconnects with backoff and calls onNotify('') once it is back.
 */
async function listenOnServer(url: string, channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const quoted = `"${channel.replaceAll('"', '""')}"`;
  const connect = async (attempt: number): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on('notification', (n) => onNotify(n.payload ?? ''));
    const again = () => {
      if (stopped || client !== c) return;
      client = null;
      retry = setTimeout(() => void connect(attempt + 1).catch(() => {}), Math.min(5_000, 100 * 2 ** Math.min(attempt, 6)));
      retry.unref();
    };
    c.on('error', () => {
      void c.end().catch(() => {});
      again();
    });
    c.on('end', again);
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${quoted}`);
      if (attempt > 0) onNotify('');
    } catch (err) {
      if (attempt === 0) {
        client = null;
        await c.end().catch(() => {});
        throw err;
      }
      again();
    }
  };
  await connect(0);
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}

// Up to this many distinct statement texts get a name; texts beyond (rare shapes, such as long
// IN lists) run unnamed, so memory stays bounded on both sides.
const MAX_NAMED = 2_000;

/**
 * Sends parameterised statements as named prepared statements. pg's unnamed statements are parsed
 * and planned on every execution; planning was a third to a half of PostgreSQL's time per order
 * (BENCHMARKS.md), and naming them lets each connection parse once and reuse the plan.
 * Unparameterised text (migrations: several commands in one string) stays unnamed.
 */
function usePreparedStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, values?: unknown, callback?: unknown) => {
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        let name = names.get(text);
        if (!name && names.size < MAX_NAMED) names.set(text, (name = `m${names.size.toString(36)}`));
        if (name) return callback ? query({ name, text, values }, callback) : query({ name, text, values });
      }
      return query(text, values, callback);
    };
  });
}
