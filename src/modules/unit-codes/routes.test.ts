import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { resolverOptions } from './routes.ts';

describe('unit codes over HTTP: batches, export, QR and the Digital Link resolver', () => {
  let t: TestApp;
  let brand: string;
  let other: string;
  let variantId: string;
  let uris: string[] = [];

  before(async () => {
    // The server-rendered page, whether or not web/dist has a build (the web app's case is below).
    resolverOptions.webIndex = null;
    t = await testApp();
    delete resolverOptions.webIndex;
    const op = await operatorActor(t.app.ctx);
    const m = await verifiedMerchant(t.app.ctx, op, 'Signed Denim');
    const o = await verifiedMerchant(t.app.ctx, op, 'Other');
    variantId = (await product(t.app.ctx, m.actor)).variantIds[0]!;
    brand = (await t.userToken({ role: 'brand_owner', merchant_id: m.merchantId })).token;
    other = (await t.userToken({ role: 'merchant', merchant_id: o.merchantId, merchant_role: 'owner' })).token;
  });
  after(async () => t?.close());

  /** The path and query of a URI, to send to the in-process server. */
  const pathOf = (uri: string) => {
    const u = new URL(uri);
    return u.pathname + u.search;
  };

  it('generates a batch and exports it as CSV of signed Digital Link URIs; others cannot', async () => {
    const res = await t.call('POST', '/api/unit-codes/batches', { token: brand, body: { variant_id: variantId, count: 3, expiry: '271231' } });
    assert.equal(res.statusCode, 201, res.body);
    const batch = res.json();
    assert.equal(batch.count, 3);
    const csv = await t.call('GET', `/api/unit-codes/batches/${batch.batch_id}/codes.csv`, { token: brand });
    assert.equal(csv.statusCode, 200, csv.body);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines[0], 'gtin,serial,lot,expiry,uri');
    assert.equal(lines.length, 4);
    uris = lines.slice(1).map((l) => l.split(',')[4]!);
    for (const u of uris) assert.match(u, new RegExp(`/01/${batch.gtin}/21/[0-9A-Z]{12}\\?17=271231&s=`));
    assert.equal((await t.call('GET', `/api/unit-codes/batches/${batch.batch_id}/codes.csv`, { token: other })).statusCode, 404);
    assert.equal((await t.call('POST', '/api/unit-codes/batches', { token: other, body: { variant_id: variantId, count: 1 } })).statusCode, 404);
    assert.equal((await t.call('POST', '/api/unit-codes/batches', { token: brand, body: { variant_id: variantId, count: 0 } })).statusCode, 400);
  });

  it('answers genuine for an issued code, as JSON and as a page in both languages', async () => {
    const json = await t.call('GET', pathOf(uris[0]!), { headers: { accept: 'application/json' } });
    assert.equal(json.statusCode, 200, json.body);
    assert.equal(json.json().result, 'genuine');
    assert.equal(json.json().signature, 'valid');
    assert.deepEqual([json.json().lot, json.json().expiry], [null, '271231']);
    const page = await t.call('GET', pathOf(uris[0]!), { headers: { accept: 'text/html,application/xhtml+xml' } });
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.match(page.body, /data-result="genuine">Genuine</);
    const zh = await t.call('GET', pathOf(uris[0]!), { headers: { accept: 'text/html', 'accept-language': 'zh-CN,zh;q=0.9' } });
    assert.match(zh.body, /data-result="genuine">正品</);
  });

  it('answers suspicious for a forged or altered code, unknown for a serial never issued, 400 for a malformed URI', async () => {
    const u = new URL(uris[1]!);
    const sig = u.searchParams.get('s')!;
    u.searchParams.set('s', sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A'));
    const forged = (await t.call('GET', pathOf(u.toString()), { headers: { accept: 'application/json' } })).json();
    assert.deepEqual([forged.result, forged.signature], ['suspicious', 'bad_mac']);
    const altered = (await t.call('GET', pathOf(uris[1]!.replace('17=271231', '17=281231')), { headers: { accept: 'application/json' } })).json();
    assert.equal(altered.result, 'suspicious');
    const gtin = new URL(uris[1]!).pathname.split('/')[2]!;
    const unknown = (await t.call('GET', `/01/${gtin}/21/NEVERISSUED1`, { headers: { accept: 'application/json' } })).json();
    assert.equal(unknown.result, 'unknown');
    const bad = await t.call('GET', `/01/${gtin.slice(0, 13)}${(Number(gtin[13]) + 1) % 10}/21/X`, { headers: { accept: 'application/json' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'bad_check_digit');
    const short = await t.call('GET', `/01/${gtin.slice(1)}/21/X`, { headers: { accept: 'application/json' } });
    assert.equal(short.statusCode, 400);
  });

  it('marks a code suspicious when it is scanned in two places too far apart for the time between, and tells the brand', async () => {
    const at = (place: string) => `${pathOf(uris[2]!)}&${place}&device=phone-${place.length}`;
    const first = await t.call('GET', at('lat=31.23&lon=121.47&city=Shanghai'), { headers: { accept: 'application/json' } });
    assert.equal(first.json().result, 'genuine');
    const second = await t.call('GET', at('lat=40.71&lon=-74.01&city=New%20York'), { headers: { accept: 'application/json' } });
    assert.equal(second.json().result, 'suspicious');
    assert.equal(second.json().findings[0].code, 'impossible_travel');
    await t.app.events.flush();
    const events = await t.call('GET', '/api/events?types=unit_code.suspicious', { token: brand });
    assert.equal(events.json().items.length, 1);
    assert.equal((await t.call('GET', '/api/events?types=unit_code.suspicious', { token: other })).json().items.length, 0);
  });

  it('draws QR images of a code', async () => {
    const row = await t.database.db.selectFrom('unit_codes').select('id').limit(1).executeTakeFirstOrThrow();
    const svg = await t.call('GET', `/api/unit-codes/${row.id}/qr`, { token: brand });
    assert.equal(svg.statusCode, 200);
    assert.match(svg.body, /<svg/);
    const png = await t.call('GET', `/api/unit-codes/${row.id}/qr?format=png`, { token: brand });
    assert.equal(png.statusCode, 200);
    assert.deepEqual([...png.rawPayload.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    assert.equal((await t.call('GET', `/api/unit-codes/${row.id}/qr`, { token: other })).statusCode, 404);
  });
});

describe('the resolver with the web app built: browsers get the app, which asks for the JSON', () => {
  const SHELL = '<!doctype html><html><body><div id="root"></div><!-- the web app --></body></html>';
  let t: TestApp;
  let uri: URL;
  const scans = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('unit_code_scans')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    resolverOptions.webIndex = SHELL;
    t = await testApp();
    delete resolverOptions.webIndex;
    const op = await operatorActor(t.app.ctx);
    const m = await verifiedMerchant(t.app.ctx, op, 'Shell Denim');
    const variantId = (await product(t.app.ctx, m.actor)).variantIds[0]!;
    const brand = (await t.userToken({ role: 'brand_owner', merchant_id: m.merchantId })).token;
    const batch = (await t.call('POST', '/api/unit-codes/batches', { token: brand, body: { variant_id: variantId, count: 1, lot: 'L7' } })).json();
    const csv = await t.call('GET', `/api/unit-codes/batches/${batch.batch_id}/codes.csv`, { token: brand });
    uri = new URL(csv.body.trim().split('\r\n')[1]!.split(',')[4]!);
  });
  after(async () => t?.close());

  it('gives a browser the web app without recording a scan, even for a malformed URI', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const page = await t.call('GET', uri.pathname + uri.search, { headers: browser });
    assert.equal(page.statusCode, 200);
    assert.equal(page.body, SHELL);
    assert.match(page.headers['cache-control'] as string, /no-cache/);
    assert.match(page.headers.vary as string, /Accept/);
    const bad = await t.call('GET', '/01/123/21/X', { headers: browser });
    assert.deepEqual([bad.statusCode, bad.body], [200, SHELL]);
    assert.equal(await scans(), 0);
  });

  it("records exactly one scan for the app's JSON request, with the device and place it sends", async () => {
    const res = await t.call('GET', `${uri.pathname}${uri.search}&device=d-1&lat=31.2&lon=121.5&radius_km=9`, { headers: { accept: 'application/json' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().result, res.json().lot, res.json().expiry], ['genuine', 'L7', null]);
    assert.equal(await scans(), 1);
    const row = await t.database.db.selectFrom('unit_code_scans').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([Number(row.lat), Number(row.lon), Number(row.radius_km)], [31.2, 121.5, 9]);
  });

  it('still gives the server-rendered page with view=basic, and that records the scan', async () => {
    const page = await t.call('GET', `${uri.pathname}${uri.search}&view=basic`, { headers: { accept: 'text/html', 'accept-language': 'zh-CN' } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /data-result="genuine">正品</);
    assert.match(page.body, /<dt>批号<\/dt><dd>L7<\/dd>/);
    assert.equal(await scans(), 2);
    const bad = await t.call('GET', '/01/123/21/X?view=basic', { headers: { accept: 'text/html' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /data-result="malformed"/);
  });
});
