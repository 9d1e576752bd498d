/**
 * The EPCIS 2.0 event hash (GS1 "EPCIS event hash" algorithm, CBV 2.0 version): a pre-hash
 * string of the event's fields in a fixed order with normalised values, then sha-256, written as
 * `ni:///sha-256;<hex>?ver=CBV2.0`. Followed from the reference implementation
 * (github.com/RalphTro/epcis-event-hash-generator): its property order, its tree model of an
 * event (the XML shape: lists hold named children, readPoint/bizLocation an `id` child), its
 * value normalisation, and its closing section of user extensions sorted.
 *
 * Normalisation: timestamps (fields named …Time) to UTC with milliseconds; CBV bare words and
 * CBV 1.x URNs to CBV 2.0 URIs; numbers without redundant zeros or sign; GS1 keys (EPC URNs,
 * Digital Link on any host) to the canonical Digital Link; namespaced extension names to
 * `{namespace}local`; repeated children sorted. recordTime and eventID never take part.
 */
import { createHash } from 'node:crypto';
import { type CbvKind, canonicalId, expandCbv } from './identifiers.ts';

interface Node {
  name: string;
  value: string;
  children: Node[];
}

type Order = ReadonlyArray<readonly [string, Order | null]>;

const QUANTITY: Order = [
  [
    'quantityElement',
    [
      ['epcClass', null],
      ['quantity', null],
      ['uom', null],
    ],
  ],
];
const EPCS: Order = [['epc', null]];
const PARTY = (name: string): Order => [[name, [['type', null]]]];

/** The order the pre-hash string lists an event's standard fields in. */
const ORDER: Order = [
  ['eventTime', null],
  ['eventTimeZoneOffset', null],
  ['epcList', EPCS],
  ['parentID', null],
  ['inputEPCList', EPCS],
  ['childEPCs', EPCS],
  ['quantityList', QUANTITY],
  ['childQuantityList', QUANTITY],
  ['inputQuantityList', QUANTITY],
  ['outputEPCList', EPCS],
  ['outputQuantityList', QUANTITY],
  ['action', null],
  ['transformationID', null],
  ['bizStep', null],
  ['disposition', null],
  [
    'persistentDisposition',
    [
      ['set', null],
      ['unset', null],
    ],
  ],
  ['readPoint', [['id', null]]],
  ['bizLocation', [['id', null]]],
  ['bizTransactionList', PARTY('bizTransaction')],
  ['sourceList', PARTY('source')],
  ['destinationList', PARTY('destination')],
  [
    'sensorElementList',
    [
      [
        'sensorElement',
        [
          [
            'sensorMetadata',
            ['time', 'startTime', 'endTime', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'bizRules'].map((n) => [n, null] as const),
          ],
          [
            'sensorReport',
            [
              'type',
              'exception',
              'deviceID',
              'deviceMetadata',
              'rawData',
              'dataProcessingMethod',
              'time',
              'microorganism',
              'chemicalSubstance',
              'value',
              'component',
              'stringValue',
              'booleanValue',
              'hexBinaryValue',
              'uriValue',
              'minValue',
              'maxValue',
              'meanValue',
              'sDev',
              'percRank',
              'percValue',
              'uom',
              'coordinateReferenceSystem',
            ].map((n) => [n, null] as const),
          ],
        ],
      ],
    ],
  ],
];

// Namespaces every EPCIS 2.0 document has through the standard context.
const WELL_KNOWN: Record<string, string> = {
  gs1: 'https://ref.gs1.org/voc/',
  cbv: 'https://ref.gs1.org/cbv/',
  epcis: 'https://ref.gs1.org/epcis/',
  cbvmda: 'urn:epcglobal:cbv:mda',
};

/** Prefix -> namespace from a JSON-LD @context (string, object or array of both). */
export function namespacesOf(...contexts: unknown[]): Map<string, string> {
  const out = new Map(Object.entries(WELL_KNOWN));
  const add = (c: unknown) => {
    if (c && typeof c === 'object' && !Array.isArray(c)) for (const [k, v] of Object.entries(c)) if (typeof v === 'string' && !k.startsWith('@')) out.set(k, v);
  };
  for (const ctx of contexts) (Array.isArray(ctx) ? ctx : [ctx]).forEach(add);
  // The standard context binds gs1: to the web vocabulary whatever a document says.
  out.set('gs1', WELL_KNOWN.gs1!);
  return out;
}

const node = (name: string, value: string, children: Node[] = []): Node => ({ name, value, children });

