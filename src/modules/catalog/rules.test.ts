import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../http/errors.ts';
import { canTransition, checkOptions, checkPrice, combinationKey, isCountry, isHsCode, isImageUrl } from './rules.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? `${e.status} ${e.code}` : String(e);
  }
  return 'no error';
};

describe('catalogue rules', () => {
  it('allows only draft → active → archived → draft', () => {
    const allowed = [
      ['draft', 'active'],
      ['active', 'archived'],
      ['archived', 'draft'],
    ];
    for (const from of ['draft', 'active', 'archived'] as const)
      for (const to of ['draft', 'active', 'archived'] as const)
        assert.equal(
          canTransition(from, to),
          allowed.some(([f, t]) => f === from && t === to),
          `${from} → ${to}`,
        );
  });

  it('knows assigned ISO 3166-1 alpha-2 codes only', () => {
    for (const c of ['CN', 'US', 'DE', 'HK', 'TW', 'QA', 'GB']) assert.equal(isCountry(c), true, c);
    for (const c of ['ZZ', 'EU', 'UN', 'UK', 'DD', 'SU', 'XK', 'QO', 'AA', 'cn', 'CHN', '']) assert.equal(isCountry(c), false, c);
  });

  it('checks HS codes and image URLs', () => {
    assert.ok(isHsCode('620342') && isHsCode('6203423100'));
    assert.ok(!isHsCode('62034') && !isHsCode('62034231001') && !isHsCode('6203.42'));
    assert.ok(isImageUrl('https://cdn.example.com/a.jpg'));
    assert.ok(!isImageUrl('http://cdn.example.com/a.jpg') && !isImageUrl('https://') && !isImageUrl('javascript:alert(1)'));
  });

  it('checks options and the combination each variant picks', () => {
    const options = checkOptions([
      { name: ' size ', values: ['S', 'M'] },
      { name: 'colour', values: ['blue', 'black'] },
    ]);
    assert.equal(options[0]!.name, 'size');
    assert.equal(combinationKey(options, { colour: 'blue', size: 'M' }, 'x'), combinationKey(options, { size: 'M', colour: 'blue' }, 'y'));
    assert.notEqual(combinationKey(options, { size: 'S', colour: 'blue' }, 'x'), combinationKey(options, { size: 'M', colour: 'blue' }, 'x'));
    assert.equal(
      code(() => combinationKey(options, { size: 'M' }, 'x')),
      '400 option_values_mismatch',
    );
    assert.equal(
      code(() => combinationKey(options, { size: 'XL', colour: 'blue' }, 'x')),
      '400 option_values_mismatch',
    );
    assert.equal(
      code(() => combinationKey(options, { size: 'M', colour: 'blue', fit: 'slim' }, 'x')),
      '400 option_values_mismatch',
    );
    assert.equal(combinationKey([], {}, 'x'), '[]');
    assert.equal(
      code(() =>
        checkOptions([
          { name: 'Size', values: ['S'] },
          { name: 'size', values: ['M'] },
        ]),
      ),
      '400 invalid_options',
    );
    assert.equal(
      code(() => checkOptions([{ name: 'size', values: ['S', 'S'] }])),
      '400 invalid_options',
    );
    assert.equal(
      code(() => checkOptions([{ name: 'size', values: [] }])),
      '400 invalid_options',
    );
  });

  it('checks prices: real currency, whole non-negative minor units', () => {
    assert.equal(
      code(() => checkPrice({ amount: 100, currency: 'CNY' })),
      'no error',
    );
    assert.equal(
      code(() => checkPrice({ amount: 100, currency: 'XYZ' })),
      '400 invalid_currency',
    );
    assert.equal(
      code(() => checkPrice({ amount: -1, currency: 'USD' })),
      '400 invalid_price',
    );
    assert.equal(
      code(() => checkPrice({ amount: 1.5, currency: 'USD' })),
      '400 invalid_price',
    );
  });
});
