import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DL_PRIMARY_KEYS, aiSpec } from './ai-catalog.ts';
import { CONVENIENCE_ALPHAS, dlAiValues, parseDigitalLinkStrict, type DlFaultCode, type DlParsed } from './digital-link-strict.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const grammarFile = path.resolve(repoRoot, '../shared/reference/GS1_Digital_Link_Grammar_1_2.abnf');
const noGrammar = !fs.existsSync(grammarFile) && `GS1 Digital Link grammar absent (${grammarFile})`;

const GTIN = '09506000134352'; // the GTIN of the Digital Link standard's examples
const GLN = '9520123456788';

function parsed(uri: string): DlParsed {
  const r = parseDigitalLinkStrict(uri);
  assert.ok(r.ok, `${uri}: expected success, got ${JSON.stringify(r)}`);
  return r;
}

function refused(uri: string, code: DlFaultCode, ai?: string): string {
  const r = parseDigitalLinkStrict(uri);
  assert.equal(r.ok, false, `${uri}: expected ${code}, got ${JSON.stringify(r)}`);
  if (r.ok) return '';
  assert.equal(r.code, code, `${uri}: ${r.detail}`);
  if (ai !== undefined) assert.equal(r.ai, ai, `${uri}: the AI at fault`);
  assert.ok(r.detail.length > 10);
  return r.detail;
}

