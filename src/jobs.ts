import type { FastifyBaseLogger } from 'fastify';
import type { Ctx } from './http/types.ts';
import { expireLots, sweepExpiredReservations } from './modules/inventory/service.ts';
import { recoverPlacedOrders } from './modules/orders/service.ts';
import { bookOrderSale } from './flows/book-sale.ts';
import { lapseExpired } from './modules/brand-registry/service.ts';
import { pruneOldEvents } from './modules/events/service.ts';
import { pruneDeliveries } from './modules/webhooks/service.ts';

// Retention runs far less often than the sweep: it deletes in batches and is rarely due.
const RETENTION_EVERY_MS = 10 * 60_000;

/**
 * Background work of a server process: expire reservations past their time, block lots past
 * their expiry date where they are (each location's own day), lapse brand registrations whose
 * trademarks have all expired, and settle orders a
 * crash left between commit and capture. All state is in the database (expires_at, status), so the
 * work resumes after a restart, and several processes may run it at once (SKIP LOCKED, conditional
 * updates), and, every ten minutes, delete events and delivered webhook deliveries past the
 * retention (MERIDIAN_EVENT_RETENTION_DAYS). Returns a stop function.
 */
export function startJobs(ctx: Ctx, log: FastifyBaseLogger): () => Promise<void> {
  const every = ctx.config.sweepIntervalMs;
  if (every <= 0) return async () => {};
  let running: Promise<void> | null = null;
  let retentionAt = 0;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const expired = await sweepExpiredReservations(ctx);
        if (expired) log.info({ expired }, 'reservations expired');
        const lotUnits = await expireLots(ctx);
        if (lotUnits) log.info({ units: lotUnits }, 'units of expired lots blocked');
        const lapsed = await lapseExpired(ctx);
        if (lapsed) log.info({ lapsed }, 'brand registrations lapsed');
        const settled = await recoverPlacedOrders(ctx, ctx.config.recoverAfterSeconds, bookOrderSale);
        if (settled) log.warn({ settled }, 'settled orders left placed by an interruption');
        if (Date.now() >= retentionAt) {
          retentionAt = Date.now() + RETENTION_EVERY_MS;
          const before = new Date(Date.now() - ctx.config.eventRetentionDays * 86_400_000);
          const [events, deliveries] = [await pruneOldEvents(ctx, before), await pruneDeliveries(ctx, before)];
          if (events || deliveries) log.info({ events, deliveries, before }, 'events and webhook deliveries past retention deleted');
        }
      } catch (err) {
        log.warn({ err }, 'background jobs failed; retrying next tick');
      } finally {
        running = null;
      }
    })();
  };
  tick();
  const timer = setInterval(tick, every);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
