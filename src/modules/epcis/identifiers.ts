/**
 * Identifiers EPCIS events carry, in the forms the GS1 standards allow (EPC URNs of the Tag Data
 * Standard, GS1 Digital Link URIs, bare or full CBV vocabulary), and their one canonical form:
 * the constrained GS1 Digital Link URI on https://id.gs1.org (EPCIS 2.0 / CBV 2.0 canonicalisation,
 * as the event hash uses it). Meridian's own places are named by a host-independent URN.
 */
import { gtinCheckDigit } from '../../shared/gtin.ts';

export const GS1_ID = 'https://id.gs1.org';
export const CBV = 'https://ref.gs1.org/cbv/';

/** CBV vocabularies whose bare words the JSON-LD context expands, and their URI stems. */
export type CbvKind = 'BizStep' | 'Disp' | 'BTT' | 'SDT' | 'ER';

const URN_VOCAB: Record<string, CbvKind> = { bizstep: 'BizStep', disp: 'Disp', btt: 'BTT', sdt: 'SDT', er: 'ER' };

/** The full CBV 2.0 URI of a vocabulary value: bare word, CBV 1.x URN or already full; other URIs as they are. */
export function expandCbv(kind: CbvKind, value: string): string {
  const v = value.trim();
  const urn = /^urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):(.+)$/.exec(v);
  if (urn) return `${CBV}${URN_VOCAB[urn[1]!]}-${urn[2]}`;
  if (/^[A-Za-z0-9_]+$/.test(v)) return `${CBV}${kind}-${v}`;
  return v;
}

/** The bare CBV word of a full CBV URI of this vocabulary, else null. */
export function cbvWord(kind: CbvKind, uri: string): string | null {
  const prefix = `${CBV}${kind}-`;
  return uri.startsWith(prefix) ? uri.slice(prefix.length) : null;
}

// Characters GS1 Digital Link wants percent-encoded in a path value that EPC URNs allow raw.
const DL_ESCAPES: Record<string, string> = { '!': '%21', '(': '%28', ')': '%29', '*': '%2A', '+': '%2B', ',': '%2C', ':': '%3A' };
const dlEscape = (s: string) => s.replace(/[!()*+,:]/g, (c) => DL_ESCAPES[c]!);

/** Adds the GS1 mod-10 check digit to a key body. */
const withCheck = (body: string) => body + String(gtinCheckDigit(body));

/** GTIN of an SGTIN/LGTIN company prefix and item reference (indicator digit first in the reference). */
const gtinOf = (cp: string, ir: string) => withCheck(ir.slice(0, 1) + cp + ir.slice(1));

const EPC_CHARS = "(?:%[0-9A-Fa-f]{2}|[!'()*+,.0-9:;=A-Za-z_-])";
const SGTIN = new RegExp(`^urn:epc:id:sgtin:(\\d{6,12})\\.(\\d{1,7})\\.(${EPC_CHARS}{1,20})$`);
const LGTIN = new RegExp(`^urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\.(${EPC_CHARS}{1,20})$`);
const SGTIN_PAT = /^urn:epc:idpat:sgtin:(\d{6,12})\.(\d{1,7})\.\*$/;
const SSCC = /^urn:epc:id:sscc:(\d{6,12})\.(\d{5,11})$/;
const SGLN = new RegExp(`^urn:epc:id:sgln:(\\d{6,12})\\.(\\d{0,6})\\.(${EPC_CHARS}{1,20})$`);
const PGLN = /^urn:epc:id:pgln:(\d{6,12})\.(\d{0,6})$/;
const GIAI = new RegExp(`^urn:epc:id:giai:(\\d{6,12})\\.(${EPC_CHARS}{1,24})$`);
const GDTI = new RegExp(`^urn:epc:id:gdti:(\\d{6,12})\\.(\\d{0,6})\\.(${EPC_CHARS}{0,17})$`);

/** EPC URN -> canonical Digital Link, or null when it is no EPC URN we read. */
function fromEpcUrn(uri: string): string | null {
  let m = SGTIN.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 13) return `${GS1_ID}/01/${gtinOf(m[1]!, m[2]!)}/21/${dlEscape(m[3]!)}`;
  m = LGTIN.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 13) return `${GS1_ID}/01/${gtinOf(m[1]!, m[2]!)}/10/${dlEscape(m[3]!)}`;
  m = SGTIN_PAT.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 13) return `${GS1_ID}/01/${gtinOf(m[1]!, m[2]!)}`;
  m = SSCC.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 17) return `${GS1_ID}/00/${withCheck(m[2]!.slice(0, 1) + m[1]! + m[2]!.slice(1))}`;
  m = SGLN.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 12) {
    const gln = withCheck(m[1]! + m[2]!);
    return m[3] === '0' ? `${GS1_ID}/414/${gln}` : `${GS1_ID}/414/${gln}/254/${dlEscape(m[3]!)}`;
  }
  m = PGLN.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 12) return `${GS1_ID}/417/${withCheck(m[1]! + m[2]!)}`;
  m = GIAI.exec(uri);
  if (m) return `${GS1_ID}/8004/${m[1]}${dlEscape(m[2]!)}`;
  m = GDTI.exec(uri);
  if (m && m[1]!.length + m[2]!.length === 12) return `${GS1_ID}/253/${withCheck(m[1]! + m[2]!)}${dlEscape(m[3]!)}`;
  return null;
}

