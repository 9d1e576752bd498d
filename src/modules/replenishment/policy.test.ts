import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalQuantile, orderQuantity, pickSource, policyLevels, storeSpare } from './policy.ts';

describe('replenishment policy', () => {
  it('has the normal quantiles of the usual service levels', () => {
    assert.ok(Math.abs(normalQuantile(0.5)) < 1e-9);
    assert.ok(Math.abs(normalQuantile(0.95) - 1.644854) < 1e-6);
    assert.ok(Math.abs(normalQuantile(0.99) - 2.326348) < 1e-6);
    assert.ok(Math.abs(normalQuantile(0.9) - 1.281552) < 1e-6);
    assert.ok(Math.abs(normalQuantile(0.01) + 2.326348) < 1e-6);
    assert.throws(() => normalQuantile(1), RangeError);
  });

  it('works the example: 2 a day, σ 1.5, 4 days lead, 7 days review, 95%', () => {
    const l = policyLevels({ forecast: Array(28).fill(2), errorSd: 1.5, leadDays: 4, reviewDays: 7, serviceLevel: 0.95 });
    // 1.6449 × 1.5 × √4 = 4.93 -> 5; ROP = 8 + 5; OUT = 8 + 14 + 5.
    assert.equal(l.safetyStock, 5);
    assert.equal(l.demandOverLead, 8);
    assert.equal(l.demandOverReview, 14);
    assert.equal(l.reorderPoint, 13);
    assert.equal(l.orderUpTo, 27);
    assert.equal(orderQuantity(13, l), 14, 'at the reorder point: up to 27');
    assert.equal(orderQuantity(14, l), 0, 'above it: nothing');
    assert.equal(orderQuantity(-3, l), 30, 'backorders are made up too');
  });

  it('uses the forecast day by day and its mean beyond its end', () => {
    const l = policyLevels({ forecast: [1, 2, 3], errorSd: 0, leadDays: 2, reviewDays: 3, serviceLevel: 0.9 });
    assert.equal(l.safetyStock, 0);
    assert.equal(l.demandOverLead, 3);
    assert.equal(l.demandOverReview, 3 + 2 + 2);
    assert.equal(l.reorderPoint, 3);
    assert.equal(l.orderUpTo, 10);
  });

  it('rounds up to whole units and not a float hair', () => {
    const l = policyLevels({ forecast: Array(10).fill(0.1), errorSd: 0, leadDays: 10, reviewDays: 1, serviceLevel: 0.5 });
    assert.equal(l.reorderPoint, 1);
    assert.equal(l.orderUpTo, 2);
  });

  it('rejects impossible settings', () => {
    assert.throws(() => policyLevels({ forecast: [1], errorSd: 1, leadDays: 1.5, reviewDays: 7, serviceLevel: 0.95 }), RangeError);
    assert.throws(() => policyLevels({ forecast: [1], errorSd: 1, leadDays: 1, reviewDays: 7, serviceLevel: 1 }), RangeError);
  });

  it('picks the source covering the need, a warehouse first, else none', () => {
    assert.equal(pickSource(5, []), null);
    assert.equal(pickSource(5, [{ location_id: 'a', kind: 'store', spare: 0 }]), null);
    const both = pickSource(5, [
      { location_id: 's', kind: 'store', spare: 9 },
      { location_id: 'w', kind: 'warehouse', spare: 6 },
    ]);
    assert.deepEqual([both?.source.location_id, both?.quantity], ['w', 5]);
    const partial = pickSource(5, [
      { location_id: 's', kind: 'store', spare: 3 },
      { location_id: 'w', kind: 'warehouse', spare: 2 },
    ]);
    assert.deepEqual([partial?.source.location_id, partial?.quantity], ['s', 3]);
    assert.equal(storeSpare(30, 27), 3);
    assert.equal(storeSpare(20, 27), 0);
  });
});