describe('parseDigitalLinkStrict: valid URIs', () => {
  it('reads the standard example with lot and serial, and names each AI', () => {
    const r = parsed(`https://id.gs1.org/01/${GTIN}/10/ABC123/21/XYZ`);
    assert.deepEqual(r.primaryKey, { ai: '01', title: 'Global Trade Item Number (GTIN)', value: GTIN });
    assert.deepEqual(
      r.qualifiers.map((q) => [q.ai, q.value]),
      [
        ['10', 'ABC123'],
        ['21', 'XYZ'],
      ],
    );
    assert.equal(r.stem, 'https://id.gs1.org');
    assert.deepEqual(dlAiValues(r), { '01': GTIN, '10': 'ABC123', '21': 'XYZ' });
  });

  it('reads data attributes from the query and ignores extension parameters and the fragment', () => {
    const r = parsed(`https://example.com/01/${GTIN}?17=271231&3103=000195&linkType=gs1:pip&context=x%3Dy#top`);
    assert.deepEqual(
      r.attributes.map((a) => [a.ai, a.value]),
      [
        ['17', '271231'],
        ['3103', '000195'],
      ],
    );
    assert.deepEqual(r.ignoredParameters, ['linkType', 'context']);
    assert.deepEqual(parsed(`https://example.com/01/${GTIN}?17=271231;11=260101`).attributes.length, 2, '";" separates parameters too');
  });

  it('accepts any domain, port and path prefix before the primary key', () => {
    const r = parsed(`HTTP://brand.example:8080/a/b/c/01/${GTIN}/21/A1B2C3?17=271231`);
    assert.equal(r.stem, 'HTTP://brand.example:8080/a/b/c');
    assert.deepEqual(dlAiValues(r), { '01': GTIN, '21': 'A1B2C3', '17': '271231' });
    // A prefix that itself looks like AIs: the key is the last one found walking back from the end.
    assert.equal(parsed(`https://example.com/01/${GTIN}/8004/9520123ASSET`).primaryKey.ai, '8004');
    assert.equal(parsed(`https://192.0.2.1/dl/00/106141412345678908`).stem, 'https://192.0.2.1/dl');
  });

  it('reads every kind of primary key the standard defines, with its qualifiers', () => {
    const cases: [string, Record<string, string>][] = [
      ['/00/106141412345678908', { '00': '106141412345678908' }],
      [`/01/${GTIN}/22/2A/10/ABC123/21/12345XYZ`, { '01': GTIN, '22': '2A', '10': 'ABC123', '21': '12345XYZ' }],
      [`/01/${GTIN}/235/TPX-1`, { '01': GTIN, '235': 'TPX-1' }],
      [`/253/${GLN}XYZ`, { '253': `${GLN}XYZ` }],
      [`/255/${GLN}123`, { '255': `${GLN}123` }],
      ['/401/9520123ABC', { '401': '9520123ABC' }],
      ['/402/95201234567890122', { '402': '95201234567890122' }],
      [`/414/${GLN}/254/32a%2Fb`, { '414': GLN, '254': '32a/b' }],
      [`/414/${GLN}/7040/1ABC`, { '414': GLN, '7040': '1ABC' }],
      [`/415/${GLN}/8020/REF-42`, { '415': GLN, '8020': 'REF-42' }],
      [`/417/${GLN}`, { '417': GLN }],
      [`/8003/0${GLN}ABC`, { '8003': `0${GLN}ABC` }],
      ['/8004/9520123ASSET%2F42', { '8004': '9520123ASSET/42' }],
      [`/8006/${GTIN}0102/10/LOT1`, { '8006': `${GTIN}0102`, '10': 'LOT1' }],
      ['/8010/95201234%2FX%23/8011/123', { '8010': '95201234/X#', '8011': '123' }],
      ['/8013/1987654Ad4X4bL5ttr2310c2K', { '8013': '1987654Ad4X4bL5ttr2310c2K' }],
      ['/8017/952012345678901233/8019/42', { '8017': '952012345678901233', '8019': '42' }],
      ['/8018/952012345678901233', { '8018': '952012345678901233' }],
    ];
    const keys = new Set<string>();
    for (const [p, ais] of cases) {
      const r = parsed(`https://id.gs1.org${p}`);
      assert.deepEqual(dlAiValues(r), ais, p);
      keys.add(r.primaryKey.ai);
    }
    assert.deepEqual([...keys].sort(), [...DL_PRIMARY_KEYS].sort(), 'every primary key is exercised');
  });

  it('percent-decodes values in the path and the query', () => {
    const r = parsed(`https://example.com/01/${GTIN}/10/A%2FB%25C%26D%3F`);
    assert.equal(r.qualifiers[0]!.value, 'A/B%C&D?');
    // A space is not in set 82: the AI refuses it even when correctly encoded.
    refused(`https://example.com/00/106141412345678908?4302=1%20Main%20St`, 'bad_character', '4302');
    assert.equal(parsed(`https://example.com/01/${GTIN}?90=A%2BB`).attributes[0]!.value, 'A+B');
  });

  it('keeps an attribute that is a qualifier of another sequence of the key (no mixing)', () => {
    assert.deepEqual(dlAiValues(parsed(`https://id.gs1.org/01/${GTIN}/235/XYZ?10=A`)), { '01': GTIN, '235': 'XYZ', '10': 'A' });
    assert.equal(parsed(`https://id.gs1.org/00/106141412345678908?02=${GTIN}&37=24&10=LOT42`).attributes.length, 3);
  });
});

