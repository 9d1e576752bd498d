// Who may see and change a registration. Kept apart so service.ts and sellers.ts share one rule.
import { forbidden, notFound } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { ulid } from '../../shared/ids.ts';

// Prefixed ids like the platform's (src/shared/ids.ts has no kind for these yet).
const ULID = '[0-9A-HJKMNP-TV-Z]{26}';
export const REGISTRATION_ID = `^brg_${ULID}$`;
export const SELLER_ID = `^bas_${ULID}$`;
export const PRICE_ID = `^brp_${ULID}$`;
export const newRegistrationId = () => `brg_${ulid()}`;
export const newTrademarkId = () => `btm_${ulid()}`;
export const newEventId = () => `bre_${ulid()}`;
export const newSellerId = () => `bas_${ulid()}`;
export const newPriceId = () => `brp_${ulid()}`;

/** The merchant whose brands the actor manages: its owner or one of its brand owners; else null. */
export function managerOf(actor: Actor): string | null {
  if (actor.kind !== 'user' || !actor.merchantId) return null;
  if (actor.role === 'brand_owner' || (actor.role === 'merchant' && actor.merchantRole === 'owner')) return actor.merchantId;
  return null;
}

/** Operators see every registration; a merchant's users and API keys see their own; others get 404. */
export function assertVisible(actor: Actor, row: { id: string; merchant_id: string } | undefined, id: string): asserts row {
  if (!row || (!isOperator(actor) && merchantOf(actor) !== row.merchant_id)) throw notFound('brand_registration', id);
}

/**
 * Only the owner merchant's owner or brand owners change a registration. Another tenant gets 404
 * (no probing); the same tenant's staff, API keys, and operators get 403.
 */
export function assertManager(actor: Actor, row: { id: string; merchant_id: string } | undefined, id: string): asserts row {
  assertVisible(actor, row, id);
  if (managerOf(actor) !== row.merchant_id) throw forbidden("Only the brand owner merchant's owner or brand owners may change its registration");
}
