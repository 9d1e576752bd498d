import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canMove, countingStrikes, median, monthsBefore, quarterBounds, quarterOf, suspends } from './rules.ts';

const at = (s: string) => new Date(s);
const strike = (struck: string, voided: string | null = null) => ({ struck_at: at(struck), voided_at: voided ? at(voided) : null });
const policy = { limit: 3, windowMonths: 12 };

describe('notice and takedown rules', () => {
  it('lets a notice be countered, then decided once; decided notices are final', () => {
    assert.equal(canMove('actioned', 'countered'), true);
    assert.equal(canMove('actioned', 'upheld'), true);
    assert.equal(canMove('countered', 'reinstated'), true);
    assert.equal(canMove('countered', 'countered'), false);
    for (const final of ['upheld', 'reinstated', 'withdrawn'] as const)
      for (const to of ['actioned', 'countered', 'upheld', 'reinstated', 'withdrawn'] as const) assert.equal(canMove(final, to), false, `${final} → ${to}`);
  });

  it('counts strikes within the last 12 months, not voided ones, and a strike exactly 12 months old has left', () => {
    const now = at('2026-11-25T10:00:00Z');
    const strikes = [
      strike('2025-11-25T10:00:00Z'),
      strike('2025-11-25T10:00:01Z'),
      strike('2026-03-01T00:00:00Z'),
      strike('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'),
    ];
    assert.deepEqual(
      countingStrikes(strikes, now, policy).map((s) => s.struck_at.toISOString()),
      ['2025-11-25T10:00:01.000Z', '2026-03-01T00:00:00.000Z'],
    );
    assert.equal(suspends(2, policy), false);
    assert.equal(suspends(3, policy), true);
    assert.equal(suspends(2, { limit: 2, windowMonths: 12 }), true, 'the limit is configurable');
    // A strike in the future of `now` (clock skew) does not count yet.
    assert.equal(countingStrikes([strike('2026-11-26T00:00:00Z')], now, policy).length, 0);
  });

  it('goes back calendar months, clamping to the end of a shorter month', () => {
    assert.equal(monthsBefore(at('2026-03-31T12:00:00Z'), 1).toISOString(), '2026-02-28T12:00:00.000Z');
    assert.equal(monthsBefore(at('2024-02-29T00:00:00Z'), 12).toISOString(), '2023-02-28T00:00:00.000Z');
    assert.equal(monthsBefore(at('2026-01-15T00:00:00Z'), 12).toISOString(), '2025-01-15T00:00:00.000Z');
  });

  it('knows quarters and medians', () => {
    assert.deepEqual(quarterBounds('2026-Q4'), { from: at('2026-10-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') });
    assert.equal(quarterBounds('2026-Q5'), null);
    assert.equal(quarterBounds('26-Q1'), null);
    assert.equal(quarterOf(at('2026-12-31T23:59:59Z')), '2026-Q4');
    assert.equal(quarterOf(at('2027-01-01T00:00:00Z')), '2027-Q1');
    assert.equal(median([]), null);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});