function scalar(v: unknown, ns: Map<string, string>): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return '';
  // Only GS1's own vocabulary CURIEs are expanded in values; user CURIEs stay as written.
  const m = /^([A-Za-z][\w.-]*):(.*)$/.exec(v);
  const uri = m ? ns.get(m[1]!) : undefined;
  return uri && (uri.startsWith('https://ref.gs1.org') || uri.startsWith('https://gs1.org')) ? uri + m![2] : v;
}

function keyName(key: string, ns: Map<string, string>): string {
  const m = /^([A-Za-z][\w.-]*):(.+)$/.exec(key);
  const uri = m ? ns.get(m[1]!) : undefined;
  return uri ? `{${uri}}${m![2]}` : key;
}

/** A JSON value under `key` as tree nodes (an array gives one node per element, all named `key`). */
function generic(key: string, v: unknown, ns: Map<string, string>): Node[] {
  const name = keyName(key, ns);
  if (Array.isArray(v)) return v.flatMap((x) => generic(key, x, ns));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const local = namespacesFromXmlns(o, ns);
    const text = o['#text'] === undefined ? '' : scalar(o['#text'], local);
    const kids = Object.entries(o)
      .filter(([k]) => k !== '#text' && !k.startsWith('@') && k !== 'rdfs:comment' && k !== 'comment')
      .flatMap(([k, x]) => generic(k, x, local));
    return [node(name, text, kids)];
  }
  return [node(name, scalar(v, ns))];
}

/** `@xmlns:prefix` members (the XML-derived JSON form of a namespace declaration). */
function namespacesFromXmlns(o: Record<string, unknown>, ns: Map<string, string>): Map<string, string> {
  const decl = Object.entries(o).filter(([k, v]) => k.startsWith('@xmlns:') && typeof v === 'string');
  if (decl.length === 0) return ns;
  const out = new Map(ns);
  for (const [k, v] of decl) out.set(k.slice(7), v as string);
  return out;
}

const CBV_FIELDS: Record<string, CbvKind> = { bizStep: 'BizStep', disposition: 'Disp' };
const LISTS_OF_IDS = ['epcList', 'inputEPCList', 'outputEPCList', 'childEPCs'];
const QUANTITY_LISTS = ['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'];
const PARTY_LISTS: Record<string, [string, CbvKind]> = {
  bizTransactionList: ['bizTransaction', 'BTT'],
  sourceList: ['source', 'SDT'],
  destinationList: ['destination', 'SDT'],
};
const IGNORED = new Set(['type', 'isA', '@context', 'eventID', 'recordTime', 'rdfs:comment', 'comment']);

/** An event as the tree the pre-hash walks: the XML data model of EPCIS, bare CBV words expanded. */
function eventTree(event: Record<string, unknown>, ns: Map<string, string>): Node[] {
  const out: Node[] = [];
  for (const [key, v] of Object.entries(event)) {
    if (IGNORED.has(key) || key.startsWith('@xmlns')) continue;
    if (key in CBV_FIELDS && typeof v === 'string') out.push(node(key, expandCbv(CBV_FIELDS[key]!, v)));
    else if (LISTS_OF_IDS.includes(key) && Array.isArray(v))
      out.push(
        node(
          key,
          '',
          v.map((x) => node('epc', scalar(x, ns))),
        ),
      );
    else if (QUANTITY_LISTS.includes(key) && Array.isArray(v))
      out.push(
        node(
          key,
          '',
          v.map((q) => ({ ...generic('quantityElement', q, ns)[0]! })),
        ),
      );
    else if (key in PARTY_LISTS && Array.isArray(v)) {
      const [item, kind] = PARTY_LISTS[key]!;
      out.push(
        node(
          key,
          '',
          v.map((x: Record<string, unknown>) => {
            const rest = Object.entries(x ?? {}).filter(([k]) => k !== item && k !== 'type');
            const kids = [...(typeof x?.type === 'string' ? [node('type', expandCbv(kind, x.type))] : []), ...rest.flatMap(([k, y]) => generic(k, y, ns))];
            return node(item, scalar(x?.[item], ns), kids);
          }),
        ),
      );
    } else if (key === 'persistentDisposition' && v && typeof v === 'object') {
      const pd = v as { set?: unknown[]; unset?: unknown[] };
      const kids = (['set', 'unset'] as const).flatMap((k) =>
        Array.isArray(pd[k]) ? pd[k].map((d) => node(k, typeof d === 'string' ? expandCbv('Disp', d) : scalar(d, ns))) : [],
      );
      out.push(node(key, '', kids));
    } else if (key === 'sensorElementList' && Array.isArray(v)) {
      out.push(
        node(
          key,
          '',
          v.map((el) => sensorElement(el, ns)),
        ),
      );
    } else if (key === 'errorDeclaration' && v && typeof v === 'object') {
      const ed = { ...(v as Record<string, unknown>) };
      if (typeof ed.reason === 'string') ed.reason = expandCbv('ER', ed.reason);
      out.push(...generic(key, ed, ns));
    } else out.push(...generic(key, v, ns));
  }
  return out;
}

