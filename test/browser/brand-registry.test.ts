/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/**
 * Brand protection in the browser: a brand owner applies to register a brand in the merchant
 * portal, an operator approves it (and rejects another) in the console, the brand owner authorises
 * a seller and sets a reference price, then generates signed unit codes and downloads their CSV
 * and QR images. Every step is checked through the API too.
 */
describe('brand registry and unit codes', { skip: browserSkip, timeout: 600_000 }, () => {
  let app: BrowserApp;
  let brand: string;
  let operator: string;
  let brandMerchant: string;
  // Unique per run: names and trademark numbers (a trademark backs one open registration at a time).
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
  const expiry = `${new Date().getUTCFullYear() + 5}-06-30`;

  /** Calls the API; answers status, JSON body and text. */
  async function call<T = Record<string, unknown>>(method: string, path: string, token: string, body?: unknown) {
    const res = await fetch(`${app.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as T) : (null as T);
    return { status: res.status, body: json, text };
  }

  interface Registration {
    id: string;
    name_en: string;
    status: string;
    status_reason: string | null;
  }

  async function registrationNamed(name: string): Promise<Registration> {
    const r = await call<{ items: Registration[] }>('GET', '/api/brand-registry/registrations?limit=100', brand);
    assert.equal(r.status, 200, r.text);
    const found = r.body.items.find((x) => x.name_en === name);
    assert.ok(found, `registration ${name} listed`);
    return found;
  }

  /** The file a click downloads, as bytes. */
  async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = await d.path();
    return { download: d, bytes: fs.readFileSync(file) };
  }

  before(async () => {
    app = await browserApp();
    brand = await app.login('brand@meridian.demo');
    operator = await app.login('operator@meridian.demo');
    brandMerchant = (await call<{ merchant_id: string }>('GET', '/api/me', brand)).body.merchant_id;
  });
  after(() => app?.close());

  const nameEn = `Ridge Line ${stamp}`;
  const nameZh = `岭线${stamp}`;
  let registrationId = '';

  it('a brand owner applies in the portal and an operator approves it in the console', async () => {
    const page = await app.page({ token: brand });
    await page.goto('/merchant/brand');
    await page.getByRole('heading', { level: 1, name: 'Brand registry' }).waitFor();
    await assertAccessible(page, 'brand registry');

    await page.getByRole('button', { name: 'Apply to register a brand' }).click();
    const form = page.getByRole('form', { name: 'Apply to register a brand' });
    await form.getByLabel('Name (English)').fill(nameEn);
    await form.getByLabel('Name (Chinese)').fill(nameZh);
    await form.getByLabel('Aliases (English)').fill(`RidgeLine ${stamp}\nR.L. ${stamp}`);
    await form.getByLabel('Logo URL').fill('https://cdn.example.com/ridge-line/logo.png');
    await form.getByLabel('Evidence URLs').fill('https://cdn.example.com/ridge-line/uspto-certificate.pdf');
    const first = form.getByRole('group', { name: 'Trademark 1' });
    await first.getByLabel('Office').selectOption('USPTO');
    await first.getByLabel('Registration number').fill(`US-${stamp}`);
    await first.getByLabel('Nice classes').fill('25, 18');
    await first.getByLabel('Expires on').fill(expiry);
    // A second trademark row at another office ("other" names it), then a third one removed again.
    await form.getByRole('button', { name: 'Add a trademark' }).click();
    const second = form.getByRole('group', { name: 'Trademark 2' });
    await second.getByLabel('Office').selectOption('other');
    await second.getByLabel('Name of the office').fill('JPO');
    await second.getByLabel('Registration number').fill(`JP-${stamp}`);
    await second.getByLabel('Nice classes').fill('25');
    await second.getByLabel('Expires on').fill(expiry);
    await form.getByRole('button', { name: 'Add a trademark' }).click();
    await form.getByRole('button', { name: 'Remove trademark 3' }).click();
    assert.equal(await form.getByTestId('trademark-row').count(), 2);
    await assertAccessible(page, 'brand registry application form');
    await form.getByRole('button', { name: 'Send the application' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Application for ${nameEn} sent` })
      .waitFor();

    const applied = await registrationNamed(nameEn);
    assert.equal(applied.status, 'pending');
    registrationId = applied.id;
    const detail = (
      await call<{ trademarks: Array<{ office: string; office_name: string | null; classes: number[] }> }>(
        'GET',
        `/api/brand-registry/registrations/${registrationId}`,
        brand,
      )
    ).body;
    assert.deepEqual(
      detail.trademarks.map((m) => [m.office, m.office_name, m.classes]),
      [
        ['USPTO', null, [18, 25]],
        ['other', 'JPO', [25]],
      ],
    );
    const row = page.getByRole('row').filter({ hasText: nameEn });
    await row.getByText('Pending review').waitFor();
    await page
      .getByTestId('registration-detail')
      .getByRole('heading', { name: new RegExp(nameEn) })
      .waitFor();
    await screenshot(page, 'brand-registry-applied');

    // The operator's queue lists it; the detail shows trademarks and evidence; approve.
    const op = await app.page({ token: operator });
    await op.goto('/console/brands');
    await op.getByRole('heading', { level: 1, name: 'Brand registrations' }).waitFor();
    await op.getByRole('link', { name: nameEn }).click();
    await op.getByRole('heading', { level: 1, name: new RegExp(nameEn) }).waitFor();
    await op.getByRole('link', { name: 'https://cdn.example.com/ridge-line/uspto-certificate.pdf' }).waitFor();
    await op
      .getByRole('row')
      .filter({ hasText: `JP-${stamp}` })
      .filter({ hasText: 'JPO' })
      .waitFor();
    await assertAccessible(op, 'console brand registration');
    await op.getByLabel('Note (approval) or reason (rejection)').fill('Checked against the USPTO and JPO records.');
    await op.getByRole('button', { name: 'Approve' }).click();
    await op
      .getByRole('status')
      .filter({ hasText: `${nameEn} is now: Active.` })
      .waitFor();
    await op.getByRole('row').filter({ hasText: 'Approved' }).filter({ hasText: 'Checked against the USPTO and JPO records.' }).waitFor();
    await screenshot(op, 'console-brand-registration-approved');
    assert.equal((await registrationNamed(nameEn)).status, 'active');
  });

  it('an operator cannot reject without a reason; the brand owner sees the reason given', async () => {
    const name = `Rejected Ridge ${stamp}`;
    const made = await call<Registration>('POST', '/api/brand-registry/registrations', brand, {
      name_en: name,
      name_zh: `驳回${stamp}`,
      evidence_urls: ['https://cdn.example.com/rejected/certificate.pdf'],
      trademarks: [{ office: 'CNIPA', number: `CN-${stamp}`, classes: [25], expires_on: expiry }],
    });
    assert.equal(made.status, 201, made.text);
    const op = await app.page({ token: operator });
    await op.goto(`/console/brands?id=${made.body.id}`);
    await op.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await op.getByRole('button', { name: 'Reject' }).click();
    await op.getByRole('alert').filter({ hasText: 'Give the reason for rejecting.' }).waitFor();
    assert.equal((await registrationNamed(name)).status, 'pending');
    await op.getByLabel('Note (approval) or reason (rejection)').fill('The certificate does not name the applicant.');
    await op.getByRole('button', { name: 'Reject' }).click();
    await op
      .getByRole('status')
      .filter({ hasText: `${name} is now: Rejected.` })
      .waitFor();
    const rejected = await registrationNamed(name);
    assert.deepEqual([rejected.status, rejected.status_reason], ['rejected', 'The certificate does not name the applicant.']);

    // The console's status filter finds it among the rejected ones.
    await op.goto('/console/brands');
    await op.getByLabel('Status').selectOption('rejected');
    await op.getByRole('link', { name }).waitFor();

    const page = await app.page({ token: brand });
    await page.goto('/merchant/brand');
    await page.getByRole('row').filter({ hasText: name }).filter({ hasText: 'The certificate does not name the applicant.' }).waitFor();
  });

  it('the brand owner authorises a seller and sets a reference price on the active registration', async () => {
    assert.ok(registrationId, 'the first test registered a brand');
    const merchants = await call<{ items: Array<{ id: string; display_name: string }> }>('GET', '/api/merchants?status=verified&limit=100', operator);
    const seller = merchants.body.items.find((m) => m.id !== brandMerchant);
    assert.ok(seller, 'another verified merchant');

    const page = await app.page({ token: brand });
    await page.goto(`/merchant/brand?id=${registrationId}`);
    const detail = page.getByTestId('registration-detail');
    await detail.getByText('Active', { exact: true }).waitFor();

    const sellers = page.getByRole('region', { name: 'Authorised sellers' });
    // Found by name in the directory of verified merchants, chosen from the matches.
    await sellers.getByLabel('Find a merchant by name').fill(seller.display_name);
    await sellers.locator(`option[value="${seller.id}"]`).waitFor({ state: 'attached' });
    await sellers.getByLabel('Merchant', { exact: true }).selectOption(seller.id);
    const line = sellers.getByLabel('Product line');
    await line.locator('option').nth(1).waitFor({ state: 'attached' });
    await line.selectOption({ index: 1 });
    const category = await line.inputValue();
    await sellers.getByLabel('Country (two letters, optional)').fill('cn');
    await sellers.getByRole('button', { name: 'Authorise the seller' }).click();
    await sellers
      .getByRole('status')
      .filter({ hasText: `Merchant ${seller.display_name} is authorised.` })
      .waitFor();
    await sellers.getByRole('row').filter({ hasText: seller.id }).filter({ hasText: 'CN' }).waitFor();
    const listed = await call<{ items: Array<{ merchant_id: string; category_id: string | null; country: string | null }> }>(
      'GET',
      `/api/brand-registry/registrations/${registrationId}/sellers`,
      brand,
    );
    assert.deepEqual(
      listed.body.items.map((s) => [s.merchant_id, s.category_id, s.country]),
      [[seller.id, category, 'CN']],
    );

    const prices = page.getByRole('region', { name: 'Reference prices' });
    const product = prices.getByLabel(/^Product/);
    await product.locator('option').nth(1).waitFor({ state: 'attached' });
    await product.selectOption({ index: 1 });
    const productId = await product.inputValue();
    await prices.getByLabel(/^Price/).fill('99.50');
    await prices.getByLabel('Currency').selectOption('CNY');
    await prices.getByRole('button', { name: 'Set the reference price' }).click();
    await prices.getByRole('status').filter({ hasText: 'Reference price' }).waitFor();
    await prices.getByRole('row').filter({ hasText: 'CN¥99.50' }).waitFor();
    // Changing it replaces the price in that currency.
    await prices.getByRole('button', { name: 'Change' }).click();
    await prices.getByLabel(/^Price/).fill('109');
    await prices.getByRole('button', { name: 'Set the reference price' }).click();
    await prices.getByRole('status').filter({ hasText: 'Reference price changed to CN¥109.00.' }).waitFor();
    const set = await call<{ items: Array<{ product_id: string | null; variant_id: string | null; amount: number; currency: string }> }>(
      'GET',
      `/api/brand-registry/registrations/${registrationId}/reference-prices`,
      brand,
    );
    assert.deepEqual(
      set.body.items.map((p) => [p.product_id, p.variant_id, p.amount, p.currency]),
      [[productId, null, 10900, 'CNY']],
    );

    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('row').filter({ hasText: 'Seller authorised' }).waitFor();
    await history.getByRole('row').filter({ hasText: 'Reference price set' }).filter({ hasText: 'was CN¥99.50' }).waitFor();
    await assertAccessible(page, 'brand registry with sellers and prices');
    await screenshot(page, 'brand-registry-active');
  });

  it('the brand owner generates unit codes and downloads the CSV and QR images', async () => {
    const page = await app.page({ token: brand });
    await page.goto('/merchant/codes');
    await page.getByRole('heading', { level: 1, name: 'Unit codes' }).waitFor();
    await assertAccessible(page, 'unit codes');

    const form = page.getByRole('form', { name: 'Generate a batch of codes' });
    const product = form.getByLabel(/^Product/);
    await product.locator('option').nth(1).waitFor({ state: 'attached' });
    await product.selectOption({ index: 1 });
    const variant = form.getByLabel('Variant');
    await variant.locator('option:not([disabled])').nth(1).waitFor({ state: 'attached' });
    const variantId = await variant.locator('option:not([disabled])').nth(1).getAttribute('value');
    await variant.selectOption(variantId!);
    await form.getByLabel('Number of codes').fill('3');
    const lot = `L${stamp}`.slice(0, 20);
    await form.getByLabel('Lot (optional)').fill(lot);
    await form.getByLabel('Expiry (optional)').fill('2030-12-31');
    await form.getByRole('button', { name: 'Generate the codes' }).click();
    await page.getByRole('status').filter({ hasText: '3 codes generated in batch' }).waitFor();
    const batchId = new URL(page.url()).searchParams.get('batch')!;
    assert.match(batchId, /^ucb_[0-9A-Z]{26}$/);

    const codes = page.getByTestId('batch-codes');
    await codes.getByText('3 codes · GTIN').waitFor();
    await codes.getByRole('row').nth(3).waitFor();
    assert.equal(await codes.getByRole('row').count(), 4);

    // The CSV, downloaded through the token-carrying fetch, is the API's export.
    const csv = await download(page, () => codes.getByRole('button', { name: 'Download the codes (CSV)' }).click());
    assert.equal(csv.download.suggestedFilename(), `unit-codes-${batchId}.csv`);
    const text = csv.bytes.toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'gtin,serial,lot,expiry,uri');
    assert.equal(lines.length, 4);
    const api = await call('GET', `/api/unit-codes/batches/${batchId}/codes.csv`, brand);
    assert.equal(api.status, 200);
    assert.equal(text, api.text);
    const [gtin, serial, rowLot, rowExpiry, uri] = lines[1]!.split(',') as [string, string, string, string, string];
    assert.deepEqual([rowLot, rowExpiry], [lot, '301231']);
    const variantGtin = (await call<{ gtin: string }>('GET', `/api/variants/${variantId}`, brand)).body.gtin;
    assert.equal(gtin, variantGtin);
    // The code resolves as genuine.
    const scan = await fetch(`${app.url}${new URL(uri).pathname}${new URL(uri).search}`, { headers: { accept: 'application/json' } });
    assert.equal(((await scan.json()) as { result: string }).result, 'genuine');

    // The API's codes of the batch; the first one's QR preview, and its image as SVG and PNG: the API's own.
    const listed = await call<{ items: Array<{ id: string; serial: string; uri: string }> }>('GET', `/api/unit-codes/batches/${batchId}/codes`, brand);
    assert.equal(listed.status, 200, listed.text);
    const code = listed.body.items.find((c) => c.serial === serial);
    assert.ok(code, `${serial} listed`);
    assert.equal(code.uri, uri);
    const preview = page.getByRole('img', { name: `QR code of unit ${serial}` });
    await preview.waitFor();
    assert.ok(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
    const svg = await download(page, () => codes.getByRole('button', { name: `Download the QR code of ${serial} as SVG` }).click());
    assert.equal(svg.download.suggestedFilename(), `unit-code-${gtin}-${serial}.svg`);
    assert.match(svg.bytes.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal(svg.bytes.toString('utf8'), (await call('GET', `/api/unit-codes/${code.id}/qr`, brand)).text);
    const png = await download(page, () => codes.getByRole('button', { name: `Download the QR code of ${serial} as PNG` }).click());
    assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    const apiPng = await fetch(`${app.url}/api/unit-codes/${code.id}/qr?format=png`, { headers: { authorization: `Bearer ${brand}` } });
    assert.ok(png.bytes.equals(Buffer.from(await apiPng.arrayBuffer())), 'the PNG is the API’s');

    // Record where the unit was sold.
    await codes.getByRole('button', { name: `Record the sale of ${serial}` }).click();
    await codes
      .getByRole('form', { name: `Sale of unit ${serial}` })
      .getByLabel('City')
      .fill('Shanghai');
    await codes.getByRole('button', { name: 'Record the sale', exact: true }).click();
    await codes.getByRole('row').filter({ hasText: serial }).filter({ hasText: 'Shanghai' }).waitFor();
    const sold = await call<{ items: Array<{ serial: string; sold_city: string | null; sold_at: string | null }> }>(
      'GET',
      `/api/unit-codes/batches/${batchId}/codes`,
      brand,
    );
    const soldCode = sold.body.items.find((c) => c.serial === serial)!;
    assert.equal(soldCode.sold_city, 'Shanghai');
    assert.ok(soldCode.sold_at && Math.abs(Date.parse(soldCode.sold_at) - Date.now()) < 10 * 60_000, `sold just now: ${soldCode.sold_at}`);

    // The batch is listed, and the key that signed it is the merchant's signing key.
    await page.getByRole('region', { name: 'Batches' }).getByRole('row').filter({ hasText: batchId }).waitFor();
    const keys = await call<{ items: Array<{ id: string; state: string }> }>('GET', '/api/unit-codes/keys', brand);
    const signing = keys.body.items.find((k) => k.state === 'signing');
    assert.ok(signing && uri.includes(`s=${signing.id}.`), `${uri} signed by the signing key`);
    await page.getByRole('region', { name: 'Signing keys' }).getByRole('row').filter({ hasText: signing.id }).filter({ hasText: 'Signs new codes' }).waitFor();
    await assertAccessible(page, 'unit codes with a batch');
    await screenshot(page, 'unit-codes-batch');
  });

  it('shows the brand pages in Chinese', async () => {
    const page = await app.page({ token: brand, locale: 'zh-CN' });
    await page.goto(`/merchant/brand?id=${registrationId}`);
    await page.getByRole('heading', { level: 1, name: '品牌备案' }).waitFor();
    await page.getByRole('region', { name: '授权经销商' }).waitFor();
    await page.getByRole('region', { name: '参考价格' }).getByRole('row').filter({ hasText: '¥109.00' }).waitFor();
    await page.getByRole('row').filter({ hasText: nameEn }).getByText('已生效').first().waitFor();
    await assertAccessible(page, 'brand registry in Chinese');
    await screenshot(page, 'brand-registry-zh');

    await page.goto('/merchant/codes');
    await page.getByRole('heading', { level: 1, name: '商品防伪码' }).waitFor();
    await page.getByRole('button', { name: '生成防伪码' }).waitFor();

    const op = await app.page({ token: operator, locale: 'zh-CN' });
    await op.goto('/console/brands?status=active');
    await op.getByRole('heading', { level: 1, name: '品牌备案审核' }).waitFor();
    await op.getByRole('link', { name: nameEn }).waitFor();
    await assertAccessible(op, 'console brand registrations in Chinese');
  });
});
