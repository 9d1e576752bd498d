/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

interface Variant {
  id: string;
  option_values: Record<string, string>;
  price: { amount: number; currency: string };
  sale_price: { amount: number; currency: string; source: string } | null;
}
interface Product {
  id: string;
  title_en: string;
  title_zh: string;
  brand: { name_en: string; name_zh: string } | null;
  variants: Variant[];
}
interface Availability {
  items: Array<{ variant_id: string; available: number; locations: Array<{ location_id: string; available: number }> }>;
}
interface TaxLine {
  kind: string;
  amount: number;
  rate_bp: number;
  included: boolean;
  rule: string;
}
interface Order {
  id: string;
  number: number;
  status: string;
  pickup_code: string | null;
  guest_email: string | null;
  customer_id: string | null;
  delivery_address: Record<string, unknown> | null;
  currency: string;
  subtotal_amount: number;
  shipping_amount: number;
  tax_amount: number;
  total_amount: number;
  customs_regime: string | null;
  buyer_name: string | null;
  buyer_id_masked: string | null;
  tax_lines: TaxLine[];
  shipments: Array<{ id: string; kind: string; location_id: string; status: string; fulfilment_mode: string; freight_amount: number }>;
  lines: Array<{ variant_id: string; quantity: number; location_id: string; unit_price_amount: number; fx_rate: string | null; price_source: string }>;
}

/** n / d rounded half-up, in BigInt (no floats near money). */
const halfUp = (n: bigint, d: bigint) => Number((2n * n + d) / (2n * d));
const cnyIn = (locale: string) => (fen: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100);

