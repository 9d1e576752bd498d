/// <reference lib="dom" />
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/**
 * Issue 7, brands see sell-through live: the merchant keeps the live dashboard open in one tab
 * while a store clerk rings up the merchant's jeans at the till in another; the dashboard shows
 * the sale (the store's units go up, the ticker names it) without being reloaded.
 */

interface Variant {
  id: string;
  gtin: string;
}

const SCAN = 'Scan or type a GTIN, GS1 code or product name';
const STORE_TABLE = 'Units sold today by store';

describe('live sell-through in the merchant portal', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  let merchant: string;
  let clerk: string;
  let store: string;
  let storeName: string;
  let jeans: Variant;
  const pageErrors: string[] = [];

  async function ok<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
    const r = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await r.json()) as T;
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  }
  const open = async (opts: Parameters<BrowserApp['page']>[0]) => {
    const page = await app.page(opts);
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  };
  /** The units the dashboard shows for a store today (0 while it has no row). */
  const storeUnits = async (page: Page, name: string) => {
    const row = page.getByRole('region', { name: STORE_TABLE }).getByRole('row').filter({ hasText: name });
    if ((await row.count()) === 0) return 0;
    return Number((await row.first().getByRole('cell').last().innerText()).replace(/\D/g, ''));
  };
  const totalUnits = async (page: Page) => Number((await page.getByTestId('live-total').innerText()).replace(/\D/g, ''));

  before(async () => {
    app = await browserApp();
    [merchant, clerk] = await Promise.all([app.login('merchant@meridian.demo'), app.login('clerk@meridian.demo')]);
    store = (await ok<{ location_id: string }>('GET', '/api/me', clerk)).location_id;
    storeName = (await ok<{ name_en: string }>('GET', `/api/locations/${store}`, null)).name_en;
    const hit = (await ok<{ items: Array<{ id: string }> }>('GET', '/api/products?q=selvedge', null)).items[0]!;
    jeans = (await ok<{ variants: Variant[] }>('GET', `/api/products/${hit.id}`, null)).variants[0]!;
    // The demo store holds only food at first: the merchant receives jeans there (a receipt is no sale).
    await ok('POST', '/api/stock/receipts', merchant, { location_id: store, lines: [{ variant_id: jeans.id, quantity: 5 }] });
  });
  after(async () => {
    await app?.close();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the pages');
  });

  it('shows a till sale made in another tab on the open dashboard, without a reload', async () => {
    const dashboard = await open({ token: merchant });
    await dashboard.goto('/merchant');
    await dashboard.getByRole('link', { name: 'Live sales' }).click();
    await dashboard.getByRole('heading', { level: 1, name: 'Live sell-through' }).waitFor();
    await dashboard
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    await dashboard.getByRole('region', { name: STORE_TABLE }).waitFor();
    await dashboard.getByText('Sales made while this page is open appear here.').waitFor();
    const unitsBefore = await storeUnits(dashboard, storeName);
    const totalBefore = await totalUnits(dashboard);
    await assertAccessible(dashboard, 'live dashboard');
    // A mark in the page: a reload or navigation would wipe it.
    await dashboard.evaluate(() => void ((window as unknown as { mark: string }).mark = 'same page'));

    // The clerk sells one pair at the till in another tab (its own browser context and session).
    const till = await open({ token: clerk });
    await till.goto('/till');
    await till.getByRole('heading', { level: 1, name: 'Sale' }).waitFor();
    await till.getByLabel(SCAN).fill(jeans.gtin);
    await till.getByLabel(SCAN).press('Enter');
    await till.getByRole('button', { name: /^Take payment/ }).click();
    const sold = till.getByRole('heading', { name: /^Sold: order #\d+$/ });
    await sold.waitFor();

    // The open dashboard counts it: the store's units and today's total go up by one.
    await dashboard.waitForFunction(
      ([table, name, want]) => {
        const region = Array.from(document.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent === table);
        const row = Array.from(region?.querySelectorAll('tbody tr') ?? []).find((r) => r.querySelector('th')?.textContent === name);
        return Number(row?.querySelector('td')?.textContent?.replace(/\D/g, '') ?? '0') === want;
      },
      [STORE_TABLE, storeName, unitsBefore + 1] as const,
    );
    assert.equal(await storeUnits(dashboard, storeName), unitsBefore + 1, 'one more unit at the clerk’s store');
    assert.equal(await totalUnits(dashboard), totalBefore + 1, 'one more unit today');
    const ticker = dashboard.getByRole('log', { name: 'Latest sales' });
    await ticker.getByText(`1 sold at ${storeName} (Till (in store))`).waitFor();
    // The order's amount reaches the ticker from the order event (CNY at the till).
    await ticker.getByRole('listitem').first().getByText(/CN¥/).waitFor();
    assert.equal(await dashboard.evaluate(() => (window as unknown as { mark?: string }).mark), 'same page', 'the dashboard was not reloaded');
    assert.equal(
      await dashboard
        .getByRole('status')
        .filter({ hasText: /^Live$/ })
        .count(),
      1,
      'still live',
    );

    await assertAccessible(dashboard, 'live dashboard after a sale');
    await screenshot(dashboard, 'merchant-live-sales');

    // The same page in Chinese.
    const zh = await open({ token: merchant, locale: 'zh-CN' });
    await zh.goto('/merchant/live');
    await zh.getByRole('heading', { level: 1, name: '实时动销' }).waitFor();
    await zh
      .getByRole('status')
      .filter({ hasText: /^实时$/ })
      .waitFor();
    await assertAccessible(zh, 'live dashboard in Chinese');
  });

  it('adds a webhook endpoint, shows its delivery log and re-sends events', async () => {
    // A receiver in the test process: it answers 204 and keeps what it got.
    const received: Array<{ signature: string | undefined; body: string }> = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ signature: req.headers['webhook-signature'] as string | undefined, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/meridian`;
    try {
      const page = await open({ token: merchant });
      await page.goto('/merchant');
      await page.getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByLabel('Endpoint URL').fill(hook);
      await page.getByLabel('Description (optional)').fill('Brand ERP');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByText(`The signing secret of ${hook}`).waitFor();
      assert.ok(((await page.getByTestId('webhook-secret').textContent()) ?? '').length >= 16, 'the secret is shown once');
      await page.getByRole('row').filter({ hasText: hook }).getByRole('cell', { name: 'Active' }).waitFor();
      await assertAccessible(page, 'webhook settings');

      // A sale at the till reaches the endpoint.
      await ok('POST', '/api/till/sales', clerk, {
        client_sale_id: `browser-live-${Date.now()}`,
        lines: [{ variant_id: jeans.id, quantity: 1 }],
        payment: { method: 'cash' },
      });
      await page.getByRole('button', { name: `Delivery log of ${hook}` }).click();
      const log = page.getByRole('region', { name: `Deliveries to ${hook}` });
      await log.waitFor();
      const delivered = log.getByRole('row').filter({ hasText: 'stock.moved' }).filter({ hasText: 'Delivered' }).first();
      for (let i = 0; i < 60 && (await delivered.count()) === 0; i++) {
        await page.waitForTimeout(500);
        await log.getByRole('button', { name: 'Refresh' }).click();
      }
      await delivered.waitFor();
      assert.ok(received.length >= 1, 'the receiver got the events');
      await assertAccessible(page, 'webhook delivery log');

      // Re-send every event after the first one delivered: each becomes a new delivery.
      const first = Math.min(...received.map((r) => Number((JSON.parse(r.body) as { id: string }).id)));
      await log.getByLabel('Re-send every event after event id').fill(String(first - 1));
      await log.getByRole('button', { name: 'Re-send events' }).click();
      await log.getByText(/^\d+ deliveries queued\.$/).waitFor();
      await screenshot(page, 'merchant-webhooks');
    } finally {
      receiver.close();
    }
  });

  it('shows a forecast with actual sales and its band, then accepts a replenishment proposal with an edited quantity and rejects another', async () => {
    // The demo data gives the merchant weeks of store sales (src/seed/data/sales-history.ts): Relaxed
    // Taper Jeans in 32 sell briskly at the clerk's store and slowly at Hangzhou Hubin, the trucker
    // jacket in M runs low in Shanghai. The sell-through rollup reads them once the server runs.
    const hit = (await ok<{ items: Array<{ id: string; title_en: string }> }>('GET', '/api/products?q=relaxed%20taper', null)).items[0]!;
    const product = await ok<{ title_en: string; variants: Array<{ id: string; sku: string; option_values: Record<string, string> }> }>(
      'GET',
      `/api/products/${hit.id}`,
      null,
    );
    const jeans32 = product.variants.find((v) => v.option_values.size === '32')!;
    const today = new Date().toISOString().slice(0, 10);
    const weeksAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const sold = async () =>
      (
        await ok<{ totals: { units_sold: number } }>(
          'GET',
          `/api/sell-through?from=${weeksAgo}&to=${today}&variant_id=${jeans32.id}&location_id=${store}`,
          merchant,
        )
      ).totals.units_sold;
    for (let i = 0; i < 60 && (await sold()) === 0; i++) await new Promise((r) => setTimeout(r, 500));
    assert.ok((await sold()) > 0, 'the demo sales history is rolled up');
    const forecast = await ok<{ history: { units: number[] }; forecast: { mean: number[]; p90: number[] } }>(
      'GET',
      `/api/forecasts?variant_id=${jeans32.id}&location_id=${store}&horizon=28`,
      merchant,
    );

    // Forecasts: the item and the store picked as a person would; the chart, then its figures.
    const page = await open({ token: merchant });
    await page.goto('/merchant');
    await page.getByRole('link', { name: 'Forecasts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demand forecasts' }).waitFor();
    await page.getByLabel('Item').selectOption({ label: `${product.title_en} — 32` });
    await page.getByLabel('Store').selectOption({ label: storeName });
    await page.getByRole('img', { name: /^Chart of daily units sold/ }).waitFor();
    await page.locator('.recharts-area-area').first().waitFor();
    assert.equal(await page.locator('.recharts-line-curve').count(), 2, 'a line of actual sales and one of the forecast');
    await page.getByText('Show the figures per day').click();
    const rows = page.getByRole('table', { name: /^Actual sales and forecast/ }).locator('tbody tr');
    const cells = async (column: number) => (await rows.locator(`td:nth-of-type(${column})`).allInnerTexts()).filter((c) => c !== '—');
    // Eight weeks of actual daily units, as the rollup has them, then 28 days of forecast with their band.
    assert.deepEqual((await cells(1)).map(Number), forecast.history.units.slice(-56));
    assert.ok(forecast.history.units.slice(-56).reduce((a, b) => a + b, 0) > 56, 'weeks of sales show');
    const bands = (await cells(3)).map((b) => b.split('–').map(Number) as [number, number]);
    assert.equal(bands.length, 28);
    assert.ok(
      bands.every(([lo, hi]) => lo <= hi),
      JSON.stringify(bands),
    );
    assert.deepEqual(
      bands.map(([, hi]) => hi),
      forecast.forecast.p90,
    );
    assert.ok(Math.max(...forecast.forecast.p90) > 0, 'a band above zero');
    await assertAccessible(page, 'forecast');
    await screenshot(page, 'merchant-forecast');

    // Replenishment: generate, then decide.
    await page.getByRole('link', { name: 'Replenishment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replenishment proposals' }).waitFor();
    await page.getByRole('button', { name: 'Generate proposals now' }).click();
    const generated = page.getByRole('status').filter({ hasText: /^\d+ proposals generated\.$/ });
    await generated.waitFor({ timeout: 120_000 });
    const n = Number((await generated.innerText()).replace(/\D/g, ''));
    type Proposal = {
      id: string;
      kind: 'transfer' | 'purchase_order';
      variant_id: string;
      location_id: string;
      source_location_id: string | null;
      proposed_quantity: number;
      accepted_quantity: number | null;
      transfer_id: string | null;
      expected_receipt_id: string | null;
      reject_reason: string | null;
    };
    const list = async (status: string) => (await ok<{ items: Proposal[] }>('GET', `/api/replenishment/proposals?status=${status}`, merchant)).items;
    const proposed = await list('open');
    assert.equal(proposed.length, n, 'the page shows what the run generated');
    assert.ok(n >= 2, `the demo data gave ${n} proposals`);
    const transfer = proposed.find((p) => p.kind === 'transfer' && p.variant_id === jeans32.id && p.location_id === store);
    assert.ok(transfer?.source_location_id, `a transfer of the jeans to the clerk's store: ${JSON.stringify(proposed)}`);
    const order = proposed.find((p) => p.kind === 'purchase_order');
    assert.ok(order, `a purchase order: ${JSON.stringify(proposed)}`);
    const source = (await ok<{ name_en: string }>('GET', `/api/locations/${transfer.source_location_id}`, null)).name_en;
    const orderSku = (await ok<{ sku: string }>('GET', `/api/variants/${order.variant_id}`, merchant)).sku;
    await assertAccessible(page, 'replenishment proposals');
    await screenshot(page, 'merchant-proposals');

    const table = page.getByRole('table', { name: 'Replenishment proposals' });
    const row = (sku: string) =>
      table
        .getByRole('row')
        .filter({ hasText: `(${sku})` })
        .filter({ has: page.getByRole('button', { name: /^Accept / }) });
    // Accept the transfer with another quantity: a draft transfer from the other store follows.
    const edited = transfer.proposed_quantity === 12 ? 11 : 12;
    const transferRow = row(jeans32.sku).filter({ hasText: source });
    await transferRow.getByLabel(/^Quantity of /).fill(String(edited));
    await transferRow.getByRole('button', { name: /^Accept / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Accepted: ${edited} × .*\\(${jeans32.sku}\\)\\.$`) })
      .waitFor();
    const [accepted] = await list('accepted');
    assert.equal(accepted?.id, transfer.id);
    assert.equal(accepted.accepted_quantity, edited, 'accepted with the edited quantity');
    assert.ok(accepted.transfer_id, 'the proposal names its transfer');
    const made = await ok<{
      status: string;
      from_location_id: string;
      to_location_id: string;
      lines: Array<{ variant_id: string; quantity_sent: number }>;
    }>('GET', `/api/transfers/${accepted.transfer_id}`, merchant);
    assert.deepEqual(
      [made.status, made.from_location_id, made.to_location_id, made.lines.map((l) => [l.variant_id, l.quantity_sent])],
      ['draft', transfer.source_location_id, store, [[jeans32.id, edited]]],
    );

    // Reject the purchase order with a reason: no receipt is expected.
    const orderRow = row(orderSku).filter({ hasText: 'Purchase order' });
    await orderRow.getByLabel(/^Reason to reject /).fill('Season ends next week');
    await orderRow.getByRole('button', { name: /^Reject / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Rejected: .*\\(${orderSku}\\)\\.$`) })
      .waitFor();
    const rejected = await list('rejected');
    assert.deepEqual(
      rejected.map((p) => [p.id, p.reject_reason, p.expected_receipt_id]),
      [[order.id, 'Season ends next week', null]],
    );
    assert.deepEqual(await ok('GET', '/api/replenishment/expected-receipts', merchant), []);
    assert.equal((await list('open')).length, n - 2);

    // The decided proposal under its status, with the quantity accepted.
    await page.getByLabel('Status').selectOption({ label: 'Accepted' });
    await table
      .getByRole('row')
      .filter({ hasText: `(${jeans32.sku})` })
      .getByRole('cell', { name: String(edited), exact: true })
      .waitFor();
    await assertAccessible(page, 'accepted proposals');
  });
});
