import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basketSize, localClock, poisson, ratePerHour, STORE_HOURLY } from './model.ts';

/** A small seeded generator (mulberry32), so the draws are the same every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the simulated retail day', () => {
  it('keeps stores closed at night and averages the base rate over a weekday', () => {
    assert.equal(ratePerHour(30, 3, 2, 'store'), 0);
    assert.ok(ratePerHour(30, 19, 2, 'store') > ratePerHour(30, 11, 2, 'store'));
    const day = Array.from({ length: 24 }, (_, h) => ratePerHour(30, h, 2, 'store')).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(day - 30 * 24) < 1e-9, `a weekday sells ${day}, 24 × the hourly base`);
    assert.ok(ratePerHour(30, 19, 6, 'store') > ratePerHour(30, 19, 2, 'store'), 'Saturday is busier');
    assert.equal(STORE_HOURLY.length, 24);
  });

  it('draws Poisson counts with the asked mean, and baskets of one to three', () => {
    const r = seeded(7);
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += poisson(2.5, r);
    assert.ok(Math.abs(sum / n - 2.5) < 0.05, `mean ${sum / n}`);
    assert.equal(poisson(0, r), 0);
    let big = 0;
    for (let i = 0; i < 2000; i++) big += poisson(5000, r);
    assert.ok(Math.abs(big / 2000 - 5000) < 10, `large means too: ${big / 2000}`);
    const sizes = new Set(Array.from({ length: 1000 }, () => basketSize(r)));
    assert.deepEqual([...sizes].sort(), [1, 2, 3]);
  });

  it('reads the local hour and weekday in the store’s time zone', () => {
    // 2026-12-03T11:30Z is Thursday 19:30 in Shanghai.
    assert.deepEqual(localClock(new Date('2026-12-03T11:30:00Z'), 'Asia/Shanghai'), { hour: 19, weekday: 4 });
    assert.deepEqual(localClock(new Date('2026-12-03T17:30:00Z'), 'Asia/Shanghai'), { hour: 1, weekday: 5 });
  });
});
