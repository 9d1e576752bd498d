// Text normalisation for brand matching. Names and listing text go through the same steps, so a
// step need only make look-alike spellings equal, not "correct" (e.g. `lookalikes` writes both "Levis"
// and "Lev1s" as "ievis"). Each output character remembers the input characters it came from, so a
// match can quote the seller's own text ("Lev1s"), and whether a word boundary lies before it.
import { CHINESE_SIMPLIFIED, DIACRITIC_LETTERS, HOMOGLYPHS, LOOKALIKES } from './tables.ts';

/** The normalisation steps, in the order they apply; a rule lists the ones it uses (as data). */
export const NORMALISATION_STEPS = [
  { code: 'nfkc', description: 'Unicode NFKC: full-width and compatibility forms to plain ones (ＬＥＶＩ’Ｓ → LEVI’S, ﬁ → fi, Ⓛ → L, 𝐋 → L)' },
  { code: 'diacritics', description: 'Latin, Greek and Cyrillic letters with diacritics to the base letter (é → e, ø → o, ß → ss, ł → l)' },
  { code: 'homoglyphs', description: 'Cyrillic and Greek letters that look Latin to that Latin letter, by their look in their own case (а → a, Н → H, ν → v)' },
  { code: 'casefold', description: 'case folding (LEVIS → levis, ß → ss, İ → i)' },
  {
    code: 'lookalikes',
    description: 'digits and symbols written for letters inside a word (Lev1s, L3VIS, $upreme, Lev!s), and l / I / i / 1 / | all to one letter',
  },
  { code: 'chinese', description: 'traditional Chinese characters of the table to simplified (李維斯 → 李维斯); characters outside the table stay' },
  { code: 'punctuation', description: 'punctuation and symbols removed, CJK and typographic ones too (Levi’s → Levis, LEVI-S, 李维斯®, 「」、。·)' },
  { code: 'spacing', description: 'spaces and invisible characters removed (L E V I S → LEVIS; zero-width spaces, soft hyphens, variation selectors)' },
] as const satisfies readonly { code: string; description: string }[];

export type NormaliseStep = (typeof NORMALISATION_STEPS)[number]['code'];

/** Every step, in order: the default for matching. */
export const ALL_STEPS: readonly NormaliseStep[] = NORMALISATION_STEPS.map((s) => s.code);

/** True when `s` names a normalisation step (for validating rules read from storage). */
export function isNormaliseStep(s: string): s is NormaliseStep {
  return NORMALISATION_STEPS.some((step) => step.code === s);
}

/** A normalised text with its mapping back to the input. */
export interface Normalised {
  text: string;
  /** Per UTF-16 unit of `text`: the input offsets [from, to) of the character(s) it came from. */
  from: number[];
  to: number[];
  /** Length text.length + 1: boundary[i] is true when a word boundary lies before text[i] (and at both ends). */
  boundary: boolean[];
}

interface Unit {
  c: string; // one code point
  from: number;
  to: number;
  brk: boolean; // a word boundary before this unit (a separator was removed, or a camelCase step)
}

// Symbols NFKC would spell out in letters (™ → "TM"), glueing letters to a name: kept as symbols, so
// that `punctuation` removes them ("Levi's™" must not become "levistm").
const NFKC_KEEP = new Set(['\u2122', '\u2120', '\u2121', '\u2116']);
const MARK = /^\p{M}$/u;
// Combining diacritics only: other marks (Japanese voicing marks, Indic vowel signs) are letters' parts.
const STRIP_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const WORD = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const SPACING = /^[\s\p{Z}\p{Cc}\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u034f]$/u;
const LOOKALIKE_SYMBOLS = new Set(['|', '!', '@', '$']);

/** True for characters that make up words with their neighbours: Latin, Greek and Cyrillic letters and digits. */
export function isWordChar(c: string): boolean {
  return WORD.test(c) && (LETTER.test(c) || DIGIT.test(c));
}

/** Normalises `input` with the given steps (always applied in the order of NORMALISATION_STEPS). */
export function normalise(input: string, steps: readonly NormaliseStep[] = ALL_STEPS): Normalised {
  const on = new Set(steps);
  let units = initialUnits(input, on.has('nfkc'));
  if (on.has('diacritics')) units = mapUnits(units, stripDiacritics);
  if (on.has('homoglyphs')) units = mapUnits(units, (c) => HOMOGLYPHS[c] ?? c);
  markCamelCase(units);
  if (on.has('casefold')) units = mapUnits(units, casefold);
  if (on.has('lookalikes')) mapLookalikes(units);
  if (on.has('chinese')) units = mapUnits(units, (c) => CHINESE_SIMPLIFIED[c] ?? c);
  if (on.has('punctuation')) units = dropUnits(units, (c) => PUNCTUATION.test(c));
  if (on.has('spacing')) units = dropUnits(units, (c) => SPACING.test(c));
  return assemble(units);
}

/** The normalised text alone (for display, tests and names). */
export function normaliseText(input: string, steps: readonly NormaliseStep[] = ALL_STEPS): string {
  return normalise(input, steps).text;
}

