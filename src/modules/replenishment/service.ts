// Replenishment proposals: per variant × store, forecast-driven reorder points; a transfer from a
// warehouse or an over-stocked store first, else a purchase order. Merchants accept, edit or reject.
import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { listLevels, receiveStock } from '../inventory/service.ts';
import { locationLabels, sourcingLocations } from '../locations/service.ts';
import { createTransfer, listTransfers } from '../transfers/service.ts';
import { forecastPairs } from './forecasts.ts';
import { type SourceCandidate, orderQuantity, pickSource, policyLevels, storeSpare } from './policy.ts';
import * as repo from './repository.ts';
import type { ProposalReason, ProposalStatus } from './schema.ts';
import { addDays, daysBetween, localDay } from './sellthrough.ts';

export { rollupConsumer, sellThrough } from './sellthrough.ts';
export { variantForecast } from './forecasts.ts';

// Prefixed ids like the platform's (src/shared/ids.ts has no kind for these yet).
export const PROPOSAL_ID = '^rpp_[0-9A-HJKMNP-TV-Z]{26}$';
export const EXPECTED_RECEIPT_ID = '^exr_[0-9A-HJKMNP-TV-Z]{26}$';
const newProposalId = () => `rpp_${ulid()}`;
const newReceiptId = () => `exr_${ulid()}`;

/** Location kinds that sell to shoppers and get replenished ('mall' is a whole mall and holds no stock). */
const STORE_KINDS = new Set(['department_store', 'mall_counter']);
const HISTORY_DAYS = 365;

/** The merchant an actor runs and decides proposals for: merchant staff and API keys only. */
function deciderOf(actor: Actor): string {
  const m = merchantOf(actor);
  if (!m || (actor.kind === 'user' && actor.role !== 'merchant')) throw forbidden('Only the merchant runs and decides replenishment');
  return m;
}

/** The merchant's settings (defaults until they set their own). */
export async function getSettings(ctx: Ctx, actor: Actor) {
  return repo.findSettings(ctx.db, deciderOf(actor));
}

/** Sets the target service level, lead times per source and review period. */
export async function putSettings(ctx: Ctx, actor: Actor, s: repo.Settings) {
  const merchantId = deciderOf(actor);
  if (!(s.service_level >= 0.5 && s.service_level <= 0.999)) throw badRequest('invalid_service_level', 'service_level is 0.5 to 0.999');
  for (const k of ['lead_warehouse_days', 'lead_store_days', 'lead_po_days', 'review_days'] as const) {
    if (!Number.isInteger(s[k]) || s[k] < (k === 'review_days' ? 1 : 0) || s[k] > 120)
      throw badRequest('invalid_days', `${k} is a whole number of days up to 120`);
  }
  await repo.upsertSettings(ctx.db, merchantId, s);
  return repo.findSettings(ctx.db, merchantId);
}

interface Stock {
  on_hand: number;
  held: number;
  available: number;
}

