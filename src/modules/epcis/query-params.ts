/**
 * The EPCIS 2.0 REST binding's query parameters for GET /events (pure): names as the standard's
 * query schema spells them; a list parameter may repeat or separate its values with "|".
 * Unknown or malformed parameters are refused, never ignored.
 */
import { badRequest } from '../../http/errors.ts';
import { BIZ_STEPS, DISPOSITIONS, EVENT_TYPES } from './epcis-schema.ts';
import { canonicalId, expandCbv } from './identifiers.ts';

export interface EventQuery {
  eventTypes?: Set<string>;
  geEventTime?: Date;
  ltEventTime?: Date;
  geRecordTime?: Date;
  ltRecordTime?: Date;
  actions?: Set<string>;
  /** Full CBV URIs (bare words expanded). */
  bizSteps?: Set<string>;
  dispositions?: Set<string>;
  /** Canonical forms. */
  bizLocations?: string[];
  readPoints?: string[];
  matchEpc?: string[];
  matchEpcClass?: string[];
  matchAnyEpcClass?: string[];
  eventIds?: string[];
  perPage: number;
  after?: { at: string; id: string };
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 500;

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

const invalid = (name: string, detail: string) => badRequest('epcis_query_parameter_invalid', `${name}: ${detail}`, { parameter: name });

function values(name: string, raw: unknown): string[] {
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split('|')).map((v) => v.trim());
  if (list.length === 0 || list.some((v) => v === '')) throw invalid(name, 'give at least one non-empty value');
  if (list.length > 100) throw invalid(name, 'at most 100 values');
  return list;
}

function single(name: string, raw: unknown): string {
  const v = values(name, raw);
  if (v.length !== 1) throw invalid(name, 'give one value');
  return v[0]!;
}

function time(name: string, raw: unknown): Date {
  const v = single(name, raw);
  const d = new Date(v);
  if (!TIME.test(v) || Number.isNaN(d.getTime())) throw invalid(name, `"${v}" is not an ISO 8601 date-time with a time zone`);
  return d;
}

function uris(name: string, raw: unknown): string[] {
  const v = values(name, raw);
  for (const x of v) if (!URI.test(x)) throw invalid(name, `"${x}" is not a URI`);
  return v.map(canonicalId);
}

function vocab(name: string, raw: unknown, kind: 'BizStep' | 'Disp', words: string[]): Set<string> {
  const v = values(name, raw);
  for (const x of v) if (!words.includes(x) && !URI.test(x)) throw invalid(name, `"${x}" is neither a CBV word nor a URI`);
  return new Set(v.map((x) => expandCbv(kind, x)));
}

/** The next-page token: the last event's sort key, opaque to clients. */
export function encodePageToken(after: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([after.at, after.id])).toString('base64url');
}

function decodePageToken(raw: string): { at: string; id: string } {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && TIME.test(v[0]) && typeof v[1] === 'string' && /^[\w-]{1,120}$/.test(v[1]))
      return { at: v[0], id: v[1] };
  } catch {
    // fall through
  }
  throw badRequest('epcis_invalid_page_token', 'nextPageToken is not one this server gave out', { parameter: 'nextPageToken' });
}

/** Parses the query string of GET /events; refuses unknown and malformed parameters. */
export function parseEventQuery(query: Record<string, unknown>): EventQuery {
  const q: EventQuery = { perPage: DEFAULT_PER_PAGE };
  for (const [name, raw] of Object.entries(query)) {
    switch (name) {
      case 'eventType': {
        const v = values(name, raw);
        for (const t of v) if (!(EVENT_TYPES as readonly string[]).includes(t)) throw invalid(name, `"${t}" is not one of ${EVENT_TYPES.join(', ')}`);
        q.eventTypes = new Set(v);
        break;
      }
      case 'GE_eventTime':
        q.geEventTime = time(name, raw);
        break;
      case 'LT_eventTime':
        q.ltEventTime = time(name, raw);
        break;
      case 'GE_recordTime':
        q.geRecordTime = time(name, raw);
        break;
      case 'LT_recordTime':
        q.ltRecordTime = time(name, raw);
        break;
      case 'EQ_action': {
        const v = values(name, raw);
        for (const a of v) if (!['OBSERVE', 'ADD', 'DELETE'].includes(a)) throw invalid(name, `"${a}" is not OBSERVE, ADD or DELETE`);
        q.actions = new Set(v);
        break;
      }
      case 'EQ_bizStep':
        q.bizSteps = vocab(name, raw, 'BizStep', BIZ_STEPS);
        break;
      case 'EQ_disposition':
        q.dispositions = vocab(name, raw, 'Disp', DISPOSITIONS);
        break;
      case 'EQ_bizLocation':
        q.bizLocations = uris(name, raw);
        break;
      case 'EQ_readPoint':
        q.readPoints = uris(name, raw);
        break;
      case 'MATCH_epc':
        q.matchEpc = uris(name, raw);
        break;
      case 'MATCH_epcClass':
        q.matchEpcClass = uris(name, raw);
        break;
      case 'MATCH_anyEPCClass':
        q.matchAnyEpcClass = uris(name, raw);
        break;
      case 'EQ_eventID':
        q.eventIds = values(name, raw);
        break;
      case 'perPage': {
        const v = single(name, raw);
        if (!/^\d{1,4}$/.test(v) || Number(v) < 1 || Number(v) > MAX_PER_PAGE) throw invalid(name, `an integer from 1 to ${MAX_PER_PAGE}`);
        q.perPage = Number(v);
        break;
      }
      case 'nextPageToken':
        q.after = decodePageToken(single(name, raw));
        break;
      default:
        throw badRequest('epcis_query_parameter_unknown', `Unknown query parameter "${name}"`, { parameter: name });
    }
  }
  return q;
}
