import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { newId } from '../../shared/ids.ts';
import { hashPassword, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hash with scrypt, verify the right password only, and salt each hash', async () => {
    const a = await hashPassword('meridian');
    const b = await hashPassword('meridian');
    assert.match(a, /^scrypt\$32768\$8\$1\$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('meridian', a), true);
    assert.equal(await verifyPassword('Meridian', a), false);
    assert.equal(await verifyPassword('meridian', 'garbage'), false);
  });
});

describe('identity over HTTP', () => {
  let t: TestApp;
  const merchants = { a: newId('merchant'), b: newId('merchant') };

  before(async () => {
    t = await testApp();
    for (const id of Object.values(merchants)) {
      await t.database.db
        .insertInto('merchants')
        .values({
          id,
          legal_name: `Legal ${id}`,
          display_name: id,
          country: 'US',
          region: 'OR',
          registration_number: id,
          contact_name: 'C',
          contact_email: 'c@example.com',
          contact_phone: null,
          headcount: 5,
          sector: 'food',
          default_currency: 'USD',
          website: null,
          status: 'verified',
          status_reason: null,
        })
        .execute();
    }
  });
  after(() => t?.close());

  it('signs in with email and password and returns a bearer token that identifies the user', async () => {
    const { token, userId } = await t.userToken({ role: 'consumer', email: 'Mixed.Case@Example.com' });
    const me = await t.call('GET', '/api/me', { token });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().id, userId);
    assert.equal(me.json().role, 'consumer');
    // Email matching is case-insensitive.
    const again = await t.call('POST', '/api/auth/login', { body: { email: 'mixed.case@example.com', password: 'correct-horse-battery' } });
    assert.equal(again.statusCode, 200);
    assert.match(again.json().token, /^mst_/);
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    await t.userToken({ role: 'consumer', email: 'known@example.com' });
    const wrong = await t.call('POST', '/api/auth/login', { body: { email: 'known@example.com', password: 'nope-nope' } });
    const unknown = await t.call('POST', '/api/auth/login', { body: { email: 'ghost@example.com', password: 'nope-nope' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().code, 'invalid_credentials');
    assert.equal(unknown.json().code, 'invalid_credentials');
  });

  it('slows password guessing: too many sign-ins for one email from one address get 429', async () => {
    await t.userToken({ role: 'consumer', email: 'target@example.com' });
    const attempt = () => t.call('POST', '/api/auth/login', { body: { email: 'target@example.com', password: 'guess-guess' } });
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await attempt()).statusCode);
    assert.ok(answers.includes(429), answers.join(','));
    const limited = await attempt();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'too_many_requests');
    assert.ok(limited.headers['retry-after']);
    // Another account is not affected.
    await t.userToken({ role: 'consumer', email: 'other@example.com' });
  });

  it('refuses missing, malformed and revoked tokens', async () => {
    assert.equal((await t.call('GET', '/api/me')).statusCode, 401);
    const bad = await t.call('GET', '/api/me', { headers: { authorization: 'Basic abc' } });
    assert.equal(bad.statusCode, 401);
    assert.equal((await t.call('GET', '/api/me', { token: 'mst_not-a-real-token-at-all' })).statusCode, 401);
    const { token } = await t.userToken({ role: 'consumer' });
    assert.equal((await t.call('POST', '/api/auth/logout', { token })).statusCode, 204);
    assert.equal((await t.call('GET', '/api/me', { token })).statusCode, 401);
  });

  it('registers consumers, refusing a taken email without a second row', async () => {
    const body = { email: 'new.shopper@example.com', password: 'long-enough-pw', display_name: '小王', locale: 'zh-CN' };
    const res = await t.call('POST', '/api/auth/register', { body });
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().user.role, 'consumer');
    assert.equal(res.json().user.locale, 'zh-CN');
    const dup = await t.call('POST', '/api/auth/register', { body: { ...body, email: 'NEW.shopper@example.com' } });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'email_taken');
    const n = await sql<{ n: number }>`select count(*)::int as n from users where lower(email) = 'new.shopper@example.com'`.execute(t.database.db);
    assert.equal(n.rows[0]!.n, 1);
    const short = await t.call('POST', '/api/auth/register', { body: { ...body, email: 'x@example.com', password: 'short' } });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().code, 'validation_failed');
  });

  it('lets operators create store staff and merchant owners create only their own staff', async () => {
    const op = await t.userToken({ role: 'operator' });
    const owner = await t.userToken({ role: 'merchant', merchant_id: merchants.a, merchant_role: 'owner' });
    const staffA = await t.userToken({ role: 'merchant', merchant_id: merchants.a, merchant_role: 'staff' });

    const byOp = await t.call('POST', '/api/users', {
      token: op.token,
      body: { email: 'owner.b@example.com', password: 'long-enough-pw', display_name: 'B', role: 'merchant', merchant_id: merchants.b, merchant_role: 'owner' },
    });
    assert.equal(byOp.statusCode, 201);
    assert.equal(byOp.json().merchant_id, merchants.b);

    const mine = await t.call('POST', '/api/users', {
      token: owner.token,
      body: { email: 'staff.a2@example.com', password: 'long-enough-pw', display_name: 'S', role: 'merchant' },
    });
    assert.equal(mine.statusCode, 201);
    assert.equal(mine.json().merchant_id, merchants.a);
    assert.equal(mine.json().merchant_role, 'staff');

    // Another tenant's merchant id is not found, not forbidden.
    const other = await t.call('POST', '/api/users', {
      token: owner.token,
      body: { email: 'sneaky@example.com', password: 'long-enough-pw', display_name: 'S', role: 'merchant', merchant_id: merchants.b },
    });
    assert.equal(other.statusCode, 404);
    const escalate = await t.call('POST', '/api/users', {
      token: owner.token,
      body: { email: 'op2@example.com', password: 'long-enough-pw', display_name: 'S', role: 'operator' },
    });
    assert.equal(escalate.statusCode, 403);
    const byStaff = await t.call('POST', '/api/users', {
      token: staffA.token,
      body: { email: 'x2@example.com', password: 'long-enough-pw', display_name: 'S', role: 'merchant' },
    });
    assert.equal(byStaff.statusCode, 403);
    const consumer = await t.userToken({ role: 'consumer' });
    assert.equal((await t.call('GET', '/api/users', { token: consumer.token })).statusCode, 403);
    const n = await sql<{ n: number }>`select count(*)::int as n from users where email in ('sneaky@example.com', 'op2@example.com', 'x2@example.com')`.execute(
      t.database.db,
    );
    assert.equal(n.rows[0]!.n, 0);

    const list = await t.call('GET', '/api/users?limit=100', { token: owner.token });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.length >= 2);
    for (const u of list.json().items) assert.equal(u.merchant_id, merchants.a);
  });

  it('pages through users with a cursor without repeats', async () => {
    const op = await t.userToken({ role: 'operator' });
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.call('GET', `/api/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: op.token });
      assert.equal(res.statusCode, 200);
      for (const u of res.json().items) {
        assert.ok(!seen.has(u.id));
        seen.add(u.id);
      }
      cursor = res.json().next_cursor;
      pages++;
    } while (cursor && pages < 100);
    const total = await sql<{ n: number }>`select count(*)::int as n from users`.execute(t.database.db);
    assert.equal(seen.size, total.rows[0]!.n);
    assert.equal((await t.call('GET', '/api/users?cursor=bm90LWpzb24', { token: op.token })).json().code, 'invalid_cursor');
  });

  it('issues merchant API keys that act for that merchant only, and revokes them', async () => {
    const owner = await t.userToken({ role: 'merchant', merchant_id: merchants.a, merchant_role: 'owner' });
    const ownerB = await t.userToken({ role: 'merchant', merchant_id: merchants.b, merchant_role: 'owner' });
    const created = await t.call('POST', '/api/api-keys', { token: owner.token, body: { name: 'ERP sync' } });
    assert.equal(created.statusCode, 201);
    const key = created.json();
    assert.match(key.secret, /^mak_/);
    const list = await t.call('GET', '/api/api-keys', { token: key.secret });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.every((k: { merchant_id: string; secret?: string }) => k.merchant_id === merchants.a && k.secret === undefined));
    // The key cannot mint keys (owner only), and another owner cannot revoke it.
    assert.equal((await t.call('POST', '/api/api-keys', { token: key.secret, body: { name: 'x' } })).statusCode, 403);
    assert.equal((await t.call('DELETE', `/api/api-keys/${key.id}`, { token: ownerB.token })).statusCode, 404);
    assert.equal((await t.call('GET', '/api/api-keys', { token: key.secret })).statusCode, 200);
    assert.equal((await t.call('DELETE', `/api/api-keys/${key.id}`, { token: owner.token })).statusCode, 200);
    assert.equal((await t.call('GET', '/api/api-keys', { token: key.secret })).statusCode, 401);
    // API keys have no user account.
    const again = await t.call('POST', '/api/api-keys', { token: owner.token, body: { name: 'two' } });
    assert.equal((await t.call('GET', '/api/me', { token: again.json().secret })).statusCode, 401);
  });
});
