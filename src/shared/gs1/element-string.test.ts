import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GS, interpretElements, parseElementString, resolveGs1Date, toBracketed, toElementString } from './element-string.ts';

import type { Gs1ErrorCode } from './element-string.ts';
import { CARTON, GLN, GTIN, SSCC, ok, refused, today } from './test-fixtures.ts';

describe('resolveGs1Date (General Specifications 7.12 century rule)', () => {
  it('places two-digit years within -49..+50 years of the current year', () => {
    assert.equal(resolveGs1Date('261231', today), '2026-12-31');
    assert.equal(resolveGs1Date('760101', today), '2076-01-01', '+50 years is still this century');
    assert.equal(resolveGs1Date('770101', today), '1977-01-01', '+51 years is the previous century');
    assert.equal(resolveGs1Date('000101', today), '2000-01-01');
    // Near a century's end the window reaches into the next one.
    assert.equal(resolveGs1Date('000101', '2050-06-01'), '2100-01-01', '-50 years is the next century');
    assert.equal(resolveGs1Date('010101', '2050-06-01'), '2001-01-01', '-49 years stays');
    assert.equal(resolveGs1Date('990101', '2050-06-01'), '2099-01-01');
    assert.equal(resolveGs1Date('490101', '2099-01-01'), '2149-01-01');
    assert.equal(resolveGs1Date('500101', '2099-01-01'), '2050-01-01');
    assert.equal(resolveGs1Date('261231', new Date('2026-03-01T00:00:00Z')), '2026-12-31');
  });

  it('reads day 00 as the last day of the month, leap years included', () => {
    assert.equal(resolveGs1Date('261200', today), '2026-12-31');
    assert.equal(resolveGs1Date('270200', today), '2027-02-28');
    assert.equal(resolveGs1Date('280200', today), '2028-02-29');
    assert.equal(resolveGs1Date('260400', today), '2026-04-30');
  });

  it('refuses what is no date', () => {
    for (const bad of ['261301', '260001', '260000', '270229', '260431', '26123', '2612310', '26-1-1', 'ABCDEF'])
      assert.equal(resolveGs1Date(bad, today), null, bad);
    assert.equal(resolveGs1Date('280229', today), '2028-02-29');
  });
});

