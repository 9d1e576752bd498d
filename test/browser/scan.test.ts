/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, type BrowserApp, browserApp, browserSkip, screenshot } from './support.ts';

interface Report {
  quarter: string;
  from: string;
  to: string;
  notices_received: number;
  notices_by_kind: Record<'counterfeit' | 'trademark' | 'copyright' | 'design', number>;
  listings_removed: number;
  median_hours_to_action: number | null;
  counter_notices: number;
  notices_upheld: number;
  reinstatements: number;
  notices_withdrawn: number;
  merchants_suspended: number;
}

/** Nothing sticks out sideways on a 390px-wide phone. */
async function assertFitsPhone(page: Page, label: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${label} fits a 390px phone screen (${width}px wide)`);
}

const pathOf = (uri: string) => {
  const u = new URL(uri);
  return u.pathname + u.search;
};

/** The quarter of now in UTC, as the report counts. */
const quarterNow = () => {
  const d = new Date();
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

describe('the consumer scan page and the transparency report', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: BrowserApp;
  let brand: string;
  let gtin: string;
  let uris: string[] = [];
  let batchId: string;
  const lot = `T${randomBytes(3).toString('hex').toUpperCase()}`;

  async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: T; text: string }> {
    const r = await fetch(`${app.url}${path}`, {
      method,
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    let json: T = undefined as T;
    try {
      json = JSON.parse(text) as T;
    } catch {
      // CSV or text
    }
    return { status: r.status, json, text };
  }

  /** The brand's view of one of its codes (by its URI's serial): id and number of scans recorded. */
  async function codeOf(uri: string): Promise<{ id: string; scans: number }> {
    const serial = new URL(uri).pathname.split('/').at(-1);
    const codes = await call<{ items: Array<{ id: string; serial: string; scans: number }> }>(
      'GET',
      `/api/unit-codes/batches/${batchId}/codes?limit=1000`,
      brand,
    );
    assert.equal(codes.status, 200, codes.text);
    const code = codes.json.items.find((c) => c.serial === serial);
    assert.ok(code, `code ${serial}`);
    return code;
  }

  /** Requests the resolver route has answered so far, by status (the server's own Prometheus counter). */
  async function resolverCounts(): Promise<Record<string, number>> {
    const text = (await call('GET', '/metrics')).text;
    const out: Record<string, number> = {};
    for (const line of text.split('\n')) {
      if (!line.startsWith('meridian_http_requests_total{') || !line.includes('route="/01/*"') || !line.includes('method="GET"')) continue;
      const status = /status="(\d+)"/.exec(line)![1]!;
      out[status] = (out[status] ?? 0) + Number(line.split(' ').at(-1));
    }
    return out;
  }

  /**
   * Opens a code's URI as a phone browser would, waits for the verdict, and checks that the visit
   * asked the resolver for JSON exactly once (the recorded scan) and the server answered the page
   * itself without recording one: the resolver's counter grows by the page (200) plus one scan.
   */
  async function visit(page: Page, uri: string, scanStatus: number): Promise<string> {
    const before = await resolverCounts();
    const scans: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/01/') && r.resourceType() !== 'document') scans.push(r.url());
    });
    const res = await page.goto(pathOf(uri));
    assert.equal(res?.status(), 200, 'the resolver gives a browser the web app');
    const verdict = page.getByTestId('scan-result');
    await verdict.waitFor();
    const result = (await verdict.getAttribute('data-result'))!;
    // Give a stray second request (a double effect) the time to show up.
    await page.waitForLoadState('networkidle');
    assert.equal(scans.length, 1, `one scan request per visit: ${scans.join(', ')}`);
    const url = new URL(scans[0]!);
    assert.match(url.searchParams.get('device') ?? '', /^[0-9a-f]{32}$/, 'a stable device id is sent');
    const after = await resolverCounts();
    const grown = (s: string) => (after[s] ?? 0) - (before[s] ?? 0);
    if (scanStatus === 200) assert.equal(grown('200'), 2, 'the page (no scan) and exactly one recorded scan');
    else assert.deepEqual([grown('200'), grown(String(scanStatus))], [1, 1], 'the page, and one refused request');
    return result;
  }

  before(async () => {
    app = await browserApp();
    brand = await app.login('brand@meridian.demo');
    // One of the brand's own variants that has a GTIN.
    const products = await call<{ items: Array<{ id: string }> }>('GET', '/api/products?limit=50', brand);
    assert.equal(products.status, 200);
    let variantId: string | undefined;
    for (const p of products.json.items) {
      const detail = await call<{ variants: Array<{ id: string; gtin: string | null }> }>('GET', `/api/products/${p.id}`, brand);
      const v = detail.json.variants.find((x) => x.gtin);
      if (v) {
        variantId = v.id;
        break;
      }
    }
    assert.ok(variantId, 'the brand has a variant with a GTIN');
    const key = await call<{ id: string }>('POST', '/api/unit-codes/keys/rotate', brand, {});
    assert.equal(key.status, 200, key.text);
    const batch = await call<{ batch_id: string; gtin: string; key_id: string }>('POST', '/api/unit-codes/batches', brand, {
      variant_id: variantId,
      count: 5,
      lot,
      expiry: '301231',
    });
    assert.equal(batch.status, 201, batch.text);
    assert.equal(batch.json.key_id, key.json.id);
    gtin = batch.json.gtin;
    batchId = batch.json.batch_id;
    const csv = await call('GET', `/api/unit-codes/batches/${batch.json.batch_id}/codes.csv`, brand);
    assert.equal(csv.status, 200);
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines[0], 'gtin,serial,lot,expiry,uri');
    uris = lines.slice(1).map((l) => l.split(',')[4]!);
    assert.equal(uris.length, 5);
  });
  after(async () => app?.close());

  it('shows a genuine code as Genuine on a phone, with its GTIN, serial, lot and expiry', async () => {
    const page = await app.page({ mobile: true });
    assert.equal((await codeOf(uris[0]!)).scans, 0);
    assert.equal(await visit(page, uris[0]!, 200), 'genuine');
    assert.equal((await codeOf(uris[0]!)).scans, 1, 'exactly one scan recorded for the visit');
    await page.getByRole('heading', { name: 'Genuine', exact: true }).waitFor();
    assert.equal(await page.getByTestId('scan-gtin').textContent(), gtin);
    assert.equal(await page.getByTestId('scan-serial').textContent(), new URL(uris[0]!).pathname.split('/').at(-1));
    await page.getByText(lot, { exact: true }).waitFor();
    assert.equal(await page.getByTestId('scan-expiry').textContent(), 'Dec 31, 2030');
    assert.equal(await page.getByTestId('scan-signature').getAttribute('data-signature'), 'valid');
    await assertFitsPhone(page, 'genuine scan');
    await assertAccessible(page, 'scan genuine (mobile)');
    await screenshot(page, 'scan-genuine-mobile');
    // The same device id on the next visit: it is kept.
    const id = await page.evaluate(() => localStorage.getItem('meridian.device'));
    assert.match(id ?? '', /^[0-9a-f]{32}$/);
  });

  it('asks for the location only on the button, rounded, and checks again with it', async () => {
    const page = await app.page({ mobile: true });
    const context = page.context();
    let asked = 0;
    await context.exposeFunction('__locationAsked', () => asked++);
    await context.addInitScript(() => {
      const geo = navigator.geolocation;
      const original = geo.getCurrentPosition.bind(geo);
      geo.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
        void (window as unknown as { __locationAsked: () => Promise<void> }).__locationAsked();
        original(...args);
      };
    });
    await context.grantPermissions(['geolocation'], { origin: app.url });
    await context.setGeolocation({ latitude: 31.2304, longitude: 121.4737, accuracy: 30 });
    assert.equal(await visit(page, uris[1]!, 200), 'genuine');
    assert.equal(asked, 0, 'no location is asked for without the click');
    const again = page.waitForRequest((r) => r.url().includes('/01/') && r.url().includes('lat='));
    await page.getByRole('button', { name: 'Share my approximate location' }).click();
    const url = new URL((await again).url());
    assert.deepEqual([url.searchParams.get('lat'), url.searchParams.get('lon'), url.searchParams.get('radius_km')], ['31.2', '121.5', '9']);
    await page.getByTestId('scan-location-done').waitFor();
    assert.equal(await page.getByTestId('scan-result').getAttribute('data-result'), 'genuine');
    assert.equal(asked, 1);
    // The visit's scan, then the one the click asked for, with the coarse place and the same device.
    const code = await codeOf(uris[1]!);
    const scans = await call<{ items: Array<{ lat: number | null; lon: number | null; radius_km: number | null; device_hash: string | null }> }>(
      'GET',
      `/api/unit-codes/${code.id}/scans`,
      brand,
    );
    assert.equal(scans.json.items.length, 2);
    const [latest, first] = scans.json.items;
    assert.deepEqual([latest!.lat, latest!.lon, latest!.radius_km], [31.2, 121.5, 9]);
    assert.deepEqual([first!.lat, first!.lon], [null, null]);
    assert.equal(latest!.device_hash, first!.device_hash);
    await assertAccessible(page, 'scan with location (mobile)');
    await screenshot(page, 'scan-location-mobile');
  });

  it('shows a code with a tampered signature as Suspicious, and why', async () => {
    const u = new URL(uris[2]!);
    const sig = u.searchParams.get('s')!;
    u.searchParams.set('s', sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A'));
    const page = await app.page({ mobile: true });
    assert.equal(await visit(page, u.toString(), 200), 'suspicious');
    assert.equal((await codeOf(uris[2]!)).scans, 1, 'the forged scan is recorded against the code, once');
    await page.getByRole('heading', { name: 'Suspicious', exact: true }).waitFor();
    assert.equal(await page.getByTestId('scan-signature').getAttribute('data-signature'), 'bad_mac');
    await page.getByTestId('scan-findings').getByText('does not check out').waitFor();
    await assertFitsPhone(page, 'suspicious scan');
    await assertAccessible(page, 'scan suspicious (mobile)');
    await screenshot(page, 'scan-suspicious-mobile');
  });

  it('shows a serial never issued as Unknown', async () => {
    const page = await app.page({ mobile: true });
    const serial = `NEVER${randomBytes(4).toString('hex').toUpperCase()}`;
    assert.equal(await visit(page, `${app.url}/01/${gtin}/21/${serial}`, 200), 'unknown');
    await page.getByRole('heading', { name: 'Unknown', exact: true }).waitFor();
    assert.equal(await page.getByTestId('scan-serial').textContent(), serial);
    await assertAccessible(page, 'scan unknown (mobile)');
    await screenshot(page, 'scan-unknown-mobile');
  });

  it('shows the fault of a malformed URI and records no scan', async () => {
    const page = await app.page({ mobile: true });
    const wrong = `${gtin.slice(0, 13)}${(Number(gtin[13]) + 1) % 10}`;
    assert.equal(await visit(page, `${app.url}/01/${wrong}/21/X`, 400), 'malformed');
    await page.getByRole('heading', { name: 'Not a valid code' }).waitFor();
    assert.equal(await page.getByTestId('scan-fault-code').textContent(), 'bad_check_digit');
    await assertAccessible(page, 'scan malformed (mobile)');
    await screenshot(page, 'scan-malformed-mobile');
  });

  it('speaks Chinese to a Chinese phone', async () => {
    const page = await app.page({ mobile: true, locale: 'zh-CN' });
    assert.equal(await visit(page, uris[3]!, 200), 'genuine');
    assert.equal((await codeOf(uris[3]!)).scans, 1);
    await page.getByRole('heading', { name: '正品', exact: true }).waitFor();
    await page.getByRole('heading', { name: '商品验证' }).waitFor();
    await page.getByRole('button', { name: '分享我的大致位置' }).waitFor();
    assert.equal(await page.getByTestId('scan-expiry').textContent(), '2030年12月31日');
    await assertAccessible(page, 'scan genuine zh-CN (mobile)');
    await screenshot(page, 'scan-genuine-zh-mobile');
  });

  it('keeps the server-rendered page at view=basic', async () => {
    const page = await app.page({ mobile: true });
    const before = await resolverCounts();
    await page.goto(`${pathOf(uris[4]!)}&view=basic`);
    assert.equal(await page.getByTestId('scan-result').getAttribute('data-result'), 'genuine');
    assert.equal(((await resolverCounts())['200'] ?? 0) - (before['200'] ?? 0), 1);
    assert.equal((await codeOf(uris[4]!)).scans, 1, 'the server-rendered page records the scan itself');
    await assertAccessible(page, 'scan basic page');
  });

  /** Each figure of the report as the page should show it in `locale`. */
  function expectedRows(r: Report, locale: 'en' | 'zh-CN'): Record<string, string> {
    const n = (x: number) => new Intl.NumberFormat(locale).format(x);
    const median =
      r.median_hours_to_action === null
        ? locale === 'en'
          ? 'No notices'
          : '无通知'
        : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(r.median_hours_to_action)}${locale === 'en' ? ' hours' : ' 小时'}`;
    return {
      notices_received: n(r.notices_received),
      notices_counterfeit: n(r.notices_by_kind.counterfeit),
      notices_trademark: n(r.notices_by_kind.trademark),
      notices_copyright: n(r.notices_by_kind.copyright),
      notices_design: n(r.notices_by_kind.design),
      median_hours_to_action: median,
      listings_removed: n(r.listings_removed),
      counter_notices: n(r.counter_notices),
      notices_upheld: n(r.notices_upheld),
      reinstatements: n(r.reinstatements),
      notices_withdrawn: n(r.notices_withdrawn),
      merchants_suspended: n(r.merchants_suspended),
    };
  }

  async function shownRows(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('tr[data-metric]'), (tr) => [tr.getAttribute('data-metric')!, tr.querySelector('.tr-value')!.textContent!]),
      ),
    );
  }

  /** A takedown notice this quarter, so the report has figures that are not all zero. */
  async function fileNotice(): Promise<void> {
    const operator = await app.login('operator@meridian.demo');
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const reg = await call<{ id: string; merchant_id: string }>('POST', '/api/brand-registry/registrations', brand, {
      name_en: `Scan Test Brand ${tag}`,
      name_zh: `扫码测试品牌 ${tag}`,
      evidence_urls: [`https://evidence.example/${tag}.pdf`],
      trademarks: [{ office: 'USPTO', number: `97${tag}`, classes: [25], expires_on: '2035-12-31' }],
    });
    assert.equal(reg.status, 201, reg.text);
    const approved = await call('POST', `/api/brand-registry/registrations/${reg.json.id}/approve`, operator, {});
    assert.equal(approved.status, 200, approved.text);
    const listings = await call<{ items: Array<{ id: string; merchant_id: string }> }>('GET', '/api/products?limit=100');
    const other = listings.json.items.find((p) => p.merchant_id !== reg.json.merchant_id);
    assert.ok(other, 'a listing of another merchant');
    const notice = await call('POST', '/api/takedowns/notices', brand, {
      registration_id: reg.json.id,
      product_id: other.id,
      kind: 'counterfeit',
      statement: `Counterfeit of our goods (${tag})`,
      evidence_urls: [`https://evidence.example/${tag}-listing.png`],
    });
    assert.equal(notice.status, 201, notice.text);
  }

  it('shows the transparency report, reached from the footer, with the figures of the API', async () => {
    await fileNotice();
    const quarter = quarterNow();
    const report = await call<Report>('GET', `/api/transparency/takedowns?quarter=${quarter}`);
    assert.equal(report.status, 200);
    assert.ok(report.json.notices_received >= 1 && report.json.notices_by_kind.counterfeit >= 1, JSON.stringify(report.json));
    const page = await app.page();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Transparency report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transparency report' }).waitFor();
    const picker = page.getByLabel('Quarter');
    assert.equal(await picker.inputValue(), quarter, 'the current quarter by default');
    await page.locator('tr[data-metric="merchants_suspended"]').waitFor();
    assert.deepEqual(await shownRows(page), expectedRows(report.json, 'en'));
    const csvLink = page.getByRole('link', { name: /as CSV/ });
    const href = (await csvLink.getAttribute('href'))!;
    const csv = await call('GET', href);
    assert.equal(csv.status, 200);
    assert.match(csv.text, new RegExp(`^notices_received,${report.json.notices_received}$`, 'm'));
    await assertAccessible(page, 'transparency report');
    await screenshot(page, 'transparency-en');

    // Another quarter from the picker: its own figures.
    const [y, q] = quarter.split('-Q').map(Number) as [number, number];
    const previous = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
    const prev = await call<Report>('GET', `/api/transparency/takedowns?quarter=${previous}`);
    await picker.selectOption(previous);
    await page.waitForURL(new RegExp(`quarter=${previous}`));
    await page.getByRole('table', { name: new RegExp(`${previous.slice(0, 4)} Q${previous.slice(-1)}`) }).waitFor();
    assert.deepEqual(await shownRows(page), expectedRows(prev.json, 'en'));
  });

  it('shows the transparency report in Chinese', async () => {
    const quarter = quarterNow();
    const report = await call<Report>('GET', `/api/transparency/takedowns?quarter=${quarter}`);
    const page = await app.page({ locale: 'zh-CN' });
    await page.goto('/transparency');
    await page.getByRole('heading', { level: 1, name: '透明度报告' }).waitFor();
    await page.locator('tr[data-metric="merchants_suspended"]').waitFor();
    assert.deepEqual(await shownRows(page), expectedRows(report.json, 'zh-CN'));
    await page.getByRole('columnheader', { name: '说明' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: '透明度报告' }).waitFor();
    await assertAccessible(page, 'transparency report zh-CN');
    await screenshot(page, 'transparency-zh');
  });
});
