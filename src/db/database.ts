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
  kind: DbKind;
  /** Connections in use / idle / callers waiting, for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
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
    return {
      db,
      kind: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => db.destroy(),
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
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: pool.busy ? 0 : 1, waiting: pool.waiting }),
    close: () => db.destroy(),
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
