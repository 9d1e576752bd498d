import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORDER_STATUSES, canMove, holdsStock, nextStatuses } from './states.ts';

describe('order state machine', () => {
  it('follows the delivery and the pick-up paths', () => {
    for (const [a, b] of [
      ['placed', 'paid'],
      ['paid', 'allocated'],
      ['allocated', 'picking'],
      ['picking', 'shipped'],
      ['shipped', 'delivered'],
      ['picking', 'ready_for_pickup'],
      ['ready_for_pickup', 'collected'],
    ] as const)
      assert.ok(canMove(a, b), `${a} → ${b}`);
  });

  it('refuses skipping, going back, and leaving final states', () => {
    assert.ok(!canMove('placed', 'shipped'));
    assert.ok(!canMove('shipped', 'picking'));
    assert.ok(!canMove('delivered', 'cancelled'));
    assert.ok(!canMove('collected', 'cancelled'));
    assert.deepEqual(nextStatuses('cancelled'), []);
    assert.deepEqual(nextStatuses('refunded'), []);
  });

  it('lets a paid order be refunded in parts, then fully, but never an unpaid one', () => {
    assert.ok(canMove('delivered', 'partly_refunded'));
    assert.ok(canMove('partly_refunded', 'partly_refunded'));
    assert.ok(canMove('partly_refunded', 'refunded'));
    assert.ok(!canMove('placed', 'refunded'));
    assert.ok(!canMove('cancelled', 'refunded'));
  });

  it('knows which statuses still hold stock', () => {
    const holding = ORDER_STATUSES.filter(holdsStock);
    assert.deepEqual(holding, ['placed', 'paid', 'allocated', 'picking', 'ready_for_pickup']);
    // Every status that can be cancelled holds stock to give back.
    for (const s of ORDER_STATUSES) if (canMove(s, 'cancelled')) assert.ok(holdsStock(s), s);
  });
});
