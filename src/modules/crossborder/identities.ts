/**
 * Buyers' identities for cross-border orders. Customs needs the buyer's real name and resident ID
 * number on every CBEC retail order, and the payer must be the buyer (财关税〔2016〕18号 art. 2;
 * 海关总署公告2018年第194号: 订购人与支付人信息一致). Numbers are encrypted at rest (pii.ts) and shown masked.
 *
 * Saved and unsaved identities:
 * - A consumer may keep identities on the account (save: true) and name one by id at checkout.
 * - Anyone — a guest, or a consumer not saving — may register an unsaved identity: it is not on any
 *   account, and its id may be named for an order by whoever holds it for 24 hours (the id is a ULID
 *   with 80 random bits, so it cannot be guessed); after that the number must be given again.
 * - A removed identity leaves the account but its row stays: orders that declared it keep their
 *   customs record.
 */
import { conflict, forbidden, invalidState, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Config } from '../../config.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { maskResidentId, sameName, validateResidentId } from './id-number.ts';
import { encryptIdNumber, hashIdNumber, sameHash } from './pii.ts';
import { type IdentityRow, detachIdentity, findIdentity, findSavedIdentity, insertIdentity, listSavedIdentities, upsertSavedIdentity } from './repository.ts';

/** How long an unsaved identity may be named by id. */
export const UNSAVED_IDENTITY_TTL_MS = 24 * 60 * 60 * 1000;
/** Identities one consumer account keeps. */
export const MAX_SAVED_IDENTITIES = 10;

const ID_MESSAGES = {
  id_number_format: 'A resident ID number is 18 characters: 17 digits and a digit or X',
  id_number_birth_date: 'The birth date in this ID number is not a real date between 1900 and today',
  id_number_check: 'The last character of this ID number does not match the others (ISO 7064 MOD 11-2 check): please check it',
} as const;

export interface IdentityView {
  id: string;
  name: string;
  masked: string;
  /** On the consumer's account (listed, usable by id at any time). */
  saved: boolean;
  created_at: Date;
}

export interface OrderIdentity {
  identity_id: string;
  name: string;
  masked: string;
  id_number_hash: string;
}

/** The consumer's user id, or null for everyone else. */
function consumerOf(actor: Actor): string | null {
  return actor.kind === 'user' && actor.role === 'consumer' ? actor.userId : null;
}

/** A name as stored: trimmed, inner runs of spaces made one. */
function cleanName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n || n.length > 100 || /\p{Cc}/u.test(n)) throw invalidState('invalid_name', 'The name is the buyer’s real name as on the ID card, 1 to 100 characters');
  return n;
}

/** Validates and protects a number: 422 with the validation code when it is not a valid resident ID. */
function protect(config: Config, idNumber: string) {
  const v = validateResidentId(idNumber);
  if (!v.ok) throw invalidState(v.code, ID_MESSAGES[v.code]);
  return {
    id_number_ciphertext: encryptIdNumber(config, v.normalized),
    id_number_hash: hashIdNumber(config, v.normalized),
    masked: maskResidentId(v.normalized),
  };
}

const view = (r: IdentityRow): IdentityView => ({ id: r.id, name: r.name, masked: r.masked, saved: r.customer_id !== null, created_at: r.created_at });

/**
 * Registers a buyer identity. A consumer with save=true keeps it on the account (the same number
 * saved again is the same identity, with the newer name); otherwise (anonymous, or save=false) it is
 * an unsaved identity usable by id for 24 hours. Other signed-in users (staff) cannot save one: 403.
 * A bad number is a 422 with id_number_format, id_number_birth_date or id_number_check.
 */
