import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { residentIdCheckChar } from '../../modules/crossborder/id-number.ts';
import { loadSamplePositiveList } from '../../modules/crossborder/service.ts';
import { createProduct } from '../../modules/catalog/service.ts';
import * as inventory from '../../modules/inventory/service.ts';
import { ensureOnlineChannel } from '../../modules/locations/service.ts';

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const BUYER = { name: '李雷', id_number: idNumber('11010519491231002') };
const OTHER = { name: '韩梅梅', id_number: idNumber('31011519850615004') };
const BIG = { name: '王芳', id_number: idNumber('33010219900101003') };

interface Order {
  id: string;
  status: string;
  currency: string;
  subtotal_amount: number;
  shipping_amount: number;
  tax_amount: number;
  total_amount: number;
  customs_regime: string | null;
  buyer_id_masked: string | null;
  shipments: Array<{ id: string; fulfilment_mode: string; freight_amount: number }>;
  lines: Array<{
    id: string;
    unit_price_amount: number;
    list_unit_price_amount: number;
    list_currency: string;
    fx_rate: string | null;
    price_source: string;
    customs_regime: string;
    tax_amount: number;
  }>;
  tax_lines: Array<{ kind: string; amount: number; rule: string; included: boolean; rate_bp: number }>;
}

describe('cross-border checkout: CNY prices, CBEC import tax and limits, settlement', () => {
  let t: TestApp;
  let op = '';
  let merchant = '';
  let shopper = '';
  let merchantId = '';
  let store = '';
  let n = 0;
  const v: Record<'sweater' | 'jeans' | 'at5000' | 'half' | 'over' | 'offList', string> = {} as never;
  const hz = { recipient: '李雷', phone: '+86 138 0000 0000', address_line: '1 West Lake Road', city: 'Hangzhou', country: 'CN' };

  const order = (body: Record<string, unknown>, token = shopper) =>
    t.call('POST', '/api/orders', {
      token,
      headers: { 'idempotency-key': `xb-${Date.now()}-${++n}` },
      body: { delivery: hz, payment: { token: 'tok_ok' }, ...body },
    });
  const deliver = (variant_id: string, quantity = 1) => [{ variant_id, quantity, fulfilment: 'delivery' }];

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const opActor = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, opActor, 'Knits');
    merchantId = m.merchantId;
    op = (await t.userToken({ role: 'operator' })).token;
    merchant = (await t.userToken({ role: 'merchant', merchant_id: m.merchantId, merchant_role: 'owner' })).token;
    shopper = (await t.userToken({ role: 'consumer' })).token;
    await loadSamplePositiveList(ctx);
    await ensureOnlineChannel(ctx);
    store = (await location(ctx, opActor, { city: 'Hangzhou' })).id;
    // The fixture's warehouse is a bonded warehouse in China.
    const bonded = (await location(ctx, opActor, { city: 'Hangzhou', kind: 'warehouse' })).id;
    const make = async (key: keyof typeof v, hs: string, usd: number) => {
      const p = await createProduct(ctx, m.actor, {
        title_en: `Item ${key}`,
        title_zh: '商品',
        hs_code: hs,
        origin_country: 'US',
        status: 'active',
        variants: [{ sku: `XB-${key}-${Date.now()}`, weight_g: 300, price: { amount: usd, currency: 'USD' } }],
      });
      v[key] = p.variants[0]!.id;
    };
    await make('sweater', '611020', 1500);
    await make('jeans', '620342', 14800);
    await make('at5000', '611020', 70000);
    await make('half', '611020', 35000);
    await make('over', '611020', 70000);
    await make('offList', '999999', 1000);
    for (const key of ['sweater', 'at5000', 'half', 'over', 'offList'] as const)
      await inventory.receiveStock(ctx, m.actor, { location_id: bonded, lines: [{ variant_id: v[key], quantity: 100 }] });
    await inventory.receiveStock(ctx, m.actor, { location_id: store, lines: [{ variant_id: v.jeans, quantity: 10 }] });

    // The storefront sells in CNY at 7.1234 CNY per USD; merchants set their own CNY prices too.
    const channels = (await t.call('GET', '/api/channels')).json().items as Array<{ id: string; kind: string }>;
    const online = channels.find((c) => c.kind === 'online')!;
    for (const c of channels) {
      const res = await t.call('PATCH', `/api/channels/${c.id}`, { token: op, body: { sale_currency: 'CNY' } });
      assert.equal(res.statusCode, 200, res.body);
    }
    assert.ok(online, 'the online channel exists');
    const rate = await t.call('POST', '/api/fx-rates', { token: op, body: { base: 'USD', quote: 'CNY', rate: '7.1234', valid_from: '2026-01-01T00:00:00Z' } });
    assert.equal(rate.statusCode, 201, rate.body);
    const own = async (key: keyof typeof v, amount: number) => {
      const res = await t.call('PUT', `/api/variants/${v[key]}/sale-prices/CNY`, { token: merchant, body: { amount } });
      assert.ok(res.statusCode < 300, res.body);
    };
    await own('sweater', 10_000); // ¥100.00
    await own('at5000', 499_000); // ¥4,990.00 + ¥10.00 freight = ¥5,000.00
    await own('half', 249_501); // 2 × ¥2,495.01 + ¥10.00 = ¥5,000.02
    await own('over', 499_001); // ¥4,990.01 + ¥10.00 = ¥5,000.01, one indivisible item
    const commission = await t.call('POST', '/api/commission-rates', { token: op, body: { scope: 'default', rate_bp: 800 } });
    assert.equal(commission.statusCode, 201, commission.body);
  });
  after(() => t?.close());

  it('converts a USD list price at the recorded rate and shows VAT included on domestic goods', async () => {
    const res = await order({ lines: [{ variant_id: v.jeans, quantity: 1, fulfilment: 'pickup', pickup_location_id: store }], delivery: undefined });
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json() as Order;
    // 148.00 USD × 7.1234 = 1,054.2632 CNY → 105,426 fen (half up); no price rule: no markup, no rounding.
    assert.equal(o.currency, 'CNY');
    assert.deepEqual(
      [o.lines[0]!.unit_price_amount, o.lines[0]!.list_unit_price_amount, o.lines[0]!.list_currency, o.lines[0]!.fx_rate],
      [105_426, 14_800, 'USD', '7.1234'],
    );
    assert.equal(o.lines[0]!.price_source, 'converted');
    assert.deepEqual([o.tax_amount, o.shipping_amount, o.total_amount, o.customs_regime], [0, 0, 105_426, null]);
    // 13 % VAT inside the price: 105,426 × 13 / 113 = 12,128.69 → 12,129 fen, for information.
    assert.deepEqual(
      o.tax_lines.map((x) => [x.kind, x.amount, x.included, x.rule]),
      [['vat', 12_129, true, 'domestic_vat_included']],
    );
  });

  it('asks who the buyer is for cross-border goods, and that the payer is the same person', async () => {
    const none = await order({ lines: deliver(v.sweater) });
    assert.equal(none.statusCode, 422, none.body);
    assert.equal(none.json().code, 'cbec_identity_required');
    const mismatch = await order({ lines: deliver(v.sweater), buyer: BUYER, payer: OTHER });
    assert.equal(mismatch.statusCode, 422, mismatch.body);
    assert.equal(mismatch.json().code, 'payer_mismatch');
    const bad = await order({
      lines: deliver(v.sweater),
      buyer: { ...BUYER, id_number: BUYER.id_number.slice(0, 17) + (BUYER.id_number.endsWith('1') ? '2' : '1') },
      payer: BUYER,
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(bad.json().code, 'id_number_check');
  });

  it('taxes a bonded-import order at 70 % of VAT on goods plus freight: ¥100.00 + ¥10.00 → ¥10.01', async () => {
    const res = await order({ lines: deliver(v.sweater), buyer: BUYER, payer: BUYER });
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json() as Order;
    assert.equal(o.shipments[0]!.fulfilment_mode, 'bonded_import');
    assert.equal(o.shipments[0]!.freight_amount, 1_000);
    // Taxable value 110.00; VAT 13 % × 70 % = 9.1 % → 10.01; tariff 0.
    assert.deepEqual([o.subtotal_amount, o.shipping_amount, o.tax_amount, o.total_amount], [10_000, 1_000, 1_001, 12_001]);
    assert.equal(o.customs_regime, 'cbec');
    assert.equal(o.lines[0]!.customs_regime, 'cbec');
    assert.equal(o.lines[0]!.price_source, 'override');
    const charged = o.tax_lines.filter((x) => !x.included && x.amount > 0);
    assert.deepEqual(
      charged.map((x) => [x.kind, x.amount, x.rule]),
      [['vat', 1_001, 'cbec_vat_70']],
    );
    assert.match(o.buyer_id_masked ?? '', /^1101\*+\d{3}[\dX]$/);
    assert.ok(!JSON.stringify(o).includes(BUYER.id_number), 'the full ID number is never shown');
    const payment = (await t.call('GET', `/api/orders/${o.id}`, { token: shopper })).json() as Order & { payments: Array<{ amount: number }> };
    assert.equal(payment.payments[0]!.amount, 12_001, 'the payment covers goods, freight and tax');
  });

  it('allows exactly ¥5,000.00 per order, refuses ¥5,000.02, and taxes one indivisible item over the limit as general trade', async () => {
    const at = await order({ lines: deliver(v.at5000), buyer: OTHER, payer: OTHER });
    assert.equal(at.statusCode, 201, at.body);
    assert.equal((at.json() as Order).customs_regime, 'cbec');
    const two = await order({ lines: deliver(v.half, 2), buyer: OTHER, payer: OTHER });
    assert.equal(two.statusCode, 422, two.body);
    assert.equal(two.json().code, 'cbec_single_limit');
    const one = await order({ lines: deliver(v.over), buyer: OTHER, payer: OTHER });
    assert.equal(one.statusCode, 201, one.body);
    const o = one.json() as Order;
    assert.equal(o.customs_regime, 'general_trade');
    // Full rates on 5,000.01: tariff (the list's MFN rate for 6110) and then VAT 13 % on value + tariff.
    const tariff = o.tax_lines.find((x) => x.kind === 'tariff')!;
    const vat = o.tax_lines.find((x) => x.kind === 'vat')!;
    assert.equal(tariff.rule, 'general_trade_tariff');
    assert.equal(vat.rule, 'general_trade_vat');
    assert.equal(tariff.amount, Math.round((500_001 * tariff.rate_bp) / 10_000));
    assert.equal(vat.amount, Math.round(((500_001 + tariff.amount) * 1_300) / 10_000));
    assert.equal(o.tax_amount, tariff.amount + vat.amount);
  });

  it('refuses the order that would cross the ¥26,000 annual limit, saying what is left', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await order({ lines: deliver(v.at5000), buyer: BIG, payer: BIG });
      assert.equal(res.statusCode, 201, res.body);
    }
    const sixth = await order({ lines: deliver(v.at5000), buyer: BIG, payer: BIG });
    assert.equal(sixth.statusCode, 422, sixth.body);
    const p = sixth.json();
    assert.equal(p.code, 'cbec_annual_limit');
    assert.equal(p.amount_left ?? p.details?.amount_left, 100_000, 'used 25,000.00 of 26,000.00: 1,000.00 left');
  });

  it('does not send goods off the positive list through a bonded warehouse', async () => {
    const res = await order({ lines: deliver(v.offList), buyer: BUYER, payer: BUYER });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'out_of_stock');
  });

  it('quotes a cart with its tax lines before payment and says the identity step is needed', async () => {
    const cart = (await t.call('POST', '/api/carts', { token: shopper, body: {} })).json() as { id: string };
    let res = await t.call('POST', `/api/carts/${cart.id}/lines`, { token: shopper, body: { variant_id: v.sweater, quantity: 2, fulfilment: 'delivery' } });
    assert.ok(res.statusCode < 300, res.body);
    res = await t.call('PUT', `/api/carts/${cart.id}/fulfilment`, { token: shopper, body: { delivery: hz } });
    assert.equal(res.statusCode, 200, res.body);
    res = await t.call('GET', `/api/carts/${cart.id}/quote`, { token: shopper });
    assert.equal(res.statusCode, 200, res.body);
    const q = res.json();
    // 2 × ¥100.00 + ¥10.00 freight = ¥210.00; 9.1 % → ¥19.11.
    assert.deepEqual(
      [q.currency, q.subtotal_amount, q.shipping_amount, q.tax_amount, q.total_amount, q.identity_required],
      ['CNY', 20_000, 1_000, 1_911, 22_911, true],
    );
    assert.deepEqual(
      q.tax_lines.filter((x: { amount: number }) => x.amount > 0).map((x: { rule: string; amount: number }) => [x.rule, x.amount]),
      [['cbec_vat_70', 1_911]],
    );
    res = await t.call('POST', `/api/carts/${cart.id}/checkout`, {
      token: shopper,
      headers: { 'idempotency-key': `xb-cart-${Date.now()}` },
      body: { payment: { token: 'tok_ok' }, buyer: BUYER, payer: BUYER },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((res.json() as Order).total_amount, 22_911);
  });

  it('books the sale to the merchant in USD at the order’s rate less commission, and a cancellation reverses both', async () => {
    const before = (await t.call('GET', `/api/settlement/balance?merchant_id=${merchantId}`, { token: merchant })).json();
    const res = await order({ lines: deliver(v.sweater), buyer: BUYER, payer: BUYER });
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json() as Order;
    const afterSale = (await t.call('GET', `/api/settlement/balance?merchant_id=${merchantId}`, { token: merchant })).json();
    assert.equal(afterSale.currency, 'USD');
    // ¥100.00 goods (not tax, not freight) at 7.1234 CNY/USD = 14.0382… → 14.04 USD; 8 % commission 1.12.
    assert.equal(afterSale.unpaid - before.unpaid, 1_404 - 112);
    const cancelled = await t.call('POST', `/api/orders/${o.id}/cancel`, { token: op, body: { reason: 'customer called' } });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const afterCancel = (await t.call('GET', `/api/settlement/balance?merchant_id=${merchantId}`, { token: merchant })).json();
    assert.equal(afterCancel.unpaid, before.unpaid, 'sale and commission reversed exactly');
  });
  it('a return refunds the goods and their share of the import tax, gives the limit back and reverses the sale', async () => {
    const before = (await t.call('GET', `/api/settlement/balance?merchant_id=${merchantId}`, { token: merchant })).json();
    const placed = await order({ lines: deliver(v.sweater, 2), buyer: BUYER, payer: BUYER });
    assert.equal(placed.statusCode, 201, placed.body);
    const o = placed.json() as Order;
    // 2 × ¥100.00 + ¥10.00 freight: tax 9.1 % of ¥210.00 = ¥19.11 on the one line.
    assert.equal(o.tax_amount, 1_911);
    for (const step of ['pick', 'ship', 'deliver']) {
      const res = await t.call('POST', `/api/shipments/${o.shipments[0]!.id}/${step}`, { token: op, body: {} });
      assert.equal(res.statusCode, 200, `${step}: ${res.body}`);
    }
    const ret = await t.call('POST', '/api/returns', {
      token: op,
      body: { order_id: o.id, location_id: store, lines: [{ order_line_id: o.lines[0]!.id, quantity: 1 }], reason: 'too small' },
    });
    assert.ok(ret.statusCode < 300, ret.body);
    // One of two units: ¥100.00 + floor(1,911 × 1 / 2) = ¥9.55 of tax; freight is not refunded.
    assert.equal(ret.json().refund_amount, 10_000 + 955);
    const rest = await t.call('POST', '/api/returns', {
      token: op,
      body: { order_id: o.id, location_id: store, lines: [{ order_line_id: o.lines[0]!.id, quantity: 1 }], reason: 'too small' },
    });
    assert.equal(rest.json().refund_amount, 10_000 + 956, 'the second unit takes the remaining tax: 19.11 in all');
    const afterAll = (await t.call('GET', `/api/settlement/balance?merchant_id=${merchantId}`, { token: merchant })).json();
    assert.equal(afterAll.unpaid, before.unpaid, 'both units back: sale and commission fully reversed');
    const usage = await t.database.db
      .selectFrom('cbec_limit_usage')
      .select((eb) => eb.fn.sum<string>('amount').as('net'))
      .where('order_id', '=', o.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(usage.net), 0, 'the ¥210.00 it counted toward the annual limit is given back');
  });
});
