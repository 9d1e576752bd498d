/**
 * Meridian's benchmarks: `npm run bench -- <scenario>` (checkout, hot-sku) or `npm run bench` for all.
 *
 * Each scenario: recreate the benchmark's own database on the PostgreSQL server of DATABASE_URL,
 * load the demo data (`meridian seed`), start the server as a process of its own, receive stock
 * through the API, then drive it from a second process (bench/load.ts, autocannon) — first the
 * one-call order placement, then the whole cart path — and finally check from the database that
 * nothing was oversold and that the ledger audit passes. Progress goes to stderr; the last line
 * on stdout is the scenario's result as one JSON line. Details land in .tmp/bench/ (BENCH_OUT).
 *
 * Knobs (environment): BENCH_DURATION (s, default 20), BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (16),
 * BENCH_HOT_CONNECTIONS (64), BENCH_CART_CONNECTIONS (16), BENCH_DB_POOL (server pool, 16),
 * BENCH_UNITS (1000000), BENCH_HOT_UNITS (4000), BENCH_HOT_CART_UNITS (2000), BENCH_CPU_PROF=1
 * (write a V8 CPU profile of the server to .tmp/bench/prof), BENCH_CART=0 (skip the cart flow),
 * BENCH_QUIET_WAIT (s, 60: how long to wait for other work on the machine to stop before each phase),
 * BENCH_RATE (orders/s: pace the one-call phase open-loop instead of as fast as it goes, to read
 * latency below saturation), BENCH_DATABASE (meridian_bench), BENCH_OUT (.tmp/bench).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Api } from './lib/api.ts';
import { cpuBetween, cpuSnapshot } from './lib/cpu.ts';
import {
  analyze,
  type Integrity,
  integrity,
  recreateDatabase,
  serverFacts,
  type Statements,
  statementsReset,
  statementsTop,
  withDatabase,
} from './lib/database.ts';
import type { Destination, LoadConfig, LoadResult } from './lib/load-config.ts';
import { OUT, ROOT, runCli, startServer } from './lib/server.ts';
import { type Catalog, destinationOf, discover, receive } from './lib/stock.ts';

const env = (name: string, fallback: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return n;
};

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = process.env.BENCH_DATABASE || 'meridian_bench';
const BENCH_URL = withDatabase(ADMIN_URL, DB_NAME);
const DURATION = env('BENCH_DURATION', 20);
const WARMUP = env('BENCH_WARMUP', 3);
const CONNECTIONS = env('BENCH_CONNECTIONS', 16);
const HOT_CONNECTIONS = env('BENCH_HOT_CONNECTIONS', 64);
const CART_CONNECTIONS = env('BENCH_CART_CONNECTIONS', 16);
const POOL = env('BENCH_DB_POOL', 16);
const UNITS = env('BENCH_UNITS', 1_000_000);
const HOT_UNITS = env('BENCH_HOT_UNITS', 4_000);
const HOT_CART_UNITS = env('BENCH_HOT_CART_UNITS', 2_000);
const CPU_PROF = process.env.BENCH_CPU_PROF === '1';
const CART = process.env.BENCH_CART !== '0';
const QUIET_WAIT = env('BENCH_QUIET_WAIT', 60);
// Open loop: requests per second of the one-call order phase (0: closed loop, as fast as answers come).
const RATE = env('BENCH_RATE', 0);

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

interface Phase {
  load: LoadResult;
  /** Average cores used during the measured run, by process group. */
  cpu: Record<string, number>;
  statements: Statements | null;
}

/**
 * The machine is shared (2 cores): waits, up to BENCH_QUIET_WAIT seconds, for a second in which
 * less than 0.3 of a core is busy, so other work does not skew the figures. Returns the busy cores last seen.
 */
async function waitForQuiet(): Promise<number> {
  const deadline = Date.now() + QUIET_WAIT * 1000;
  for (;;) {
    const a = cpuSnapshot({});
    await new Promise((r) => setTimeout(r, 1000));
    const busy = cpuBetween(a, cpuSnapshot({})).machine_busy_cores!;
    if (busy < 0.3 || Date.now() > deadline) {
      if (busy >= 0.3) log(`the machine is still busy (${busy} cores used by others); measuring anyway`);
      return busy;
    }
  }
}

