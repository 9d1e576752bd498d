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

  it('accepts a replenishment proposal with an edited quantity, rejects another and shows a forecast band', async (t) => {
    const page = await open({ token: merchant });
    await page.goto('/merchant');
    await page.getByRole('link', { name: 'Replenishment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replenishment proposals' }).waitFor();
    await page.getByRole('button', { name: 'Generate proposals now' }).click();
    const generated = page.getByRole('status').filter({ hasText: /^\d+ proposals generated\.$/ });
    await generated.waitFor({ timeout: 120_000 });
    const n = Number((await generated.innerText()).replace(/\D/g, ''));
    const open_ = await ok<{ items: Array<{ id: string; proposed_quantity: number }> }>('GET', '/api/replenishment/proposals?status=open', merchant);
    assert.equal(open_.items.length, n, 'the page shows what the run generated');
    if (n < 2) return t.skip(`the demo data gave ${n} proposals: nothing to decide`);
    await assertAccessible(page, 'replenishment proposals');

    const rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Accept / }) });
    const first = rows.first();
    const quantity = first.getByLabel(/^Quantity of /);
    await quantity.fill('7');
    await first.getByRole('button', { name: /^Accept / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Accepted: 7 × / })
      .waitFor();
    const accepted = await ok<{ items: Array<{ accepted_quantity: number | null }> }>('GET', '/api/replenishment/proposals?status=accepted', merchant);
    assert.deepEqual(
      accepted.items.map((p) => p.accepted_quantity),
      [7],
      'accepted with the edited quantity',
    );

    const second = rows.first();
    await second.getByLabel(/^Reason to reject /).fill('Season ends next week');
    await second.getByRole('button', { name: /^Reject / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Rejected: / })
      .waitFor();
    const rejected = await ok<{ items: Array<{ reject_reason: string | null }> }>('GET', '/api/replenishment/proposals?status=rejected', merchant);
    assert.deepEqual(
      rejected.items.map((p) => p.reject_reason),
      ['Season ends next week'],
    );
    await screenshot(page, 'merchant-proposals');

    // The forecast behind a proposal: actual sales, then the expected units inside their p10–p90 band.
    await rows.first().getByRole('link', { name: 'Forecast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demand forecasts' }).waitFor();
    await page.getByRole('img', { name: /^Chart of daily units sold/ }).waitFor();
    await page.locator('.recharts-area-area').first().waitFor();
    await assertAccessible(page, 'forecast');
    await screenshot(page, 'merchant-forecast');
  });
});
