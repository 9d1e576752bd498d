/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { emptyDatabaseEnv } from '../support/db.ts';
import { type ServerProcess, startServerProcess } from '../support/process.ts';

/**
 * Browser tests: the real server (its own process, a fresh database with the demo data) and
 * Debian's Chromium driven by playwright-core. Never a downloaded browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../..');
export const RESULTS = path.join(root, 'test-results');
const require = createRequire(import.meta.url);

export interface BrowserApp {
  url: string;
  server: ServerProcess;
  browser: Browser;
  /** A new browser context (its own storage) and page; locale 'zh-CN' makes it a Chinese-speaking browser. */
  page(opts?: { locale?: 'en' | 'zh-CN' | 'en-US'; token?: string; mobile?: boolean }): Promise<Page>;
  /** A session token of a demo account (password 'meridian'). */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

/** Skips the suite where no Chromium is installed (.ci/run installs it). */
export const browserSkip = fs.existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;

/** Starts a seeded server and Chromium. */
export async function browserApp(): Promise<BrowserApp> {
  const db = await emptyDatabaseEnv();
  // MERIDIAN_WEB_BUILD=0: the test runner built web/dist once before the suites.
  const server = await startServerProcess(
    { ...db.env, MERIDIAN_WEB_BUILD: '0', MERIDIAN_LOGIN_ATTEMPTS_PER_MINUTE: '1000', MERIDIAN_WEBHOOK_ALLOW_PRIVATE: '1' },
    ['--seed-if-empty'],
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const contexts: BrowserContext[] = [];
  const app: BrowserApp = {
    url: server.url,
    server,
    browser,
    async login(email) {
      const r = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'meridian' }),
      });
      assert.equal(r.status, 200, `login ${email}`);
      return ((await r.json()) as { token: string }).token;
    },
    async page(opts = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: opts.locale ?? 'en-US',
        viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
        ...(opts.mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      contexts.push(context);
      if (opts.token) await context.addInitScript((t) => localStorage.setItem('meridian.token', t), opts.token);
      const page = await context.newPage();
      // Generous: on 2 cores a browser suite can share the machine with a fault suite that starts
      // servers and runs concurrent checkouts; a wait that long still means something is wrong.
      page.setDefaultTimeout(30_000);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.kill('SIGTERM');
      await db.drop();
    },
  };
  return app;
}

/** Saves a full-page screenshot under test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs axe-core in the page (WCAG 2 A and AA rules: labels, contrast, landmarks…) and fails on
 * serious or critical violations, listing them.
 */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: Document, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: accessibility violations\n${JSON.stringify(bad, null, 2)}`);
}
