/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

describe('the web app shell', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  before(async () => {
    app = await browserApp();
  });
  after(() => app?.close());

  it('is served at / next to the API, in the browser’s language, and switches language', async () => {
    const res = await fetch(`${app.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    // A deep link is the app too; an unknown API path stays a problem document.
    assert.match(await (await fetch(`${app.url}/merchant/products`, { headers: { accept: 'text/html' } })).text(), /<div id="root">/);
    const api404 = await fetch(`${app.url}/api/nope`, { headers: { accept: 'text/html' } });
    assert.equal(api404.status, 404);
    assert.equal(((await api404.json()) as { code: string }).code, 'route_not_found');

    const zh = await app.page({ locale: 'zh-CN' });
    await zh.goto('/');
    await zh.getByRole('link', { name: '商城' }).waitFor();
    assert.equal(await zh.evaluate(() => document.documentElement.lang), 'zh-CN');
    await zh.getByLabel('语言').selectOption('en');
    await zh.getByRole('link', { name: 'Shop' }).waitFor();
    await zh.reload();
    await zh.getByRole('link', { name: 'Shop' }).waitFor();
    await assertAccessible(zh, 'home');
    await screenshot(zh, 'shell-home');
  });

  it('signs in and shows the areas of the account’s role', async () => {
    const page = await app.page();
    await page.goto('/console');
    await page.getByLabel('Email').fill('operator@meridian.demo');
    await page.getByLabel('Password').fill('meridian');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Operator console' }).waitFor();
    await page.getByRole('link', { name: 'Till' }).waitFor();
  });
});
