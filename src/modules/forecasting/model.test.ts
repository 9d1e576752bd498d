import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDay } from './calendar.ts';
import { closedLastYear, pooledForecast, weekdayFactors } from './model.ts';
import { Pool } from './pooled.ts';

const MON = parseDay('2024-01-01'); // a Monday
const weekly = (weeks: number, shape: number[]) => Array.from({ length: weeks * 7 }, (_, i) => shape[i % 7]!);

describe('pooled model', () => {
  it('sums series on a shared calendar, by weekday and over 15 days', () => {
    const p = new Pool(MON, 30);
    p.add(MON, weekly(4, [1, 0, 0, 0, 0, 0, 2]));
    p.add(MON + 2, [5]);
    assert.deepEqual(p.byWeekday(MON, MON + 28), [4, 0, 5, 0, 0, 0, 8]);
    assert.equal(p.around(MON + 9), 5 + 1 + 1 + 2 + 2, 'days 2..16');
    assert.ok(Number.isNaN(p.around(MON + 3)), 'no full window at the edge');
  });

  it('takes a sparse series its weekday shape from its item and store', () => {
    const item = new Pool(MON, 364);
    const store = new Pool(MON, 364);
    const all = new Pool(MON, 364);
    const busy = weekly(52, [2, 2, 2, 2, 2, 8, 2]); // Saturdays sell 4×
    for (const p of [item, store, all]) for (let k = 0; k < 20; k++) p.add(MON, busy);
    const sparse = new Array(364).fill(0).map((_, i) => (i % 30 === 0 ? 1 : 0));
    const f = weekdayFactors(sparse, 364, MON, { item, store, all });
    assert.ok(Math.abs(f[5]! / f[0]! - 4) < 0.3, f.join(' '));
    assert.ok(Math.abs(f.reduce((a, b) => a + b, 0) - 7) < 1e-9, 'factors average 1');
  });

  it('reads the level top-down: the series share of the item × the item now', () => {
    // The item doubled in its last two weeks; the series is a steady tenth of it.
    const days = 200;
    const itemDaily = Array.from({ length: days }, (_, i) => (i >= days - 14 ? 200 : 100));
    const series = itemDaily.map((v) => v / 10);
    const item = new Pool(MON, days);
    item.add(MON, itemDaily);
    const all = item;
    const topDown = pooledForecast(
      series,
      days,
      MON,
      7,
      { item, all },
      { halfLife: 112, yearly: false, share: { shareHalfLife: 120, halfLife: 7, weight: 1 } },
    );
    const own = pooledForecast(series, days, MON, 7, { all }, { halfLife: 112, yearly: false });
    assert.ok(topDown[0]! > 17 && topDown[0]! < 21, `top-down follows the item: ${topDown[0]}`);
    assert.ok(own[0]! < 15, `a long own level lags: ${own[0]}`);
  });

  it('applies last year’s change from the level days to the forecast days', () => {
    // Everything sells 10 a day, but 30 a day in the same weeks last year as the forecast days.
    const days = 500;
    const cut = days;
    const y = Array.from({ length: days }, (_, i) => (i >= cut - 364 && i < cut - 364 + 14 ? 30 : 10));
    const all = new Pool(MON, days);
    all.add(MON, y);
    const withYear = pooledForecast(y, days, MON, 14, { all }, { halfLife: 7, yearly: true });
    const without = pooledForecast(y, days, MON, 14, { all }, { halfLife: 7, yearly: false });
    assert.ok(Math.abs(without[3]! - 10) < 0.5, String(without[3]));
    assert.ok(withYear[7]! > 20, `mid-window last year sold 3×: ${withYear[7]}`);
    assert.ok(withYear.every((v) => v >= 0));
  });

  it('forecasts 0 on a fixed-date day everything was closed on last year', () => {
    const start = parseDay('2024-01-01');
    const days = parseDay('2025-12-20') - start;
    const closed = parseDay('2024-12-25') - start;
    const y = Array.from({ length: days }, (_, i) => (i === closed ? 0 : 40));
    const all = new Pool(start, days);
    all.add(start, y);
    assert.ok(closedLastYear(all, parseDay('2025-12-25')));
    assert.ok(!closedLastYear(all, parseDay('2025-12-24')));
    const f = pooledForecast(y, days, start, 10, { all }, { halfLife: 28, yearly: false });
    assert.equal(f[5], 0, '2025-12-25');
    assert.ok(f[4]! > 35 && f[6]! > 35);
  });
});
