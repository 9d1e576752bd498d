import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { displayGtin, gtinCheckDigit, normaliseGtin } from './gtin.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dictionary = path.resolve(repoRoot, '../shared/reference/gs1-syntax-dictionary.txt');

describe('GTIN', () => {
  it('accepts published valid GTINs of every length and returns the 14-digit form', () => {
    const published: [string, string][] = [
      ['96385074', '00000096385074'], // EAN-8 example (Wikipedia, "EAN-8")
      ['036000291452', '00036000291452'], // UPC-A example (Wikipedia, "Universal Product Code")
      ['4006381333931', '04006381333931'], // EAN-13 example (Wikipedia, "International Article Number")
      ['9780306406157', '09780306406157'], // ISBN-13 978-0-306-40615-7 as EAN-13
      ['09506000134352', '09506000134352'], // GS1 Digital Link standard's example GTIN
      ['10614141000415', '10614141000415'], // GTIN-14 with indicator digit 1 (GS1 US example)
    ];
    for (const [input, g14] of published) assert.equal(normaliseGtin(input), g14, input);
    assert.equal(normaliseGtin('  4006381333931\n'), '04006381333931', 'surrounding whitespace is ignored');
  });

  it('computes the GS1 mod-10 check digit', () => {
    assert.equal(gtinCheckDigit('400638133393'), 1);
    assert.equal(gtinCheckDigit('03600029145'), 2);
    assert.equal(gtinCheckDigit('9638507'), 4);
    assert.equal(gtinCheckDigit('0950600013435'), 2);
    assert.throws(() => gtinCheckDigit('12a4'), TypeError);
  });

  it('refuses a wrong check digit, wrong lengths, non-digits and all zeros', () => {
    for (const bad of [
      '4006381333932',
      '036000291453',
      '96385075',
      '123456789',
      '12345678901',
      '400638133393100',
      '',
      '4006381333-31',
      '４００６３８１３３３９３１',
      '00000000',
      '00000000000000',
    ]) {
      assert.equal(normaliseGtin(bad), null, JSON.stringify(bad));
    }
  });

  it('accepts every body with its computed check digit, and refuses any single changed digit', () => {
    const body = fc.constantFrom(7, 11, 12, 13).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n }));
    fc.assert(
      fc.property(body, fc.nat(), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        fc.pre(!/^0+$/.test(b));
        const full = b + String(gtinCheckDigit(b));
        assert.equal(normaliseGtin(full), full.padStart(14, '0'));
        const i = pos % full.length;
        const changed = full.slice(0, i) + String((Number(full[i]) + delta) % 10) + full.slice(i + 1);
        assert.equal(normaliseGtin(changed), null, `${full} -> ${changed}`);
      }),
    );
  });

  it('displays the 14-digit form as GTIN-8, -12, -13 or -14', () => {
    assert.equal(displayGtin('00000096385074'), '96385074');
    assert.equal(displayGtin('00036000291452'), '036000291452');
    assert.equal(displayGtin('04006381333931'), '4006381333931');
    assert.equal(displayGtin('10614141000415'), '10614141000415');
    for (const g of ['96385074', '036000291452', '4006381333931', '10614141000415']) assert.equal(displayGtin(normaliseGtin(g)!), g);
    assert.throws(() => displayGtin('4006381333931'), TypeError);
  });

  it("agrees with GS1's syntax dictionary: AI (01) is 14 digits with a check digit", { skip: !fs.existsSync(dictionary) && 'reference file absent' }, () => {
    const entries = fs
      .readFileSync(dictionary, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const gtinLine = entries.find((line) => line.split(/\s+/)[0] === '01');
    assert.ok(gtinLine, 'AI 01 is in the dictionary');
    // "01  *?  N14,csum,gcppos2  ex=... # GTIN": flags are optional, the specification follows.
    const fields = gtinLine.replace(/#.*$/, '').trim().split(/\s+/);
    const spec = fields.slice(1).filter((f) => /^\[?[NXYZ]\d/.test(f));
    assert.equal(spec.length, 1, 'the GTIN is one component');
    const [type, ...linters] = spec[0]!.split(',');
    assert.equal(type, 'N14', 'fixed length 14, numeric');
    assert.ok(linters.includes('csum'), 'validated by the GS1 check digit');
    assert.match(gtinLine, /#\s*GTIN\s*$/);
    // AI 02 (GTIN of contained items) follows the same rule, so one normaliser serves both.
    const contained = entries.find((line) => line.split(/\s+/)[0] === '02');
    assert.match(contained ?? '', /\sN14,csum\b/);
  });
});
