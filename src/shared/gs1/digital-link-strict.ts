/**
 * Strict parsing of GS1 Digital Link URIs by the GS1 Digital Link URI syntax standard (1.2 and its
 * ABNF grammar) with its default rules, the way GS1's reference Barcode Syntax Engine reads them:
 *
 *  - http or https, any domain, then any path prefix before the primary key: the key is found by
 *    walking the path back from its end in "/AI/value" pairs to the first AI that is a primary key;
 *  - every primary key of the AI catalog, its qualifiers from one of its allowed sequences, in
 *    that sequence's order, each once;
 *  - values percent-decoded, then checked against the catalog (length, character set, check
 *    digit or check pair, dates...);
 *  - query parameters: a numeric name must be an AI allowed as a data attribute, with a valid
 *    value, not repeating an AI and not a key qualifier that belongs in the path; other names are
 *    extension parameters and are ignored; the fragment is ignored;
 *  - refused, unlike the lenient parseDigitalLink (digital-link.ts) the scanning flows use:
 *    zero-suppressed GTINs (8, 12 or 13 digits) and the grammar's convenience alphas
 *    (/gtin/, /lot/, ?lot=, ?exp=...).
 */
import { aiSpec, type AiSpec } from './ai-catalog.ts';
import { checkAiValue, type AiValueFaultCode } from './ai-lint.ts';

export type DlFaultCode =
  | AiValueFaultCode
  | 'not_digital_link'
  | 'convenience_alpha'
  | 'unknown_ai'
  | 'zero_suppressed_gtin'
  | 'not_qualifier'
  | 'bad_qualifier_order'
  | 'not_attribute'
  | 'belongs_in_path'
  | 'duplicate_ai';

export interface DlFault {
  ok: false;
  code: DlFaultCode;
  detail: string;
  /** The AI at fault, when there is one. */
  ai?: string;
}

export interface DlElement {
  ai: string;
  title: string;
  value: string;
}

export interface DlParsed {
  ok: true;
  uri: string;
  /** Scheme, domain and path prefix before the primary key, e.g. "https://brand.example/dl". */
  stem: string;
  primaryKey: DlElement;
  qualifiers: DlElement[];
  /** The numeric query parameters, in the order given. */
  attributes: DlElement[];
  /** Names of the query parameters ignored as extension parameters (e.g. linkType). */
  ignoredParameters: string[];
}

export type DlParseResult = DlParsed | DlFault;

/**
 * The lowercase names the grammar lets stand for AI numbers (in the path, and lot/exp/expdt in
 * the query). Strict parsing refuses them; knowing them lets it say so instead of "no key".
 */
export const CONVENIENCE_ALPHAS: ReadonlyMap<string, string> = new Map([
  ['gtin', '01'],
  ['itip', '8006'],
  ['gmn', '8013'],
  ['cpid', '8010'],
  ['gln', '414'],
  ['party', '417'],
  ['gsrnp', '8017'],
  ['gsrn', '8018'],
  ['gcn', '255'],
  ['sscc', '00'],
  ['gdti', '253'],
  ['ginc', '401'],
  ['gsin', '402'],
  ['grai', '8003'],
  ['giai', '8004'],
  ['cpv', '22'],
  ['lot', '10'],
  ['ser', '21'],
  ['cpsn', '8011'],
  ['glnx', '254'],
  ['refno', '8020'],
  ['srin', '8019'],
  ['exp', '17'],
  ['expdt', '7003'],
]);

/** Query names the grammar reads as AIs (lot, exp, expdt); any other non-numeric name is an extension parameter. */
const QUERY_ALPHAS = new Set(['lot', 'exp', 'expdt']);

/** Characters RFC 3986 allows in a URI (percent included). */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
/** host[:port]: a registered name, an IPv4 address or a bracketed IP literal. */
const AUTHORITY = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.vV]+\])(?::\d*)?$/;

function fault(code: DlFaultCode, detail: string, ai?: string): DlFault {
  return ai === undefined ? { ok: false, code, detail } : { ok: false, code, detail, ai };
}

/** Percent-decodes a value; '+' means a space in the query (as GS1's engine reads it). Null when malformed or NUL. */
function decode(raw: string, inQuery: boolean): string | null {
  if (!/^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(raw)) return null;
  try {
    const s = decodeURIComponent(inQuery ? raw.replaceAll('+', ' ') : raw);
    return s.includes('\u0000') ? null : s;
  } catch {
    return null; // percent-encoded bytes that are not UTF-8
  }
}

const qualifierList = (seq: readonly string[]) => seq.map((q) => `(${q})`).join(', ');