function sensorElement(el: unknown, ns: Map<string, string>): Node {
  const o = (el ?? {}) as Record<string, unknown>;
  const kids: Node[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'sensorReport' && Array.isArray(v)) {
      for (const r of v) {
        const report = { ...(r as Record<string, unknown>) };
        // Measurement types are terms of the GS1 web vocabulary (gs1:Temperature).
        if (typeof report.type === 'string' && /^[A-Za-z_]+$/.test(report.type)) report.type = `https://ref.gs1.org/voc/${report.type}`;
        kids.push(...generic('sensorReport', report, ns));
      }
    } else kids.push(...generic(k, v, ns));
  }
  return node('sensorElement', '', kids);
}

/** A timestamp in UTC with exactly three fractional digits (the fourth rounds half up). */
export function utcMillis(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$/i.exec(text.trim());
  if (!m) return text;
  const frac = (m[2] ?? '').padEnd(4, '0');
  const base = Date.parse(`${m[1]}.${frac.slice(0, 3)}${m[3] ?? 'Z'}`);
  if (Number.isNaN(base)) return text;
  return new Date(base + (Number(frac[3]) >= 5 ? 1 : 0)).toISOString();
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A value's normal form: CBV 2.0 URIs for CBV 1.x URNs, numbers without redundant digits, GS1 keys canonical. */
function canon(text: string): string {
  let v = text.replace(/^urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):/, (_s, k: string) => `https://ref.gs1.org/cbv/${URN_KIND[k]}-`);
  if (NUMERIC.test(v)) {
    const n = Number(v);
    if (Number.isFinite(n)) v = String(n);
  }
  return canonicalId(v);
}
const URN_KIND: Record<string, string> = { bizstep: 'BizStep', disp: 'Disp', btt: 'BTT', sdt: 'SDT', er: 'ER' };

function childString(c: Node, order: Order | null): string {
  const grand = order ? inOrder(c.children, order) : '';
  let text = c.value.trim();
  if (text) {
    const lower = c.name.toLowerCase();
    text = lower.indexOf('time') > 0 && !lower.includes('offset') ? utcMillis(text) : canon(text);
  }
  return text || grand ? `${c.name}${text ? `=${text}` : ''}${grand}` : '';
}

/** The ordered part: each named field in turn, repeated ones sorted; consumed nodes leave the tree. */
function inOrder(children: Node[], order: Order): string {
  let out = '';
  for (const [name, sub] of order) {
    const values: string[] = [];
    for (const c of children.filter((x) => x.name === name)) {
      const s = childString(c, sub);
      if (s) values.push(s);
      if (c.children.length === 0) children.splice(children.indexOf(c), 1);
    }
    out += values.sort().join('');
  }
  return out;
}

/** What is left (user extensions, ilmd, extension members inside standard fields): name=value, sorted at every level. */
function rest(children: Node[]): string {
  return children
    .map((c) => `${c.name}${c.value.trim() ? `=${canon(c.value.trim())}` : ''}${rest(c.children)}`)
    .sort()
    .join('');
}

/** The canonical pre-hash string of an event; `context` is the enclosing document's @context. */
export function preHashString(event: Record<string, unknown>, context?: unknown): string {
  const ns = namespacesOf(context, event['@context']);
  const tree = eventTree(event, ns);
  const type = typeof event.type === 'string' ? event.type : String(event.isA ?? '');
  return `eventType=${type}${inOrder(tree, ORDER)}${rest(tree)}`;
}

/** The EPCIS 2.0 event hash, `ni:///sha-256;<hex>?ver=CBV2.0`. */
export function eventHash(event: Record<string, unknown>, context?: unknown): string {
  return `ni:///sha-256;${createHash('sha256').update(preHashString(event, context), 'utf8').digest('hex')}?ver=CBV2.0`;
}
