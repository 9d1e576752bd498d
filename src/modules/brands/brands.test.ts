import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { brandBelongsTo, brandNames } from './service.ts';

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${++seq}`;

describe('brands', () => {
  let t: TestApp;
  let op: { token: string; userId: string };
  let consumer: { token: string };
  // Two tenants, each with an owner, a brand owner and a plain staff member.
  const A = { id: '', owner: '', brandOwner: '', staff: '' };
  const B = { id: '', owner: '', brandOwner: '', staff: '' };

  const brandCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('brands')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function tenant(into: typeof A) {
    const n = uniq();
    const owner = { email: `owner.${n}@brand.test`, password: 'brand-owner-pass', display_name: 'Owner' };
    const res = await t.call('POST', '/api/merchants/applications', {
      body: {
        legal_name: `Maker ${n}`,
        display_name: `Maker ${n}`,
        country: 'CN',
        region: 'Guangdong',
        registration_number: `REG-${n}`,
        contact_name: 'Chen',
        contact_email: `c.${n}@brand.test`,
        headcount: 3,
        sector: 'cosmetics',
        default_currency: 'CNY',
        owner,
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    into.id = res.json().merchant.id;
    into.owner = (await t.call('POST', '/api/auth/login', { body: { email: owner.email, password: owner.password } })).json().token;
    into.brandOwner = (await t.userToken({ role: 'brand_owner', merchant_id: into.id })).token;
    into.staff = (await t.userToken({ role: 'merchant', merchant_id: into.id, merchant_role: 'staff' })).token;
  }

  const create = (token: string | undefined, body: Record<string, unknown>) => t.call('POST', '/api/brands', { token, body });

  before(async () => {
    t = await testApp();
    op = await t.userToken({ role: 'operator' });
    consumer = await t.userToken({ role: 'consumer' });
    await tenant(A);
    await tenant(B);
  });
  after(() => t?.close());

  it('lets a merchant owner create a brand for its own merchant, with a slug made from name_en', async () => {
    const res = await create(A.owner, { name_en: '  Crème Brûlée & Co ', name_zh: '焦糖布丁' });
    assert.equal(res.statusCode, 201, res.body);
    const b = res.json();
    assert.match(b.id, /^brd_/);
    assert.equal(b.merchant_id, A.id);
    assert.equal(b.slug, 'creme-brulee-and-co');
    assert.equal(b.name_en, 'Crème Brûlée & Co');
    assert.equal(b.name_zh, '焦糖布丁');
    assert.equal(await brandBelongsTo(t.app.ctx, b.id, A.id), true);
    assert.equal(await brandBelongsTo(t.app.ctx, b.id, B.id), false);
    assert.deepEqual(await brandNames(t.app.ctx, b.id), { name_en: 'Crème Brûlée & Co', name_zh: '焦糖布丁' });
    assert.equal(await brandNames(t.app.ctx, 'brd_01HZZZZZZZZZZZZZZZZZZZZZZZ'), null);
    assert.equal(await brandBelongsTo(t.app.ctx, 'brd_01HZZZZZZZZZZZZZZZZZZZZZZZ', A.id), false);
  });

  it("lets a brand owner create for its merchant, and names a given slug; another merchant's id is not found", async () => {
    const res = await create(A.brandOwner, { name_en: 'Jade Dew', name_zh: '玉露', slug: `jade-dew-${uniq()}`, merchant_id: A.id });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().merchant_id, A.id);
    const before = await brandCount();
    for (const token of [A.owner, A.brandOwner]) {
      const other = await create(token, { name_en: `Sneaky ${uniq()}`, name_zh: '偷偷', merchant_id: B.id });
      assert.equal(other.statusCode, 404, other.body);
      assert.equal(other.json().code, 'merchant_not_found');
    }
    assert.equal(await brandCount(), before);
  });

  it('makes an operator name the merchant', async () => {
    const missing = await create(op.token, { name_en: `Op ${uniq()}`, name_zh: '运营' });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().code, 'merchant_required');
    const unknown = await create(op.token, { name_en: `Op ${uniq()}`, name_zh: '运营', merchant_id: 'mer_01HZZZZZZZZZZZZZZZZZZZZZZZ' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'merchant_not_found');
    const ok = await create(op.token, { name_en: `Op ${uniq()}`, name_zh: '运营', merchant_id: B.id });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().merchant_id, B.id);
  });

  it('refuses creation by staff, API keys, consumers and the anonymous', async () => {
    const before = await brandCount();
    const key = (await t.call('POST', '/api/api-keys', { token: A.owner, body: { name: 'pim' } })).json().secret;
    const body = { name_en: `Nope ${uniq()}`, name_zh: '不行' };
    assert.equal((await create(A.staff, body)).statusCode, 403);
    assert.equal((await create(key, body)).statusCode, 403);
    assert.equal((await create(consumer.token, body)).statusCode, 403);
    assert.equal((await create(undefined, body)).statusCode, 401);
    assert.equal(await brandCount(), before);
  });

  it('refuses a taken slug (given or derived) with 409 and bad input with 400', async () => {
    const name = `Silk Road ${uniq()}`;
    const first = await create(A.owner, { name_en: name, name_zh: '丝路' });
    assert.equal(first.statusCode, 201);
    const before = await brandCount();
    const derived = await create(B.owner, { name_en: name.toUpperCase(), name_zh: '丝绸之路' });
    assert.equal(derived.statusCode, 409);
    assert.equal(derived.json().code, 'brand_slug_taken');
    const given = await create(B.owner, { name_en: 'Other', name_zh: '其他', slug: first.json().slug });
    assert.equal(given.statusCode, 409);
    assert.equal(given.json().code, 'brand_slug_taken');

    const chinese = await create(A.owner, { name_en: '茶', name_zh: '茶' });
    assert.equal(chinese.statusCode, 400);
    assert.equal(chinese.json().code, 'slug_required');
    for (const body of [
      { name_en: 'X', name_zh: '叉', slug: 'Bad Slug' },
      { name_en: 'X', name_zh: '叉', slug: 'a--b' },
      { name_en: 'X', name_zh: '叉', owner: 'me' },
      { name_en: 'X' },
      { name_en: '   ', name_zh: '叉' },
      { name_en: 'X', name_zh: '叉', merchant_id: 'not-an-id' },
    ]) {
      const res = await create(A.owner, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
    }
    assert.equal(await brandCount(), before);
  });

  it('lets one of two concurrent creations with one slug win', async () => {
    const slug = `race-${uniq()}`;
    const before = await brandCount();
    const rs = await Promise.all([create(A.owner, { name_en: 'R1', name_zh: '一', slug }), create(B.owner, { name_en: 'R2', name_zh: '二', slug })]);
    assert.deepEqual(rs.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal(await brandCount(), before + 1);
  });

  it('lists and shows brands publicly, with filters and paging', async () => {
    const tag = uniq();
    const b1 = (await create(B.owner, { name_en: `Panda Snacks ${tag}`, name_zh: `熊猫零食${tag}` })).json();
    const all = await t.call('GET', '/api/brands?limit=100');
    assert.equal(all.statusCode, 200);
    const merchants = new Set(all.json().items.map((b: { merchant_id: string }) => b.merchant_id));
    assert.ok(merchants.has(A.id) && merchants.has(B.id), 'everyone sees every merchant’s brands');

    const ofB = (await t.call('GET', `/api/brands?merchant_id=${B.id}&limit=100`, { token: A.owner })).json();
    assert.ok(ofB.items.length >= 1);
    assert.ok(ofB.items.every((b: { merchant_id: string }) => b.merchant_id === B.id));

    const byZh = (await t.call('GET', `/api/brands?q=${encodeURIComponent(`熊猫零食${tag}`)}`)).json();
    assert.deepEqual(
      byZh.items.map((b: { id: string }) => b.id),
      [b1.id],
    );

    const p1 = (await t.call('GET', '/api/brands?limit=2')).json();
    assert.equal(p1.items.length, 2);
    const p2 = (await t.call('GET', `/api/brands?limit=2&cursor=${p1.next_cursor}`)).json();
    assert.ok(p2.items[0].id > p1.items[1].id);

    const one = await t.call('GET', `/api/brands/${b1.id}`);
    assert.equal(one.statusCode, 200);
    assert.deepEqual(one.json(), b1);
    const none = await t.call('GET', '/api/brands/brd_01HZZZZZZZZZZZZZZZZZZZZZZZ');
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().code, 'brand_not_found');
    assert.equal((await t.call('GET', '/api/brands?merchant=x')).statusCode, 400);
  });

  it("updates a brand for its own merchant only; another tenant's brand is not found and unchanged", async () => {
    const b = (await create(B.owner, { name_en: `Lotus ${uniq()}`, name_zh: '莲花' })).json();
    for (const token of [A.owner, A.brandOwner]) {
      const res = await t.call('PATCH', `/api/brands/${b.id}`, { token, body: { name_en: 'Hijacked' } });
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json().code, 'brand_not_found');
    }
    assert.equal((await t.call('PATCH', `/api/brands/${b.id}`, { token: B.staff, body: { name_en: 'Staff' } })).statusCode, 403);
    assert.equal((await t.call('PATCH', `/api/brands/${b.id}`, { token: consumer.token, body: { name_en: 'C' } })).statusCode, 403);
    assert.equal((await t.call('PATCH', `/api/brands/${b.id}`, { body: { name_en: 'C' } })).statusCode, 401);
    assert.deepEqual((await t.call('GET', `/api/brands/${b.id}`)).json(), b);

    const renamed = await t.call('PATCH', `/api/brands/${b.id}`, { token: B.brandOwner, body: { name_zh: '莲花牌', slug: `lotus-${uniq()}` } });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().name_zh, '莲花牌');
    assert.equal(renamed.json().name_en, b.name_en);

    const taken = (await create(A.owner, { name_en: `Taken ${uniq()}`, name_zh: '占' })).json();
    const clash = await t.call('PATCH', `/api/brands/${b.id}`, { token: op.token, body: { slug: taken.slug } });
    assert.equal(clash.statusCode, 409);
    assert.equal(clash.json().code, 'brand_slug_taken');
    const bad = await t.call('PATCH', `/api/brands/${b.id}`, { token: B.owner, body: { merchant_id: A.id } });
    assert.equal(bad.statusCode, 400, 'a brand cannot be moved to another merchant');
    const byOp = await t.call('PATCH', `/api/brands/${b.id}`, { token: op.token, body: { name_en: 'Lotus Official' } });
    assert.equal(byOp.statusCode, 200);
    assert.equal(byOp.json().name_en, 'Lotus Official');
    assert.equal(byOp.json().merchant_id, B.id);
  });
});
