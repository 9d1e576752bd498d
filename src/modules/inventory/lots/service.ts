import { inTransaction } from '../../../db/transaction.ts';
import { AppError, badRequest, conflict, invalidState } from '../../../http/errors.ts';
import type { Ctx } from '../../../http/types.ts';
import { type Actor, actorId } from '../../../shared/actor.ts';
import { newId } from '../../../shared/ids.ts';
import { shelfLifeRuleOf, variantsByIds } from '../../catalog/service.ts';
import { getLocation, sourcingLocations } from '../../locations/service.ts';
import type { MovementReason } from '../schema.ts';
import { type PromiseKind, localDate, promisedDate } from './dates.ts';
import { type FefoLot, type FefoPick, type ShelfLifeRule, allocateFefo, isExpired } from './fefo.ts';
import * as repo from './repository.ts';

/** A lot as a receipt, a scan or a return names it: GS1 AI 10 and the dates AI 11, 15 and 17. */
export interface LotInput {
  code: string;
  production_date?: string | undefined;
  best_before?: string | undefined;
  use_by?: string | undefined;
}

/** Outcome of taking stock from lots; out of stock (of sellable lots) is a result, not an exception. */
export type LotTake<T> = { ok: true; value: T } | { ok: false; reason: 'out_of_stock'; variant_id: string; location_id: string; available: number };

// Whether a variant is lot-tracked is fixed when it is created, so the answer can be kept for good.
const trackedCache = new Map<string, boolean>();

/** True when the variant's stock is kept per lot. Unknown variants answer false (callers check existence). */
export async function isLotTracked(ctx: Ctx, variantId: string): Promise<boolean> {
  const hit = trackedCache.get(variantId);
  if (hit !== undefined) return hit;
  const [v] = await variantsByIds(ctx, [variantId]);
  if (!v) return false;
  if (trackedCache.size > 100_000) trackedCache.clear();
  trackedCache.set(variantId, v.lot_tracked);
  return v.lot_tracked;
}

/** What a lot decision needs of a location: its day (time zone), its delivery days and what it can hold. */
export async function locationFacts(ctx: Ctx, id: string) {
  const open = (await sourcingLocations(ctx)).find((l) => l.id === id);
  return open ?? (await getLocation(ctx, id));
}

async function shelfLifeRule(ctx: Ctx, variantId: string): Promise<ShelfLifeRule> {
  const [v] = await variantsByIds(ctx, [variantId]);
  return v ? shelfLifeRuleOf(v) : { days: 0 };
}

function checkDates(lot: LotInput): void {
  for (const k of ['production_date', 'best_before', 'use_by'] as const) {
    const d = lot[k];
    if (d !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(d) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d))
      throw badRequest('invalid_date', `${k} must be a calendar date YYYY-MM-DD`, { field: k });
  }
  const expiry = lot.use_by ?? lot.best_before;
  if (lot.production_date && expiry && expiry < lot.production_date)
    throw badRequest('expiry_before_production', `Lot ${lot.code} would expire (${expiry}) before it was made (${lot.production_date})`);
}

/**
 * The lot a receipt names, created on first sight. A later receipt of the same code must not
 * contradict the dates on record (one lot, one set of dates): that is a 409, not a silent overwrite.
 */
export async function resolveLot(ctx: Ctx, variant: { id: string; merchant_id: string }, input: LotInput): Promise<repo.LotRow> {
  checkDates(input);
  const lot = await repo.upsertLot(ctx.db, { variant_id: variant.id, merchant_id: variant.merchant_id, ...input });
  for (const k of ['production_date', 'best_before', 'use_by'] as const) {
    if (input[k] !== undefined && lot[k] !== input[k])
      throw conflict('lot_dates_mismatch', `Lot ${lot.code} is on record with ${k} ${lot[k] ?? 'unset'}, not ${input[k]}`, { lot_id: lot.id, field: k });
  }
  return lot;
}

/** Whether units of this lot at this location must be held back (blocked, recalled or expired there today). */
async function heldBack(ctx: Ctx, lot: repo.LotRow, locationId: string): Promise<boolean> {
  if (lot.status !== 'active') return true;
  const loc = await locationFacts(ctx, locationId);
  return isExpired(lot, localDate(loc.timezone));
}

interface Placement {
  variant_id: string;
  location_id: string;
  merchant_id: string;
  quantity: number;
  reason: Extract<MovementReason, 'receipt' | 'return' | 'transfer_in' | 'adjustment' | 'count_correction'>;
  reference_type?: string | null;
  reference_id?: string | null;
  origin_id?: string | null;
  note?: string | null;
}