export async function registerIdentity(ctx: Ctx, actor: Actor, input: { name: string; id_number: string; save: boolean }): Promise<IdentityView> {
  const customer = consumerOf(actor);
  const save = input.save && actor.kind !== 'anonymous';
  if (save && !customer) throw forbidden('Only consumer accounts keep buyer identities');
  const name = cleanName(input.name);
  const secret = protect(ctx.config, input.id_number);
  if (save && customer) {
    const existing = await listSavedIdentities(ctx.db, customer);
    if (existing.length >= MAX_SAVED_IDENTITIES && !existing.some((e) => e.id_number_hash === secret.id_number_hash)) {
      throw conflict('too_many_identities', `An account keeps at most ${MAX_SAVED_IDENTITIES} identities; remove one first`);
    }
    const id = await upsertSavedIdentity(ctx.db, { id: newId('buyerIdentity'), customer_id: customer, name, ...secret });
    return view((await findIdentity(ctx.db, id))!);
  }
  const id = newId('buyerIdentity');
  await insertIdentity(ctx.db, { id, customer_id: null, name, ...secret, usable_until: new Date(Date.now() + UNSAVED_IDENTITY_TTL_MS) });
  return view((await findIdentity(ctx.db, id))!);
}

/** The identities a consumer keeps (masked numbers only). */
export async function listIdentities(ctx: Ctx, actor: Actor): Promise<IdentityView[]> {
  const customer = consumerOf(actor);
  if (!customer) throw forbidden('Only consumer accounts keep buyer identities');
  return (await listSavedIdentities(ctx.db, customer)).map(view);
}

/** Removes one of the consumer's own identities from the account (another's id: 404). */
export async function deleteIdentity(ctx: Ctx, actor: Actor, id: string): Promise<void> {
  const customer = consumerOf(actor);
  if (!customer) throw forbidden('Only consumer accounts keep buyer identities');
  if (!(await detachIdentity(ctx.db, id, customer))) throw notFound('buyer_identity', id);
}

/**
 * The identity an order is declared for: a saved identity of the calling consumer or an unsaved one
 * still usable, by id (anything else: 404), or a name and number given now (422 when invalid; a
 * consumer's saved identity with the same number and name is reused, else an unsaved one is made).
 */
export async function identityForOrder(ctx: Ctx, actor: Actor, input: { identity_id: string } | { name: string; id_number: string }): Promise<OrderIdentity> {
  const customer = consumerOf(actor);
  let row: IdentityRow | undefined;
  if ('identity_id' in input) {
    row = await findIdentity(ctx.db, input.identity_id);
    const usable = row && (row.customer_id !== null ? row.customer_id === customer : row.usable_until !== null && row.usable_until.getTime() > Date.now());
    if (!row || !usable) throw notFound('buyer_identity', input.identity_id);
  } else {
    const name = cleanName(input.name);
    const secret = protect(ctx.config, input.id_number);
    const saved = customer ? await findSavedIdentity(ctx.db, customer, secret.id_number_hash) : undefined;
    if (saved && sameName(saved.name, name)) row = saved;
    else {
      const id = newId('buyerIdentity');
      await insertIdentity(ctx.db, { id, customer_id: null, name, ...secret, usable_until: new Date(Date.now() + UNSAVED_IDENTITY_TTL_MS) });
      row = (await findIdentity(ctx.db, id))!;
    }
  }
  return { identity_id: row.id, name: row.name, masked: row.masked, id_number_hash: row.id_number_hash };
}

/**
 * The payer must be the buyer (海关总署公告2018年第194号): same name (sameName) and same resident ID
 * number (compared by keyed hash, so the stored number is never decrypted). An invalid payer number
 * is a mismatch too.
 */
export function checkPayer(
  buyer: { name: string; id_number_hash: string },
  payer: { name: string; id_number: string },
  config: Pick<Config, 'piiKey'>,
): { ok: true } | { ok: false; code: 'payer_mismatch' } {
  const v = validateResidentId(payer.id_number);
  if (!v.ok || !sameName(buyer.name, payer.name) || !sameHash(buyer.id_number_hash, hashIdNumber(config, v.normalized))) {
    return { ok: false, code: 'payer_mismatch' };
  }
  return { ok: true };
}
