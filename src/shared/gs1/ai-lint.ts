/**
 * Checks one AI value against its specification in ai-catalog.ts: length of each component,
 * character set, and the content checks ("linters") GS1 names for it, as far as we enforce them.
 */
import { gtinCheckDigit } from '../gtin.ts';
import { aiLengthRange, type AiComponent, type AiSpec, type Gs1Charset, type Gs1Linter } from './ai-catalog.ts';
import { inCharset } from './ai-table.ts';

export type AiValueFaultCode = 'bad_length' | 'bad_character' | 'bad_check_digit' | 'bad_date' | 'bad_value';

export interface AiValueFault {
  code: AiValueFaultCode;
  detail: string;
}

/** GS1's set 82 in its own order: a character's position is its value in the alphanumeric check pair. */
const CSET82_ORDER = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;
/** The 32 characters a check character pair is written with. */
const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The first primes; the check pair weights the data characters by them, rightmost by 2. */
const PRIMES: number[] = (() => {
  const out: number[] = [];
  for (let n = 2; out.length < 99; n++) if (out.every((p) => n % p !== 0)) out.push(n);
  return out;
})();

/** The GS1 check character pair of `body` (GS1 General Specifications 7.9.5), e.g. for a Global Model Number. */
export function checkCharacterPair(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += CSET82_ORDER.indexOf(body[i]!) * PRIMES[body.length - 1 - i]!;
  sum %= 1021;
  return CSET32[sum >> 5]! + CSET32[sum & 31]!;
}

const CHARSET_TESTS: Record<Gs1Charset, (s: string) => boolean> = {
  N: (s) => inCharset(s, 'N'),
  X: (s) => inCharset(s, 'X'),
  Y: (s) => /^[0-9A-Z#/-]*$/.test(s),
  Z: (s) => /^[A-Za-z0-9_-]*={0,2}$/.test(s),
};

const CHARSET_NAMES: Record<Gs1Charset, string> = {
  N: 'digits only',
  X: "characters of GS1's set 82 only",
  Y: "characters of GS1's set 39 only (digits, A-Z, #, -, /)",
  Z: 'base64url characters only',
};

const two = (s: string, at: number) => Number(s.slice(at, at + 2));
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (month: number, leap: boolean) => [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/**
 * A YYMMDD date. The century is not known from the value alone, so, as GS1's reference linter
 * does, 29 February is accepted in every year divisible by four.
 */
function validYymmdd(s: string, dayZeroAllowed: boolean): boolean {
  const [yy, mm, dd] = [two(s, 0), two(s, 2), two(s, 4)];
  if (mm < 1 || mm > 12) return false;
  if (dd === 0) return dayZeroAllowed;
  return dd <= daysIn(mm, yy % 4 === 0);
}

function validIban(s: string): boolean {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]{1,30}$/.test(s)) return false;
  // ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 is 1.
  const digitsOnly = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digitsOnly) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

type Check = { fault: AiValueFaultCode; what: string; ok: (s: string) => boolean };

