import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { AppError } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import * as m0027 from './migrations/0027_unit_codes.ts';
import { dbOf } from './repository.ts';
import { decryptKeySecret } from './secrets.ts';
import * as svc from './service.ts';
import { signUnitCode, signatureFromUri } from './signing.ts';

const BASE = 'https://meridian.example';
const SHANGHAI = { lat: 31.2304, lon: 121.4737, city: 'Shanghai' };
const BEIJING = { lat: 39.9042, lon: 116.4074, city: 'Beijing' };
const HOUR = 3_600_000;

interface Row {
  gtin: string;
  serial: string;
  lot: string;
  expiry: string;
  uri: string;
}

function parseCsv(csv: string): { header: string; rows: Row[] } {
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  return {
    header: header!,
    rows: lines.map((l) => {
      const [gtin, serial, lot, expiry, uri] = l.split(',') as [string, string, string, string, string];
      return { gtin, serial, lot, expiry, uri };
    }),
  };
}

/** The scan a resolver would hand over for a URI of the export (lot and expiry as printed). */
const scanOf = (r: Row, extra: Partial<svc.ScanInput> = {}): svc.ScanInput => ({
  gtin: r.gtin,
  serial: r.serial,
  lot: r.lot || null,
  expiry: r.expiry || null,
  signature: signatureFromUri(r.uri),
  ...extra,
});

async function rejects(p: Promise<unknown>, status: number, code: string) {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.status === status && e.code === code);
}

