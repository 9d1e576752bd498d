import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePanel, itemOf, storeOf } from './generate.ts';

describe('generated item × store sales', () => {
  const panel = generatePanel({ items: 40, stores: 5, days: 400, seed: 3 });
  it('is deterministic for a seed and different for another', () => {
    assert.deepEqual(generatePanel({ items: 40, stores: 5, days: 400, seed: 3 })[17]!.units, panel[17]!.units);
    assert.notDeepEqual(generatePanel({ items: 40, stores: 5, days: 400, seed: 4 })[17]!.units, panel[17]!.units);
  });
  it('adding prices left the units of a seed as they were (checksum taken before prices existed)', () => {
    assert.equal(
      panel.reduce((a, s) => a + s.units.reduce((x, y) => x + y, 0), 0),
      60712,
    );
  });
  it('prices an item alike in its stores, cut exactly on its promotion days', () => {
    const withMeans = generatePanel({ items: 40, stores: 5, days: 400, seed: 3, withMeans: true });
    let promoDays = 0;
    for (const s of withMeans) {
      const regular = Math.max(...s.prices.filter((p) => p > 0));
      assert.equal(regular, Math.max(...withMeans.find((o) => o.item === s.item)!.prices.filter((p) => p > 0)), 'one regular price per item');
      s.prices.forEach((p, t) => {
        if (Number.isNaN(p)) assert.equal(s.units[t], 0, 'not listed yet');
        else if (s.lift![t]! > 1) {
          promoDays++;
          assert.ok(p < regular, `${s.id} day ${t}: a lift comes with a cut`);
        } else assert.equal(p, regular);
      });
    }
    assert.ok(promoDays > 100, String(promoDays));
  });
  it('looks like retail: whole units, mostly intermittent, weekends high, closed on Christmas', () => {
    assert.equal(panel.length, 200);
    assert.deepEqual([itemOf(panel[6]!.id), storeOf(panel[6]!.id)], ['I0002', 'S02']);
    let zeros = 0;
    let total = 0;
    const byDow = [0, 0, 0, 0, 0, 0, 0];
    for (const s of panel)
      s.units.forEach((u, t) => {
        assert.ok(Number.isInteger(u) && u >= 0);
        total++;
        if (u === 0) zeros++;
        byDow[(t + 2) % 7] = byDow[(t + 2) % 7]! + u; // 2023-06-21 was a Wednesday (index 2, Monday first)
      });
    assert.ok(zeros / total > 0.4 && zeros / total < 0.85, `zero share ${zeros / total}`);
    assert.ok(byDow[5]! > 1.2 * byDow[1]!, 'Saturdays outsell Tuesdays');
    const christmas = 187; // 2023-12-25
    assert.equal(
      panel.reduce((a, s) => a + s.units[christmas]!, 0),
      0,
    );
  });
});