function initialUnits(input: string, nfkc: boolean): Unit[] {
  const cps: Unit[] = [];
  for (let i = 0; i < input.length;) {
    const c = String.fromCodePoint(input.codePointAt(i)!);
    cps.push({ c, from: i, to: i + c.length, brk: false });
    i += c.length;
  }
  if (!nfkc) return cps;
  // NFKC per cluster (a base and its combining marks) so that composition works and each output
  // character still maps to the input it came from.
  const out: Unit[] = [];
  for (let k = 0; k < cps.length;) {
    let j = k + 1;
    while (j < cps.length && MARK.test(cps[j]!.c)) j++;
    const from = cps[k]!.from;
    const to = cps[j - 1]!.to;
    const cluster = input.slice(from, to);
    const norm = NFKC_KEEP.has(cps[k]!.c) ? cluster : cluster.normalize('NFKC');
    for (const c of norm) out.push({ c, from, to, brk: false });
    k = j;
  }
  return out;
}

/** Replaces each unit by the code points `f` gives (none drops it); a dropped unit's boundary carries on. */
function mapUnits(units: Unit[], f: (c: string) => string): Unit[] {
  const out: Unit[] = [];
  let carry = false;
  for (const u of units) {
    const r = f(u.c);
    let first = true;
    for (const c of r) {
      out.push({ c, from: u.from, to: u.to, brk: first && (u.brk || carry) });
      first = false;
    }
    carry = first ? carry || u.brk : false;
  }
  return out;
}

/** Removes the units `drop` selects; each removal is a word boundary before the next unit kept. */
function dropUnits(units: Unit[], drop: (c: string) => boolean): Unit[] {
  const out: Unit[] = [];
  let pending = false;
  for (const u of units) {
    if (drop(u.c)) {
      pending = true;
      continue;
    }
    out.push(pending ? { ...u, brk: true } : u);
    pending = false;
  }
  return out;
}

function stripDiacritics(c: string): string {
  const base = c.normalize('NFD').replace(STRIP_MARKS, '').normalize('NFC');
  let out = '';
  for (const b of base) out += DIACRITIC_LETTERS[b] ?? b;
  return out;
}

const FOLD: Record<string, string> = { ß: 'ss', ẞ: 'ss', ς: 'σ', İ: 'i' };
function casefold(c: string): string {
  return FOLD[c] ?? c.toLowerCase();
}

// "LevisJeans": a lower-case letter followed by a capital starts a new word.
function markCamelCase(units: Unit[]): void {
  for (let k = 1; k < units.length; k++) {
    if (/^\p{Ll}$/u.test(units[k - 1]!.c) && /^\p{Lu}$/u.test(units[k]!.c)) units[k]!.brk = true;
  }
}

type Kind = 'L' | 'D' | 'S' | null;

/**
 * Digits and symbols stand for letters only inside words, so numbers stay numbers ("Levi's 501"):
 * in a token (a run of letters, digits and look-alike symbols that precede a word character) with a
 * letter, a run of digits/symbols between letters is mapped, and one at the token's start or end only
 * when it is a single character ("Gucc1", "$upreme", but "Levis2024" keeps its year). A lone digit
 * next to a lone letter is mapped too ("L E V 1 S"). l, I and i become one letter everywhere.
 */
function mapLookalikes(units: Unit[]): void {
  const kind = (k: number): Kind => {
    const c = units[k]!.c;
    if (isWordChar(c)) return LETTER.test(c) ? 'L' : 'D';
    if (LOOKALIKE_SYMBOLS.has(c) && k + 1 < units.length && isWordChar(units[k + 1]!.c)) return 'S';
    return null;
  };
  const kinds = units.map((_, k) => kind(k));
  const tokens: [number, number][] = [];
  for (let k = 0; k < units.length;) {
    if (kinds[k] === null) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < units.length && kinds[j] !== null && !units[j]!.brk) j++;
    tokens.push([k, j]);
    k = j;
  }
  const map = (k: number) => {
    units[k]!.c = LOOKALIKES[units[k]!.c] ?? units[k]!.c;
  };
  tokens.forEach(([s, e], t) => {
    const letters = kinds.slice(s, e).filter((x) => x === 'L').length;
    if (letters === 0) {
      const lone = (n: number) => {
        const tok = tokens[n];
        return tok !== undefined && tok[1] - tok[0] === 1 && kinds[tok[0]] === 'L';
      };
      if (e - s === 1 && (lone(t - 1) || lone(t + 1))) map(s);
      return;
    }
    for (let k = s; k < e;) {
      if (kinds[k] === 'L') {
        map(k);
        k++;
        continue;
      }
      let j = k;
      while (j < e && kinds[j] !== 'L') j++;
      const interior = k > s && j < e;
      if (interior || j - k === 1) for (let x = k; x < j; x++) map(x);
      k = j;
    }
  });
}

function assemble(units: Unit[]): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const boundary: boolean[] = [];
  units.forEach((u, k) => {
    const prev = units[k - 1];
    boundary.push(prev === undefined || u.brk || startsWord(prev.c, u.c));
    for (let i = 0; i < u.c.length; i++) {
      if (i > 0) boundary.push(false); // inside a surrogate pair
      text += u.c[i];
      from.push(u.from);
      to.push(u.to);
    }
  });
  boundary.push(true);
  return { text, from, to, boundary };
}

// Between two adjacent characters: a boundary unless both are word characters of the same kind
// (letters, or digits): CJK characters stand alone, "levis501" has one between "s" and "5".
function startsWord(prev: string, cur: string): boolean {
  if (!isWordChar(prev) || !isWordChar(cur)) return true;
  return LETTER.test(prev) !== LETTER.test(cur);
}
