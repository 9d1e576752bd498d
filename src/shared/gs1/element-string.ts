/**
 * GS1 element strings: what a scanner sends for a GS1-128, GS1 DataMatrix, GS1 QR Code or GS1
 * DataBar symbol. Two spellings are read:
 *  - the human-readable form "(01)09506000134352(17)261231(10)ABC123", a literal "(" inside a
 *    value escaped as "\(" (the convention of GS1's Barcode Syntax Engine);
 *  - the raw form "01095060001343521726123110ABC123" as transmitted, where FNC1 arrives as the
 *    ASCII group separator (GS, 0x1D) after each variable-length value that is not last, optionally
 *    led by a GS1 symbology identifier ("]C1", "]d2"...).
 * Every value is checked against ai-table.ts: length, character set, check digit, calendar date.
 */
import { gtinCheckDigit } from '../gtin.ts';
import { aiDefinition, inCharset, type AiDefinition, type AiField } from './ai-table.ts';

/** ASCII group separator: how FNC1 reaches us when it separates element strings. */
export const GS = '\x1d';

/**
 * Symbology identifiers (ISO/IEC 15424) of the carriers whose data are GS1 element strings:
 * GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code, GS1 DotCode. Any other identifier (e.g. "]E0",
 * a plain EAN-13) announces data that is not an element string.
 */
const GS1_SYMBOLOGY_IDS = new Set([']C1', ']e0', ']d2', ']Q3', ']J1']);

export interface Gs1Element {
  ai: string;
  value: string;
}

export type Gs1ErrorCode =
  | 'empty'
  | 'unknown_ai'
  | 'bad_length'
  | 'bad_check_digit'
  | 'bad_date'
  | 'bad_character'
  | 'missing_separator'
  | 'duplicate_ai'
  | 'invalid_combination'
  // Digital Link only (digital-link.ts):
  | 'not_digital_link'
  | 'misplaced_ai'
  | 'bad_qualifier_order';

/** The elements as read, plus each one under a name, with dates as 'YYYY-MM-DD' and counts/measures as numbers. */
export interface Gs1Data {
  elements: Gs1Element[];
  sscc?: string;
  gtin?: string;
  contentGtin?: string;
  lot?: string;
  serial?: string;
  cpv?: string;
  productionDate?: string;
  packagingDate?: string;
  bestBefore?: string;
  sellBy?: string;
  useBy?: string;
  variableCount?: number;
  count?: number;
  netWeightKg?: number;
  orderNumber?: string;
  gln?: string;
  glnExtension?: string;
  giai?: string;
}

// Compile-time guard: every field the AI table names has a slot in Gs1Data.
const _everyFieldHasASlot: AiField extends keyof Gs1Data ? true : never = true;

export interface Gs1Error {
  ok: false;
  code: Gs1ErrorCode;
  detail: string;
  /** The AI at fault, when there is one. */
  ai?: string;
}

export type Gs1ParseResult = ({ ok: true } & Gs1Data) | Gs1Error;

export interface Gs1Options {
  /**
   * The day the data is read, which anchors the two-digit years of GS1 dates (default: now).
   * 'YYYY-MM-DD' or a Date (its UTC year is used).
   */
  today?: string | Date;
  /**
   * Also require each AI's mandatory companions (e.g. a lot needs the GTIN it belongs to). Off for
   * a single scan, because a label may spread one item's data over several symbols (an SSCC label
   * often puts (00) in its own barcode); on for a Digital Link, which is whole by itself. Combine
   * the elements of every symbol on a label and call interpretElements with it on to check the label.
   */
  requireAssociations?: boolean;
}

function fail(code: Gs1ErrorCode, detail: string, ai?: string): Gs1Error {
  return ai === undefined ? { ok: false, code, detail } : { ok: false, code, detail, ai };
}

