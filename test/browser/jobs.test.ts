/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';
import { parseCsv } from '../../src/flows/recall/test-csv.ts';

/**
 * The jobs ledger end to end: the merchant's owner files (and corrects) an attested report for the
 * last ended quarter in the portal; the operator's console shows it in the per-merchant figures and
 * the totals, its CSV and JSON downloads reconcile to the API, the report status lists the late and
 * missing merchants; the public summary shows the API's headline, in English and in Chinese.
 * Demo numbers are never assumed: every page is compared with the API's answer.
 */
describe('the jobs ledger from a merchant report to the public summary', { skip: browserSkip, timeout: 600_000 }, () => {
  let app: BrowserApp;
  const tok = {} as Record<'operator' | 'merchant', string>;
  let merchantId: string;
  // Numbers unlikely to be the demo's, so the pages show what this test filed.
  const seed = Date.now() % 997;
  const fullTime = 30 + (seed % 17);
  const partTime = 4 + (seed % 7);
  const hires = 3 + (seed % 5);
  const corrected = hires + 1;
  // The last quarter that has ended in every US zone (Hawaii ends it last): the same whatever the time of day.
  const quarter = lastEndedEverywhere(new Date());
  const quarterLabel = `${quarter.slice(0, 4)} Q${quarter.slice(-1)}`;
  const en = (n: number) => new Intl.NumberFormat('en').format(n);
  const zh = (n: number) => new Intl.NumberFormat('zh-CN').format(n);

  async function call<T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) {
    const res = await fetch(`${app.url}/api${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null) as T, text };
  }

  async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()]);
    return { download: d, text: fs.readFileSync(await d.path(), 'utf8') };
  }

  before(async () => {
    app = await browserApp();
    tok.operator = await app.login('operator@meridian.demo');
    tok.merchant = await app.login('merchant@meridian.demo');
    merchantId = (await call<{ merchant_id: string }>('GET', '/me', tok.merchant)).body.merchant_id;
    assert.ok(merchantId);
  });
  after(() => app?.close());

  it('the owner files a report for the last ended quarter (attestation required) and corrects it', async () => {
    const page = await app.page({ token: tok.merchant });
    await page.goto('/merchant/jobs');
    await page.getByRole('heading', { level: 1, name: 'Jobs reports' }).waitFor();
    const form = page.locator('#jobs-report-form');
    await form.waitFor();
    await form.getByLabel(/^Quarter/).selectOption(quarter);
    await form.getByRole('heading', { level: 2, name: new RegExp(`^(File|Correct) the report for ${quarterLabel}$`) }).waitFor();
    await assertAccessible(page, 'merchant jobs reports');

    await form.getByLabel('Full-time employees').fill(String(fullTime));
    await form.getByLabel('Part-time employees').fill(String(partTime));
    await form.getByLabel('New hires you attribute to platform sales this quarter').fill(String(hires));
    await form.getByLabel('US state where they work').selectOption('NC');
    await form.getByLabel('Total revenue of the quarter (optional)').fill('250000.00');
    const submit = form.getByRole('button', { name: /^File (report|correction)$/ });

    // Without the attestation the API refuses the report, and the page says why.
    await submit.click();
    const refused = form.locator('[role="alert"][data-code="attestation_required"]');
    await refused.waitFor();
    assert.match(await refused.innerText(), /tick the attestation box/);
    assert.match(await refused.innerText(), /attestation_required/);
    await screenshot(page, 'jobs-merchant-attestation-required');

    await form.getByLabel('Your full name').fill('Caroline Whitfield');
    await form.getByLabel('I attest these figures are true and complete to the best of my knowledge.').check();
    await submit.click();
    await page
      .getByRole('status')
      .filter({ hasText: `Report for ${quarterLabel} filed` })
      .waitFor();

    let mine = await call<{ items: Array<Record<string, unknown>> }>('GET', `/jobs/reports?quarter=${quarter}`, tok.merchant);
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.items.length, 1);
    assert.equal(mine.body.items[0]!.full_time, fullTime);
    assert.equal(mine.body.items[0]!.part_time, partTime);
    assert.equal(mine.body.items[0]!.new_hires_attributed, hires);
    assert.equal(mine.body.items[0]!.attested_name, 'Caroline Whitfield');
    assert.deepEqual(mine.body.items[0]!.total_revenue, { amount: 25_000_000, currency: 'USD' });

    // A correction: the form now corrects the quarter; the attestation is asked again.
    await form.getByRole('heading', { level: 2, name: `Correct the report for ${quarterLabel}` }).waitFor();
    await form.getByLabel('New hires you attribute to platform sales this quarter').fill(String(corrected));
    await form.getByLabel('Your full name').fill('Caroline Whitfield');
    await form.getByLabel('I attest these figures are true and complete to the best of my knowledge.').check();
    await form.getByRole('button', { name: 'File correction' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Report for ${quarterLabel} filed` })
      .waitFor();
    mine = await call('GET', `/jobs/reports?quarter=${quarter}`, tok.merchant);
    assert.equal(mine.body.items[0]!.new_hires_attributed, corrected);

    // The quarter's row shows the current figures; its history keeps the replaced version.
    const row = page.locator(`[data-testid="jobs-reports"] tr[data-quarter="${quarter}"]`);
    await row
      .getByRole('cell', { name: en(corrected), exact: true })
      .first()
      .waitFor();
    await row.getByRole('button', { name: `History of ${quarterLabel}` }).click();
    const history = page.getByTestId('jobs-history');
    await history.getByRole('heading', { name: `History of ${quarterLabel}` }).waitFor();
    await history.getByRole('cell', { name: 'replaced', exact: true }).first().waitFor();
    assert.equal(await history.getByRole('cell', { name: 'current', exact: true }).count(), 1);
    const versions = await call<{ items: unknown[] }>('GET', `/jobs/reports/${quarter}/history`, tok.merchant);
    assert.equal(await history.locator('tbody tr').count(), versions.body.items.length);
    assert.ok(versions.body.items.length >= 2);
    await assertAccessible(page, 'merchant jobs history');
    await screenshot(page, 'jobs-merchant-reports');
  });

  it('the operator sees the report in the figures and totals, downloads reconciling CSV and JSON, and the report status', async () => {
    const page = await app.page({ token: tok.operator });
    await page.goto(`/console/jobs?quarter=${quarter}`);
    await page.getByRole('heading', { level: 1, name: 'Jobs ledger' }).waitFor();

    // Settings: reports due on the day the quarter ends, so every later or missing report shows.
    await page.getByLabel('Reports due (days after the quarter)').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    const settings = await call<{ report_due_days: number }>('GET', '/jobs/settings', tok.operator);
    assert.equal(settings.body.report_due_days, 0);

    type Figures = {
      quarter: string;
      items: Array<{ merchant_id: string; headcount: number; new_hires_attributed: number; jobs_supported: number | null; counts_toward_promise: boolean }>;
      totals: { reported_new_hires: number; jobs_supported: number; small_businesses_active: number; not_estimable: number };
    };
    const figures = (await call<Figures>('GET', `/jobs/figures?quarter=${quarter}`, tok.operator)).body;
    const ours = figures.items.find((r) => r.merchant_id === merchantId);
    assert.ok(ours, 'the merchant has a row');
    assert.equal(ours.new_hires_attributed, corrected);
    assert.equal(ours.headcount, fullTime + partTime);

    const table = page.getByTestId('figures-table');
    await page.getByRole('heading', { level: 2, name: `Figures per merchant, ${quarterLabel}` }).waitFor();
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), figures.items.length, 'one row per merchant, as the API');
    const row = table.locator(`tbody tr[data-merchant="${merchantId}"]`);
    assert.equal((await row.locator('[data-col="new_hires_attributed"]').innerText()).trim(), en(corrected));
    assert.equal((await row.locator('[data-col="headcount"] [data-value]').innerText()).trim(), en(fullTime + partTime));
    const totals = table.getByTestId('figures-totals');
    assert.equal((await totals.locator('[data-col="new_hires_attributed"]').innerText()).trim(), en(figures.totals.reported_new_hires));
    assert.equal((await totals.locator('[data-col="jobs_supported"]').innerText()).trim(), en(figures.totals.jobs_supported));

    // The headline is the API's progress, each figure with its method.
    const progress = (await call<{ to_date: { reported_new_hires: number; small_businesses: number } }>('GET', '/jobs/progress', tok.operator)).body;
    const headline = (id: string) => page.locator(`[data-figure="${id}"] [data-value]`);
    assert.equal((await headline('reported_new_hires').innerText()).trim(), en(progress.to_date.reported_new_hires));
    assert.equal((await headline('small_businesses').innerText()).trim(), en(progress.to_date.small_businesses));
    await page.locator('[data-figure="jobs_supported"]').getByText('Method:').waitFor();

    // The CSV is the API's rows; its counted rows add up to the totals.
    const csv = await download(page, () => page.getByRole('button', { name: `Download ${quarterLabel} as CSV` }).click());
    assert.equal(csv.download.suggestedFilename(), `jobs-figures-${quarter}.csv`);
    const [header, ...lines] = parseCsv(csv.text);
    assert.ok(header);
    const col = (name: string) => header.indexOf(name);
    assert.equal(lines.length, figures.items.length);
    let sum = 0;
    for (const line of lines) {
      const api = figures.items.find((r) => r.merchant_id === line[col('merchant_id')]);
      assert.ok(api, `CSV row ${line[col('merchant_id')]} is an API row`);
      assert.equal(Number(line[col('new_hires_attributed')]), api.new_hires_attributed);
      assert.equal(Number(line[col('headcount')]), api.headcount);
      assert.equal(line[col('jobs_supported')] === '' ? null : Number(line[col('jobs_supported')]), api.jobs_supported);
      if (line[col('counts_toward_promise')] === 'true') sum += Number(line[col('new_hires_attributed')]);
    }
    assert.equal(sum, figures.totals.reported_new_hires, 'the CSV reconciles to the totals');
    const json = await download(page, () => page.getByRole('button', { name: `Download ${quarterLabel} as JSON` }).click());
    assert.equal(json.download.suggestedFilename(), `jobs-figures-${quarter}.json`);
    assert.deepEqual(JSON.parse(json.text), figures);

    // Report status: the counts and the late and missing merchants, as the API lists them.
    type Status = { items: Array<{ merchant_id: string; status: string }>; counts: Record<'on_time' | 'late' | 'missing' | 'due', number> };
    const status = (await call<Status>('GET', `/jobs/reports/status?quarter=${quarter}`, tok.operator)).body;
    await page.getByRole('heading', { level: 2, name: `Report status, ${quarterLabel}` }).waitFor();
    for (const k of ['on_time', 'late', 'missing', 'due'] as const) {
      assert.equal((await page.locator(`[data-testid="status-counts"] [data-status="${k}"] .stat-value`).innerText()).trim(), en(status.counts[k]), k);
    }
    assert.ok(status.counts.late + status.counts.missing >= 1, 'with reports due at the quarter end, some are late or missing');
    const open = status.items.filter((i) => i.status !== 'on_time');
    const list = page.getByTestId('status-list');
    assert.equal(await list.locator('tbody tr').count(), open.length);
    for (const i of open) assert.equal(await list.locator(`tr[data-merchant="${i.merchant_id}"]`).getAttribute('data-status'), i.status);

    await assertAccessible(page, 'console jobs ledger');
    await screenshot(page, 'jobs-console');
  });

  it('the public summary shows the API headline, in English and in Chinese', async () => {
    type Public = {
      to_date: { reported_new_hires: number; small_businesses: number; jobs_supported_latest: number | null };
      quarters: Array<{ quarter: string; cumulative_new_hires: number }>;
      by_state: Array<{ state: string; reported_new_hires: number }>;
    };
    const summary = await call<Public>('GET', '/public/jobs');
    assert.equal(summary.status, 200, summary.text);
    const s = summary.body;
    assert.ok(!summary.text.includes(merchantId), 'no per-merchant data');

    const page = await app.page();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'About Meridian' }).getByRole('link', { name: 'Jobs impact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jobs at US small businesses' }).waitFor();
    const headline = (id: string) => page.locator(`[data-figure="${id}"] [data-value]`);
    await headline('reported_new_hires').waitFor();
    assert.equal((await headline('reported_new_hires').innerText()).trim(), en(s.to_date.reported_new_hires));
    assert.equal((await headline('small_businesses').innerText()).trim(), en(s.to_date.small_businesses));
    assert.equal(
      (await headline('jobs_supported').innerText()).trim(),
      s.to_date.jobs_supported_latest === null ? 'not estimable' : en(s.to_date.jobs_supported_latest),
    );
    // The quarterly line's figures, as a table.
    const byQuarter = page.getByTestId('jobs-by-quarter');
    assert.equal(await byQuarter.locator('tbody tr').count(), s.quarters.length);
    const ended = s.quarters.find((q) => q.quarter === quarter);
    if (ended) {
      const cells = byQuarter.locator(`tr[data-quarter="${quarter}"] td`);
      assert.equal((await cells.nth(1).innerText()).trim(), en(ended.cumulative_new_hires));
    }
    const top = [...s.by_state].sort((a, b) => b.reported_new_hires - a.reported_new_hires).slice(0, 10);
    const states = page.getByTestId('top-states');
    assert.equal(await states.locator('tbody tr').count(), top.length);
    if (top[0]) assert.equal(await states.locator('tbody tr').first().getAttribute('data-key'), top[0].state);
    await assertAccessible(page, 'public jobs summary');
    await screenshot(page, 'jobs-impact');

    const zhPage = await app.page({ locale: 'zh-CN' });
    await zhPage.goto('/impact');
    await zhPage.getByRole('heading', { level: 1, name: '美国小企业的就业' }).waitFor();
    const zhHeadline = (id: string) => zhPage.locator(`[data-figure="${id}"] [data-value]`);
    await zhHeadline('reported_new_hires').waitFor();
    assert.equal((await zhHeadline('reported_new_hires').innerText()).trim(), zh(s.to_date.reported_new_hires));
    assert.equal((await zhHeadline('small_businesses').innerText()).trim(), zh(s.to_date.small_businesses));
    await zhPage.locator('[data-figure="reported_new_hires"]').getByText('计算方法：').waitFor();
    await zhPage.getByRole('heading', { level: 2, name: '报告的新增雇员与目标' }).waitFor();
    await assertAccessible(zhPage, 'public jobs summary (zh-CN)');
    await screenshot(zhPage, 'jobs-impact-zh');
  });
});

/** The quarter before the current one in Hawaii: ended in every US time zone. */
function lastEndedEverywhere(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Honolulu', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const index = Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3) - 1;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