/** Runs the load generator as a child process and samples CPU use around its measured run. */
async function runLoad(cfg: LoadConfig, serverPid: number, pgss: boolean): Promise<Phase> {
  await waitForQuiet();
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `load-${cfg.label}.json`);
  fs.writeFileSync(file, JSON.stringify(cfg));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let before: ReturnType<typeof cpuSnapshot> | null = null;
  let after: ReturnType<typeof cpuSnapshot> | null = null;
  let reset: Promise<unknown> = Promise.resolve();
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (!before && stderr.includes('@@measure-start')) {
      before = cpuSnapshot({ server: serverPid, loader: child.pid });
      if (pgss) reset = statementsReset(BENCH_URL).catch(() => false);
    }
  });
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (!after && stdout.endsWith('\n')) after = cpuSnapshot({ server: serverPid, loader: child.pid });
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator exited ${code}: ${stderr.slice(-2000)}`);
  await reset;
  const load = JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  const cpu = before && after ? cpuBetween(before, after) : {};
  // The loader measures itself (its process is gone by the time /proc could be read again).
  delete cpu.loader_cores;
  cpu.loader_cores = load.loader_cpu_cores;
  const statements = pgss ? await statementsTop(BENCH_URL).catch(() => null) : null;
  return { load, cpu, statements };
}

/** One real order through the cart API, to learn whether it is there (and shaped as the bench expects). */
async function cartSmoke(api: Api, variantId: string, dest: Destination): Promise<string | null> {
  const d = {
    recipient: '王芳',
    phone: '+86 138 0000 0000',
    address_line: '1 Wulin Road',
    city: dest.city,
    country: 'CN',
    latitude: dest.latitude,
    longitude: dest.longitude,
  };
  const steps: Array<[string, string, (c: { id: string; token: string }) => unknown, number[], Record<string, string>?]> = [
    ['POST', '/lines', () => ({ variant_id: variantId, quantity: 1, fulfilment: 'delivery' }), [200, 201]],
    ['PUT', '/fulfilment', () => ({ delivery: d }), [200]],
    ['POST', '/checkout', () => ({ payment: { token: 'tok_ok' } }), [200, 201], { 'idempotency-key': `bench-smoke-${Date.now()}` }],
  ];
  const created = await api.call<{ id: string; cart_token: string; code?: string }>('POST', '/api/carts', { body: { guest_email: 'bench-smoke@example.com' } });
  if (created.status !== 201) return `POST /api/carts → ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`;
  const cart = { id: created.body.id, token: created.body.cart_token };
  for (const [method, suffix, body, expect, headers] of steps) {
    const r = await api.call<unknown>(method, `/api/carts/${cart.id}${suffix}`, { body: body(cart), headers: { 'x-cart-token': cart.token, ...headers } });
    if (!expect.includes(r.status)) return `${method} /api/carts/:id${suffix} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
  }
  return null;
}

interface Plan {
  order: Omit<LoadConfig, 'url' | 'label'>;
  cart: Omit<LoadConfig, 'url' | 'label'>;
  /** A variant with stock, not measured, for the cart smoke test. */
  spare: string;
  watch: string[];
  /** Stock of the measured variant(s) when it is bounded (hot-sku). */
  hot?: { order: number; cart: number };
}

/** checkout: a million units over every sellable variant in every department store and warehouse; buyers across the store cities. */
async function planCheckout(api: Api, cat: Catalog): Promise<Plan> {
  const locations = [...cat.stores, ...cat.warehouses];
  const per = Math.max(1, Math.floor(UNITS / (cat.variants.length * locations.length)));
  log(
    `receiving ${per} units of each of ${cat.variants.length} variants at ${locations.length} locations (${per * cat.variants.length * locations.length} units)`,
  );
  for (const l of locations)
    await receive(
      api,
      cat.operator,
      l.id,
      cat.variants.map((v) => ({ variant_id: v.id, quantity: per })),
    );
  const variants = cat.variants.map((v) => v.id);
  const destinations = cat.stores.map(destinationOf);
  return {
    order: { flow: 'order', connections: CONNECTIONS, duration: DURATION, variants, destinations, warmup: { seconds: WARMUP, variants } },
    cart: { flow: 'cart', connections: CART_CONNECTIONS, duration: DURATION, variants, destinations, warmup: { seconds: WARMUP, variants } },
    spare: variants[0]!,
    watch: [],
  };
}

