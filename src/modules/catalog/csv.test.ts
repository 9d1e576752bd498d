import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { gtinCheckDigit, normaliseGtin } from '../../shared/gtin.ts';
import { CSV_COLUMNS, type ImportReport } from './csv.ts';
import { createCategory, createProduct } from './service.ts';

let seq = 0;
const stamp = Date.now().toString(36).toUpperCase();
/** A valid GTIN-13, different on each call. */
function gtin13(): string {
  const body = `0${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}${String(++seq).padStart(5, '0')}`;
  return body + String(gtinCheckDigit(body));
}
/** The same number with a wrong check digit. */
const badCheckDigit = (g: string) => g.slice(0, -1) + String((Number(g.at(-1)) + 1) % 10);

type Record_ = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;
const csvOf = (rows: Record_[], columns: readonly string[] = CSV_COLUMNS) =>
  Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c as keyof Record_] ?? '')) }, { newline: '\r\n' });

describe('products CSV export and import', () => {
  let t: TestApp;
  let merchantToken: string;
  let brandToken: string;
  let otherToken: string;
  let opToken: string;
  let merchantId: string;
  let jeansId: string;
  let teeId: string;
  let foreignGtin: string;
  let foreignProduct: string;

  const exportCsv = async (token = merchantToken, query = '') => {
    const res = await t.call('GET', `/api/products/export.csv${query}`, { token });
    assert.equal(res.statusCode, 200, res.body);
    return res;
  };
  const importCsv = async (csv: string, dry_run?: boolean, token = merchantToken) => {
    const res = await t.call('POST', '/api/products/import', { token, body: { csv, ...(dry_run !== undefined ? { dry_run } : {}) } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as ImportReport;
  };
  const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const catalogue = async () =>
    (
      await sql<{ row: string }>`
        select row_to_json(x)::text as row from (
          select p.id, p.title_en, p.title_zh, p.description_en, p.description_zh, p.hs_code, p.origin_country, p.image_urls, p.options, p.status,
                 p.temperature_class, p.updated_at, v.sku, v.gtin, v.option_values, v.weight_g, v.price_amount, v.price_currency, v.status as v_status,
                 v.lot_tracked, v.updated_at as v_updated_at,
                 (select string_agg(category_id, ',' order by category_id) from product_categories pc where pc.product_id = p.id) as categories
            from products p join variants v on v.product_id = p.id
           where p.merchant_id = ${merchantId}
           order by p.id, v.sku) x`.execute(t.database.db)
    ).rows.map((r) => r.row);

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Denim');
    merchantId = m.merchantId;
    const other = await verifiedMerchant(ctx, op, 'Other');
    await createCategory(ctx, op, { slug: 'clothing', name_en: 'Clothing', name_zh: '服装' });
    const jeansCat = await createCategory(ctx, op, { slug: 'jeans', name_en: 'Jeans', name_zh: '牛仔裤' });
    const jeans = await createProduct(ctx, m.actor, {
      title_en: 'Selvedge jeans, "raw" indigo',
      title_zh: '赤耳牛仔裤',
      // Text a spreadsheet would run as a formula, and a line break and comma inside a cell.
      description_en: '=HYPERLINK("http://evil.example","click")',
      description_zh: '第一行\n第二行, 含逗号',
      hs_code: '620342',
      origin_country: 'US',
      image_urls: ['https://img.example.com/jeans-1.jpg', 'https://img.example.com/jeans-2.jpg'],
      category_ids: [jeansCat.id],
      options: [
        { name: 'waist', values: ['30', '32', '34'] },
        { name: 'length', values: ['32'] },
      ],
      status: 'active',
      variants: [
        { sku: `JEANS-${stamp}-30`, gtin: gtin13(), option_values: { waist: '30', length: '32' }, weight_g: 800, price: { amount: 14800, currency: 'USD' } },
        { sku: `JEANS-${stamp}-32`, gtin: gtin13(), option_values: { waist: '32', length: '32' }, weight_g: 820, price: { amount: 14800, currency: 'USD' } },
      ],
    });
    jeansId = jeans.id;
    const tee = await createProduct(ctx, m.actor, {
      title_en: '-Pocket tee',
      title_zh: '口袋T恤',
      // A formula followed by a line break is defused too.
      description_en: '@SUM(A1)\nsecond line',
      hs_code: '610910',
      origin_country: 'US',
      variants: [{ sku: `TEE-${stamp}`, weight_g: 200, price: { amount: 3500, currency: 'USD' } }],
    });
    teeId = tee.id;
    const f = await product(ctx, other.actor);
    foreignProduct = f.productId;
    foreignGtin = (await ctx.db.selectFrom('variants').select('gtin').where('id', '=', f.variantIds[0]!).executeTakeFirstOrThrow()).gtin!;

    merchantToken = (await t.userToken({ role: 'merchant', merchant_id: merchantId, merchant_role: 'owner' })).token;
    brandToken = (await t.userToken({ role: 'brand_owner', merchant_id: merchantId })).token;
    otherToken = (await t.userToken({ role: 'merchant', merchant_id: other.merchantId })).token;
    opToken = (await t.userToken({ role: 'operator' })).token;
  });
  after(() => t?.close());

  it('exports one row per variant, quoted and escaped, with formula-like text defused', async () => {
    const res = await exportCsv();
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), new RegExp(`attachment; filename="products-${merchantId}.csv"`));
    assert.ok(res.body.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
    assert.ok(res.body.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), 'formula prefixed with a quote, quotes doubled');
    assert.ok(res.body.includes(`"Selvedge jeans, ""raw"" indigo"`));
    const rows = parse(res.body);
    assert.equal(rows.length, 3);
    const [j30, j32, tee] = [...rows].sort((a, b) => (a.sku! < b.sku! ? -1 : 1));
    assert.equal(j30!.product, jeansId);
    assert.equal(j32!.product, jeansId);
    assert.equal(tee!.product, teeId);
    assert.equal(tee!.title_en, "'-Pocket tee");
    assert.equal(tee!.description_en, "'@SUM(A1)\nsecond line");
    assert.equal(j30!.description_zh, '第一行\n第二行, 含逗号');
    assert.equal(j30!.categories, 'jeans');
    assert.equal(j30!.image_urls, 'https://img.example.com/jeans-1.jpg|https://img.example.com/jeans-2.jpg');
    assert.deepEqual([j30!.option1_name, j30!.option1_value, j30!.option2_name, j30!.option2_value], ['waist', '30', 'length', '32']);
    assert.deepEqual([j32!.price_amount, j32!.price_currency, j32!.weight_g, j32!.status, j32!.variant_status], ['14800', 'USD', '820', 'active', 'active']);
    assert.match(j30!.gtin!, /^\d{8,14}$/);
    assert.ok(normaliseGtin(j30!.gtin!));

    // Brand owners read their merchant's; another merchant's id is not found; an operator names the merchant.
    assert.equal((await exportCsv(brandToken)).body, res.body);
    assert.equal((await t.call('GET', `/api/products/export.csv?merchant_id=${merchantId}`, { token: otherToken })).statusCode, 404);
    assert.equal((await t.call('GET', '/api/products/export.csv', { token: opToken })).json().code, 'merchant_required');
    assert.equal((await exportCsv(opToken, `?merchant_id=${merchantId}`)).body, res.body);
  });

  it('round-trips: importing the export changes nothing; edited rows update, new rows add variants and products', async () => {
    const exported = (await exportCsv()).body;
    const before = await catalogue();
    const same = await importCsv(exported);
    assert.deepEqual(same, { ok: true, dry_run: false, created: 0, updated: 3, products_created: 0, products_updated: 2, errors: [], errors_truncated: false });
    assert.deepEqual(await catalogue(), before, 'nothing changed, updated_at included');

    const rows = parse(exported);
    const j30 = rows.find((r) => r.sku === `JEANS-${stamp}-30`)!;
    j30.price_amount = '15800';
    const newGtin = gtin13();
    const edited = [
      ...rows,
      // A new variant of the jeans with a new waist value.
      { ...j30, sku: `JEANS-${stamp}-34`, gtin: newGtin, option1_value: '34', price_amount: '15800' },
      // A new product with two variants, grouped by a handle; product fields on its first row only.
      {
        product: 'new-tote',
        title_en: 'Canvas tote',
        title_zh: '帆布包',
        hs_code: '420222',
        origin_country: 'US',
        categories: 'clothing',
        status: 'draft',
        sku: `TOTE-${stamp}-S`,
        option1_name: 'size',
        option1_value: 'S',
        weight_g: '300',
        price_amount: '2500',
        price_currency: 'usd',
      },
      { product: 'new-tote', sku: `TOTE-${stamp}-L`, option1_name: 'size', option1_value: 'L', weight_g: '350', price_amount: '2900', price_currency: 'USD' },
    ];
    const csv = csvOf(edited as Record_[]);
    const dry = await importCsv(csv, true);
    assert.deepEqual(dry, { ok: true, dry_run: true, created: 3, updated: 3, products_created: 1, products_updated: 2, errors: [], errors_truncated: false });
    assert.deepEqual(await catalogue(), before, 'a dry run writes nothing');

    const done = await importCsv(csv);
    assert.equal(done.ok, true, JSON.stringify(done.errors));
    assert.equal(done.created, 3);
    const jeans = (await t.call('GET', `/api/products/${jeansId}`, { token: merchantToken })).json();
    assert.deepEqual(jeans.variants.map((v: { sku: string; price: { amount: number } }) => [v.sku.split('-').at(-1), v.price.amount]).sort(), [
      ['30', 15800],
      ['32', 14800],
      ['34', 15800],
    ]);
    assert.equal(jeans.description_en, '=HYPERLINK("http://evil.example","click")', 'the formula guard is taken off again');
    assert.equal(jeans.title_en, 'Selvedge jeans, "raw" indigo');
    const tee = (await t.call('GET', `/api/products/${teeId}`, { token: merchantToken })).json();
    assert.equal(tee.title_en, '-Pocket tee');
    assert.equal(tee.description_en, '@SUM(A1)\nsecond line');

    const again = parse((await exportCsv()).body);
    assert.equal(again.length, 6);
    const tote = again.filter((r) => r.title_en === 'Canvas tote');
    assert.equal(tote.length, 2);
    assert.match(tote[0]!.product!, /^prd_/);
    assert.deepEqual(tote.map((r) => [r.option1_value, r.price_amount, r.price_currency, r.categories, r.status]).sort(), [
      ['L', '2900', 'USD', 'clothing', 'draft'],
      ['S', '2500', 'USD', 'clothing', 'draft'],
    ]);
    assert.equal(normaliseGtin(again.find((r) => r.sku === `JEANS-${stamp}-34`)!.gtin!), normaliseGtin(newGtin));
    // The export of the new state imports as no change again.
    const snapshot = await catalogue();
    assert.equal((await importCsv(csvOf(again as Record_[]))).ok, true);
    assert.deepEqual(await catalogue(), snapshot);
  });

  it('reports every bad row with its column and code, and writes nothing', async () => {
    const before = await catalogue();
    const good = {
      title_en: 'Wool socks',
      title_zh: '羊毛袜',
      hs_code: '611595',
      origin_country: 'US',
      weight_g: '80',
      price_currency: 'USD',
    };
    const csv = csvOf([
      { ...good, product: 'socks-a', sku: `SOCK-${stamp}-1`, gtin: badCheckDigit(gtin13()), price_amount: '1200' }, // row 2
      { ...good, product: 'socks-b', sku: `SOCK-${stamp}-2`, price_amount: '-500' }, // row 3
      { ...good, product: 'socks-c', sku: `SOCK-${stamp}-3`, price_amount: '900', price_currency: 'XYZ', hs_code: '12' }, // row 4
      { ...good, product: 'socks-d', sku: `SOCK-${stamp}-4`, price_amount: '900' }, // row 5: fine on its own
      { ...good, product: 'socks-e', sku: `SOCK-${stamp}-5`, gtin: foreignGtin, price_amount: '900' }, // row 6: GTIN of another merchant's item
      { ...good, product: foreignProduct, sku: `SOCK-${stamp}-6`, price_amount: '900' }, // row 7: another merchant's product
      { ...good, product: 'socks-d', sku: `SOCK-${stamp}-4`, price_amount: '900' }, // row 8: SKU of row 5 again
      { ...good, product: 'socks-f', sku: `SOCK-${stamp}-7`, price_amount: '12.50' }, // row 9: not minor units
    ]);
    const r = await importCsv(csv);
    assert.equal(r.ok, false);
    assert.deepEqual([r.created, r.updated], [0, 0]);
    const got = r.errors.map((e) => [e.row, e.column, e.code]);
    assert.deepEqual(got, [
      [2, 'gtin', 'invalid_gtin'],
      [3, 'price_amount', 'invalid_price'],
      [4, 'hs_code', 'invalid_hs_code'],
      [4, 'price_currency', 'invalid_currency'],
      [6, 'gtin', 'gtin_taken'],
      [7, 'product', 'product_not_found'],
      [8, 'sku', 'sku_duplicate'],
      [9, 'price_amount', 'invalid_price'],
    ]);
    assert.ok(r.errors.every((e) => e.message.length > 0));
    assert.match(r.errors[1]!.message, /-500/);
    assert.deepEqual(await catalogue(), before, 'nothing written, not even the valid row 5');
    const socks = await t.database.db.selectFrom('variants').select('sku').where('sku', 'like', `SOCK-${stamp}-%`).execute();
    assert.deepEqual(socks, []);
  });

  it('maps the catalogue service’s refusals on updates to the rows, and rolls back the rest', async () => {
    const before = await catalogue();
    const rows = parse((await exportCsv()).body);
    const tee = rows.find((r) => r.sku === `TEE-${stamp}`)!;
    const j32 = rows.find((r) => r.sku === `JEANS-${stamp}-32`)!;
    tee.title_en = 'Pocket tee, renamed';
    tee.lot_tracked = 'true'; // fixed when a variant is created
    j32.price_currency = 'EUR'; // the other jeans stay in USD
    const r = await importCsv(csvOf(rows as Record_[]));
    assert.equal(r.ok, false);
    const row = (sku: string) => rows.findIndex((x) => x.sku === sku) + 2;
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.code]),
      [
        [row(`JEANS-${stamp}-32`), 'price_currency', 'currency_mismatch'],
        [row(`TEE-${stamp}`), 'lot_tracked', 'lot_tracking_fixed'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    assert.deepEqual(await catalogue(), before, 'the valid rename was rolled back too');
  });

  it('checks the header and who may import', async () => {
    const missing = await importCsv('product,sku,colour\r\nx,y,z\r\n');
    assert.equal(missing.ok, false);
    assert.deepEqual(
      missing.errors.filter((e) => e.row === 1).map((e) => [e.column, e.code]),
      [
        ['colour', 'unknown_column'],
        ['title_en', 'missing_column'],
        ['title_zh', 'missing_column'],
        ['hs_code', 'missing_column'],
        ['origin_country', 'missing_column'],
        ['weight_g', 'missing_column'],
        ['price_amount', 'missing_column'],
        ['price_currency', 'missing_column'],
      ],
    );
    assert.equal((await importCsv('')).errors[0]!.code, 'empty_file');
    assert.equal((await importCsv(`${CSV_COLUMNS.join(',')}\r\n`)).errors[0]!.code, 'no_rows');
    const unclosed = await importCsv(`${CSV_COLUMNS.join(',')}\r\n"unclosed,${CSV_COLUMNS.slice(1).join(',')}\r\n`);
    assert.equal(unclosed.ok, false);
    assert.ok(unclosed.errors.some((e) => e.code === 'csv_malformed' || e.code === 'wrong_field_count'));

    const body = { csv: (await exportCsv()).body, dry_run: true };
    assert.equal((await t.call('POST', '/api/products/import', { token: brandToken, body })).statusCode, 403);
    assert.equal((await t.call('POST', '/api/products/import', { body })).statusCode, 401);
    // Another merchant importing this file: the product ids are not its own.
    const foreign = await importCsv(body.csv, true, otherToken);
    assert.ok(foreign.errors.length > 0 && foreign.errors.every((e) => e.code === 'product_not_found'));
    const op = await t.call('POST', '/api/products/import', { token: opToken, body: { ...body, merchant_id: merchantId } });
    assert.equal(op.json().ok, true, op.body);
    assert.equal((await t.call('POST', '/api/products/import', { token: opToken, body })).json().code, 'merchant_required');
  });
});
