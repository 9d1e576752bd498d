import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase, pgliteExtensions, pgliteParsers } from '../../src/db/database.ts';
import { migrateToLatest, migrationsDigest } from '../../src/db/migrations.ts';

/**
 * A fresh, migrated database for one test suite. Migrations run once per digest of their code:
 * on PostgreSQL into a template database that each suite clones (CREATE DATABASE … TEMPLATE),
 * on PGlite into a data-dir tarball that each suite loads into its own in-memory instance.
 * DATABASE_URL picks PostgreSQL; without it, PGlite.
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? freshPostgres(url) : freshPglite();
}

async function freshPglite(): Promise<Database> {
  const file = path.join(os.tmpdir(), `meridian-test-${migrationsDigest()}.tar.gz`);
  if (!fs.existsSync(file)) {
    const pgl = await PGlite.create({ extensions: pgliteExtensions, parsers: pgliteParsers });
    const tmpDb = await openDatabaseOn(pgl);
    await migrateToLatest(tmpDb.db);
    const dump = await pgl.dumpDataDir('gzip');
    await tmpDb.close();
    // Write then rename: suites in parallel processes never read a half-written file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  return openDatabase({ loadDataDir: new Blob([fs.readFileSync(file)]) });
}

async function openDatabaseOn(pgl: PGlite): Promise<Database> {
  const { Kysely, PostgresDialect } = await import('kysely');
  const { PGlitePool } = await import('../../src/db/pglite-pool.ts');
  const pool = new PGlitePool(pgl);
  const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
  return {
    db: db as never,
    background: db as never,
    kind: 'pglite',
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    listen: async (channel, onNotify) => pgl.listen(channel, onNotify),
    close: () => db.destroy(),
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function freshPostgres(url: string): Promise<Database> {
  const template = `meridian_tpl_${migrationsDigest()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // One process builds the template; the others wait on the advisory lock, then find it built.
    await admin.query('select pg_advisory_lock(724311)');
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        await admin.query(`create database ${template}_building`);
        const tdb = await openDatabase({ databaseUrl: withDatabase(url, `${template}_building`), poolSize: 1 });
        await migrateToLatest(tdb.db);
        await tdb.close();
        await admin.query(`alter database ${template}_building rename to ${template}`);
      }
    } finally {
      await admin.query('select pg_advisory_unlock(724311)');
    }
    const name = `meridian_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (e) {
        // "source database is being accessed by other users": another suite's clone in flight.
        if (attempt > 20 || (e as { code?: string }).code !== '55006') throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: Number(process.env.MERIDIAN_TEST_POOL ?? 10) });
    const close = database.close;
    database.close = async () => {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    };
    return database;
  } finally {
    await admin.end();
  }
}

/**
 * An empty database for a server process that a test starts itself (the server migrates it):
 * on PostgreSQL a new database on the DATABASE_URL server, on PGlite a new data directory.
 * Returns the environment to start the server with and a function that removes it.
 */
export async function emptyDatabaseEnv(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-proc-'));
    return { env: { MERIDIAN_DATA_DIR: dir, DATABASE_URL: '' }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `meridian_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    env: { DATABASE_URL: withDatabase(url, name) },
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    },
  };
}
