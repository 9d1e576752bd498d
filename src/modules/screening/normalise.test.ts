import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALL_STEPS, NORMALISATION_STEPS, type NormaliseStep, normalise, normaliseText } from './normalise.ts';
import { CHINESE_PAIRS, CHINESE_SIMPLIFIED, HOMOGLYPHS, LOOKALIKES } from './tables.ts';

// Everything but the look-alike skeleton: what a reader would call the "plain" spelling.
const PLAIN: NormaliseStep[] = ALL_STEPS.filter((s) => s !== 'lookalikes');
const only = (s: string, ...steps: NormaliseStep[]) => normaliseText(s, steps);
const marks = (s: string) =>
  normalise(s)
    .boundary.map((b) => (b ? '|' : '.'))
    .join('');

describe('normalisation steps are data', () => {
  it('lists each step once, in the order they apply', () => {
    const codes = NORMALISATION_STEPS.map((s) => s.code);
    assert.deepEqual(codes, ['nfkc', 'diacritics', 'homoglyphs', 'casefold', 'lookalikes', 'chinese', 'punctuation', 'spacing']);
    assert.deepEqual([...ALL_STEPS], codes);
    for (const s of NORMALISATION_STEPS) assert.ok(s.description.length > 10, s.code);
  });

  it('changes nothing with no steps', () => {
    for (const s of ['ＬＥＶＩ’Ｓ', 'L E V I S', 'Lеvi’s', '李維斯']) assert.equal(only(s), s);
  });

  it('applies steps in their fixed order whatever order a rule lists them in', () => {
    assert.equal(normaliseText('Ｌｅｖｉ’ｓ', ['spacing', 'punctuation', 'casefold', 'nfkc']), 'levis');
  });
});

describe('the spellings of a brand name', () => {
  it('reads "L E V I S", "Levi\'s", "LEVI-S" as "levis" without the look-alike skeleton', () => {
    for (const s of ['L E V I S', "Levi's", 'LEVI-S', 'Levi’s', 'ＬＥＶＩ’Ｓ', 'Lеvi’s', 'levis', 'LEVIS', 'Lévis', 'L.E.V.I.S.', 'Levi\u200Bs', 'Levi\u00ADs'])
      assert.equal(normaliseText(s, PLAIN), 'levis', s);
  });

  it('reads look-alike spellings as the same skeleton as the name', () => {
    const name = normaliseText("Levi's");
    assert.equal(name, 'ievis', 'l, i and 1 are one letter in the skeleton');
    for (const s of ['Lev1s', 'LEV1S', 'L3VIS', 'Lev!s', 'Lev|s', 'L E V 1 S', 'ＬＥＶ１Ｓ', 'ⓁⒺⓋⒾⓈ', '𝐋𝐄𝐕𝐈𝐒']) assert.equal(normaliseText(s), name, s);
  });

  it('maps each listed look-alike character inside a word', () => {
    assert.equal(only('s0n1c', 'lookalikes'), 'sonic');
    assert.equal(only('b3st', 'lookalikes'), 'best');
    assert.equal(only('h4t', 'lookalikes'), 'hat');
    assert.equal(only('h@t', 'lookalikes'), 'hat');
    assert.equal(only('pa5ta', 'lookalikes'), 'pasta');
    assert.equal(only('$upreme', 'lookalikes'), 'supreme');
    assert.equal(only('sui7', 'lookalikes'), 'suit');
    assert.equal(only('gucc1', 'lookalikes'), 'gucci');
  });

  it('leaves numbers as numbers', () => {
    assert.equal(normaliseText("Levi's 501"), 'ievis501');
    assert.equal(normaliseText('Levis2024'), 'ievis2024', 'a run of digits at the end of a word is a number');
    assert.equal(normaliseText('3 for $50'), '3for50', 'a symbol before a number is not a letter');
    assert.equal(normaliseText('Size 34, 7 colours'), 'size347coiours');
  });

  it('reads Chinese names in traditional and simplified characters, full-width and CJK punctuation', () => {
    assert.equal(normaliseText('李維斯'), '李维斯');
    assert.equal(normaliseText('「李維斯」牛仔褲、正品！'), '李维斯牛仔裤正品');
    assert.equal(normaliseText('古馳 GUCCI'), '古驰gucci');
    assert.equal(normaliseText('路易·威登'), '路易威登');
    assert.equal(normaliseText('香奈兒'), '香奈儿');
  });
});

