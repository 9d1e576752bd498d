import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MeanOf, mase, rmsse } from './metrics.ts';

describe('RMSSE and MASE', () => {
  it('scale by the one-step naive error from the first sale on', () => {
    // Leading zeros are ignored: diffs of [2,4,2,4] are 2,2,2 → squared scale 4, absolute scale 2.
    const train = [0, 0, 0, 2, 4, 2, 4];
    assert.equal(rmsse(train, [3, 3], [1, 5]), Math.sqrt(4 / 4));
    assert.equal(mase(train, [3, 3], [1, 5]), 2 / 2);
    assert.equal(rmsse(train, [3, 3], [3, 3]), 0);
  });
  it('are undefined (null) when the scale is 0, and means skip them', () => {
    assert.equal(rmsse([0, 0, 0], [1], [0]), null, 'all zero');
    assert.equal(mase([5, 5, 5], [1], [0]), null, 'constant');
    assert.equal(rmsse([0, 0, 3], [1], [0]), null, 'one sale, on the last day');
    const m = new MeanOf();
    [1, null, 3].forEach((v) => m.add(v));
    assert.deepEqual([m.value, m.n, m.skipped], [2, 2, 1]);
  });
});
