/**
 * The floor under every order: what one database round trip costs on this machine with the
 * server's own driver (pg.Pool, unnamed prepared statements as Kysely sends them). Runs N
 * concurrent loops of a trivial parameterised SELECT, and a trivial single-row INSERT in its own
 * transaction, for a few seconds each; prints round trips per second and the CPU each took in
 * this process (Node) and in PostgreSQL. Uses a scratch table in the benchmark database.
 *
 *   node --import tsx bench/roundtrip.ts [seconds=5] [concurrency=16]
 */
import pg from 'pg';
import { cpuBetween, cpuSnapshot } from './lib/cpu.ts';
import { recreateDatabase, withDatabase } from './lib/database.ts';

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const url = withDatabase(ADMIN_URL, process.env.BENCH_DATABASE || 'meridian_bench');
const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 16);

async function measure(name: string, pool: pg.Pool, once: () => Promise<unknown>, roundTrips: number) {
  let n = 0;
  const end = Date.now() + seconds * 1000;
  const a = cpuSnapshot({ node: process.pid });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        await once();
        n++;
      }
    }),
  );
  const b = cpuSnapshot({ node: process.pid });
  const cpu = cpuBetween(a, b);
  const rate = n / seconds;
  const rt = rate * roundTrips;
  console.log(
    `${name}: ${rate.toFixed(0)}/s (${rt.toFixed(0)} round trips/s); per round trip: node ${((cpu.node_cores! / rt) * 1e6).toFixed(0)} µs CPU, ` +
      `postgres ${((cpu.postgres_cores! / rt) * 1e6).toFixed(0)} µs CPU; ${JSON.stringify(cpu)}`,
  );
}

async function main() {
  await recreateDatabase(ADMIN_URL, process.env.BENCH_DATABASE || 'meridian_bench');
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  await pool.query('create table scratch (id bigserial primary key, v text not null)');
  await measure('select $1', pool, () => pool.query('select $1::int as x', [1]), 1);
  await measure('insert (autocommit)', pool, () => pool.query('insert into scratch (v) values ($1)', ['x']), 1);
  await measure(
    'begin; insert; commit',
    pool,
    async () => {
      const c = await pool.connect();
      try {
        await c.query('begin');
        await c.query('insert into scratch (v) values ($1)', ['x']);
        await c.query('commit');
      } finally {
        c.release();
      }
    },
    3,
  );
  await pool.end();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
