// Authorised sellers and reference prices of a registration, and the read API the listing
// screening uses (active registrations with their names, sellers and prices; isAuthorised).
import { inTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, actorId } from '../../shared/actor.ts';
import { isCurrency } from '../../shared/money.ts';
import { isCountry } from '../merchants/codes.ts';
import { categoryAncestors, productOwner, variantsByIds } from '../catalog/service.ts';
import { merchantStatus } from '../merchants/service.ts';
import { assertManager, assertVisible, newEventId, newPriceId, newSellerId } from './access.ts';
import * as repo from './repository.ts';
import { chinaToday, covers, effectiveStatus } from './rules.ts';
import type { RegistrationAction } from './schema.ts';

type Db = Ctx['db'];

/**
 * Runs a change to a registration's sellers or prices: under the registration's row lock, only by
 * its owner's managers, only while it is pending or active (in force today), with a history row.
 */
async function change<T>(
  ctx: Ctx,
  actor: Actor,
  id: string,
  today: string,
  fn: (db: Db, row: repo.RegistrationRow) => Promise<{ result: T; action: RegistrationAction; details: Record<string, unknown> }>,
): Promise<T> {
  return inTransaction(ctx, async ({ db }) => {
    const row = await repo.lockRegistration(db, id);
    assertManager(actor, row, id);
    const status = effectiveStatus(row.status, row.expires_on, today);
    if (status !== 'pending' && status !== 'active')
      throw conflict('registration_closed', `The registration is ${status}; its sellers and prices can no longer change`, { registration_status: status });
    const { result, action, details } = await fn(db, row);
    await repo.insertEvent(db, { id: newEventId(), registration_id: id, action, from_status: status, to_status: status, details, actor_id: actorId(actor) });
    return result;
  });
}

/** The merchants authorised to sell the brand, with their scope (owner's users and operators). */
export async function listSellers(ctx: Ctx, actor: Actor, id: string) {
  const row = await repo.findRegistration(ctx.db, id);
  assertVisible(actor, row, id);
  return repo.sellersOf(ctx.db, [id]);
}

export interface NewSeller {
  merchant_id: string;
  /** Product line: a catalog category id (covers its sub-categories); absent or null: every line. */
  category_id?: string | null | undefined;
  /** ISO 3166-1 alpha-2; absent or null: every country. */
  country?: string | null | undefined;
}

/** The owner authorises a merchant to sell the brand, optionally for one product line and/or one country. */
export async function addSeller(ctx: Ctx, actor: Actor, id: string, input: NewSeller, today = chinaToday()) {
  const scope = { merchant_id: input.merchant_id, category_id: input.category_id ?? null, country: input.country ?? null };
  if (scope.country !== null && !isCountry(scope.country)) throw badRequest('invalid_country', `${scope.country} is not an ISO 3166-1 alpha-2 country code`);
  return change(ctx, actor, id, today, async (db, row) => {
    if (scope.merchant_id === row.merchant_id) throw badRequest('seller_is_owner', 'The brand owner is always authorised; list other merchants');
    if ((await merchantStatus({ ...ctx, db }, scope.merchant_id)) === null) throw notFound('merchant', scope.merchant_id);
    if (scope.category_id !== null && (await categoryAncestors({ ...ctx, db }, scope.category_id)).length === 0) throw notFound('category', scope.category_id);
    if (await repo.sameSeller(db, id, scope)) throw conflict('seller_already_authorised', 'This merchant is already authorised with this scope', scope);
    const sellerId = newSellerId();
    await repo.insertSeller(db, { id: sellerId, registration_id: id, ...scope, created_by: actorId(actor) });
    return { result: (await repo.findSeller(db, id, sellerId))!, action: 'seller_added', details: { seller_id: sellerId, ...scope } };
  });
}

/** The owner removes one authorisation. */
export async function removeSeller(ctx: Ctx, actor: Actor, id: string, sellerId: string, today = chinaToday()): Promise<void> {
  await change(ctx, actor, id, today, async (db) => {
    const seller = await repo.findSeller(db, id, sellerId);
    if (!seller) throw notFound('authorised_seller', sellerId);
    await repo.deleteSeller(db, sellerId);
    const { merchant_id, category_id, country } = seller;
    return { result: undefined, action: 'seller_removed', details: { seller_id: sellerId, merchant_id, category_id, country } };
  });
}

/** The reference prices of the brand's products (owner's users and operators). */
export async function listPrices(ctx: Ctx, actor: Actor, id: string) {
  const row = await repo.findRegistration(ctx.db, id);
  assertVisible(actor, row, id);
  return repo.pricesOf(ctx.db, [id]);
}

export interface NewPrice {
  product_id?: string | undefined;
  variant_id?: string | undefined;
  amount: number;
  currency: string;
}

/**
 * The owner sets the reference price of one of its own products or variants in a currency
 * (replacing the one set before in that currency). Answers the price and whether it is new.
 */
