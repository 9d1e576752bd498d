import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispersionSums, nbQuantile, normalQuantile, shrunkDispersion } from './quantiles.ts';

describe('whole-unit quantiles', () => {
  it('are Poisson quantiles when the dispersion is 0', () => {
    // Poisson(2): P(X<=0)=.135, P(X<=3)=.857, P(X<=4)=.947.
    assert.equal(nbQuantile(2, 0, 0.1), 0);
    assert.equal(nbQuantile(2, 0, 0.9), 4);
    assert.equal(nbQuantile(0, 1, 0.9), 0, 'zero mean: zero');
  });
  it('widen with dispersion and stay ordered and non-negative', () => {
    for (const mu of [0.05, 0.4, 3, 25, 800])
      for (const phi of [0, 0.3, 2]) {
        const lo = nbQuantile(mu, phi, 0.1);
        const hi = nbQuantile(mu, phi, 0.9);
        assert.ok(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 0 && lo <= hi, `${mu} ${phi}`);
      }
    assert.ok(nbQuantile(5, 1, 0.9) > nbQuantile(5, 0, 0.9));
    assert.ok(Math.abs(normalQuantile(0.9) - 1.2816) < 1e-3);
  });
  it('fits dispersion from residuals, shrunk toward a pooled value', () => {
    const s = dispersionSums([0, 10, 0, 10], [5, 5, 5, 5]);
    assert.deepEqual(s, { num: 4 * (25 - 5), den: 100 });
    assert.equal(shrunkDispersion(s, 0.8, 0), 0.8);
    assert.equal(shrunkDispersion({ num: 0, den: 0 }, 0.3), 0.3);
    assert.equal(shrunkDispersion({ num: -50, den: 10 }, 0, 0), 0, 'under-dispersed: Poisson');
  });
});
