/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/** Minor units shown in an en-US money cell such as "$1,480.00" (USD has two decimals). */
const usdCents = (text: string) => Number(text.replace(/[^0-9]/g, ''));

describe('the merchant portal', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  let merchant: string;
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> & { items?: Array<Record<string, unknown>> } };
  };

  before(async () => {
    app = await browserApp();
    merchant = await app.login('merchant@meridian.demo');
  });
  after(() => app?.close());

  /** The till sales in USD as the dashboard's "Sales by channel" table shows them (0 when it has no such row). */
  async function tillUsd(page: Page): Promise<number> {
    await page.getByRole('heading', { level: 1, name: 'Sales dashboard' }).waitFor();
    const section = page.getByRole('region', { name: 'Sales by channel' });
    await section.waitFor();
    const row = section.getByRole('row').filter({ hasText: 'Till (in store)' }).filter({ hasText: 'USD' });
    if ((await row.count()) === 0) return 0;
    return usdCents(await row.getByRole('cell').last().innerText());
  }

  it('shows a new till sale of the merchant’s jeans on the dashboard, by channel and by store', async () => {
    const page = await app.page({ token: merchant });
    await page.goto('/merchant');
    const before = await tillUsd(page);

    // A till sale of one pair of the merchant's jeans at the clerk's store, stock received there first.
    const clerk = await app.login('clerk@meridian.demo');
    const store = (await call('GET', '/me', clerk)).json.location_id as string;
    const found = await call('GET', '/products?q=selvedge', merchant);
    const productId = found.json.items![0]!.id as string;
    const variant = (
      (await call('GET', `/products/${productId}`, merchant)).json.variants as Array<{ id: string; price: { amount: number; currency: string } }>
    )[0]!;
    assert.equal(variant.price.currency, 'USD');
    const receipt = await call('POST', '/stock/receipts', merchant, { location_id: store, lines: [{ variant_id: variant.id, quantity: 3 }] });
    assert.equal(receipt.status, 201, JSON.stringify(receipt.json));
    const sale = await call('POST', '/till/sales', clerk, {
      client_sale_id: `browser-merchant-${Date.now()}`,
      lines: [{ variant_id: variant.id, quantity: 1 }],
      payment: { method: 'cash' },
    });
    assert.equal(sale.status, 201, JSON.stringify(sale.json));

    await page.reload();
    const after = await tillUsd(page);
    assert.equal(after - before, variant.price.amount, `till sales grew from ${before} by the price of the pair`);
    // The store the sale was made in is in the by-store table, and the totals show USD.
    const storeName = (await call('GET', `/locations/${store}`, merchant)).json.name_en as string;
    await page.getByRole('region', { name: 'Sales by store' }).getByRole('row').filter({ hasText: storeName }).first().waitFor();
    await page.getByRole('group', { name: 'Totals in USD' }).waitFor();
    await page.getByRole('img', { name: /Bar chart of sales by channel in USD/ }).waitFor();
    await assertAccessible(page, 'merchant dashboard');
    await screenshot(page, 'merchant-dashboard');

    // The same page in Chinese.
    const zh = await app.page({ token: merchant, locale: 'zh-CN' });
    await zh.goto('/merchant');
    await zh.getByRole('heading', { level: 1, name: '销售概览' }).waitFor();
    await zh.getByRole('region', { name: '按渠道销售' }).getByRole('row').filter({ hasText: '门店收银' }).first().waitFor();
  });

  it('lists the products and shows the row errors of a bad CSV import, creating nothing', async () => {
    const page = await app.page({ token: merchant });
    await page.goto('/merchant/products');
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await page.getByRole('link', { name: 'Slim Straight Selvedge Jeans' }).waitFor();
    await assertAccessible(page, 'merchant products');

    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import products from CSV' }).waitFor();
    await assertAccessible(page, 'merchant import');

    const tag = Date.now().toString(36).toUpperCase();
    const header = 'product,title_en,title_zh,hs_code,origin_country,sku,gtin,weight_g,price_amount,price_currency';
    const csv = [
      header,
      // Row 2: the GTIN's check digit is wrong (4006381333931 is right).
      `scarf-${tag},Wool scarf ${tag},羊毛围巾,611710,US,SCARF-${tag},4006381333932,150,4500,USD`,
      // Row 3: a negative price.
      `belt-${tag},Leather belt ${tag},皮带,420330,US,BELT-${tag},,300,-100,USD`,
      // Row 4: valid on its own, but nothing is written while other rows are bad.
      `cap-${tag},Denim cap ${tag},牛仔帽,650500,US,CAP-${tag},,90,2500,USD`,
    ].join('\r\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`) });
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();

    const table = page.getByRole('table', { name: /Problems by row/ });
    await table.waitFor();
    const gtinRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
    await gtinRow.filter({ hasText: 'Invalid GTIN' }).filter({ hasText: 'gtin' }).waitFor();
    assert.match(await gtinRow.innerText(), /4006381333932 is not a GTIN/);
    const priceRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
    await priceRow.filter({ hasText: 'Invalid price' }).filter({ hasText: 'price_amount' }).waitFor();
    assert.match(await priceRow.innerText(), /-100/);
    assert.equal(await table.getByRole('rowheader', { name: '4', exact: true }).count(), 0, 'row 4 has no problem of its own');
    await page.getByRole('alert').filter({ hasText: '2 problems in 2 rows. Nothing was written.' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true, 'import needs a clean check first');
    await assertAccessible(page, 'merchant import report');
    await screenshot(page, 'merchant-csv-errors');

    // The same file sent for real is refused as a whole: none of its products exist afterwards.
    const real = await call('POST', '/products/import', merchant, { csv });
    assert.equal(real.status, 200);
    assert.equal(real.json.ok, false);
    for (const q of [`SCARF-${tag}`, `BELT-${tag}`, `CAP-${tag}`]) {
      const res = await call('GET', `/products?q=${encodeURIComponent(q)}`, merchant);
      assert.deepEqual(res.json.items, [], `${q} was not created`);
    }
  });

  it('creates a product with two variants, changes a price, receives stock of it and archives it', async () => {
    const page = await app.page({ token: merchant });
    const tag = Date.now().toString(36).toUpperCase();
    const title = `Canvas tote ${tag}`;
    await page.goto('/merchant/products');
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('heading', { level: 1, name: 'New product' }).waitFor();
    await page.getByLabel('Title (English)').fill(title);
    await page.getByLabel('Title (Chinese)').fill('帆布托特包');
    await page.getByLabel('HS code (6–10 digits)').fill('420222');
    await page.getByRole('button', { name: 'Add an option' }).click();
    await page.getByLabel('Option 1 name').fill('size');
    await page.getByLabel('Option 1 values').fill('S, L');
    await page.getByLabel('SKU, variant 1').fill(`TOTE-${tag}-S`);
    await page.getByLabel('size, variant 1').selectOption('S');
    // A mistyped barcode is caught at once, before anything is sent.
    await page.getByLabel('GTIN (barcode), variant 1').fill('4006381333932');
    await page.getByText('Check digit does not match').waitFor();
    await page.getByLabel('GTIN (barcode), variant 1').fill('4006381333931');
    await page.getByLabel('Weight (g), variant 1').fill('300');
    await page.getByLabel('Price (USD), variant 1').fill('25.00');
    await page.getByRole('button', { name: 'Add a variant' }).click();
    await page.getByLabel('SKU, variant 2').fill(`TOTE-${tag}-L`);
    await page.getByLabel('size, variant 2').selectOption('L');
    await page.getByLabel('Weight (g), variant 2').fill('350');
    await page.getByLabel('Price (USD), variant 2').fill('29');
    await assertAccessible(page, 'merchant new product');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit product: ${title}` }).waitFor();
    const productId = page.url().split('/').at(-1)!;
    assert.match(productId, /^prd_/);

    await page.getByLabel('Price (USD), variant 2').fill('27.50');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const saved = (await call('GET', `/products/${productId}`, merchant)).json as {
      status: string;
      variants: Array<{ id: string; sku: string; gtin: string; price: { amount: number } }>;
    };
    assert.deepEqual(saved.variants.map((v) => [v.sku, v.price.amount]).sort(), [
      [`TOTE-${tag}-L`, 2750],
      [`TOTE-${tag}-S`, 2500],
    ]);
    assert.equal(saved.variants.find((v) => v.sku.endsWith('-S'))!.gtin, '04006381333931');
    await page.getByRole('button', { name: 'Activate (sell it)' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();

    // Four of the small size into the clerk's store, through the stock page.
    const clerk = await app.login('clerk@meridian.demo');
    const store = (await call('GET', '/me', clerk)).json.location_id as string;
    const small = saved.variants.find((v) => v.sku.endsWith('-S'))!;
    await page.getByRole('link', { name: 'Stock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stock by location' }).waitFor();
    const receive = page.getByRole('form', { name: 'Receive stock' });
    await receive.getByLabel('Location').selectOption(store);
    await receive.getByLabel('Variant').selectOption(small.id);
    await receive.getByLabel('Quantity').fill('4');
    await receive.getByRole('button', { name: 'Receive' }).click();
    await receive.getByRole('status').filter({ hasText: 'Received 4; 4 on hand there now.' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `TOTE-${tag}-S` })
      .first()
      .waitFor();
    await assertAccessible(page, 'merchant stock');
    const levels = (await call('GET', `/stock?variant_id=${small.id}`, merchant)).json.items!;
    assert.deepEqual(
      levels.map((l) => [l.location_id, l.on_hand]),
      [[store, 4]],
    );

    await page.goto(`/merchant/products/${productId}`);
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await page.getByRole('button', { name: 'Back to draft' }).waitFor();
    assert.equal((await call('GET', `/products/${productId}`, merchant)).json.status, 'archived');
  });
});
