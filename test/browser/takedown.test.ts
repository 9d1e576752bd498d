/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

/**
 * Notice and takedown end to end: a registered brand, an unauthorised listing that screening holds
 * and an operator releases (the screening queue), the brand owner's notice that takes it off the
 * storefront, the merchant's counter-notice, and the operator's decision (reinstate; and, for a
 * second listing, uphold, which is a strike the merchant sees).
 */
describe('a takedown from notice to removal from the storefront', { skip: browserSkip, timeout: 600_000 }, () => {
  let app: BrowserApp;
  const tok = {} as Record<'operator' | 'brand' | 'seller' | 'shopper', string>;
  const stamp = `${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`;
  // A made-up brand, unique to this run: its names appear only in this test's listings.
  const brandEn = `Quorvane ${stamp}`;
  const brandZh = `阔尔梵${stamp}`;
  let registrationId: string;
  let sellerId: string;
  let first: { id: string; variantId: string; title: string };
  let noticeId: string;

  async function call<T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
  }

  /** The seller lists an active product that uses the registered brand; answers it with its moderation. */
  async function list(suffix: string) {
    const title = `${brandEn} silk scarf ${suffix}`;
    const r = await call<{ id: string; variants: Array<{ id: string }>; moderation: { state: string; code: string } | null }>('POST', '/products', tok.seller, {
      title_en: title,
      title_zh: `${brandZh} 真丝围巾 ${suffix}`,
      description_en: `A silk scarf from ${brandEn}.`,
      hs_code: '621410',
      origin_country: 'US',
      status: 'active',
      variants: [{ sku: `QV-${stamp}-${suffix}`, weight_g: 120, price: { amount: 12900, currency: 'USD' } }],
    });
    assert.equal(r.status, 201, r.text);
    return { id: r.body.id, variantId: r.body.variants[0]!.id, title, moderation: r.body.moderation };
  }

  const publicStatus = async (id: string) => (await call('GET', `/products/${id}`)).status;
  const searchIds = async (q: string) =>
    (await call<{ items: Array<{ id: string }> }>('GET', `/products?q=${encodeURIComponent(q)}`)).body.items.map((p) => p.id);
  const order = (variantId: string, n: string) =>
    call<{ code?: string }>(
      'POST',
      '/orders',
      tok.shopper,
      {
        lines: [{ variant_id: variantId, quantity: 1, fulfilment: 'delivery' }],
        delivery: { recipient: '王芳', phone: '+86 138 0000 0000', address_line: '延安路 1 号', city: 'Hangzhou', country: 'CN' },
        payment: { token: 'tok_ok' },
      },
      { 'idempotency-key': `takedown-${stamp}-${n}` },
    );

  /** The storefront's product page and search, as a shopper sees them. */
  async function storefrontShows(page: Page, id: string, title: string): Promise<boolean> {
    await page.goto(`/products/${id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: new RegExp(`${title}|This product is not available`) }).waitFor();
    const shown = (await heading.innerText()).includes(title);
    await page.goto(`/search?q=${encodeURIComponent(`${brandEn} silk scarf`)}`);
    await page.getByRole('heading', { level: 1, name: `Results for “${brandEn} silk scarf”` }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: /^\d+ products?$/ })
      .or(page.getByText(/^Nothing matches/))
      .first()
      .waitFor();
    const listed = (await page.getByRole('link', { name: title }).count()) > 0;
    assert.equal(listed, shown, `search agrees with the product page for ${title}`);
    return shown;
  }

  before(async () => {
    app = await browserApp();
    tok.operator = await app.login('operator@meridian.demo');
    tok.brand = await app.login('brand@meridian.demo');
    tok.seller = await app.login('owner+yakima-valley-orchards@meridian.demo');
    tok.shopper = await app.login('shopper@meridian.demo');
    sellerId = (await call<{ merchant_id: string }>('GET', '/me', tok.seller)).body.merchant_id;

    // The brand owner registers the brand; an operator approves it.
    const expires = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    const applied = await call<{ id: string; status: string }>('POST', '/brand-registry/registrations', tok.brand, {
      name_en: brandEn,
      name_zh: brandZh,
      evidence_urls: ['https://cdn.example.com/quorvane-certificate.pdf'],
      trademarks: [{ office: 'USPTO', number: `US${stamp}`, classes: [25], expires_on: expires }],
    });
    assert.equal(applied.status, 201, applied.text);
    const approved = await call<{ status: string }>('POST', `/brand-registry/registrations/${applied.body.id}/approve`, tok.operator, {});
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.status, 'active');
    registrationId = applied.body.id;
  });
  after(() => app?.close());

  it('holds the unauthorised listing in screening until an operator releases it in the console', async () => {
    const listed = await list('A');
    first = listed;
    assert.equal(listed.moderation?.state, 'held', 'an unauthorised use of a registered brand is held');
    assert.equal(await publicStatus(listed.id), 404, 'a held listing is not public');

    const page = await app.page({ token: tok.operator });
    await page.goto('/console/screening');
    await page.getByRole('heading', { level: 1, name: 'Screening queue' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: listed.title });
    await row.waitFor();
    await row.getByText('Unauthorised seller').first().waitFor();
    await row.getByText(`brand “${brandEn}” in the title`).first().waitFor();
    await assertAccessible(page, 'screening queue');
    await screenshot(page, 'takedown-screening-queue');
    // Every action needs a note for the merchant.
    const release = row.getByRole('button', { name: `Release ${listed.title}` });
    assert.equal(await release.isDisabled(), true);
    await row.getByLabel(`Note for the merchant ${listed.title}`).fill('Checked with the brand owner: a reseller under review; released for now.');
    await release.click();
    await page
      .getByRole('status')
      .filter({ hasText: `Released ${listed.title}` })
      .waitFor();
    await row.waitFor({ state: 'detached' });

    const mine = await call<{ moderation: unknown }>('GET', `/products/${listed.id}`, tok.seller);
    assert.equal(mine.body.moderation, null);
    assert.equal(await publicStatus(listed.id), 200);
    assert.ok((await searchIds(brandEn)).includes(listed.id), 'search lists it');
    const shop = await app.page();
    assert.equal(await storefrontShows(shop, listed.id, listed.title), true, 'the storefront shows the listing');
  });

  it('takes the listing off the storefront when the brand owner files a notice in the portal', async () => {
    const page = await app.page({ token: tok.brand });
    await page.goto('/merchant/notices');
    await page.getByRole('heading', { level: 1, name: 'Takedown notices' }).waitFor();
    const form = page.getByRole('form', { name: 'File a notice' });
    await form.getByLabel('Registration it relies on').selectOption(registrationId);
    await form.getByLabel('Listing (storefront link or product id)').fill(`${app.url}/products/${first.id}`);
    await form.getByText(`Listing: ${first.title} (${first.id})`).waitFor();
    await form.getByLabel('Kind of infringement').selectOption('counterfeit');
    await form.getByLabel('Description').fill(`These scarves are not ${brandEn} products: our test buy had no hologram label.`);
    await form.getByLabel('Evidence URLs').fill('https://cdn.example.com/test-buy-1.jpg\nhttps://cdn.example.com/test-buy-2.jpg');
    await assertAccessible(page, 'file a notice');
    await form.getByRole('button', { name: 'File notice' }).click();
    const filed = form.getByRole('status').filter({ hasText: /Notice ntc_\w+ filed/ });
    await filed.waitFor();
    noticeId = /ntc_\w+/.exec(await filed.innerText())![0];

    // The notice is in the list of filed notices, with its status and timeline.
    const mine = page.getByRole('region', { name: 'Notices you filed' });
    const row = mine.getByRole('row').filter({ hasText: first.id });
    await row.getByText('Listing taken down').waitFor();
    await row.getByRole('button', { name: `Open ${noticeId}` }).click();
    const detail = page.getByRole('region', { name: `Notice ${noticeId}` });
    await detail.getByText('Notice received, listing taken down').waitFor();
    await detail.getByRole('link', { name: 'https://cdn.example.com/test-buy-2.jpg' }).waitFor();
    await detail.getByRole('button', { name: 'Withdraw notice' }).waitFor();
    await assertAccessible(page, 'notices filed');
    await screenshot(page, 'takedown-notice-filed');

    // Through the API: the notice, the listing taken down and refused at checkout.
    const notice = await call<{ status: string; product_id: string; listing_merchant_id: string; history: Array<{ to_status: string }> }>(
      'GET',
      `/takedowns/notices/${noticeId}`,
      tok.operator,
    );
    assert.equal(notice.body.status, 'actioned');
    assert.equal(notice.body.product_id, first.id);
    assert.equal(notice.body.listing_merchant_id, sellerId);
    assert.equal(await publicStatus(first.id), 404);
    assert.ok(!(await searchIds(brandEn)).includes(first.id), 'search does not list it');
    const refused = await order(first.variantId, 'down');
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.code, 'variant_unavailable');

    const shop = await app.page();
    assert.equal(await storefrontShows(shop, first.id, first.title), false, 'the storefront no longer shows it');
    await shop.goto(`/products/${first.id}`);
    await shop.getByRole('heading', { level: 1, name: 'This product is not available' }).waitFor();
    await assertAccessible(shop, 'product taken down');
    await screenshot(shop, 'takedown-storefront-unavailable');
  });

  it('shows the merchant the notice and its reason, in Chinese, and takes a counter-notice', async () => {
    const page = await app.page({ token: tok.seller, locale: 'zh-CN' });
    await page.goto('/merchant/notices');
    await page.getByRole('heading', { level: 1, name: '侵权投诉' }).waitFor();
    const received = page.getByRole('region', { name: '针对我方商品的投诉' });
    await received.getByRole('row').filter({ hasText: '商品已下架' }).first().waitFor();
    await received.getByRole('button', { name: `查看 ${noticeId}` }).click();
    const detail = page.getByRole('region', { name: `投诉 ${noticeId}` });
    await detail.getByText(`Taken down on notice ${noticeId} (counterfeit)`).waitFor();
    await detail.getByText('our test buy had no hologram label').first().waitFor();
    // The listing is among the moderated ones, with its code.
    const moderated = page.getByRole('region', { name: '被暂扣或下架的商品' });
    await moderated.getByRole('row').filter({ hasText: 'notice_counterfeit' }).waitFor();

    const form = detail.getByRole('form', { name: '提交反通知' });
    await form.getByLabel('反通知说明').fill('这些围巾是从品牌授权经销商处采购的正品，附发票为证。');
    await form.getByLabel('证据链接').fill('https://cdn.example.com/invoice-2024-118.pdf');
    await assertAccessible(page, 'counter-notice (zh-CN)');
    await form.getByRole('button', { name: '提交反通知' }).click();
    await detail
      .getByRole('status')
      .filter({ hasText: `已就 ${noticeId} 提交反通知` })
      .waitFor();
    await detail.getByText('已提交反通知').first().waitFor();
    await screenshot(page, 'takedown-counter-notice-zh');

    const notice = await call<{ status: string; counter_statement: string }>('GET', `/takedowns/notices/${noticeId}`, tok.seller);
    assert.equal(notice.body.status, 'countered');
    assert.match(notice.body.counter_statement, /授权经销商/);
  });

  it('reinstates the listing when the operator decides for the merchant', async () => {
    const page = await app.page({ token: tok.operator });
    await page.goto('/console/notices');
    await page.getByRole('heading', { level: 1, name: 'Notices and appeals' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: first.title });
    await row.getByRole('button', { name: `Open ${noticeId}` }).click();
    const detail = page.getByRole('region', { name: `Notice ${noticeId}` });
    await detail.getByText('这些围巾是从品牌授权经销商处采购的正品').waitFor();
    await detail.getByRole('link', { name: 'https://cdn.example.com/invoice-2024-118.pdf' }).waitFor();
    await detail.getByText('Counter-notice filed').first().waitFor();
    const decide = detail.getByRole('form', { name: 'Decide this notice' });
    await decide.getByLabel(/Reinstate the listing/).check();
    await decide.getByLabel('Reason for the decision').fill('The invoice shows an authorised distributor.');
    await assertAccessible(page, 'notice decision');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await detail
      .getByRole('status')
      .filter({ hasText: `Notice ${noticeId}: the listing was reinstated.` })
      .waitFor();
    await detail.getByText('Listing reinstated').first().waitFor();
    await screenshot(page, 'takedown-console-reinstated');

    const notice = await call<{ status: string; history: Array<{ to_status: string }> }>('GET', `/takedowns/notices/${noticeId}`, tok.operator);
    assert.equal(notice.body.status, 'reinstated');
    assert.deepEqual(
      notice.body.history.map((h) => h.to_status),
      ['actioned', 'countered', 'reinstated'],
    );
    assert.equal(await publicStatus(first.id), 200);
    const again = await order(first.variantId, 'back');
    assert.notEqual(again.body.code, 'variant_unavailable', again.text);
    const shop = await app.page();
    assert.equal(await storefrontShows(shop, first.id, first.title), true, 'the listing is back on the storefront');
  });

  it('records a strike the merchant sees when the operator upholds a notice', async () => {
    const strikesBefore = (await call<{ strikes: unknown[] }>('GET', `/takedowns/strikes/${sellerId}`, tok.seller)).body.strikes.length;
    const second = await list('B');
    if (second.moderation?.state === 'held') {
      const queue = await call<{ items: Array<{ id: string; product_id: string }> }>('GET', '/screening/queue', tok.operator);
      const held = queue.body.items.find((s) => s.product_id === second.id)!;
      const released = await call('POST', `/screening/${held.id}/review`, tok.operator, { action: 'release', reason: 'released for the test' });
      assert.equal(released.status, 200, released.text);
    }
    const filed = await call<{ id: string }>('POST', '/takedowns/notices', tok.brand, {
      registration_id: registrationId,
      product_id: second.id,
      kind: 'trademark',
      statement: `The ${brandEn} mark is used without any licence.`,
      evidence_urls: ['https://cdn.example.com/screenshot-b.png'],
    });
    assert.equal(filed.status, 201, filed.text);

    const page = await app.page({ token: tok.operator });
    await page.goto('/console/notices');
    await page.getByRole('heading', { level: 1, name: 'Notices and appeals' }).waitFor();
    await page.getByLabel('Status').selectOption('actioned');
    await page
      .getByRole('row')
      .filter({ hasText: second.title })
      .getByRole('button', { name: `Open ${filed.body.id}` })
      .click();
    const detail = page.getByRole('region', { name: `Notice ${filed.body.id}` });
    const decide = detail.getByRole('form', { name: 'Decide this notice' });
    await decide.getByLabel(/Uphold the notice/).check();
    await decide.getByLabel('Reason for the decision').fill('No licence was shown.');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await detail
      .getByRole('status')
      .filter({ hasText: `Notice ${filed.body.id} upheld` })
      .waitFor();
    await detail.getByRole('cell', { name: filed.body.id }).waitFor();
    await screenshot(page, 'takedown-console-upheld');

    const strikes = await call<{ strikes: Array<{ notice_id: string; counts: boolean }> }>('GET', `/takedowns/strikes/${sellerId}`, tok.seller);
    assert.equal(strikes.body.strikes.length, strikesBefore + 1);
    assert.ok(strikes.body.strikes.some((s) => s.notice_id === filed.body.id && s.counts));
    assert.equal(await publicStatus(second.id), 404, 'an upheld notice keeps the listing down');

    const seller = await app.page({ token: tok.seller });
    await seller.goto('/merchant/notices');
    const panel = seller.getByRole('region', { name: 'Strikes' });
    await panel.getByRole('row').filter({ hasText: filed.body.id }).getByRole('cell', { name: 'Yes' }).waitFor();
    await seller
      .getByRole('region', { name: 'Notices against your listings' })
      .getByRole('row')
      .filter({ hasText: second.title })
      .getByText('Upheld')
      .waitFor();
    await assertAccessible(seller, 'merchant strikes');
    await screenshot(seller, 'takedown-merchant-strike');
  });
});
