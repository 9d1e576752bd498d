import client from 'prom-client';
import type { App } from './types.ts';

/** Prometheus metrics: requests and latency by route, and the database pool. One registry per app. */
export function registerMetrics(app: App): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'meridian_' });
  const requests = new client.Counter({
    name: 'meridian_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'meridian_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'meridian_db_pool_connections',
    help: 'Database connections by state (total, idle) and callers waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const s = app.database.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });

  app.addHook('onRequest', async (req) => {
    req.startedAt = process.hrtime.bigint();
  });
  app.addHook('onResponse', async (req, reply) => {
    // Unmatched URLs share one label so scanners cannot blow up the label set.
    const route = req.routeOptions.url ?? 'unmatched';
    const seconds = Number(process.hrtime.bigint() - req.startedAt) / 1e9;
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    latency.observe({ method: req.method, route }, seconds);
  });

  app.get(
    '/metrics',
    { config: { access: ['public'] }, schema: { tags: ['platform'], summary: 'Prometheus metrics (text exposition format)' } },
    async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
}