describe('parseElementString', () => {
  it('reads the bracketed human-readable form into named values', () => {
    const r = ok(parseElementString(`(01)${GTIN}(17)261231(10)ABC123`, { today }));
    assert.deepEqual(r.elements, [
      { ai: '01', value: GTIN },
      { ai: '17', value: '261231' },
      { ai: '10', value: 'ABC123' },
    ]);
    assert.equal(r.gtin, GTIN);
    assert.equal(r.useBy, '2026-12-31');
    assert.equal(r.lot, 'ABC123');
    assert.equal(r.serial, undefined);
  });

  it('reads every date AI and the other food-lot fields', () => {
    const r = ok(parseElementString(`(01)${GTIN}(11)260901(13)260902(15)270300(16)270215(17)270310(10)L-7/B(21)S0001(30)12(3103)001250(400)PO1`, { today }));
    assert.equal(r.productionDate, '2026-09-01');
    assert.equal(r.packagingDate, '2026-09-02');
    assert.equal(r.bestBefore, '2027-03-31');
    assert.equal(r.sellBy, '2027-02-15');
    assert.equal(r.useBy, '2027-03-10');
    assert.equal(r.lot, 'L-7/B');
    assert.equal(r.serial, 'S0001');
    assert.equal(r.variableCount, 12);
    assert.equal(r.netWeightKg, 1.25, '(3103) has three decimals: 001250 is 1.250 kg');
    assert.equal(r.orderNumber, 'PO1');
  });

  it('reads net weight with each of its six decimal positions', () => {
    const weights = [123456, 12345.6, 1234.56, 123.456, 12.3456, 1.23456];
    weights.forEach((kg, d) => assert.equal(ok(parseElementString(`(01)${GTIN}(310${d})123456`, { today })).netWeightKg, kg));
  });

  it('reads the raw GS1 DataMatrix form: symbology identifier, FNC1 as GS after variable-length values only', () => {
    const raw = `]d201${GTIN}17261231` + `10ABC123${GS}21XYZ-9`;
    const r = ok(parseElementString(raw, { today }));
    assert.deepEqual(
      r.elements.map((e) => e.ai),
      ['01', '17', '10', '21'],
    );
    assert.equal(r.lot, 'ABC123');
    assert.equal(r.serial, 'XYZ-9');
    assert.equal(r.useBy, '2026-12-31');
  });

  it('reads a GS1-128 logistic label: SSCC, content GTIN, count, lot, best before', () => {
    const raw = `]C100${SSCC}02${CARTON}37` + `24${GS}10LOT42${GS}15270131`;
    const r = ok(parseElementString(raw, { today }));
    assert.equal(r.sscc, SSCC);
    assert.equal(r.contentGtin, CARTON);
    assert.equal(r.count, 24);
    assert.equal(r.lot, 'LOT42');
    assert.equal(r.bestBefore, '2027-01-31');
    assert.equal(r.gtin, undefined);
  });

  it('accepts the other GS1 symbology identifiers, a leading FNC1, redundant separators and the scanner Enter', () => {
    for (const id of [']C1', ']e0', ']d2', ']Q3', ']J1', '']) assert.equal(ok(parseElementString(`${id}01${GTIN}10A`, { today })).lot, 'A', id);
    assert.equal(ok(parseElementString(`${GS}01${GTIN}${GS}17261231${GS}10A${GS}`, { today })).lot, 'A');
    assert.equal(ok(parseElementString(`(01)${GTIN}(10)A\r\n`, { today })).lot, 'A');
    assert.equal(ok(parseElementString(`]Q301${GTIN}10A\n`, { today })).lot, 'A');
  });

  it('keeps "(" inside a bracketed value when written "\\(", and ")" as is', () => {
    const r = ok(parseElementString(`(01)${GTIN}(10)A\\(B)C(21)1`, { today }));
    assert.equal(r.lot, 'A(B)C');
    assert.equal(toBracketed(r.elements), `(01)${GTIN}(10)A\\(B)C(21)1`);
  });

  it('keeps the same AI given twice with the same value once', () => {
    const r = ok(parseElementString(`(01)${GTIN}(10)A(01)${GTIN}`, { today }));
    assert.deepEqual(r.elements, [
      { ai: '01', value: GTIN },
      { ai: '10', value: 'A' },
    ]);
  });

  it('reads what follows an unterminated short lot as part of it: why FNC1 matters', () => {
    // Without the GS after (10), "17261231" is lot data, not a use-by date; nothing can tell.
    const r = ok(parseElementString(`01${GTIN}10ABC17261231`, { today }));
    assert.equal(r.lot, 'ABC17261231');
    assert.equal(r.useBy, undefined);
  });

  const refusals: [string, string, Gs1ErrorCode, string?][] = [
    ['empty input', '', 'empty'],
    ['only a symbology identifier', ']d2', 'empty'],
    ['an AI we do not read (bracketed)', `(01)${GTIN}(99)INTERNAL`, 'unknown_ai', '99'],
    ['an AI we do not read (raw)', `01${GTIN}7003261231`, 'unknown_ai'],
    ['not an AI at all', 'HELLO', 'unknown_ai'],
    ['a malformed bracket', `(1)${GTIN}`, 'unknown_ai'],
    ['a 13-digit GTIN in (01)', '(01)9506000134352', 'bad_length', '01'],
    ['a GTIN cut short at the end', `01${GTIN.slice(0, 10)}`, 'bad_length', '01'],
    ['a separator inside a fixed-length value', `01${GTIN.slice(0, 10)}${GS}10A`, 'bad_length', '01'],
    ['an empty lot', `(01)${GTIN}(10)`, 'bad_length', '10'],
    ['an empty lot (raw)', `01${GTIN}10${GS}21X`, 'bad_length', '10'],
    ['a 21-character lot', `(01)${GTIN}(10)${'A'.repeat(21)}`, 'bad_length', '10'],
    ['a 21-character lot ended by GS', `01${GTIN}10${'A'.repeat(21)}${GS}17261231`, 'bad_length', '10'],
    ['a 7-digit date', `(01)${GTIN}(17)2612310`, 'bad_length', '17'],
    ['a GTIN with a wrong check digit', '(01)09506000134353', 'bad_check_digit', '01'],
    ['a content GTIN with a wrong check digit', `(00)${SSCC}(02)10950600013437(37)1`, 'bad_check_digit', '02'],
    ['an SSCC with a wrong check digit', '(00)106141412345678901', 'bad_check_digit', '00'],
    ['a GLN with a wrong check digit', '(414)9521234543214', 'bad_check_digit', '414'],
    ['month 13', `(01)${GTIN}(17)261301`, 'bad_date', '17'],
    ['30 February', `(01)${GTIN}(15)270230`, 'bad_date', '15'],
    ['29 February of a common year', `(01)${GTIN}(11)270229`, 'bad_date', '11'],
    ['a letter in a date', `(01)${GTIN}(17)26123A`, 'bad_character', '17'],
    ['a letter in a GTIN', '(01)0950600013435X', 'bad_character', '01'],
    ['a space in a lot', `(01)${GTIN}(10)AB C`, 'bad_character', '10'],
    ['a non-ASCII letter in a lot', `(01)${GTIN}(10)CAFÉ`, 'bad_character', '10'],
    ['a GS in the bracketed form', `(01)${GTIN}(10)A${GS}B`, 'bad_character', '10'],
    ['a symbology identifier of plain EAN-13', ']E09506000134352', 'bad_character'],
    ['a lot run into the next field without FNC1', `01${GTIN}10ABC123` + `17261231` + `21SERIAL0001`, 'missing_separator', '10'],
    ['the same AI twice with different values', `(01)${GTIN}(10)A(10)B`, 'duplicate_ai', '10'],
    ['(01) with (02)', `(01)${GTIN}(02)${CARTON}(37)1`, 'invalid_combination'],
    ['(01) with (37)', `(01)${GTIN}(37)5`, 'invalid_combination'],
    ['two net weights in kg', `(01)${GTIN}(3102)001250(3103)001250`, 'invalid_combination'],
  ];
  for (const [what, input, code, ai] of refusals) {
    it(`refuses ${what} with ${code}`, () => refused(parseElementString(input, { today }), code, ai));
  }

  it('checks mandatory companions only when asked: a label may split data over several symbols', () => {
    // An SSCC label's second barcode: content, count and lot, whose (00) is in another symbol.
    const second = ok(parseElementString(`(02)${CARTON}(37)24(10)LOT42`, { today }));
    refused(interpretElements(second.elements, { today, requireAssociations: true }), 'invalid_combination', '37');
    const first = ok(parseElementString(`(00)${SSCC}`, { today }));
    const label = ok(interpretElements([...first.elements, ...second.elements], { today, requireAssociations: true }));
    assert.equal(label.sscc, SSCC);
    assert.equal(label.lot, 'LOT42');
    refused(interpretElements([{ ai: '10', value: 'A' }], { requireAssociations: true }), 'invalid_combination', '10');
    refused(interpretElements([{ ai: '254', value: 'A' }], { requireAssociations: true }), 'invalid_combination', '254');
    ok(interpretElements([{ ai: '10', value: 'A' }]));
  });
});

