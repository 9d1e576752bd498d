import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { movingAverage, seasonalNaive, ses } from './baselines.ts';

describe('baselines', () => {
  const y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  it('seasonal-naive repeats the last week', () => {
    assert.deepEqual(seasonalNaive(y, 9), [8, 9, 10, 11, 12, 13, 14, 8, 9]);
    assert.deepEqual(seasonalNaive([2, 4], 2), [3, 3], 'shorter than a week: the mean');
  });
  it('the moving average is the mean of the last 28 days (or all)', () => {
    assert.deepEqual(movingAverage(y, 2), [7.5, 7.5]);
    assert.deepEqual(movingAverage([...new Array(30).fill(0), ...new Array(28).fill(2)], 1), [2]);
  });
  it('exponential smoothing follows a level shift and never goes negative', () => {
    const shift = [...new Array(100).fill(0), ...new Array(100).fill(10)];
    const f = ses(shift, 3);
    assert.equal(f.length, 3);
    assert.ok(f[0]! > 9 && f[0]! <= 10, String(f[0]));
    assert.ok(Math.abs(ses(shift, 1, 0.01)[0]! - 10 * (1 - 0.99 ** 100)) < 1e-9, 'a given alpha is used as is');
    assert.deepEqual(ses([], 2), [0, 0]);
  });
});
