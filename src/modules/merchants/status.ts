import type { MerchantStatus } from './schema.ts';

/** What an operator can decide about a merchant. */
export type MerchantAction = 'verify' | 'reject' | 'suspend' | 'reinstate';

/**
 * The merchant life cycle. Each action has exactly one status it starts from, so a decision is a
 * conditional update `... where status = from`: of two concurrent decisions only one can match.
 * Rejected is final: a refused business applies again with a new application.
 */
export const TRANSITIONS: Readonly<Record<MerchantAction, { from: MerchantStatus; to: MerchantStatus }>> = {
  verify: { from: 'pending', to: 'verified' },
  reject: { from: 'pending', to: 'rejected' },
  suspend: { from: 'verified', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'verified' },
};

export const MERCHANT_STATUSES: readonly MerchantStatus[] = ['pending', 'verified', 'rejected', 'suspended'];

/** The status an action leads to from `from`, or null when the action is not allowed there. */
export function nextStatus(from: MerchantStatus, action: MerchantAction): MerchantStatus | null {
  const t = TRANSITIONS[action];
  return t.from === from ? t.to : null;
}

/** The actions allowed from a status (for telling a caller what they could do instead). */
export function allowedActions(from: MerchantStatus): MerchantAction[] {
  return (Object.keys(TRANSITIONS) as MerchantAction[]).filter((a) => TRANSITIONS[a].from === from);
}
