// Screening results and the operators' review queue. The screening itself is pure (screen.ts);
// src/flows/screening/ runs it when a listing is written and records what it found here.
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { inTransaction } from '../../db/transaction.ts';
import { moderateProduct } from '../catalog/moderation.ts';
import type { ReviewOutcome } from './schema.ts';
import type { ScreenResult } from './types.ts';

export const SCREENING_ID = '^scr_[0-9A-HJKMNP-TV-Z]{26}$';

/**
 * Keeps a screening that found something (a hold or a flag); earlier unreviewed screenings of the
 * same listing are superseded, so the queue shows each listing once, as it is now.
 */
export async function recordScreening(tx: Ctx, listing: { product_id: string; merchant_id: string }, result: ScreenResult): Promise<string | null> {
  const now = new Date();
  await tx.db
    .updateTable('listing_screenings')
    .set({ review_outcome: 'superseded', review_reason: 'screened again after a change', reviewed_at: now })
    .where('product_id', '=', listing.product_id)
    .where('review_outcome', 'is', null)
    .execute();
  if (result.findings.length === 0) return null;
  const id = `scr_${ulid()}`;
  await tx.db
    .insertInto('listing_screenings')
    .values({
      id,
      product_id: listing.product_id,
      merchant_id: listing.merchant_id,
      decision: result.decision,
      flags: result.flags,
      findings: JSON.stringify(result.findings),
    })
    .execute();
  return id;
}

/** Screenings waiting for an operator, oldest first: held listings and flagged ones. */
export async function reviewQueue(ctx: Ctx, actor: Actor, q: { decision?: 'held' | 'live' | undefined; limit?: number | undefined }) {
  if (!isOperator(actor)) throw forbidden('The screening queue is the operators’');
  let query = ctx.db.selectFrom('listing_screenings').selectAll().where('review_outcome', 'is', null);
  if (q.decision) query = query.where('decision', '=', q.decision);
  return query
    .orderBy('created_at')
    .orderBy('id')
    .limit(q.limit ?? 100)
    .execute();
}

/** A listing's screenings, newest first (its merchant sees why it is held; operators all). */
export async function screeningsOf(ctx: Ctx, actor: Actor, productId: string, merchantId: string) {
  if (!isOperator(actor) && merchantOf(actor) !== merchantId) throw notFound('product', productId);
  return ctx.db.selectFrom('listing_screenings').selectAll().where('product_id', '=', productId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

const OUTCOMES: Record<'release' | 'take_down' | 'acknowledge', ReviewOutcome> = { release: 'released', take_down: 'taken_down', acknowledge: 'acknowledged' };

/**
 * An operator reviews a screening: `release` puts a held listing live, `take_down` takes it down,
 * `acknowledge` closes a flag (or a hold the operator keeps in place). Reviewed screenings are final.
 */
export async function reviewScreening(ctx: Ctx, actor: Actor, id: string, input: { action: 'release' | 'take_down' | 'acknowledge'; reason: string }) {
  if (!isOperator(actor)) throw forbidden('Only an operator reviews a screening');
  const reason = input.reason.trim();
  if (!reason) throw badRequest('reason_required', 'Give the reason: the merchant sees it');
  return inTransaction(ctx, async (tx) => {
    const s = await tx.db.selectFrom('listing_screenings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!s) throw notFound('screening', id);
    if (s.review_outcome !== null) throw conflict('screening_reviewed', `This screening was ${s.review_outcome}`, { outcome: s.review_outcome });
    if (input.action === 'release' && s.decision !== 'held') throw conflict('screening_not_held', 'Only a held listing is released');
    const now = new Date();
    await tx.db
      .updateTable('listing_screenings')
      .set({ review_outcome: OUTCOMES[input.action], review_reason: reason, reviewed_by: actorId(actor), reviewed_at: now })
      .where('id', '=', id)
      .execute();
    if (input.action === 'release') await moderateProduct(tx, actor, s.product_id, { to: null, code: 'screening_released', reason, reference: id });
    if (input.action === 'take_down') await moderateProduct(tx, actor, s.product_id, { to: 'taken_down', code: 'screening_taken_down', reason, reference: id });
    return (await tx.db.selectFrom('listing_screenings').selectAll().where('id', '=', id).executeTakeFirst())!;
  });
}