function describeSequences(key: AiSpec): string {
  const seqs = key.dlQualifierSequences!.filter((s) => s.length > 0);
  if (seqs.length === 0) return `(${key.ai}) takes no key qualifiers`;
  return `the key qualifiers of (${key.ai}) are ${seqs.map((s) => (s.length > 1 ? `${qualifierList(s)} in this order` : qualifierList(s))).join(', or ')}`;
}

/** Whether `qualifiers` is an in-order selection from one of the key's sequences. */
function fitsASequence(key: AiSpec, qualifiers: readonly string[]): boolean {
  return key.dlQualifierSequences!.some((seq) => {
    let at = -1;
    for (const q of qualifiers) {
      const i = seq.indexOf(q);
      if (i <= at) return false;
      at = i;
    }
    return true;
  });
}

/** Checks a value of `spec` as found in the URI: no zero-suppressed GTIN, then the catalog's rules. */
function checkValue(spec: AiSpec, value: string, where: string): DlFault | null {
  if (spec.ai === '01' && /^(?:\d{8}|\d{12}|\d{13})$/.test(value)) {
    return fault('zero_suppressed_gtin', `(01) ${value} (${where}) is a GTIN-${value.length}: write it as 14 digits (${value.padStart(14, '0')})`, '01');
  }
  const bad = checkAiValue(spec, value);
  return bad ? fault(bad.code, `${bad.detail} (${where})`, spec.ai) : null;
}

/** Why no primary key was found in the path, as precisely as the path allows; `stop` is where the walk back stopped. */
function noKeyFault(segments: readonly string[], stop: number): DlFault {
  if (segments.at(-1) === '') return fault('not_digital_link', 'the path ends with "/": a Digital Link path ends with the value of its last AI');
  const stoppedAt = stop >= 0 ? segments[stop]! : undefined;
  if (stoppedAt !== undefined && CONVENIENCE_ALPHAS.has(stoppedAt)) {
    const ai = CONVENIENCE_ALPHAS.get(stoppedAt)!;
    return fault('convenience_alpha', `path segment "${stoppedAt}" is a convenience alpha for (${ai}): write the AI number, /${ai}/, instead`, ai);
  }
  if (stoppedAt !== undefined && /^\d{2,4}$/.test(stoppedAt))
    return fault('unknown_ai', `path segment "${stoppedAt}" is not a GS1 Application Identifier`, stoppedAt);
  const n = segments.length;
  const key = segments.findIndex((s) => aiSpec(s)?.dlQualifierSequences);
  if (key !== -1 && (n - key) % 2 === 1)
    return fault('not_digital_link', `after the primary key (${segments[key]}) the path must be /AI/value pairs: a value is missing`, segments[key]);
  if (key !== -1 && key < stop)
    return fault('not_digital_link', `path segment "${stoppedAt}" after the primary key (${segments[key]}) is not an AI number`, segments[key]);
  return fault('not_digital_link', 'no GS1 primary key (such as /01/ for a GTIN) with its value in the path');
}