describe('parseDigitalLinkStrict: refusals', () => {
  const cases: [string, string, DlFaultCode, string?][] = [
    ['a zero-suppressed GTIN-13', 'https://id.gs1.org/01/9506000134352', 'zero_suppressed_gtin', '01'],
    ['a zero-suppressed GTIN-12', 'https://id.gs1.org/01/036000291452', 'zero_suppressed_gtin', '01'],
    ['a zero-suppressed GTIN-8', 'https://id.gs1.org/01/96385074', 'zero_suppressed_gtin', '01'],
    ['a zero-suppressed GTIN in the query', `https://id.gs1.org/8006/${GTIN}0102?01=9506000134352`, 'zero_suppressed_gtin', '01'],
    ['the convenience alpha /gtin/', `https://id.gs1.org/gtin/${GTIN}`, 'convenience_alpha', '01'],
    ['the convenience alpha /lot/', `https://id.gs1.org/01/${GTIN}/lot/ABC`, 'convenience_alpha', '10'],
    ['the convenience alpha ?lot=', `https://id.gs1.org/01/${GTIN}?lot=ABC`, 'convenience_alpha', '10'],
    ['the convenience alpha ?exp=', `https://id.gs1.org/01/${GTIN}?exp=271231`, 'convenience_alpha', '17'],
    ['qualifiers out of order', `https://id.gs1.org/01/${GTIN}/21/XYZ/10/ABC123`, 'bad_qualifier_order', '10'],
    ['a qualifier twice', `https://id.gs1.org/01/${GTIN}/10/A/10/B`, 'bad_qualifier_order', '10'],
    ['qualifiers of two sequences mixed', `https://id.gs1.org/01/${GTIN}/10/A/235/X`, 'bad_qualifier_order', '235'],
    ['a data attribute in the path', `https://id.gs1.org/01/${GTIN}/17/271231`, 'not_qualifier', '17'],
    ['a qualifier of another key', `https://id.gs1.org/414/${GLN}/21/X`, 'not_qualifier', '21'],
    ['a qualifier on a key without qualifiers', '/00/106141412345678908/10/X', 'not_qualifier', '10'],
    ['a qualifier in the query', `https://id.gs1.org/01/${GTIN}?10=ABC`, 'belongs_in_path', '10'],
    ['a serial number in the query', `https://id.gs1.org/01/${GTIN}?21=XYZ`, 'not_attribute', '21'],
    ['an AI twice, path and query', `https://id.gs1.org/00/106141412345678908?00=106141412345678908`, 'duplicate_ai', '00'],
    ['an AI twice in the query', `https://id.gs1.org/01/${GTIN}?17=271231&17=271231`, 'duplicate_ai', '17'],
    ['an unknown numeric query parameter', `https://id.gs1.org/01/${GTIN}?9999=1`, 'unknown_ai', '9999'],
    ['an unknown AI in the path', `https://id.gs1.org/01/${GTIN}/9999/1`, 'unknown_ai', '9999'],
    ['a numeric parameter without a value', `https://id.gs1.org/01/${GTIN}?17=`, 'bad_length', '17'],
    ['a wrong GTIN check digit', 'https://id.gs1.org/01/09506000134353', 'bad_check_digit', '01'],
    ['a wrong SSCC check digit', 'https://id.gs1.org/00/106141412345678909', 'bad_check_digit', '00'],
    ['a wrong GMN check pair', 'https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2X', 'bad_check_digit', '8013'],
    ['a 21-character lot', `https://id.gs1.org/01/${GTIN}/10/${'L'.repeat(21)}`, 'bad_length', '10'],
    ['a 15-digit GTIN', 'https://id.gs1.org/01/095060001343520', 'bad_length', '01'],
    ['an impossible date', `https://id.gs1.org/01/${GTIN}?17=271332`, 'bad_date', '17'],
    ['a letter in a numeric attribute', `https://id.gs1.org/01/${GTIN}?3103=00019A`, 'bad_character', '3103'],
    ['a character outside set 82 (encoded)', `https://id.gs1.org/01/${GTIN}/21/A%7EB`, 'bad_character', '21'],
    ['a space', `https://id.gs1.org/01/${GTIN}/21/A B`, 'bad_character'],
    ['a non-ASCII character', `https://id.gs1.org/01/${GTIN}/21/Ä`, 'bad_character'],
    ['broken percent-encoding', `https://id.gs1.org/01/${GTIN}/21/A%ZZ`, 'bad_character', '21'],
    ['an encoded NUL', `https://id.gs1.org/01/${GTIN}/21/A%00`, 'bad_character', '21'],
    ['a "+" in a query value (a space there)', `https://id.gs1.org/01/${GTIN}?90=A+B`, 'bad_character', '90'],
    ['piece above total in an ITIP', `https://id.gs1.org/8006/${GTIN}0302`, 'bad_value', '8006'],
    ['a GIAI without a company prefix', 'https://id.gs1.org/8004/ASSET42', 'bad_value', '8004'],
    ['another scheme', `ftp://id.gs1.org/01/${GTIN}`, 'not_digital_link'],
    ['no domain', `https:///01/${GTIN}`, 'not_digital_link'],
    ['no path', 'https://id.gs1.org?01=09506000134352', 'not_digital_link'],
    ['not a URI', `01/${GTIN}`, 'not_digital_link'],
    ['no primary key', 'https://example.com/products/42', 'not_digital_link'],
    ['an attribute alone in the path', 'https://example.com/17/271231', 'not_digital_link'],
    ['a qualifier without its value', `https://id.gs1.org/01/${GTIN}/10`, 'not_digital_link', '01'],
    ['a trailing slash', `https://id.gs1.org/01/${GTIN}/`, 'not_digital_link'],
    ['a segment after the key that is no AI', `https://id.gs1.org/01/${GTIN}/batch/A`, 'not_digital_link', '01'],
  ];
  for (const [what, uri, code, ai] of cases) {
    it(`refuses ${what} with ${code}`, () => {
      refused(uri.startsWith('/') ? `https://id.gs1.org${uri}` : uri, code, ai);
    });
  }

  it('says how to fix the common mistakes', () => {
    assert.match(refused('https://id.gs1.org/01/9506000134352', 'zero_suppressed_gtin'), /09506000134352/);
    assert.match(refused(`https://id.gs1.org/01/${GTIN}/21/XYZ/10/ABC123`, 'bad_qualifier_order'), /\(22\), \(10\), \(21\) in this order/);
    assert.match(refused(`https://id.gs1.org/gtin/${GTIN}`, 'convenience_alpha'), /\/01\//);
    assert.match(refused(`https://id.gs1.org/01/${GTIN}/17/271231`, 'not_qualifier'), /query string/);
  });
});

describe("agreement with GS1's Digital Link grammar (ABNF 1.2)", { skip: noGrammar }, () => {
  const abnf = noGrammar ? '' : fs.readFileSync(grammarFile, 'utf8');

  it('knows every convenience alpha of the grammar, for the same AI', () => {
    const inGrammar = new Map([...abnf.matchAll(/^[\w-]+(?:-code|Code)\s*=\s*"(\d+)"\s*\/\s*%s"(\w+)"/gm)].map((m) => [m[2]!, m[1]!]));
    assert.ok(inGrammar.size > 20, 'the grammar was read');
    assert.deepEqual([...CONVENIENCE_ALPHAS].sort(), [...inGrammar].sort());
  });

  it("has each of the grammar's primary keys and path qualifier orders among the catalog's", () => {
    const codes = new Map([...abnf.matchAll(/^([\w-]+)-code\s*=\s*"(\d+)"/gm)].map((m) => [m[1]!, m[2]!]));
    const paths = [...abnf.matchAll(/^[\w-]+-path\s*=\s*([\w-]+)-comp((?:\s+\[?[\w-]+-comp\]?)*)\s*$/gm)];
    assert.ok(paths.length >= 15, 'the path rules were read');
    for (const [, keyName, rest] of paths) {
      const key = aiSpec(codes.get(keyName!)!);
      assert.ok(key?.dlQualifierSequences, `${keyName} is a primary key`);
      const qualifiers = [...rest!.matchAll(/([\w-]+)-comp/g)].map((m) => codes.get(m[1]!)!);
      // The grammar's order must fit one of the catalog's sequences (the catalog may know newer ones).
      assert.ok(
        key.dlQualifierSequences.some((seq) =>
          qualifiers.every((q, i) => seq.indexOf(q) >= 0 && (i === 0 || seq.indexOf(q) > seq.indexOf(qualifiers[i - 1]!))),
        ),
        `${keyName}: ${qualifiers} fits ${JSON.stringify(key.dlQualifierSequences)}`,
      );
    }
  });
});
