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
    // 1.6449 × 1.5 × √4 = 4.93; ROP = round(8 + 4.93); OUT = round(8 + 14 + 4.93); minimum order 7 days × 2.
    assert.ok(Math.abs(l.safetyStock - 4.935) < 1e-3, String(l.safetyStock));
    assert.equal(l.demandOverLead, 8);
    assert.equal(l.demandOverReview, 14);
    assert.equal(l.reorderPoint, 13);
    assert.equal(l.orderUpTo, 27);
    assert.equal(l.minOrder, 14);
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

  it('rounds the levels to the nearest unit, not up', () => {
    // 1.1 a day, no error, 50%: lead-time demand 2.2 -> reorder point 2 (rounding up would say 3); 9.9 -> 10.
    const l = policyLevels({ forecast: Array(9).fill(1.1), errorSd: 0, leadDays: 2, reviewDays: 7, serviceLevel: 0.5 });
    assert.equal(l.reorderPoint, 2);
    assert.equal(l.orderUpTo, 10);
    assert.equal(orderQuantity(3, l), 0, 'a position of 3 covers 2.2 units of lead-time demand');
    assert.equal(orderQuantity(2, l), 8);
    // Halves go up; the order-up-to stays above the reorder point even when the review adds under half a unit.
    const h = policyLevels({ forecast: [0.75, 0.75, 0.05], errorSd: 0, leadDays: 2, reviewDays: 1, serviceLevel: 0.5, minOrderDays: 0 });
    assert.equal(h.reorderPoint, 2);
    assert.equal(h.orderUpTo, 3);
    assert.equal(orderQuantity(2, h), 1);
    // Nothing expected: one unit held all the same (an emptied shelf would teach the forecast nothing more).
    const dead = policyLevels({ forecast: Array(9).fill(0), errorSd: 0, leadDays: 2, reviewDays: 7, serviceLevel: 0.95 });
    assert.deepEqual([dead.reorderPoint, dead.orderUpTo, orderQuantity(0, dead), orderQuantity(1, dead)], [0, 1, 1, 0]);
    assert.equal(orderQuantity(-2, dead), 3, 'units promised beyond stock are made up too');
  });

  it('orders at least a review period of demand, so a slow mover is not sent one unit at a time', () => {
    // 0.2 a day, σ 0.5, 2 days' lead, 95%: safety 1.16; reorder point round(0.4 + 1.16) = 2; order-up-to round(0.4 + 1.4 + 1.16) = 3.
    const slow = { forecast: Array(9).fill(0.2), errorSd: 0.5, leadDays: 2, reviewDays: 7, serviceLevel: 0.95 };
    const l = policyLevels(slow);
    assert.deepEqual([l.reorderPoint, l.orderUpTo, l.minOrder], [2, 3, 2]);
    assert.equal(orderQuantity(2, l), 2, 'up to 3 would be 1 unit; the minimum is ⌈7 × 0.2⌉ = 2');
    assert.equal(orderQuantity(3, l), 0);
    assert.equal(orderQuantity(0, l), 3, 'a bigger gap is filled up to the order-up-to level');
    const none = policyLevels({ ...slow, minOrderDays: 0 });
    assert.equal(none.minOrder, 1);
    assert.equal(orderQuantity(2, none), 1);
    assert.equal(policyLevels({ ...slow, minOrderDays: 14 }).minOrder, 3);
    assert.throws(() => policyLevels({ ...slow, minOrderDays: -1 }), RangeError);
  });

  it('does not round a float hair up to a whole unit', () => {
    const l = policyLevels({ forecast: Array(10).fill(0.1), errorSd: 0, leadDays: 10, reviewDays: 1, serviceLevel: 0.5 });
    assert.equal(l.reorderPoint, 1);
    assert.equal(l.orderUpTo, 2);
    // 10 days × 0.1 a day sums to 1.0000000000000002: a minimum order of 1, not 2.
    assert.equal(policyLevels({ forecast: Array(20).fill(0.1), errorSd: 0, leadDays: 10, reviewDays: 10, serviceLevel: 0.5 }).minOrder, 1);
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