/** Nothing sticks out sideways on a 390px-wide phone. */
async function assertFitsPhone(page: Page, label: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${label} fits a 390px phone screen (${width}px wide)`);
}

/** The demo product images live on a host the tests cannot reach: refuse them at once (the page shows placeholders). */
async function withoutRemoteImages(page: Page): Promise<Page> {
  await page.route(/images\.meridian\.demo/, (route) => route.abort());
  return page;
}

describe('the storefront', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  let operator: string;
  let store: { id: string; name_zh: string; name_en: string };
  let jeans: Product;
  let jeans32: Variant;

  async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: T }> {
    const r = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: r.status, json: (await r.json()) as T };
  }
  async function get<T>(path: string, token?: string): Promise<T> {
    const r = await call<T>('GET', path, token);
    assert.equal(r.status, 200, `GET ${path}: ${JSON.stringify(r.json)}`);
    return r.json;
  }
  const pickupAt = async (variantId: string, locationId: string) =>
    (await get<Availability>(`/api/availability?variant_id=${variantId}&promise=pickup`)).items[0]?.locations.find((l) => l.location_id === locationId)
      ?.available ?? 0;

  before(async () => {
    app = await browserApp();
    operator = await app.login('operator@meridian.demo');
    // The clerk's store (Hangzhou Wulin) and the demo merchant's selvedge jeans, size 32 Indigo Rinse.
    const clerk = await app.login('clerk@meridian.demo');
    const me = await get<{ location_id: string }>('/api/me', clerk);
    store = await get(`/api/locations/${me.location_id}`);
    assert.match(store.name_zh, /杭州武林/);
    const found = await get<{ items: Array<{ id: string }> }>('/api/products?q=selvedge');
    jeans = await get<Product>(`/api/products/${found.items[0]!.id}`);
    jeans32 = jeans.variants.find((v) => v.option_values.size === '32' && v.option_values.colour === 'Indigo Rinse')!;
    assert.ok(jeans32, 'the jeans come in 32 / Indigo Rinse');
    // Listed at US$148.00; consumers pay CNY: 148.00 × 7.18 = 1,062.64, rounded up to end in .90 (the demo's default price rule).
    assert.deepEqual(jeans32.price, { amount: 14800, currency: 'USD' });
    assert.equal(halfUp(14800n * 718n, 100n), 106264);
    assert.deepEqual(jeans32.sale_price, { amount: 106290, currency: 'CNY', source: 'converted' });
    // The demo data holds no jeans in stores: the merchant receives some at the clerk's store.
    if ((await pickupAt(jeans32.id, store.id)) < 4) {
      const merchant = await app.login('merchant@meridian.demo');
      const r = await call('POST', '/api/stock/receipts', merchant, { location_id: store.id, lines: [{ variant_id: jeans32.id, quantity: 6 }] });
      assert.equal(r.status, 201, JSON.stringify(r.json));
    }
    assert.ok((await pickupAt(jeans32.id, store.id)) >= 4, 'jeans to pick up at the clerk’s store');
    // Size 30 Black sells out everywhere (the merchant counts it down to zero in the bonded and the US
    // warehouse that hold it): the page must say so.
    const black30 = jeans.variants.find((v) => v.option_values.size === '30' && v.option_values.colour === 'Black')!;
    const merchantToken = await app.login('merchant@meridian.demo');
    for (const l of (await get<Availability>(`/api/availability?variant_id=${black30.id}`)).items[0]?.locations ?? []) {
      if (l.available <= 0) continue;
      const r = await call('POST', '/api/stock/adjustments', merchantToken, {
        location_id: l.location_id,
        variant_id: black30.id,
        delta: -l.available,
        note: 'sold out',
      });
      assert.equal(r.status, 201, JSON.stringify(r.json));
    }
    assert.equal((await get<Availability>(`/api/availability?variant_id=${black30.id}`)).items[0]?.available, 0);
  });
  after(() => app?.close());

  it('a Chinese-speaking guest searches 牛仔裤, picks up jeans today at the Hangzhou Wulin store and gets the pick-up code', async () => {
    const page = await withoutRemoteImages(await app.page({ locale: 'zh-CN' }));

    // Home: categories, featured US brands and products, in Chinese.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '美国品牌，送货到家或今天到店自提' }).waitFor();
    await page.getByRole('link', { name: '服饰', exact: true }).waitFor();
    await page.getByRole('link', { name: '蓝岭牛仔' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '新品上架' }).waitFor();
    await page.locator('.sf-product-card a').first().waitFor();
    await assertAccessible(page, 'storefront home');

    // Search in Chinese.
    const search = page.getByRole('searchbox', { name: '搜索商品' });
    await search.fill('牛仔裤');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole('heading', { level: 1, name: '“牛仔裤”的搜索结果' }).waitFor();
    await page.getByRole('link', { name: jeans.title_zh }).waitFor();
    await page.getByRole('link', { name: '宽松锥形牛仔裤' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /车厘子/ }).count(), 0, 'only jeans match 牛仔裤');
    await screenshot(page, 'storefront-search-zh');

    // The product: a choice with no stock anywhere says so and cannot be added.
    await page.getByRole('link', { name: jeans.title_zh }).click();
    await page.getByRole('heading', { level: 1, name: jeans.title_zh }).waitFor();
    await page.getByText(cnyIn('zh-CN')(106290)).first().waitFor();
    assert.equal(cnyIn('zh-CN')(106290), '¥1,062.90');
    await page.getByLabel('尺码').selectOption('30');
    await page.getByLabel('颜色').selectOption('Black');
    await page.getByText('该款式暂时缺货。').waitFor();
    assert.equal(await page.getByRole('button', { name: '加入购物车' }).isDisabled(), true);

    // Size 32 Indigo Rinse can be picked up today at the clerk's store.
    await page.getByLabel('尺码').selectOption('32');
    await page.getByLabel('颜色').selectOption('Indigo Rinse');
    const pickup = page.getByRole('radio', { name: new RegExp(`今天到${store.name_zh}自提`) });
    await pickup.check();
    assert.equal(await pickup.isChecked(), true);
    await page
      .getByText(/该门店有货 \d+ 件/)
      .first()
      .waitFor();
    await page.getByRole('radio', { name: /快递配送/ }).waitFor();
    await assertAccessible(page, 'storefront product');
    await screenshot(page, 'storefront-product');
    await page.getByRole('button', { name: '加入购物车' }).click();
    await page.getByText('已加入购物车。').waitFor();

    // The cart keeps the pick-up store; then checkout as a guest.
    await page.getByRole('link', { name: '购物车（1）' }).click();
    await page.getByRole('heading', { level: 1, name: '购物车' }).waitFor();
    assert.equal(await page.getByLabel(`${jeans.title_zh} 的配送或自提方式`).inputValue(), `pickup:${store.id}`);
    await page.getByRole('link', { name: '去结算' }).click();
    await page.getByRole('heading', { level: 1, name: '结算' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '门店自提' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: '收货地址' }).count(), 0, 'no address for a pick-up');
    await page.getByLabel('接收订单信息的邮箱').fill('zhang.wei@example.com');
    // Before paying: the store pick-up, its (free) freight, the VAT inside the price, and the total.
    await page.getByRole('button', { name: '下一步：计算运费和税费' }).click();
    const review = page.getByRole('region', { name: '运费、税费与合计' });
    await review.getByText('门店自提').waitFor();
    assert.equal(await review.getByTestId('quote-total').textContent(), '¥1,062.90');
    await review.getByRole('row').filter({ hasText: '增值税（价内）' }).getByText('已含在价格中').waitFor();
    await assertAccessible(page, 'storefront checkout review (pick-up)');
    await page.getByRole('button', { name: '提交订单并支付' }).click();

    // The confirmation shows the pick-up code the order has.
    await page.waitForURL(/\/orders\/ord_/);
    await page.getByText('谢谢！订单已提交并支付成功。').waitFor();
    const codeRegion = page.getByRole('region', { name: '取货码' });
    const shown = (await codeRegion.locator('.sf-code').textContent())?.trim();
    await codeRegion.getByText(store.name_zh).waitFor();
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = await get<Order>(`/api/orders/${orderId}`, operator);
    assert.ok(order.pickup_code, 'a pick-up order has a code');
    assert.equal(shown, order.pickup_code);
    assert.equal(order.guest_email, 'zhang.wei@example.com');
    assert.deepEqual(
      order.shipments.map((s) => [s.kind, s.location_id]),
      [['pickup', store.id]],
    );
    assert.deepEqual(
      order.lines.map((l) => [l.variant_id, l.quantity]),
      [[jeans32.id, 1]],
    );
    await page.getByRole('heading', { level: 1, name: `订单 #${order.number}` }).waitFor();
    // The code is what the clerk's till finds the order by.
    const clerk = await app.login('clerk@meridian.demo');
    assert.equal((await get<{ order: { id: string } }>(`/api/pickups/${shown}`, clerk)).order.id, orderId);
    await assertAccessible(page, 'storefront confirmation');
    await screenshot(page, 'storefront-confirmation');
    // The cart is empty again.
    await page.getByRole('link', { name: '购物车（0）' }).waitFor();
  });

  it('a shopper on a phone fills a cart from two merchants, signs in at checkout, sees a decline, pays and tracks the order', async () => {
    const found = await get<{ items: Array<{ id: string }> }>('/api/products?q=bing');
    const cherries = await get<Product>(`/api/products/${found.items[0]!.id}`);
    assert.ok(((await get<Availability>(`/api/availability?variant_id=${cherries.variants[0]!.id}&promise=delivery`)).items[0]?.available ?? 0) > 0);
    const shopper = await app.login('shopper@meridian.demo');
    const page = await withoutRemoteImages(await app.page({ locale: 'en-US', mobile: true }));

    await page.goto(`/products/${cherries.id}`);
    await page.getByRole('heading', { level: 1, name: cherries.title_en }).waitFor();
    await page.getByRole('radio', { name: /^Delivery/ }).check();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added to your cart.').waitFor();

    await page.goto(`/products/${jeans.id}`);
    await page.getByRole('heading', { level: 1, name: jeans.title_en }).waitFor();
    await page.getByLabel('Size').selectOption('32');
    await page.getByLabel('Colour').selectOption('Indigo Rinse');
    await page.getByRole('radio', { name: /^Delivery/ }).check();
    await assertFitsPhone(page, 'the product page');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added to your cart.').waitFor();

    // One cart, two merchants; change a quantity.
    await page.getByRole('link', { name: 'Cart (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `From ${jeans.brand!.name_en}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `From ${cherries.brand!.name_en}` }).waitFor();
    await page.getByLabel(`Quantity of ${jeans.title_en}`).selectOption('2');
    await page.getByRole('link', { name: 'Cart (3)' }).waitFor();
    assert.equal(await page.getByLabel(`Quantity of ${jeans.title_en}`).inputValue(), '2');
    await assertFitsPhone(page, 'the cart');
    await assertAccessible(page, 'storefront cart (mobile)');
    await screenshot(page, 'storefront-cart-mobile');

    // Checkout with a delivery address; a declined card is explained, then an approved one pays.
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    // Signing in moves the guest's cart to the shopper's account, so the order is theirs.
    await page.getByRole('button', { name: 'Sign in instead' }).click();
    // A slow network while the cart moves: the shopper goes on before the move has finished.
    const slowLines = async (route: Route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    };
    await page.route('**/api/carts/*/lines', slowLines);
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Email').fill('shopper@meridian.demo');
    await signIn.getByLabel('Password').fill('meridian');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/Ordering as .*shopper@meridian\.demo/).waitFor();
    await page.getByRole('link', { name: 'Cart (3)' }).waitFor();
    await assertFitsPhone(page, 'checkout');
    await page.getByLabel('Recipient').fill('王芳');
    await page.getByLabel('Phone').fill('+86 138 0000 0000');
    await page.getByLabel('Street address').fill('延安路 1 号');
    await page.getByLabel('City').fill('Hangzhou');
    // Freight per shipment and the total are shown before paying.
    await page.getByRole('button', { name: 'Continue: freight, tax and total' }).click();
    const review = page.getByRole('region', { name: 'Freight, tax and total' });
    const quoted = (await review.getByTestId('quote-total').textContent())?.trim();
    await page.unroute('**/api/carts/*/lines', slowLines);
    assert.match(quoted ?? '', /^CN¥[\d,]+\.\d{2}$/);
    await assertFitsPhone(page, 'checkout review');
    await page.getByLabel('Test card (no real money)').selectOption('tok_declined');
    await page.getByRole('button', { name: 'Pay and place order' }).click();
    await page.getByRole('alert').getByText('The card was declined. Nothing was charged; try another card.').waitFor();
    await page.getByLabel('Test card (no real money)').selectOption('tok_ok');
    await page.getByRole('button', { name: 'Pay and place order' }).click();
    await page.waitForURL(/\/orders\/ord_/);
    await page.getByText('Thank you! Your order is placed and paid.').waitFor();
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = await get<Order>(`/api/orders/${orderId}`, shopper);
    assert.ok(order.customer_id, 'the order is the signed-in shopper’s');
    assert.equal(order.currency, 'CNY');
    assert.equal(cnyIn('en-US')(order.total_amount), quoted, 'the order costs what the review showed');
    assert.equal(order.total_amount, order.subtotal_amount + order.shipping_amount + order.tax_amount);
    assert.equal(order.pickup_code, null);
    assert.equal(order.delivery_address?.city, 'Hangzhou');
    const cherryIds = new Set(cherries.variants.map((v) => v.id));
    assert.deepEqual(
      order.lines.map((l) => [cherryIds.has(l.variant_id) ? 'cherries' : l.variant_id, l.quantity]).sort(),
      [
        ['cherries', 1],
        [jeans32.id, 2],
      ].sort(),
    );
    assert.equal(await page.getByRole('region', { name: 'Pick-up code' }).count(), 0);
    await page.getByRole('heading', { level: 2, name: 'Shipments' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 3, name: /^Delivery from / }).count(), order.shipments.length);

    // The order list of the account, and the tracking page from it.
    await page.getByRole('link', { name: 'My orders' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
    // A saved identity shows with the cross-border limits left this year (none used yet: all of ¥26,000.00).
    const saved = await call<{ masked: string }>('POST', '/api/me/identities', shopper, { name: '王芳', id_number: '11010519491231002X', save: true });
    assert.equal(saved.status, 201, JSON.stringify(saved.json));
    await page.reload();
    const limits = page.getByRole('region', { name: 'Cross-border limits left this year' });
    const mine = limits.getByRole('row').filter({ hasText: '王芳' });
    await mine.getByText(saved.json.masked).waitFor();
    assert.deepEqual((await mine.getByRole('cell').allInnerTexts()).slice(1, 4), [
      cnyIn('en-US')(0),
      `${cnyIn('en-US')(2_600_000)}\n/ ${cnyIn('en-US')(2_600_000)}`,
      cnyIn('en-US')(500_000),
    ]);
    await page.getByRole('link', { name: `Order #${order.number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    await page.getByText('Confirmed').first().waitFor();
    await assertAccessible(page, 'storefront order tracking (mobile)');
    await screenshot(page, 'storefront-order-mobile');
  });

  it('a guest buys jeans from the bonded warehouse for Hangzhou: freight and import tax before paying, a wrong ID number refused, the order with its tax and masked ID', async () => {
    // Size 34 Indigo Rinse is in no store: it comes from the bonded warehouse WH-HZ-XIASHA (bonded import).
    const jeans34 = jeans.variants.find((v) => v.option_values.size === '34' && v.option_values.colour === 'Indigo Rinse')!;
    assert.equal(await pickupAt(jeans34.id, store.id), 0);
    const price = jeans34.sale_price!.amount;
    assert.equal(price, 106290);
    // CBEC within the limits (财关税〔2016〕18号): tariff 0, VAT 13 % × 70 % = 9.1 % of the price paid including the freight (¥10 bonded import).
    const freight = 1000;
    const vat = halfUp(BigInt(price + freight) * 910n, 10_000n);
    assert.equal(vat, 9763);
    const total = price + freight + vat;
    const money = cnyIn('en-US');
    assert.equal(money(total), 'CN¥1,170.53');

    const page = await withoutRemoteImages(await app.page({ locale: 'en-US' }));
    await page.goto(`/products/${jeans.id}`);
    await page.getByRole('heading', { level: 1, name: jeans.title_en }).waitFor();
    await page.getByLabel('Size').selectOption('34');
    await page.getByLabel('Colour').selectOption('Indigo Rinse');
    await page.getByText(money(price)).first().waitFor();
    await page.getByRole('radio', { name: /^Delivery/ }).check();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText('Added to your cart.').waitFor();
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await page.getByText('Freight and any import tax (for goods shipped from abroad) are worked out at checkout').waitFor();

    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    await page.getByLabel('Email for your order').fill('li.na@example.com');
    await page.getByLabel('Recipient').fill('李娜');
    await page.getByLabel('Phone').fill('+86 139 0000 0000');
    await page.getByLabel('Street address').fill('文三路 90 号');
    await page.getByLabel('City').fill('Hangzhou');
    await page.getByRole('button', { name: 'Continue: freight, tax and total' }).click();

    // Before paying: bonded-warehouse import with its freight, the import tax lines with their rules, the total.
    const review = page.getByRole('region', { name: 'Freight, tax and total' });
    await review.getByText('Bonded warehouse import').waitFor();
    await review.getByText(`Freight: ${money(freight)}`).waitFor();
    const vatRow = review.getByRole('row').filter({ hasText: 'Import VAT' });
    assert.deepEqual((await vatRow.getByRole('cell').allInnerTexts()).slice(1, 3), ['9.1%', money(vat)]);
    await vatRow.getByText(/70% of the full import VAT/).waitFor();
    const tariffRow = review.getByRole('row').filter({ hasText: 'Tariff' });
    assert.deepEqual((await tariffRow.getByRole('cell').allInnerTexts()).slice(1, 3), ['0%', money(0)]);
    await tariffRow.getByText(/pay no tariff/).waitFor();
    assert.equal(await review.getByTestId('quote-total').textContent(), money(total));

    // Customs needs the buyer: a wrong ID number (its check character) is refused with the reason.
    const identity = page.getByRole('region', { name: 'Buyer’s identity for customs' });
    await identity.waitFor();
    await page.getByRole('button', { name: 'Pay and place order' }).click();
    await page
      .getByRole('alert')
      .getByText(/Cross-border goods need the buyer’s identity/)
      .waitFor();
    await identity.getByLabel('Real name (as on the ID card)').fill('李娜');
    await identity.getByLabel('Resident ID number').fill('110105194912310021');
    await identity.getByRole('button', { name: 'Use this identity' }).click();
    await identity.getByRole('alert').getByText('This ID number is not valid: its last character does not match the others. Check it for typos.').waitFor();
    await identity.getByLabel('Resident ID number').fill('11010519491231002X');
    await identity.getByRole('button', { name: 'Use this identity' }).click();
    await identity.getByText('Declared for 李娜, ID 1101**********002X').waitFor();
    await identity.getByLabel('The payer is me: I, the buyer named above, pay for this order').check();
    await assertAccessible(page, 'storefront cross-border checkout');
    await screenshot(page, 'storefront-cross-border');
    await page.getByRole('button', { name: 'Pay and place order' }).click();

    // The order: bonded import with its freight, the tax lines, the masked ID; the platform agrees to the fen.
    await page.waitForURL(/\/orders\/ord_/);
    await page.getByText('Thank you! Your order is placed and paid.').waitFor();
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = await get<Order>(`/api/orders/${orderId}`, operator);
    assert.equal(order.currency, 'CNY');
    assert.equal(order.customs_regime, 'cbec');
    assert.deepEqual([order.subtotal_amount, order.shipping_amount, order.tax_amount, order.total_amount], [price, freight, vat, total]);
    assert.deepEqual(
      order.shipments.map((s) => [s.fulfilment_mode, s.freight_amount]),
      [['bonded_import', freight]],
    );
    assert.deepEqual(
      order.lines.map((l) => [l.variant_id, l.unit_price_amount, l.fx_rate, l.price_source]),
      [[jeans34.id, price, '7.18', 'converted']],
    );
    assert.deepEqual(order.tax_lines.map((l) => [l.kind, l.rule, l.rate_bp, l.amount, l.included]).sort(), [
      ['tariff', 'cbec_tariff_zero', 0, 0, false],
      ['vat', 'cbec_vat_70', 910, vat, false],
    ]);
    assert.equal(order.buyer_name, '李娜');
    assert.equal(order.buyer_id_masked, '1101**********002X');
    const taxes = page.getByRole('region', { name: 'Taxes' });
    await taxes.getByText('Declared to customs for 李娜, ID 1101**********002X').waitFor();
    await taxes.getByText('Cross-border e-commerce retail import', { exact: true }).waitFor();
    assert.deepEqual((await taxes.getByRole('row').filter({ hasText: 'Import VAT' }).getByRole('cell').allInnerTexts()).slice(1, 3), ['9.1%', money(vat)]);
    await page.getByText(`Freight: ${money(freight)}`).waitFor();
    await page.getByText('Bonded warehouse import').first().waitFor();
    const paid = page.getByRole('region', { name: 'Payment' });
    await paid.getByText(money(total), { exact: true }).waitFor();
    await paid.getByText(money(vat), { exact: true }).waitFor();
    await assertAccessible(page, 'storefront cross-border order');
    await screenshot(page, 'storefront-cross-border-order');
  });
});
