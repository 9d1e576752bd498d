import { inTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, isOperator } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { booksOf, requireOperator } from './access.ts';
import * as repo from './repository.ts';
import type { PayoutStatus } from './schema.ts';

/** How far ahead of the server's clock as_of may be (clock skew of the caller). */
const AS_OF_SKEW_MS = 60_000;

/**
 * An operator pays merchants: for every merchant whose unpaid entries booked before `as_of` add
 * up to more than zero, one payout of that sum, each of those entries marked with it and a payout
 * entry of −sum booked (so the merchant's unpaid balance drops by exactly what is paid). A merchant
 * owed nothing, or owing the platform (fees past its sales), gets no payout; its entries wait.
 *
 * Exactly once: the same idempotency_key answers the run it made (the second caller waits for the
 * first to commit); concurrent runs with different keys lock each merchant's unpaid entries in id
 * order and mark only those still unpaid, so an entry is paid by one payout only.
 */
export async function runPayouts(ctx: Ctx, actor: Actor, input: { as_of?: Date; idempotency_key: string }) {
  requireOperator(actor, 'run payouts');
  const key = input.idempotency_key.trim();
  if (!/^[\x21-\x7e]{1,100}$/.test(key)) throw badRequest('invalid_idempotency_key', 'idempotency_key is 1 to 100 visible ASCII characters');
  const asOf = input.as_of ?? new Date();
  if (Number.isNaN(asOf.getTime())) throw badRequest('invalid_as_of', 'as_of is an instant');
  if (asOf.getTime() > Date.now() + AS_OF_SKEW_MS)
    throw badRequest('as_of_in_future', 'as_of may not be in the future: entries booked later would be paid early');
  return inTransaction(ctx, async ({ db }) => {
    const run = await repo.claimRun(db, { id: newId('payoutRun'), as_of: asOf, idempotency_key: key, created_by: actorId(actor) });
    if (!run) {
      const earlier = (await repo.runByKey(db, key))!;
      if (input.as_of && earlier.as_of.getTime() !== asOf.getTime())
        throw conflict('idempotency_key_reused', `Payout run ${earlier.id} used this key with as_of ${earlier.as_of.toISOString()}`);
      return { run: earlier, payouts: await repo.payoutsOfRun(db, earlier.id), replayed: true };
    }
    for (const owed of await repo.owedBefore(db, asOf)) {
      const entries = await repo.lockUnpaid(db, owed.merchant_id, owed.currency, asOf);
      // Recomputed from what is locked: a concurrent run may have paid some of them meanwhile.
      const amount = entries.reduce((s, e) => s + e.amount, 0);
      if (entries.length === 0 || amount <= 0) continue;
      const payoutId = newId('payout');
      await repo.insertPayout(db, {
        id: payoutId,
        run_id: run.id,
        merchant_id: owed.merchant_id,
        currency: owed.currency,
        amount,
        entry_count: entries.length,
      });
      const marked = await repo.markEntriesPaid(
        db,
        entries.map((e) => e.id),
        payoutId,
      );
      // The rows are locked by this transaction, so nobody can have paid them since.
      if (marked !== entries.length) throw new Error(`payout ${payoutId}: marked ${marked} of ${entries.length} locked entries`);
      await repo.insertEntry(db, {
        id: newId('ledgerEntry'),
        merchant_id: owed.merchant_id,
        currency: owed.currency,
        kind: 'payout',
        amount: -amount,
        payout_id: payoutId,
        note: `payout of ${entries.length} entries booked before ${asOf.toISOString()}`,
        created_by: actorId(actor),
      });
    }
    return { run, payouts: await repo.payoutsOfRun(db, run.id), replayed: false };
  });
}

/** Payout runs, newest first, with how many payouts each made and their totals per currency (operators). */
export async function listPayoutRuns(ctx: Ctx, actor: Actor, q: { limit?: number; cursor?: string }) {
  requireOperator(actor, 'see payout runs');
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  return pageOf(await repo.listRunRows(ctx.db, { after, limit }), limit, (r) => r.id);
}

/** Payouts, newest first: a merchant its own (another merchant's id answers 404), an operator any or one merchant's. */
export async function listPayouts(
  ctx: Ctx,
  actor: Actor,
  q: { merchant_id?: string; run_id?: string; status?: PayoutStatus; limit?: number; cursor?: string },
) {
  const merchantId = isOperator(actor) ? q.merchant_id : (await booksOf(ctx, actor, q.merchant_id)).id;
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await repo.listPayoutRows(ctx.db, { merchant_id: merchantId, run_id: q.run_id, status: q.status, after, limit });
  return pageOf(rows, limit, (r) => r.id);
}

/** One payout with the entries it paid (its own payout entry last). A merchant sees only its own. */
export async function getPayout(ctx: Ctx, actor: Actor, id: string) {
  const p = await repo.findPayout(ctx.db, id);
  if (!p || (!isOperator(actor) && (await booksOf(ctx, actor, undefined)).id !== p.merchant_id)) throw notFound('payout', id);
  return { ...p, entries: await repo.entriesOfPayout(ctx.db, id) };
}

/** An operator confirms the bank transfer of a payout: pending → paid, once (409 payout_already_paid). */
export async function markPayoutPaid(ctx: Ctx, actor: Actor, id: string, input: { reference?: string | null } = {}) {
  requireOperator(actor, 'confirm payouts');
  const paid = await repo.markPaidIfPending(ctx.db, id, actorId(actor), input.reference?.trim() || null);
  if (paid) return paid;
  const p = await repo.findPayout(ctx.db, id);
  if (!p) throw notFound('payout', id);
  throw conflict('payout_already_paid', `Payout ${id} was confirmed paid at ${p.paid_at?.toISOString()}`);
}
