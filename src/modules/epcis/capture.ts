/**
 * EPCIS capture: a valid EPCISDocument is stored whole, and its receiving/shipping events about
 * the merchant's own variants (by GTIN) at known Meridian locations move the ledger through the
 * inventory service, all in one transaction: if one event cannot be applied (more shipped than
 * on hand, a lot-tracked item without its lot…) nothing of the document is kept.
 */
import { inTransaction } from '../../db/transaction.ts';
import { AppError, badRequest, forbidden } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';
import { variantByGtin } from '../catalog/service.ts';
import { adjustStock, receiveStock } from '../inventory/service.ts';
import { locationZones } from '../locations/service.ts';
import { validateEpcisDocument } from './epcis-schema.ts';
import { EPCIS_CONTEXT } from './export.ts';
import { eventHash } from './hash.ts';
import { canonicalId, cbvWord, expandCbv, locationIdOf, tradeItemClass, tradeItemInstance } from './identifiers.ts';
import { type NewEvent, insertCapture, insertEventOnce, markApplied, setCaptureDuplicates } from './repository.ts';

/** Most events one capture document may hold (the binding's GS1-EPCIS-Capture-Limit). */
export const CAPTURE_LIMIT = 1000;
/** Notes of ledger movements made by a capture start with this, so the export does not report them twice. */
export const CAPTURE_NOTE_PREFIX = 'epcis:';
/** Units of measure that count items (each, piece, unit); other quantities never move stock. */
const COUNT_UOMS = new Set(['EA', 'H87', 'C62']);

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The columns we query a captured event by. */
function eventRow(event: Json, context: unknown, merchantId: string, captureId: string): NewEvent {
  const hash = eventHash(event, context);
  const eventId = str(event.eventID) ?? hash;
  const classes = (list: unknown) => arr(list).map((q) => canonicalId(String((q as Json).epcClass)));
  const epcs = [
    ...arr(event.epcList),
    ...arr(event.childEPCs),
    ...arr(event.inputEPCList),
    ...arr(event.outputEPCList),
    ...(str(event.parentID) ? [event.parentID] : []),
  ];
  const place = (p: unknown) => (p && typeof p === 'object' && str((p as Json).id) ? canonicalId((p as Json).id as string) : null);
  const own = Array.isArray(context) ? context.filter((c) => c !== EPCIS_CONTEXT) : context === EPCIS_CONTEXT || context === undefined ? [] : [context];
  return {
    id: `eev_${ulid()}`,
    merchant_id: merchantId,
    capture_id: captureId,
    event_id: eventId,
    event_hash: hash,
    event_type: String(event.type),
    event_time: new Date(String(event.eventTime)),
    action: str(event.action),
    biz_step: str(event.bizStep) ? expandCbv('BizStep', event.bizStep as string) : null,
    disposition: str(event.disposition) ? expandCbv('Disp', event.disposition as string) : null,
    read_point: place(event.readPoint),
    biz_location: place(event.bizLocation),
    epcs: [...new Set(epcs.map((e) => canonicalId(String(e))))],
    epc_classes: [...new Set(classes(event.quantityList))],
    any_epc_classes: [...new Set([event.quantityList, event.childQuantityList, event.inputQuantityList, event.outputQuantityList].flatMap(classes))],
    body: { ...event, eventID: eventId },
    context: own,
  };
}

interface LedgerPlan {
  kind: 'receive' | 'ship';
  locationUri: string;
  items: Map<string, { gtin: string; lot: string | null; quantity: number }>;
}

/** What an event would do to the ledger, before looking anything up; null when it is not a receipt or shipment of counted items. */
export function ledgerPlan(event: Json): LedgerPlan | null {
  if (event.type !== 'ObjectEvent' && event.type !== 'TransactionEvent') return null;
  if (event.action === 'DELETE') return null;
  const step = str(event.bizStep) ? cbvWord('BizStep', expandCbv('BizStep', event.bizStep as string)) : null;
  if (step !== 'receiving' && step !== 'shipping') return null;
  const id = (p: unknown) => (p && typeof p === 'object' ? str((p as Json).id) : null);
  // Goods received are now at the business location; goods shipped leave from where they were read.
  const locationUri = step === 'receiving' ? (id(event.bizLocation) ?? id(event.readPoint)) : (id(event.readPoint) ?? id(event.bizLocation));
  if (!locationUri) return null;
  const items = new Map<string, { gtin: string; lot: string | null; quantity: number }>();
  const add = (item: { gtin: string; lot: string | null } | null, quantity: number) => {
    if (!item || !Number.isInteger(quantity) || quantity <= 0) return;
    const key = `${item.gtin}|${item.lot ?? ''}`;
    const prev = items.get(key);
    items.set(key, { ...item, quantity: (prev?.quantity ?? 0) + quantity });
  };
  for (const q of arr(event.quantityList) as Json[]) {
    if (q.uom !== undefined && !COUNT_UOMS.has(String(q.uom))) continue;
    add(tradeItemClass(String(q.epcClass)), typeof q.quantity === 'number' ? q.quantity : NaN);
  }
  for (const epc of arr(event.epcList)) add(tradeItemInstance(String(epc)), 1);
  return items.size === 0 ? null : { kind: step === 'receiving' ? 'receive' : 'ship', locationUri, items };
}

