import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { newId } from '../../shared/ids.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type PaymentFailure, paymentProvider } from './provider.ts';

export type AuthoriseResult = { ok: true; provider: string; ref: string } | { ok: false; code: PaymentFailure; message: string };

/** Asks the provider to authorise an amount; a decline is a typed result, an unknown provider a 400. */
export async function authorise(req: { provider: string; token: string; amount: number; currency: string; reference: string }): Promise<AuthoriseResult> {
  const p = paymentProvider(req.provider);
  if (!p) throw new AppError(400, 'unknown_payment_provider', `No payment provider "${req.provider}"`);
  const r = await p.authorise(req);
  return r.ok ? { ok: true, provider: p.name, ref: r.ref } : r;
}

/** Gives an authorisation back (the order did not happen). */
export async function voidAuthorisation(provider: string, ref: string): Promise<void> {
  await paymentProvider(provider)?.void({ ref });
}

/** Records an authorised payment for an order (inside the order's transaction). */
export async function recordAuthorised(
  db: Kysely<DB>,
  p: { order_id: string; provider: string; ref: string; amount: number; currency: string },
): Promise<string> {
  const id = newId('payment');
  await db
    .insertInto('payments')
    .values({ id, order_id: p.order_id, provider: p.provider, provider_ref: p.ref, status: 'authorised', amount: p.amount, currency: p.currency })
    .execute();
  return id;
}

/**
 * Captures an authorised payment at most once: the row moves authorised → captured only if it is
 * still authorised, after the provider confirmed. Returns false when capture failed.
 */
export async function capture(
  ctx: Ctx,
  paymentId: string,
  known?: { provider: string; provider_ref: string; amount: number; currency: string },
): Promise<boolean> {
  // The caller that just recorded the authorisation knows it; skip reading it back.
  const p = known
    ? { ...known, status: 'authorised' as const }
    : await ctx.db.selectFrom('payments').selectAll().where('id', '=', paymentId).executeTakeFirst();
  if (!p) throw notFound('payment', paymentId);
  if (p.status === 'captured' || p.status === 'partly_refunded' || p.status === 'refunded') return true;
  if (p.status !== 'authorised') return false;
  const provider = paymentProvider(p.provider);
  const r = provider ? await provider.capture({ ref: p.provider_ref, amount: p.amount, currency: p.currency }) : { ok: false as const };
  if (!r.ok) return false;
  await ctx.db
    .updateTable('payments')
    .set({ status: 'captured', captured_amount: p.amount, updated_at: new Date() })
    .where('id', '=', paymentId)
    .where('status', '=', 'authorised')
    .execute();
  return true;
}

/** Voids an order's payment that was authorised but never captured. */
export async function voidPayment(ctx: Ctx, paymentId: string): Promise<void> {
  const p = await ctx.db
    .updateTable('payments')
    .set({ status: 'voided', updated_at: new Date() })
    .where('id', '=', paymentId)
    .where('status', '=', 'authorised')
    .returning(['provider', 'provider_ref'])
    .executeTakeFirst();
  if (p) await voidAuthorisation(p.provider, p.provider_ref);
}

/** The payments of an order, oldest first. */
export function paymentsOf(ctx: Ctx, orderId: string) {
  return ctx.db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute();
}

/**
 * Refunds part of what was captured on an order. The refund is recorded first, with the payment's
 * refunded total raised by a conditional update (never above what was captured), then sent to the
 * provider; so a retry or a concurrent refund can never pay out more than was taken.
 */
export async function refund(ctx: Ctx, r: { order_id: string; amount: number; reason: string; return_id?: string | null; actor_id: string | null }) {
  const payment = await ctx.db
    .selectFrom('payments')
    .selectAll()
    .where('order_id', '=', r.order_id)
    .where('status', 'in', ['captured', 'partly_refunded'])
    .orderBy('id')
    .executeTakeFirst();
  if (!payment) throw invalidState('nothing_to_refund', 'The order has no captured payment');
  const id = newId('refund');
  // The refund row and the raised total commit together; the provider is told after, and the
  // row keeps provider_ref 'pending' until it answers (a crash in between leaves a visible trace).
  const updated = await inTransaction(ctx, async ({ db: trx }) => {
    const u = await sql<{ refunded_amount: number; captured_amount: number }>`
      update payments set refunded_amount = refunded_amount + ${r.amount},
             status = case when refunded_amount + ${r.amount} >= captured_amount then 'refunded' else 'partly_refunded' end,
             updated_at = now()
       where id = ${payment.id} and refunded_amount + ${r.amount} <= captured_amount
      returning refunded_amount, captured_amount`.execute(trx);
    if (u.rows.length === 0) throw invalidState('refund_exceeds_payment', 'The refund would exceed what was paid');
    await trx
      .insertInto('refunds')
      .values({
        id,
        payment_id: payment.id,
        order_id: r.order_id,
        amount: r.amount,
        currency: payment.currency,
        reason: r.reason,
        provider_ref: 'pending',
        return_id: r.return_id ?? null,
        actor_id: r.actor_id,
      })
      .execute();
    return u.rows[0]!;
  });
  const provider = paymentProvider(payment.provider);
  const res = provider
    ? await provider.refund({ ref: payment.provider_ref, amount: r.amount, currency: payment.currency, reference: r.return_id ?? r.order_id })
    : null;
  if (res?.ok) await ctx.db.updateTable('refunds').set({ provider_ref: res.ref }).where('id', '=', id).execute();
  return { id, amount: r.amount, currency: payment.currency, payment_refunded_total: updated.refunded_amount, payment_captured: updated.captured_amount };
}
