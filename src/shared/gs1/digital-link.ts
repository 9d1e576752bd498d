/**
 * GS1 Digital Link URIs (GS1 Digital Link Standard: URI Syntax 1.2 and its ABNF grammar), e.g.
 * https://id.example.com/01/09506000134352/10/ABC123?17=261231: exactly one primary key in the
 * path, then that key's qualifiers in the grammar's order (for a GTIN: 22, 10, 21), then data
 * attributes as query parameters keyed by AI number. Parsing yields the same result as
 * parseElementString, so a scan of a QR code and of a GS1-128 label are handled alike.
 */
import { AI_BY_SHORT_NAME, PRIMARY_KEY_PRECEDENCE, aiDefinition } from './ai-table.ts';
import { interpretElements, type Gs1Element, type Gs1Error, type Gs1ErrorCode, type Gs1Options, type Gs1ParseResult } from './element-string.ts';

/** GS1's own resolver, the stem of a canonical Digital Link. */
export const GS1_RESOLVER = 'https://id.gs1.org';

const URI = /^(https?):\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const STEM = /^https?:\/\/[^/?#]+(?:\/[^?#]*)?$/i;

/** Short names the grammar accepts in the query string (lot-code, expiryDateCode); other names are extension parameters. */
const QUERY_SHORT_NAMES = new Map([
  ['lot', '10'],
  ['exp', '17'],
]);

function fail(code: Gs1ErrorCode, detail: string, ai?: string): Gs1Error {
  return ai === undefined ? { ok: false, code, detail } : { ok: false, code, detail, ai };
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The AI a path segment names: an AI number, or a short name such as "gtin" or "lot". */
function pathAi(segment: string): string | undefined {
  return /^\d{2,4}$/.test(segment) ? segment : AI_BY_SHORT_NAME.get(segment);
}

/** The grammar admits a GTIN as 8, 12, 13 or 14 digits; the element is always the 14-digit form. */
function gtinValue(value: string): string {
  return /^(\d{8}|\d{12}|\d{13})$/.test(value) ? value.padStart(14, '0') : value;
}

/**
 * Parses a GS1 Digital Link URI (http or https, any host). Path segments before the primary key
 * (a resolver's own prefix, e.g. https://brand.example/dl/01/…) are allowed and ignored, as are
 * the fragment and query parameters that are not AIs (extension parameters such as linkType).
 * Refused: qualifiers out of order or belonging to another key ('bad_qualifier_order',
 * 'misplaced_ai'), a qualifier-only AI such as (21) in the query ('misplaced_ai'), and every
 * value error parseElementString reports. Mandatory companions are checked by default.
 */
export function parseDigitalLink(uri: string, options: Gs1Options = {}): Gs1ParseResult {
  const m = URI.exec(uri.trim());
  if (!m) return fail('not_digital_link', 'not an http(s) URI');
  const rawSegments = m[3]!.split('/').slice(1);
  if (rawSegments.at(-1) === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const decoded = decode(raw);
    if (decoded === null) return fail('bad_character', `bad percent-encoding in path segment ${JSON.stringify(raw)}`);
    segments.push(decoded);
  }

  // The primary key is the first key name followed by an even number of segments (value, then pairs).
  const n = segments.length;
  const start = segments.findIndex((s, i) => (n - i) % 2 === 0 && aiDefinition(pathAi(s) ?? '')?.dlPrimaryKey !== undefined);
  if (start === -1) {
    const unknown = segments.find((s, i) => (n - i) % 2 === 0 && /^\d{2,4}$/.test(s) && !aiDefinition(s));
    if (unknown !== undefined) return fail('unknown_ai', `(${unknown}) is not a Digital Link primary key we read`, unknown);
    return fail('not_digital_link', 'no GS1 primary key with its value in the path');
  }
  const key = aiDefinition(pathAi(segments[start]!)!)!;
  const qualifiers = key.dlPrimaryKey!.qualifiers;
  const elements: Gs1Element[] = [{ ai: key.ai, value: key.ai === '01' ? gtinValue(segments[start + 1]!) : segments[start + 1]! }];
  let lastQualifier = -1;
  for (let i = start + 2; i < n; i += 2) {
    const code = segments[i]!;
    const ai = pathAi(code);
    if (ai === undefined) return fail('not_digital_link', `path segment ${JSON.stringify(code)} after the primary key is no AI`);
    if (!aiDefinition(ai)) return fail('unknown_ai', `(${ai}) is not an Application Identifier we read`, ai);
    const rank = qualifiers.indexOf(ai);
    if (rank === -1) return fail('misplaced_ai', `(${ai}) is not a path qualifier of (${key.ai}); data attributes go in the query string`, ai);
    if (rank <= lastQualifier) {
      return fail(
        'bad_qualifier_order',
        `qualifiers of (${key.ai}) come in the order ${qualifiers.map((q) => `(${q})`).join(', ')}; (${ai}) is out of place`,
        ai,
      );
    }
    lastQualifier = rank;
    elements.push({ ai, value: segments[i + 1]! });
  }

  for (const param of (m[4] ?? '').split(/[&;]/)) {
    if (param === '') continue;
    const eq = param.indexOf('=');
    const name = decode(eq === -1 ? param : param.slice(0, eq));
    const value = decode(eq === -1 ? '' : param.slice(eq + 1));
    if (name === null || value === null) return fail('bad_character', `bad percent-encoding in query parameter ${JSON.stringify(param)}`);
    const ai = /^\d+$/.test(name) ? name : QUERY_SHORT_NAMES.get(name);
    if (ai === undefined) continue; // an extension parameter: not GS1 data
    const def = aiDefinition(ai);
    if (!def) return fail('unknown_ai', `(${ai}) is not an Application Identifier we read`, ai);
    if (!def.dlAttribute) return fail('misplaced_ai', `(${ai}) is not allowed as a query attribute; it belongs in the path`, ai);
    elements.push({ ai, value: ai === '01' ? gtinValue(value) : value });
  }
  return interpretElements(elements, { ...options, requireAssociations: options.requireAssociations ?? true });
}

/**
 * Percent-encodes a path or query value. Beyond encodeURIComponent, the grammar wants ! ' ( ) *
 * encoded (XSYMBOL), and a value of "." or ".." is encoded so that URL normalisation cannot take
 * it for a dot-segment.
 */
function encodeValue(value: string): string {
  const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return /^\.{1,2}$/.test(value) ? encoded.replaceAll('.', '%2E') : encoded;
}

/**
 * The Digital Link URI of a set of elements under `base` (default https://id.gs1.org; it may carry
 * a path prefix, which must not itself contain a key name such as /01/ or /gtin/). Canonical
 * form: the primary key (by PRIMARY_KEY_PRECEDENCE when several are present, the others becoming
 * attributes) with its qualifiers in the grammar's order, AIs as numbers, GTIN in 14 digits, then
 * the remaining AIs as query attributes in AI order. Throws a RangeError when the elements are
 * invalid or cannot all be carried (no primary key, or a qualifier of another key).
 */
export function toDigitalLink(elements: readonly Gs1Element[], base: string = GS1_RESOLVER, options: Gs1Options = {}): string {
  if (!STEM.test(base)) throw new RangeError(`Digital Link base must be an http(s) URI without query or fragment, got "${base}"`);
  const checked = interpretElements(elements, { ...options, requireAssociations: options.requireAssociations ?? true });
  if (!checked.ok) throw new RangeError(`Cannot build a Digital Link: ${checked.code}: ${checked.detail}`);
  const values = new Map(checked.elements.map((e) => [e.ai, e.value]));
  const key = PRIMARY_KEY_PRECEDENCE.find((ai) => values.has(ai));
  if (key === undefined) throw new RangeError('Cannot build a Digital Link: no primary key among the elements');
  const inPath = [key, ...aiDefinition(key)!.dlPrimaryKey!.qualifiers.filter((q) => values.has(q))];
  const path = inPath.map((ai) => `/${ai}/${encodeValue(values.get(ai)!)}`).join('');
  const attributes = checked.elements.filter((e) => !inPath.includes(e.ai)).sort((a, b) => (a.ai < b.ai ? -1 : a.ai > b.ai ? 1 : 0));
  for (const { ai } of attributes) {
    if (!aiDefinition(ai)!.dlAttribute) throw new RangeError(`Cannot build a Digital Link: (${ai}) is neither a qualifier of (${key}) nor a data attribute`);
  }
  const query = attributes.map(({ ai, value }) => `${ai}=${encodeValue(value)}`).join('&');
  return base.replace(/\/+$/, '') + path + (query ? `?${query}` : '');
}
