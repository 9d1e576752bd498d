import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { gtinCheckDigit } from '../gtin.ts';
import { AI_BY_SHORT_NAME, AI_TABLE, CSET82_SYMBOLS } from './ai-table.ts';
import { parseDigitalLink, toDigitalLink } from './digital-link.ts';
import { parseElementString, toBracketed, toElementString, type Gs1Element } from './element-string.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const grammarFile = path.resolve(repoRoot, '../shared/reference/GS1_Digital_Link_Grammar_1_2.abnf');
const noGrammar = !fs.existsSync(grammarFile) && 'GS1 Digital Link grammar absent';

import type { Gs1ErrorCode } from './element-string.ts';
import { CARTON, GLN, GTIN, SSCC, ok, refused, today } from './test-fixtures.ts';

const byAi = (elements: readonly Gs1Element[]) => [...elements].sort((a, b) => (a.ai < b.ai ? -1 : a.ai > b.ai ? 1 : 0));

describe('parseDigitalLink', () => {
  it('reads a GTIN with lot in the path and a use-by date in the query', () => {
    const r = ok(parseDigitalLink(`https://id.example.com/01/${GTIN}/10/ABC123?17=261231`, { today }));
    assert.deepEqual(r.elements, [
      { ai: '01', value: GTIN },
      { ai: '10', value: 'ABC123' },
      { ai: '17', value: '261231' },
    ]);
    assert.equal(r.gtin, GTIN);
    assert.equal(r.lot, 'ABC123');
    assert.equal(r.useBy, '2026-12-31');
  });

  it('gives the same result as the element string of the same data', () => {
    const viaLink = ok(parseDigitalLink(`https://id.gs1.org/01/${GTIN}/10/ABC123?17=261231`, { today }));
    const viaScan = ok(parseElementString(`(01)${GTIN}(10)ABC123(17)261231`, { today }));
    assert.deepEqual(viaLink, viaScan);
  });

  it('reads all three GTIN qualifiers in the grammar order (consumer product variant, lot, serial)', () => {
    // Shaped like the path-order example of the Digital Link standard; GTIN-13 padded to 14 digits.
    const r = ok(parseDigitalLink('https://example.org/01/9520123456788/22/2A/10/ABC123/21/12345XYZ', { today }));
    assert.equal(r.gtin, '09520123456788');
    assert.equal(r.cpv, '2A');
    assert.equal(r.lot, 'ABC123');
    assert.equal(r.serial, '12345XYZ');
    for (const p of ['/10/ABC123', '/10/ABC123/21/12345XYZ', '/21/12345XYZ', '/22/2A/21/1']) ok(parseDigitalLink(`https://example.org/01/09520123456788${p}`));
  });

  it('accepts the short names of keys and qualifiers, and "lot" and "exp" in the query', () => {
    const numeric = ok(parseDigitalLink(`https://example.com/01/${GTIN}/10/ABC123/21/7?15=270131&17=261231`, { today }));
    const named = ok(parseDigitalLink(`https://example.com/gtin/${GTIN}/lot/ABC123/ser/7?15=270131&exp=261231`, { today }));
    assert.deepEqual(named, numeric);
    assert.equal(ok(parseDigitalLink(`https://example.com/gtin/${GTIN}?lot=L1`)).lot, 'L1');
    assert.equal(ok(parseDigitalLink(`https://example.com/sscc/${SSCC}`)).sscc, SSCC);
    const place = ok(parseDigitalLink(`https://example.com/gln/${GLN}/glnx/DOCK-3`));
    assert.equal(place.gln, GLN);
    assert.equal(place.glnExtension, 'DOCK-3');
    assert.equal(ok(parseDigitalLink('https://example.com/giai/ASSET%2F42')).giai, 'ASSET/42');
  });

  it('accepts GTIN-8, -12 and -13 in the path and stores the 14-digit form', () => {
    assert.equal(ok(parseDigitalLink('https://example.com/01/96385074')).gtin, '00000096385074');
    assert.equal(ok(parseDigitalLink('https://example.com/01/036000291452')).gtin, '00036000291452');
    assert.equal(ok(parseDigitalLink('https://example.com/01/4006381333931')).gtin, '04006381333931');
  });

  it('percent-decodes, accepts ";" between parameters, and ignores extension parameters, the fragment and a path prefix', () => {
    const r = ok(
      parseDigitalLink(`HTTPS://brand.example:8443/dl/products/01/${GTIN}/10/A%2FB%25C%26D%3F?linkType=gs1:pip;3103=000500&context=x%3Dy#top`, { today }),
    );
    assert.equal(r.lot, 'A/B%C&D?');
    assert.equal(r.netWeightKg, 0.5);
    assert.deepEqual(
      r.elements.map((e) => e.ai),
      ['01', '10', '3103'],
    );
    assert.equal(ok(parseDigitalLink(`https://example.com/01/${GTIN}/`)).gtin, GTIN, 'a trailing slash');
  });

  it('reads a logistic unit: SSCC in the path, content and count as attributes', () => {
    const r = ok(parseDigitalLink(`https://example.com/00/${SSCC}?02=${CARTON}&37=24&10=LOT42&15=270131`, { today }));
    assert.equal(r.sscc, SSCC);
    assert.equal(r.contentGtin, CARTON);
    assert.equal(r.count, 24);
    assert.equal(r.lot, 'LOT42');
    assert.equal(r.bestBefore, '2027-01-31');
  });

  const refusals: [string, string, Gs1ErrorCode, string?][] = [
    ['qualifiers out of order', `https://example.org/01/${GTIN}/21/12345XYZ/10/ABC123`, 'bad_qualifier_order', '10'],
    ['a qualifier repeated', `https://example.org/01/${GTIN}/10/A/10/B`, 'bad_qualifier_order', '10'],
    ['a variant after the lot', `https://example.org/01/${GTIN}/10/A/22/B`, 'bad_qualifier_order', '22'],
    ['a data attribute in the path', `https://example.org/01/${GTIN}/17/261231`, 'misplaced_ai', '17'],
    ['another key in the path', `https://example.org/01/${GTIN}/00/${SSCC}`, 'misplaced_ai', '00'],
    ['a GLN extension under a GTIN', `https://example.org/01/${GTIN}/254/X`, 'misplaced_ai', '254'],
    ['a serial number in the query', `https://example.org/01/${GTIN}?21=123`, 'misplaced_ai', '21'],
    ['a lot under a GLN', `https://example.org/414/${GLN}/10/X`, 'misplaced_ai', '10'],
    ['a primary key we do not read', 'https://example.org/8006/095060001343520102', 'unknown_ai', '8006'],
    ['an attribute we do not read', `https://example.org/01/${GTIN}?7003=2612311200`, 'unknown_ai', '7003'],
    ['an unknown numeric qualifier', `https://example.org/01/${GTIN}/235/X`, 'unknown_ai', '235'],
    ['no key in the path', 'https://example.org/products/42', 'not_digital_link'],
    ['a key without its value', `https://example.org/01/${GTIN}/10`, 'not_digital_link'],
    ['a segment after the key that is no AI', `https://example.org/01/${GTIN}/batch/A`, 'not_digital_link'],
    ['another scheme', `ftp://example.org/01/${GTIN}`, 'not_digital_link'],
    ['no host', `https:///01/${GTIN}`, 'not_digital_link'],
    ['not a URI', `01/${GTIN}`, 'not_digital_link'],
    ['a GTIN with a wrong check digit', 'https://example.org/01/09506000134353', 'bad_check_digit', '01'],
    ['a GTIN-13 with a wrong check digit', 'https://example.org/01/9506000134353', 'bad_check_digit', '01'],
    ['a 10-digit GTIN', 'https://example.org/01/9506000134', 'bad_length', '01'],
    ['a 21-character lot', `https://example.org/01/${GTIN}/10/${'L'.repeat(21)}`, 'bad_length', '10'],
    ['an impossible date', `https://example.org/01/${GTIN}?17=261332`, 'bad_date', '17'],
    ['a space in a lot', `https://example.org/01/${GTIN}/10/A%20B`, 'bad_character', '10'],
    ['broken percent-encoding', `https://example.org/01/${GTIN}/10/A%ZZ`, 'bad_character'],
    ['a lot in path and query with different values', `https://example.org/01/${GTIN}/10/A?10=B`, 'duplicate_ai', '10'],
    ['a count beside the GTIN', `https://example.org/01/${GTIN}?37=5`, 'invalid_combination'],
    ['a lot on an SSCC without content GTIN', `https://example.org/00/${SSCC}?10=LOT`, 'invalid_combination', '10'],
  ];
  for (const [what, uri, code, ai] of refusals) {
    it(`refuses ${what} with ${code}`, () => refused(parseDigitalLink(uri, { today }), code, ai));
  }
});

