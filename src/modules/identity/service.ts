import type { Ctx } from '../../http/types.ts';
import { AppError, badRequest, conflict, forbidden, notFound, unauthorized } from '../../http/errors.ts';
import { type Actor, isOperator, merchantOf } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { decodeCursor, isString, pageOf } from '../../shared/pagination.ts';
import { digestSecret, newSecret } from '../../shared/tokens.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';
import { USER_COLUMNS, findLiveApiKey, findSessionUser, findUserByEmail, findUserById } from './repository.ts';
import type { MerchantRole, Role } from './schema.ts';

export interface NewUser {
  email: string;
  password: string;
  display_name: string;
  role: Role;
  merchant_id?: string | null;
  merchant_role?: MerchantRole | null;
  location_id?: string | null;
  locale?: string;
}

/** Inserts a user; callers have already decided the actor may. Email is unique case-insensitively. */
export async function insertUser(ctx: Ctx, input: NewUser) {
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing) throw conflict('email_taken', 'An account with this email exists');
  const id = newId('user');
  await ctx.db
    .insertInto('users')
    .values({
      id,
      email: input.email,
      password_hash: await hashPassword(input.password),
      role: input.role,
      merchant_id: input.merchant_id ?? null,
      merchant_role: input.role === 'merchant' ? (input.merchant_role ?? 'staff') : null,
      location_id: input.location_id ?? null,
      display_name: input.display_name,
      locale: input.locale ?? 'en',
      disabled_at: null,
    })
    .execute();
  return (await findUserById(ctx.db, id))!;
}

async function openSession(ctx: Ctx, userId: string) {
  const token = newSecret('mst');
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  await ctx.db
    .insertInto('sessions')
    .values({ id: newId('session'), user_id: userId, token_hash: digestSecret(token), expires_at: expiresAt, revoked_at: null })
    .execute();
  return { token, expires_at: expiresAt };
}

/** Signs in with email and password; the same 401 for unknown email and wrong password. */
export async function login(ctx: Ctx, email: string, password: string) {
  const user = await findUserByEmail(ctx.db, email);
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok || user.disabled_at) throw new AppError(401, 'invalid_credentials', 'Email or password is wrong');
  const session = await openSession(ctx, user.id);
  return { ...session, user: (await findUserById(ctx.db, user.id))! };
}

/** Ends the session a token belongs to. */
export async function logout(ctx: Ctx, token: string): Promise<void> {
  await ctx.db.updateTable('sessions').set({ revoked_at: new Date() }).where('token_hash', '=', digestSecret(token)).where('revoked_at', 'is', null).execute();
}

/** A consumer signs up and is signed in. */
export async function registerConsumer(ctx: Ctx, input: { email: string; password: string; display_name: string; locale?: string }) {
  const user = await insertUser(ctx, { ...input, role: 'consumer' });
  return { ...(await openSession(ctx, user.id)), user };
}

/** Resolves a bearer secret (session token or merchant API key) to an actor, or null. */
export async function authenticate(ctx: Ctx, secret: string): Promise<Actor | null> {
  const digest = digestSecret(secret);
  if (secret.startsWith('mak_')) {
    const key = await findLiveApiKey(ctx.db, digest);
    if (!key || key.merchant_status === 'suspended' || key.merchant_status === 'rejected') return null;
    // Recording use at most once a minute keeps authentication off the write path under load.
    if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > 60_000) {
      await ctx.db.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', key.id).execute();
    }
    return { kind: 'api_key', keyId: key.id, merchantId: key.merchant_id };
  }
  const row = await findSessionUser(ctx.db, digest);
  if (!row) return null;
  return { kind: 'user', userId: row.id, role: row.role, merchantId: row.merchant_id, merchantRole: row.merchant_role, locationId: row.location_id };
}

/** The signed-in user's own account. */
export async function me(ctx: Ctx, actor: Actor) {
  if (actor.kind !== 'user') throw unauthorized('Only a signed-in user has an account; API keys act for their merchant');
  return (await findUserById(ctx.db, actor.userId))!;
}

function requireMerchantOwner(actor: Actor): string {
  if (actor.kind === 'user' && actor.role === 'merchant' && actor.merchantRole === 'owner' && actor.merchantId) return actor.merchantId;
  throw forbidden('Only the merchant owner may do this');
}

