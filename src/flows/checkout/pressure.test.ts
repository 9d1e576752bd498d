import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import * as inventory from '../../modules/inventory/service.ts';

const CITY = { recipient: 'Zhang San', phone: '+86 137 0000 0000', address_line: '2 Test Road', country: 'CN' };

/**
 * One-call orders, cart holds that expire mid-run (a sweeper running throughout), cart checkouts
 * and pick-ups at two stores, all at once against 50 units: exactly what was received is sold
 * or still on hand, nothing is reserved at the end, and the ledger sums.
 */
describe('under pressure: orders, expiring cart holds and the sweeper at once', { timeout: 300_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t?.close());

  it('never sells more than there is', async () => {
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Pressure');
    const hz = (await location(ctx, op, { city: 'Hangzhou' })).id;
    const sh = (await location(ctx, op, { city: 'Shanghai' })).id;
    const v = (await product(ctx, m.actor, { price: 300 })).variantIds[0]!;
    await inventory.receiveStock(ctx, m.actor, { location_id: hz, lines: [{ variant_id: v, quantity: 25 }] });
    await inventory.receiveStock(ctx, m.actor, { location_id: sh, lines: [{ variant_id: v, quantity: 25 }] });

    let sweeping = true;
    const sweeper = (async () => {
      let expired = 0;
      while (sweeping) {
        expired += await inventory.sweepExpiredReservations(ctx);
        await new Promise((r) => setTimeout(r, 20));
      }
      return expired;
    })();

    // Carts whose holds expire after 1 s and are then abandoned; they compete for the same units.
    const abandoned = Array.from({ length: 20 }, async (_, i) => {
      const c = await t.call('POST', '/api/carts', { body: { guest_email: `gone${i}@example.com` } });
      const h = { 'x-cart-token': c.json().cart_token };
      await t.call('POST', `/api/carts/${c.json().id}/lines`, { headers: h, body: { variant_id: v, quantity: 1 } });
      const r = await t.call('PUT', `/api/carts/${c.json().id}/fulfilment`, { headers: h, body: { delivery: { ...CITY, city: 'Hangzhou' } } });
      // Shorten the hold so it expires during the run.
      if (r.statusCode === 200)
        await sql`update reservations set expires_at = now() + interval '1 second' where reference_id = ${c.json().id}`.execute(t.database.db);
      return r.statusCode;
    });
    // Carts that check out.
    const carts = Array.from({ length: 30 }, async (_, i) => {
      const c = await t.call('POST', '/api/carts', { body: { guest_email: `cart${i}@example.com` } });
      const h = { 'x-cart-token': c.json().cart_token };
      await t.call('POST', `/api/carts/${c.json().id}/lines`, {
        headers: h,
        body: i % 2 ? { variant_id: v, quantity: 1, fulfilment: 'pickup', pickup_location_id: sh } : { variant_id: v, quantity: 1 },
      });
      const f = await t.call('PUT', `/api/carts/${c.json().id}/fulfilment`, { headers: h, body: { delivery: { ...CITY, city: 'Shanghai' } } });
      if (f.statusCode !== 200) return f.statusCode;
      return (
        await t.call('POST', `/api/carts/${c.json().id}/checkout`, {
          headers: { ...h, 'idempotency-key': `pressure-cart-${i}` },
          body: { payment: { token: 'tok_ok' } },
        })
      ).statusCode;
    });
    // One-call orders, delivery and pick-up, from three cities.
    const direct = Array.from({ length: 150 }, async (_, i) => {
      const line =
        i % 3 === 0
          ? { variant_id: v, quantity: 1, fulfilment: 'pickup', pickup_location_id: i % 2 ? hz : sh }
          : { variant_id: v, quantity: 1, fulfilment: 'delivery' };
      const r = await t.call('POST', '/api/orders', {
        headers: { 'idempotency-key': `pressure-direct-${i}` },
        body: {
          lines: [line],
          delivery: { ...CITY, city: ['Hangzhou', 'Shanghai', 'Beijing'][i % 3] },
          guest_email: `direct${i}@example.com`,
          payment: { token: 'tok_ok' },
        },
      });
      return r.statusCode;
    });
    const statuses = await Promise.all([...abandoned, ...carts, ...direct]);
    assert.ok(
      statuses.every((s) => s === 200 || s === 201 || s === 409),
      `unexpected statuses: ${statuses.filter((s) => ![200, 201, 409].includes(s))}`,
    );
    // Let the abandoned holds expire, then stop the sweeper.
    await new Promise((r) => setTimeout(r, 1500));
    sweeping = false;
    await sweeper;
    await inventory.sweepExpiredReservations(ctx);

    const sold = await sql<{
      n: number;
    }>`select coalesce(sum(quantity), 0)::int as n from order_lines l join orders o on o.id = l.order_id where l.variant_id = ${v} and o.status <> 'cancelled'`.execute(
      t.database.db,
    );
    const levels = await t.database.db.selectFrom('stock_levels').select(['on_hand', 'reserved']).where('variant_id', '=', v).execute();
    const onHand = levels.reduce((s, l) => s + l.on_hand, 0);
    assert.equal(
      levels.reduce((s, l) => s + l.reserved, 0),
      0,
      'nothing held after the holds expired',
    );
    assert.equal(sold.rows[0]!.n + onHand, 50, 'every unit is either sold once or still on hand');
    assert.ok(sold.rows[0]!.n >= 30, `sold ${sold.rows[0]!.n}`);
    assert.deepEqual(await inventory.auditLedger(ctx), { ok: true, level_mismatches: [], lot_mismatches: [], reservation_mismatches: [] });
  });
});
