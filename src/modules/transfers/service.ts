import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { variantsByIds } from '../catalog/service.ts';
import { checkTemperature, lotsMoved, putStock, takeStock } from '../inventory/service.ts';
import { getLocation } from '../locations/service.ts';
import * as repo from './repository.ts';
import type { LineRow, TransferRow } from './repository.ts';
import type { ReceiptLine } from './schema.ts';
import { type TransferAction, type TransferStatus, ACTION_FROM, canAct, inTransitQuantity, overBy, shortBy, statusAfterReceipt } from './states.ts';

/** Whom an actor acts for; decides which transfers exist for them and what they may do. */
type Scope = { kind: 'operator' } | { kind: 'store'; locationId: string } | { kind: 'merchant'; merchantId: string };

function scopeOf(actor: Actor): Scope {
  if (actor.kind === 'anonymous') throw unauthorized();
  if (isOperator(actor)) return { kind: 'operator' };
  if (actor.kind === 'user' && actor.role === 'store_staff' && actor.locationId) return { kind: 'store', locationId: actor.locationId };
  const merchantId = merchantOf(actor);
  if (merchantId && (actor.kind === 'api_key' || actor.role === 'merchant')) return { kind: 'merchant', merchantId };
  throw forbidden('Only operators, store staff and merchants move stock between locations');
}

/** Store staff see transfers leaving or arriving at their store; merchants those made only of their variants. */
function visible(scope: Scope, t: Pick<TransferRow, 'from_location_id' | 'to_location_id' | 'merchant_id'>): boolean {
  switch (scope.kind) {
    case 'operator':
      return true;
    case 'store':
      return t.from_location_id === scope.locationId || t.to_location_id === scope.locationId;
    case 'merchant':
      return t.merchant_id === scope.merchantId;
  }
}

// Store staff create, dispatch and cancel at the source and receive and close at the destination.
const SIDE: Record<TransferAction, 'from_location_id' | 'to_location_id'> = {
  dispatch: 'from_location_id',
  cancel: 'from_location_id',
  receive: 'to_location_id',
  close: 'to_location_id',
};

/** Loads a transfer the actor may see and take `action` on: unseen is 404, seen but not theirs to act on is 403. */
async function loadFor(ctx: Ctx, scope: Scope, id: string, action: TransferAction): Promise<TransferRow> {
  const t = await repo.findTransfer(ctx.db, id);
  if (!t || !visible(scope, t)) throw notFound('transfer', id);
  if (scope.kind === 'store' && t[SIDE[action]] !== scope.locationId) {
    throw forbidden(action === 'receive' || action === 'close' ? 'Only the destination store may do this' : 'Only the source store may do this');
  }
  if (!canAct(action, t.status)) throw invalidTransition(action, t.status);
  return t;
}

const invalidTransition = (action: TransferAction, status: TransferStatus) =>
  conflict('invalid_transition', `A transfer that is ${status} cannot be ${PAST[action]}`, { current_status: status, allowed_from: ACTION_FROM[action] });

const PAST: Record<TransferAction, string> = { dispatch: 'dispatched', receive: 'received', close: 'closed', cancel: 'cancelled' };

/** Re-reads the status inside a transaction whose conditional update found it changed. */
async function changedMeanwhile(ctx: Ctx, id: string, action: TransferAction) {
  const now = await repo.findTransfer(ctx.db, id);
  return invalidTransition(action, now!.status);
}

export interface QuantityLine {
  variant_id: string;
  quantity: number;
}

function checkLines(lines: QuantityLine[]): void {
  if (lines.length === 0) throw badRequest('no_lines', 'Give at least one line');
  const seen = new Set<string>();
  for (const l of lines) {
    if (!Number.isSafeInteger(l.quantity) || l.quantity <= 0)
      throw badRequest('invalid_quantity', `The quantity of ${l.variant_id} must be a positive whole number`);
    if (seen.has(l.variant_id)) throw badRequest('duplicate_line', `Variant ${l.variant_id} is given twice`, { variant_id: l.variant_id });
    seen.add(l.variant_id);
  }
}

async function stockLocation(ctx: Ctx, id: string) {
  const loc = await getLocation(ctx, id);
  if (loc.kind === 'mall') throw badRequest('location_is_mall', `${loc.code} is a whole mall; transfer to or from a store, counter or warehouse inside it`);
  return loc;
}

export interface NewTransfer {
  from_location_id: string;
  to_location_id: string;
  lines: QuantityLine[];
  note?: string | undefined;
}

