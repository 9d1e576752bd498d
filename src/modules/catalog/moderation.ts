// Listing moderation (issue 8): the platform holds a listing for review (screening) or takes it
// down (a brand owner's notice), and lifts that again. The merchant's own status stays as it was;
// while moderated, the listing is hidden from the public and refused at checkout and the till
// (repository: product_status reads coalesce(moderation, status)). Every change is kept.
import { sql } from 'kysely';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator } from '../../shared/actor.ts';
import { inTransaction, seesAll } from './helpers.ts';
import * as repo from './repository.ts';
import { getProduct } from './service.ts';
import type { ModerationState } from './schema.ts';

export interface ModerationChange {
  /** The new state; null lifts the moderation (the listing is the merchant's again). */
  to: ModerationState | null;
  /** Machine-readable why: a screening rule, 'notice_counterfeit', 'reinstated', … */
  code: string;
  /** Shown to the merchant. */
  reason: string;
  /** What this belongs to (a notice id, a screening run), if anything. */
  reference?: string | undefined;
}

const CODE = /^[a-z][a-z0-9_.-]{1,63}$/;

/**
 * Moves a listing's moderation (operators, and other modules' flows acting for the platform).
 * A no-op change (same state) is refused with 409 so that a workflow never records a step that
 * did nothing. Returns the product as the actor sees it.
 */
export async function moderateProduct(ctx: Ctx, actor: Actor, productId: string, change: ModerationChange) {
  if (!isOperator(actor)) throw forbidden('Only the platform holds, takes down or reinstates a listing');
  if (!CODE.test(change.code)) throw badRequest('invalid_moderation_code', 'code is lower-case letters, digits and _ . - (2–64)');
  const reason = change.reason.trim();
  if (!reason || reason.length > 2000) throw badRequest('invalid_reason', 'A reason of 1–2000 characters is shown to the merchant');
  await inTransaction(ctx, async (tx) => {
    const p = await repo.findProduct(tx.db, productId, true);
    if (!p) throw notFound('product', productId);
    if (p.moderation === change.to)
      throw conflict('moderation_unchanged', change.to ? `The listing is already ${change.to}` : 'The listing is not moderated', { current: p.moderation });
    await tx.db
      .updateTable('products')
      .set({
        moderation: change.to,
        moderation_code: change.to ? change.code : null,
        moderation_reason: change.to ? reason : null,
        moderated_at: change.to ? sql<Date>`now()` : null,
        updated_at: new Date(),
      })
      .where('id', '=', productId)
      .execute();
    await tx.db
      .insertInto('product_moderation_events')
      .values({
        product_id: productId,
        from_state: p.moderation,
        to_state: change.to,
        code: change.code,
        reason,
        reference: change.reference ?? null,
        actor: actorId(actor),
      })
      .execute();
  });
  return getProduct(ctx, actor, productId);
}

/** The moderation history of a listing, oldest first (its merchant and operators). */
export async function moderationHistory(ctx: Ctx, actor: Actor, productId: string) {
  const p = await repo.findProduct(ctx.db, productId);
  if (!p || !seesAll(actor, p.merchant_id)) throw notFound('product', productId);
  return ctx.db
    .selectFrom('product_moderation_events')
    .select(['from_state', 'to_state', 'code', 'reason', 'reference', 'created_at'])
    .where('product_id', '=', productId)
    .orderBy('id')
    .execute();
}

/** Listings in a moderation state, oldest change first (the operators' queue). */
export async function moderatedProducts(ctx: Ctx, actor: Actor, state: ModerationState, limit = 100) {
  if (!isOperator(actor)) throw forbidden();
  const rows = await ctx.db
    .selectFrom('products')
    .select(['id', 'merchant_id', 'title_en', 'title_zh', 'status', 'moderation', 'moderation_code', 'moderation_reason', 'moderated_at'])
    .where('moderation', '=', state)
    .orderBy('moderated_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  // The table's check keeps these set whenever moderation is.
  return rows.map((r) => ({
    ...r,
    moderation: state,
    moderation_code: r.moderation_code ?? '',
    moderation_reason: r.moderation_reason ?? '',
    moderated_at: r.moderated_at!,
  }));
}