/**
 * Creates a staff account. Operators create any account; a merchant owner creates staff and
 * brand owners of their own merchant only.
 */
export async function createUser(ctx: Ctx, actor: Actor, input: NewUser) {
  if (isOperator(actor)) {
    if ((input.role === 'merchant' || input.role === 'brand_owner') && !input.merchant_id)
      throw badRequest('merchant_required', 'Merchant staff and brand owners need merchant_id');
    if (input.role === 'store_staff' && !input.location_id) throw badRequest('location_required', 'Store staff need location_id');
    if (input.merchant_id) {
      const m = await ctx.db.selectFrom('merchants').select('id').where('id', '=', input.merchant_id).executeTakeFirst();
      if (!m) throw notFound('merchant', input.merchant_id);
    }
    if (input.location_id) {
      const l = await ctx.db.selectFrom('locations').select('kind').where('id', '=', input.location_id).executeTakeFirst();
      if (!l) throw notFound('location', input.location_id);
      if (l.kind === 'mall') throw badRequest('location_not_a_store', 'Store staff belong to a store, counter or warehouse, not a whole mall');
    }
    const scoped = input.role === 'merchant' || input.role === 'brand_owner';
    return insertUser(ctx, { ...input, merchant_id: scoped ? input.merchant_id : null, location_id: input.role === 'store_staff' ? input.location_id : null });
  }
  const merchantId = requireMerchantOwner(actor);
  if (input.role !== 'merchant' && input.role !== 'brand_owner') throw forbidden('A merchant owner may create only merchant staff and brand owners');
  if (input.merchant_id && input.merchant_id !== merchantId) throw notFound('merchant', input.merchant_id);
  return insertUser(ctx, { ...input, merchant_id: merchantId, location_id: null });
}

/** Lists accounts: operators see all, a merchant owner sees the merchant's own people. */
export async function listUsers(ctx: Ctx, actor: Actor, q: { limit?: number; cursor?: string; role?: Role }) {
  const limit = q.limit ?? 20;
  const after = decodeCursor(q.cursor, isString);
  let query = ctx.db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .orderBy('id')
    .limit(limit + 1);
  if (!isOperator(actor)) query = query.where('merchant_id', '=', requireMerchantOwner(actor));
  if (q.role) query = query.where('role', '=', q.role);
  if (after) query = query.where('id', '>', after);
  return pageOf(await query.execute(), limit, (r) => r.id);
}

const KEY_COLUMNS = ['id', 'merchant_id', 'name', 'key_prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

/** A merchant owner creates an API key for their systems; the secret is shown only once. */
export async function createApiKey(ctx: Ctx, actor: Actor, name: string) {
  const merchantId = requireMerchantOwner(actor);
  const secret = newSecret('mak');
  const id = newId('apiKey');
  await ctx.db
    .insertInto('api_keys')
    .values({
      id,
      merchant_id: merchantId,
      name,
      key_prefix: secret.slice(0, 12),
      key_hash: digestSecret(secret),
      created_by: (actor as { userId: string }).userId,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  const row = await ctx.db.selectFrom('api_keys').select(KEY_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
  return { ...row, secret };
}

/** The merchant's API keys (never their secrets). */
export async function listApiKeys(ctx: Ctx, actor: Actor) {
  const merchantId = merchantOf(actor);
  if (!merchantId) throw forbidden();
  return ctx.db.selectFrom('api_keys').select(KEY_COLUMNS).where('merchant_id', '=', merchantId).orderBy('id').execute();
}

/** Revokes one of the merchant's own keys; another merchant's key id is simply not found. */
export async function revokeApiKey(ctx: Ctx, actor: Actor, id: string) {
  const merchantId = requireMerchantOwner(actor);
  const res = await ctx.db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('merchant_id', '=', merchantId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    const exists = await ctx.db.selectFrom('api_keys').select('id').where('id', '=', id).where('merchant_id', '=', merchantId).executeTakeFirst();
    if (!exists) throw notFound('api_key', id);
  }
  return ctx.db.selectFrom('api_keys').select(KEY_COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
}
