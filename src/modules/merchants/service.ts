import { inTransaction } from '../../db/transaction.ts';
import type { Ctx } from '../../http/types.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.ts';
import { type Actor, actorId, isOperator, merchantOf } from '../../shared/actor.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { insertUser } from '../identity/service.ts';
import { isCurrency } from '../../shared/money.ts';
import { isCountry } from './codes.ts';
import {
  type MerchantPatch,
  findMerchant,
  findMerchantByRegistration,
  findStatus,
  insertMerchant,
  insertStatusEvent,
  listMerchantRows,
  listStatusEvents,
  updateMerchantRow,
  updateStatusIf,
  uniqueViolation,
} from './repository.ts';
import type { MerchantStatus } from './schema.ts';
import { type MerchantAction, TRANSITIONS, allowedActions } from './status.ts';

export type { MerchantStatus } from './schema.ts';

export const SECTORS = ['agriculture', 'food', 'apparel', 'cosmetics', 'nutrition', 'retail', 'home', 'electronics', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export interface MerchantApplication {
  legal_name: string;
  display_name: string;
  country: string;
  region: string;
  registration_number: string;
  contact_name: string;
  contact_email: string;
  contact_phone?: string | null;
  headcount: number;
  sector: Sector;
  default_currency: string;
  website?: string | null;
  owner: { email: string; password: string; display_name: string };
}

/** Registration numbers compare ignoring case, surrounding and repeated blanks: "hrb  123 " is "HRB 123". */
export function normalizeRegistration(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toUpperCase();
}

function validateApplication(input: MerchantApplication): void {
  if (!isCountry(input.country)) throw badRequest('invalid_country', `${input.country} is not an ISO 3166-1 alpha-2 country code`);
  if (!isCurrency(input.default_currency)) throw badRequest('invalid_currency', `${input.default_currency} is not an ISO 4217 currency in use`);
  if (!Number.isInteger(input.headcount) || input.headcount < 0) throw badRequest('invalid_headcount', 'headcount is a whole number, 0 or more');
  if (!(SECTORS as readonly string[]).includes(input.sector)) throw badRequest('invalid_sector', `sector is one of ${SECTORS.join(', ')}`);
  if (!normalizeRegistration(input.registration_number)) throw badRequest('invalid_registration_number', 'registration_number is empty');
}

const alreadyRegistered = (country: string, reg: string) =>
  conflict('merchant_already_registered', `A merchant with registration number ${reg} in ${country} has already applied`);

/**
 * A business applies: the merchant (pending), its first status event and its owner account are
 * created in one transaction, so a refused application leaves no row behind.
 */
export async function applyAsMerchant(ctx: Ctx, input: MerchantApplication) {
  validateApplication(input);
  const registration = normalizeRegistration(input.registration_number);
  try {
    return await inTransaction(ctx, async ({ db: trx }) => {
      if (await findMerchantByRegistration(trx, input.country, registration)) throw alreadyRegistered(input.country, registration);
      const id = await insertMerchant(trx, {
        legal_name: input.legal_name.trim(),
        display_name: input.display_name.trim(),
        country: input.country,
        region: input.region.trim(),
        registration_number: registration,
        contact_name: input.contact_name.trim(),
        contact_email: input.contact_email,
        contact_phone: input.contact_phone ?? null,
        headcount: input.headcount,
        sector: input.sector,
        default_currency: input.default_currency,
        website: input.website ?? null,
      });
      const owner = await insertUser(
        { ...ctx, db: trx },
        {
          email: input.owner.email,
          password: input.owner.password,
          display_name: input.owner.display_name,
          role: 'merchant',
          merchant_id: id,
          merchant_role: 'owner',
        },
      );
      // The application is the first status event; whoever applied (the new owner) is its actor.
      await insertStatusEvent(trx, { merchant_id: id, from_status: null, to_status: 'pending', reason: null, actor_id: owner.id });
      return { merchant: (await findMerchant(trx, id))!, owner };
    });
  } catch (err) {
    // The pre-checks above lose to a concurrent identical application; the unique indexes decide then.
    const violated = uniqueViolation(err);
    if (violated === null) throw err;
    if (/registration/.test(violated)) throw alreadyRegistered(input.country, registration);
    if (/email/.test(violated)) throw conflict('email_taken', 'An account with this email exists');
    throw err;
  }
}

function requireOperator(actor: Actor): void {
  if (!isOperator(actor)) throw forbidden('Only an operator may do this');
}

/** Operators see every merchant; merchant staff, brand owners and API keys only their own. */
function canSee(actor: Actor, merchantId: string): boolean {
  return isOperator(actor) || merchantOf(actor) === merchantId;
}

async function decide(ctx: Ctx, actor: Actor, id: string, action: MerchantAction, reason: string | null | undefined) {
  requireOperator(actor);
  const { from, to } = TRANSITIONS[action];
  const why = reason?.trim() || null;
  const decided = await inTransaction(ctx, async ({ db: trx }) => {
    // Conditional on the expected status: of two concurrent decisions only one updates a row.
    if (!(await updateStatusIf(trx, id, from, to, why))) {
      const current = await findMerchant(trx, id);
      if (!current) throw notFound('merchant', id);
      throw conflict('invalid_transition', `Cannot ${action} a merchant that is ${current.status}`, {
        merchant_status: current.status,
        allowed_actions: allowedActions(current.status),
      });
    }
    await insertStatusEvent(trx, { merchant_id: id, from_status: from, to_status: to, reason: why, actor_id: actorId(actor) });
    return (await findMerchant(trx, id))!;
  });
  // Dropped after the commit, so no reader can put the old status back meanwhile.
  statusCache.delete(id);
  return decided;
}

function requireReason(reason: string | undefined): string {
  if (!reason?.trim()) throw badRequest('reason_required', 'Give a reason');
  return reason;
}

/** An operator verifies a pending merchant. */
export function verifyMerchant(ctx: Ctx, actor: Actor, id: string, reason?: string) {
  return decide(ctx, actor, id, 'verify', reason);
}

/** An operator rejects a pending merchant, with a reason; rejection is final. */
export function rejectMerchant(ctx: Ctx, actor: Actor, id: string, reason: string) {
  return decide(ctx, actor, id, 'reject', requireReason(reason));
}

/** An operator suspends a verified merchant, with a reason. */
export function suspendMerchant(ctx: Ctx, actor: Actor, id: string, reason: string) {
  return decide(ctx, actor, id, 'suspend', requireReason(reason));
}

/** An operator reinstates a suspended merchant (back to verified). */
export function reinstateMerchant(ctx: Ctx, actor: Actor, id: string, reason?: string) {
  return decide(ctx, actor, id, 'reinstate', reason);
}

/** One merchant, if the actor may see it; otherwise not found. */
export async function getMerchant(ctx: Ctx, actor: Actor, id: string) {
  const row = canSee(actor, id) ? await findMerchant(ctx.db, id) : undefined;
  if (!row) throw notFound('merchant', id);
  return row;
}

/** Operators list merchants, filtered by status, country or a name fragment. */
export async function listMerchants(ctx: Ctx, actor: Actor, q: { status?: MerchantStatus; country?: string; q?: string; limit?: number; cursor?: string }) {
  requireOperator(actor);
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await listMerchantRows(ctx.db, { status: q.status, country: q.country, q: q.q?.trim() || undefined, after, limit });
  return pageOf(rows, limit, (r) => r.id);
}

/**
 * The directory of verified merchants by name: id, display name and country only, for a brand
 * owner choosing whom to authorise (contacts and legal details stay the operators').
 */
export async function merchantDirectory(ctx: Ctx, actor: Actor, q: { q?: string | undefined; limit?: number | undefined; cursor?: string | undefined }) {
  if (!isOperator(actor) && !merchantOf(actor)) throw forbidden('The merchant directory is for merchants and operators');
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  const rows = await listMerchantRows(ctx.db, { status: 'verified', q: q.q?.trim() || undefined, after, limit });
  const page = pageOf(rows, limit, (r) => r.id);
  return { items: page.items.map((m) => ({ id: m.id, display_name: m.display_name, country: m.country, region: m.region })), next_cursor: page.next_cursor };
}

/** The merchant's owner (or an operator) changes its display and contact details. */
export async function updateMerchant(ctx: Ctx, actor: Actor, id: string, patch: MerchantPatch) {
  if (!canSee(actor, id)) throw notFound('merchant', id);
  if (!isOperator(actor) && !(actor.kind === 'user' && actor.role === 'merchant' && actor.merchantRole === 'owner'))
    throw forbidden('Only the merchant owner or an operator may change the merchant');
  const current = await findMerchant(ctx.db, id);
  if (!current) throw notFound('merchant', id);
  const clean: MerchantPatch = {};
  if (patch.display_name !== undefined) clean.display_name = patch.display_name.trim();
  if (patch.contact_name !== undefined) clean.contact_name = patch.contact_name.trim();
  if (patch.contact_email !== undefined) clean.contact_email = patch.contact_email;
  if (patch.contact_phone !== undefined) clean.contact_phone = patch.contact_phone;
  if (patch.website !== undefined) clean.website = patch.website;
  if (Object.keys(clean).length === 0) return current;
  await updateMerchantRow(ctx.db, id, clean);
  return (await findMerchant(ctx.db, id))!;
}

/** The merchant's status changes, oldest first; visible to whoever may see the merchant. */
export async function merchantHistory(ctx: Ctx, actor: Actor, id: string) {
  await getMerchant(ctx, actor, id);
  return listStatusEvents(ctx.db, id);
}

/** A merchant's status for other modules (no actor: callers have already scoped), or null if none. */
export async function merchantStatus(ctx: Ctx, merchantId: string): Promise<MerchantStatus | null> {
  const hit = statusCache.get(merchantId);
  if (hit && Date.now() - hit.at < STATUS_TTL_MS) return hit.status;
  const status = (await findStatus(ctx.db, merchantId)) ?? null;
  if (status) statusCache.set(merchantId, { status, at: Date.now() });
  return status;
}

// Every order and listing asks for its merchants' status; a decision here is seen at once in this
// process (the cache entry is dropped) and within STATUS_TTL_MS in any other server process.
const STATUS_TTL_MS = 2_000;
const statusCache = new Map<string, { status: MerchantStatus; at: number }>();