/** hot-sku: a flash sale. Exactly HOT_UNITS units of one variant in one Hangzhou store, every buyer after it. */
async function planHotSku(api: Api, cat: Catalog): Promise<Plan> {
  const store = cat.stores.find((s) => s.code === 'DS-HZ-WULIN') ?? cat.stores[0]!;
  const [hot, hotCart, ...rest] = cat.variants;
  const warm = rest.slice(0, 20).map((v) => v.id);
  log(
    `receiving ${HOT_UNITS} units of ${hot!.sku} (orders) and ${HOT_CART_UNITS} of ${hotCart!.sku} (carts) at ${store.code}; warm-up stock on ${warm.length} other variants`,
  );
  await receive(api, cat.operator, store.id, [
    { variant_id: hot!.id, quantity: HOT_UNITS },
    { variant_id: hotCart!.id, quantity: HOT_CART_UNITS },
    ...warm.map((id) => ({ variant_id: id, quantity: 5_000 })),
  ]);
  const destinations = [destinationOf(store)];
  const cap = Math.max(DURATION, 30);
  return {
    order: {
      flow: 'order',
      connections: HOT_CONNECTIONS,
      duration: cap,
      variants: [hot!.id],
      destinations,
      stopAfterOk: HOT_UNITS,
      tailSeconds: 2,
      warmup: { seconds: WARMUP, variants: warm },
    },
    cart: {
      flow: 'cart',
      connections: CART_CONNECTIONS,
      duration: cap,
      variants: [hotCart!.id],
      destinations,
      stopAfterOk: HOT_CART_UNITS,
      tailSeconds: 2,
      warmup: { seconds: WARMUP, variants: warm },
    },
    spare: warm[0]!,
    watch: [hot!.id, hotCart!.id],
    hot: { order: HOT_UNITS, cart: HOT_CART_UNITS },
  };
}

const SCENARIOS: Record<string, (api: Api, cat: Catalog) => Promise<Plan>> = { checkout: planCheckout, 'hot-sku': planHotSku };

/** Which code was measured: the commit, and a digest of src/ as it is on disk (the tree may have uncommitted changes). */
function codeState() {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(ROOT, 'src'));
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  return { commit, src_digest: h.digest('hex').slice(0, 12) };
}

function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    nproc: os.cpus().length,
    cpu,
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function describe(name: string, p: Phase) {
  const l = p.load;
  log(
    `${name}: ${l.orders} orders in ${l.elapsed_s}s = ${l.orders_per_s}/s (attempts ${l.attempts_per_s}/s, out_of_stock ${l.out_of_stock}, errors ${l.errors}) ` +
      `with ${l.connections} connections; cpu ${JSON.stringify(p.cpu)}`,
  );
  for (const s of l.steps)
    log(
      `  ${s.name}: ${s.responses} answers ${JSON.stringify(s.status)} p50 ${s.p50_ms} p90 ${s.p90_ms} p99 ${s.p99_ms} max ${s.max_ms} ms${Object.keys(s.samples).length ? ` samples ${JSON.stringify(s.samples)}` : ''}`,
    );
  log(`  successful orders per second: ${l.timeline.join(' ')}`);
  const t = p.statements?.totals;
  if (t && l.orders > 0)
    log(
      `  postgres per completed order: ${(t.calls / l.orders).toFixed(1)} statements, ${(t.exec_ms / l.orders).toFixed(2)} ms executing, ${(t.plan_ms / l.orders).toFixed(2)} ms planning (pg_stat_statements)`,
    );
}

