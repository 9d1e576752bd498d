import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chargedTotal, cbecTaxLines, domesticVatLine, generalTradeTaxLines, includedVat, roundHalfUp, type TaxLine } from './tax.ts';

const pick = (lines: TaxLine[]) => lines.map((l) => [l.kind, l.amount, l.rate_bp, l.base_amount, l.rule]);

describe('roundHalfUp', () => {
  it('rounds halves away from zero, the rest to the nearest', () => {
    assert.equal(roundHalfUp(455n, 10n), 46n); // 45.5 → 46
    assert.equal(roundHalfUp(454n, 10n), 45n); // 45.4 → 45
    assert.equal(roundHalfUp(-455n, 10n), -46n);
    assert.equal(roundHalfUp(1n, 3n), 0n);
    assert.equal(roundHalfUp(2n, 3n), 1n);
  });
});

describe('CBEC tax within the limits (财关税〔2016〕18号: tariff 0, VAT and consumption tax at 70 %)', () => {
  it('100.00 sweater, VAT 13 %: VAT = 10000 × 13 % × 70 % = 910 fen (9.10), tariff 0', () => {
    const lines = cbecTaxLines(10_000, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 1400 });
    assert.deepEqual(pick(lines), [
      ['tariff', 0, 0, 10_000, 'cbec_tariff_zero'],
      ['vat', 910, 910, 10_000, 'cbec_vat_70'],
    ]);
    assert.equal(chargedTotal(lines), 910);
    assert.ok(lines.every((l) => l.currency === 'CNY' && !l.included && l.rule_text.includes('财关税〔2016〕18号')));
  });

  it('1,000.00 high-end cosmetics, ct 15 %, VAT 13 %: ct 123.53 and VAT 107.06, 23.06 % in all', () => {
    // composite = 100000 / 0.85 = 117647.06
    // ct  = 117647.06 × 15 % × 70 % = 100000 × 1500 × 7 / (8500 × 10) = 12352.94 → 12353
    // VAT = 117647.06 × 13 % × 70 % = 100000 × 1300 × 7 / (8500 × 10) = 10705.88 → 10706
    const lines = cbecTaxLines(100_000, { vat_bp: 1300, consumption_tax_bp: 1500, tariff_bp: 500 });
    assert.deepEqual(pick(lines), [
      ['tariff', 0, 0, 100_000, 'cbec_tariff_zero'],
      ['consumption_tax', 12_353, 1050, 117_647, 'cbec_consumption_tax_70'],
      ['vat', 10_706, 910, 117_647, 'cbec_vat_70'],
    ]);
    assert.equal(chargedTotal(lines), 23_059);
  });

  it('9 % VAT goods: 200.00 cherries + 15.00 freight: VAT = 21500 × 6.3 % = 1354.5 → 1355 (half-up)', () => {
    const lines = cbecTaxLines(21_500, { vat_bp: 900, consumption_tax_bp: 0, tariff_bp: 1000 });
    assert.deepEqual(pick(lines).at(-1), ['vat', 1355, 630, 21_500, 'cbec_vat_70']);
  });

  it('wine, ct 10 %, VAT 13 %: 300.00 → ct 30000 × 10/90 × 70 % = 2333.33 → 2333, VAT 30000/0.9 × 9.1 % = 3033.33 → 3033', () => {
    const lines = cbecTaxLines(30_000, { vat_bp: 1300, consumption_tax_bp: 1000, tariff_bp: 1400 });
    assert.deepEqual(
      lines.map((l) => l.amount),
      [0, 2333, 3033],
    );
  });

  it('rounds each amount once, from the exact value: 5.00 at 9.1 % is 45.5 fen → 46; 1 fen → 0', () => {
    assert.equal(cbecTaxLines(500, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 0 }).at(-1)!.amount, 46);
    assert.equal(cbecTaxLines(1, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 0 }).at(-1)!.amount, 0);
    assert.equal(cbecTaxLines(0, { vat_bp: 1300, consumption_tax_bp: 1500, tariff_bp: 0 }).at(-1)!.amount, 0);
  });

  it('1.00 at ct 15 %: each amount rounded once from the exact fraction: ct 12.35 → 12, VAT 10.71 → 11', () => {
    // ct = 100 × 1500 × 7 / 85000 = 12.35; VAT = 100 × 1300 × 7 / 85000 = 10.71
    assert.deepEqual(
      cbecTaxLines(100, { vat_bp: 1300, consumption_tax_bp: 1500, tariff_bp: 0 }).map((l) => l.amount),
      [0, 12, 11],
    );
  });

  it('refuses floats, negative values and impossible rates', () => {
    assert.throws(() => cbecTaxLines(10.5, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 0 }), RangeError);
    assert.throws(() => cbecTaxLines(-1, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 0 }), RangeError);
    assert.throws(() => cbecTaxLines(100, { vat_bp: 1300, consumption_tax_bp: 10_000, tariff_bp: 0 }), RangeError);
    assert.throws(() => cbecTaxLines(100, { vat_bp: 13.5, consumption_tax_bp: 0, tariff_bp: 0 }), RangeError);
  });
});

describe('general-trade tax on one indivisible item over the limit (财关税〔2018〕49号, 100 %)', () => {
  it('6,000.00 handbag, tariff 6 %, VAT 13 %: tariff 360.00, VAT (6000 + 360) × 13 % = 826.80', () => {
    const lines = generalTradeTaxLines(600_000, { vat_bp: 1300, consumption_tax_bp: 0, tariff_bp: 600 });
    assert.deepEqual(pick(lines), [
      ['tariff', 36_000, 600, 600_000, 'general_trade_tariff'],
      ['vat', 82_680, 1300, 636_000, 'general_trade_vat'],
    ]);
    assert.equal(chargedTotal(lines), 118_680);
  });

  it('6,000.00 cosmetics set, tariff 5 %, ct 15 %, VAT 13 %: tariff 300.00, ct 1,111.76, VAT 963.53', () => {
    // composite = (6000 + 300) / 0.85 = 7411.7647
    // ct  = 7411.7647 × 15 % = 1111.7647 → 1111.76
    // VAT = (6300 + 1111.7647) × 13 % = 963.5294 → 963.53
    const lines = generalTradeTaxLines(600_000, { vat_bp: 1300, consumption_tax_bp: 1500, tariff_bp: 500 });
    assert.deepEqual(pick(lines), [
      ['tariff', 30_000, 500, 600_000, 'general_trade_tariff'],
      ['consumption_tax', 111_176, 1500, 741_176, 'general_trade_consumption_tax'],
      ['vat', 96_353, 1300, 741_176, 'general_trade_vat'],
    ]);
    assert.equal(chargedTotal(lines), 237_529);
  });
});

describe('domestic goods: VAT included in the price', () => {
  it('113.00 at 13 % holds 13.00; 100.00 at 13 % holds 11.50 (1150.44 → 1150); 109.00 at 9 % holds 9.00', () => {
    assert.equal(includedVat(11_300, 1300), 1300);
    assert.equal(includedVat(10_000, 1300), 1150);
    assert.equal(includedVat(10_900, 900), 900);
  });
  it('is an informational line that adds nothing to the charged total', () => {
    const l = domesticVatLine(11_300, 1300);
    assert.deepEqual([l.kind, l.amount, l.rate_bp, l.base_amount, l.included, l.rule], ['vat', 1300, 1300, 10_000, true, 'domestic_vat_included']);
    assert.equal(chargedTotal([l]), 0);
  });
});
