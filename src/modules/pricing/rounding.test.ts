import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundConsumerPrice, roundingFits } from './rounding.ts';

describe('roundConsumerPrice', () => {
  it('none leaves the price', () => {
    assert.equal(roundConsumerPrice(12341, 'CNY', 'none'), 12341);
  });

  it('up_to_yuan takes the next whole yuan, a whole one stays', () => {
    assert.equal(roundConsumerPrice(12301, 'CNY', 'up_to_yuan'), 12400);
    assert.equal(roundConsumerPrice(12399, 'CNY', 'up_to_yuan'), 12400);
    assert.equal(roundConsumerPrice(12300, 'CNY', 'up_to_yuan'), 12300);
    assert.equal(roundConsumerPrice(1, 'CNY', 'up_to_yuan'), 100);
    assert.equal(roundConsumerPrice(0, 'CNY', 'up_to_yuan'), 0);
  });

  it('nearest_yuan rounds half up', () => {
    assert.equal(roundConsumerPrice(12349, 'CNY', 'nearest_yuan'), 12300);
    assert.equal(roundConsumerPrice(12350, 'CNY', 'nearest_yuan'), 12400);
    assert.equal(roundConsumerPrice(12351, 'CNY', 'nearest_yuan'), 12400);
    assert.equal(roundConsumerPrice(49, 'CNY', 'nearest_yuan'), 0);
  });

  it('end_90 takes the smallest price at or above ending in .90', () => {
    assert.equal(roundConsumerPrice(12341, 'CNY', 'end_90'), 12390); // 123.41 -> 123.90
    assert.equal(roundConsumerPrice(12395, 'CNY', 'end_90'), 12490); // 123.95 -> 124.90
    assert.equal(roundConsumerPrice(12390, 'CNY', 'end_90'), 12390); // already .90
    assert.equal(roundConsumerPrice(12391, 'CNY', 'end_90'), 12490);
    assert.equal(roundConsumerPrice(12300, 'CNY', 'end_90'), 12390);
    assert.equal(roundConsumerPrice(113860, 'CNY', 'end_90'), 113890);
    assert.equal(roundConsumerPrice(50, 'CNY', 'end_90'), 90); // 0.50 -> 0.90
    assert.equal(roundConsumerPrice(0, 'CNY', 'end_90'), 0); // free stays free
  });

  it('works in the major unit of three-decimal currencies', () => {
    assert.equal(roundConsumerPrice(1001, 'BHD', 'up_to_yuan'), 2000);
    assert.equal(roundConsumerPrice(1001, 'BHD', 'end_90'), 1900);
    assert.equal(roundConsumerPrice(1950, 'BHD', 'end_90'), 2900);
  });

  it('yen: whole-unit modes change nothing, end_90 is refused', () => {
    assert.equal(roundConsumerPrice(3026, 'JPY', 'up_to_yuan'), 3026);
    assert.equal(roundConsumerPrice(3026, 'JPY', 'nearest_yuan'), 3026);
    assert.equal(roundingFits('end_90', 'JPY'), false);
    assert.equal(roundingFits('end_90', 'CNY'), true);
    assert.throws(() => roundConsumerPrice(3026, 'JPY', 'end_90'), RangeError);
  });

  it('negative amounts mirror the positive ones', () => {
    assert.equal(roundConsumerPrice(-12341, 'CNY', 'end_90'), -12390);
    assert.equal(roundConsumerPrice(-12301, 'CNY', 'up_to_yuan'), -12400);
    assert.equal(roundConsumerPrice(-12350, 'CNY', 'nearest_yuan'), -12400);
  });

  it('refuses fractional amounts and unknown modes', () => {
    assert.throws(() => roundConsumerPrice(1.5, 'CNY', 'none'), RangeError);
    assert.throws(() => roundConsumerPrice(100, 'CNY', 'ceil' as never), RangeError);
  });
});
