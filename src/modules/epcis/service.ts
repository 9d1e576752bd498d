/**
 * EPCIS 2.0 for Meridian: the ledger read as events, captured events stored and queried, both
 * answered together in eventTime order. Tenants see their own events only; operators all.
 */
import { forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { variantByGtin, variantsByIds } from '../catalog/service.ts';
import { type FeedMovement, movementFeed } from '../inventory/service.ts';
import { locationZones } from '../locations/service.ts';
import { CAPTURE_NOTE_PREFIX } from './capture.ts';
import { ANSWER_CONTEXT, EPCIS_CONTEXT, EXPORTED_REASONS, type ExportedReason, movementEvent, reasonsWith } from './export.ts';
import { cbvWord, locationIdOf, tradeItemClass } from './identifiers.ts';
import { type EventQuery, encodePageToken } from './query-params.ts';
import { findCapture, queryCaptured } from './repository.ts';

export { captureDocument, CAPTURE_LIMIT } from './capture.ts';
export { validateEpcisDocument } from './epcis-schema.ts';
export { parseEventQuery } from './query-params.ts';

/** Whose events the actor reads: its merchant's, or everyone's (null) for operators. */
function scopeOf(actor: Actor): string | null {
  if (isOperator(actor)) return null;
  const mine = merchantOf(actor);
  if (!mine) throw forbidden('EPCIS events are read by merchants (their own) and operators');
  return mine;
}

const VARIANT_CLASS = /^urn:meridian:variant:(var_[0-9A-Z]{26})$/;

/** Variants (and lots) a list of class ids names; unknown ones are left out. */
async function itemsOf(ctx: Ctx, classes: string[]): Promise<Array<{ variant_id: string; lot_code: string | null }>> {
  const out: Array<{ variant_id: string; lot_code: string | null }> = [];
  for (const c of classes) {
    const own = VARIANT_CLASS.exec(c);
    if (own) {
      out.push({ variant_id: own[1]!, lot_code: null });
      continue;
    }
    const item = tradeItemClass(c);
    const v = item ? await variantByGtin(ctx, item.gtin) : null;
    if (v) out.push({ variant_id: v.id, lot_code: item!.lot });
  }
  return out;
}

const intersect = <T>(a: T[] | undefined, b: T[]): T[] => (a === undefined ? b : a.filter((x) => b.includes(x)));

/** The ledger feed's filters for a query, or null when no ledger-derived event can match it. */
async function ledgerFilters(ctx: Ctx, q: EventQuery) {
  // Ledger events are ObjectEvents, OBSERVE, about classes (no instance EPCs), with hashes as ids.
  if (q.eventTypes && !q.eventTypes.has('ObjectEvent')) return null;
  if (q.actions && !q.actions.has('OBSERVE')) return null;
  if (q.matchEpc || q.eventIds) return null;
  let reasons: ExportedReason[] = [...EXPORTED_REASONS];
  const words = (set: Set<string>, kind: 'BizStep' | 'Disp') => new Set([...set].map((u) => cbvWord(kind, u)).filter((w): w is string => w !== null));
  if (q.bizSteps) reasons = intersect(reasons, reasonsWith('bizStep', words(q.bizSteps, 'BizStep')));
  if (q.dispositions) reasons = intersect(reasons, reasonsWith('disposition', words(q.dispositions, 'Disp')));
  if (reasons.length === 0) return null;
  let locationIds: string[] | undefined;
  for (const list of [q.bizLocations, q.readPoints]) {
    if (!list) continue;
    locationIds = intersect(
      locationIds,
      list.map(locationIdOf).filter((id): id is string => id !== null),
    );
    if (locationIds.length === 0) return null;
  }
  let items: Array<{ variant_id: string; lot_code: string | null }> | undefined;
  for (const list of [q.matchEpcClass, q.matchAnyEpcClass]) {
    if (!list) continue;
    const found = await itemsOf(ctx, list);
    // Both given: an event must match each; a GTIN-wide item of one keeps the lot-level items of the other.
    items =
      items === undefined ? found : items.filter((i) => found.some((f) => f.variant_id === i.variant_id && (f.lot_code === null || f.lot_code === i.lot_code)));
    if (items.length === 0) return null;
  }
  const max = (a?: Date, b?: Date) => (a && b ? (a > b ? a : b) : (a ?? b));
  const min = (a?: Date, b?: Date) => (a && b ? (a < b ? a : b) : (a ?? b));
  // A movement's event time and record time are both its created_at.
  return { reasons, locationIds, items, from: max(q.geEventTime, q.geRecordTime), to: min(q.ltEventTime, q.ltRecordTime) };
}

/** Ledger rows as events, with the variant's GTIN and the location's time zone. */
async function exportMovements(ctx: Ctx, rows: FeedMovement[]) {
  const [variants, zones] = await Promise.all([
    variantsByIds(
      ctx,
      rows.map((r) => r.variant_id),
    ),
    locationZones(
      ctx,
      rows.map((r) => r.location_id),
    ),
  ]);
  const gtins = new Map(variants.map((v) => [v.id, v.gtin]));
  return rows.flatMap((r) => {
    const event = movementEvent({ ...r, gtin: gtins.get(r.variant_id) ?? null, timezone: zones.get(r.location_id)?.timezone ?? 'UTC' });
    return event ? [{ at: r.at, id: r.id, event }] : [];
  });
}

/** C-locale order of (instant, id): both sources sort the same way. */
const before = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** One page of events (captured and ledger-derived) the actor may see, in eventTime order, and the next page's token. */
export async function queryEvents(ctx: Ctx, actor: Actor, q: EventQuery): Promise<{ events: Array<Record<string, unknown>>; nextPageToken: string | null }> {
  const scope = scopeOf(actor);
  const take = q.perPage + 1;
  const [captured, filters] = await Promise.all([queryCaptured(ctx.db, scope, q, take), ledgerFilters(ctx, q)]);
  const ledger = filters
    ? await exportMovements(
        ctx,
        await movementFeed(ctx, {
          merchantId: scope,
          reasons: filters.reasons,
          locationIds: filters.locationIds,
          items: filters.items,
          from: filters.from,
          to: filters.to,
          exceptNotePrefix: CAPTURE_NOTE_PREFIX,
          after: q.after,
          limit: take,
        }),
      )
    : [];
  const merged = [
    ...captured.map((c) => ({
      at: c.at,
      id: c.id,
      event: {
        ...(c.context.length > 0 ? { '@context': c.context } : {}),
        ...c.body,
        recordTime: new Date(c.record_time).toISOString(),
      },
    })),
    ...ledger,
  ].sort(before);
  const page = merged.slice(0, q.perPage);
  const last = page.at(-1);
  return { events: page.map((p) => p.event), nextPageToken: merged.length > q.perPage && last ? encodePageToken({ at: last.at, id: last.id }) : null };
}

/** An EPCISQueryDocument holding the events, as GET /events answers. */
export function queryDocument(events: Array<Record<string, unknown>>): Record<string, unknown> {
  return {
    '@context': ANSWER_CONTEXT,
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate: new Date().toISOString(),
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: events } } },
  };
}

/** A capture job as the binding reports it; merchants see their own, operators all. */
export async function getCapture(ctx: Ctx, actor: Actor, id: string) {
  const scope = scopeOf(actor);
  const c = await findCapture(ctx.db, id);
  if (!c || (scope !== null && c.merchant_id !== scope)) throw notFound('capture', id);
  return {
    captureID: c.id,
    createdAt: c.created_at.toISOString(),
    finishedAt: c.finished_at ? c.finished_at.toISOString() : null,
    running: c.running,
    success: c.success,
    captureErrorBehaviour: c.capture_error_behaviour,
    errors: c.errors,
    eventCount: c.event_count,
    duplicateCount: c.duplicate_count,
  };
}

export { EPCIS_CONTEXT };
