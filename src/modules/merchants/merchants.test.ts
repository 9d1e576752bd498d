import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { merchantStatus } from './service.ts';

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${++seq}`;

/** A valid application; each call has its own registration number and owner email. */
function application(over: Record<string, unknown> = {}) {
  const n = uniq();
  return {
    legal_name: `Green Leaf Trading ${n} Ltd`,
    display_name: `Green Leaf ${n}`,
    country: 'CN',
    region: 'Zhejiang',
    registration_number: `91330100MA${n}`.toUpperCase(),
    contact_name: 'Li Wei',
    contact_email: `contact.${n}@greenleaf.test`,
    contact_phone: '+86 571 8888 0000',
    headcount: 12,
    sector: 'food',
    default_currency: 'CNY',
    website: 'https://greenleaf.example',
    owner: { email: `owner.${n}@greenleaf.test`, password: 'tea-garden-2024', display_name: 'Li Wei' },
    ...over,
  };
}

describe('merchants', () => {
  let t: TestApp;
  let op: { token: string; userId: string };
  let consumer: { token: string; userId: string };

  const count = async (table: 'merchants' | 'merchant_status_events' | 'users') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Applies; returns the merchant id and a signed-in token of its owner. */
  async function apply(over: Record<string, unknown> = {}) {
    const body = application(over);
    const res = await t.call('POST', '/api/merchants/applications', { body });
    assert.equal(res.statusCode, 201, res.body);
    const login = await t.call('POST', '/api/auth/login', { body: { email: body.owner.email, password: body.owner.password } });
    assert.equal(login.statusCode, 200, login.body);
    return { id: res.json().merchant.id as string, ownerToken: login.json().token as string, body, res: res.json() };
  }

  const act = (id: string, action: string, body?: unknown, token = op.token) => t.call('POST', `/api/merchants/${id}/${action}`, { token, body });

  before(async () => {
    t = await testApp();
    op = await t.userToken({ role: 'operator' });
    consumer = await t.userToken({ role: 'consumer' });
  });
  after(() => t?.close());

  describe('application', () => {
    it('creates a pending merchant, its owner account and the first status event together', async () => {
      const { id, ownerToken, body, res } = await apply({ registration_number: '  91330100ma abc  ' });
      assert.equal(res.merchant.status, 'pending');
      assert.equal(res.merchant.registration_number, '91330100MA ABC', 'registration numbers are normalised');
      assert.equal(res.merchant.headcount, 12);
      assert.equal(res.merchant.sector, 'food');
      assert.equal(res.merchant.default_currency, 'CNY');
      assert.equal(res.owner.role, 'merchant');
      assert.equal(res.owner.merchant_role, 'owner');
      assert.equal(res.owner.merchant_id, id);
      assert.equal(res.owner.email, body.owner.email);
      assert.equal('password_hash' in res.owner, false);

      const own = await t.call('GET', `/api/merchants/${id}`, { token: ownerToken });
      assert.equal(own.statusCode, 200);
      assert.equal(own.json().legal_name, body.legal_name);

      const hist = await t.call('GET', `/api/merchants/${id}/history`, { token: ownerToken });
      assert.equal(hist.statusCode, 200);
      assert.deepEqual(
        hist.json().items.map((e: Record<string, unknown>) => [e.from_status, e.to_status, e.actor_id]),
        [[null, 'pending', res.owner.id]],
      );
      assert.equal(await merchantStatus(t.app.ctx, id), 'pending');
      assert.equal(await merchantStatus(t.app.ctx, 'mer_01HZZZZZZZZZZZZZZZZZZZZZZZ'), null);
    });

    it('accepts an application without the optional phone and website', async () => {
      const body = application();
      delete (body as Record<string, unknown>).contact_phone;
      delete (body as Record<string, unknown>).website;
      const res = await t.call('POST', '/api/merchants/applications', { body: { ...body, headcount: 0 } });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().merchant.contact_phone, null);
      assert.equal(res.json().merchant.website, null);
      assert.equal(res.json().merchant.headcount, 0);
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const before = [await count('merchants'), await count('users'), await count('merchant_status_events')];
      const base = application();
      const cases: [string, unknown, string][] = [
        ['unknown country', { ...base, country: 'XX' }, 'invalid_country'],
        ['reserved country', { ...base, country: 'EU' }, 'invalid_country'],
        ['lower-case country', { ...base, country: 'cn' }, 'validation_failed'],
        ['unknown currency', { ...base, default_currency: 'ABC' }, 'invalid_currency'],
        ['malformed currency', { ...base, default_currency: 'RMB1' }, 'validation_failed'],
        ['negative headcount', { ...base, headcount: -1 }, 'validation_failed'],
        ['fractional headcount', { ...base, headcount: 2.5 }, 'validation_failed'],
        ['unknown sector', { ...base, sector: 'weapons' }, 'validation_failed'],
        ['unknown field', { ...base, status: 'verified' }, 'validation_failed'],
        ['unknown owner field', { ...base, owner: { ...base.owner, role: 'operator' } }, 'validation_failed'],
        ['missing owner', { ...base, owner: undefined }, 'validation_failed'],
        ['blank legal name', { ...base, legal_name: '   ' }, 'validation_failed'],
        ['bad contact email', { ...base, contact_email: 'not-an-email' }, 'validation_failed'],
        ['script website', { ...base, website: 'javascript:alert(1)' }, 'validation_failed'],
        ['short owner password', { ...base, owner: { ...base.owner, password: 'short' } }, 'validation_failed'],
        ['letters as phone', { ...base, contact_phone: 'call me' }, 'validation_failed'],
      ];
      for (const [name, body, code] of cases) {
        const res = await t.call('POST', '/api/merchants/applications', { body });
        assert.equal(res.statusCode, 400, `${name}: ${res.body}`);
        assert.equal(res.json().code, code, name);
      }
      const unknown = await t.call('POST', '/api/merchants/applications', { body: { ...base, fax: '123' } });
      assert.match(unknown.json().detail, /unknown field "fax"/);
      assert.deepEqual([await count('merchants'), await count('users'), await count('merchant_status_events')], before);
    });

    it('refuses a second application for the same registration number in a country, leaving no partial rows', async () => {
      const first = await apply();
      const before = [await count('merchants'), await count('users'), await count('merchant_status_events')];
      const again = application({ registration_number: ` ${first.body.registration_number.toLowerCase()} ` });
      const res = await t.call('POST', '/api/merchants/applications', { body: again });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().code, 'merchant_already_registered');
      assert.deepEqual([await count('merchants'), await count('users'), await count('merchant_status_events')], before);
      const user = await t.database.db.selectFrom('users').select('id').where('email', '=', again.owner.email).executeTakeFirst();
      assert.equal(user, undefined, 'the owner account was not created');

      // The same number in another country is another business.
      const elsewhere = await t.call('POST', '/api/merchants/applications', {
        body: application({ country: 'DE', registration_number: first.body.registration_number }),
      });
      assert.equal(elsewhere.statusCode, 201, elsewhere.body);
    });

    it('refuses an owner email already in use (409 email_taken) and rolls back the merchant', async () => {
      const first = await apply();
      const before = [await count('merchants'), await count('users'), await count('merchant_status_events')];
      const dup = application();
      dup.owner = { ...dup.owner, email: first.body.owner.email.toUpperCase() };
      const res = await t.call('POST', '/api/merchants/applications', { body: dup });
      assert.equal(res.statusCode, 409, res.body);
      assert.equal(res.json().code, 'email_taken');
      assert.deepEqual([await count('merchants'), await count('users'), await count('merchant_status_events')], before);
      const row = await t.database.db.selectFrom('merchants').select('id').where('registration_number', '=', dup.registration_number).executeTakeFirst();
      assert.equal(row, undefined, 'no merchant row was left behind');
    });

    it('lets exactly one of two concurrent identical applications through', async () => {
      const body = application();
      const second = { ...application(), registration_number: body.registration_number };
      const before = await count('merchants');
      const results = await Promise.all([
        t.call('POST', '/api/merchants/applications', { body }),
        t.call('POST', '/api/merchants/applications', { body: second }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409], results.map((r) => r.body).join('\n'));
      assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'merchant_already_registered');
      assert.equal(await count('merchants'), before + 1);
    });
  });

  describe('status decisions', () => {
    /** A merchant brought to the given status through the API. */
    async function inStatus(status: 'pending' | 'verified' | 'rejected' | 'suspended') {
      const { id } = await apply();
      const path: Record<string, [string, unknown][]> = {
        pending: [],
        verified: [['verify', undefined]],
        rejected: [['reject', { reason: 'documents do not match' }]],
        suspended: [
          ['verify', undefined],
          ['suspend', { reason: 'counterfeit complaint' }],
        ],
      };
      for (const [action, body] of path[status]!) assert.equal((await act(id, action, body)).statusCode, 200);
      return id;
    }

    const allowed: Record<string, string> = {
      'pending:verify': 'verified',
      'pending:reject': 'rejected',
      'verified:suspend': 'suspended',
      'suspended:reinstate': 'verified',
    };

    for (const from of ['pending', 'verified', 'rejected', 'suspended'] as const) {
      for (const action of ['verify', 'reject', 'suspend', 'reinstate']) {
        const to = allowed[`${from}:${action}`];
        it(`${action} on a ${from} merchant: ${to ? `becomes ${to}` : '409 invalid_transition'}`, async () => {
          const id = await inStatus(from);
          const events = (await t.call('GET', `/api/merchants/${id}/history`, { token: op.token })).json().items.length;
          const res = await act(id, action, { reason: `because ${action}` });
          const after = (await t.call('GET', `/api/merchants/${id}`, { token: op.token })).json();
          const history = (await t.call('GET', `/api/merchants/${id}/history`, { token: op.token })).json().items;
          if (to) {
            assert.equal(res.statusCode, 200, res.body);
            assert.equal(res.json().status, to);
            assert.equal(res.json().status_reason, `because ${action}`);
            assert.equal(after.status, to);
            assert.equal(history.length, events + 1);
            const last = history.at(-1);
            assert.deepEqual([last.from_status, last.to_status, last.reason, last.actor_id], [from, to, `because ${action}`, op.userId]);
          } else {
            assert.equal(res.statusCode, 409, res.body);
            assert.equal(res.json().code, 'invalid_transition');
            assert.equal(res.json().merchant_status, from);
            assert.equal(after.status, from, 'status unchanged');
            assert.equal(history.length, events, 'no event written');
          }
        });
      }
    }

    it('requires a reason to reject or suspend, not to verify or reinstate', async () => {
      const id = await inStatus('pending');
      for (const body of [undefined, {}, { reason: '   ' }, { reason: 'x', extra: 1 }]) {
        const res = await act(id, 'reject', body);
        assert.equal(res.statusCode, 400, res.body);
      }
      assert.equal(await merchantStatus(t.app.ctx, id), 'pending');
      const verified = await act(id, 'verify');
      assert.equal(verified.statusCode, 200, verified.body);
      assert.equal(verified.json().status_reason, null);
      for (const body of [undefined, {}]) assert.equal((await act(id, 'suspend', body)).statusCode, 400);
      assert.equal((await act(id, 'suspend', { reason: 'tax audit' })).statusCode, 200);
      const reinstated = await act(id, 'reinstate', {});
      assert.equal(reinstated.statusCode, 200, reinstated.body);
      assert.equal(reinstated.json().status, 'verified');
    });

    it('keeps the whole history with reasons and deciders, oldest first', async () => {
      const { id, ownerToken } = await apply();
      await act(id, 'verify', { reason: 'licence checked' });
      await act(id, 'suspend', { reason: 'expired food licence' });
      await act(id, 'reinstate', { reason: 'licence renewed' });
      const res = await t.call('GET', `/api/merchants/${id}/history`, { token: ownerToken });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(
        res.json().items.map((e: Record<string, unknown>) => [e.from_status, e.to_status, e.reason]),
        [
          [null, 'pending', null],
          ['pending', 'verified', 'licence checked'],
          ['verified', 'suspended', 'expired food licence'],
          ['suspended', 'verified', 'licence renewed'],
        ],
      );
      for (const e of res.json().items.slice(1)) assert.equal(e.actor_id, op.userId);
    });

    it('answers 404 for an unknown merchant', async () => {
      const res = await act('mer_01HZZZZZZZZZZZZZZZZZZZZZZZ', 'verify');
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().code, 'merchant_not_found');
      assert.equal((await act('nope', 'verify')).statusCode, 400);
    });

    it('lets exactly one of a concurrent verify and reject win', async () => {
      for (let round = 0; round < 3; round++) {
        const id = await inStatus('pending');
        const [v, r] = await Promise.all([act(id, 'verify', { reason: 'ok' }), act(id, 'reject', { reason: 'no' })]);
        assert.deepEqual([v.statusCode, r.statusCode].sort(), [200, 409], `${v.body}\n${r.body}`);
        const winner = v.statusCode === 200 ? 'verified' : 'rejected';
        assert.equal(await merchantStatus(t.app.ctx, id), winner);
        const decisions = await t.database.db
          .selectFrom('merchant_status_events')
          .select('to_status')
          .where('merchant_id', '=', id)
          .where('from_status', 'is not', null)
          .execute();
        assert.deepEqual(
          decisions.map((d) => d.to_status),
          [winner],
        );
      }
    });

    it('is for operators only', async () => {
      const { id, ownerToken } = await apply();
      for (const [token, status] of [
        [ownerToken, 403],
        [consumer.token, 403],
        [undefined, 401],
      ] as const) {
        for (const action of ['verify', 'reject', 'suspend', 'reinstate']) {
          const res = await t.call('POST', `/api/merchants/${id}/${action}`, { token, body: { reason: 'x' } });
          assert.equal(res.statusCode, status, `${action}: ${res.body}`);
        }
      }
      assert.equal(await merchantStatus(t.app.ctx, id), 'pending');
    });
  });

  describe('reading, listing and changing', () => {
    it('lets operators list and filter merchants, with paging', async () => {
      const a = await apply({ country: 'SG', default_currency: 'SGD', display_name: 'Lion 100% Rice' });
      const b = await apply({ country: 'SG', default_currency: 'SGD' });
      await act(b.id, 'verify');
      const sg = await t.call('GET', '/api/merchants?country=SG', { token: op.token });
      assert.equal(sg.statusCode, 200);
      assert.deepEqual(
        sg.json().items.map((m: { id: string }) => m.id),
        [a.id, b.id],
      );
      const verified = (await t.call('GET', '/api/merchants?country=SG&status=verified', { token: op.token })).json();
      assert.deepEqual(
        verified.items.map((m: { id: string }) => m.id),
        [b.id],
      );
      const byName = (await t.call('GET', `/api/merchants?q=${encodeURIComponent('100% rice')}`, { token: op.token })).json();
      assert.deepEqual(
        byName.items.map((m: { id: string }) => m.id),
        [a.id],
      );
      const wildcard = (await t.call('GET', `/api/merchants?q=${encodeURIComponent('%')}`, { token: op.token })).json();
      assert.deepEqual(
        wildcard.items.map((m: { id: string }) => m.id),
        [a.id],
        '% is a character, not a wildcard',
      );
      const p1 = (await t.call('GET', '/api/merchants?limit=2', { token: op.token })).json();
      assert.equal(p1.items.length, 2);
      assert.ok(p1.next_cursor);
      const p2 = (await t.call('GET', `/api/merchants?limit=2&cursor=${p1.next_cursor}`, { token: op.token })).json();
      assert.ok(p2.items[0].id > p1.items[1].id);
      assert.equal((await t.call('GET', '/api/merchants?cursor=bogus', { token: op.token })).statusCode, 400);
      assert.equal((await t.call('GET', '/api/merchants?status=closed', { token: op.token })).statusCode, 400);
      assert.equal((await t.call('GET', '/api/merchants?color=red', { token: op.token })).statusCode, 400);
    });

    it('keeps the list from everyone but operators', async () => {
      const { ownerToken } = await apply();
      assert.equal((await t.call('GET', '/api/merchants', { token: ownerToken })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/merchants', { token: consumer.token })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/merchants')).statusCode, 401);
    });

    it('gives merchants a directory of verified merchants by name, without their contacts', async () => {
      const tag = `Dir${uniq()}`;
      const verified = await apply({ display_name: `${tag} Orchards` });
      const pending = await apply({ display_name: `${tag} Pending` });
      assert.equal((await act(verified.id, 'verify', { reason: 'documents checked' })).statusCode, 200);
      const res = await t.call('GET', `/api/merchants/directory?q=${tag}`, { token: pending.ownerToken });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().items, [{ id: verified.id, display_name: `${tag} Orchards`, country: 'CN', region: 'Zhejiang' }]);
      assert.equal((await t.call('GET', `/api/merchants/directory?q=${tag}`, { token: consumer.token })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/merchants/directory')).statusCode, 401);
      assert.equal((await t.call('GET', '/api/merchants/directory?limit=0', { token: op.token })).statusCode, 400);
    });

    it('lets the owner change contact details, and nothing else', async () => {
      const { id, ownerToken } = await apply();
      const res = await t.call('PATCH', `/api/merchants/${id}`, {
        token: ownerToken,
        body: { display_name: 'Green Leaf Tea', contact_phone: null, website: 'https://tea.example' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().display_name, 'Green Leaf Tea');
      assert.equal(res.json().contact_phone, null);
      assert.equal(res.json().website, 'https://tea.example');
      for (const body of [{ status: 'verified' }, { legal_name: 'Other' }, { headcount: 5 }, { contact_email: 'nope' }]) {
        const bad = await t.call('PATCH', `/api/merchants/${id}`, { token: ownerToken, body });
        assert.equal(bad.statusCode, 400, JSON.stringify(body));
      }
      const now = (await t.call('GET', `/api/merchants/${id}`, { token: op.token })).json();
      assert.equal(now.status, 'pending');
      assert.equal(now.display_name, 'Green Leaf Tea');

      const byOp = await t.call('PATCH', `/api/merchants/${id}`, { token: op.token, body: { contact_name: 'Wang Fang' } });
      assert.equal(byOp.statusCode, 200);
      assert.equal(byOp.json().contact_name, 'Wang Fang');

      const staff = await t.userToken({ role: 'merchant', merchant_id: id, merchant_role: 'staff' });
      const byStaff = await t.call('PATCH', `/api/merchants/${id}`, { token: staff.token, body: { display_name: 'Hijack' } });
      assert.equal(byStaff.statusCode, 403);
      assert.equal((await t.call('GET', `/api/merchants/${id}`, { token: staff.token })).statusCode, 200, 'staff read their own merchant');
      assert.equal((await t.call('PATCH', `/api/merchants/${id}`, { token: consumer.token, body: {} })).statusCode, 403);
    });

    it('isolates tenants: another merchant is not found and stays unchanged', async () => {
      const a = await apply();
      const b = await apply();
      const bBefore = (await t.call('GET', `/api/merchants/${b.id}`, { token: op.token })).json();
      const brandOwnerA = await t.userToken({ role: 'brand_owner', merchant_id: a.id });
      for (const token of [a.ownerToken, brandOwnerA.token]) {
        for (const url of [`/api/merchants/${b.id}`, `/api/merchants/${b.id}/history`]) {
          const res = await t.call('GET', url, { token });
          assert.equal(res.statusCode, 404, url);
          assert.equal(res.json().code, 'merchant_not_found');
        }
      }
      const patch = await t.call('PATCH', `/api/merchants/${b.id}`, { token: a.ownerToken, body: { display_name: 'Taken over' } });
      assert.equal(patch.statusCode, 404);
      assert.equal(patch.json().code, 'merchant_not_found');
      assert.deepEqual((await t.call('GET', `/api/merchants/${b.id}`, { token: op.token })).json(), bBefore);

      assert.equal((await t.call('GET', `/api/merchants/${a.id}`, { token: brandOwnerA.token })).statusCode, 200);
      assert.equal((await t.call('GET', `/api/merchants/${a.id}`, { token: consumer.token })).statusCode, 403);
      assert.equal((await t.call('GET', `/api/merchants/${a.id}`)).statusCode, 401);
      assert.equal((await t.call('GET', `/api/merchants/${a.id}/history`)).statusCode, 401);
    });

    it("lets a merchant's API key read its own merchant only", async () => {
      const a = await apply();
      const b = await apply();
      const created = await t.call('POST', '/api/api-keys', { token: a.ownerToken, body: { name: 'ERP sync' } });
      assert.equal(created.statusCode, 201, created.body);
      const key = created.json().secret as string;
      const own = await t.call('GET', `/api/merchants/${a.id}`, { token: key });
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().id, a.id);
      assert.equal((await t.call('GET', `/api/merchants/${a.id}/history`, { token: key })).statusCode, 200);
      assert.equal((await t.call('GET', `/api/merchants/${b.id}`, { token: key })).statusCode, 404);
      assert.equal((await t.call('PATCH', `/api/merchants/${b.id}`, { token: key, body: { display_name: 'x' } })).statusCode, 404);
      assert.equal((await t.call('PATCH', `/api/merchants/${a.id}`, { token: key, body: { display_name: 'x' } })).statusCode, 403, 'keys do not act as owner');
      assert.equal((await t.call('GET', '/api/merchants', { token: key })).statusCode, 403);
      assert.equal((await act(a.id, 'verify', undefined, key)).statusCode, 403);
    });
  });
});
