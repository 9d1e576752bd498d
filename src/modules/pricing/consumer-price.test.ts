import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consumerPrice } from './consumer-price.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('consumerPrice', () => {
  it('converts, then marks up, then rounds (the issue example)', () => {
    // 148.00 USD * 7.1234 = 1054.2632 -> 105426 fen; * 1.08 = 113860.08 -> 113860; end_90 -> 113890
    assert.deepEqual(consumerPrice({ list: usd(14800), saleCurrency: 'CNY', rate: '7.1234', markup_bp: 800, rounding: 'end_90' }), {
      amount: 113890,
      currency: 'CNY',
      source: 'converted',
    });
  });

  it('the order matters: markup on the converted amount, rounding last', () => {
    // 19.99 USD * 7.2 = 143.928 -> 14393 fen; * 1.05 = 15112.65 -> 15113; up_to_yuan -> 15200
    assert.equal(consumerPrice({ list: usd(1999), saleCurrency: 'CNY', rate: '7.2', markup_bp: 500, rounding: 'up_to_yuan' }).amount, 15200);
    // Same without rounding: 15113; without markup: 14393
    assert.equal(consumerPrice({ list: usd(1999), saleCurrency: 'CNY', rate: '7.2', markup_bp: 500, rounding: 'none' }).amount, 15113);
    assert.equal(consumerPrice({ list: usd(1999), saleCurrency: 'CNY', rate: '7.2', markup_bp: 0, rounding: 'none' }).amount, 14393);
    // nearest_yuan: 151.13 -> 151.00
    assert.equal(consumerPrice({ list: usd(1999), saleCurrency: 'CNY', rate: '7.2', markup_bp: 500, rounding: 'nearest_yuan' }).amount, 15100);
  });

  it("the merchant's own price wins, untouched by markup and rounding", () => {
    const p = consumerPrice({
      list: usd(14800),
      saleCurrency: 'CNY',
      rate: '7.1234',
      markup_bp: 800,
      rounding: 'end_90',
      override: { amount: 99900, currency: 'CNY' },
    });
    assert.deepEqual(p, { amount: 99900, currency: 'CNY', source: 'override' });
    // No rate needed for an override.
    assert.equal(
      consumerPrice({ list: usd(14800), saleCurrency: 'CNY', rate: null, markup_bp: 0, rounding: 'none', override: { amount: 1, currency: 'CNY' } }).amount,
      1,
    );
  });

  it('a list price already in the sale currency is the consumer price (no markup, no rounding)', () => {
    assert.deepEqual(consumerPrice({ list: { amount: 5011, currency: 'CNY' }, saleCurrency: 'CNY', rate: null, markup_bp: 800, rounding: 'end_90' }), {
      amount: 5011,
      currency: 'CNY',
      source: 'list',
    });
  });

  it('converts into yen', () => {
    // 19.99 USD * 151.37 = 3025.8863 -> 3026; * 1.1 = 3328.6 -> 3329
    assert.equal(consumerPrice({ list: usd(1999), saleCurrency: 'JPY', rate: '151.37', markup_bp: 1000, rounding: 'none' }).amount, 3329);
  });

  it('refuses a missing rate and an override in another currency', () => {
    assert.throws(() => consumerPrice({ list: usd(100), saleCurrency: 'CNY', rate: null, markup_bp: 0, rounding: 'none' }), RangeError);
    assert.throws(() => consumerPrice({ list: usd(100), saleCurrency: 'CNY', rate: '7', markup_bp: 0, rounding: 'none', override: usd(5) }), RangeError);
  });
});
