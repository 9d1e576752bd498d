import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTION_FROM, TRANSFER_STATUSES, canAct, canMove, inTransitQuantity, nextStatuses, overBy, shortBy, statusAfterReceipt } from './states.ts';

describe('transfer state machine', () => {
  it('follows draft → in_transit → partially_received → received, or draft → cancelled', () => {
    for (const [a, b] of [
      ['draft', 'in_transit'],
      ['in_transit', 'partially_received'],
      ['partially_received', 'partially_received'],
      ['partially_received', 'received'],
      ['in_transit', 'received'],
      ['draft', 'cancelled'],
    ] as const)
      assert.ok(canMove(a, b), `${a} → ${b}`);
  });

  it('refuses skipping dispatch, going back, cancelling what moved, and leaving final states', () => {
    assert.ok(!canMove('draft', 'received'));
    assert.ok(!canMove('draft', 'partially_received'));
    assert.ok(!canMove('in_transit', 'draft'));
    assert.ok(!canMove('in_transit', 'cancelled'));
    assert.ok(!canMove('partially_received', 'cancelled'));
    assert.ok(!canMove('partially_received', 'in_transit'));
    assert.deepEqual(nextStatuses('received'), []);
    assert.deepEqual(nextStatuses('cancelled'), []);
  });

  it('lets each action start only where the machine has an edge for it', () => {
    assert.ok(canAct('dispatch', 'draft'));
    assert.ok(!canAct('dispatch', 'in_transit'));
    assert.ok(canAct('receive', 'in_transit') && canAct('receive', 'partially_received'));
    assert.ok(!canAct('receive', 'draft') && !canAct('receive', 'received') && !canAct('receive', 'cancelled'));
    assert.ok(canAct('close', 'partially_received') && !canAct('close', 'draft') && !canAct('close', 'received'));
    assert.ok(canAct('cancel', 'draft') && !canAct('cancel', 'in_transit'));
    const target = { dispatch: 'in_transit', receive: 'partially_received', close: 'received', cancel: 'cancelled' } as const;
    for (const [action, froms] of Object.entries(ACTION_FROM) as Array<[keyof typeof ACTION_FROM, readonly (typeof TRANSFER_STATUSES)[number][]]>) {
      for (const s of froms) assert.ok(canMove(s, target[action]), `${action} from ${s}`);
    }
  });

  it('counts units in transit only while the transfer is on the road', () => {
    const line = { quantity_sent: 10, quantity_received: 4 };
    assert.equal(inTransitQuantity('in_transit', line), 6);
    assert.equal(inTransitQuantity('partially_received', line), 6);
    assert.equal(inTransitQuantity('draft', line), 0);
    assert.equal(inTransitQuantity('received', line), 0, 'after close the rest is short, not on the road');
    assert.equal(inTransitQuantity('partially_received', { quantity_sent: 3, quantity_received: 5 }), 0);
  });

  it('becomes received only when every line has what was sent', () => {
    assert.equal(
      statusAfterReceipt([
        { quantity_sent: 5, quantity_received: 5 },
        { quantity_sent: 2, quantity_received: 1 },
      ]),
      'partially_received',
    );
    assert.equal(
      statusAfterReceipt([
        { quantity_sent: 5, quantity_received: 6 },
        { quantity_sent: 2, quantity_received: 2 },
      ]),
      'received',
    );
  });

  it('counts excess once across receipts, and shortfalls', () => {
    assert.equal(overBy(5, 0, 4), 0);
    assert.equal(overBy(5, 4, 7), 2);
    assert.equal(overBy(5, 7, 8), 1, 'only the new excess');
    assert.equal(overBy(5, 0, 5), 0);
    assert.equal(shortBy({ quantity_sent: 5, quantity_received: 3 }), 2);
    assert.equal(shortBy({ quantity_sent: 5, quantity_received: 6 }), 0);
  });

  it('sums to the truth for any sequence of receipts', () => {
    // Brute force: over all receipt sequences of up to 3 receipts of 0..4 units, the over
    // discrepancies sum to max(0, received − sent) and shortfall + received − over = sent.
    for (const sent of [1, 3, 5])
      for (const a of [1, 2, 4])
        for (const b of [0, 1, 3])
          for (const c of [0, 2, 4]) {
            let received = 0;
            let over = 0;
            for (const q of [a, b, c].filter((x) => x > 0)) {
              over += overBy(sent, received, received + q);
              received += q;
            }
            assert.equal(over, Math.max(0, received - sent));
            assert.equal(shortBy({ quantity_sent: sent, quantity_received: received }) + received - over, sent);
          }
  });
});
