import type { Ctx } from '../http/types.ts';

/**
 * Runs `fn` in one transaction, or inside the caller's when `ctx.db` already is one, so services
 * compose: a flow (or the demo seed) can call several of them and commit or roll back as a whole.
 * A refusal thrown inside then rolls the caller's transaction back too.
 */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.isTransaction ? fn(ctx) : ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}
