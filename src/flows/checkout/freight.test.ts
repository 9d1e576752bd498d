import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freightFor, fulfilmentModeOf, splitByWeight } from './freight.ts';

describe('fulfilment modes and freight', () => {
  it('follows the sourcing location: bonded warehouse, US warehouse, everything else domestic', () => {
    assert.equal(fulfilmentModeOf({ kind: 'warehouse', warehouse_type: 'cn_bonded' }, 'warehouse_delivery'), 'bonded_import');
    assert.equal(fulfilmentModeOf({ kind: 'warehouse', warehouse_type: 'us' }, 'warehouse_delivery'), 'direct_mail');
    assert.equal(fulfilmentModeOf({ kind: 'warehouse', warehouse_type: 'cn_domestic' }, 'warehouse_delivery'), 'domestic');
    assert.equal(fulfilmentModeOf({ kind: 'department_store', warehouse_type: null }, 'store_delivery'), 'domestic');
    assert.equal(fulfilmentModeOf({ kind: 'department_store', warehouse_type: null }, 'pickup'), 'domestic');
  });

  it('charges freight on CNY deliveries by mode, never on pick-ups or other currencies', () => {
    assert.equal(freightFor('direct_mail', 'warehouse_delivery', 'CNY'), 6_000);
    assert.equal(freightFor('bonded_import', 'warehouse_delivery', 'CNY'), 1_000);
    assert.equal(freightFor('domestic', 'store_delivery', 'CNY'), 0);
    assert.equal(freightFor('direct_mail', 'pickup', 'CNY'), 0);
    assert.equal(freightFor('direct_mail', 'warehouse_delivery', 'USD'), 0);
  });

  it('splits an amount in proportion, to the fen, summing exactly', () => {
    assert.deepEqual(splitByWeight(1_000, [1, 1, 1]), [334, 333, 333]);
    assert.deepEqual(splitByWeight(6_000, [10_000, 30_000]), [1_500, 4_500]);
    assert.deepEqual(splitByWeight(1, [5, 7]), [0, 1]);
    assert.deepEqual(splitByWeight(100, [0, 0]), [100, 0]);
    for (const [t, w] of [
      [999, [3, 5, 7, 11]],
      [12_345, [1, 2, 3]],
    ] as const) {
      assert.equal(
        splitByWeight(t, w).reduce((a, b) => a + b, 0),
        t,
      );
    }
  });
});
