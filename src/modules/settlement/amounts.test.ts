import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commissionOf, decimalOf, divHalfUp, isRate, parseRate, refundStep, shareOf, stepShare, toMerchantCurrency } from './amounts.ts';

describe('settlement amounts', () => {
  it('divides rounding a half up, and a negative half away from zero', () => {
    assert.equal(divHalfUp(5n, 2n), 3n);
    assert.equal(divHalfUp(7n, 2n), 4n);
    assert.equal(divHalfUp(4n, 3n), 1n);
    assert.equal(divHalfUp(5n, 3n), 2n);
    assert.equal(divHalfUp(-5n, 2n), -3n);
    assert.equal(divHalfUp(-4n, 3n), -1n);
    assert.equal(divHalfUp(0n, 7n), 0n);
    assert.throws(() => divHalfUp(1n, 0n), RangeError);
  });

  it('reads rates as exact decimals and refuses anything else', () => {
    assert.deepEqual(parseRate('7.1234'), { units: 71234n, scale: 4 });
    assert.deepEqual(parseRate('150'), { units: 150n, scale: 0 });
    assert.deepEqual(parseRate('0.00000001'), { units: 1n, scale: 8 });
    for (const bad of ['0', '0.0', '-7.1', '7.', '.5', '1e3', '7.123456789', ' 7.1', '7,12', '']) assert.equal(isRate(bad), false, bad);
    assert.throws(() => parseRate('0'), RangeError);
  });

  it('converts CNY paid to USD owed at "CNY per USD", half up', () => {
    // 100.00 CNY / 7.1234 = 14.03824… USD
    assert.equal(toMerchantCurrency(10_000, 'CNY', 'USD', '7.1234'), 1404);
    // 712.34 CNY / 7.1234 = exactly 100.00 USD
    assert.equal(toMerchantCurrency(71_234, 'CNY', 'USD', '7.1234'), 10_000);
    // 300.00 CNY / 7.1234 = 42.1147… USD
    assert.equal(toMerchantCurrency(30_000, 'CNY', 'USD', '7.1234'), 4211);
    // Exact halves at 8 CNY per USD: 0.04 CNY = 0.5 cent → 1; 0.12 CNY = 1.5 cents → 2; 0.03 → 0.375 → 0.
    assert.equal(toMerchantCurrency(4, 'CNY', 'USD', '8'), 1);
    assert.equal(toMerchantCurrency(12, 'CNY', 'USD', '8'), 2);
    assert.equal(toMerchantCurrency(3, 'CNY', 'USD', '8'), 0);
    assert.equal(toMerchantCurrency(0, 'CNY', 'USD', '7.1234'), 0);
  });

  it('honours currencies without minor units', () => {
    // 1,000 JPY at 150 JPY per USD = 6.6667 USD
    assert.equal(toMerchantCurrency(1000, 'JPY', 'USD', '150'), 667);
    // 10.00 USD at 0.01 USD per JPY = 1,000 JPY
    assert.equal(toMerchantCurrency(1000, 'USD', 'JPY', '0.01'), 1000);
    // 1.000 BHD (3 places) at 0.376 BHD per USD = 2.6595… USD
    assert.equal(toMerchantCurrency(1000, 'BHD', 'USD', '0.376'), 266);
  });

  it('needs a rate across currencies and none within one', () => {
    assert.equal(toMerchantCurrency(1999, 'USD', 'USD', null), 1999);
    assert.throws(() => toMerchantCurrency(1999, 'USD', 'USD', '1'), /No exchange rate/);
    assert.throws(() => toMerchantCurrency(1999, 'CNY', 'USD', null), /needs the order's exchange rate/);
    assert.throws(() => toMerchantCurrency(1.5, 'USD', 'USD', null), RangeError);
  });

  it('charges commission in basis points, half up', () => {
    // 19.99 × 12.5 % = 2.49875 → 2.50
    assert.equal(commissionOf(1999, 1250), 250);
    // 14.04 × 10 % = 1.404 → 1.40
    assert.equal(commissionOf(1404, 1000), 140);
    // 0.05 × 10 % = 0.005 → 0.01
    assert.equal(commissionOf(5, 1000), 1);
    assert.equal(commissionOf(4211, 800), 337);
    assert.equal(commissionOf(5997, 0), 0);
    assert.equal(commissionOf(5997, 10_000), 5997);
    assert.throws(() => commissionOf(100, 10_001), RangeError);
    assert.throws(() => commissionOf(100, 12.5), RangeError);
  });

  it('splits proportionally in steps that always add up to the whole', () => {
    assert.equal(shareOf(100, 1, 3), 33);
    // 1 + 1 + 1 of 3 units: 33 + 34 + 33 = 100
    const steps = [stepShare(100, 0, 1, 3), stepShare(100, 1, 1, 3), stepShare(100, 2, 1, 3)];
    assert.deepEqual(steps, [33, 34, 33]);
    assert.equal(
      steps.reduce((a, b) => a + b, 0),
      100,
    );
    // The commission of 42.11 USD at 8 %: 3.37 over 3 units → 1.12 + 1.13 + 1.12
    assert.deepEqual([stepShare(337, 0, 1, 3), stepShare(337, 1, 1, 3), stepShare(337, 2, 1, 3)], [112, 113, 112]);
    // 2 then 1 of 3 units
    assert.equal(stepShare(337, 0, 2, 3) + stepShare(337, 2, 1, 3), 337);
    // Every way of refunding 7 units in steps gives back exactly the whole
    for (const split of [[7], [1, 1, 1, 1, 1, 1, 1], [3, 4], [2, 2, 3], [6, 1]]) {
      let before = 0;
      let sum = 0;
      for (const n of split) {
        sum += stepShare(1001, before, n, 7);
        before += n;
      }
      assert.equal(sum, 1001, split.join('+'));
    }
    assert.throws(() => stepShare(100, 2, 2, 3), RangeError);
  });

  it('refunds a converted line in steps that give back exactly what the sale credited', () => {
    // 3 × 100.00 CNY at 7.1234 credited 42.11 USD; refunding unit by unit gives back 14.04 + 14.04 + 14.03
    const steps = [
      refundStep(0, 10_000, 'CNY', 'USD', '7.1234'),
      refundStep(10_000, 10_000, 'CNY', 'USD', '7.1234'),
      refundStep(20_000, 10_000, 'CNY', 'USD', '7.1234'),
    ];
    assert.deepEqual(steps, [1404, 1404, 1403]);
    assert.equal(
      steps.reduce((a, b) => a + b, 0),
      toMerchantCurrency(30_000, 'CNY', 'USD', '7.1234'),
    );
    assert.equal(refundStep(0, 1999, 'USD', 'USD', null), 1999);
  });

  it('writes minor units as exact decimals', () => {
    assert.equal(decimalOf(4211, 'USD'), '42.11');
    assert.equal(decimalOf(-5, 'USD'), '-0.05');
    assert.equal(decimalOf(0, 'CNY'), '0.00');
    assert.equal(decimalOf(-123_456_789, 'CNY'), '-1234567.89');
    assert.equal(decimalOf(500, 'JPY'), '500');
    assert.equal(decimalOf(1, 'BHD'), '0.001');
  });
});