export async function setPrice(ctx: Ctx, actor: Actor, id: string, input: NewPrice, today = chinaToday()) {
  const target = { product_id: input.product_id ?? null, variant_id: input.variant_id ?? null };
  if ((target.product_id === null) === (target.variant_id === null)) throw badRequest('price_target_required', 'Name exactly one of product_id and variant_id');
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw badRequest('invalid_reference_price', 'A reference price is a positive whole number of minor units');
  if (!isCurrency(input.currency)) throw badRequest('invalid_currency', `${input.currency} is not an ISO 4217 currency code`);
  return change(ctx, actor, id, today, async (db, row) => {
    // Only the owner's own catalog: another merchant's product is not found.
    const tx = { ...ctx, db };
    if (target.product_id !== null && (await productOwner(tx, target.product_id)) !== row.merchant_id) throw notFound('product', target.product_id);
    if (target.variant_id !== null && (await variantsByIds(tx, [target.variant_id]))[0]?.merchant_id !== row.merchant_id)
      throw notFound('variant', target.variant_id);
    const existing = await repo.priceFor(db, id, target, input.currency);
    const priceId = existing?.id ?? newPriceId();
    if (existing) await repo.updatePrice(db, priceId, input.amount, actorId(actor));
    else
      await repo.insertPrice(db, { id: priceId, registration_id: id, ...target, amount: input.amount, currency: input.currency, created_by: actorId(actor) });
    return {
      result: { price: (await repo.findPrice(db, id, priceId))!, created: !existing },
      action: 'reference_price_set',
      details: { price_id: priceId, ...target, amount: input.amount, currency: input.currency, ...(existing ? { previous_amount: existing.amount } : {}) },
    };
  });
}

/** The owner removes a reference price. */
export async function removePrice(ctx: Ctx, actor: Actor, id: string, priceId: string, today = chinaToday()): Promise<void> {
  await change(ctx, actor, id, today, async (db) => {
    const price = await repo.findPrice(db, id, priceId);
    if (!price) throw notFound('reference_price', priceId);
    await repo.deletePrice(db, priceId);
    const { product_id, variant_id, amount, currency } = price;
    return { result: undefined, action: 'reference_price_removed', details: { price_id: priceId, product_id, variant_id, amount, currency } };
  });
}

/** What the screening step reads of one registration in force. */
export interface ActiveRegistration {
  id: string;
  /** The brand owner: always authorised. */
  merchant_id: string;
  brand_id: string | null;
  name_en: string;
  name_zh: string;
  aliases_en: string[];
  aliases_zh: string[];
  expires_on: string;
  authorised_sellers: Array<{ merchant_id: string; category_id: string | null; country: string | null }>;
  reference_prices: Array<{ product_id: string | null; variant_id: string | null; amount: number; currency: string }>;
}

/**
 * For the listing screening (no actor: it screens every merchant's listings): every registration
 * in force on `today` (active and not past its latest trademark expiry, whatever the job has done
 * yet), with its names, aliases, owner, authorised sellers and reference prices. Three queries.
 */
export async function activeRegistrations(ctx: Ctx, today = chinaToday()): Promise<ActiveRegistration[]> {
  const rows = await repo.activeRows(ctx.db, today);
  const ids = rows.map((r) => r.id);
  const [sellers, prices] = await Promise.all([repo.sellersOf(ctx.db, ids), repo.pricesOf(ctx.db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    merchant_id: r.merchant_id,
    brand_id: r.brand_id,
    name_en: r.name_en,
    name_zh: r.name_zh,
    aliases_en: r.aliases_en,
    aliases_zh: r.aliases_zh,
    expires_on: r.expires_on,
    authorised_sellers: sellers
      .filter((s) => s.registration_id === r.id)
      .map((s) => ({ merchant_id: s.merchant_id, category_id: s.category_id, country: s.country })),
    reference_prices: prices
      .filter((p) => p.registration_id === r.id)
      .map((p) => ({ product_id: p.product_id, variant_id: p.variant_id, amount: p.amount, currency: p.currency })),
  }));
}

/**
 * For the listing screening: whether `merchantId` may sell the registered brand, for a sale in
 * product line `productLine` (a catalog category id) and `country`. The owner always may; another
 * merchant needs an authorisation whose scope covers the sale (see rules.ts `covers`: a scoped
 * authorisation does not cover a sale whose line or country is not given). False for an unknown
 * registration. Answers from the seller list whatever the registration's status: callers screen
 * against `activeRegistrations` only.
 */
export async function isAuthorised(
  ctx: Ctx,
  registrationId: string,
  merchantId: string,
  sale: { productLine?: string; country?: string } = {},
): Promise<boolean> {
  const row = await repo.findRegistration(ctx.db, registrationId);
  if (!row) return false;
  if (row.merchant_id === merchantId) return true;
  const sellers = await repo.sellersOf(ctx.db, [registrationId], merchantId);
  if (sellers.length === 0) return false;
  const categoryPath = sale.productLine ? await categoryAncestors(ctx, sale.productLine) : [];
  return sellers.some((s) => covers(s, { categoryPath, country: sale.country }));
}