describe('rendering element strings', () => {
  const elements = [
    { ai: '01', value: GTIN },
    { ai: '10', value: 'ABC123' },
    { ai: '17', value: '261231' },
    { ai: '21', value: 'S1' },
    { ai: '414', value: GLN },
  ];

  it('puts FNC1 only after variable-length values that are not last', () => {
    assert.equal(toElementString(elements, { today }), `01${GTIN}10ABC123${GS}1726123121S1${GS}414${GLN}`);
    assert.equal(
      toElementString([
        { ai: '01', value: GTIN },
        { ai: '10', value: 'A' },
      ]),
      `01${GTIN}10A`,
    );
    assert.equal(toBracketed(elements, { today }), `(01)${GTIN}(10)ABC123(17)261231(21)S1(414)${GLN}`);
  });

  it('reads back what it renders, in order', () => {
    assert.deepEqual(ok(parseElementString(toElementString(elements, { today }), { today })).elements, elements);
    assert.deepEqual(ok(parseElementString(toBracketed(elements, { today }), { today })).elements, elements);
  });

  it('refuses to render invalid elements', () => {
    assert.throws(() => toElementString([{ ai: '01', value: '09506000134353' }]), RangeError);
    assert.throws(() => toBracketed([{ ai: '7003', value: '2612311200' }]), RangeError);
    assert.throws(() => toElementString([]), RangeError);
  });
});
