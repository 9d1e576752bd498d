/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/** Minor units shown in an en-US money cell such as "CN¥1,062.90" (CNY has two decimals: fen). */
const fen = (text: string) => Number(text.replace(/[^0-9]/g, ''));

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

  /** The till sales in CNY (the stores' till channel sells in CNY) as the dashboard's "Sales by channel" table shows them (0 when it has no such row). */
  async function tillCny(page: Page): Promise<number> {
    await page.getByRole('heading', { level: 1, name: 'Sales dashboard' }).waitFor();
    const section = page.getByRole('region', { name: 'Sales by channel' });
    await section.waitFor();
    const row = section.getByRole('row').filter({ hasText: 'Till (in store)' }).filter({ hasText: 'CNY' });
    if ((await row.count()) === 0) return 0;
    return fen(await row.getByRole('cell').last().innerText());
  }

  it('shows a new till sale of the merchant’s jeans on the dashboard, by channel and by store', async () => {
    const page = await app.page({ token: merchant });
    await page.goto('/merchant');
    const before = await tillCny(page);

    // A till sale of one pair of the merchant's jeans at the clerk's store, stock received there first.
    const clerk = await app.login('clerk@meridian.demo');
    const store = (await call('GET', '/me', clerk)).json.location_id as string;
    const found = await call('GET', '/products?q=selvedge', merchant);
    const productId = found.json.items![0]!.id as string;
    const variant = (
      (await call('GET', `/products/${productId}`, merchant)).json.variants as Array<{
        id: string;
        price: { amount: number; currency: string };
        sale_price: { amount: number; currency: string } | null;
      }>
    )[0]!;
    // Listed in USD by the merchant; sold in CNY at the demo rate 7.18 with prices ending in .90: 148.00 × 7.18 = 1,062.64 → 1,062.90.
    assert.deepEqual(variant.price, { amount: 14800, currency: 'USD' });
    assert.deepEqual(variant.sale_price && { amount: variant.sale_price.amount, currency: variant.sale_price.currency }, { amount: 106290, currency: 'CNY' });
    const receipt = await call('POST', '/stock/receipts', merchant, { location_id: store, lines: [{ variant_id: variant.id, quantity: 3 }] });
    assert.equal(receipt.status, 201, JSON.stringify(receipt.json));
    const sale = await call('POST', '/till/sales', clerk, {
      client_sale_id: `browser-merchant-${Date.now()}`,
      lines: [{ variant_id: variant.id, quantity: 1 }],
      payment: { method: 'cash' },
    });
    assert.equal(sale.status, 201, JSON.stringify(sale.json));

    await page.reload();
    const after = await tillCny(page);
    assert.equal(after - before, 106290, `till sales grew from ${before} by the CNY price of the pair`);
    // The store the sale was made in is in the by-store table, and the totals show CNY.
    const storeName = (await call('GET', `/locations/${store}`, merchant)).json.name_en as string;
    await page.getByRole('region', { name: 'Sales by store' }).getByRole('row').filter({ hasText: storeName }).first().waitFor();
    await page.getByRole('group', { name: 'Totals in CNY' }).waitFor();
    await page.getByRole('img', { name: /Bar chart of sales by channel in CNY/ }).waitFor();
    await assertAccessible(page, 'merchant dashboard');
    await screenshot(page, 'merchant-dashboard');

    // The same page in Chinese.
    const zh = await app.page({ token: merchant, locale: 'zh-CN' });
    await zh.goto('/merchant');
    await zh.getByRole('heading', { level: 1, name: '销售概览' }).waitFor();
    await zh.getByRole('region', { name: '按渠道销售' }).getByRole('row').filter({ hasText: '门店收银' }).first().waitFor();
  });

  it('after a sale the operator runs payouts and the merchant sees the payout on a statement that reconciles', async () => {
    const usd = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
    const operator = await app.login('operator@meridian.demo');
    const clerk = await app.login('clerk@meridian.demo');
    const store = (await call('GET', '/me', clerk)).json.location_id as string;
    const productId = (await call('GET', '/products?q=selvedge', merchant)).json.items![0]!.id as string;
    const variant = ((await call('GET', `/products/${productId}`, merchant)).json.variants as Array<{ id: string; sale_price: { amount: number } }>)[1]!;
    assert.equal((await call('POST', '/stock/receipts', merchant, { location_id: store, lines: [{ variant_id: variant.id, quantity: 1 }] })).status, 201);
    const sale = await call('POST', '/till/sales', clerk, {
      client_sale_id: `browser-payout-${Date.now()}`,
      lines: [{ variant_id: variant.id, quantity: 1 }],
      payment: { method: 'card', token: 'tok_ok' },
    });
    assert.equal(sale.status, 201, JSON.stringify(sale.json));
    const orderNumber = sale.json.number as number;
    // The merchant is paid in USD: CNY 1,062.90 at the order's rate 7.18 is US$148.04 (half-up), less 10 % apparel commission US$14.80.
    assert.equal(variant.sale_price.amount, 106290);
    const saleUsd = Number((106290n * 100n * 2n + 718n) / (718n * 2n));
    assert.equal(saleUsd, 14804);
    const commission = Number((BigInt(saleUsd) * 1000n * 2n + 10000n) / (10000n * 2n));
    assert.equal(commission, 1480);

    const balance = (await call('GET', '/settlement/balance', merchant)).json as { unpaid: number; unpaid_entries: number; currency: string };
    assert.equal(balance.currency, 'USD');
    assert.ok(balance.unpaid >= saleUsd - commission, `owed at least this sale: ${JSON.stringify(balance)}`);

    // The merchant's page: the balance owed and today's sale and commission on the statement, not yet paid.
    const page = await app.page({ token: merchant });
    await page.goto('/merchant/payouts');
    await page.getByRole('heading', { level: 1, name: 'Payouts & statements' }).waitFor();
    assert.equal(await page.getByTestId('balance-unpaid').textContent(), usd(balance.unpaid));
    const entries = page.getByRole('table', { name: 'Entries of the statement' });
    const saleRow = entries.getByRole('row').filter({ has: page.getByRole('cell', { name: `#${orderNumber}`, exact: true }) });
    await saleRow.filter({ hasText: 'Sale' }).waitFor();
    assert.deepEqual((await saleRow.filter({ hasText: 'Sale' }).getByRole('cell').allInnerTexts()).slice(1), [
      `#${orderNumber}`,
      'CN¥1,062.90',
      '7.18 CNY per USD',
      usd(saleUsd),
      'not yet paid',
    ]);
    assert.deepEqual((await saleRow.filter({ hasText: 'Commission' }).getByRole('cell').allInnerTexts()).slice(4), [usd(-commission), 'not yet paid']);
    await saleRow.filter({ hasText: 'Commission' }).getByText('10% commission').waitFor();
    await assertAccessible(page, 'merchant payouts and statement');

    // The operator runs the payouts (one idempotency key per click) and marks this merchant's paid.
    const desk = await app.page({ token: operator });
    await desk.goto('/console/payouts');
    await desk.getByRole('heading', { level: 1, name: 'Payouts' }).waitFor();
    await desk.getByRole('button', { name: 'Run payouts now' }).click();
    await desk.getByText(/^Payout run of .*: \d+ payouts\./).waitFor();
    const ours = desk.getByRole('table', { name: 'Payouts of this run' }).getByRole('row').filter({ hasText: 'Blue Ridge Denim Co.' });
    assert.deepEqual((await ours.getByRole('cell').allInnerTexts()).slice(0, 3), [usd(balance.unpaid), String(balance.unpaid_entries), 'Pending']);
    await ours.getByLabel('Bank reference of the payout to Blue Ridge Denim Co.').fill('WIRE-2026-0001');
    await ours.getByRole('button', { name: `Mark the payout of ${usd(balance.unpaid)} to Blue Ridge Denim Co. paid` }).click();
    await ours.getByText('Paid', { exact: true }).waitFor();
    await ours.getByText(/WIRE-2026-0001/).waitFor();
    await assertAccessible(desk, 'console payouts');
    await screenshot(desk, 'console-payouts');

    // A second run pays nothing more to this merchant: every entry is paid once.
    const again = await call('POST', '/payout-runs', operator, { idempotency_key: `browser-again-${Date.now()}` });
    assert.equal(again.status, 201, JSON.stringify(again.json));
    const merchantId = (await call('GET', '/me', merchant)).json.merchant_id as string;
    assert.deepEqual(
      (again.json.payouts as Array<{ merchant_id: string }>).filter((p) => p.merchant_id === merchantId),
      [],
    );

    // The merchant sees the payout: nothing owed, the payout paid, the statement's payout entry and a closing balance of zero.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Payouts & statements' }).waitFor();
    await page.getByTestId('balance-unpaid').getByText(usd(0)).waitFor();
    const payoutRow = page.getByRole('region', { name: 'Payouts', exact: true }).getByRole('row').filter({ hasText: 'WIRE-2026-0001' });
    await payoutRow.getByText(usd(balance.unpaid)).waitFor();
    await payoutRow.getByText('Paid', { exact: true }).waitFor();
    await entries.getByRole('row').filter({ hasText: 'Payout' }).getByText(usd(-balance.unpaid)).waitFor();
    await saleRow.filter({ hasText: 'Sale' }).getByText('paid', { exact: true }).waitFor();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const statement = (await call('GET', `/settlement/statement?from=${today.slice(0, 8)}01&to=${today}`, merchant)).json as {
      opening_balance: number;
      closing_balance: number;
      entries: Array<{ amount: number }>;
    };
    assert.equal(statement.closing_balance, statement.opening_balance + statement.entries.reduce((n, e) => n + e.amount, 0), 'the statement reconciles');
    assert.equal(await page.getByTestId('closing-balance').textContent(), usd(0));
    await assertAccessible(page, 'merchant statement after the payout');
    await screenshot(page, 'merchant-statement');
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
