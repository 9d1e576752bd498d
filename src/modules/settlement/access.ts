import { badRequest, forbidden, notFound } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { type Actor, isOperator, merchantOf, SYSTEM } from '../../shared/actor.ts';
import { getMerchant } from '../merchants/service.ts';

/**
 * The platform itself, for reads the settlement makes on behalf of a flow that has already
 * decided access (recording a sale needs the merchant's currency, whoever bought).
 */

export function requireOperator(actor: Actor, what = 'do this'): void {
  if (!isOperator(actor)) throw forbidden(`Only an operator may ${what}`);
}

/** Each merchant's own currency (merchants.default_currency, which never changes): what its ledger is kept in. */
export async function merchantCurrencies(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const now = Date.now();
  for (const id of new Set(ids)) {
    const hit = currencyCache.get(id);
    if (hit && now - hit.at < CURRENCY_TTL_MS) {
      out.set(id, hit.currency);
      continue;
    }
    const currency = (await getMerchant(ctx, SYSTEM, id)).default_currency;
    currencyCache.set(id, { currency, at: now });
    out.set(id, currency);
  }
  return out;
}

// Every paid order asks for its merchants' currencies; a merchant's currency is set when it
// applies and practically never changes, so a minute's memory saves a read per order line.
const CURRENCY_TTL_MS = 60_000;
const currencyCache = new Map<string, { currency: string; at: number }>();

/**
 * The merchant whose books the actor asks for: merchant staff and API keys their own (asking for
 * another merchant's is answered 404, as if it did not exist); an operator the one named.
 */
export async function booksOf(ctx: Ctx, actor: Actor, merchantId: string | undefined): Promise<{ id: string; currency: string }> {
  let id: string;
  if (isOperator(actor)) {
    if (!merchantId) throw badRequest('merchant_id_required', 'Say which merchant: merchant_id');
    id = merchantId;
  } else {
    const own = merchantOf(actor);
    if (!own) throw forbidden('Settlement is for merchants and operators');
    if (merchantId && merchantId !== own) throw notFound('merchant', merchantId);
    id = own;
  }
  const m = await getMerchant(ctx, actor, id);
  return { id: m.id, currency: m.default_currency };
}
