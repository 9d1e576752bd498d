import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assertMoney, formatMoney, isCurrency, minorUnits, money } from './money.ts';

describe('money', () => {
  it('knows ISO 4217 codes and refuses others', () => {
    for (const c of ['USD', 'CNY', 'JPY', 'EUR', 'HKD', 'GBP', 'BHD']) assert.equal(isCurrency(c), true, c);
    for (const c of ['usd', 'US', 'USDT', 'ABC', 'XYZ', 'RMB', '', 'XXX']) assert.equal(isCurrency(c), false, c);
  });

  it('gives the exponent of the minor unit', () => {
    assert.equal(minorUnits('USD'), 2);
    assert.equal(minorUnits('CNY'), 2);
    assert.equal(minorUnits('JPY'), 0);
    assert.equal(minorUnits('KRW'), 0);
    assert.equal(minorUnits('BHD'), 3);
    assert.throws(() => minorUnits('RMB'), RangeError);
  });

  it('accepts only safe-integer amounts in a real currency', () => {
    assert.deepEqual(money(129900, 'CNY'), { amount: 129900, currency: 'CNY' });
    assert.doesNotThrow(() => assertMoney({ amount: -500, currency: 'USD' }));
    assert.throws(() => money(12.5, 'USD'), RangeError);
    assert.throws(() => money(Number.MAX_SAFE_INTEGER + 1, 'USD'), RangeError);
    assert.throws(() => money(Number.NaN, 'USD'), RangeError);
    assert.throws(() => money(100, 'usd'), RangeError);
  });

  it('formats minor units for people in their locale', () => {
    assert.equal(formatMoney({ amount: 129900, currency: 'CNY' }, 'zh-CN'), '¥1,299.00');
    assert.equal(formatMoney({ amount: 1999, currency: 'USD' }, 'en-US'), '$19.99');
    assert.equal(formatMoney({ amount: 5, currency: 'USD' }, 'en-US'), '$0.05');
    assert.equal(formatMoney({ amount: -250, currency: 'USD' }, 'en-US'), '-$2.50');
    assert.equal(formatMoney({ amount: 1500, currency: 'JPY' }, 'en-US'), '¥1,500');
    assert.match(formatMoney({ amount: 1234, currency: 'BHD' }, 'en-US'), /^BHD\s1\.234$/); // ICU puts a no-break space
    assert.equal(formatMoney({ amount: 0, currency: 'EUR' }, 'en-US'), '€0.00');
    assert.throws(() => formatMoney({ amount: 1.5, currency: 'USD' }), RangeError);
  });

  it('formats every safe amount exactly, with no float rounding', () => {
    assert.equal(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US'), '$90,071,992,547,409.91');
    fc.assert(
      fc.property(fc.maxSafeNat(), (amount) => {
        const digits = formatMoney({ amount, currency: 'USD' }, 'en-US').replace(/[$,.]/g, '');
        assert.equal(BigInt(digits), BigInt(amount));
      }),
    );
  });
});
