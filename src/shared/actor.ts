import type { MerchantRole, Role } from '../modules/identity/schema.ts';

/**
 * Who is calling. Every service function takes one and scopes what it reads and writes by it:
 * tenant isolation lives here, in the service layer, not only in route guards.
 */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      role: Role;
      /** Set for merchant staff and brand owners. */
      merchantId: string | null;
      merchantRole: MerchantRole | null;
      /** Set for store staff. */
      locationId: string | null;
    }
  | { kind: 'api_key'; keyId: string; merchantId: string };

/** Route access: who may call. 'public' admits anyone; 'merchant' also admits merchant API keys. */
export type Access = 'public' | 'authenticated' | Role;

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** The platform acting on its own (a workflow step, a job): operator rights, no person behind it. */
export const SYSTEM: Actor = { kind: 'user', userId: 'system', role: 'operator', merchantId: null, merchantRole: null, locationId: null };

/** The role an actor plays for route access; API keys act as merchant staff. */
export function roleOf(actor: Actor): Role | null {
  switch (actor.kind) {
    case 'anonymous':
      return null;
    case 'user':
      return actor.role;
    case 'api_key':
      return 'merchant';
  }
}

/** The merchant an actor is bound to (merchant staff, brand owner, API key), else null. */
export function merchantOf(actor: Actor): string | null {
  switch (actor.kind) {
    case 'anonymous':
      return null;
    case 'user':
      return actor.merchantId;
    case 'api_key':
      return actor.merchantId;
  }
}

export function isOperator(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'operator';
}

/** An id for audit columns ("who made it"): user id, API key id, or null for anonymous. */
export function actorId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'anonymous':
      return null;
    case 'user':
      return actor.userId;
    case 'api_key':
      return actor.keyId;
  }
}
