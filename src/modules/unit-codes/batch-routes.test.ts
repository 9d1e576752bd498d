import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';

describe("unit codes over HTTP: listing batches, their codes and a code's scans", () => {
  let t: TestApp;
  let brand: string;
  let other: string;
  let variantId: string;

  before(async () => {
    t = await testApp();
    const op = await operatorActor(t.app.ctx);
    const m = await verifiedMerchant(t.app.ctx, op, 'Listed Denim');
    const o = await verifiedMerchant(t.app.ctx, op, 'Nosy Other');
    variantId = (await product(t.app.ctx, m.actor)).variantIds[0]!;
    brand = (await t.userToken({ role: 'brand_owner', merchant_id: m.merchantId })).token;
    other = (await t.userToken({ role: 'merchant', merchant_id: o.merchantId, merchant_role: 'owner' })).token;
  });
  after(async () => t?.close());

  const pathOf = (uri: string) => {
    const u = new URL(uri);
    return u.pathname + u.search;
  };

  it("lists batches newest first with counts, pages a batch's codes with the URIs the CSV has, and counts scans", async () => {
    const first = (await t.call('POST', '/api/unit-codes/batches', { token: brand, body: { variant_id: variantId, count: 3, lot: 'A1' } })).json();
    const second = (await t.call('POST', '/api/unit-codes/batches', { token: brand, body: { variant_id: variantId, count: 2 } })).json();
    const list = await t.call('GET', '/api/unit-codes/batches', { token: brand });
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list
        .json()
        .items.map((b: { id: string; count: number; lot: string | null; variant_id: string; suspicious: number; sold: number }) => [
          b.id,
          b.count,
          b.lot,
          b.variant_id,
          b.suspicious,
          b.sold,
        ]),
      [
        [second.batch_id, 2, null, variantId, 0, 0],
        [first.batch_id, 3, 'A1', variantId, 0, 0],
      ],
    );
    const older = await t.call('GET', `/api/unit-codes/batches?before=${second.batch_id}`, { token: brand });
    assert.deepEqual(
      older.json().items.map((b: { id: string }) => b.id),
      [first.batch_id],
    );

    const codes = (await t.call('GET', `/api/unit-codes/batches/${first.batch_id}/codes?limit=2`, { token: brand })).json().items;
    assert.equal(codes.length, 2);
    const rest = (await t.call('GET', `/api/unit-codes/batches/${first.batch_id}/codes?after=${codes[1].id}`, { token: brand })).json().items;
    assert.equal(rest.length, 1);
    const csv = (await t.call('GET', `/api/unit-codes/batches/${first.batch_id}/codes.csv`, { token: brand })).body.trim().split('\r\n').slice(1);
    assert.deepEqual([...codes, ...rest].map((c: { uri: string }) => c.uri).sort(), csv.map((l) => l.split(',')[4]).sort());

    const code = codes[0] as { id: string; uri: string; scans: number; status: string };
    assert.deepEqual([code.scans, code.status], [0, 'genuine']);
    for (const device of ['phone-1', 'phone-2']) {
      const scan = await t.call('GET', `${pathOf(code.uri)}&device=${device}&city=Hangzhou`, { headers: { accept: 'application/json' } });
      assert.equal(scan.json().result, 'genuine', scan.body);
    }
    const again = (await t.call('GET', `/api/unit-codes/batches/${first.batch_id}/codes?limit=1`, { token: brand })).json().items[0];
    assert.equal(again.scans, 2);
    const scans = await t.call('GET', `/api/unit-codes/${code.id}/scans`, { token: brand });
    assert.equal(scans.statusCode, 200, scans.body);
    assert.deepEqual(
      scans.json().items.map((s: { city: string; result: string; signature_ok: boolean }) => [s.city, s.result, s.signature_ok]),
      [
        ['Hangzhou', 'genuine', true],
        ['Hangzhou', 'genuine', true],
      ],
    );
  });

  it('shows another merchant nothing and refuses bad ids with 4xx', async () => {
    assert.deepEqual((await t.call('GET', '/api/unit-codes/batches', { token: other })).json().items, []);
    const mine = (await t.call('GET', '/api/unit-codes/batches', { token: brand })).json().items[0].id as string;
    assert.equal((await t.call('GET', `/api/unit-codes/batches/${mine}/codes`, { token: other })).statusCode, 404);
    const code = (await t.call('GET', `/api/unit-codes/batches/${mine}/codes`, { token: brand })).json().items[0].id as string;
    assert.equal((await t.call('GET', `/api/unit-codes/${code}/scans`, { token: other })).statusCode, 404);
    assert.equal((await t.call('GET', '/api/unit-codes/batches/nope/codes', { token: brand })).statusCode, 400);
    assert.equal((await t.call('GET', '/api/unit-codes/batches?limit=0', { token: brand })).statusCode, 400);
    assert.equal((await t.call('GET', '/api/unit-codes/batches')).statusCode, 401);
  });
});
