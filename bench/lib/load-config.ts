/** What the orchestrator tells the load generator (bench/load.ts), and what it answers. */

export interface Destination {
  city: string;
  latitude: number;
  longitude: number;
}

export interface LoadConfig {
  /** Base URL of the server under test (always 127.0.0.1). */
  url: string;
  /** 'order': one-call POST /api/orders; 'cart': create cart, add line, choose fulfilment, check out. */
  flow: 'order' | 'cart';
  connections: number;
  /** Hard cap on the measured load, in seconds. */
  duration: number;
  /** Each order buys one unit of one of these, chosen uniformly. */
  variants: string[];
  /** Each order is delivered to one of these, chosen uniformly. */
  destinations: Destination[];
  /** Open-loop pacing: at most this many requests per second over all connections (autocannon overallRate). */
  rate?: number;
  /** Stop `tailSeconds` after this many orders succeeded (a sell-out), instead of at `duration`. */
  stopAfterOk?: number;
  tailSeconds?: number;
  /** Load before the measured run (JIT, pools, caches), on variants that are not measured. */
  warmup?: { seconds: number; variants: string[] };
  /** Prefix of idempotency keys and guest emails, unique per run. */
  label: string;
}

export interface StepStats {
  name: string;
  responses: number;
  /** 2xx answers. */
  ok: number;
  /** 409 out_of_stock: the expected refusal once stock runs out. */
  out_of_stock: number;
  /** Every other non-2xx answer. */
  errors: number;
  status: Record<string, number>;
  /** Latency of every answer to this step, ms. */
  p50_ms: number | null;
  p90_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
  /** Latency of the 2xx answers only, ms. */
  ok_p50_ms: number | null;
  ok_p99_ms: number | null;
  /** First body seen per unexpected status, for diagnosis. */
  samples: Record<string, string>;
}

export interface LoadResult {
  flow: LoadConfig['flow'];
  connections: number;
  /** Measured run, from first request to stop, seconds. */
  elapsed_s: number;
  /** Orders placed and paid (2xx of the last step). */
  orders: number;
  orders_per_s: number;
  /** Time of the last successful order, seconds after the start (the sell-out point in hot-sku). */
  last_ok_s: number | null;
  /** Order attempts (answers of the last step; for carts, carts opened). */
  attempts: number;
  attempts_per_s: number;
  out_of_stock: number;
  /** Non-2xx answers other than 409 out_of_stock, plus connection errors and timeouts. */
  errors: number;
  conn_errors: number;
  timeouts: number;
  /** HTTP requests answered, all steps. */
  requests: number;
  steps: StepStats[];
  /** Successful orders per second of the run. */
  timeline: number[];
  /** CPU the load generator itself used during the measured run, in cores. */
  loader_cpu_cores: number;
  warmup?: { orders: number; errors: number; seconds: number };
}
