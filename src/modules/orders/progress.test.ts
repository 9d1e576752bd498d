import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderStatusFor, shipmentCanMove } from './progress.ts';

describe('shipment progress', () => {
  it('moves delivery and pick-up shipments one step at a time', () => {
    assert.ok(shipmentCanMove('store_delivery', 'pending', 'picking'));
    assert.ok(shipmentCanMove('store_delivery', 'picking', 'shipped'));
    assert.ok(!shipmentCanMove('store_delivery', 'picking', 'ready_for_pickup'));
    assert.ok(shipmentCanMove('pickup', 'picking', 'ready_for_pickup'));
    assert.ok(shipmentCanMove('pickup', 'ready_for_pickup', 'collected'));
    assert.ok(!shipmentCanMove('pickup', 'pending', 'collected'));
    assert.ok(!shipmentCanMove('warehouse_delivery', 'shipped', 'cancelled'));
  });

  it('derives the order status from the least advanced live shipment', () => {
    assert.equal(orderStatusFor([{ kind: 'pickup', status: 'pending' }]), null);
    assert.equal(
      orderStatusFor([
        { kind: 'pickup', status: 'ready_for_pickup' },
        { kind: 'warehouse_delivery', status: 'picking' },
      ]),
      'picking',
    );
    assert.equal(
      orderStatusFor([
        { kind: 'pickup', status: 'ready_for_pickup' },
        { kind: 'warehouse_delivery', status: 'shipped' },
      ]),
      'shipped',
    );
    assert.equal(orderStatusFor([{ kind: 'pickup', status: 'ready_for_pickup' }]), 'ready_for_pickup');
    assert.equal(
      orderStatusFor([
        { kind: 'pickup', status: 'collected' },
        { kind: 'store_delivery', status: 'cancelled' },
      ]),
      'collected',
    );
    assert.equal(orderStatusFor([{ kind: 'store_delivery', status: 'delivered' }]), 'delivered');
  });
});