function yearOf(today: string | Date | undefined): number {
  if (today === undefined) return new Date().getUTCFullYear();
  if (today instanceof Date) return today.getUTCFullYear();
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(today);
  if (!m) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  return Number(m[1]);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar date of a GS1 YYMMDD value, as 'YYYY-MM-DD', or null if it is no date.
 * Century (GS1 General Specifications 7.12): the year is taken within -49..+50 years of the current
 * year, so in 2026 "76" is 2076 and "77" is 1977. DD "00" means the month is given without a day
 * and reads as the month's last day, the conservative reading for best-before and use-by dates.
 */
export function resolveGs1Date(yymmdd: string, today?: string | Date): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!m) return null;
  const [yy, mm, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const current = yearOf(today);
  const century = current - (current % 100);
  const diff = yy - (current % 100);
  const year = diff >= 51 ? century - 100 + yy : diff <= -50 ? century + 100 + yy : century + yy;
  if (mm < 1 || mm > 12) return null;
  const last = daysInMonth(year, mm);
  if (dd > last) return null;
  const day = dd === 0 ? last : dd;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Checked = { ok: true; typed: string | number } | Gs1Error;

/** Checks one value against its AI's definition and converts it for the named field. */
function checkValue(def: AiDefinition, value: string, today: string | Date | undefined): Checked {
  const { ai } = def;
  if (def.fixedLength ? value.length !== def.length : value.length < 1 || value.length > def.length) {
    const want = def.fixedLength ? `exactly ${def.length}` : `1 to ${def.length}`;
    return fail('bad_length', `(${ai}) takes ${want} characters, got ${value.length}`, ai);
  }
  if (!inCharset(value, def.charset)) {
    const what = def.charset === 'N' ? 'digits only' : "characters of GS1's set 82 only";
    return fail('bad_character', `(${ai}) takes ${what}: ${JSON.stringify(value)}`, ai);
  }
  if (def.checkDigit && gtinCheckDigit(value.slice(0, -1)) !== Number(value.at(-1))) {
    return fail('bad_check_digit', `(${ai}) ${value}: the check digit should be ${gtinCheckDigit(value.slice(0, -1))}`, ai);
  }
  switch (def.content) {
    case 'date': {
      const iso = resolveGs1Date(value, today);
      return iso === null ? fail('bad_date', `(${ai}) ${value} is not a YYMMDD date`, ai) : { ok: true, typed: iso };
    }
    case 'count':
      return { ok: true, typed: Number(value) };
    case 'measure': {
      const decimals = def.decimals ?? 0;
      return { ok: true, typed: Number((Number(value) / 10 ** decimals).toFixed(decimals)) };
    }
    case 'key':
    case 'text':
      return { ok: true, typed: value };
  }
}

/**
 * Validates a list of elements however they were read (element string, Digital Link, a form) and
 * names their values. The same AI twice is accepted only with the same value (kept once); pairs
 * GS1 forbids (e.g. (01) with (02)) are refused; mandatory companions only with requireAssociations.
 */
export function interpretElements(elements: readonly Gs1Element[], options: Gs1Options = {}): Gs1ParseResult {
  if (elements.length === 0) return fail('empty', 'no GS1 data');
  const seen = new Map<string, string>();
  const kept: Gs1Element[] = [];
  const named: Record<string, string | number> = {};
  for (const { ai, value } of elements) {
    const def = aiDefinition(ai);
    if (!def) return fail('unknown_ai', `(${ai}) is not an Application Identifier we read`, ai);
    const checked = checkValue(def, value, options.today);
    if (!checked.ok) return checked;
    const before = seen.get(ai);
    if (before !== undefined) {
      if (before === value) continue;
      return fail('duplicate_ai', `(${ai}) appears twice with different values: ${JSON.stringify(before)} and ${JSON.stringify(value)}`, ai);
    }
    seen.set(ai, value);
    kept.push({ ai, value });
    named[def.field] = checked.typed;
  }
  for (const ai of seen.keys()) {
    const def = aiDefinition(ai)!;
    const clash = def.excludes.find((other) => seen.has(other));
    if (clash) return fail('invalid_combination', `(${ai}) must not be used together with (${clash})`, ai);
    if (options.requireAssociations) {
      const unmet = def.requires.find((anyOf) => !anyOf.some((other) => seen.has(other)));
      if (unmet) return fail('invalid_combination', `(${ai}) needs ${unmet.map((o) => `(${o})`).join(' or ')} alongside it`, ai);
    }
  }
  return { ok: true, elements: kept, ...named };
}

/** The AI that starts `s` at `pos`, found by trying 2, 3 and 4 digits (GS1 AIs are prefix-free). */
function aiAt(s: string, pos: number): AiDefinition | undefined {
  for (const n of [2, 3, 4]) {
    const candidate = s.slice(pos, pos + n);
    if (candidate.length === n && /^\d+$/.test(candidate)) {
      const def = aiDefinition(candidate);
      if (def) return def;
    }
  }
  return undefined;
}

function splitRaw(s: string): Gs1Element[] | Gs1Error {
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < s.length) {
    // A separator where an AI should start is redundant (e.g. after a predefined-length value): skip it.
    if (s[pos] === GS) {
      pos++;
      continue;
    }
    const def = aiAt(s, pos);
    if (!def) return fail('unknown_ai', `no Application Identifier we read at position ${pos}: ${JSON.stringify(s.slice(pos, pos + 4))}`);
    pos += def.ai.length;
    if (def.fixedLength) {
      const value = s.slice(pos, pos + def.length);
      if (value.length < def.length || value.includes(GS)) {
        return fail('bad_length', `(${def.ai}) takes exactly ${def.length} characters, got ${value.split(GS)[0]!.length}`, def.ai);
      }
      elements.push({ ai: def.ai, value });
      pos += def.length;
      if (!def.predefinedLength && pos < s.length && s[pos] !== GS) {
        return fail('missing_separator', `(${def.ai}) is not of predefined length, so FNC1 must follow it before more data`, def.ai);
      }
    } else {
      const end = s.indexOf(GS, pos);
      const value = s.slice(pos, end === -1 ? s.length : end);
      if (end === -1 && value.length > def.length) {
        return fail(
          'missing_separator',
          `(${def.ai}) runs ${value.length} characters to the end (at most ${def.length}): an FNC1 separator is probably missing`,
          def.ai,
        );
      }
      elements.push({ ai: def.ai, value });
      pos = end === -1 ? s.length : end + 1;
    }
  }
  return elements;
}

