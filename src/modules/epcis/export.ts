/**
 * Ledger movements as EPCIS 2.0 events (pure). Every movement that changes what is physically
 * on hand, or whether it may be sold, is an ObjectEvent about a quantity of a class (GTIN, and
 * lot when the movement names one) at a location; the mapping table is in docs/epcis.md.
 * Reservations, their releases and expiries move nothing physical and are not exported.
 */
import type { MovementReason } from '../inventory/schema.ts';
import { eventHash } from './hash.ts';
import { CBV, classUri, locationUri } from './identifiers.ts';

/** Namespace of Meridian's extension members on exported events (`meridian:reason`, `meridian:movement`). */
export const MERIDIAN_NS = 'urn:meridian:epcis:';
export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
/** The @context of documents we answer: the standard one plus our extension namespace. */
export const ANSWER_CONTEXT: unknown[] = [EPCIS_CONTEXT, { meridian: MERIDIAN_NS }];

type Why = { bizStep: string; disposition: string };

/** Why each exported reason happened, in CBV 2.0 words (adjustments depend on their sign). */
export const MOVEMENT_VOCAB: Record<Exclude<MovementReason, 'reservation' | 'release' | 'expiry' | 'adjustment'>, Why> = {
  receipt: { bizStep: 'receiving', disposition: 'sellable_accessible' },
  sale: { bizStep: 'retail_selling', disposition: 'retail_sold' },
  // CBV 2.0 has no "returning" step: a return is a receipt whose disposition says why.
  return: { bizStep: 'receiving', disposition: 'returned' },
  transfer_out: { bizStep: 'shipping', disposition: 'in_transit' },
  transfer_in: { bizStep: 'receiving', disposition: 'sellable_accessible' },
  count_correction: { bizStep: 'cycle_counting', disposition: 'sellable_accessible' },
  lot_blocked: { bizStep: 'holding', disposition: 'non_sellable_other' },
  lot_released: { bizStep: 'inspecting', disposition: 'sellable_accessible' },
  lot_expired: { bizStep: 'inspecting', disposition: 'expired' },
  recall: { bizStep: 'holding', disposition: 'recalled' },
};
const ADJUST_UP: Why = { bizStep: 'stocking', disposition: 'sellable_accessible' };
const ADJUST_DOWN: Why = { bizStep: 'removing', disposition: 'non_sellable_other' };

export type ExportedReason = Exclude<MovementReason, 'reservation' | 'release' | 'expiry'>;
export const EXPORTED_REASONS: readonly ExportedReason[] = [...(Object.keys(MOVEMENT_VOCAB) as ExportedReason[]), 'adjustment'];

/** The reasons whose events have this bizStep / disposition (bare CBV words), for queries. */
export function reasonsWith(field: 'bizStep' | 'disposition', words: ReadonlySet<string>): ExportedReason[] {
  const out = new Set<ExportedReason>();
  for (const [reason, why] of Object.entries(MOVEMENT_VOCAB)) if (words.has(why[field])) out.add(reason as ExportedReason);
  if (words.has(ADJUST_UP[field]) || words.has(ADJUST_DOWN[field])) out.add('adjustment');
  return [...out];
}

export interface MovementForExport {
  id: string;
  variant_id: string;
  location_id: string;
  reason: MovementReason;
  on_hand_delta: number;
  blocked_delta: number;
  lot_code: string | null;
  reference_type: string | null;
  reference_id: string | null;
  created_at: Date;
  /** The variant's GTIN-14, or null when it has none. */
  gtin: string | null;
  /** IANA time zone of the location. */
  timezone: string;
}

/** ±hh:mm of a time zone at an instant. */
export function zoneOffset(timezone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ??
    'GMT';
  const m = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return m ? m[1]! : '+00:00';
}

/** A business transaction the movement belongs to (transfer, order, return), as the standard's list entry. */
function bizTransactions(m: MovementForExport): Array<{ type?: string; bizTransaction: string }> | undefined {
  if (!m.reference_id) return undefined;
  switch (m.reference_type) {
    case 'transfer':
      return [{ type: 'desadv', bizTransaction: `urn:meridian:transfer:${m.reference_id}` }];
    case 'order':
      return [{ bizTransaction: `urn:meridian:order:${m.reference_id}` }];
    case 'return':
      return [{ type: 'rma', bizTransaction: `urn:meridian:return:${m.reference_id}` }];
    case 'external':
      return [
        { bizTransaction: /^[a-z][a-z0-9+.-]*:\S+$/i.test(m.reference_id) ? m.reference_id : `urn:meridian:reference:${encodeURIComponent(m.reference_id)}` },
      ];
    default:
      return undefined;
  }
}

/** The EPCIS 2.0 ObjectEvent of one ledger movement, with its event hash as eventID; null for reasons not exported. */
export function movementEvent(m: MovementForExport): Record<string, unknown> | null {
  if (m.reason === 'reservation' || m.reason === 'release' || m.reason === 'expiry') return null;
  const why = m.reason === 'adjustment' ? (m.on_hand_delta >= 0 ? ADJUST_UP : ADJUST_DOWN) : MOVEMENT_VOCAB[m.reason];
  // Status changes of a lot (blocked, released, expired, recalled) move units between sellable and blocked.
  const quantity = Math.abs(m.on_hand_delta) || Math.abs(m.blocked_delta);
  const place = { id: locationUri(m.location_id) };
  const txs = bizTransactions(m);
  const event: Record<string, unknown> = {
    type: 'ObjectEvent',
    eventTime: m.created_at.toISOString(),
    eventTimeZoneOffset: zoneOffset(m.timezone, m.created_at),
    quantityList: [{ epcClass: m.gtin ? classUri(m.gtin, m.lot_code) : `urn:meridian:variant:${m.variant_id}`, quantity }],
    action: 'OBSERVE',
    bizStep: why.bizStep,
    disposition: why.disposition,
    readPoint: place,
    bizLocation: place,
    ...(txs ? { bizTransactionList: txs } : {}),
    'meridian:reason': m.reason,
    'meridian:movement': m.id,
  };
  return { type: 'ObjectEvent', eventID: eventHash(event, ANSWER_CONTEXT), ...event, recordTime: m.created_at.toISOString() };
}

/** Full CBV URI of a bare bizStep/disposition word (what stored and exported events are compared in). */
export const cbvUri = (kind: 'BizStep' | 'Disp', word: string) => `${CBV}${kind}-${word}`;
