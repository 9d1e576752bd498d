import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bootstrapRatio, evaluatePanel } from './evaluate.ts';
import { generatePanel, itemOf, storeOf } from './generate.ts';
import { Random } from './random.ts';

describe('paired evidence', () => {
  const rnd = new Random(3);
  const base = Array.from({ length: 400 }, () => 0.3 + rnd.uniform());
  const ours = base.map((v) => v * (0.9 + 0.15 * rnd.uniform())); // 2.5% better on average, noisily
  const other = base.map((v) => v * 1.2);

  it('bootstraps the ratio deterministically for a seed, around the point ratio', () => {
    const a = bootstrapRatio(ours, [base, other]);
    assert.deepEqual(bootstrapRatio(ours, [base, other]), a, 'same seed, same interval');
    assert.notDeepEqual(bootstrapRatio(ours, [base, other], 1000, 2), a, 'another seed resamples differently');
    const point = ours.reduce((x, y) => x + y, 0) / base.reduce((x, y) => x + y, 0);
    assert.ok(a[0] < point && point < a[1] && a[1] < 1 && a[1] - a[0] < 0.02, `${a} around ${point}`);
  });
  it('takes the best baseline in each resample, and is exact without noise', () => {
    const [lo, hi] = bootstrapRatio(
      base.map((v) => v * 0.9),
      [other, base],
    );
    assert.ok(Math.abs(lo - 0.9) < 1e-12 && Math.abs(hi - 0.9) < 1e-12, `${lo} ${hi}`);
    assert.deepEqual(bootstrapRatio([], [[]]), [NaN, NaN]);
  });
  it('are reported by the evaluation: share of series won, interval, ratio by velocity', () => {
    const panel = generatePanel({ items: 40, stores: 5, days: 400, seed: 3 });
    const e = evaluatePanel(panel, 28, { groupOf: itemOf, storeOf });
    assert.deepEqual(
      e.segments.map((s) => s.velocity),
      ['< 0.5', '0.5–3', '> 3'],
    );
    assert.equal(
      e.segments.reduce((a, s) => a + s.series, 0),
      e.scored,
      'every scored series is in one segment',
    );
    assert.ok(e.share_ours_better > 0 && e.share_ours_better < 1);
    assert.ok(e.ratio_ci95[0] <= e.ratio_to_best_baseline && e.ratio_to_best_baseline <= e.ratio_ci95[1], JSON.stringify(e));
    assert.deepEqual(evaluatePanel(panel, 28, { groupOf: itemOf, storeOf }).ratio_ci95, e.ratio_ci95, 'repeatable');
  });
});
