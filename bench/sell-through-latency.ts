/**
 * Store-sale-to-brand latency under checkout load: `npm run bench -- sell-through-latency`.
 *
 * On its own database on the PostgreSQL server of DATABASE_URL: seed the demo data, start the server
 * as a process of its own, receive stock, then run the one-call checkout load (bench/load.ts, a
 * process of its own) and meanwhile ring up till sales at a demo store (one every
 * LATENCY_INTERVAL_MS) while the brand's merchant account holds the live event stream open
 * (GET /api/events/stream, SSE). The result line's p50_ms/p99_ms: from the sale's ledger write
 * (its transaction's start, the event's occurred_at) to the event reaching the brand, on the
 * same machine clock; goal p99 < 100 ms. Also given: end to end from the till sending the sale
 * (the sale's own processing included), the time after the till had its confirmation (0 when the
 * event came first), and the till sale's own latency. The checkout load is paced (open loop,
 * LATENCY_CHECKOUT_RATE orders/s): a closed loop saturates the two cores and then every request,
 * the sale included, waits in queues, which says nothing about the event path.
 *
 * Knobs: BENCH_DURATION (s, 20), BENCH_CONNECTIONS (checkout connections, 16), BENCH_DB_POOL (16),
 * LATENCY_INTERVAL_MS (50), LATENCY_CHECKOUT_RATE (orders/s, 100; 0: closed loop, as fast as it goes),
 * BENCH_LATENCY_DATABASE (meridian_bench_latency), BENCH_LOAD=0 (no checkout load).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Api } from './lib/api.ts';
import { recreateDatabase, withDatabase } from './lib/database.ts';
import type { LoadConfig, LoadResult } from './lib/load-config.ts';
import { OUT, ROOT, runCli, startServer } from './lib/server.ts';
import { destinationOf, discover, receive } from './lib/stock.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = process.env.BENCH_LATENCY_DATABASE || 'meridian_bench_latency';
const URL_ = withDatabase(ADMIN_URL, DB_NAME);
const DURATION = num('BENCH_DURATION', 20);
const CONNECTIONS = num('BENCH_CONNECTIONS', 16);
const POOL = num('BENCH_DB_POOL', 16);
const INTERVAL = num('LATENCY_INTERVAL_MS', 50);
const LOAD = process.env.BENCH_LOAD !== '0';
const RATE = num('LATENCY_CHECKOUT_RATE', 100);
const log = (m: string) => process.stderr.write(`[latency] ${m}\n`);

const pct = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
};

/** Reads the SSE stream, calling onEvent with each event and the time it arrived. */
async function listen(
  url: string,
  token: string,
  signal: AbortSignal,
  onEvent: (e: { type: string; occurred_at: string; data: Record<string, unknown> }, at: number, wall: number) => void,
) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal });
  if (res.status !== 200) throw new Error(`stream → ${res.status}`);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const at = performance.now();
      const wall = Date.now();
      buf += value;
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) onEvent(JSON.parse(data.slice(6)) as { type: string; occurred_at: string; data: Record<string, unknown> }, at, wall);
      }
    }
  } catch (err) {
    if (!(err instanceof Error && err.name === 'AbortError')) throw err;
  }
}