describe('each step alone', () => {
  it('nfkc: full-width and compatibility forms', () => {
    assert.equal(only('ＬＥＶＩ’Ｓ', 'nfkc'), 'LEVI’S');
    assert.equal(only('ﬁne', 'nfkc'), 'fine');
    assert.equal(only('Levi’s™', 'nfkc'), 'Levi’s™', '™ stays a symbol instead of becoming the letters TM');
  });

  it('diacritics: base letters', () => {
    assert.equal(only('Crème Brûlée', 'diacritics'), 'Creme Brulee');
    assert.equal(only('Ørsted Łódź Straße Æsop', 'diacritics'), 'Orsted Lodz Strasse AEsop');
    assert.equal(only('e\u0301', 'diacritics'), 'e', 'a decomposed accent too');
    assert.equal(only('が', 'diacritics'), 'が', 'Japanese voicing marks are not diacritics');
  });

  it('homoglyphs: Cyrillic and Greek by their look in their own case', () => {
    assert.equal(only('Lеvi', 'homoglyphs'), 'Levi');
    assert.equal(only('АРРLЕ', 'homoglyphs'), 'APPLE');
    assert.equal(only('ΝΙΚΕ', 'homoglyphs'), 'NIKE');
    assert.equal(only('νιkε', 'homoglyphs'), 'vike', 'small nu looks like v');
    assert.equal(only('Levi', 'homoglyphs'), 'Levi');
  });

  it('casefold: case, ß and final sigma', () => {
    assert.equal(only('LEVIS', 'casefold'), 'levis');
    assert.equal(only('STRAßE', 'casefold'), 'strasse');
    assert.equal(only('ΟΔΟΣ', 'casefold'), 'οδοσ');
  });

  it('chinese: traditional to simplified from the table only', () => {
    assert.equal(only('雅詩蘭黛', 'chinese'), '雅诗兰黛');
    assert.equal(only('爱马仕', 'chinese'), '爱马仕', 'simplified stays');
  });

  it('punctuation: ASCII, typographic and CJK punctuation and symbols', () => {
    assert.equal(only('Levi’s® [LEVI-S] “x”', 'punctuation'), 'Levis LEVIS x');
    assert.equal(only('【李维斯】。、《》·', 'punctuation'), '李维斯');
  });

  it('spacing: spaces, ideographic spaces and invisible characters', () => {
    assert.equal(only('L E V\u3000I\u00A0S', 'spacing'), 'LEVIS');
    assert.equal(only('Le\u200Bvi\u2060s\uFE0F\u00AD', 'spacing'), 'Levis');
  });
});

describe('word boundaries and the mapping back', () => {
  it('marks where words start after normalisation', () => {
    assert.equal(marks('elevision'), '|........|');
    assert.equal(marks('L E V I S'), '||||||');
    assert.equal(marks('LevisJeans'), '|....|....|', 'camelCase starts a word');
    assert.equal(marks('LEVIS501'), '|....|..|', 'letters then digits');
    assert.equal(marks('李维斯levis'), '||||....|', 'CJK characters stand alone');
  });

  it('maps each normalised character to the input it came from', () => {
    const input = 'Best ＬＥＶ１Ｓ jeans';
    const n = normalise(input);
    const start = n.text.indexOf('ievis');
    assert.equal(input.slice(n.from[start], n.to[start + 4]), 'ＬＥＶ１Ｓ');
    const astral = normalise('𝐋evi 𠀀');
    assert.equal(astral.text, 'ievi𠀀');
    assert.equal(astral.from.length, astral.text.length);
  });

  it('keeps its invariants on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.subarray([...ALL_STEPS]), (s, steps) => {
        const n = normalise(s, steps);
        assert.equal(n.from.length, n.text.length);
        assert.equal(n.to.length, n.text.length);
        assert.equal(n.boundary.length, n.text.length + 1);
        assert.equal(n.boundary[0], true);
        for (let i = 0; i < n.text.length; i++) assert.ok(n.from[i]! >= 0 && n.from[i]! < n.to[i]! && n.to[i]! <= s.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tables', () => {
  it('pairs every traditional character with a different simplified one, once', () => {
    const chars = [...CHINESE_PAIRS];
    assert.equal(chars.length % 2, 0);
    const trad = chars.filter((_, i) => i % 2 === 0);
    assert.equal(new Set(trad).size, trad.length, 'no traditional character twice');
    assert.equal(Object.keys(CHINESE_SIMPLIFIED).length, trad.length, 'no pair maps a character to itself');
  });

  it('maps look-alikes and homoglyphs to ASCII letters', () => {
    for (const [k, v] of Object.entries({ ...HOMOGLYPHS, ...LOOKALIKES })) assert.match(v, /^[A-Za-z]$/, k);
  });
});