/** Creates a draft transfer; store staff only from their own store, merchants only with their own variants. */
export async function createTransfer(ctx: Ctx, actor: Actor, input: NewTransfer) {
  const scope = scopeOf(actor);
  if (input.from_location_id === input.to_location_id) throw badRequest('same_location', 'A transfer goes between two different locations');
  checkLines(input.lines);
  // Like the stock ledger: another store is "not found" for store staff.
  if (scope.kind === 'store' && input.from_location_id !== scope.locationId) throw notFound('location', input.from_location_id);
  await stockLocation(ctx, input.from_location_id);
  await stockLocation(ctx, input.to_location_id);
  const variants = new Map(
    (
      await variantsByIds(
        ctx,
        input.lines.map((l) => l.variant_id),
      )
    ).map((v) => [v.id, v]),
  );
  for (const l of input.lines) {
    const v = variants.get(l.variant_id);
    // A merchant never learns that another merchant's variant exists.
    if (!v || (scope.kind === 'merchant' && v.merchant_id !== scope.merchantId)) throw notFound('variant', l.variant_id);
  }
  // Chilled and frozen food only goes where it can be kept cold.
  await checkTemperature(ctx, input.to_location_id, variants.values());
  const merchants = new Set([...variants.values()].map((v) => v.merchant_id));
  const id = newId('transfer');
  await inTransaction(ctx, async ({ db: trx }) => {
    await trx
      .insertInto('transfers')
      .values({
        id,
        from_location_id: input.from_location_id,
        to_location_id: input.to_location_id,
        merchant_id: merchants.size === 1 ? [...merchants][0]! : null,
        note: input.note ?? null,
        created_by: actorId(actor),
        dispatched_at: null,
        dispatched_by: null,
        received_at: null,
        received_by: null,
        closed_at: null,
        closed_by: null,
        close_note: null,
        cancelled_at: null,
        cancelled_by: null,
      })
      .execute();
    await trx
      .insertInto('transfer_lines')
      .values(
        input.lines.map((l) => {
          const v = variants.get(l.variant_id)!;
          return { id: newId('transferLine'), transfer_id: id, variant_id: v.id, merchant_id: v.merchant_id, sku: v.sku, quantity_sent: l.quantity };
        }),
      )
      .execute();
  });
  return getTransfer(ctx, actor, id);
}

function lineView(status: TransferStatus, l: LineRow) {
  const { transfer_id: _t, ...rest } = l;
  return { ...rest, in_transit: inTransitQuantity(status, l) };
}

/** One transfer the actor may see, with its lines, receipts and discrepancies. */
export async function getTransfer(ctx: Ctx, actor: Actor, id: string) {
  const scope = scopeOf(actor);
  const t = await repo.findTransfer(ctx.db, id);
  if (!t || !visible(scope, t)) throw notFound('transfer', id);
  const [lines, receipts, discrepancies, lots] = await Promise.all([
    repo.linesOf(ctx.db, [id]),
    repo.receiptsOf(ctx.db, id),
    repo.discrepanciesOf(ctx.db, id),
    lotsMoved(ctx, id),
  ]);
  // Lot-tracked lines say which lots left (first-expiring first) and which arrived.
  const lotsOf = (variantId: string) =>
    lots.filter((x) => x.variant_id === variantId).map((x) => ({ lot_id: x.lot_id, code: x.code, expiry: x.expiry, sent: x.taken, received: x.back }));
  return { ...t, lines: lines.map((l) => ({ ...lineView(t.status, l), lots: lotsOf(l.variant_id) })), receipts, discrepancies };
}

export interface TransferQuery {
  status?: TransferStatus | undefined;
  location_id?: string | undefined;
  from_location_id?: string | undefined;
  to_location_id?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Transfers the actor may see, newest first, with their lines. */
export async function listTransfers(ctx: Ctx, actor: Actor, q: TransferQuery) {
  const scope = scopeOf(actor);
  const limit = q.limit ?? 20;
  const rows = await repo.listTransferRows(ctx.db, {
    involving: scope.kind === 'store' ? scope.locationId : undefined,
    merchant_id: scope.kind === 'merchant' ? scope.merchantId : undefined,
    status: q.status,
    location_id: q.location_id,
    from_location_id: q.from_location_id,
    to_location_id: q.to_location_id,
    before: decodeCursor(q.cursor, isString),
    limit: limit + 1,
  });
  const page = pageOf(rows, limit, (r) => r.id);
  const lines = await repo.linesOf(
    ctx.db,
    page.items.map((t) => t.id),
  );
  return {
    items: page.items.map((t) => ({ ...t, lines: lines.filter((l) => l.transfer_id === t.id).map((l) => lineView(t.status, l)) })),
    next_cursor: page.next_cursor,
  };
}

/**
 * Dispatches a draft: every line's units leave the source ('transfer_out') in one transaction.
 * If any line lacks available stock nothing moves and the answer names every short line.
 */
export async function dispatchTransfer(ctx: Ctx, actor: Actor, id: string) {
  const t = await loadFor(ctx, scopeOf(actor), id, 'dispatch');
  await inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    // The status flips first: its row lock makes a concurrent dispatch wait, then find it no longer draft.
    const moved = await repo.moveStatus(trx, id, ACTION_FROM.dispatch, { status: 'in_transit', dispatched_at: new Date(), dispatched_by: actorId(actor) });
    if (!moved) throw await changedMeanwhile(tx, id, 'dispatch');
    const short: Array<{ variant_id: string; requested: number; available: number }> = [];
    for (const l of await repo.linesOf(trx, [id])) {
      const res = await takeStock(tx, actor, {
        variant_id: l.variant_id,
        location_id: t.from_location_id,
        merchant_id: l.merchant_id,
        quantity: l.quantity_sent,
        reason: 'transfer_out',
        reference_type: 'transfer',
        reference_id: id,
      });
      if (!res.ok) short.push({ variant_id: l.variant_id, requested: l.quantity_sent, available: res.available });
    }
    // Throwing rolls back the status change and every line already taken.
    if (short.length > 0) {
      throw conflict('insufficient_stock', `Not enough stock at the source for ${short.map((s) => s.variant_id).join(', ')}; nothing was dispatched`, {
        location_id: t.from_location_id,
        lines: short,
      });
    }
  });
  return getTransfer(ctx, actor, id);
}

