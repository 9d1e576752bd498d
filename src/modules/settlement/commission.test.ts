import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CommissionRateLike, commissionRateFor } from './commission.ts';

const RATES: CommissionRateLike[] = [
  { id: 'com_default', scope: 'default', category_id: null, merchant_id: null, rate_bp: 1000 },
  { id: 'com_cosmetics', scope: 'category', category_id: 'cat_cosmetics', merchant_id: null, rate_bp: 1500 },
  { id: 'com_lipstick', scope: 'category', category_id: 'cat_lipstick', merchant_id: null, rate_bp: 1200 },
  { id: 'com_merchant_b', scope: 'merchant', category_id: null, merchant_id: 'mer_b', rate_bp: 800 },
];

describe('commission rate precedence', () => {
  it('takes the merchant override before any category', () => {
    assert.deepEqual(commissionRateFor(RATES, { merchant_id: 'mer_b', category_ids: ['cat_lipstick', 'cat_cosmetics'] }), {
      rate_bp: 800,
      rate_id: 'com_merchant_b',
      scope: 'merchant',
    });
  });

  it('takes the nearest category that has a rate', () => {
    assert.equal(commissionRateFor(RATES, { merchant_id: 'mer_a', category_ids: ['cat_lipstick', 'cat_cosmetics'] }).rate_bp, 1200);
    // A category without a rate of its own falls to its parent's
    assert.equal(commissionRateFor(RATES, { merchant_id: 'mer_a', category_ids: ['cat_eyeliner', 'cat_cosmetics'] }).rate_id, 'com_cosmetics');
  });

  it('falls back to the default, then to 0', () => {
    assert.deepEqual(commissionRateFor(RATES, { merchant_id: 'mer_a', category_ids: ['cat_tea'] }), {
      rate_bp: 1000,
      rate_id: 'com_default',
      scope: 'default',
    });
    assert.deepEqual(commissionRateFor(RATES.slice(1), { merchant_id: 'mer_a', category_ids: [] }), { rate_bp: 0, rate_id: null, scope: 'none' });
  });

  it('honours an override of 0 bp', () => {
    const rates = [...RATES, { id: 'com_free', scope: 'merchant' as const, category_id: null, merchant_id: 'mer_free', rate_bp: 0 }];
    assert.equal(commissionRateFor(rates, { merchant_id: 'mer_free', category_ids: ['cat_cosmetics'] }).rate_bp, 0);
  });
});
