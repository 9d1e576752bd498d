import type { ShipmentKind, ShipmentStatus } from './schema.ts';
import type { OrderStatus } from './states.ts';

/** Shipment moves: pending → picking → shipped → delivered (delivery) or → ready_for_pickup → collected (pick-up). */
export function shipmentCanMove(kind: ShipmentKind, from: ShipmentStatus, to: ShipmentStatus): boolean {
  if (to === 'cancelled') return from === 'pending' || from === 'picking' || from === 'ready_for_pickup';
  const path: ShipmentStatus[] = kind === 'pickup' ? ['pending', 'picking', 'ready_for_pickup', 'collected'] : ['pending', 'picking', 'shipped', 'delivered'];
  const i = path.indexOf(from);
  return i >= 0 && path[i + 1] === to;
}

const RANK: Record<ShipmentStatus, number> = { pending: 0, picking: 1, shipped: 2, ready_for_pickup: 2, delivered: 3, collected: 3, cancelled: 99 };

/**
 * The order status its shipments add up to, once the order is allocated: the least advanced
 * live shipment decides. Delivery wins the name when delivery and pick-up shipments are mixed
 * (an order "shipped" while its pick-up part waits ready at the store). Null: nothing changes.
 */
export function orderStatusFor(shipments: Array<{ kind: ShipmentKind; status: ShipmentStatus }>): OrderStatus | null {
  const live = shipments.filter((s) => s.status !== 'cancelled');
  if (live.length === 0) return null;
  const least = Math.min(...live.map((s) => RANK[s.status]));
  const anyDelivery = live.some((s) => s.kind !== 'pickup');
  switch (least) {
    case 0:
      return null;
    case 1:
      return 'picking';
    case 2:
      return anyDelivery ? 'shipped' : 'ready_for_pickup';
    default:
      return anyDelivery ? 'delivered' : 'collected';
  }
}