async function runScenario(name: string): Promise<Record<string, unknown>> {
  const plan = SCENARIOS[name]!;
  log(`— ${name} — database ${DB_NAME} on ${new URL(ADMIN_URL).host}`);
  await recreateDatabase(ADMIN_URL, DB_NAME);
  const seeded = Date.now();
  await runCli(['seed'], { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'warn' });
  log(`demo data seeded in ${Date.now() - seeded} ms`);
  const profDir = CPU_PROF ? path.join(OUT, 'prof', name) : undefined;
  if (profDir) fs.rmSync(profDir, { recursive: true, force: true });
  const server = await startServer({ databaseUrl: BENCH_URL, pool: POOL, logFile: path.join(OUT, `server-${name}.log`), cpuProfDir: profDir });
  log(`server pid ${server.pid} at ${server.url} (pool ${POOL})`);
  const api = new Api(server.url);
  let orders: Phase;
  let cart: Phase | null = null;
  let cartMissing: string | null = null;
  let audit: { ok: boolean; level_mismatches: unknown[]; reservation_mismatches: unknown[] };
  let check: Integrity;
  const pgss = (await statementsReset(BENCH_URL).catch(() => false)) === true;
  if (!pgss) log('pg_stat_statements is not preloaded on this server: no per-statement figures');
  try {
    const cat = await discover(api);
    const p = await plan(api, cat);
    await analyze(BENCH_URL);
    const label = `${name}-${Date.now().toString(36)}`;
    orders = await runLoad({ ...p.order, ...(RATE ? { rate: RATE } : {}), url: server.url, label: `${label}-o` }, server.pid, pgss);
    describe('one-call orders', orders);
    if (server.exited()) throw new Error(`the server ended during the run (${server.exited()}); see ${server.log}`);
    cartMissing = CART ? await cartSmoke(api, p.spare, p.order.destinations[0]!) : 'skipped (BENCH_CART=0)';
    if (cartMissing) log(`cart flow not measured: ${cartMissing}`);
    else {
      cart = await runLoad({ ...p.cart, url: server.url, label: `${label}-c` }, server.pid, pgss);
      describe('cart flow', cart);
      if (server.exited()) throw new Error(`the server ended during the run (${server.exited()}); see ${server.log}`);
    }
    audit = await api.ok('GET', '/api/stock/audit', { token: cat.operator });
    check = await integrity(BENCH_URL, p.watch);
    log(`integrity: ${JSON.stringify(check)}; ledger audit ok: ${audit.ok}`);
    const o = orders.load;
    const c = cart?.load ?? null;
    // A flash sale is measured over its selling window: start to the last unit sold.
    const rate = (l: LoadResult) => (p.hot && l.last_ok_s ? Math.round((l.orders / l.last_ok_s) * 10) / 10 : l.orders_per_s);
    const placement = o.steps[0]!;
    const result = {
      scenario: name,
      orders_per_s: rate(o),
      p50_ms: placement.ok_p50_ms,
      p99_ms: placement.ok_p99_ms,
      cart_flow_orders_per_s: c ? rate(c) : null,
      oversold: check.oversold,
      errors: o.errors + (o.warmup?.errors ?? 0) + (c ? c.errors + (c.warmup?.errors ?? 0) : 0),
      orders: o.orders,
      attempts_per_s: o.attempts_per_s,
      out_of_stock: o.out_of_stock,
      attempt_p99_ms: placement.p99_ms,
      ...(p.hot ? { hot_units: p.hot.order, sold_out_at_s: o.last_ok_s } : {}),
      cart_flow_orders: c?.orders ?? null,
      cart_flow_checkout_p99_ms: c ? c.steps[c.steps.length - 1]!.ok_p99_ms : null,
      ...(cartMissing ? { cart_flow_missing: cartMissing.slice(0, 200) } : {}),
      ledger_audit_ok: audit.ok,
      connections: o.connections,
      cart_connections: c?.connections ?? null,
      db_pool: POOL,
      // Cores that processes other than the server, PostgreSQL and the load generator used meanwhile (shared machine).
      other_cores: Math.max(orders.cpu.other_cores ?? 0, cart?.cpu.other_cores ?? 0),
    };
    const facts = await serverFacts(ADMIN_URL);
    fs.writeFileSync(
      path.join(OUT, `${name}.json`),
      JSON.stringify(
        { result, code: codeState(), machine: machine(), postgres: facts, orders, cart, cart_missing: cartMissing, integrity: check, audit },
        null,
        2,
      ),
    );
    return result;
  } finally {
    await server.stop();
    if (profDir && fs.existsSync(profDir))
      log(
        `server CPU profile: ${fs
          .readdirSync(profDir)
          .map((f) => path.join(profDir, f))
          .join(', ')}`,
      );
  }
}

/**
 * Scenarios that run on their own (each module's `run()` resolves to its result line): the
 * sell-through latency under checkout load, forecasting speed and accuracy, the replenishment replay.
 */
const OWN: Record<string, string> = {
  'sell-through-latency': './sell-through-latency.ts',
  forecast: './forecast.ts',
  replenishment: './replenishment.ts',
};

async function main() {
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const names = asked.length ? asked : [...Object.keys(SCENARIOS), ...Object.keys(OWN)];
  const known = [...Object.keys(SCENARIOS), ...Object.keys(OWN)];
  for (const n of names) if (!SCENARIOS[n] && !OWN[n]) throw new Error(`unknown scenario "${n}"; known: ${known.join(', ')}`);
  const m = machine();
  const facts = await serverFacts(ADMIN_URL);
  const code = codeState();
  log(`machine: ${m.nproc} × ${m.cpu}, ${m.memory_gib} GiB, node ${m.node}, load average ${m.loadavg.join(' ')}; ${facts.version.split(' on ')[0]}`);
  log(`code: commit ${code.commit}, src digest ${code.src_digest}`);
  const results: Array<Record<string, unknown>> = [];
  for (const n of names) {
    const own = OWN[n];
    const r = own ? { scenario: n, ...(await ((await import(own)) as { run(): Promise<Record<string, unknown>> }).run()) } : await runScenario(n);
    results.push(r);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  }
  // Scenarios that sell check the ledger at the end; the others say whether they met their goal.
  const failed = results.filter((r) => ('oversold' in r && r.oversold !== 0) || ('ledger_audit_ok' in r && r.ledger_audit_ok !== true) || r.ok === false);
  if (failed.length) {
    log(`integrity FAILED in ${failed.map((r) => r.scenario).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
});
