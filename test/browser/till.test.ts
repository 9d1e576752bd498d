/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/**
 * The store till in the browser, signed in as the clerk of DS-HZ-WULIN (Hangzhou): a pick-up
 * handed over by code, a cash sale rung up through a network drop (queued, then synced once),
 * a card sale with its printable receipt, a return by receipt number and an incoming transfer.
 */

interface Variant {
  id: string;
  gtin: string;
  price: { amount: number; currency: string };
  /** What the till charges: the USD list price converted to CNY (the store's till channel sells in CNY). */
  sale_price: { amount: number; currency: string; source: string } | null;
  option_values: Record<string, string>;
}
interface OrderJson {
  id: string;
  number: number;
  status: string;
  channel_kind: string;
  total_amount: number;
  pickup_code: string | null;
  shipments: Array<{ id: string }>;
  lines: Array<{ id: string; variant_id: string; quantity: number; returned_quantity: number }>;
  payments: Array<{ status: string; amount: number }>;
}
interface QueuedJson {
  body: { client_sale_id: string; sold_at?: string; lines: Array<{ gtin?: string; quantity: number }>; payment: { method: string } };
  state: string;
}

const SCAN = 'Scan or type a GTIN, GS1 code or product name';
const cny = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(minor / 100);
/** The till's price of a variant: its CNY sale price (the demo rate USD→CNY 7.18, prices ending in .90). */
function cnyPrice(v: Variant): number {
  assert.ok(v.sale_price && v.sale_price.currency === 'CNY', 'the till sells in CNY');
  return v.sale_price.amount;
}
/** VAT inside a price at 13 %: price × 13/113, half-up to the fen (BigInt, no floats). */
const vatInside13 = (fen: number) => Number((BigInt(fen) * 1300n * 2n + 11300n) / (11300n * 2n));