/**
 * Puts units of a known lot on hand. Units of a lot that may not be sold there (blocked, recalled,
 * expired in the location's time zone) arrive blocked, so they never count as available.
 */
export async function putIntoLot(ctx: Ctx, actor: Actor, lot: repo.LotRow, p: Placement): Promise<void> {
  const blocked = await heldBack(ctx, lot, p.location_id);
  await repo.postLotMovement(ctx.db, {
    ...p,
    lot_id: lot.id,
    on_hand_delta: p.quantity,
    reserved_delta: 0,
    blocked_delta: blocked ? p.quantity : 0,
    actor_id: actorId(actor),
  });
}

interface TakeRequest {
  variant_id: string;
  location_id: string;
  merchant_id: string;
  quantity: number;
  /** Which day the lots must still be good on; 'now' (till, transfer) asks only "not expired today". */
  promise: PromiseKind;
  /** A lot the clerk scanned: take from it only. */
  lot_code?: string | undefined;
}

/** The sellable lots of a variant at a location, locked, as the FEFO allocator sees them. */
async function lockedCandidates(ctx: Ctx, r: TakeRequest) {
  const [rows, loc] = await Promise.all([repo.lockLotLevels(ctx.db, r.variant_id, r.location_id), locationFacts(ctx, r.location_id)]);
  const date = promisedDate(r.promise, loc);
  // Online orders carry the product's minimum remaining shelf life; a shopper at the till sees the date.
  const rule: ShelfLifeRule = r.promise === 'now' ? { days: 0 } : await shelfLifeRule(ctx, r.variant_id);
  let lots: FefoLot[] = rows.map((l) => ({
    lot_id: l.lot_id,
    lot_code: l.code,
    quantity_available: l.on_hand - l.reserved - l.blocked,
    production_date: l.production_date,
    best_before: l.best_before,
    use_by: l.use_by,
    blocked: l.status !== 'active',
  }));
  if (r.lot_code !== undefined) lots = lots.filter((l) => l.lot_code === r.lot_code);
  return { lots, date, rule };
}

function pick(c: { lots: FefoLot[]; date: string; rule: ShelfLifeRule }, r: TakeRequest): LotTake<FefoPick[]> {
  const res = allocateFefo(c.lots, { quantity: r.quantity, promised_date: c.date, min_remaining_shelf_life: c.rule });
  if (res.ok) return { ok: true, value: res.picks };
  return { ok: false, reason: 'out_of_stock', variant_id: r.variant_id, location_id: r.location_id, available: res.sellable };
}

/**
 * Takes units of a lot-tracked variant (a sale or a transfer out), first-expiring-first-out over
 * the lots that are sellable for the promise, or from the one lot scanned. The lot levels are
 * locked while choosing, so the choice and the guarded updates see the same stock.
 */
export async function takeFromLots(
  ctx: Ctx,
  actor: Actor,
  r: TakeRequest & { reason: Extract<MovementReason, 'sale' | 'transfer_out'>; reference_type: string; reference_id: string },
): Promise<LotTake<FefoPick[]>> {
  return inTransaction(ctx, async (tx) => {
    const picked = pick(await lockedCandidates(tx, r), r);
    if (!picked.ok) return picked;
    for (const p of picked.value) {
      const ok = await repo.postLotMovement(tx.db, {
        variant_id: r.variant_id,
        location_id: r.location_id,
        merchant_id: r.merchant_id,
        lot_id: p.lot_id,
        reason: r.reason,
        on_hand_delta: -p.quantity,
        reserved_delta: 0,
        blocked_delta: 0,
        reference_type: r.reference_type,
        reference_id: r.reference_id,
        actor_id: actorId(actor),
      });
      if (!ok) throw new Error(`ledger invariant: locked lot ${p.lot_id} refused ${p.quantity}`);
    }
    return picked;
  });
}

/** Holds units of a lot-tracked variant for a cart: FEFO picks, one reservation, one row per lot it holds. */
export async function reserveFromLots(
  ctx: Ctx,
  actor: Actor,
  r: TakeRequest & { reference_type: string; reference_id: string; expires_at: Date },
): Promise<LotTake<{ reservation_id: string; lots: FefoPick[] }>> {
  return inTransaction(ctx, async (tx) => {
    const picked = pick(await lockedCandidates(tx, r), r);
    if (!picked.ok) return picked;
    const rid = newId('reservation');
    await repo.insertReservation(tx.db, {
      id: rid,
      variant_id: r.variant_id,
      location_id: r.location_id,
      merchant_id: r.merchant_id,
      quantity: r.quantity,
      reference_type: r.reference_type,
      reference_id: r.reference_id,
      expires_at: r.expires_at,
    });
    for (const p of picked.value) {
      await repo.postLotMovement(tx.db, {
        variant_id: r.variant_id,
        location_id: r.location_id,
        merchant_id: r.merchant_id,
        lot_id: p.lot_id,
        reason: 'reservation',
        on_hand_delta: 0,
        reserved_delta: p.quantity,
        blocked_delta: 0,
        reference_type: 'reservation',
        reference_id: rid,
        actor_id: actorId(actor),
      });
    }
    await repo.insertReservationLots(tx.db, rid, picked.value);
    return { ok: true, value: { reservation_id: rid, lots: picked.value } };
  });
}

