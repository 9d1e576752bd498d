import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const USER_COLUMNS = ['id', 'email', 'role', 'merchant_id', 'merchant_role', 'location_id', 'display_name', 'locale', 'created_at'] as const;

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The live session for a token digest, joined to its user; null when expired, revoked or disabled. */
export function findSessionUser(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.role', 'u.merchant_id', 'u.merchant_role', 'u.location_id'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', new Date())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export function findLiveApiKey(db: Kysely<DB>, keyHash: string) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('merchants as m', 'm.id', 'k.merchant_id')
    .select(['k.id', 'k.merchant_id', 'k.last_used_at', 'm.status as merchant_status'])
    .where('k.key_hash', '=', keyHash)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
}
