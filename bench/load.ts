/**
 * The load generator: a process of its own (never the server's), driving autocannon over
 * keep-alive connections to 127.0.0.1. Reads a LoadConfig (JSON file named by argv[2]), prints
 * one LoadResult JSON line on stdout and exits. Every order has its own Idempotency-Key; every
 * cart-flow order is a new guest cart (its own client: its own cart token).
 */
import fs from 'node:fs';
import autocannon, { type Context, type Request, type Result } from 'autocannon';
import type { Destination, LoadConfig, LoadResult, StepStats } from './lib/load-config.ts';

const config = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadConfig;

const JSON_HEADERS = { 'content-type': 'application/json' };
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
let seq = 0;
const nextKey = () => `${config.label}-${process.pid}-${++seq}`;
const guestEmail = () => `bench-${config.label}-${seq % 997}@example.com`;

function delivery(d: Destination) {
  return {
    recipient: '王芳',
    phone: '+86 138 0000 0000',
    address_line: '1 Wulin Road',
    city: d.city,
    country: 'CN',
    latitude: d.latitude,
    longitude: d.longitude,
  };
}

/** What the last answer was, set by the request's onResponse just before autocannon's 'response' event. */
let last = { step: 0, status: 0, code: '' };

function errorCode(body: string): string {
  const m = /"code"\s*:\s*"([a-z_]+)"/.exec(body);
  return m ? m[1]! : '';
}

function record(step: number) {
  return (status: number, body: string, context: Context) => {
    last = { step, status, code: status >= 300 ? errorCode(body) : '' };
    if (status >= 300) {
      context.failed = true;
      if (!samples[step]![status]) samples[step]![status] = body.slice(0, 400);
    }
  };
}

function orderRequests(variants: string[]): Request[] {
  return [
    {
      method: 'POST',
      path: '/api/orders',
      setupRequest: (req) => {
        const key = nextKey();
        req.headers = { ...JSON_HEADERS, 'idempotency-key': key };
        req.body = JSON.stringify({
          lines: [{ variant_id: pick(variants), quantity: 1, fulfilment: 'delivery' }],
          delivery: delivery(pick(config.destinations)),
          guest_email: guestEmail(),
          payment: { token: 'tok_ok' },
        });
        return req;
      },
      onResponse: record(0),
    },
  ];
}

/** The consumer path: each pass is a new guest cart, so each order is its own client. */
function cartRequests(variants: string[]): Request[] {
  const cartHeaders = (c: Context, extra: Record<string, string> = {}) => ({ ...JSON_HEADERS, 'x-cart-token': String(c.token), ...extra });
  const continueWith = (fn: (req: Request, c: Context) => Request) => (req: Request, c: Context) => (c.failed || !c.cart ? null : fn(req, c));
  return [
    {
      method: 'POST',
      path: '/api/carts',
      setupRequest: (req, c) => {
        c.email = guestEmail();
        req.headers = JSON_HEADERS;
        req.body = JSON.stringify({ guest_email: c.email });
        return req;
      },
      onResponse: (status, body, c) => {
        record(0)(status, body, c);
        if (status === 201) {
          const cart = JSON.parse(body) as { id: string; cart_token: string };
          c.cart = cart.id;
          c.token = cart.cart_token;
        }
      },
    },
    {
      method: 'POST',
      setupRequest: continueWith((req, c) => {
        req.path = `/api/carts/${String(c.cart)}/lines`;
        req.headers = cartHeaders(c);
        req.body = JSON.stringify({ variant_id: pick(variants), quantity: 1, fulfilment: 'delivery' });
        return req;
      }),
      onResponse: record(1),
    },
    {
      method: 'PUT',
      setupRequest: continueWith((req, c) => {
        req.path = `/api/carts/${String(c.cart)}/fulfilment`;
        req.headers = cartHeaders(c);
        req.body = JSON.stringify({ delivery: delivery(pick(config.destinations)) });
        return req;
      }),
      onResponse: record(2),
    },
    {
      method: 'POST',
      setupRequest: continueWith((req, c) => {
        req.path = `/api/carts/${String(c.cart)}/checkout`;
        req.headers = cartHeaders(c, { 'idempotency-key': nextKey() });
        req.body = JSON.stringify({ payment: { token: 'tok_ok' } });
        return req;
      }),
      onResponse: record(3),
    },
  ];
}

const STEP_NAMES = {
  order: ['POST /api/orders'],
  cart: ['POST /api/carts', 'POST /api/carts/:id/lines', 'PUT /api/carts/:id/fulfilment', 'POST /api/carts/:id/checkout'],
};
let samples: Array<Record<string, string>> = [];