/** Parses a GS1 Digital Link URI strictly (see the module comment); a fault names its code, the AI and why. */
export function parseDigitalLinkStrict(uri: string): DlParseResult {
  if (!URI_CHARS.test(uri)) {
    const bad = [...uri].find((c) => !URI_CHARS.test(c))!;
    return fault('bad_character', `${JSON.stringify(bad)} may not appear in a URI: percent-encode it`);
  }
  const scheme = /^https?:\/\//i.exec(uri);
  if (!scheme) return fault('not_digital_link', 'a Digital Link URI starts with http:// or https://');
  const rest = uri.slice(scheme[0].length);
  const [beforeFragment = ''] = rest.split('#', 1);
  const q = beforeFragment.indexOf('?');
  const hierarchy = q === -1 ? beforeFragment : beforeFragment.slice(0, q);
  const query = q === -1 ? '' : beforeFragment.slice(q + 1);
  const slash = hierarchy.indexOf('/');
  const authority = slash === -1 ? hierarchy : hierarchy.slice(0, slash);
  if (authority === '' || !AUTHORITY.test(authority)) return fault('not_digital_link', `"${authority}" is not a domain name (with an optional port)`);
  if (slash === -1) return fault('not_digital_link', 'the URI has no path: a Digital Link path carries at least /AI/value of a primary key');

  // Walk back from the end in /AI/value pairs to the first AI that is a primary key.
  const segments = hierarchy.slice(slash + 1).split('/');
  let start = -1;
  let stop = -1;
  for (let i = segments.length - 2; i >= 0; i -= 2) {
    const code = segments[i]!;
    const spec = /^\d+$/.test(code) ? aiSpec(code) : undefined;
    if (!spec) {
      stop = i;
      break;
    }
    if (spec.dlQualifierSequences) {
      start = i;
      break;
    }
  }
  if (start === -1) return noKeyFault(segments, stop);

  const values: string[] = [];
  for (let i = start + 1; i < segments.length; i += 2) {
    const decoded = decode(segments[i]!, false);
    if (decoded === null)
      return fault(
        'bad_character',
        `the value of (${segments[i - 1]}) in the path has malformed percent-encoding: ${JSON.stringify(segments[i])}`,
        segments[i - 1],
      );
    values.push(decoded);
  }
  const key = aiSpec(segments[start]!)!;
  const pathAis = segments.filter((_, i) => i >= start && (i - start) % 2 === 0);
  const qualifierAis = pathAis.slice(1);

  // Structure first: every qualifier must belong to the key, in an allowed order.
  for (const ai of qualifierAis) {
    if (!key.dlQualifierSequences!.some((seq) => seq.includes(ai))) {
      const hint = aiSpec(ai)!.dlAttribute ? '; as a data attribute it goes in the query string' : '';
      return fault('not_qualifier', `(${ai}) in the path is not a key qualifier of (${key.ai}): ${describeSequences(key)}${hint}`, ai);
    }
  }
  for (let n = 1; n <= qualifierAis.length; n++) {
    if (!fitsASequence(key, qualifierAis.slice(0, n))) {
      const ai = qualifierAis[n - 1]!;
      return fault(
        'bad_qualifier_order',
        `(${ai}) is out of place after ${qualifierList([key.ai, ...qualifierAis.slice(0, n - 1)])}: ${describeSequences(key)}`,
        ai,
      );
    }
  }
  const element = (spec: AiSpec, value: string): DlElement => ({ ai: spec.ai, title: spec.title, value });
  const pathElements: DlElement[] = [];
  for (const [i, ai] of pathAis.entries()) {
    const spec = aiSpec(ai)!;
    const bad = checkValue(spec, values[i]!, i === 0 ? 'primary key, in the path' : 'in the path');
    if (bad) return bad;
    pathElements.push(element(spec, values[i]!));
  }

  const seen = new Set(pathAis);
  const attributes: DlElement[] = [];
  const ignoredParameters: string[] = [];
  for (const param of query.split(/[&;]/)) {
    if (param === '') continue;
    const eq = param.indexOf('=');
    const name = eq === -1 ? param : param.slice(0, eq);
    if (!/^\d+$/.test(name)) {
      if (QUERY_ALPHAS.has(name)) {
        const ai = CONVENIENCE_ALPHAS.get(name)!;
        return fault('convenience_alpha', `query parameter "${name}" is a convenience alpha for (${ai}): write the AI number, ${ai}=, instead`, ai);
      }
      ignoredParameters.push(decode(name, true) ?? name);
      continue;
    }
    const spec = aiSpec(name);
    if (!spec) return fault('unknown_ai', `query parameter "${name}" is numeric but not a GS1 Application Identifier`, name);
    if (!spec.dlAttribute) return fault('not_attribute', `(${name}) is not allowed as a Digital Link data attribute in the query string`, name);
    const raw = eq === -1 ? '' : param.slice(eq + 1);
    if (raw === '') return fault('bad_length', `(${name}) in the query has no value`, name);
    const value = decode(raw, true);
    if (value === null) return fault('bad_character', `the value of (${name}) in the query has malformed percent-encoding: ${JSON.stringify(raw)}`, name);
    if (seen.has(name)) return fault('duplicate_ai', `(${name}) appears more than once in the URI`, name);
    seen.add(name);
    // GS1's rule: an attribute that would make a valid longer path is a qualifier, and belongs there.
    for (let at = 0; at <= qualifierAis.length; at++) {
      const trial = [...qualifierAis.slice(0, at), name, ...qualifierAis.slice(at)];
      if (fitsASequence(key, trial))
        return fault('belongs_in_path', `(${name}) is a key qualifier of (${key.ai}): put it in the path, not the query string`, name);
    }
    const bad = checkValue(spec, value, 'in the query');
    if (bad) return bad;
    attributes.push(element(spec, value));
  }

  const prefixEnd = scheme[0].length + slash + (start === 0 ? 0 : segments.slice(0, start).join('/').length + 1);
  return {
    ok: true,
    uri,
    stem: uri.slice(0, prefixEnd),
    primaryKey: pathElements[0]!,
    qualifiers: pathElements.slice(1),
    attributes,
    ignoredParameters,
  };
}

/** Every AI of a parse with its value: primary key, qualifiers, then attributes. */
export function dlAiValues(parsed: DlParsed): Record<string, string> {
  return Object.fromEntries([parsed.primaryKey, ...parsed.qualifiers, ...parsed.attributes].map((e) => [e.ai, e.value]));
}
