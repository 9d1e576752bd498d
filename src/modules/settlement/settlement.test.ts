import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { createCategory } from '../catalog/service.ts';
import * as inventory from '../inventory/service.ts';
import { orderForReturn } from '../orders/service.ts';
import { decimalOf } from './amounts.ts';
import * as settlement from './service.ts';

type Merchant = Awaited<ReturnType<typeof verifiedMerchant>>;

describe('settlement: commission, ledger, statements, payouts', () => {
  let t: TestApp;
  let ctx: Ctx;
  let op: Actor;
  let a: Merchant;
  let b: Merchant;
  let c: Merchant;
  const variants: Record<'a' | 'b' | 'c', string> = {} as never;
  const tok: Record<'op' | 'a' | 'b' | 'c' | 'clerk', string> = {} as never;
  const cat: Record<'cosmetics' | 'lipstick', string> = {} as never;
  const orders: Record<'a1' | 'a2' | 'bCny' | 'bUsd', { id: string; number: number; line: string }> = {} as never;
  let n = 0;

  const call = (method: string, url: string, token: string | undefined, body?: unknown) => t.call(method, `/api${url}`, { token, body });

  /** A till sale (a real paid order); whatever a flow may already have booked for it is cleared, so each test books it itself. */
  const till = async (variant: string, quantity: number) => {
    const res = await call('POST', '/till/sales', tok.clerk, {
      client_sale_id: `settle-${Date.now()}-${++n}`,
      lines: [{ variant_id: variant, quantity }],
      payment: { method: 'cash' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    await t.database.db.deleteFrom('merchant_ledger').where('order_id', '=', id).execute();
    const o = (await orderForReturn(ctx, id))!;
    return { id, number: o.number, line: o.lines[0]!.id };
  };
  const ledgerOf = (orderId: string) =>
    t.database.db.selectFrom('merchant_ledger').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  const balanceOf = async (token: string, merchantId?: string) => {
    const res = await call('GET', `/settlement/balance${merchantId ? `?merchant_id=${merchantId}` : ''}`, token);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { currency: string; unpaid: number; unpaid_entries: number; paid_total: number; pending_payouts: number };
  };
  // Today in Shanghai, as a statement's last day.
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  before(async () => {
    t = await testApp();
    ctx = t.app.ctx;
    op = await operatorActor(ctx);
    a = await verifiedMerchant(ctx, op, 'Lipstick A');
    b = await verifiedMerchant(ctx, op, 'Serum B');
    c = await verifiedMerchant(ctx, op, 'Soap C');
    const store = (await location(ctx, op, { city: 'Shanghai' })).id;
    cat.cosmetics = (await createCategory(ctx, op, { slug: `cosmetics-${Date.now()}`, name_en: 'Cosmetics', name_zh: '化妆品' })).id;
    cat.lipstick = (await createCategory(ctx, op, { slug: `lipstick-${Date.now()}`, name_en: 'Lipstick', name_zh: '口红', parent_id: cat.cosmetics })).id;
    variants.a = (await product(ctx, a.actor, { price: 1999 })).variantIds[0]!;
    variants.b = (await product(ctx, b.actor, { price: 1500 })).variantIds[0]!;
    variants.c = (await product(ctx, c.actor, { price: 1000 })).variantIds[0]!;
    for (const [m, v] of [
      [a, variants.a],
      [b, variants.b],
      [c, variants.c],
    ] as const)
      await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: v, quantity: 100 }] });
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.a = (await t.userToken({ role: 'merchant', merchant_id: a.merchantId, merchant_role: 'staff' })).token;
    tok.b = (await t.userToken({ role: 'merchant', merchant_id: b.merchantId, merchant_role: 'owner' })).token;
    tok.c = (await t.userToken({ role: 'merchant', merchant_id: c.merchantId, merchant_role: 'owner' })).token;
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: store })).token;
  });
  after(() => t?.close());

  it('lets an operator set one commission rate per key, and nobody else', async () => {
    const create = (body: unknown, token = tok.op) => call('POST', '/commission-rates', token, body);
    for (const body of [
      { scope: 'default', rate_bp: 1000 },
      { scope: 'category', category_id: cat.cosmetics, rate_bp: 1500 },
      { scope: 'category', category_id: cat.lipstick, rate_bp: 1200 },
      { scope: 'merchant', merchant_id: b.merchantId, rate_bp: 800 },
    ]) {
      const res = await create(body);
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().rate_bp, body.rate_bp);
    }
    const dup = await create({ scope: 'default', rate_bp: 900 });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'commission_rate_exists');
    const noKey = await create({ scope: 'category', rate_bp: 900 });
    assert.equal(noKey.statusCode, 400);
    assert.equal(noKey.json().code, 'invalid_scope');
    const twoKeys = await create({ scope: 'merchant', merchant_id: c.merchantId, category_id: cat.cosmetics, rate_bp: 900 });
    assert.equal(twoKeys.json().code, 'invalid_scope');
    const unknown = await create({ scope: 'category', category_id: newId('category'), rate_bp: 900 });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'category_not_found');
    assert.equal((await create({ scope: 'default', rate_bp: 10_001 })).statusCode, 400);
    assert.equal((await create({ scope: 'merchant', merchant_id: a.merchantId, rate_bp: 1 }, tok.a)).statusCode, 403);
    assert.equal((await call('GET', '/commission-rates', tok.a)).statusCode, 403);

    const temp = await create({ scope: 'merchant', merchant_id: c.merchantId, rate_bp: 500 });
    assert.equal(temp.statusCode, 201);
    const list = await call('GET', '/commission-rates', tok.op);
    assert.equal(list.json().items.length, 5);
    assert.equal((await call('DELETE', `/commission-rates/${temp.json().id}`, tok.op)).statusCode, 200);
    const again = await call('DELETE', `/commission-rates/${temp.json().id}`, tok.op);
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().code, 'commission_rate_not_found');
    assert.equal((await call('GET', '/commission-rates?scope=category', tok.op)).json().items.length, 2);
  });

  it('books a sale and its commission once, the nearest category’s rate first', async () => {
    orders.a1 = await till(variants.a, 3);
    const line = {
      order_line_id: orders.a1.line,
      merchant_id: a.merchantId,
      category_ids: [cat.lipstick, cat.cosmetics],
      quantity: 3,
      amount: 3 * 1999,
      currency: 'USD',
      fx_rate: null,
    };
    const first = await settlement.recordSale(ctx, { order_id: orders.a1.id, lines: [line] });
    assert.equal(first.created, 2);
    // 59.97 USD × 12 % (lipstick) = 7.1964 → 7.20
    assert.deepEqual(first.lines, [
      { order_line_id: orders.a1.line, merchant_id: a.merchantId, currency: 'USD', sale_amount: 5997, commission_amount: 720, rate_bp: 1200, fx_rate: null },
    ]);
    // A retry (crash recovery, a repeated request) books nothing more and answers the same.
    const retry = await settlement.recordSale(ctx, { order_id: orders.a1.id, lines: [line] });
    assert.equal(retry.created, 0);
    assert.deepEqual(retry.lines, first.lines);
    assert.deepEqual(
      (await ledgerOf(orders.a1.id)).map((e) => [e.kind, e.amount]),
      [
        ['sale', 5997],
        ['commission', -720],
      ],
    );

    // No category rate: the default 10 %. 19.99 × 10 % = 1.999 → 2.00
    orders.a2 = await till(variants.a, 1);
    const second = await settlement.recordSale(ctx, {
      order_id: orders.a2.id,
      lines: [{ order_line_id: orders.a2.line, merchant_id: a.merchantId, category_ids: [], quantity: 1, amount: 1999, currency: 'USD', fx_rate: '7.1234' }],
    });
    // The same currency needs no rate: the one given is not used.
    assert.deepEqual(second.lines[0], {
      order_line_id: orders.a2.line,
      merchant_id: a.merchantId,
      currency: 'USD',
      sale_amount: 1999,
      commission_amount: 200,
      rate_bp: 1000,
      fx_rate: null,
    });
  });

  it('converts a CNY sale to the merchant’s USD at the order’s rate; the merchant’s override wins', async () => {
    orders.bCny = await till(variants.b, 3);
    const r = await settlement.recordSale(ctx, {
      order_id: orders.bCny.id,
      lines: [
        {
          order_line_id: orders.bCny.line,
          merchant_id: b.merchantId,
          category_ids: [cat.lipstick],
          quantity: 3,
          amount: 30_000,
          currency: 'CNY',
          fx_rate: '7.1234',
        },
      ],
    });
    // 300.00 CNY / 7.1234 = 42.1147 → 42.11 USD; × 8 % = 3.3688 → 3.37
    assert.deepEqual(r.lines[0], {
      order_line_id: orders.bCny.line,
      merchant_id: b.merchantId,
      currency: 'USD',
      sale_amount: 4211,
      commission_amount: 337,
      rate_bp: 800,
      fx_rate: '7.1234',
    });
    const [sale] = await ledgerOf(orders.bCny.id);
    assert.equal(sale!.source_amount, 30_000);
    assert.equal(sale!.source_currency, 'CNY');

    orders.bUsd = await till(variants.b, 1);
    const usd = await settlement.recordSale(ctx, {
      order_id: orders.bUsd.id,
      lines: [{ order_line_id: orders.bUsd.line, merchant_id: b.merchantId, category_ids: [], quantity: 1, amount: 1500, currency: 'USD', fx_rate: null }],
    });
    assert.equal(usd.lines[0]!.commission_amount, 120);

    const other = await till(variants.b, 1);
    const base = { order_line_id: other.line, merchant_id: b.merchantId, category_ids: [], quantity: 1, amount: 10_000, currency: 'CNY', fx_rate: null };
    await assert.rejects(settlement.recordSale(ctx, { order_id: other.id, lines: [base] }), { status: 422, code: 'fx_rate_required' });
    await assert.rejects(settlement.recordSale(ctx, { order_id: other.id, lines: [{ ...base, fx_rate: '7,1' }] }), { status: 400, code: 'invalid_fx_rate' });
    await assert.rejects(settlement.recordSale(ctx, { order_id: other.id, lines: [{ ...base, fx_rate: '7.1', merchant_id: a.merchantId }] }), {
      status: 400,
      code: 'order_line_mismatch',
    });
    await assert.rejects(settlement.recordSale(ctx, { order_id: other.id, lines: [{ ...base, fx_rate: '7.1', quantity: 2 }] }), {
      code: 'order_line_mismatch',
    });
    await assert.rejects(
      settlement.recordSale(ctx, {
        order_id: other.id,
        lines: [
          { ...base, fx_rate: '7.1' },
          { ...base, fx_rate: '7.1' },
        ],
      }),
      {
        code: 'duplicate_line',
      },
    );
    await assert.rejects(settlement.recordSale(ctx, { order_id: other.id, lines: [{ ...base, fx_rate: '7.1', amount: -1 }] }), { code: 'invalid_amount' });
    await assert.rejects(settlement.recordSale(ctx, { order_id: newId('order'), lines: [{ ...base, fx_rate: '7.1' }] }), {
      status: 404,
      code: 'order_not_found',
    });
    assert.equal((await ledgerOf(other.id)).length, 0);
  });

  it('reverses a line refunded unit by unit exactly: the sale and the commission, at the sale’s rate', async () => {
    const refund = (refundId: string, quantity = 1, amount = 10_000) =>
      settlement.recordRefund(ctx, { order_id: orders.bCny.id, refund_id: refundId, lines: [{ order_line_id: orders.bCny.line, quantity, amount }] });
    const ids = [newId('refund'), newId('refund'), newId('refund')];
    const steps = [];
    for (const id of ids) steps.push(await refund(id));
    // 100.00 CNY each: 14.04 + 14.04 + 14.03 = 42.11 USD; commission 3.37 back as 1.12 + 1.13 + 1.12
    assert.deepEqual(
      steps.map((s) => [s.created, s.lines[0]!.refund_amount, s.lines[0]!.commission_reversal]),
      [
        [2, 1404, 112],
        [2, 1404, 113],
        [2, 1403, 112],
      ],
    );
    // Retrying a refund books nothing and answers what it booked.
    const retry = await refund(ids[1]!);
    assert.equal(retry.created, 0);
    assert.deepEqual(retry.lines, steps[1]!.lines);
    const entries = await ledgerOf(orders.bCny.id);
    assert.equal(entries.length, 8);
    assert.equal(
      entries.reduce((s, e) => s + e.amount, 0),
      0,
      'a line refunded in full leaves nothing on the merchant’s balance',
    );
    const refunds = entries.filter((e) => e.kind === 'refund');
    assert.deepEqual(
      refunds.map((e) => [e.source_amount, e.source_currency, e.fx_rate]),
      [
        [-10_000, 'CNY', '7.1234'],
        [-10_000, 'CNY', '7.1234'],
        [-10_000, 'CNY', '7.1234'],
      ],
    );
    await assert.rejects(refund(newId('refund')), { status: 422, code: 'refund_exceeds_sale' });
    // A line with no booked sale is skipped, not refused.
    const unbooked = await till(variants.c, 1);
    const skipped = await settlement.recordRefund(ctx, {
      order_id: unbooked.id,
      refund_id: newId('refund'),
      lines: [{ order_line_id: unbooked.line, quantity: 1, amount: 1000 }],
    });
    assert.deepEqual(skipped, { created: 0, lines: [], skipped: [unbooked.line] });
  });

  it('refunds part of a line in two steps of 2 and 1 units', async () => {
    const o = await till(variants.c, 3);
    await settlement.recordSale(ctx, {
      order_id: o.id,
      lines: [{ order_line_id: o.line, merchant_id: c.merchantId, category_ids: [cat.cosmetics], quantity: 3, amount: 3001, currency: 'USD', fx_rate: null }],
    });
    // 30.01 × 15 % = 4.5015 → 4.50; 2 of 3 units back: 3.00; the last: 1.50
    const first = await settlement.recordRefund(ctx, {
      order_id: o.id,
      refund_id: newId('refund'),
      lines: [{ order_line_id: o.line, quantity: 2, amount: 2000 }],
    });
    const second = await settlement.recordRefund(ctx, {
      order_id: o.id,
      refund_id: newId('refund'),
      lines: [{ order_line_id: o.line, quantity: 1, amount: 1001 }],
    });
    assert.deepEqual([first.lines[0]!.commission_reversal, second.lines[0]!.commission_reversal], [300, 150]);
    assert.deepEqual([first.lines[0]!.refund_amount, second.lines[0]!.refund_amount], [2000, 1001]);
    assert.equal(
      (await ledgerOf(o.id)).reduce((s, e) => s + e.amount, 0),
      0,
    );
  });

  it('lets an operator charge a fee, in the merchant’s currency', async () => {
    const res = await call('POST', '/settlement/fees', tok.op, { merchant_id: c.merchantId, amount: 500, note: 'chargeback handling' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().amount, -500);
    assert.equal(res.json().currency, 'USD');
    assert.equal(res.json().kind, 'fee');
    assert.equal((await call('POST', '/settlement/fees', tok.c, { merchant_id: c.merchantId, amount: 500, note: 'x' })).statusCode, 403);
    assert.equal((await call('POST', '/settlement/fees', tok.op, { merchant_id: c.merchantId, amount: 0, note: 'x' })).statusCode, 400);
    const unknown = await call('POST', '/settlement/fees', tok.op, { merchant_id: newId('merchant'), amount: 5, note: 'x' });
    assert.equal(unknown.json().code, 'merchant_not_found');
  });

  it('shows a merchant its own balance, and another merchant’s as not found', async () => {
    // A: 59.97 − 7.20 + 19.99 − 2.00
    assert.deepEqual(await balanceOf(tok.a), {
      merchant_id: a.merchantId,
      currency: 'USD',
      unpaid: 7076,
      unpaid_entries: 4,
      paid_total: 0,
      pending_payouts: 0,
    });
    // B: the CNY line refunded in full; the USD line 15.00 − 1.20
    assert.equal((await balanceOf(tok.op, b.merchantId)).unpaid, 1380);
    assert.equal((await balanceOf(tok.op, c.merchantId)).unpaid, -500);
    const foreign = await call('GET', `/settlement/balance?merchant_id=${b.merchantId}`, tok.a);
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'merchant_not_found');
    const unnamed = await call('GET', '/settlement/balance', tok.op);
    assert.equal(unnamed.statusCode, 400);
    assert.equal(unnamed.json().code, 'merchant_id_required');
    const shopper = (await t.userToken({ role: 'consumer' })).token;
    assert.equal((await call('GET', '/settlement/balance', shopper)).statusCode, 403);
  });

  it('gives statements by Shanghai days that reconcile to the cent, as JSON and CSV', async () => {
    // The first order booked in the last second of 1 March in Shanghai, the second in the first of 2 March.
    await sql`update merchant_ledger set created_at = '2025-03-01T15:59:59Z' where order_id = ${orders.a1.id}`.execute(t.database.db);
    await sql`update merchant_ledger set created_at = '2025-03-01T16:00:00Z' where order_id = ${orders.a2.id}`.execute(t.database.db);
    const get = (token: string, q: string) => call('GET', `/settlement/statement?${q}`, token);

    const day2 = await get(tok.a, 'from=2025-03-02&to=2025-03-02');
    assert.equal(day2.statusCode, 200, day2.body);
    const s = day2.json() as settlement.Statement;
    assert.equal(s.opening_balance, 5997 - 720);
    assert.deepEqual(
      s.entries.map((e) => [e.kind, e.amount, e.order_number]),
      [
        ['sale', 1999, orders.a2.number],
        ['commission', -200, orders.a2.number],
      ],
    );
    assert.deepEqual(s.totals, { sale: 1999, commission: -200, refund: 0, commission_reversal: 0, fee: 0, payout: 0 });
    assert.equal(s.closing_balance, 7076);
    assert.equal(s.opening_balance + s.entries.reduce((x, e) => x + e.amount, 0), s.closing_balance);

    const day1 = (await get(tok.a, 'from=2025-03-01&to=2025-03-01')).json() as settlement.Statement;
    assert.deepEqual([day1.opening_balance, day1.entries.length, day1.closing_balance], [0, 2, 5277]);

    // B over everything: the statement's closing balance is the balance.
    const all = await get(tok.op, `merchant_id=${b.merchantId}&from=2025-01-01&to=${today()}`);
    const sb = all.json() as settlement.Statement;
    assert.equal(sb.closing_balance, (await balanceOf(tok.op, b.merchantId)).unpaid);
    assert.deepEqual(sb.totals, { sale: 4211 + 1500, commission: -337 - 120, refund: -4211, commission_reversal: 337, fee: 0, payout: 0 });

    const csv = await get(tok.a, 'from=2025-03-02&to=2025-03-02&format=csv');
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = csv.body.trimEnd().split('\r\n');
    assert.equal(
      rows[0],
      'row,booked_at,entry_id,kind,order_number,order_id,order_line_id,refund_id,payout_id,quantity,source_amount,source_currency,fx_rate,rate_bp,amount,currency,note',
    );
    assert.equal(rows.length, 1 + 1 + 2 + 6 + 1);
    assert.match(rows[1]!, /^opening_balance,,,,,,,,,,,,,,52\.77,USD,/);
    assert.match(
      rows[2]!,
      new RegExp(`^entry,2025-03-02 00:00:00,mle_\\w+,sale,${orders.a2.number},${orders.a2.id},${orders.a2.line},,,1,19\\.99,USD,,,19\\.99,USD,$`),
    );
    assert.match(rows[3]!, /,commission,.*,1000,-2\.00,USD,default rate com_\w+$/);
    assert.match(rows.at(-1)!, new RegExp(`^closing_balance,,,,,,,,,,,,,,${decimalOf(7076, 'USD').replace('.', '\\.')},USD,`));
    assert.ok(rows.includes('total,,,sale,,,,,,,,,,,19.99,USD,all sale entries from 2025-03-02 to 2025-03-02'));

    const foreign = await get(tok.a, `merchant_id=${b.merchantId}&from=2025-03-01&to=2025-03-02`);
    assert.equal(foreign.statusCode, 404);
    const backwards = await get(tok.a, 'from=2025-03-02&to=2025-03-01');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().code, 'invalid_range');
    assert.equal((await get(tok.a, 'from=2025-02-30&to=2025-03-01')).statusCode, 400);
    assert.equal((await get(tok.a, 'from=2020-01-01&to=2025-03-01')).json().code, 'invalid_range');
  });

  it('pays every positive balance booked before as_of exactly once', async () => {
    const run = (body: unknown, token = tok.op) => call('POST', '/payout-runs', token, body);
    // Between A's two orders (see the statement test): only the first is paid.
    const early = await run({ idempotency_key: 'early', as_of: '2025-03-01T16:00:00Z' });
    assert.equal(early.statusCode, 201, early.body);
    assert.deepEqual(
      early.json().payouts.map((p: { merchant_id: string; amount: number; entry_count: number }) => [p.merchant_id, p.amount, p.entry_count]),
      [[a.merchantId, 5277, 2]],
    );

    const first = await run({ idempotency_key: 'run-1' });
    assert.equal(first.statusCode, 201, first.body);
    const payouts = first.json().payouts as Array<{ id: string; merchant_id: string; amount: number; status: string }>;
    // C owes the platform its fee: no payout.
    assert.deepEqual(
      payouts.map((p) => [p.merchant_id, p.amount, p.status]).sort(),
      [
        [a.merchantId, 1799, 'pending'],
        [b.merchantId, 1380, 'pending'],
      ].sort(),
    );
    assert.deepEqual(await balanceOf(tok.a), {
      merchant_id: a.merchantId,
      currency: 'USD',
      unpaid: 0,
      unpaid_entries: 0,
      paid_total: 7076,
      pending_payouts: 7076,
    });
    assert.equal((await balanceOf(tok.op, c.merchantId)).unpaid, -500);

    const replay = await run({ idempotency_key: 'run-1' });
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.json().replayed, true);
    assert.equal(replay.json().run.id, first.json().run.id);
    assert.deepEqual(
      replay.json().payouts.map((p: { id: string }) => p.id),
      first.json().payouts.map((p: { id: string }) => p.id),
    );
    const reused = await run({ idempotency_key: 'run-1', as_of: '2025-06-01T00:00:00Z' });
    assert.equal(reused.statusCode, 409);
    assert.equal(reused.json().code, 'idempotency_key_reused');
    const nothing = await run({ idempotency_key: 'run-2' });
    assert.equal(nothing.statusCode, 201);
    assert.deepEqual(nothing.json().payouts, []);
    assert.equal((await run({ idempotency_key: 'x', as_of: new Date(Date.now() + 3_600_000).toISOString() })).json().code, 'as_of_in_future');
    assert.equal((await run({ idempotency_key: 'run-3' }, tok.a)).statusCode, 403);

    // Every entry of A is paid, by one of its two payouts; the statement closes at 0.
    const unpaid = await t.database.db
      .selectFrom('merchant_ledger')
      .select('id')
      .where('merchant_id', '=', a.merchantId)
      .where('payout_id', 'is', null)
      .execute();
    assert.equal(unpaid.length, 0);
    const sa = (await call('GET', `/settlement/statement?from=2025-01-01&to=${today()}`, tok.a)).json() as settlement.Statement;
    assert.equal(sa.closing_balance, 0);
    assert.equal(sa.totals.payout, -7076);

    // Merchants see their own payouts only.
    const mine = await call('GET', '/payouts', tok.a);
    assert.equal(mine.json().items.length, 2);
    assert.ok(mine.json().items.every((p: { merchant_id: string }) => p.merchant_id === a.merchantId));
    assert.equal((await call('GET', `/payouts?merchant_id=${b.merchantId}`, tok.a)).statusCode, 404);
    const bPayout = payouts.find((p) => p.merchant_id === b.merchantId)!;
    const hidden = await call('GET', `/payouts/${bPayout.id}`, tok.a);
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().code, 'payout_not_found');
    const detail = await call('GET', `/payouts/${bPayout.id}`, tok.b);
    assert.equal(detail.statusCode, 200, detail.body);
    const paid = detail.json().entries as Array<{ kind: string; amount: number }>;
    assert.equal(
      paid.filter((e) => e.kind !== 'payout').reduce((s, e) => s + e.amount, 0),
      1380,
    );
    assert.deepEqual(
      paid.filter((e) => e.kind === 'payout').map((e) => e.amount),
      [-1380],
    );
    assert.equal((await call('GET', `/payouts?merchant_id=${b.merchantId}&status=pending`, tok.op)).json().items.length, 1);

    // The bank confirms: pending → paid, once.
    assert.equal((await call('POST', `/payouts/${bPayout.id}/paid`, tok.b, {})).statusCode, 403);
    const confirmed = await call('POST', `/payouts/${bPayout.id}/paid`, tok.op, { reference: 'BANK-REF-1' });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().status, 'paid');
    assert.equal(confirmed.json().reference, 'BANK-REF-1');
    const twice = await call('POST', `/payouts/${bPayout.id}/paid`, tok.op, {});
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json().code, 'payout_already_paid');
    assert.equal((await call('POST', `/payouts/${newId('payout')}/paid`, tok.op, {})).statusCode, 404);
    assert.equal((await balanceOf(tok.b)).pending_payouts, 0);

    const runs = await call('GET', '/payout-runs', tok.op);
    assert.equal(runs.statusCode, 200, runs.body);
    const listed = (runs.json().items as Array<{ idempotency_key: string; payout_count: number; totals: unknown }>).find((r) => r.idempotency_key === 'run-1')!;
    assert.equal(listed.payout_count, 2);
    assert.deepEqual(listed.totals, [{ currency: 'USD', amount: 1799 + 1380 }]);
  });

  it('pays every entry once when runs race, with the same key or different ones', async () => {
    const sold: Array<[Merchant, string, number]> = [
      [a, variants.a, 1999],
      [b, variants.b, 1500],
      [c, variants.c, 1000],
      [a, variants.a, 1999],
      [c, variants.c, 1000],
    ];
    for (const [m, v, price] of sold) {
      const o = await till(v, 1);
      await settlement.recordSale(ctx, {
        order_id: o.id,
        lines: [{ order_line_id: o.line, merchant_id: m.merchantId, category_ids: [], quantity: 1, amount: price, currency: 'USD', fx_rate: null }],
      });
    }
    // A: 2 × (19.99 − 2.00); B: 15.00 − 1.20; C: 2 × (10.00 − 1.00) − 5.00 (the fee)
    const owed = { [a.merchantId]: 3598, [b.merchantId]: 1380, [c.merchantId]: 1300 };
    const [r1, r2, r3, r4] = await Promise.all([
      settlement.runPayouts(ctx, op, { idempotency_key: 'race-1' }),
      settlement.runPayouts(ctx, op, { idempotency_key: 'race-2' }),
      settlement.runPayouts(ctx, op, { idempotency_key: 'race-same' }),
      settlement.runPayouts(ctx, op, { idempotency_key: 'race-same' }),
    ]);
    assert.equal(r3.run.id, r4.run.id);
    assert.deepEqual(
      r3.payouts.map((p) => p.id),
      r4.payouts.map((p) => p.id),
    );
    const all = [...r1.payouts, ...r2.payouts, ...r3.payouts];
    const byMerchant = new Map<string, number>();
    for (const p of all) byMerchant.set(p.merchant_id, (byMerchant.get(p.merchant_id) ?? 0) + p.amount);
    assert.deepEqual(Object.fromEntries(byMerchant), owed);
    assert.equal(all.length, 3, 'one payout per merchant across the racing runs');
    for (const m of [a, b, c]) assert.equal((await balanceOf(tok.op, m.merchantId)).unpaid, 0);
    // Each payout's entries add up to it.
    const sums = await sql<{ payout_id: string; total: number }>`
      select payout_id, sum(amount) filter (where kind <> 'payout')::bigint as total from merchant_ledger where payout_id = any(${all.map((p) => p.id)}) group by payout_id`.execute(
      t.database.db,
    );
    assert.deepEqual(new Map(sums.rows.map((r) => [r.payout_id, r.total])), new Map(all.map((p) => [p.id, p.amount])));
  });
});