describe('toDigitalLink', () => {
  it('builds the canonical URI: key, qualifiers in order, attributes by AI number', () => {
    const elements = [
      { ai: '17', value: '261231' },
      { ai: '21', value: 'S1' },
      { ai: '3103', value: '000500' },
      { ai: '10', value: 'ABC123' },
      { ai: '11', value: '260901' },
      { ai: '01', value: GTIN },
    ];
    assert.equal(toDigitalLink(elements, undefined, { today }), `https://id.gs1.org/01/${GTIN}/10/ABC123/21/S1?11=260901&17=261231&3103=000500`);
    assert.equal(toDigitalLink([{ ai: '01', value: GTIN }], 'https://brand.example/dl/'), `https://brand.example/dl/01/${GTIN}`);
  });

  it('puts the trade item first when several keys are present, the others as attributes', () => {
    const url = toDigitalLink([
      { ai: '8004', value: 'ASSET-1' },
      { ai: '414', value: GLN },
      { ai: '01', value: GTIN },
    ]);
    assert.equal(url, `https://id.gs1.org/01/${GTIN}?414=${GLN}&8004=ASSET-1`);
    assert.equal(toDigitalLink([{ ai: '00', value: SSCC }]), `https://id.gs1.org/00/${SSCC}`);
  });

  it('percent-encodes what the grammar wants encoded and reads it back', () => {
    const lot = `A/B&C=D?E(F)!*'%`;
    const url = toDigitalLink([
      { ai: '01', value: GTIN },
      { ai: '10', value: lot },
      { ai: '400', value: 'PO-1' },
    ]);
    assert.equal(url, `https://id.gs1.org/01/${GTIN}/10/A%2FB%26C%3DD%3FE%28F%29%21%2A%27%25?400=PO-1`);
    assert.equal(ok(parseDigitalLink(url)).lot, lot);
    const dots = toDigitalLink([
      { ai: '01', value: GTIN },
      { ai: '10', value: '..' },
    ]);
    assert.equal(dots, `https://id.gs1.org/01/${GTIN}/10/%2E%2E`, 'a dot-segment would be resolved away by URL normalisation');
    assert.equal(ok(parseDigitalLink(dots)).lot, '..');
  });

  it('refuses what no Digital Link can carry', () => {
    assert.throws(() => toDigitalLink([{ ai: '400', value: 'PO1' }]), /no primary key/);
    assert.throws(
      () =>
        toDigitalLink([
          { ai: '01', value: GTIN },
          { ai: '414', value: GLN },
          { ai: '254', value: 'X' },
        ]),
      /\(254\)/,
    );
    assert.throws(() => toDigitalLink([{ ai: '01', value: '09506000134353' }]), /bad_check_digit/);
    assert.throws(() => toDigitalLink([{ ai: '01', value: GTIN }], 'id.gs1.org'), RangeError);
    assert.throws(() => toDigitalLink([{ ai: '01', value: GTIN }], 'https://x.example/?a=1'), RangeError);
  });
});