async function stockOf(ctx: Ctx, actor: Actor): Promise<Map<string, Stock>> {
  const out = new Map<string, Stock>();
  let cursor: string | undefined;
  do {
    const page = await listLevels(ctx, actor, { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const l of page.items) out.set(`${l.variant_id}|${l.location_id}`, { on_hand: l.on_hand, held: l.reserved + l.blocked, available: l.available });
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return out;
}

/**
 * Units on their way to each `variant|location` (drafts, not yet sent, count whole; transfers on the road by
 * what is still out), and units promised away by drafts per `variant|source` (still on hand there until dispatch).
 */
async function transfersOf(ctx: Ctx, actor: Actor): Promise<{ incoming: Map<string, number>; promised: Map<string, number> }> {
  const incoming = new Map<string, number>();
  const promised = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const status of ['draft', 'in_transit', 'partially_received'] as const) {
    let cursor: string | undefined;
    do {
      const page = await listTransfers(ctx, actor, { status, limit: 100, cursor });
      for (const t of page.items) {
        for (const l of t.lines) {
          add(incoming, `${l.variant_id}|${t.to_location_id}`, status === 'draft' ? l.quantity_sent : l.in_transit);
          if (status === 'draft') add(promised, `${l.variant_id}|${t.from_location_id}`, l.quantity_sent);
        }
      }
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
  }
  return { incoming, promised };
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The human sentence of a proposal, built from its reason. */
export function explain(kind: 'transfer' | 'purchase_order', quantity: number, r: ProposalReason, sourceName: string | null): string {
  const action = kind === 'transfer' ? `transfer ${quantity} from ${sourceName}` : `order ${quantity} from the merchant (purchase order)`;
  // More than the gap to the order-up-to level: the minimum order (a review period's forecast demand) applied.
  const minimum = quantity > r.order_up_to - r.position ? `, at least ${quantity} (the forecast over the ${r.review_days}-day review period)` : '';
  return (
    `Forecast ${fmt(r.demand_over_lead_time)} units over the ${r.lead_time_days}-day lead time (${r.model}) plus ${fmt(r.safety_stock)} safety stock ` +
    `for a ${Math.round(r.service_level * 1000) / 10}% service level gives a reorder point of ${r.reorder_point}; the stock position is ${r.position} ` +
    `(${r.on_hand} on hand, ${r.reserved} reserved, ${r.in_transit} in transit, ${r.on_order} on order), so order up to ${r.order_up_to}${minimum}: ${action}.`
  );
}

/** Generates the merchant's proposals from forecasts and stock, replacing its open ones; answers the new set. */
export async function runProposals(ctx: Ctx, actor: Actor) {
  const merchantId = deciderOf(actor);
  const settings = await repo.findSettings(ctx.db, merchantId);
  const locations = await sourcingLocations(ctx);
  const kindOf = new Map(locations.map((l) => [l.id, l.kind as string]));
  const isStore = (id: string) => STORE_KINDS.has(kindOf.get(id) ?? '');
  const [stock, { incoming, promised }, onOrder] = await Promise.all([stockOf(ctx, actor), transfersOf(ctx, actor), repo.onOrder(ctx.db, merchantId)]);

  // Histories up to each store's yesterday, in its own time zone (the rollup keeps local days):
  // every store pair with sales or stock. A store's forecast starts on its local today.
  const now = new Date();
  const firstDay = new Map(locations.map((l) => [l.id, addDays(localDay(now, l.timezone), -HISTORY_DAYS)]));
  const starts = [...firstDay.values()].sort();
  const histories = new Map<string, { start: string; units: number[] }>();
  const series = (k: string) =>
    histories.get(k) ?? histories.set(k, { start: firstDay.get(k.split('|')[1]!)!, units: new Array<number>(HISTORY_DAYS).fill(0) }).get(k)!;
  if (starts.length)
    for (const r of await repo.salesRows(ctx.db, merchantId, starts[0]!, addDays(starts.at(-1)!, HISTORY_DAYS - 1))) {
      if (!isStore(r.location_id)) continue;
      const s = series(`${r.variant_id}|${r.location_id}`);
      const at = daysBetween(s.start, r.day);
      if (at >= 0 && at < HISTORY_DAYS) s.units[at] = Math.max(0, r.units);
    }
  for (const k of stock.keys()) if (isStore(k.split('|')[1]!)) series(k);
  const horizon = Math.min(350, Math.max(settings.lead_warehouse_days, settings.lead_store_days, settings.lead_po_days) + settings.review_days);
  const forecasts = forecastPairs(
    [...histories].map(([id, h]) => ({ id, start: h.start, units: h.units })),
    horizon,
  );

  const levelsAt = (k: string, lead: number) => {
    const f = forecasts.get(k)!;
    return policyLevels({ forecast: f.forecast, errorSd: f.errorSd, leadDays: lead, reviewDays: settings.review_days, serviceLevel: settings.service_level });
  };
  // What each location could give, per variant: warehouses their available stock, stores what they hold above their own order-up-to.
  const spare = new Map<string, Map<string, number>>();
  for (const [k, s] of stock) {
    const [variant, loc] = k.split('|') as [string, string];
    const free = s.available - (promised.get(k) ?? 0);
    const n = kindOf.get(loc) === 'warehouse' ? free : isStore(loc) && forecasts.has(k) ? storeSpare(free, levelsAt(k, settings.lead_store_days).orderUpTo) : 0;
    if (n > 0) (spare.get(variant) ?? spare.set(variant, new Map()).get(variant)!).set(loc, n);
  }
  const candidatesFor = (variant: string, store: string): SourceCandidate[] =>
    [...(spare.get(variant) ?? [])]
      .filter(([loc, n]) => n > 0 && loc !== store)
      .map(([loc, n]) => ({ location_id: loc, kind: kindOf.get(loc) === 'warehouse' ? 'warehouse' : 'store', spare: n }));

  const drafts: Array<repo.NewProposal & { sourceId: string | null }> = [];
  for (const k of [...histories.keys()].sort()) {
    const [variant, store] = k.split('|') as [string, string];
    const f = forecasts.get(k)!;
    const s = stock.get(k) ?? { on_hand: 0, held: 0, available: 0 };
    const inTransit = incoming.get(k) ?? 0;
    const ordered = onOrder.get(k) ?? 0;
    const position = s.available + inTransit + ordered;
    const candidates = candidatesFor(variant, store);
    // The lead time is the likely source's: a warehouse if one has spare, else a store, else a purchase order.
    const likely = candidates.some((c) => c.kind === 'warehouse') ? 'warehouse' : candidates.length ? 'store' : 'po';
    const lead = likely === 'warehouse' ? settings.lead_warehouse_days : likely === 'store' ? settings.lead_store_days : settings.lead_po_days;
    const levels = levelsAt(k, lead);
    const need = orderQuantity(position, levels);
    if (need <= 0) continue;
    const picked = pickSource(need, candidates);
    if (picked) spare.get(variant)!.set(picked.source.location_id, picked.source.spare - picked.quantity);
    const reason: ProposalReason = {
      model: f.model,
      forecast_per_day: Math.round((levels.demandOverLead / Math.max(1, lead)) * 100) / 100,
      demand_over_lead_time: Math.round(levels.demandOverLead * 100) / 100,
      demand_over_review: Math.round(levels.demandOverReview * 100) / 100,
      error_sd: Math.round(f.errorSd * 100) / 100,
      lead_time_days: lead,
      review_days: settings.review_days,
      service_level: settings.service_level,
      z: Math.round(levels.z * 1000) / 1000,
      safety_stock: Math.round(levels.safetyStock * 100) / 100,
      reorder_point: levels.reorderPoint,
      order_up_to: levels.orderUpTo,
      on_hand: s.on_hand,
      reserved: s.held,
      in_transit: inTransit,
      on_order: ordered,
      position,
      ...(picked ? { source_on_hand: stock.get(`${variant}|${picked.source.location_id}`)?.on_hand ?? 0, source_spare: picked.source.spare } : {}),
    };
    drafts.push({
      id: newProposalId(),
      merchant_id: merchantId,
      variant_id: variant,
      location_id: store,
      kind: picked ? 'transfer' : 'purchase_order',
      source_location_id: picked?.source.location_id ?? null,
      sourceId: picked?.source.location_id ?? null,
      proposed_quantity: picked?.quantity ?? need,
      reason,
      explanation: '',
    });
  }
  const names = await locationLabels(
    ctx,
    drafts.map((d) => d.sourceId).filter((x): x is string => x !== null),
  );
  const proposals = drafts.map(({ sourceId, ...p }) => ({
    ...p,
    explanation: explain(p.kind, p.proposed_quantity, p.reason, sourceId ? (names.get(sourceId)?.name_en ?? sourceId) : null),
  }));
  await inTransaction(ctx, (tx) => repo.replaceOpen(tx.db, merchantId, proposals));
  return { generated: proposals.length, items: await repo.listProposals(ctx.db, { merchant_id: merchantId, status: 'open', limit: 1000 }) };
}

/** Proposals the actor may see (merchant, brand owner: own; operator: any, or one merchant's). */
export async function listProposals(
  ctx: Ctx,
  actor: Actor,
  q: {
    status?: ProposalStatus | undefined;
    location_id?: string | undefined;
    merchant_id?: string | undefined;
    limit?: number | undefined;
    after?: string | undefined;
  },
) {
  let merchant: string | null;
  if (isOperator(actor)) merchant = q.merchant_id ?? null;
  else {
    merchant = merchantOf(actor);
    if (!merchant) throw forbidden();
    if (q.merchant_id !== undefined && q.merchant_id !== merchant) throw forbidden('You may only read your own proposals');
  }
  const limit = q.limit ?? 100;
  const items = await repo.listProposals(ctx.db, { merchant_id: merchant, status: q.status, location_id: q.location_id, limit: limit + 1, after: q.after });
  return { items: items.slice(0, limit), next_after: items.length > limit ? items[limit - 1]!.id : null };
}

async function ownOpen(ctx: Ctx, merchantId: string, id: string) {
  const p = await repo.findProposal(ctx.db, id);
  if (!p || p.merchant_id !== merchantId) throw notFound('proposal', id);
  if (p.status !== 'open') throw conflict('proposal_not_open', `This proposal is ${p.status}`, { current_status: p.status });
  return p;
}

/**
 * Accepts a proposal, optionally with an edited quantity: a transfer proposal becomes a draft
 * transfer (the source dispatches it when packed; stock is checked then), a purchase order an
 * expected receipt at the store, due after the PO lead time. All or nothing.
 */
export async function acceptProposal(ctx: Ctx, actor: Actor, id: string, quantity?: number) {
  const merchantId = deciderOf(actor);
  if (quantity !== undefined && (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > 1_000_000))
    throw badRequest('invalid_quantity', 'quantity is a whole number from 1');
  const p = await ownOpen(ctx, merchantId, id);
  const qty = quantity ?? p.proposed_quantity;
  await inTransaction(ctx, async (tx) => {
    const trx = tx.db;
    if (!(await repo.decide(trx, id, { status: 'accepted', accepted_quantity: qty, decided_by: actorId(actor) })))
      throw conflict('proposal_not_open', 'This proposal was decided meanwhile');
    if (p.kind === 'transfer') {
      const t = await createTransfer(tx, actor, {
        from_location_id: p.source_location_id!,
        to_location_id: p.location_id,
        lines: [{ variant_id: p.variant_id, quantity: qty }],
        note: `Replenishment proposal ${id}`,
      });
      await trx.updateTable('replenishment_proposals').set({ transfer_id: t.id }).where('id', '=', id).execute();
    } else {
      const settings = await repo.findSettings(trx, merchantId);
      const receipt = newReceiptId();
      await trx
        .insertInto('expected_receipts')
        .values({
          id: receipt,
          merchant_id: merchantId,
          proposal_id: id,
          variant_id: p.variant_id,
          location_id: p.location_id,
          quantity: qty,
          // The store's own calendar: a receipt due "in 5 days" in Shanghai counts from Shanghai's today.
          expected_on: addDays(
            localDay(new Date(), (await sourcingLocations(ctx))?.find((l) => l.id === p.location_id)?.timezone ?? 'UTC'),
            settings.lead_po_days,
          ),
        })
        .execute();
      await trx.updateTable('replenishment_proposals').set({ expected_receipt_id: receipt }).where('id', '=', id).execute();
    }
  });
  return (await repo.findProposal(ctx.db, id))!;
}

/** Rejects an open proposal with the merchant's reason. */
export async function rejectProposal(ctx: Ctx, actor: Actor, id: string, reason: string) {
  const merchantId = deciderOf(actor);
  if (reason.trim() === '') throw badRequest('reason_required', 'Say why the proposal is rejected');
  await ownOpen(ctx, merchantId, id);
  if (!(await repo.decide(ctx.db, id, { status: 'rejected', reject_reason: reason, decided_by: actorId(actor) })))
    throw conflict('proposal_not_open', 'This proposal was decided meanwhile');
  return (await repo.findProposal(ctx.db, id))!;
}

/** Who may see and receive expected receipts: the merchant's staff (all its stores) or store staff (their store). */
function receiverOf(actor: Actor): { merchantId: string } | { locationId: string } {
  if (actor.kind === 'user' && actor.role === 'store_staff' && actor.locationId) return { locationId: actor.locationId };
  return { merchantId: deciderOf(actor) };
}

/** Expected receipts (accepted purchase orders) still to arrive, for a store receiving to match. */
export async function expectedReceipts(ctx: Ctx, actor: Actor, locationId?: string) {
  const who = receiverOf(actor);
  let q = ctx.db.selectFrom('expected_receipts').selectAll().where('status', '=', 'expected').orderBy('id');
  q = 'merchantId' in who ? q.where('merchant_id', '=', who.merchantId) : q.where('location_id', '=', who.locationId);
  if (locationId) q = q.where('location_id', '=', locationId);
  return q.execute();
}

/**
 * Receives an expected receipt at its store: the units (as counted, default as ordered) go on hand
 * as a 'receipt' movement referencing it, and it stops counting as on order. All or nothing.
 */
export async function receiveExpected(ctx: Ctx, actor: Actor, id: string, quantity?: number) {
  const who = receiverOf(actor);
  if (quantity !== undefined && (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > 1_000_000))
    throw badRequest('invalid_quantity', 'quantity is a whole number from 1');
  const r = await ctx.db.selectFrom('expected_receipts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r || ('merchantId' in who ? r.merchant_id !== who.merchantId : r.location_id !== who.locationId)) throw notFound('expected_receipt', id);
  return inTransaction(ctx, async (tx) => {
    const done = await tx.db
      .updateTable('expected_receipts')
      .set({ status: 'received' })
      .where('id', '=', id)
      .where('status', '=', 'expected')
      .returningAll()
      .executeTakeFirst();
    if (!done) throw conflict('receipt_not_expected', `This receipt is ${r.status}`, { current_status: r.status });
    await receiveStock(tx, actor, {
      location_id: r.location_id,
      lines: [{ variant_id: r.variant_id, quantity: quantity ?? r.quantity }],
      reference: id,
      note: `Purchase order of proposal ${r.proposal_id}`,
    });
    return done;
  });
}
