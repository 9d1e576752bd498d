/**
 * The order state machine. An order moves only along these edges; every move is checked here and
 * recorded (order_events) with time and actor.
 *
 *   placed → paid → allocated → picking → shipped → delivered
 *                                       ↘ ready_for_pickup → collected
 *   paid → collected (a till sale: paid and handed over at the counter)
 *   placed | paid | allocated | picking | ready_for_pickup → cancelled
 *   paid … collected → partly_refunded → refunded  (also straight to refunded)
 */
export const ORDER_STATUSES = [
  'placed',
  'paid',
  'allocated',
  'picking',
  'shipped',
  'ready_for_pickup',
  'delivered',
  'collected',
  'cancelled',
  'partly_refunded',
  'refunded',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

const REFUNDABLE: OrderStatus[] = ['partly_refunded', 'refunded'];

const EDGES: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['paid', 'cancelled'],
  paid: ['allocated', 'collected', 'cancelled', ...REFUNDABLE],
  allocated: ['picking', 'cancelled', ...REFUNDABLE],
  picking: ['shipped', 'ready_for_pickup', 'cancelled', ...REFUNDABLE],
  shipped: ['delivered', ...REFUNDABLE],
  ready_for_pickup: ['collected', 'cancelled', ...REFUNDABLE],
  delivered: [...REFUNDABLE],
  collected: [...REFUNDABLE],
  cancelled: [],
  partly_refunded: ['refunded', 'partly_refunded'],
  refunded: [],
};

/** True when an order may move from one status to the other. */
export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return EDGES[from].includes(to);
}

/** The statuses reachable in one step. */
export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return EDGES[from];
}

/** Statuses in which the order still holds stock that a cancellation must give back. */
export function holdsStock(status: OrderStatus): boolean {
  switch (status) {
    case 'placed':
    case 'paid':
    case 'allocated':
    case 'picking':
    case 'ready_for_pickup':
      return true;
    case 'shipped':
    case 'delivered':
    case 'collected':
    case 'cancelled':
    case 'partly_refunded':
    case 'refunded':
      return false;
  }
}
