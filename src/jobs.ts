import type { FastifyBaseLogger } from 'fastify';
import type { Ctx } from './http/types.ts';
import { expireLots, sweepExpiredReservations } from './modules/inventory/service.ts';
import { recoverPlacedOrders } from './modules/orders/service.ts';
import { bookOrderSale } from './flows/book-sale.ts';

/**
 * Background work of a server process: expire reservations past their time, block lots past
 * their expiry date where they are (each location's own day), and settle orders a
 * crash left between commit and capture. All state is in the database (expires_at, status), so the
 * work resumes after a restart, and several processes may run it at once (SKIP LOCKED, conditional
 * updates). Returns a stop function.
 */
export function startJobs(ctx: Ctx, log: FastifyBaseLogger): () => Promise<void> {
  const every = ctx.config.sweepIntervalMs;
  if (every <= 0) return async () => {};
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const expired = await sweepExpiredReservations(ctx);
        if (expired) log.info({ expired }, 'reservations expired');
        const lotUnits = await expireLots(ctx);
        if (lotUnits) log.info({ units: lotUnits }, 'units of expired lots blocked');
        const settled = await recoverPlacedOrders(ctx, ctx.config.recoverAfterSeconds, bookOrderSale);
        if (settled) log.warn({ settled }, 'settled orders left placed by an interruption');
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