// Digital Link primary keys and key qualifiers, by AI number and short name.
const DL_KEYS = new Map([
  ['01', '01'],
  ['gtin', '01'],
  ['00', '00'],
  ['sscc', '00'],
  ['414', '414'],
  ['gln', '414'],
  ['417', '417'],
  ['party', '417'],
  ['253', '253'],
  ['gdti', '253'],
  ['255', '255'],
  ['gcn', '255'],
  ['401', '401'],
  ['ginc', '401'],
  ['402', '402'],
  ['gsin', '402'],
  ['8003', '8003'],
  ['grai', '8003'],
  ['8004', '8004'],
  ['giai', '8004'],
  ['8006', '8006'],
  ['itip', '8006'],
  ['8010', '8010'],
  ['cpid', '8010'],
  ['8017', '8017'],
  ['gsrnp', '8017'],
  ['8018', '8018'],
  ['gsrn', '8018'],
]);
const DL_QUALIFIERS = new Map([
  ['22', '22'],
  ['cpv', '22'],
  ['10', '10'],
  ['lot', '10'],
  ['21', '21'],
  ['ser', '21'],
  ['254', '254'],
  ['glnx', '254'],
  ['235', '235'],
  ['8011', '8011'],
  ['7040', '7040'],
]);

/** A GS1 Digital Link URI on any host -> the constrained canonical form, or null when it is none. */
function fromDigitalLink(uri: string): string | null {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?(?:[?#].*)?$/.exec(uri);
  if (!m || !m[1]) return null;
  const segs = m[1].split('/').slice(1);
  if (segs.at(-1) === '') segs.pop();
  // The key is the first key name followed by an even number of segments (its value, then pairs).
  const start = segs.findIndex((s, i) => DL_KEYS.has(s) && (segs.length - i) % 2 === 0);
  if (start === -1) return null;
  const key = DL_KEYS.get(segs[start]!)!;
  let value = segs[start + 1]!;
  if (key === '01') {
    if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(value)) return null;
    value = value.padStart(14, '0');
  }
  const qualifiers = new Map<string, string>();
  for (let i = start + 2; i < segs.length; i += 2) {
    const q = DL_QUALIFIERS.get(segs[i]!);
    if (!q) return null;
    qualifiers.set(q, segs[i + 1]!);
  }
  // Canonical: no consumer product variant, and only the finest level (a serial makes the lot redundant).
  qualifiers.delete('22');
  if (qualifiers.has('21')) qualifiers.delete('10');
  let out = `${GS1_ID}/${key}/${value}`;
  for (const q of ['10', '21', '235', '254', '8011']) if (qualifiers.has(q)) out += `/${q}/${qualifiers.get(q)}`;
  return out;
}

/**
 * The canonical form of an identifier (EPC, EPC class, EPC pattern, location, party, document):
 * a constrained GS1 Digital Link URI on https://id.gs1.org when it names a GS1 key, else unchanged.
 */
export function canonicalId(uri: string): string {
  const v = uri.trim();
  return fromEpcUrn(v) ?? fromDigitalLink(v) ?? v;
}

/** Whether a string names a GS1 key we canonicalise (so it is worth comparing in canonical form). */
export function isGs1Id(uri: string): boolean {
  return canonicalId(uri) !== uri.trim();
}

/** The GTIN (14 digits) and lot of a trade item class (GTIN or GTIN+lot), or null. */
export function tradeItemClass(uri: string): { gtin: string; lot: string | null } | null {
  const m = /^https:\/\/id\.gs1\.org\/01\/(\d{14})(?:\/10\/([^/]+))?$/.exec(canonicalId(uri));
  if (!m || !checkDigitOk(m[1]!)) return null;
  return { gtin: m[1]!, lot: m[2] ? decodeOrNull(m[2]) : null };
}

/** The GTIN (and lot, when a Digital Link names one besides the serial) of a serialised trade item, or null. */
export function tradeItemInstance(uri: string): { gtin: string; lot: string | null } | null {
  const v = uri.trim();
  // A Digital Link may name the lot before the serial; canonicalisation drops it, so read it first.
  const lotInDl = /\/(?:10|lot)\/([^/?#]+)\/(?:21|ser)\//.exec(v);
  const m = /^https:\/\/id\.gs1\.org\/01\/(\d{14})\/21\/[^/]+$/.exec(canonicalId(v));
  if (!m || !checkDigitOk(m[1]!)) return null;
  return { gtin: m[1]!, lot: lotInDl ? decodeOrNull(lotInDl[1]!) : null };
}

const checkDigitOk = (g14: string) => gtinCheckDigit(g14.slice(0, -1)) === Number(g14.at(-1));

function decodeOrNull(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Class-level id of a variant's units (and lot) as a GS1 Digital Link URI. */
export function classUri(gtin14: string, lot?: string | null): string {
  return lot ? `${GS1_ID}/01/${gtin14}/10/${encodeURIComponent(lot)}` : `${GS1_ID}/01/${gtin14}`;
}

const LOCATION_URN = 'urn:meridian:location:';
const LOCATION_ID = /^loc_[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * A Meridian location as an EPCIS readPoint/bizLocation. Locations carry no GLN in Meridian, so
 * there is no SGLN to give; this URN is stable and does not depend on the host serving the API.
 */
export function locationUri(locationId: string): string {
  return LOCATION_URN + locationId;
}

/** The Meridian location id a readPoint/bizLocation names (our URN, or an http(s) URL ending in /locations/<id>), else null. */
export function locationIdOf(uri: string): string | null {
  const v = uri.trim();
  const id = v.startsWith(LOCATION_URN) ? v.slice(LOCATION_URN.length) : (/^https?:\/\/[^?#]+\/locations\/([^/?#]+)\/?$/.exec(v)?.[1] ?? null);
  return id !== null && LOCATION_ID.test(id) ? id : null;
}
