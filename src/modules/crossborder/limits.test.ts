import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANNUAL_LIMIT, SINGLE_LIMIT, checkLimits, limitMessage, limitYear } from './limits.ts';

describe('CBEC limits (财关税〔2018〕49号: 5,000 per order, 26,000 per year)', () => {
  it('are 5,000.00 and 26,000.00 CNY in fen', () => {
    assert.equal(SINGLE_LIMIT, 500_000);
    assert.equal(ANNUAL_LIMIT, 2_600_000);
  });

  it('allows an order of exactly 5,000.00', () => {
    assert.deepEqual(checkLimits({ order_value: 500_000, indivisible_single_item: false, annual_used: 0 }), { ok: true, regime: 'cbec' });
  });

  it('refuses 5,000.01 of several items; amount_left is the single limit', () => {
    assert.deepEqual(checkLimits({ order_value: 500_001, indivisible_single_item: false, annual_used: 0 }), {
      ok: false,
      code: 'cbec_single_limit',
      limit: 500_000,
      amount_left: 500_000,
    });
  });

  it('takes 5,000.01 of one indivisible item as general trade', () => {
    assert.deepEqual(checkLimits({ order_value: 500_001, indivisible_single_item: true, annual_used: 0 }), { ok: true, regime: 'general_trade' });
  });

  it('the indivisible item still counts toward the year: 8,000.00 with 20,000.00 used is refused, 6,000.00 left', () => {
    assert.deepEqual(checkLimits({ order_value: 800_000, indivisible_single_item: true, annual_used: 2_000_000 }), {
      ok: false,
      code: 'cbec_annual_limit',
      limit: 2_600_000,
      amount_left: 600_000,
    });
  });

  it('the annual limit: 24,000.00 used + 2,000.00 = 26,000.00 passes, + 2,000.01 is refused with 2,000.00 left', () => {
    assert.deepEqual(checkLimits({ order_value: 200_000, indivisible_single_item: false, annual_used: 2_400_000 }), { ok: true, regime: 'cbec' });
    assert.deepEqual(checkLimits({ order_value: 200_001, indivisible_single_item: false, annual_used: 2_400_000 }), {
      ok: false,
      code: 'cbec_annual_limit',
      limit: 2_600_000,
      amount_left: 200_000,
    });
  });

  it('amount_left is never negative, and caps the single-limit refusal', () => {
    const over = checkLimits({ order_value: 100, indivisible_single_item: false, annual_used: 2_700_000 });
    assert.deepEqual(over, { ok: false, code: 'cbec_annual_limit', limit: 2_600_000, amount_left: 0 });
    const single = checkLimits({ order_value: 600_000, indivisible_single_item: false, annual_used: 2_300_000 });
    assert.deepEqual(single, { ok: false, code: 'cbec_single_limit', limit: 500_000, amount_left: 300_000 });
  });

  it('says what is left in words', () => {
    const r = checkLimits({ order_value: 300_000, indivisible_single_item: false, annual_used: 2_500_000 });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(
      limitMessage(r, 300_000, 2026),
      'This order comes to CN¥3,000.00, more than the CN¥1,000.00 left of your CN¥26,000.00 yearly cross-border limit for 2026 (财关税〔2018〕49号).',
    );
  });
});

describe('limitYear: the calendar year in China time', () => {
  it('31 Dec 2025 16:00 UTC is already 1 Jan 2026 in Shanghai', () => {
    assert.equal(limitYear(new Date('2025-12-31T15:59:59Z')), 2025);
    assert.equal(limitYear(new Date('2025-12-31T16:00:00Z')), 2026);
  });
});