/** Lot dates an event's ILMD gives (CBV master data attributes), for receiving a lot-tracked variant. */
function lotDates(event: Json): { best_before?: string; use_by?: string; production_date?: string } {
  const ilmd = (event.ilmd ?? {}) as Json;
  const pick = (suffix: string) => {
    const k = Object.keys(ilmd).find((n) => n.endsWith(suffix));
    const v = k ? str(ilmd[k]) : null;
    return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
  };
  const out: { best_before?: string; use_by?: string; production_date?: string } = {};
  const bb = pick('bestBeforeDate');
  const ub = pick('itemExpirationDate');
  const pd = pick('productionDate');
  if (bb) out.best_before = bb;
  if (ub) out.use_by = ub;
  if (pd) out.production_date = pd;
  return out;
}

/** Applies one stored event to the ledger when it is about own variants at a known place; true when stock moved. */
async function applyEvent(tx: Ctx, actor: Actor, merchantId: string, row: NewEvent, event: Json): Promise<boolean> {
  const plan = ledgerPlan(event);
  if (!plan) return false;
  const locationId = locationIdOf(plan.locationUri);
  if (!locationId || !(await locationZones(tx, [locationId])).has(locationId)) return false;
  const lines: Array<{ variant_id: string; quantity: number; lot: string | null; lot_tracked: boolean }> = [];
  for (const item of plan.items.values()) {
    const v = await variantByGtin(tx, item.gtin);
    // Another merchant's GTIN is as unknown to this merchant as one nobody has.
    if (v && v.merchant_id === merchantId) lines.push({ variant_id: v.id, quantity: item.quantity, lot: item.lot, lot_tracked: v.lot_tracked });
  }
  if (lines.length === 0) return false;
  const note = `${CAPTURE_NOTE_PREFIX}${row.id}`;
  if (plan.kind === 'receive') {
    const dates = lotDates(event);
    await receiveStock(tx, actor, {
      location_id: locationId,
      // A lot named for an item we do not track by lot is just not recorded.
      lines: lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, lot: l.lot_tracked && l.lot ? { code: l.lot, ...dates } : undefined })),
      reference: row.event_id,
      note,
    });
  } else {
    for (const l of lines)
      await adjustStock(tx, actor, {
        location_id: locationId,
        variant_id: l.variant_id,
        delta: -l.quantity,
        note,
        lot_code: l.lot_tracked ? (l.lot ?? undefined) : undefined,
      });
  }
  return true;
}

export interface CaptureResult {
  captureId: string;
  stored: number;
  duplicates: number;
  applied: number;
}

/** Validates, stores and applies an EPCIS document for the actor's merchant, all or nothing. */
export async function captureDocument(ctx: Ctx, actor: Actor, doc: unknown): Promise<CaptureResult> {
  const merchantId = merchantOf(actor);
  if (!merchantId) throw forbidden('Capture needs a merchant: events are stored as the capturing merchant’s');
  const check = validateEpcisDocument(doc);
  if (!check.ok) {
    const first = check.errors[0]!;
    throw badRequest('epcis_invalid', `The EPCIS document is invalid (${first.instancePath} ${first.message}); nothing was stored`, { errors: check.errors });
  }
  const d = doc as Json;
  const events = (d.epcisBody as { eventList: Json[] }).eventList;
  if (events.length > CAPTURE_LIMIT)
    throw new AppError(413, 'epcis_capture_limit_exceeded', `A capture document may hold at most ${CAPTURE_LIMIT} events; split it`, { limit: CAPTURE_LIMIT });
  const captureId = `ecp_${ulid()}`;
  try {
    return await inTransaction(ctx, async (tx) => {
      await insertCapture(tx.db, { id: captureId, merchant_id: merchantId, actor_id: actorId(actor), success: true, errors: [], event_count: events.length });
      let stored = 0;
      let applied = 0;
      for (const [i, event] of events.entries()) {
        const row = eventRow(event, d['@context'], merchantId, captureId);
        // Seen before (same eventID or hash): neither stored nor applied again.
        if (!(await insertEventOnce(tx.db, row))) continue;
        stored++;
        try {
          if (await applyEvent(tx, actor, merchantId, row, event)) {
            await markApplied(tx.db, row.id);
            applied++;
          }
        } catch (e) {
          if (e instanceof AppError) throw new AppError(e.status, e.code, `Event ${i}: ${e.message}`, { ...e.details, event_index: i });
          throw e;
        }
      }
      if (stored < events.length) await setCaptureDuplicates(tx.db, captureId, events.length - stored);
      return { captureId, stored, duplicates: events.length - stored, applied };
    });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The document changed nothing; the failed job stays for GET /capture/{id} to report.
    const error = { type: `urn:meridian:problem:${e.code}`, title: 'Capture refused', status: e.status, code: e.code, detail: e.message, ...e.details };
    await insertCapture(ctx.db, {
      id: captureId,
      merchant_id: merchantId,
      actor_id: actorId(actor),
      success: false,
      errors: [error],
      event_count: events.length,
    });
    throw new AppError(e.status, e.code, `${e.message}; nothing was stored`, { ...e.details, captureID: captureId });
  }
}
