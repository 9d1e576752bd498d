import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import { createCategory } from '../catalog/service.ts';
import { applyAsMerchant } from '../merchants/service.ts';
import { chinaToday } from './rules.ts';
import { activeRegistrations, getRegistration, isAuthorised, lapseExpired, listRegistrations } from './service.ts';

const BASE = '/api/brand-registry/registrations';
let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(++seq).toString(36)}`.toUpperCase();

/** A calendar day `n` days after `day` (YYYY-MM-DD). */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface Tenant {
  id: string;
  actor: Actor;
  owner: string;
  brandOwner: string;
  staff: string;
  key: string;
}

describe('brand registry', () => {
  let t: TestApp;
  let op: Actor;
  let opToken: string;
  let consumer: string;
  let A: Tenant;
  let B: Tenant;
  const today = chinaToday();

  async function tenant(): Promise<Tenant> {
    const m = await verifiedMerchant(t.app.ctx, op, 'Denim');
    const owner = (await t.call('POST', '/api/auth/login', { body: { email: m.ownerEmail, password: 'fixture-password' } })).json().token;
    const brandOwner = (await t.userToken({ role: 'brand_owner', merchant_id: m.merchantId })).token;
    const staff = (await t.userToken({ role: 'merchant', merchant_id: m.merchantId, merchant_role: 'staff' })).token;
    const key = (await t.call('POST', '/api/api-keys', { token: owner, body: { name: 'pim' } })).json().secret;
    return { id: m.merchantId, actor: m.actor, owner, brandOwner, staff, key };
  }

  const tm = (over: Record<string, unknown> = {}) => ({ office: 'USPTO', number: `US${uniq()}`, classes: [25, 18], expires_on: addDays(today, 400), ...over });
  const body = (over: Record<string, unknown> = {}) => ({
    name_en: `Blue Ridge ${uniq()}`,
    name_zh: '蓝岭',
    aliases_en: ['B L U E  Ridge', 'Blue Ridge Denim'],
    aliases_zh: ['蓝岭牛仔'],
    logo_url: 'https://cdn.example.com/logo.png',
    evidence_urls: ['https://cdn.example.com/uspto-cert.pdf'],
    trademarks: [tm()],
    ...over,
  });
  const apply = (token: string | undefined, b: Record<string, unknown> = body()) => t.call('POST', BASE, { token, body: b });
  const applied = async (token: string, b: Record<string, unknown> = body()) => {
    const res = await apply(token, b);
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const approved = async (token: string, b: Record<string, unknown> = body()) => {
    const r = await applied(token, b);
    const res = await t.call('POST', `${BASE}/${r.id}/approve`, { token: opToken, body: {} });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const count = async (table: 'brand_registrations' | 'brand_registration_events' | 'brand_authorised_sellers' | 'brand_reference_prices') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Moves a registration's (and its trademarks') expiry, as if the calendar had moved on. */
  const setExpiry = async (id: string, day: string) => {
    await t.database.db.updateTable('brand_registrations').set({ expires_on: day }).where('id', '=', id).execute();
    await t.database.db.updateTable('brand_trademarks').set({ expires_on: day }).where('registration_id', '=', id).execute();
  };
  const storedStatus = async (id: string) =>
    (await t.database.db.selectFrom('brand_registrations').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  before(async () => {
    t = await testApp();
    op = await operatorActor(t.app.ctx);
    opToken = (await t.userToken({ role: 'operator' })).token;
    consumer = (await t.userToken({ role: 'consumer' })).token;
    A = await tenant();
    B = await tenant();
  });
  after(() => t?.close());

  it('lets a brand owner apply for its merchant: pending, cleaned, with its trademarks and a history row', async () => {
    const number = `US${uniq()}`;
    const r = await applied(
      A.owner,
      body({
        name_en: '  Blue   Ridge Denim ',
        aliases_en: ['BlueRidge', 'blueridge', 'Blue Ridge Denim'],
        trademarks: [
          tm({ number, classes: [25, 18, 25], expires_on: addDays(today, 30) }),
          tm({ office: 'CNIPA', number: '第 55667788 号', classes: [25], expires_on: addDays(today, 90) }),
        ],
      }),
    );
    assert.match(r.id, /^brg_[0-9A-Z]{26}$/);
    assert.equal(r.merchant_id, A.id);
    assert.equal(r.status, 'pending');
    assert.equal(r.name_en, 'Blue Ridge Denim');
    assert.deepEqual(r.aliases_en, ['BlueRidge'], 'repeats and the name itself are dropped');
    assert.deepEqual(
      r.trademarks.map((x: { office: string; classes: number[]; expires_on: string }) => [x.office, x.classes, x.expires_on]),
      [
        ['USPTO', [18, 25], addDays(today, 30)],
        ['CNIPA', [25], addDays(today, 90)],
      ],
    );
    assert.equal(r.expires_on, addDays(today, 90), 'the latest trademark expiry');
    const byBrandOwner = await applied(A.brandOwner);
    assert.equal(byBrandOwner.merchant_id, A.id);
    const history = (await t.call('GET', `${BASE}/${r.id}/history`, { token: A.owner })).json().items;
    assert.deepEqual(
      history.map((h: { action: string; to_status: string }) => [h.action, h.to_status]),
      [['applied', 'pending']],
    );
    assert.ok(!Number.isNaN(Date.parse(history[0].created_at)));
  });

  it('refuses bad applications with a code each, and writes nothing', async () => {
    const before = [await count('brand_registrations'), await count('brand_registration_events')];
    const otherBrand = (await t.call('POST', '/api/brands', { token: B.owner, body: { name_en: `Other ${uniq()}`, name_zh: '别家' } })).json();
    const cases: Array<[number, string, Record<string, unknown>]> = [
      [400, 'trademark_required', { trademarks: [] }],
      [400, 'validation_failed', { trademarks: [tm({ office: 'JPO' })] }],
      [400, 'office_name_required', { trademarks: [tm({ office: 'other' })] }],
      [400, 'office_name_not_allowed', { trademarks: [tm({ office_name: 'JPO' })] }],
      [400, 'invalid_nice_class', { trademarks: [tm({ classes: [0] })] }],
      [400, 'invalid_nice_class', { trademarks: [tm({ classes: [46] })] }],
      [400, 'nice_classes_required', { trademarks: [tm({ classes: [] })] }],
      [400, 'trademark_expired', { trademarks: [tm({ expires_on: addDays(today, -1) })] }],
      [400, 'invalid_expiry', { trademarks: [tm({ expires_on: '2031-02-30' })] }],
      [400, 'invalid_trademark_number', { trademarks: [tm({ number: '---' })] }],
      [400, 'duplicate_trademark', { trademarks: [tm({ number: 'US 777 888' }), tm({ number: 'us777888' })] }],
      [400, 'evidence_required', { evidence_urls: [] }],
      [400, 'invalid_evidence_url', { evidence_urls: ['ftp://example.com/x.pdf'] }],
      [400, 'invalid_logo_url', { logo_url: 'not a url' }],
      [400, 'invalid_name', { name_en: '   ' }],
      [400, 'invalid_alias', { aliases_zh: ['  '] }],
      [400, 'validation_failed', { owner: 'me' }],
      [400, 'validation_failed', { brand_id: 'brd_bad' }],
      [404, 'brand_not_found', { brand_id: otherBrand.id }],
    ];
    for (const [status, code, over] of cases) {
      const res = await apply(A.owner, body(over));
      assert.equal(res.statusCode, status, `${JSON.stringify(over)}: ${res.body}`);
      assert.equal(res.json().code, code, JSON.stringify(over));
    }
    const { name_en: _drop, ...noName } = body();
    assert.equal((await apply(A.owner, noName)).statusCode, 400);
    assert.deepEqual([await count('brand_registrations'), await count('brand_registration_events')], before);
  });

  it("lets only the merchant's owner or brand owners of a verified merchant apply", async () => {
    const before = await count('brand_registrations');
    assert.equal((await apply(A.staff)).statusCode, 403);
    assert.equal((await apply(A.key)).statusCode, 403);
    assert.equal((await apply(consumer)).statusCode, 403);
    assert.equal((await apply(opToken)).statusCode, 403);
    assert.equal((await apply(undefined)).statusCode, 401);
    const tag = uniq();
    const { merchant } = await applyAsMerchant(t.app.ctx, {
      legal_name: `Pending ${tag} LLC`,
      display_name: `Pending ${tag}`,
      country: 'US',
      region: 'CA',
      registration_number: `EIN-${tag}`,
      contact_name: 'Sam',
      contact_email: `sam${tag}@fixture.test`,
      headcount: 3,
      sector: 'apparel',
      default_currency: 'USD',
      owner: { email: `pending${tag}@fixture.test`, password: 'fixture-password', display_name: 'Sam' },
    });
    const pendingOwner = (await t.userToken({ role: 'brand_owner', merchant_id: merchant.id })).token;
    const res = await apply(pendingOwner);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'merchant_not_verified');
    assert.equal(await count('brand_registrations'), before);
  });

  it('lets a trademark or a catalog brand back one open registration at a time', async () => {
    const number = `US${uniq()}`;
    const brand = (await t.call('POST', '/api/brands', { token: A.owner, body: { name_en: `Ridge ${uniq()}`, name_zh: '岭' } })).json();
    const first = await applied(A.owner, body({ brand_id: brand.id, trademarks: [tm({ number })] }));
    assert.equal(first.brand_id, brand.id);
    // The same number written differently, by another merchant: still the same trademark.
    const spaced = `${number.slice(0, 2)} ${number.slice(2)}`.toLowerCase();
    const other = await apply(B.owner, body({ trademarks: [tm({ number: spaced })] }));
    assert.equal(other.statusCode, 409, other.body);
    assert.equal(other.json().code, 'trademark_claimed');
    assert.equal(other.json().registration_id, undefined, "another tenant's registration id is not revealed");
    const sameBrand = await apply(A.owner, body({ brand_id: brand.id }));
    assert.equal(sameBrand.statusCode, 409);
    assert.equal(sameBrand.json().code, 'brand_already_registered');
    // The same number at another office is another trademark.
    assert.equal((await apply(B.owner, body({ trademarks: [tm({ office: 'CNIPA', number })] }))).statusCode, 201);
    // Once the first is rejected, both are free again.
    assert.equal((await t.call('POST', `${BASE}/${first.id}/reject`, { token: opToken, body: { reason: 'certificate unreadable' } })).statusCode, 200);
    assert.equal((await apply(B.owner, body({ trademarks: [tm({ number })] }))).statusCode, 201);
    assert.equal((await apply(A.owner, body({ brand_id: brand.id }))).statusCode, 201);
  });

  it('lets one of two concurrent applications claiming one trademark win', async () => {
    const number = `US${uniq()}`;
    const rs = await Promise.all([apply(A.owner, body({ trademarks: [tm({ number })] })), apply(B.owner, body({ trademarks: [tm({ number })] }))]);
    assert.deepEqual(rs.map((r) => r.statusCode).sort(), [201, 409]);
  });

  it("keeps each merchant's registrations to itself: another tenant gets 404, staff read but do not change", async () => {
    const r = await applied(A.owner);
    for (const token of [B.owner, B.brandOwner, B.key]) {
      assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token })).json().code, 'brand_registration_not_found');
      assert.equal((await t.call('GET', `${BASE}/${r.id}/history`, { token })).statusCode, 404);
      assert.equal((await t.call('GET', `${BASE}/${r.id}/sellers`, { token })).statusCode, 404);
      assert.equal((await t.call('GET', `${BASE}/${r.id}/reference-prices`, { token })).statusCode, 404);
    }
    for (const token of [B.owner, B.brandOwner]) {
      assert.equal((await t.call('PATCH', `${BASE}/${r.id}`, { token, body: { name_zh: '劫持' } })).statusCode, 404);
      assert.equal((await t.call('DELETE', `${BASE}/${r.id}`, { token })).statusCode, 404);
      assert.equal((await t.call('POST', `${BASE}/${r.id}/sellers`, { token, body: { merchant_id: B.id } })).statusCode, 404);
    }
    const mine = (await t.call('GET', `${BASE}?limit=100`, { token: B.owner })).json().items;
    assert.ok(mine.length > 0 && mine.every((x: { merchant_id: string }) => x.merchant_id === B.id));
    assert.equal((await t.call('GET', `${BASE}?merchant_id=${A.id}`, { token: B.owner })).statusCode, 404);
    // The same tenant's staff and API keys read; they do not change.
    assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token: A.staff })).statusCode, 200);
    assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token: A.key })).statusCode, 200);
    assert.equal((await t.call('PATCH', `${BASE}/${r.id}`, { token: A.staff, body: { name_zh: '员工' } })).statusCode, 403);
    assert.equal((await t.call('DELETE', `${BASE}/${r.id}`, { token: A.key })).statusCode, 403);
    assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token: consumer })).statusCode, 403);
    assert.equal((await t.call('GET', `${BASE}/${r.id}`)).statusCode, 401);
    assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token: A.owner })).json().name_zh, '蓝岭', 'unchanged');
  });

  it('lets operators list by status and decide only pending applications, keeping every step', async () => {
    const r = await applied(A.owner);
    const pending = (await t.call('GET', `${BASE}?status=pending&limit=100`, { token: opToken })).json().items;
    assert.ok(pending.some((x: { id: string }) => x.id === r.id));
    assert.ok(pending.every((x: { status: string }) => x.status === 'pending'));
    const merchants = new Set((await t.call('GET', `${BASE}?limit=100`, { token: opToken })).json().items.map((x: { merchant_id: string }) => x.merchant_id));
    assert.ok(merchants.has(A.id) && merchants.has(B.id), 'operators see every merchant');

    for (const token of [A.owner, A.brandOwner, A.staff, A.key])
      assert.equal((await t.call('POST', `${BASE}/${r.id}/approve`, { token, body: {} })).statusCode, 403);
    const ok = await t.call('POST', `${BASE}/${r.id}/approve`, { token: opToken, body: { note: 'USPTO record checked' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'active');
    assert.equal(ok.json().status_reason, 'USPTO record checked');
    assert.ok(ok.json().decided_at && ok.json().decided_by);
    for (const [path, b] of [
      ['approve', {}],
      ['reject', { reason: 'late' }],
    ] as const) {
      const again = await t.call('POST', `${BASE}/${r.id}/${path}`, { token: opToken, body: b });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'registration_not_pending');
      assert.equal(again.json().registration_status, 'active');
    }
    const active = (await t.call('GET', `${BASE}?status=active&limit=100`, { token: opToken })).json().items;
    assert.ok(active.some((x: { id: string }) => x.id === r.id));

    const r2 = await applied(A.owner);
    const blank = await t.call('POST', `${BASE}/${r2.id}/reject`, { token: opToken, body: { reason: '   ' } });
    assert.equal(blank.json().code, 'reason_required');
    assert.equal((await t.call('POST', `${BASE}/${r2.id}/reject`, { token: opToken, body: {} })).statusCode, 400);
    const rejected = await t.call('POST', `${BASE}/${r2.id}/reject`, { token: opToken, body: { reason: 'The certificate names another owner' } });
    assert.equal(rejected.json().status, 'rejected');
    assert.equal((await t.call('POST', `${BASE}/${r2.id}/approve`, { token: opToken, body: {} })).json().code, 'registration_not_pending');
    const none = await t.call('POST', `${BASE}/brg_01HZZZZZZZZZZZZZZZZZZZZZZZ/approve`, { token: opToken, body: {} });
    assert.equal(none.statusCode, 404);

    const h1 = (await t.call('GET', `${BASE}/${r.id}/history`, { token: opToken })).json().items;
    assert.deepEqual(
      h1.map((h: { action: string; from_status: string | null; to_status: string }) => [h.action, h.from_status, h.to_status]),
      [
        ['applied', null, 'pending'],
        ['approved', 'pending', 'active'],
      ],
    );
    assert.ok(h1[1].actor_id && Date.parse(h1[1].created_at) >= Date.parse(h1[0].created_at));
    const h2 = (await t.call('GET', `${BASE}/${r2.id}/history`, { token: A.staff })).json().items;
    assert.equal(h2.at(-1).reason, 'The certificate names another owner');
  });

  it('lets one of two concurrent decisions win', async () => {
    const r = await applied(A.owner);
    const rs = await Promise.all([
      t.call('POST', `${BASE}/${r.id}/approve`, { token: opToken, body: {} }),
      t.call('POST', `${BASE}/${r.id}/reject`, { token: opToken, body: { reason: 'no' } }),
    ]);
    assert.deepEqual(rs.map((x) => x.statusCode).sort(), [200, 409]);
    const history = (await t.call('GET', `${BASE}/${r.id}/history`, { token: opToken })).json().items;
    assert.equal(history.length, 2);
  });

  it('lets the owner edit and withdraw a pending application only', async () => {
    const r = await applied(A.owner);
    const edited = await t.call('PATCH', `${BASE}/${r.id}`, {
      token: A.brandOwner,
      body: { aliases_zh: ['蓝岭', '藍嶺'], trademarks: [tm({ office: 'other', office_name: 'JPO', classes: [25] })], logo_url: null },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual(edited.json().aliases_zh, ['藍嶺']);
    assert.equal(edited.json().logo_url, null);
    assert.equal(edited.json().trademarks[0].office_name, 'JPO');
    assert.equal(edited.json().name_en, r.name_en, 'fields not sent stay');
    const bad = await t.call('PATCH', `${BASE}/${r.id}`, { token: A.owner, body: { trademarks: [tm({ classes: [99] })] } });
    assert.equal(bad.json().code, 'invalid_nice_class');
    assert.equal((await t.call('GET', `${BASE}/${r.id}`, { token: A.owner })).json().trademarks[0].office_name, 'JPO', 'a refused edit changes nothing');

    const withdrawn = await t.call('DELETE', `${BASE}/${r.id}`, { token: A.owner });
    assert.equal(withdrawn.statusCode, 200);
    assert.equal(withdrawn.json().status, 'withdrawn');
    assert.equal((await t.call('DELETE', `${BASE}/${r.id}`, { token: A.owner })).json().code, 'registration_not_pending');
    assert.equal((await t.call('PATCH', `${BASE}/${r.id}`, { token: A.owner, body: { name_zh: '新' } })).statusCode, 409);
    const history = (await t.call('GET', `${BASE}/${r.id}/history`, { token: A.owner })).json().items;
    assert.deepEqual(
      history.map((h: { action: string }) => h.action),
      ['applied', 'updated', 'withdrawn'],
    );
    assert.deepEqual(history[1].details.fields, ['aliases_zh', 'logo_url', 'trademarks']);

    const active = await approved(A.owner);
    const late = await t.call('PATCH', `${BASE}/${active.id}`, { token: A.owner, body: { name_en: 'Renamed' } });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'registration_not_pending');
    assert.equal((await t.call('DELETE', `${BASE}/${active.id}`, { token: A.owner })).statusCode, 409);
  });

  it('lapses a registration the day after its latest trademark expires, by the job and on read', async () => {
    const d1 = addDays(today, 10);
    const d2 = addDays(today, 40);
    const r = await approved(A.owner, body({ trademarks: [tm({ expires_on: d1 }), tm({ office: 'CNIPA', expires_on: d2 })] }));
    const ctx = t.app.ctx;
    const inForce = async (day: string) => (await activeRegistrations(ctx, day)).some((x) => x.id === r.id);

    // One trademark expired, the other in force: still active.
    assert.equal((await getRegistration(ctx, op, r.id, addDays(d1, 1))).status, 'active');
    assert.equal(await lapseExpired(ctx, addDays(d1, 1)), 0);
    // On the latest expiry day itself, still in force.
    assert.equal((await getRegistration(ctx, op, r.id, d2)).status, 'active');
    assert.equal(await inForce(d2), true);
    // The day after: read as lapsed before any job ran, and left out of the screening read.
    const after = addDays(d2, 1);
    assert.equal((await getRegistration(ctx, op, r.id, after)).status, 'lapsed');
    assert.equal(await storedStatus(r.id), 'active', 'no job has run yet');
    assert.equal(await inForce(after), false);
    const activeThen = await listRegistrations(ctx, op, { status: 'active', merchant_id: A.id, limit: 100 }, after);
    assert.ok(!activeThen.items.some((x) => x.id === r.id));
    const lapsedThen = await listRegistrations(ctx, op, { status: 'lapsed', merchant_id: A.id, limit: 100 }, after);
    assert.ok(lapsedThen.items.some((x) => x.id === r.id && x.status === 'lapsed'));

    // The job: lapses it once, with a history row by no one.
    assert.ok((await lapseExpired(ctx, after)) >= 1);
    assert.equal(await storedStatus(r.id), 'lapsed');
    assert.equal(await lapseExpired(ctx, after), 0);
    const history = (await t.call('GET', `${BASE}/${r.id}/history`, { token: A.owner })).json().items;
    assert.deepEqual(
      { action: history.at(-1).action, from: history.at(-1).from_status, to: history.at(-1).to_status, actor: history.at(-1).actor_id },
      { action: 'lapsed', from: 'active', to: 'lapsed', actor: null },
    );
    // Pending applications do not lapse.
    const p = await applied(A.owner, body({ trademarks: [tm({ expires_on: d1 })] }));
    await lapseExpired(ctx, addDays(d1, 5));
    assert.equal(await storedStatus(p.id), 'pending');
  });

  it('never shows an expired registration as active over the API, even before the job runs', async () => {
    const r = await approved(A.owner);
    const s = (await t.call('POST', `${BASE}/${r.id}/sellers`, { token: A.owner, body: { merchant_id: B.id } })).json();
    await setExpiry(r.id, addDays(today, -1));
    const one = (await t.call('GET', `${BASE}/${r.id}`, { token: A.owner })).json();
    assert.equal(one.status, 'lapsed');
    assert.equal(one.status_reason, 'every trademark expired');
    const active = (await t.call('GET', `${BASE}?status=active&limit=100`, { token: A.owner })).json().items;
    assert.ok(!active.some((x: { id: string }) => x.id === r.id));
    const lapsed = (await t.call('GET', `${BASE}?status=lapsed&limit=100`, { token: opToken })).json().items;
    assert.ok(lapsed.some((x: { id: string }) => x.id === r.id));
    assert.ok(!(await activeRegistrations(t.app.ctx)).some((x) => x.id === r.id));
    // Its sellers and prices no longer change.
    const add = await t.call('POST', `${BASE}/${r.id}/sellers`, { token: A.owner, body: { merchant_id: B.id, country: 'CN' } });
    assert.equal(add.statusCode, 409);
    assert.equal(add.json().code, 'registration_closed');
    assert.equal((await t.call('DELETE', `${BASE}/${r.id}/sellers/${s.id}`, { token: A.owner })).statusCode, 409);
    // And a pending application whose trademarks all expired meanwhile cannot be approved.
    const p = await applied(A.owner);
    await setExpiry(p.id, addDays(today, -1));
    const res = await t.call('POST', `${BASE}/${p.id}/approve`, { token: opToken, body: {} });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'trademarks_expired');
    assert.equal(await storedStatus(p.id), 'pending');
  });

  it('scopes authorised sellers by product line (category and its sub-categories) and country', async () => {
    const tag = uniq().toLowerCase();
    const apparel = await createCategory(t.app.ctx, op, { slug: `apparel-${tag}`, name_en: 'Apparel', name_zh: '服装' });
    const jeans = await createCategory(t.app.ctx, op, { slug: `jeans-${tag}`, name_en: 'Jeans', name_zh: '牛仔裤', parent_id: apparel.id });
    const bags = await createCategory(t.app.ctx, op, { slug: `bags-${tag}`, name_en: 'Bags', name_zh: '包' });
    const C = await verifiedMerchant(t.app.ctx, op, 'Reseller C');
    const D = await verifiedMerchant(t.app.ctx, op, 'Reseller D');
    const E = await verifiedMerchant(t.app.ctx, op, 'Unlisted E');
    const r = await approved(A.owner);
    const add = (token: string, b: Record<string, unknown>) => t.call('POST', `${BASE}/${r.id}/sellers`, { token, body: b });

    const anyC = await add(A.owner, { merchant_id: C.merchantId });
    assert.equal(anyC.statusCode, 201, anyC.body);
    assert.deepEqual([anyC.json().category_id, anyC.json().country], [null, null]);
    const dApparelCn = await add(A.brandOwner, { merchant_id: D.merchantId, category_id: apparel.id, country: 'CN' });
    assert.equal(dApparelCn.statusCode, 201, dApparelCn.body);
    assert.equal((await add(A.owner, { merchant_id: D.merchantId, category_id: bags.id })).statusCode, 201);

    const before = await count('brand_authorised_sellers');
    const refusals: Array<[string, number, string, Record<string, unknown>]> = [
      [A.owner, 409, 'seller_already_authorised', { merchant_id: D.merchantId, category_id: apparel.id, country: 'CN' }],
      [A.owner, 409, 'seller_already_authorised', { merchant_id: C.merchantId, category_id: null, country: null }],
      [A.owner, 400, 'seller_is_owner', { merchant_id: A.id }],
      [A.owner, 404, 'merchant_not_found', { merchant_id: 'mer_01HZZZZZZZZZZZZZZZZZZZZZZZ' }],
      [A.owner, 404, 'category_not_found', { merchant_id: E.merchantId, category_id: 'cat_01HZZZZZZZZZZZZZZZZZZZZZZZ' }],
      [A.owner, 400, 'invalid_country', { merchant_id: E.merchantId, country: 'XX' }],
      [A.owner, 400, 'validation_failed', { merchant_id: E.merchantId, country: 'cn' }],
      [A.staff, 403, 'forbidden', { merchant_id: E.merchantId }],
      [A.key, 403, 'forbidden', { merchant_id: E.merchantId }],
      [opToken, 403, 'forbidden', { merchant_id: E.merchantId }],
    ];
    for (const [token, status, code, b] of refusals) {
      const res = await add(token, b);
      assert.equal(res.statusCode, status, `${JSON.stringify(b)}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    assert.equal(await count('brand_authorised_sellers'), before);

    const ctx = t.app.ctx;
    const yes = (m: string, sale: { productLine?: string; country?: string } = {}) => isAuthorised(ctx, r.id, m, sale);
    assert.equal(await yes(A.id), true, 'the owner always');
    assert.equal(await yes(C.merchantId, { productLine: bags.id, country: 'US' }), true, 'an unscoped authorisation covers any sale');
    assert.equal(await yes(C.merchantId), true);
    assert.equal(await yes(D.merchantId, { productLine: jeans.id, country: 'CN' }), true, 'a sub-category of the line');
    assert.equal(await yes(D.merchantId, { productLine: apparel.id, country: 'CN' }), true);
    assert.equal(await yes(D.merchantId, { productLine: apparel.id, country: 'US' }), false, 'outside the country');
    assert.equal(await yes(D.merchantId, { country: 'CN' }), false, 'line unknown: not covered by a scoped authorisation');
    assert.equal(await yes(D.merchantId, { productLine: bags.id }), true, 'the second authorisation: bags, any country');
    assert.equal(await yes(E.merchantId, { productLine: jeans.id, country: 'CN' }), false);
    assert.equal(await isAuthorised(ctx, 'brg_01HZZZZZZZZZZZZZZZZZZZZZZZ', C.merchantId), false);

    const sellers = (await t.call('GET', `${BASE}/${r.id}/sellers`, { token: opToken })).json().items;
    assert.equal(sellers.length, 3);
    assert.equal((await t.call('GET', `${BASE}/${r.id}/sellers`, { token: A.staff })).json().items.length, 3);
    const gone = await t.call('DELETE', `${BASE}/${r.id}/sellers/${dApparelCn.json().id}`, { token: A.owner });
    assert.equal(gone.statusCode, 204);
    assert.equal(await yes(D.merchantId, { productLine: jeans.id, country: 'CN' }), false);
    const again = await t.call('DELETE', `${BASE}/${r.id}/sellers/${dApparelCn.json().id}`, { token: A.owner });
    assert.equal(again.json().code, 'authorised_seller_not_found');
    assert.equal((await t.call('DELETE', `${BASE}/${r.id}/sellers/${anyC.json().id}`, { token: B.owner })).statusCode, 404);
    const actions = (await t.call('GET', `${BASE}/${r.id}/history`, { token: A.owner })).json().items.map((h: { action: string }) => h.action);
    assert.deepEqual(actions, ['applied', 'approved', 'seller_added', 'seller_added', 'seller_added', 'seller_removed']);

    const screening = (await activeRegistrations(ctx)).find((x) => x.id === r.id)!;
    assert.deepEqual(
      screening.authorised_sellers.map((s) => [s.merchant_id, s.category_id, s.country]),
      [
        [C.merchantId, null, null],
        [D.merchantId, bags.id, null],
      ],
    );
  });

  it("keeps reference prices per product or variant of the owner's catalog, one per currency", async () => {
    const r = await approved(A.owner, body({ name_en: `Priced ${uniq()}`, aliases_zh: ['定价'] }));
    const mine = await product(t.app.ctx, A.actor, { variants: 2, price: 9800 });
    const theirs = await product(t.app.ctx, B.actor);
    const put = (token: string, b: Record<string, unknown>) => t.call('PUT', `${BASE}/${r.id}/reference-prices`, { token, body: b });

    const first = await put(A.owner, { product_id: mine.productId, amount: 9800, currency: 'USD' });
    assert.equal(first.statusCode, 201, first.body);
    assert.match(first.json().id, /^brp_/);
    const replaced = await put(A.brandOwner, { product_id: mine.productId, amount: 9500, currency: 'USD' });
    assert.equal(replaced.statusCode, 200);
    assert.equal(replaced.json().id, first.json().id);
    assert.equal(replaced.json().amount, 9500);
    assert.equal((await put(A.owner, { product_id: mine.productId, amount: 69900, currency: 'CNY' })).statusCode, 201);
    const variant = await put(A.owner, { variant_id: mine.variantIds[1], amount: 10500, currency: 'USD' });
    assert.equal(variant.statusCode, 201);

    const before = await count('brand_reference_prices');
    const refusals: Array<[string, number, string, Record<string, unknown>]> = [
      [A.owner, 400, 'price_target_required', { amount: 100, currency: 'USD' }],
      [A.owner, 400, 'price_target_required', { product_id: mine.productId, variant_id: mine.variantIds[0], amount: 100, currency: 'USD' }],
      [A.owner, 400, 'invalid_reference_price', { product_id: mine.productId, amount: 0, currency: 'USD' }],
      [A.owner, 400, 'validation_failed', { product_id: mine.productId, amount: 12.5, currency: 'USD' }],
      [A.owner, 400, 'invalid_currency', { product_id: mine.productId, amount: 100, currency: 'ABC' }],
      [A.owner, 404, 'product_not_found', { product_id: theirs.productId, amount: 100, currency: 'USD' }],
      [A.owner, 404, 'variant_not_found', { variant_id: theirs.variantIds[0], amount: 100, currency: 'USD' }],
      [A.staff, 403, 'forbidden', { product_id: mine.productId, amount: 1, currency: 'USD' }],
      [B.owner, 404, 'brand_registration_not_found', { product_id: theirs.productId, amount: 1, currency: 'USD' }],
    ];
    for (const [token, status, code, b] of refusals) {
      const res = await put(token, b);
      assert.equal(res.statusCode, status, `${JSON.stringify(b)}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    assert.equal(await count('brand_reference_prices'), before);

    const listed = (await t.call('GET', `${BASE}/${r.id}/reference-prices`, { token: opToken })).json().items;
    assert.equal(listed.length, 3);
    assert.equal((await t.call('DELETE', `${BASE}/${r.id}/reference-prices/${variant.json().id}`, { token: A.owner })).statusCode, 204);
    assert.equal(
      (await t.call('DELETE', `${BASE}/${r.id}/reference-prices/${variant.json().id}`, { token: A.owner })).json().code,
      'reference_price_not_found',
    );

    const screening = (await activeRegistrations(t.app.ctx)).find((x) => x.id === r.id)!;
    assert.equal(screening.merchant_id, A.id);
    assert.equal(screening.name_zh, '蓝岭');
    assert.deepEqual(screening.aliases_zh, ['定价']);
    assert.deepEqual(screening.aliases_en, ['B L U E Ridge', 'Blue Ridge Denim']);
    assert.deepEqual(
      screening.reference_prices.map((p) => [p.product_id, p.variant_id, p.amount, p.currency]).sort(),
      [
        [mine.productId, null, 69900, 'CNY'],
        [mine.productId, null, 9500, 'USD'],
      ].sort(),
    );
    const history = (await t.call('GET', `${BASE}/${r.id}/history`, { token: A.owner })).json().items;
    const set = history.filter((h: { action: string }) => h.action === 'reference_price_set');
    assert.equal(set.length, 4);
    assert.equal(set[1].details.previous_amount, 9800);
  });

  it('leaves pending, rejected and withdrawn registrations out of the screening read', async () => {
    const p = await applied(A.owner);
    const rj = await applied(A.owner);
    await t.call('POST', `${BASE}/${rj.id}/reject`, { token: opToken, body: { reason: 'no' } });
    const w = await applied(A.owner);
    await t.call('DELETE', `${BASE}/${w.id}`, { token: A.owner });
    const a = await approved(A.owner);
    const ids = new Set((await activeRegistrations(t.app.ctx)).map((x) => x.id));
    assert.deepEqual([ids.has(p.id), ids.has(rj.id), ids.has(w.id), ids.has(a.id)], [false, false, false, true]);
  });
});