/**
 * Records a receipt at the destination: the units go on hand there ('transfer_in'), received
 * quantities accumulate per line, units beyond what was sent become an 'over' discrepancy, and the
 * transfer becomes received once every line is complete.
 */
export async function receiveTransfer(ctx: Ctx, actor: Actor, id: string, input: { lines: QuantityLine[]; note?: string | undefined }) {
  checkLines(input.lines);
  const t = await loadFor(ctx, scopeOf(actor), id, 'receive');
  // Lines never change after creation, so membership is checked before any write.
  const sent = new Map((await repo.linesOf(ctx.db, [id])).map((l) => [l.variant_id, l]));
  const stray = input.lines.find((l) => !sent.has(l.variant_id));
  if (stray) throw badRequest('line_not_in_transfer', `Variant ${stray.variant_id} is not on this transfer`, { variant_id: stray.variant_id });
  const who = actorId(actor);
  await inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    // Taking the row lock (a no-op conditional update) serialises receipts of one transfer.
    if (!(await repo.moveStatus(trx, id, ACTION_FROM.receive, {}))) throw await changedMeanwhile(tx, id, 'receive');
    const receipt: ReceiptLine[] = input.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity }));
    const number = await repo.insertReceipt(trx, { transfer_id: id, lines: receipt, note: input.note ?? null, received_by: who });
    for (const l of receipt) {
      const line = sent.get(l.variant_id)!;
      const after = await repo.addReceived(trx, id, l.variant_id, l.quantity);
      await putStock(tx, actor, {
        variant_id: l.variant_id,
        location_id: t.to_location_id,
        merchant_id: line.merchant_id,
        quantity: l.quantity,
        reason: 'transfer_in',
        reference_type: 'transfer',
        reference_id: id,
        origin_id: id,
      });
      const over = overBy(after.quantity_sent, after.quantity_received - l.quantity, after.quantity_received);
      if (over > 0) {
        await trx
          .insertInto('transfer_discrepancies')
          .values({
            id: newId('discrepancy'),
            transfer_id: id,
            variant_id: l.variant_id,
            kind: 'over',
            quantity: over,
            receipt_number: number,
            note: input.note ?? null,
            recorded_by: who,
          })
          .execute();
      }
    }
    const status = statusAfterReceipt(await repo.linesOf(trx, [id]));
    await repo.moveStatus(trx, id, ACTION_FROM.receive, status === 'received' ? { status, received_at: new Date(), received_by: who } : { status });
  });
  return getTransfer(ctx, actor, id);
}

/** Closes a transfer still in transit: what never arrived is recorded as 'short' discrepancies, with the note. */
export async function closeTransfer(ctx: Ctx, actor: Actor, id: string, note: string) {
  if (note.trim() === '') throw badRequest('note_required', 'Say why the transfer is closed with units missing');
  await loadFor(ctx, scopeOf(actor), id, 'close');
  const who = actorId(actor);
  await inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const now = new Date();
    const closed = await repo.moveStatus(trx, id, ACTION_FROM.close, {
      status: 'received',
      received_at: now,
      received_by: who,
      closed_at: now,
      closed_by: who,
      close_note: note,
    });
    if (!closed) throw await changedMeanwhile(tx, id, 'close');
    // Read under the lock just taken: no receipt can add to these quantities any more.
    const missing = (await repo.linesOf(trx, [id])).filter((l) => shortBy(l) > 0);
    if (missing.length > 0) {
      await trx
        .insertInto('transfer_discrepancies')
        .values(
          missing.map((l) => ({
            id: newId('discrepancy'),
            transfer_id: id,
            variant_id: l.variant_id,
            kind: 'short' as const,
            quantity: shortBy(l),
            receipt_number: null,
            note,
            recorded_by: who,
          })),
        )
        .execute();
    }
  });
  return getTransfer(ctx, actor, id);
}

/** Cancels a draft; nothing has moved yet, so nothing moves back. */
export async function cancelTransfer(ctx: Ctx, actor: Actor, id: string) {
  await loadFor(ctx, scopeOf(actor), id, 'cancel');
  const who = actorId(actor);
  if (!(await repo.moveStatus(ctx.db, id, ACTION_FROM.cancel, { status: 'cancelled', cancelled_at: new Date(), cancelled_by: who }))) {
    throw await changedMeanwhile(ctx, id, 'cancel');
  }
  return getTransfer(ctx, actor, id);
}
