/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

interface Variant {
  id: string;
  option_values: Record<string, string>;
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
interface Order {
  id: string;
  number: number;
  status: string;
  pickup_code: string | null;
  guest_email: string | null;
  customer_id: string | null;
  delivery_address: Record<string, unknown> | null;
  shipments: Array<{ id: string; kind: string; location_id: string; status: string }>;
  lines: Array<{ variant_id: string; quantity: number; location_id: string }>;
}

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
    // The demo data holds no jeans in stores: the merchant receives some at the clerk's store.
    if ((await pickupAt(jeans32.id, store.id)) < 4) {
      const merchant = await app.login('merchant@meridian.demo');
      const r = await call('POST', '/api/stock/receipts', merchant, { location_id: store.id, lines: [{ variant_id: jeans32.id, quantity: 6 }] });
      assert.equal(r.status, 201, JSON.stringify(r.json));
    }
    assert.ok((await pickupAt(jeans32.id, store.id)) >= 4, 'jeans to pick up at the clerk’s store');
    // Size 30 Black has no stock anywhere: the page must say so.
    const black30 = jeans.variants.find((v) => v.option_values.size === '30' && v.option_values.colour === 'Black')!;
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
    await page.getByText('US$148.00').first().waitFor();
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
    await page.getByRole('link', { name: `Order #${order.number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Order #${order.number}` }).waitFor();
    await page.getByText('Confirmed').first().waitFor();
    await assertAccessible(page, 'storefront order tracking (mobile)');
    await screenshot(page, 'storefront-order-mobile');
  });
});