interface Collected {
  latencies: number[][];
  okLatencies: number[][];
  status: Array<Record<string, number>>;
  outOfStock: number[];
  errors: number[];
  okTimes: number[];
}

function run(
  variants: string[],
  seconds: number,
  stopAfterOk?: number,
  rate?: number,
): Promise<{ c: Collected; result: Result; started: number; ended: number }> {
  const names = STEP_NAMES[config.flow];
  samples = names.map(() => ({}));
  const c: Collected = {
    latencies: names.map(() => []),
    okLatencies: names.map(() => []),
    status: names.map(() => ({})),
    outOfStock: names.map(() => 0),
    errors: names.map(() => 0),
    okTimes: [],
  };
  const finalStep = names.length - 1;
  const started = performance.now();
  let stopping = false;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: config.url,
        connections: config.connections,
        duration: seconds,
        pipelining: 1,
        timeout: 10,
        // A server that went away must not turn the loader into a reconnect loop.
        bailout: 1000,
        ...(rate ? { overallRate: rate } : {}),
        requests: config.flow === 'order' ? orderRequests(variants) : cartRequests(variants),
      },
      (err, result) => (err ? reject(err) : resolve({ c, result, started, ended: performance.now() })),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
      const { step, code } = last;
      c.latencies[step]!.push(ms);
      c.status[step]![statusCode] = (c.status[step]![statusCode] ?? 0) + 1;
      if (statusCode < 300) {
        c.okLatencies[step]!.push(ms);
        if (step === finalStep) {
          c.okTimes.push(performance.now() - started);
          if (stopAfterOk !== undefined && !stopping && c.okTimes.length >= stopAfterOk) {
            stopping = true;
            setTimeout(() => instance.stop(), (config.tailSeconds ?? 2) * 1000).unref();
          }
        }
      } else if (statusCode === 409 && code === 'out_of_stock') c.outOfStock[step]!++;
      else c.errors[step]!++;
    });
  });
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 100) / 100;
}
const sortedOf = (xs: number[]) => Float64Array.from(xs).sort();

async function main() {
  let warmup: LoadResult['warmup'];
  if (config.warmup && config.warmup.seconds > 0) {
    const w = await run(config.warmup.variants, config.warmup.seconds);
    warmup = { orders: w.c.okTimes.length, errors: w.c.errors.reduce((a, b) => a + b, 0), seconds: config.warmup.seconds };
  }
  // The orchestrator samples CPU use between this marker and the result line.
  process.stderr.write('@@measure-start\n');
  const cpu0 = process.cpuUsage();
  const { c, result, started, ended } = await run(config.variants, config.duration, config.stopAfterOk, config.rate);
  const cpu = process.cpuUsage(cpu0);
  const elapsed = (ended - started) / 1000;
  const names = STEP_NAMES[config.flow];
  const steps: StepStats[] = names.map((name, i) => {
    const all = sortedOf(c.latencies[i]!);
    const ok = sortedOf(c.okLatencies[i]!);
    return {
      name,
      responses: all.length,
      ok: ok.length,
      out_of_stock: c.outOfStock[i]!,
      errors: c.errors[i]!,
      status: c.status[i]!,
      p50_ms: percentile(all, 50),
      p90_ms: percentile(all, 90),
      p99_ms: percentile(all, 99),
      max_ms: all.length ? Math.round(all[all.length - 1]! * 100) / 100 : null,
      ok_p50_ms: percentile(ok, 50),
      ok_p99_ms: percentile(ok, 99),
      samples: samples[i]!,
    };
  });
  const final = steps[steps.length - 1]!;
  const timeline: number[] = new Array(Math.ceil(elapsed)).fill(0);
  for (const t of c.okTimes) timeline[Math.min(timeline.length - 1, Math.floor(t / 1000))]!++;
  const attempts = config.flow === 'order' ? final.responses : steps[0]!.responses;
  const out: LoadResult = {
    flow: config.flow,
    connections: config.connections,
    elapsed_s: Math.round(elapsed * 100) / 100,
    orders: final.ok,
    orders_per_s: Math.round((final.ok / elapsed) * 10) / 10,
    last_ok_s: c.okTimes.length ? Math.round(c.okTimes[c.okTimes.length - 1]!) / 1000 : null,
    attempts,
    attempts_per_s: Math.round((attempts / elapsed) * 10) / 10,
    out_of_stock: steps.reduce((s, x) => s + x.out_of_stock, 0),
    errors: steps.reduce((s, x) => s + x.errors, 0) + result.errors,
    conn_errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    requests: steps.reduce((s, x) => s + x.responses, 0),
    steps,
    timeline,
    loader_cpu_cores: Math.round(((cpu.user + cpu.system) / 1e6 / elapsed) * 100) / 100,
    ...(warmup ? { warmup } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`load generator failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
