import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDay } from './calendar.ts';
import { collectPromoDays, fitElasticity, groupElasticities, priceCuts, promoDays, REF_DAYS } from './price.ts';

const close = (a: number, b: number, tol: number, what = '') => assert.ok(Math.abs(a - b) <= tol, `${what} ${a} vs ${b}`);

describe('price cuts', () => {
  it('are ln(reference / price) against the highest price of the last 56 days; unknown days take the last price', () => {
    const x = priceCuts([NaN, 10, 10, 8, NaN, 10], 8)!;
    assert.equal(x[0], 0, 'before the first known price');
    close(x[3]!, Math.log(10 / 8), 1e-12);
    close(x[4]!, Math.log(10 / 8), 1e-12, 'an unknown day keeps the cut price');
    assert.deepEqual([x[5], x[6], x[7]], [0, 0, 0], 'and past the prices given, the last one holds');
  });
  it('past the history, take a day without a planned price at the regular price, even long after', () => {
    const prices = [10, 10, 8]; // the history ends on a cut
    prices[100] = 8; // planned, 97 days later
    const x = priceCuts(prices, 120, 3)!;
    assert.ok(x[2]! > 0 && x[3] === 0 && x[50] === 0, 'the cut is not assumed to go on');
    close(x[100]!, Math.log(10 / 8), 1e-12, 'the regular price is still the reference');
    assert.equal(x[101], 0);
    assert.ok(priceCuts([10, 10, 10], 20, 3) === null);
  });
  it('count a lasting lower price as a cut for 56 days only, and a price rise never', () => {
    const prices = [...new Array<number>(10).fill(5), ...new Array<number>(100).fill(4), ...new Array<number>(10).fill(6)];
    const x = priceCuts(prices, prices.length)!;
    assert.ok(x[10]! > 0 && x[10 + REF_DAYS - 2]! > 0, 'a cut while the old price is within the 56 days');
    assert.equal(x[10 + REF_DAYS - 1], 0, 'then the new price is the regular one');
    assert.equal(x[115], 0, 'a rise is not a cut');
    assert.equal(priceCuts([3, 3, NaN, 3], 10), null, 'a constant price: nothing to do');
    assert.equal(priceCuts(undefined, 10), null);
    assert.equal(priceCuts([3, 4, 5], 3), null, 'only rises');
  });
});

describe('elasticity', () => {
  it('recovers e from expected units, and shrinks toward the prior with little information', () => {
    const d = promoDays();
    for (const [b, x] of [
      [2, 0.1],
      [3, 0.2],
      [1, 0.4],
    ] as const) {
      d.b.push(b);
      d.x.push(x);
      d.y.push(b * Math.exp(2.5 * x));
    }
    close(fitElasticity(d, 1, 0).e, 2.5, 1e-6);
    const shrunk = fitElasticity(d, 1, 100).e;
    assert.ok(shrunk > 1 && shrunk < 1.2, `a strong prior dominates three days: ${shrunk}`);
  });
  it('measures promotion days against the neighbouring non-promotion days, weekday-adjusted', () => {
    const s0 = parseDay('2024-01-01'); // a Monday
    const f = [0.5, 0.5, 1, 1, 1, 1.5, 1.5];
    const y = Array.from({ length: 140 }, (_, t) => 4 * f[t % 7]!);
    const prices = new Array<number>(140).fill(10);
    for (let t = 70; t < 75; t++) {
      prices[t] = 8;
      y[t] = y[t]! * 2;
    }
    const d = promoDays();
    collectPromoDays(y, 140, s0, priceCuts(prices, 140)!, f, d);
    assert.equal(d.x.length, 5);
    d.b.forEach((b, i) => close(b, 4 * f[(70 + i) % 7]!, 1e-9, 'baseline'));
    close(fitElasticity(d, 1, 0).e, Math.log(2) / Math.log(10 / 8), 1e-6);
  });
  it('pools groups toward the panel: a group with one promotion day stays near the panel’s e', () => {
    const groups = new Map<string, ReturnType<typeof promoDays>>();
    for (let g = 0; g < 20; g++) {
      const d = promoDays();
      const e = 2 + (g % 5) * 0.25; // 2 … 3, mean 2.5
      for (let k = 0; k < 50; k++) {
        const x = 0.1 + 0.01 * (k % 20);
        d.b.push(30);
        d.x.push(x);
        d.y.push(30 * Math.exp(e * x));
      }
      groups.set(`g${g}`, d);
    }
    groups.set('thin', { b: [0.2], x: [0.2], y: [0] });
    const fit = groupElasticities(groups);
    close(fit.panel, 2.5, 0.1, 'panel');
    close(fit.byGroup.get('g4')!, 3, 0.1, 'a well-measured group keeps its own');
    close(fit.byGroup.get('thin')!, fit.panel, 0.2, 'a thin group is shrunk');
  });
});