/**
 * Units coming back against an earlier take (a return or cancellation of an order, a transfer
 * arriving): they go back into the lots that take left from, oldest first, less what already came
 * back. A named lot must be one the take used. Units beyond what the take left with (a transfer
 * receiving more than was sent) go into its last lot.
 */
export async function putBackIntoLots(
  ctx: Ctx,
  actor: Actor,
  p: Placement & { origin_id: string; lot_code?: string | undefined; reason: 'return' | 'transfer_in' },
): Promise<FefoPick[]> {
  return inTransaction(ctx, async (tx) => {
    const outstanding = await repo.lotsOutstanding(tx.db, p.origin_id, p.variant_id);
    if (outstanding.length === 0) throw invalidState('no_lots_to_return', `${p.origin_id} took no lots of ${p.variant_id}`);
    let candidates = outstanding;
    if (p.lot_code !== undefined) {
      const lot = await repo.lotByCode(tx.db, p.variant_id, p.lot_code);
      candidates = outstanding.filter((o) => o.lot_id === lot?.id);
      if (candidates.length === 0)
        throw conflict('lot_not_in_origin', `Lot ${p.lot_code} did not leave with ${p.origin_id}`, { lot_code: p.lot_code, origin_id: p.origin_id });
    }
    const picks: FefoPick[] = [];
    let left = p.quantity;
    for (const c of candidates) {
      const n = Math.min(left, Math.max(0, c.outstanding));
      if (n > 0) picks.push({ lot_id: c.lot_id, quantity: n });
      left -= n;
    }
    if (left > 0) {
      const last = candidates.at(-1)!.lot_id;
      const prior = picks.find((x) => x.lot_id === last);
      if (prior) prior.quantity += left;
      else picks.push({ lot_id: last, quantity: left });
    }
    for (const pk of picks) {
      const lot = (await repo.lotById(tx.db, pk.lot_id))!;
      await putIntoLot(tx, actor, lot, { ...p, quantity: pk.quantity });
    }
    return picks;
  });
}

/**
 * Changes the on-hand of one lot at a location by a signed delta (an adjustment or a count
 * correction). Units taken come out of the blocked ones first (writing off expired or recalled
 * food), then out of the available ones; reserved units are never taken. Units added to a lot
 * that may not be sold there arrive blocked. Returns false when too few units are there.
 */
export async function adjustLot(
  ctx: Ctx,
  actor: Actor,
  a: {
    variant_id: string;
    location_id: string;
    merchant_id: string;
    lot_code: string;
    delta: number;
    reason: 'adjustment' | 'count_correction';
    reference_type?: string | null;
    reference_id?: string | null;
    note?: string | null;
  },
): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const lot = await repo.lotByCode(tx.db, a.variant_id, a.lot_code);
    if (!lot) throw notFoundLot(a.lot_code);
    const level = (await repo.lockLotLevels(tx.db, a.variant_id, a.location_id)).find((l) => l.lot_id === lot.id);
    let blockedDelta: number;
    if (a.delta > 0) blockedDelta = (await heldBack(tx, lot, a.location_id)) ? a.delta : 0;
    else {
      if (!level) return false;
      blockedDelta = -Math.min(-a.delta, level.blocked);
    }
    return repo.postLotMovement(tx.db, {
      variant_id: a.variant_id,
      location_id: a.location_id,
      merchant_id: a.merchant_id,
      lot_id: lot.id,
      reason: a.reason,
      on_hand_delta: a.delta,
      reserved_delta: 0,
      blocked_delta: blockedDelta,
      reference_type: a.reference_type ?? null,
      reference_id: a.reference_id ?? null,
      note: a.note ?? null,
      actor_id: actorId(actor),
    });
  });
}

const notFoundLot = (code: string) => new AppError(404, 'lot_not_found', `No lot ${code} of this variant`, { lot_code: code });

/** On-hand and reserved of each lot of a variant at a location (what a count compares against). */
export async function lotLevelsAt(ctx: Ctx, variantId: string, locationId: string) {
  return repo.lockLotLevels(ctx.db, variantId, locationId);
}
