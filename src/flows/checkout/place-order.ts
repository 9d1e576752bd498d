import { AppError, invalidState } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { ensureOnlineChannel } from '../../modules/locations/service.ts';
import type { DeliveryAddress } from '../../modules/orders/schema.ts';
import { type BuyerInput, priceOrder } from './money.ts';
import {
  LimitRace,
  StockRace,
  authoriseOrRefuse,
  commitOrder,
  findReplay,
  idempotencyScope,
  type OrderLineInput,
  orderRecord,
  outOfStock,
  prepare,
  requestHash,
  saleFromStock,
  sourcingStock,
  voidAuthorisation,
} from './prepare.ts';
import { source } from './sourcing.ts';

export type { OrderLineInput } from './prepare.ts';

export interface PlaceOrderInput extends BuyerInput {
  lines: OrderLineInput[];
  delivery?: DeliveryAddress;
  guest_email?: string;
  payment: { provider?: string; token: string };
}

/**
 * Places and pays an order in one call (integrations, and what a till or script uses).
 * Stock is taken in the same transaction that writes the order, with guarded updates, so an order
 * exists only with its stock and stock is never sold twice. The payment is authorised before and
 * captured after that transaction: a failure before commit voids the authorisation; a crash after
 * it leaves a 'placed' order that recoverPlacedOrders settles. The Idempotency-Key makes a retry
 * return the same order.
 */
export async function placeOrder(ctx: Ctx, actor: Actor, input: PlaceOrderInput, idempotencyKey: string) {
  const scope = idempotencyScope(actor, input.guest_email);
  const hash = requestHash(input);
  // The replay check and the checks of the lines are independent reads: run them side by side.
  const channel = await ensureOnlineChannel(ctx);
  const [replay, checked] = await Promise.all([
    findReplay(ctx, actor, scope, idempotencyKey, hash),
    prepare(ctx, actor, input.lines, input.delivery, channel.sale_currency).catch((e: unknown) => e as Error),
  ]);
  if (replay) return { order: replay, replayed: true };
  if (checked instanceof Error) throw checked;
  const prepared = checked;
  const dest = { city: input.delivery?.city, latitude: input.delivery?.latitude, longitude: input.delivery?.longitude };
  const reference = `${scope}:${idempotencyKey}`;
  // The amount to authorise depends on the plan (freight and import tax follow where the goods
  // come from), so the payment is authorised after sourcing, and again if a retry's plan costs
  // something else.
  let auth: Awaited<ReturnType<typeof authoriseOrRefuse>> | null = null;
  let authorised = 0;
  try {
    // Sourcing reads a snapshot; the guarded updates decide. Retries after a lost race.
    for (let attempt = 0; ; attempt++) {
      const stock = await sourcingStock(ctx, prepared);
      const plan = source(input.lines, prepared.locations, stock.delivery, dest, stock.pickup);
      if (!plan.ok) throw outOfStock(plan.shortfalls);
      const money = await priceOrder(ctx, actor, prepared, plan.shipments, { buyer: input.buyer, payer: input.payer });
      if (!auth || authorised !== money.total) {
        if (auth) await voidAuthorisation(auth.provider, auth.ref);
        auth = null;
        auth = await authoriseOrRefuse(input.payment.provider, input.payment.token, money.total, prepared.currency, reference);
        authorised = money.total;
      }
      const record = orderRecord(prepared, plan.shipments, input.lines, money, {
        actor,
        channelId: channel.id,
        scope,
        key: idempotencyKey,
        hash,
        delivery: input.delivery ?? null,
        guestEmail: input.guest_email ?? null,
        customerId: actor.kind === 'user' && actor.role === 'consumer' ? actor.userId : null,
      });
      try {
        const order = await commitOrder(ctx, actor, record, auth, saleFromStock(actor, record.id), prepared);
        return { order, replayed: false };
      } catch (e) {
        if (e instanceof StockRace && attempt < 2) continue;
        if (e instanceof StockRace) throw outOfStock([{ variant_id: e.variantId, missing: 1 }]);
        // Another order of this buyer used the annual limit meanwhile: assess again (now refused).
        if (e instanceof LimitRace && attempt < 2) continue;
        if (e instanceof LimitRace) throw invalidState('cbec_annual_limit', 'The buyer’s annual cross-border limit is used up');
        const err = e as { code?: string; constraint?: string };
        if (err.code === '23505' && err.constraint?.includes('idempotency')) {
          // A concurrent request with the same key won; answer with its order.
          await voidAuthorisation(auth.provider, auth.ref);
          const won = await findReplay(ctx, actor, scope, idempotencyKey, hash);
          if (won) return { order: won, replayed: true };
        }
        if (err.code === '23505' && err.constraint?.includes('pickup_code') && attempt < 3) continue;
        throw e;
      }
    }
  } catch (e) {
    // Nothing was committed on these paths (a failed capture cancels its order itself).
    if (auth && e instanceof AppError && e.code !== 'payment_capture_failed') await voidAuthorisation(auth.provider, auth.ref);
    throw e;
  }
}