function splitBracketed(s: string): Gs1Element[] | Gs1Error {
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < s.length) {
    const m = /^\((\d{2,4})\)/.exec(s.slice(pos));
    if (!m) return fail('unknown_ai', `expected "(AI)" at position ${pos}: ${JSON.stringify(s.slice(pos, pos + 6))}`);
    const ai = m[1]!;
    if (!aiDefinition(ai)) return fail('unknown_ai', `(${ai}) is not an Application Identifier we read`, ai);
    pos += m[0].length;
    let value = '';
    while (pos < s.length && s[pos] !== '(') {
      if (s[pos] === '\\' && s[pos + 1] === '(') {
        value += '(';
        pos += 2;
      } else {
        value += s[pos];
        pos++;
      }
    }
    elements.push({ ai, value });
  }
  return elements;
}

/**
 * Parses what a barcode scanner types for a GS1 symbol: bracketed "(01)…(10)…" or raw with FNC1 as
 * GS (0x1D), with or without a leading GS1 symbology identifier. Surrounding whitespace (the
 * scanner's Enter) is ignored.
 */
export function parseElementString(input: string, options: Gs1Options = {}): Gs1ParseResult {
  let s = input.trim();
  const symbologyId = /^\][A-Za-z][0-9A-Za-z]/.exec(s)?.[0];
  if (symbologyId !== undefined) {
    if (!GS1_SYMBOLOGY_IDS.has(symbologyId)) return fail('bad_character', `symbology identifier ${symbologyId} does not announce GS1 element strings`);
    s = s.slice(3);
  }
  if (s === '' || s === GS) return fail('empty', 'no GS1 data');
  const split = s.startsWith('(') ? splitBracketed(s) : splitRaw(s);
  if (!Array.isArray(split)) return split;
  return interpretElements(split, options);
}

function validOrThrow(elements: readonly Gs1Element[], options: Gs1Options): void {
  const checked = interpretElements(elements, options);
  if (!checked.ok) throw new RangeError(`Cannot render GS1 elements: ${checked.code}: ${checked.detail}`);
}

/** The human-readable form "(01)…(10)…", in the given order; a "(" inside a value is written "\(". */
export function toBracketed(elements: readonly Gs1Element[], options: Gs1Options = {}): string {
  validOrThrow(elements, options);
  return elements.map(({ ai, value }) => `(${ai})${value.replaceAll('(', '\\(')}`).join('');
}

/**
 * The raw form a symbol encodes, in the given order: a GS (FNC1) after every value whose AI is not
 * of predefined length, except the last. Put such AIs last to save separators.
 */
export function toElementString(elements: readonly Gs1Element[], options: Gs1Options = {}): string {
  validOrThrow(elements, options);
  return elements
    .map(({ ai, value }, i) => {
      const separator = i < elements.length - 1 && !aiDefinition(ai)!.predefinedLength ? GS : '';
      return ai + value + separator;
    })
    .join('');
}
