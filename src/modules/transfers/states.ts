/**
 * The transfer state machine and the arithmetic of receiving, kept pure so it is tested alone.
 *
 *   draft → in_transit → partially_received → received
 *                      ↘ received (everything arrived at once, or closed with nothing received)
 *   partially_received → partially_received (another partial receipt) | received (complete or closed)
 *   draft → cancelled
 *
 * `received` is final: either every unit sent arrived, or someone closed the transfer with a note
 * and the missing units became 'short' discrepancies.
 */
export const TRANSFER_STATUSES = ['draft', 'in_transit', 'partially_received', 'received', 'cancelled'] as const;

export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export type TransferAction = 'dispatch' | 'receive' | 'close' | 'cancel';

const EDGES: Record<TransferStatus, readonly TransferStatus[]> = {
  draft: ['in_transit', 'cancelled'],
  in_transit: ['partially_received', 'received'],
  partially_received: ['partially_received', 'received'],
  received: [],
  cancelled: [],
};

/** The statuses from which each action may start; the service's conditional updates use exactly these. */
export const ACTION_FROM: Record<TransferAction, readonly TransferStatus[]> = {
  dispatch: ['draft'],
  receive: ['in_transit', 'partially_received'],
  close: ['in_transit', 'partially_received'],
  cancel: ['draft'],
};

/** True when a transfer may move from one status to the other. */
export function canMove(from: TransferStatus, to: TransferStatus): boolean {
  return EDGES[from].includes(to);
}

/** The statuses reachable in one step. */
export function nextStatuses(from: TransferStatus): readonly TransferStatus[] {
  return EDGES[from];
}

/** True when the action may be taken on a transfer in this status. */
export function canAct(action: TransferAction, status: TransferStatus): boolean {
  return ACTION_FROM[action].includes(status);
}

/** Statuses in which units have left the source and not all have been accounted for at the destination. */
export function isInTransit(status: TransferStatus): boolean {
  return status === 'in_transit' || status === 'partially_received';
}

export interface LineProgress {
  quantity_sent: number;
  quantity_received: number;
}

/** Units of a line still on the road: sent − received while in transit, none once final or before dispatch. */
export function inTransitQuantity(status: TransferStatus, line: LineProgress): number {
  return isInTransit(status) ? Math.max(0, line.quantity_sent - line.quantity_received) : 0;
}

/** The status after a receipt: received once every line has at least what was sent. */
export function statusAfterReceipt(lines: readonly LineProgress[]): 'partially_received' | 'received' {
  return lines.every((l) => l.quantity_received >= l.quantity_sent) ? 'received' : 'partially_received';
}

/**
 * Units beyond what was sent that one receipt brought for a line ('over' discrepancy): the excess
 * after the receipt minus the excess before it, so over-receipts spread over receipts are counted once.
 */
export function overBy(sent: number, receivedBefore: number, receivedAfter: number): number {
  return Math.max(0, receivedAfter - sent) - Math.max(0, receivedBefore - sent);
}

/** Units sent but never received (closing a transfer records these as 'short' discrepancies). */
export function shortBy(line: LineProgress): number {
  return Math.max(0, line.quantity_sent - line.quantity_received);
}