/** The content checks we apply; linters GS1 names that are missing here are not checked. */
const LINTERS: Partial<Record<Gs1Linter, Check>> = {
  csum: { fault: 'bad_check_digit', what: 'a correct GS1 check digit', ok: (s) => gtinCheckDigit(s.slice(0, -1)) === Number(s.at(-1)) },
  csumalpha: {
    fault: 'bad_check_digit',
    what: 'a correct GS1 check character pair',
    ok: (s) => s.length >= 2 && /^[23456789A-HJ-NP-Z]{2}$/.test(s.slice(-2)) && checkCharacterPair(s.slice(0, -2)) === s.slice(-2),
  },
  // The shortest GS1 Company Prefix has four digits; which prefixes are allocated is not checked.
  gcppos1: { fault: 'bad_value', what: 'a GS1 Company Prefix (at least four digits) at its start', ok: (s) => /^\d{4}/.test(s) },
  gcppos2: { fault: 'bad_value', what: 'a GS1 Company Prefix (at least four digits) after its first digit', ok: (s) => /^.\d{4}/.test(s) },
  yymmdd: { fault: 'bad_date', what: 'a calendar date YYMMDD', ok: (s) => validYymmdd(s, false) },
  yymmd0: { fault: 'bad_date', what: 'a date YYMMDD (DD may be 00)', ok: (s) => validYymmdd(s, true) },
  yyyymmdd: {
    fault: 'bad_date',
    what: 'a calendar date YYYYMMDD',
    ok: (s) => {
      const [y, m, d] = [Number(s.slice(0, 4)), two(s, 4), two(s, 6)];
      return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, isLeapYear(y));
    },
  },
  hhmi: { fault: 'bad_date', what: 'a time HHMM', ok: (s) => two(s, 0) <= 23 && two(s, 2) <= 59 },
  hh: { fault: 'bad_date', what: 'an hour 00-23', ok: (s) => two(s, 0) <= 23 },
  mi: { fault: 'bad_date', what: 'minutes 00-59', ok: (s) => two(s, 0) <= 59 },
  ss: { fault: 'bad_date', what: 'seconds 00-59', ok: (s) => two(s, 0) <= 59 },
  nonzero: { fault: 'bad_value', what: 'a number other than zero', ok: (s) => /[1-9]/.test(s) },
  zero: { fault: 'bad_value', what: 'the digit 0', ok: (s) => s === '0' },
  yesno: { fault: 'bad_value', what: '0 or 1', ok: (s) => s === '0' || s === '1' },
  hyphen: { fault: 'bad_value', what: 'a "-"', ok: (s) => s === '-' },
  winding: { fault: 'bad_value', what: 'a winding direction 0, 1 or 9', ok: (s) => ['0', '1', '9'].includes(s) },
  iso5218: { fault: 'bad_value', what: 'a sex code 0, 1, 2 or 9', ok: (s) => ['0', '1', '2', '9'].includes(s) },
  pieceoftotal: {
    fault: 'bad_value',
    what: 'a piece number and a total, each at least 1, the piece not above the total',
    ok: (s) => {
      const half = s.length / 2;
      const [piece, total] = [Number(s.slice(0, half)), Number(s.slice(half))];
      return s.length % 2 === 0 && piece >= 1 && total >= 1 && piece <= total;
    },
  },
  nozeroprefix: { fault: 'bad_value', what: 'a number without a leading zero', ok: (s) => s.length === 1 || s[0] !== '0' },
  hasnondigit: { fault: 'bad_value', what: 'at least one character that is not a digit', ok: (s) => /\D/.test(s) },
  pcenc: { fault: 'bad_value', what: 'valid percent-encoding', ok: (s) => /^(?:[^%]|%[0-9A-Fa-f]{2})*$/.test(s) },
  latitude: { fault: 'bad_value', what: 'a latitude 0000000000-1800000000', ok: (s) => Number(s) <= 1_800_000_000 },
  longitude: { fault: 'bad_value', what: 'a longitude 0000000000-3600000000', ok: (s) => Number(s) <= 3_600_000_000 },
  iban: { fault: 'bad_check_digit', what: 'an IBAN with correct check digits', ok: validIban },
  posinseqslash: {
    fault: 'bad_value',
    what: 'a position and a count as "n/m" with 1 <= n <= m',
    ok: (s) => {
      const m = /^(\d)\/(\d)$/.exec(s);
      return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
    },
  },
};

/** The linters checkAiValue applies. */
export const ENFORCED_LINTERS: ReadonlySet<Gs1Linter> = new Set(Object.keys(LINTERS) as Gs1Linter[]);

function lengthText(spec: AiSpec): string {
  const { min, max } = aiLengthRange(spec);
  return min === max ? `exactly ${min}` : `${min} to ${max}`;
}

function checkComponent(ai: string, c: AiComponent, piece: string, index: number, count: number): AiValueFault | null {
  const where = count > 1 ? ` (part ${index + 1}: ${JSON.stringify(piece)})` : '';
  if (!CHARSET_TESTS[c.charset](piece)) return { code: 'bad_character', detail: `(${ai}) takes ${CHARSET_NAMES[c.charset]}${where}: ${JSON.stringify(piece)}` };
  for (const linter of c.linters) {
    const check = LINTERS[linter];
    if (check && !check.ok(piece)) {
      // For a mod-10 check digit, say which digit it should be: the usual fault is a typo.
      const hint = linter === 'csum' ? `; it should end in ${gtinCheckDigit(piece.slice(0, -1))}` : '';
      return { code: check.fault, detail: `(${ai}) ${JSON.stringify(piece)} is not ${check.what}${count > 1 ? ` (part ${index + 1})` : ''}${hint}` };
    }
  }
  return null;
}

/** Null when `value` is a valid value of the AI, else the first fault found, naming the AI. */
export function checkAiValue(spec: AiSpec, value: string): AiValueFault | null {
  const { ai, components } = spec;
  const { min, max } = aiLengthRange(spec);
  const badLength = (): AiValueFault => ({ code: 'bad_length', detail: `(${ai}) takes ${lengthText(spec)} characters, got ${value.length}` });
  if (value.length < min || value.length > max) return badLength();
  let pos = 0;
  for (const [i, c] of components.entries()) {
    const remaining = value.length - pos;
    if (remaining === 0 && c.optional) break;
    // A fixed part takes its length; the variable part (always last) takes the rest.
    const len = c.min === c.max ? c.min : Math.min(remaining, c.max);
    if (remaining < len || len < c.min) return badLength();
    const fault = checkComponent(ai, c, value.slice(pos, pos + len), i, components.length);
    if (fault) return fault;
    pos += len;
  }
  return pos === value.length ? null : badLength();
}