export async function run(): Promise<Record<string, unknown>> {
  log(`database ${DB_NAME} on ${new URL(ADMIN_URL).host}`);
  await recreateDatabase(ADMIN_URL, DB_NAME);
  await runCli(['seed'], { DATABASE_URL: URL_, LOG_LEVEL: 'warn' });
  const server = await startServer({ databaseUrl: URL_, pool: POOL, logFile: path.join(OUT, 'server-sell-through-latency.log') });
  const api = new Api(server.url);
  const ac = new AbortController();
  try {
    const cat = await discover(api);
    const clerk = await api.login('clerk@meridian.demo');
    const clerkMe = await api.ok<{ location_id: string }>('GET', '/api/me', { token: clerk });
    const brand = await api.login('merchant@meridian.demo');
    const brandMe = await api.ok<{ merchant_id: string }>('GET', '/api/me', { token: brand });
    const own = cat.variants.filter((v) => v.merchant_id === brandMe.merchant_id).slice(0, 20);
    if (!own.length) throw new Error('the demo merchant has no sellable variants');
    const locations = [...cat.stores, ...cat.warehouses];
    const per = 200;
    log(`receiving ${per} units of ${cat.variants.length} variants at ${locations.length} locations, and till stock at the clerk's store`);
    for (const l of locations)
      await receive(
        api,
        cat.operator,
        l.id,
        cat.variants.map((v) => ({ variant_id: v.id, quantity: per })),
      );
    await receive(
      api,
      cat.operator,
      clerkMe.location_id,
      own.map((v) => ({ variant_id: v.id, quantity: 100_000 })),
    );

    // The brand's live view.
    const arrived = new Map<string, { at: number; fromWrite: number }>();
    const stream = listen(`${server.url}/api/events/stream?types=stock.moved`, brand, ac.signal, (e, at, wall) => {
      if (e.type === 'stock.moved' && e.data.reason === 'sale' && typeof e.data.reference_id === 'string' && !arrived.has(e.data.reference_id))
        arrived.set(e.data.reference_id, { at, fromWrite: wall - Date.parse(e.occurred_at) });
    });

    let load: Promise<LoadResult | null> = Promise.resolve(null);
    if (LOAD) {
      const cfg: LoadConfig = {
        url: server.url,
        flow: 'order',
        connections: CONNECTIONS,
        duration: DURATION + 4,
        variants: cat.variants.map((v) => v.id),
        destinations: cat.stores.map(destinationOf),
        warmup: { seconds: 2, variants: cat.variants.map((v) => v.id) },
        ...(RATE > 0 ? { rate: RATE } : {}),
        label: `lat-${Date.now().toString(36)}`,
      };
      fs.mkdirSync(OUT, { recursive: true });
      const file = path.join(OUT, `load-${cfg.label}.json`);
      fs.writeFileSync(file, JSON.stringify(cfg));
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      load = new Promise((resolve) => child.once('exit', (code) => resolve(code === 0 ? (JSON.parse(out.trim().split('\n').pop()!) as LoadResult) : null)));
      await new Promise((r) => setTimeout(r, 3_000)); // past the warm-up
    }

    log(`till sales every ${INTERVAL} ms for ${DURATION} s${LOAD ? ` while the checkout load runs (${CONNECTIONS} connections)` : ''}`);
    const sent = new Map<string, { t0: number; t1: number }>();
    let failed = 0;
    const end = performance.now() + DURATION * 1000;
    let i = 0;
    const inflight: Array<Promise<void>> = [];
    while (performance.now() < end) {
      const v = own[i % own.length]!;
      const n = i++;
      inflight.push(
        (async () => {
          const t0 = performance.now();
          const r = await api.call<{ id: string }>('POST', '/api/till/sales', {
            token: clerk,
            body: { client_sale_id: `lat-${Date.now()}-${n}`, lines: [{ variant_id: v.id, quantity: 1 }], payment: { method: 'cash' } },
          });
          const t1 = performance.now();
          if (r.status === 201) sent.set(r.body.id, { t0, t1 });
          else failed++;
        })(),
      );
      await new Promise((r) => setTimeout(r, INTERVAL));
    }
    await Promise.all(inflight);
    await new Promise((r) => setTimeout(r, 2_000)); // late events
    const checkout = await load;
    ac.abort();
    await stream.catch(() => {});

    const e2e: number[] = [];
    const fromWrite: number[] = [];
    const afterConfirm: number[] = [];
    let missing = 0;
    for (const [id, s] of sent) {
      const a = arrived.get(id);
      if (a === undefined) {
        missing++;
        continue;
      }
      const at = a.at;
      fromWrite.push(Math.max(0, a.fromWrite));
      e2e.push(at - s.t0);
      afterConfirm.push(Math.max(0, at - s.t1));
    }
    const tillMs = [...sent.values()].map((s) => s.t1 - s.t0);
    const result = {
      sales: sent.size,
      failed_sales: failed,
      missing_events: missing,
      p50_ms: pct(fromWrite, 50),
      p99_ms: pct(fromWrite, 99),
      max_ms: pct(fromWrite, 100),
      from_till_request_p50_ms: pct(e2e, 50),
      from_till_request_p99_ms: pct(e2e, 99),
      after_confirmation_p50_ms: pct(afterConfirm, 50),
      after_confirmation_p99_ms: pct(afterConfirm, 99),
      till_sale_p50_ms: pct(tillMs, 50),
      till_sale_p99_ms: pct(tillMs, 99),
      checkout_orders_per_s: checkout?.orders_per_s ?? null,
      checkout_connections: LOAD ? CONNECTIONS : 0,
      checkout_rate_target: LOAD ? RATE || 'closed loop' : null,
      db_pool: POOL,
      ok: missing === 0 && failed === 0 && (pct(fromWrite, 99) ?? Infinity) < 100,
    };
    log(JSON.stringify(result));
    return result;
  } finally {
    ac.abort();
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  run()
    .then((r) => process.stdout.write(`${JSON.stringify({ scenario: 'sell-through-latency', ...r })}\n`))
    .catch((e: unknown) => {
      log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    });
}