describe('the three spellings agree (property)', () => {
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  const withCheckDigit = (n: number) => digits(n - 1).map((body) => body + String(gtinCheckDigit(body)));
  const cset82 = fc.constantFrom(...`0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz${CSET82_SYMBOLS}`);
  const text = (max: number) => fc.string({ unit: cset82, minLength: 1, maxLength: max });
  // Any date GS1 can express in the window around `today` (1977-2076), day 00 included.
  const date = fc
    .record({ year: fc.integer({ min: 1977, max: 2076 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 0, max: 31 }) })
    .map(({ year, month, day }) => {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return [year % 100, month, Math.min(day, last)].map((n) => String(n).padStart(2, '0')).join('');
    });
  const opt = (ai: string, value: fc.Arbitrary<string>) =>
    fc.option(
      value.map((v) => ({ ai, value: v })),
      { nil: undefined },
    );
  const tradeItem = fc.tuple(
    withCheckDigit(14).map((value) => ({ ai: '01', value })),
    opt('22', text(20)),
    opt('10', text(20)),
    opt('21', text(20)),
    opt('11', date),
    opt('13', date),
    opt('15', date),
    opt('16', date),
    opt('17', date),
    opt('30', fc.integer({ min: 1, max: 8 }).chain(digits)),
    fc.option(
      fc.tuple(fc.integer({ min: 0, max: 5 }), digits(6)).map(([d, value]) => ({ ai: `310${d}`, value })),
      { nil: undefined },
    ),
    opt('400', text(30)),
    opt('414', withCheckDigit(13)),
    opt('8004', text(30)),
  );
  const logisticUnit = fc.tuple(
    withCheckDigit(18).map((value) => ({ ai: '00', value })),
    withCheckDigit(14).map((value) => ({ ai: '02', value })),
    fc
      .integer({ min: 1, max: 8 })
      .chain(digits)
      .map((value) => ({ ai: '37', value })),
    opt('10', text(20)),
    opt('15', date),
    opt('17', date),
    opt('3102', digits(6)),
  );
  const elementSet = fc
    .oneof(
      tradeItem.map((xs) => xs.filter((x) => x !== undefined)),
      logisticUnit.map((xs) => xs.filter((x) => x !== undefined)),
    )
    .chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }));
  const base = fc.constantFrom('https://id.gs1.org', 'https://brand.example/dl/', 'http://example.com:8080/a/b');

  it('renders bracketed, raw with FNC1 and as a Digital Link, and parses all three back to the same elements', () => {
    fc.assert(
      fc.property(elementSet, base, fc.constantFrom(']d2', ']C1', ']Q3', ''), (elements, stem, symbology) => {
        const bracketed = parseElementString(toBracketed(elements, { today }), { today });
        const raw = parseElementString(symbology + toElementString(elements, { today }), { today });
        const link = parseDigitalLink(toDigitalLink(elements, stem, { today }), { today });
        const [b, r, l] = [ok(bracketed), ok(raw), ok(link)];
        assert.deepEqual(b.elements, elements, 'bracketed keeps the order');
        assert.deepEqual(r.elements, elements, 'raw keeps the order');
        assert.deepEqual(byAi(l.elements), byAi(elements), 'the link holds the same elements');
        // Same named values whichever way the data came.
        assert.deepEqual({ ...l, elements: [] }, { ...b, elements: [] });
        assert.deepEqual({ ...r, elements: [] }, { ...b, elements: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single changed digit of the key, whichever spelling', () => {
    fc.assert(
      fc.property(withCheckDigit(14), fc.nat(13), fc.integer({ min: 1, max: 9 }), (gtin, i, delta) => {
        const changed = gtin.slice(0, i) + String((Number(gtin[i]) + delta) % 10) + gtin.slice(i + 1);
        refused(parseElementString(`(01)${changed}`), 'bad_check_digit');
        refused(parseElementString(`01${changed}`), 'bad_check_digit');
        refused(parseDigitalLink(`https://id.gs1.org/01/${changed}`), 'bad_check_digit');
      }),
    );
  });
});

describe("agreement with GS1's Digital Link grammar (ABNF 1.2)", { skip: noGrammar }, () => {
  const abnf = noGrammar ? '' : fs.readFileSync(grammarFile, 'utf8');
  /** `name-code = "01" / %s"gtin"`: the AI number and short name of each key and qualifier. */
  const codes = new Map([...abnf.matchAll(/^([\w-]+)-code\s*=\s*"(\d+)"(?:\s*\/\s*%s"(\w+)")?/gm)].map((m) => [m[1]!, { ai: m[2]!, short: m[3] }]));

  it('uses the same short names for our keys and qualifiers', () => {
    assert.ok(codes.size > 20, 'the key and qualifier codes were read');
    for (const { ai, short } of codes.values()) {
      if (AI_TABLE.has(ai) && short !== undefined) assert.equal(AI_TABLE.get(ai)!.dlShortName, short, `(${ai})`);
    }
    for (const [short, ai] of AI_BY_SHORT_NAME) {
      const inGrammar = [...codes.values()].some((c) => c.ai === ai && c.short === short);
      const expiry = new RegExp(`expiryDateCode\\s*=\\s*"${ai}"\\s*/\\s*%s"${short}"`).test(abnf);
      assert.ok(inGrammar || expiry, `short name ${short} for (${ai}) is in the grammar`);
    }
  });

  it('orders the qualifiers of our primary keys as the path rules do', () => {
    const pathRules = new Map([...abnf.matchAll(/^([\w-]+)-path\s*=\s*([\w-]+)-comp((?:\s+\[[\w-]+-comp\])*)\s*$/gm)].map((m) => [m[2]!, m[3]!]));
    for (const [ai, def] of AI_TABLE) {
      if (!def.dlPrimaryKey) continue;
      const name = [...codes].find(([, c]) => c.ai === ai)?.[0];
      assert.ok(name, `(${ai}) is a primary key in the grammar`);
      const qualifiers = [...(pathRules.get(name) ?? '').matchAll(/\[([\w-]+)-comp\]/g)].map((m) => codes.get(m[1]!)!.ai);
      assert.deepEqual(def.dlPrimaryKey.qualifiers, qualifiers, `(${ai}) path order`);
    }
  });

  it('accepts in the query exactly those of our AIs the grammar lists as attributes', () => {
    const attributes = abnf.slice(abnf.indexOf('SECTION - Data attributes'), abnf.indexOf('SECTION - Extension mechanism'));
    for (const [ai, def] of AI_TABLE) {
      const listed = attributes.includes(`"${ai}"`) || attributes.includes(`"${ai}="`) || (ai === '10' && /LotParameter\s*=\s*lot-code/.test(attributes));
      assert.equal(def.dlAttribute, listed, `(${ai}) as a query attribute`);
    }
  });
});