describe('the store till', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  let clerk: string;
  let merchant: string;
  let shopper: string;
  let store: string;
  let storeName: string;
  let jeans: Variant[];
  let title: string;

  async function call<T>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; json: T }> {
    const r = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, json: (await r.json()) as T };
  }
  async function ok<T>(method: string, path: string, token: string | null, body?: unknown, headers?: Record<string, string>): Promise<T> {
    const r = await call<T>(method, path, token, body, headers);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }
  const onHand = async (variantId: string) =>
    (await ok<{ items: Array<{ on_hand: number }> }>('GET', `/api/stock?location_id=${store}&variant_id=${variantId}`, clerk)).items[0]?.on_hand ?? 0;
  const tillOrderIds = async () => {
    const r = await ok<{ items: Array<{ id: string; channel_kind: string }> }>('GET', `/api/orders?location_id=${store}&limit=100`, clerk);
    return new Set(r.items.filter((o) => o.channel_kind === 'till').map((o) => o.id));
  };
  const scan = async (page: Page, code: string) => {
    const input = page.getByLabel(SCAN);
    await input.fill(code);
    await input.press('Enter');
  };
  const scanHasFocus = (page: Page) => page.getByLabel(SCAN).evaluate((el) => el === document.activeElement);

  // Uncaught errors in any till page fail the suite (network errors while offline are expected, exceptions are not).
  const pageErrors: string[] = [];
  const open = async (opts: Parameters<BrowserApp['page']>[0]) => {
    const page = await app.page(opts);
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  };

  before(async () => {
    app = await browserApp();
    [clerk, merchant, shopper] = await Promise.all([app.login('clerk@meridian.demo'), app.login('merchant@meridian.demo'), app.login('shopper@meridian.demo')]);
    store = (await ok<{ location_id: string }>('GET', '/api/me', clerk)).location_id;
    storeName = (await ok<{ name_en: string }>('GET', `/api/locations/${store}`, null)).name_en;
    const hit = (await ok<{ items: Array<{ id: string; title_en: string }> }>('GET', '/api/products?q=selvedge', null)).items[0]!;
    title = hit.title_en;
    jeans = (await ok<{ variants: Variant[] }>('GET', `/api/products/${hit.id}`, null)).variants;
    assert.ok(jeans.length >= 4);
    // The merchant receives jeans into the clerk's store (the demo store holds only food at first).
    await ok('POST', '/api/stock/receipts', merchant, { location_id: store, lines: jeans.slice(0, 3).map((v) => ({ variant_id: v.id, quantity: 10 })) });
  });
  after(async () => {
    await app?.close();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the till pages');
  });

  it('hands a pick-up order over by its code (in Chinese)', async () => {
    const variant = jeans[0]!;
    const avail = await ok<{ items: Array<{ locations: Array<{ location_id: string; available: number }> }> }>(
      'GET',
      `/api/availability?variant_id=${variant.id}`,
      null,
    );
    assert.ok((avail.items[0]!.locations.find((l) => l.location_id === store)?.available ?? 0) >= 1, 'stock to promise at the clerk’s store');
    const order = await ok<OrderJson>(
      'POST',
      '/api/orders',
      shopper,
      { lines: [{ variant_id: variant.id, quantity: 1, fulfilment: 'pickup', pickup_location_id: store }], payment: { token: 'tok_ok' } },
      { 'idempotency-key': `till-browser-pickup-${Date.now()}` },
    );
    assert.match(order.pickup_code ?? '', /^\d{8}$/);
    const shipment = order.shipments[0]!.id;

    const page = await open({ locale: 'zh-CN', token: clerk });
    await page.goto('/till/pickup');
    await page.getByRole('heading', { level: 1, name: '自提交付' }).waitFor();
    await assertAccessible(page, 'till pick-up');
    // Not ready yet: the clerk picks it and readies it first (through the API, as the store's system would).
    await page.getByLabel('自提码').fill(order.pickup_code!);
    await page.getByRole('button', { name: '查找自提订单' }).click();
    await page.getByRole('heading', { name: `订单 #${order.number}` }).waitFor();
    assert.equal(await page.getByRole('button', { name: '交付' }).isDisabled(), true, 'no hand-over before the order is ready');
    await ok('POST', `/api/shipments/${shipment}/pick`, clerk);
    await ok('POST', `/api/shipments/${shipment}/ready`, clerk);

    await page.getByRole('button', { name: '查找自提订单' }).click();
    await page.getByText('待自提', { exact: true }).waitFor();
    await assertAccessible(page, 'till pick-up found');
    await page.getByRole('button', { name: '交付' }).click();
    await page.getByRole('heading', { name: `已交付：订单 #${order.number}` }).waitFor();
    // The same screen in English (the test machine may have no Chinese font for the screenshot).
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: `Handed over: order #${order.number}` }).waitFor();
    await page.getByText(`1 × ${title}`).waitFor();
    await screenshot(page, 'till-handover');

    const after = await ok<OrderJson>('GET', `/api/orders/${order.id}`, shopper);
    assert.equal(after.status, 'collected');
    // A wrong code is answered at the counter, not by handing anything over.
    await page.getByLabel('Pick-up code').fill('00000000');
    await page.getByRole('button', { name: 'Find pick-up' }).click();
    await page.getByText('No pick-up with this code is waiting at this store.').waitFor();
  });

  it('keeps selling through a network drop: the sale is queued, then synced exactly once', async () => {
    const variant = jeans[1]!;
    const stockBefore = await onHand(variant.id);
    const ordersBefore = await tillOrderIds();

    const page = await open({ token: clerk });
    await page.goto('/till');
    await page.getByRole('heading', { level: 1, name: 'Sale' }).waitFor();
    assert.equal(await scanHasFocus(page), true, 'the scan input has the focus');
    await scan(page, variant.gtin);
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    assert.equal(await scanHasFocus(page), true, 'the scan input keeps the focus after a scan');
    await scan(page, variant.gtin);
    const qty = page.getByRole('status', { name: `Quantity of ${title}` });
    await page.waitForFunction((name) => document.querySelector(`output[aria-label="${name}"]`)?.textContent === '2', `Quantity of ${title}`);
    await page.getByRole('button', { name: `One more ${title}` }).click();
    await page.getByRole('button', { name: `One less ${title}` }).click();
    assert.equal((await qty.textContent())?.trim(), '2');
    assert.equal(await page.getByTestId('till-total').textContent(), cny(cnyPrice(variant) * 2));
    await assertAccessible(page, 'till sale with a basket');

    // The network drops; scanning goes on from what this till has seen, and the clerk takes cash anyway.
    await page.context().setOffline(true);
    await page.getByText('Offline: sales are kept on this till').first().waitFor();
    await scan(page, variant.gtin);
    await page.waitForFunction((name) => document.querySelector(`output[aria-label="${name}"]`)?.textContent === '3', `Quantity of ${title}`);
    assert.equal(await scanHasFocus(page), true);
    await page.getByRole('button', { name: `One less ${title}` }).click();
    assert.equal((await qty.textContent())?.trim(), '2');
    await page.getByLabel('Cash', { exact: true }).check();
    await page.getByLabel('Cash received').fill('2200');
    await page.getByText(`Change: ${cny(220000 - cnyPrice(variant) * 2)}.`).waitFor();
    await page.getByRole('button', { name: `Take payment ${cny(cnyPrice(variant) * 2)}` }).click();
    await page.getByRole('heading', { name: 'Sale kept on this till' }).waitFor();
    await page.getByText('queued', { exact: true }).first().waitFor();
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('meridian.till.queue') ?? '[]') as unknown);
    const [sale] = queued as QueuedJson[];
    assert.equal((queued as QueuedJson[]).length, 1);
    assert.match(sale!.body.client_sale_id, /^till-[0-9a-f-]{36}$/);
    assert.ok(sale!.body.sold_at, 'the queued sale keeps when it was sold');
    assert.deepEqual(sale!.body.lines, [{ gtin: variant.gtin, quantity: 2 }]);
    assert.equal(sale!.body.payment.method, 'cash');
    assert.equal(await onHand(variant.id), stockBefore, 'nothing reached the platform while offline');
    await assertAccessible(page, 'till sale queued offline');

    // Back online: the till sends the queued sale by itself.
    await page.context().setOffline(false);
    const synced = page.getByRole('heading', { name: /^Sent: order #\d+$/ });
    await synced.waitFor({ timeout: 30_000 });
    assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('meridian.till.queue') ?? '[]') as unknown), []);
    await screenshot(page, 'till-offline-synced');

    const newOrders = [...(await tillOrderIds())].filter((id) => !ordersBefore.has(id));
    assert.equal(newOrders.length, 1, 'exactly one till order for the sale');
    const order = await ok<OrderJson>('GET', `/api/orders/${newOrders[0]}`, clerk);
    assert.equal(order.status, 'collected');
    assert.equal(order.total_amount, cnyPrice(variant) * 2);
    assert.equal((await synced.textContent())?.trim(), `Sent: order #${order.number}`);
    assert.equal(await onHand(variant.id), stockBefore - 2, 'stock dropped by exactly the units sold');

    // A second send of the same sale (a till that never heard back) is the same order, sold once.
    const again = await call<OrderJson>('POST', '/api/till/sales', clerk, sale!.body);
    assert.equal(again.status, 200);
    assert.equal(again.json.id, order.id);
    assert.equal(await onHand(variant.id), stockBefore - 2);
    assert.equal([...(await tillOrderIds())].filter((id) => !ordersBefore.has(id)).length, 1);

    await page.getByRole('link', { name: 'Show receipt' }).click();
    await page.getByRole('heading', { name: `Receipt #${order.number}` }).waitFor();
    await page.getByText(`Cash: ${cny(order.total_amount)} (paid)`).waitFor();
  });

  it('sells by scanning a GTIN, takes a card and shows a printable receipt', async () => {
    const variant = jeans[2]!;
    const stockBefore = await onHand(variant.id);
    const page = await open({ token: clerk });
    await page.goto('/till');
    await scan(page, variant.gtin);
    await page.getByRole('row').filter({ hasText: title }).waitFor();
    assert.equal(await page.getByLabel('Card terminal token').inputValue(), 'tok_ok');
    await page.getByRole('button', { name: `Take payment ${cny(cnyPrice(variant))}` }).click();
    const sold = page.getByRole('heading', { name: /^Sold: order #\d+$/ });
    await sold.waitFor();
    const number = Number((await sold.textContent())!.replace(/\D+/g, ''));
    assert.equal(await scanHasFocus(page), true, 'ready for the next customer’s scan');
    assert.equal(await page.getByText('Scan an item to start a sale.').isVisible(), true, 'the basket is empty again');

    await page.getByRole('link', { name: 'Show receipt' }).click();
    await page.getByRole('heading', { level: 1, name: `Receipt #${number}` }).waitFor();
    await page.getByRole('article').getByText(storeName, { exact: true }).waitFor();
    assert.equal(await page.getByTestId('receipt-total').textContent(), cny(cnyPrice(variant)));
    await page.getByText(`Card: ${cny(cnyPrice(variant))} (paid)`).waitFor();
    await page.getByRole('cell', { name: new RegExp(title) }).waitFor();
    // Goods sold in a store in China carry VAT in their price: the receipt shows it per rate.
    const vat = page.getByTestId('receipt-vat');
    await vat.waitFor();
    assert.deepEqual(await vat.locator('th, td').allInnerTexts(), ['Incl. VAT 13%', cny(vatInside13(cnyPrice(variant)))]);
    await assertAccessible(page, 'till receipt');
    // The print button prints; the controls are not printed.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print receipt' }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Print receipt' }).isVisible(), false);
    assert.equal(await page.getByRole('navigation', { name: 'Till' }).isVisible(), false);
    await screenshot(page, 'till-receipt');
    await page.emulateMedia({ media: 'screen' });

    const orderId = page.url().split('/').pop()!;
    const order = await ok<OrderJson>('GET', `/api/orders/${orderId}`, clerk);
    assert.equal(order.number, number);
    assert.equal(order.channel_kind, 'till');
    assert.equal(order.status, 'collected');
    assert.equal(order.payments[0]!.status, 'captured');
    assert.equal(await onHand(variant.id), stockBefore - 1);

    // A declined card leaves the basket as it was and says why.
    await page.goto('/till');
    await scan(page, variant.gtin);
    await page.getByRole('row').filter({ hasText: title }).waitFor();
    await page.getByLabel('Card terminal token').fill('tok_declined');
    await page.getByRole('button', { name: /^Take payment/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    await page.getByRole('row').filter({ hasText: title }).waitFor();
    assert.equal(await onHand(variant.id), stockBefore - 1, 'a declined card sells nothing');
  });

  it('sends a sale again when its answer was lost, and the platform records it once', async () => {
    const variant = jeans[2]!;
    const stockBefore = await onHand(variant.id);
    const ordersBefore = await tillOrderIds();
    const page = await open({ token: clerk });
    // The sale reaches the platform, but the connection drops before the answer comes back.
    await page.route('**/api/till/sales', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.goto('/till');
    await scan(page, variant.gtin);
    await page.getByRole('row').filter({ hasText: title }).waitFor();
    await page.getByRole('button', { name: `Take payment ${cny(cnyPrice(variant))}` }).click();
    await page.getByRole('heading', { name: 'Sale kept on this till' }).waitFor();
    assert.equal(await onHand(variant.id), stockBefore - 1, 'the platform did sell it');
    await page.unroute('**/api/till/sales');
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('heading', { name: /^Sent: order #\d+$/ }).waitFor();
    const newOrders = [...(await tillOrderIds())].filter((id) => !ordersBefore.has(id));
    assert.equal(newOrders.length, 1, 'one order, not two');
    assert.equal(await onHand(variant.id), stockBefore - 1, 'sold once');
  });

  it('sells a lot-tracked food by its GS1 code and jeans found by name, on a phone', async () => {
    const operator = await app.login('operator@meridian.demo');
    const bing = (await ok<{ items: Array<{ id: string; title_en: string }> }>('GET', '/api/products?q=bing', null)).items[0]!;
    const cherries = (await ok<{ variants: Variant[] }>('GET', `/api/products/${bing.id}`, null)).variants[0]!;
    const lots = (await ok<{ items: Array<{ id: string; code: string; expiry: string }> }>('GET', `/api/lots?variant_id=${cherries.id}`, operator)).items;
    const latest = lots.sort((a, b) => (a.expiry < b.expiry ? -1 : 1)).at(-1)!;
    const lot = latest.code;
    const jeansVariant = jeans[0]!;
    const options = Object.values(jeansVariant.option_values).join(' / ');

    const page = await open({ token: clerk, mobile: true });
    await page.goto('/till');
    await scan(page, `(01)${cherries.gtin}(10)${lot}`);
    await page
      .getByRole('row')
      .filter({ hasText: bing.title_en })
      .filter({ hasText: `lot ${lot}` })
      .waitFor();
    // Words search the catalogue; the clerk picks the size.
    await scan(page, 'selvedge');
    await page.getByRole('heading', { name: 'Products matching “selvedge”' }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await page.getByRole('button', { name: `Add ${options} · ${cny(cnyPrice(jeansVariant))}` }).click();
    await page.getByRole('row').filter({ hasText: title }).waitFor();
    const total = cnyPrice(cherries) + cnyPrice(jeansVariant);
    assert.equal(await page.getByTestId('till-total').textContent(), cny(total));
    await assertAccessible(page, 'till sale on a phone');
    await screenshot(page, 'till-mobile-gs1');
    await page.getByLabel('Cash', { exact: true }).check();
    await page.getByRole('button', { name: `Take payment ${cny(total)}` }).click();
    const sold = page.getByRole('heading', { name: /^Sold: order #\d+$/ });
    await sold.waitFor();
    const number = Number((await sold.textContent())!.replace(/\D+/g, ''));
    const list = await ok<{ items: Array<{ id: string; number: number }> }>('GET', `/api/orders?location_id=${store}&limit=20`, clerk);
    const order = await ok<OrderJson>('GET', `/api/orders/${list.items.find((o) => o.number === number)!.id}`, clerk);
    assert.deepEqual(
      order.lines.map((l) => [l.variant_id, l.quantity]).sort(),
      [
        [cherries.id, 1],
        [jeansVariant.id, 1],
      ].sort(),
    );
    const moves = await ok<{ items: Array<{ reason: string; lot_id: string | null; reference_id: string }> }>(
      'GET',
      `/api/stock/movements?variant_id=${cherries.id}&location_id=${store}`,
      operator,
    );
    assert.deepEqual(
      moves.items.filter((m) => m.reference_id === order.id).map((m) => [m.reason, m.lot_id]),
      [['sale', latest.id]],
      'the scanned lot is the one sold',
    );
  });

  it('takes a till sale back by its receipt number and refunds it', async () => {
    const variant = jeans[0]!;
    const sale = await ok<OrderJson>('POST', '/api/till/sales', clerk, {
      client_sale_id: `till-browser-return-${Date.now()}`,
      lines: [{ gtin: variant.gtin, quantity: 2 }],
      payment: { method: 'cash' },
    });
    const stockBefore = await onHand(variant.id);
    const page = await open({ token: clerk });
    await page.goto('/till/returns');
    await page.getByRole('heading', { level: 1, name: 'Returns' }).waitFor();
    await page.getByLabel('Receipt number or order id').fill(String(sale.number));
    await page.getByRole('button', { name: 'Find order' }).click();
    await page.getByRole('heading', { name: `Order #${sale.number}` }).waitFor();
    await page.getByLabel(`Units of ${title} to return`).fill('1');
    await page.getByLabel('Reason').selectOption({ label: 'Wrong size or fit' });
    await page.getByText(`Refund: ${cny(cnyPrice(variant))}`).waitFor();
    await assertAccessible(page, 'till return');
    await page.getByRole('button', { name: 'Return and refund' }).click();
    await page.getByRole('heading', { name: 'Return recorded' }).waitFor();
    assert.equal(await page.getByTestId('refund-amount').textContent(), `Refunded ${cny(cnyPrice(variant))} to the original payment.`);
    const after = await ok<OrderJson>('GET', `/api/orders/${sale.id}`, clerk);
    assert.equal(after.status, 'partly_refunded');
    assert.equal(after.lines[0]!.returned_quantity, 1);
    assert.equal(await onHand(variant.id), stockBefore + 1, 'the unit is back in the store’s stock');
    await screenshot(page, 'till-return');
  });

  it('lets an operator choose the store the till runs in', async () => {
    const page = await open({ token: await app.login('operator@meridian.demo') });
    await page.goto('/till');
    await page.getByText('Choose the store this till is in.').waitFor();
    await page.getByLabel('Store').selectOption({ value: store });
    await page.getByRole('heading', { level: 1, name: 'Sale' }).waitFor();
    await scan(page, jeans[0]!.gtin);
    await page.getByRole('row').filter({ hasText: title }).waitFor();
  });

  it('receives an incoming transfer with the counted quantities', async () => {
    const variant = jeans[3]!;
    const warehouse = (await ok<{ items: Array<{ id: string; city: string }> }>('GET', '/api/locations?kind=warehouse&city=Hangzhou', null)).items[0]!.id;
    await ok('POST', '/api/stock/receipts', merchant, { location_id: warehouse, lines: [{ variant_id: variant.id, quantity: 10 }] });
    const transfer = await ok<{ id: string }>('POST', '/api/transfers', merchant, {
      from_location_id: warehouse,
      to_location_id: store,
      lines: [{ variant_id: variant.id, quantity: 5 }],
      note: 'Weekend restock',
    });
    await ok('POST', `/api/transfers/${transfer.id}/dispatch`, merchant);
    const stockBefore = await onHand(variant.id);

    const page = await open({ token: clerk });
    await page.goto('/till/receiving');
    await page.getByRole('heading', { name: `Transfer …${transfer.id.slice(-8)}` }).waitFor();
    await page.getByRole('button', { name: 'Receive', exact: true }).click();
    const count = page.getByLabel(new RegExp(`^Units of ${title}.* that arrived$`));
    assert.equal(await count.inputValue(), '5', 'prefilled with what is on the way');
    await count.fill('4');
    await assertAccessible(page, 'till receiving');
    await page.getByRole('button', { name: 'Record receipt' }).click();
    await page.getByRole('heading', { name: 'Received into stock' }).waitFor();
    await page.getByText('The transfer is now partly received.').waitFor();
    assert.equal(await onHand(variant.id), stockBefore + 4);
    const t = await ok<{ status: string; lines: Array<{ quantity_received: number; in_transit: number }> }>('GET', `/api/transfers/${transfer.id}`, clerk);
    assert.equal(t.status, 'partially_received');
    assert.deepEqual([t.lines[0]!.quantity_received, t.lines[0]!.in_transit], [4, 1]);
  });
});