describe('unit codes on the database', () => {
  let t: TestApp;
  let ctx: Ctx;
  let a: Actor;
  let b: Actor;
  let variantA: string;
  let variantB: string;
  const at = (ms: number) => new Date(Date.parse('2026-05-01T00:00:00Z') + ms);

  async function batch(actor: Actor, input: svc.GenerateInput) {
    const made = await svc.generateCodes(ctx, actor, input);
    return { made, ...parseCsv(await svc.exportBatchCsv(ctx, actor, made.batch_id, BASE)) };
  }

  before(async () => {
    t = await testApp();
    ctx = t.app.ctx;
    // Until src/db/migrations.ts registers 0027, the suite applies it itself.
    const exists = await sql<{ r: string | null }>`select to_regclass('public.unit_codes')::text as r`.execute(ctx.db);
    if (exists.rows[0]!.r === null) await m0027.up(ctx.db as never);
    const op = await operatorActor(ctx);
    a = (await verifiedMerchant(ctx, op, 'Denim A')).actor;
    b = (await verifiedMerchant(ctx, op, 'Tea B')).actor;
    variantA = (await product(ctx, a)).variantIds[0]!;
    variantB = (await product(ctx, b)).variantIds[0]!;
  });
  after(() => t.close());

  it('generates unique random serials under a new key and exports them as signed URIs', async () => {
    const { made, header, rows } = await batch(a, { variant_id: variantA, count: 25, lot: 'L42', expiry: '271231' });
    assert.equal(made.count, 25);
    assert.equal(header, 'gtin,serial,lot,expiry,uri');
    assert.equal(rows.length, 25);
    assert.equal(new Set(rows.map((r) => r.serial)).size, 25);
    const gtin = (await ctx.db.selectFrom('variants').select('gtin').where('id', '=', variantA).executeTakeFirstOrThrow()).gtin!;
    for (const r of rows) {
      assert.match(r.serial, /^[0-9A-HJKMNP-TV-Z]{12}$/);
      assert.deepEqual([r.gtin, r.lot, r.expiry], [gtin, 'L42', '271231']);
      assert.equal(r.uri, `${BASE}/01/${gtin}/10/L42/21/${r.serial}?17=271231&s=${made.key_id}.${r.uri.split('.').at(-1)}`);
    }
    const keys = await svc.listKeys(ctx, a);
    assert.deepEqual(
      keys.map((k) => [k.id, k.state]),
      [[made.key_id, 'signing']],
    );
    // The secret is stored encrypted, bound to its key id.
    const row = await dbOf(ctx).selectFrom('unit_code_keys').selectAll().where('id', '=', made.key_id).executeTakeFirstOrThrow();
    assert.equal(decryptKeySecret(ctx.config, made.key_id, row.secret_encrypted).length, 32);
    assert.throws(() => decryptKeySecret(ctx.config, 'OTHERKEY', row.secret_encrypted));
    assert.equal(
      await svc.codeUri(
        ctx,
        a,
        (await dbOf(ctx).selectFrom('unit_codes').select('id').where('serial', '=', rows[0]!.serial).executeTakeFirstOrThrow()).id,
        BASE,
      ),
      rows[0]!.uri,
    );
  });

  it("refuses bad input and another tenant's variant or batch, changing nothing", async () => {
    const before = await dbOf(ctx)
      .selectFrom('unit_codes')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    await rejects(svc.generateCodes(ctx, a, { variant_id: variantA, count: 0 }), 400, 'invalid_count');
    await rejects(svc.generateCodes(ctx, a, { variant_id: variantA, count: svc.MAX_BATCH + 1 }), 400, 'invalid_count');
    await rejects(svc.generateCodes(ctx, a, { variant_id: variantA, count: 1, expiry: '271301' }), 400, 'invalid_unit_code');
    await rejects(svc.generateCodes(ctx, a, { variant_id: variantA, count: 1, lot: 'a lot' }), 400, 'invalid_unit_code');
    await rejects(svc.generateCodes(ctx, b, { variant_id: variantA, count: 1 }), 404, 'variant_not_found');
    const shopper: Actor = { kind: 'user', userId: 'usr_x', role: 'consumer', merchantId: null, merchantRole: null, locationId: null };
    await rejects(svc.generateCodes(ctx, shopper, { variant_id: variantA, count: 1 }), 403, 'forbidden');
    const { made } = await batch(a, { variant_id: variantA, count: 1 });
    await rejects(svc.exportBatchCsv(ctx, b, made.batch_id, BASE), 404, 'unit_code_batch_not_found');
    await ctx.db.updateTable('variants').set({ gtin: null }).where('id', '=', variantB).execute();
    await rejects(svc.generateCodes(ctx, b, { variant_id: variantB, count: 1 }), 422, 'variant_without_gtin');
    const afterCount = await dbOf(ctx)
      .selectFrom('unit_codes')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n + 1);
  });

  it('answers genuine for a printed code, unknown for a serial never issued, suspicious for a forged or stripped one', async () => {
    const { rows } = await batch(a, { variant_id: variantA, count: 2, expiry: '271231' });
    const r = rows[0]!;
    const genuine = await svc.recordScan(ctx, scanOf(r, SHANGHAI), { now: at(0) });
    assert.deepEqual([genuine.result, genuine.signature, genuine.status], ['genuine', 'valid', 'genuine']);

    const unknown = await svc.recordScan(ctx, scanOf({ ...r, serial: 'NEVERISSUED1' }), { now: at(1) });
    assert.deepEqual([unknown.result, unknown.code_id], ['unknown', null]);

    // A MAC seen on another code does not carry over; nor does one made with another brand's key.
    const copied = await svc.recordScan(ctx, scanOf({ ...r, uri: rows[1]!.uri }), { now: at(2) });
    assert.deepEqual([copied.result, copied.signature], ['suspicious', 'bad_mac']);
    await svc.generateCodes(ctx, b, { variant_id: (await product(ctx, b)).variantIds[0]!, count: 1 }); // gives B a key
    const keyB = (await svc.listKeys(ctx, b))[0]!.id;
    const rowB = await dbOf(ctx).selectFrom('unit_code_keys').select('secret_encrypted').where('id', '=', keyB).executeTakeFirstOrThrow();
    const forged = signUnitCode({ ...r }, { id: keyB, secret: decryptKeySecret(ctx.config, keyB, rowB.secret_encrypted) });
    const other = await svc.recordScan(ctx, { ...scanOf(r), signature: forged }, { now: at(3) });
    assert.deepEqual([other.result, other.signature], ['suspicious', 'unknown_key']);
    // Dropping the expiry from the URI changes what was signed.
    const stripped = await svc.recordScan(ctx, scanOf(r, { expiry: null }), { now: at(4) });
    assert.deepEqual([stripped.result, stripped.signature], ['suspicious', 'bad_mac']);
    const missing = await svc.recordScan(ctx, scanOf(r, { signature: null }), { now: at(5) });
    assert.deepEqual([missing.result, missing.signature], ['suspicious', 'missing']);

    // None of the failed scans touched the code: it still scans genuine.
    const again = await svc.recordScan(ctx, scanOf(r, SHANGHAI), { now: at(6) });
    assert.deepEqual([again.result, again.status], ['genuine', 'genuine']);
    const scans = await dbOf(ctx)
      .selectFrom('unit_code_scans')
      .select(['result', 'signature_ok'])
      .where('serial', 'in', [r.serial, 'NEVERISSUED1'])
      .orderBy('scanned_at')
      .execute();
    assert.deepEqual(
      scans.map((s) => `${s.result}:${s.signature_ok}`),
      ['genuine:true', 'unknown:false', 'suspicious:false', 'suspicious:false', 'suspicious:false', 'suspicious:false', 'genuine:true'],
    );
  });

  it('rotation: new codes under the new key, old codes verify until their key is retired', async () => {
    const old = await batch(a, { variant_id: variantA, count: 1 });
    const rotated = await svc.rotateKey(ctx, a);
    const fresh = await batch(a, { variant_id: variantA, count: 1 });
    assert.equal(fresh.made.key_id, rotated.id);
    assert.notEqual(old.made.key_id, rotated.id);
    assert.equal((await svc.recordScan(ctx, scanOf(old.rows[0]!), { now: at(10) })).result, 'genuine');
    const retired = await svc.retireKey(ctx, a, old.made.key_id);
    assert.equal(retired.state, 'retired');
    const late = await svc.recordScan(ctx, scanOf(old.rows[0]!), { now: new Date(Date.now() + 1000) });
    assert.deepEqual([late.result, late.signature], ['suspicious', 'retired_key']);
    assert.equal((await svc.recordScan(ctx, scanOf(fresh.rows[0]!), { now: at(11) })).result, 'genuine');
    await rejects(svc.retireKey(ctx, b, rotated.id), 404, 'unit_code_key_not_found');
  });

  it('impossible travel marks the code suspicious and tells the brand through the event stream', async () => {
    const { rows } = await batch(a, { variant_id: variantA, count: 1 });
    const r = rows[0]!;
    assert.equal((await svc.recordScan(ctx, scanOf(r, { ...SHANGHAI, device_hash: 'd1' }), { now: at(0) })).result, 'genuine');
    const second = await svc.recordScan(ctx, scanOf(r, { ...BEIJING, device_hash: 'd2' }), { now: at(HOUR / 6) });
    assert.deepEqual([second.result, second.status, second.findings.map((f) => f.code)], ['suspicious', 'suspicious', ['impossible_travel']]);
    const event = await ctx.db
      .selectFrom('outbox_events')
      .selectAll()
      .where('type', '=', svc.SUSPICIOUS_EVENT)
      .where('subject_id', '=', second.code_id!)
      .execute();
    assert.equal(event.length, 1);
    assert.equal(event[0]!.merchant_id, (a as { merchantId: string }).merchantId);
    assert.deepEqual(
      (event[0]!.payload as { findings: Array<{ code: string }> }).findings.map((f) => f.code),
      ['impossible_travel'],
    );
    // Later scans stay suspicious; no second event for the same code.
    assert.equal((await svc.recordScan(ctx, scanOf(r, SHANGHAI), { now: at(48 * HOUR) })).result, 'suspicious');
    const events = await ctx.db.selectFrom('outbox_events').select('id').where('subject_id', '=', second.code_id!).execute();
    assert.equal(events.length, 1);
  });

  it('a sixth distinct device within the window, not the fifth, makes it suspicious', async () => {
    const { rows } = await batch(a, { variant_id: variantA, count: 1 });
    for (let i = 1; i <= 5; i++) {
      const s = await svc.recordScan(ctx, scanOf(rows[0]!, { ...SHANGHAI, device_hash: `dev${i}` }), { now: at(i * HOUR) });
      assert.equal(s.result, 'genuine', `device ${i}`);
    }
    const sixth = await svc.recordScan(ctx, scanOf(rows[0]!, { ...SHANGHAI, device_hash: 'dev6' }), { now: at(6 * HOUR) });
    assert.deepEqual(
      sixth.findings.map((f) => f.code),
      ['too_many_devices'],
    );
  });

  it('a scan in another city after the sale makes it suspicious; one in the city of sale does not', async () => {
    const { rows } = await batch(a, { variant_id: variantA, count: 1 });
    const id = (await dbOf(ctx).selectFrom('unit_codes').select('id').where('serial', '=', rows[0]!.serial).executeTakeFirstOrThrow()).id;
    await rejects(svc.recordSale(ctx, b, id, { sold_at: at(0), city: 'Hangzhou' }), 404, 'unit_code_not_found');
    await svc.recordSale(ctx, a, id, { sold_at: at(0), city: 'Hangzhou' });
    assert.equal((await svc.recordScan(ctx, scanOf(rows[0]!, { city: 'hangzhou' }), { now: at(HOUR) })).result, 'genuine');
    const s = await svc.recordScan(ctx, scanOf(rows[0]!, { city: 'Shanghai' }), { now: at(30 * 24 * HOUR) });
    assert.deepEqual(
      s.findings.map((f) => f.code),
      ['scanned_after_sale_elsewhere'],
    );
  });

  it('refuses a malformed scan and records nothing', async () => {
    const { rows } = await batch(a, { variant_id: variantA, count: 1 });
    const r = rows[0]!;
    await rejects(svc.recordScan(ctx, scanOf({ ...r, gtin: '09506000134353' })), 400, 'invalid_gtin');
    await rejects(svc.recordScan(ctx, scanOf(r, { lat: 30 })), 400, 'invalid_place');
    await rejects(svc.recordScan(ctx, scanOf(r, { lat: 91, lon: 0 })), 400, 'invalid_place');
    await rejects(svc.recordScan(ctx, scanOf(r, { lat: 0, lon: 0, radius_km: -1 })), 400, 'invalid_place');
    const n = await dbOf(ctx).selectFrom('unit_code_scans').select('id').where('serial', '=', r.serial).execute();
    assert.equal(n.length, 0);
  });
});
