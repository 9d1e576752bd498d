import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor } from '../../../test/support/fixtures.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { decryptIdNumber, hashIdNumber } from './pii.ts';
import * as cbec from './service.ts';

const ID_A = '11010519491231002X';
const ID_B = '310115198510102349';
const ID_C = '44030419900307123X';
const ID_D = '330106200002290010';
const AT = new Date('2026-05-01T02:00:00Z');

const consumer = (userId: string): Actor => ({ kind: 'user', userId, role: 'consumer', merchantId: null, merchantRole: null, locationId: null });
const line = (ref: string, hs_code: string | null, amount: number, opts: { quantity?: number; freight?: number } = {}) => ({
  ref,
  hs_code,
  quantity: opts.quantity ?? 1,
  amount,
  freight: opts.freight ?? 0,
});

describe('crossborder module', () => {
  let t: TestApp;
  let ctx: Ctx;
  let op: Actor;
  const tokens: Record<'operator' | 'alice' | 'bob', string> = {} as never;
  let alice: Actor;
  let bob: Actor;
  let orderNo = 0;
  const orderId = () => `ord_TEST${String(++orderNo).padStart(22, '0')}`;
  const take = (hash: string, amount: number, order_id = orderId(), year = 2026) =>
    ctx.db.transaction().execute((trx) => cbec.takeLimit({ ...ctx, db: trx }, { id_number_hash: hash, year, order_id, amount }));
  const usage = async (hash: string, year = 2026) => {
    const row = await ctx.db
      .selectFrom('cbec_annual_usage')
      .select('used_amount')
      .where('id_number_hash', '=', hash)
      .where('year', '=', year)
      .executeTakeFirst();
    const ledger = await ctx.db
      .selectFrom('cbec_limit_usage')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('s'))
      .where('id_number_hash', '=', hash)
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    // Invariant: the running sum equals its ledger.
    assert.equal(Number(ledger.s), row?.used_amount ?? 0);
    return row?.used_amount ?? 0;
  };

  before(async () => {
    t = await testApp();
    ctx = t.app.ctx;
    op = await operatorActor(ctx);
    await cbec.loadSamplePositiveList(ctx);
    tokens.operator = (await t.userToken({ role: 'operator' })).token;
    const a = await t.userToken({ role: 'consumer' });
    const b = await t.userToken({ role: 'consumer' });
    tokens.alice = a.token;
    tokens.bob = b.token;
    alice = consumer(a.userId);
    bob = consumer(b.userId);
  });
  after(() => t.close());

  describe('positive list', () => {
    it('finds the entry with the longest prefix of a product’s HS code, or null', async () => {
      const m = await cbec.positiveListEntries(ctx, ['3304990099', '3304100000', '61102000', '080929', '84713000', '12', '3304.99']);
      assert.equal(m.get('3304990099')?.hs_code, '330499');
      assert.equal(m.get('3304100000')?.hs_code, '3304');
      assert.equal(m.get('61102000')?.hs_code, '6110');
      assert.deepEqual([m.get('080929')?.vat_bp, m.get('080929')?.consumption_tax_bp], [900, 0]);
      assert.equal(m.get('84713000'), null);
      assert.equal(m.get('12'), null);
      assert.equal(m.get('3304.99')?.hs_code, '330499');
    });

    it('the sample has real VAT and consumption tax rates', async () => {
      const m = await cbec.positiveListEntries(ctx, ['3304', '2204', '0409', '1901', '9503']);
      assert.deepEqual([m.get('3304')?.vat_bp, m.get('3304')?.consumption_tax_bp], [1300, 1500]);
      assert.deepEqual([m.get('2204')?.vat_bp, m.get('2204')?.consumption_tax_bp], [1300, 1000]);
      assert.equal(m.get('0409')?.vat_bp, 900);
      assert.equal(m.get('1901')?.vat_bp, 1300);
      const { n } = await ctx.db
        .selectFrom('cbec_positive_list')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n), 20);
    });

    it('is public to read, by code in both directions and by name', async () => {
      const res = await t.call('GET', '/api/cbec/positive-list?hs_code=330499');
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(
        res.json().items.map((e: { hs_code: string }) => e.hs_code),
        ['3304', '330499'],
      );
      const names = await t.call('GET', `/api/cbec/positive-list?q=${encodeURIComponent('樱桃')}`);
      assert.deepEqual(
        names.json().items.map((e: { hs_code: string }) => e.hs_code),
        ['080929'],
      );
      const page = await t.call('GET', '/api/cbec/positive-list?limit=15');
      assert.equal(page.json().items.length, 15);
      const rest = await t.call('GET', `/api/cbec/positive-list?limit=15&cursor=${page.json().next_cursor}`);
      assert.equal(rest.json().items.length, 5);
    });

    it('imports all or nothing, reporting each bad row', async () => {
      const csv = [
        'hs_code,name_en,name_zh,vat_bp,consumption_tax_bp,tariff_bp,note,list_edition',
        '8517.62,Routers,路由器,1300,,0,,2022',
        '12,Short,短,1300,0,0,,2022',
        '9504,Video game consoles,游戏机,13.5,0,0,,2022',
        '9504,Again,再,1300,10000,0,,2022',
        '9505,Festive articles,,1300,0,0,,22',
      ].join('\n');
      const r = await cbec.importPositiveListCsv(ctx, op, csv, { dryRun: false, replace: false });
      assert.equal(r.ok, false);
      assert.deepEqual(
        r.errors.map((e) => [e.row, e.column, e.code]),
        [
          [3, 'hs_code', 'invalid_hs_code'],
          [4, 'vat_bp', 'invalid_rate'],
          [5, 'hs_code', 'duplicate_hs_code'],
          [5, 'consumption_tax_bp', 'invalid_rate'],
          [6, 'name_zh', 'required'],
          [6, 'list_edition', 'invalid_list_edition'],
        ],
      );
      assert.equal((await cbec.positiveListEntries(ctx, ['85176200'])).get('85176200'), null);
    });

    it('a dry run counts and writes nothing; a real run adds and updates; replace removes the rest', async () => {
      const csv = 'hs_code,name_en,name_zh,vat_bp,tariff_bp,list_edition\n85176200,Routers,路由器,1300,0,2022\n9503,Toys,玩具,1300,0,2022\n';
      const dry = await cbec.importPositiveListCsv(ctx, null, csv, { dryRun: true, replace: true });
      assert.deepEqual([dry.ok, dry.created, dry.updated, dry.removed], [true, 1, 1, 19]);
      assert.equal((await cbec.positiveListEntries(ctx, ['85176200'])).get('85176200'), null);
      const real = await cbec.importPositiveListCsv(ctx, op, csv, { dryRun: false, replace: false });
      assert.deepEqual([real.ok, real.created, real.updated, real.removed], [true, 1, 1, 0]);
      assert.equal((await cbec.positiveListEntries(ctx, ['8517620000'])).get('8517620000')?.consumption_tax_bp, 0);
      // Only operators load the list.
      await assert.rejects(cbec.importPositiveListCsv(ctx, alice, csv, { dryRun: true, replace: false }), { code: 'forbidden' });
      const res = await t.call('POST', '/api/cbec/positive-list/import', { token: tokens.alice, body: { csv, dry_run: true } });
      assert.equal(res.statusCode, 403);
      const byRoute = await t.call('POST', '/api/cbec/positive-list/import', { token: tokens.operator, body: { csv, dry_run: true, replace: true } });
      assert.equal(byRoute.statusCode, 200, byRoute.body);
      assert.deepEqual([byRoute.json().ok, byRoute.json().removed], [true, 19]);
    });
  });

  describe('buyer identities', () => {
    it('a consumer saves one: 201, masked, stored encrypted with a keyed hash and no plain number', async () => {
      const res = await t.call('POST', '/api/me/identities', { token: tokens.alice, body: { name: '张三', id_number: ID_A.toLowerCase(), save: true } });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.deepEqual([body.name, body.masked, body.saved], ['张三', '1101**********002X', true]);
      assert.ok(!res.body.includes('19491231'));
      const row = await ctx.db.selectFrom('buyer_identities').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
      assert.equal(row.customer_id, alice.kind === 'user' ? alice.userId : '');
      assert.equal(row.id_number_hash, hashIdNumber(ctx.config, ID_A));
      assert.equal(decryptIdNumber(ctx.config, row.id_number_ciphertext), ID_A);
      // No column of the row holds the number or its birth date in the clear.
      const raw = await sql<Record<string, unknown>>`select * from buyer_identities where id = ${body.id}`.execute(ctx.db);
      assert.ok(!JSON.stringify(raw.rows).includes('0519491231'));
      // Saving the same number again is the same identity, with the newer name.
      const again = await t.call('POST', '/api/me/identities', { token: tokens.alice, body: { name: '张 三', id_number: ID_A, save: true } });
      assert.equal(again.json().id, body.id);
      const list = await t.call('GET', '/api/me/identities', { token: tokens.alice });
      assert.deepEqual(
        list.json().items.map((i: { id: string; name: string }) => [i.id, i.name]),
        [[body.id, '张 三']],
      );
    });

    it('refuses an invalid number with its validation code', async () => {
      for (const [id_number, code] of [
        ['110105194912310021', 'id_number_check'],
        ['110105194902300020', 'id_number_birth_date'],
        ['11010519491231002Y', 'id_number_format'],
      ] as const) {
        const res = await t.call('POST', '/api/me/identities', { token: tokens.alice, body: { name: '张三', id_number, save: true } });
        assert.equal(res.statusCode, 422, res.body);
        assert.equal(res.json().code, code);
      }
      assert.equal((await cbec.listIdentities(ctx, alice)).length, 1);
    });

    it('another consumer cannot see, use or delete it (404)', async () => {
      const mine = (await cbec.listIdentities(ctx, alice))[0]!;
      assert.deepEqual(await cbec.listIdentities(ctx, bob), []);
      await assert.rejects(cbec.identityForOrder(ctx, bob, { identity_id: mine.id }), { status: 404 });
      const del = await t.call('DELETE', `/api/me/identities/${mine.id}`, { token: tokens.bob });
      assert.equal(del.statusCode, 404);
      const own = await cbec.identityForOrder(ctx, alice, { identity_id: mine.id });
      assert.deepEqual([own.identity_id, own.masked, own.id_number_hash], [mine.id, '1101**********002X', hashIdNumber(ctx.config, ID_A)]);
    });

    it('a guest registers an unsaved identity, usable by id for 24 hours', async () => {
      const res = await t.call('POST', '/api/me/identities', { body: { name: 'Li Ming', id_number: ID_B, save: true } });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().saved, false);
      const id = res.json().id as string;
      const got = await cbec.identityForOrder(ctx, { kind: 'anonymous' }, { identity_id: id });
      assert.equal(got.id_number_hash, hashIdNumber(ctx.config, ID_B));
      await ctx.db
        .updateTable('buyer_identities')
        .set({ usable_until: new Date(Date.now() - 1000) })
        .where('id', '=', id)
        .execute();
      await assert.rejects(cbec.identityForOrder(ctx, { kind: 'anonymous' }, { identity_id: id }), { status: 404 });
      // Staff accounts cannot keep identities; listing is for consumers.
      assert.equal((await t.call('POST', '/api/me/identities', { token: tokens.operator, body: { name: 'X', id_number: ID_B, save: true } })).statusCode, 403);
      assert.equal((await t.call('GET', '/api/me/identities')).statusCode, 401);
    });

    it('identityForOrder with a name and number reuses the consumer’s saved identity when name and number match', async () => {
      const saved = (await cbec.listIdentities(ctx, alice))[0]!;
      assert.equal((await cbec.identityForOrder(ctx, alice, { name: '张  三', id_number: ID_A })).identity_id, saved.id);
      const other = await cbec.identityForOrder(ctx, alice, { name: '王五', id_number: ID_C });
      assert.notEqual(other.identity_id, saved.id);
      assert.equal(other.masked, '4403**********123X');
      await assert.rejects(cbec.identityForOrder(ctx, alice, { name: '王五', id_number: '440304199003071231' }), { status: 422, code: 'id_number_check' });
    });

    it('the payer must be the buyer: same name and number', () => {
      const buyer = { name: 'Li Ming', id_number_hash: hashIdNumber(ctx.config, ID_B) };
      assert.deepEqual(cbec.checkPayer(buyer, { name: 'LI  MING', id_number: ID_B }, ctx.config), { ok: true });
      assert.deepEqual(cbec.checkPayer(buyer, { name: 'Li Ming', id_number: ID_C }, ctx.config), { ok: false, code: 'payer_mismatch' });
      assert.deepEqual(cbec.checkPayer(buyer, { name: 'Li Hua', id_number: ID_B }, ctx.config), { ok: false, code: 'payer_mismatch' });
      assert.deepEqual(cbec.checkPayer(buyer, { name: 'Li Ming', id_number: 'nonsense' }, ctx.config), { ok: false, code: 'payer_mismatch' });
    });

    it('removing takes it off the account and it can no longer be named', async () => {
      const saved = await cbec.registerIdentity(ctx, bob, { name: '赵六', id_number: ID_D, save: true });
      const del = await t.call('DELETE', `/api/me/identities/${saved.id}`, { token: tokens.bob });
      assert.equal(del.statusCode, 204);
      assert.deepEqual(await cbec.listIdentities(ctx, bob), []);
      await assert.rejects(cbec.identityForOrder(ctx, bob, { identity_id: saved.id }), { status: 404 });
      // The row stays for the orders that declared it.
      assert.ok(await ctx.db.selectFrom('buyer_identities').select('id').where('id', '=', saved.id).executeTakeFirst());
    });
  });

  describe('assessCrossBorder', () => {
    it('100.00 sweater (6110, VAT 13 %): tax 9.10 = 10000 × 13 % × 70 %', async () => {
      const r = await cbec.assessCrossBorder(ctx, { id_number_hash: null, at: AT, lines: [line('l1', '61102000', 10_000)] });
      assert.ok(r.ok);
      assert.deepEqual([r.regime, r.order_value, r.tax_total, r.year, r.annual_used, r.annual_left], ['cbec', 10_000, 910, 2026, 0, 2_600_000]);
      assert.deepEqual(
        r.tax_lines.map((l) => [l.ref, l.kind, l.amount, l.rule]),
        [
          ['l1', 'tariff', 0, 'cbec_tariff_zero'],
          ['l1', 'vat', 910, 'cbec_vat_70'],
        ],
      );
    });

    it('freight is taxable: 950.00 cosmetics + 50.00 freight → ct 123.53, VAT 107.06 on 1,000.00', async () => {
      const r = await cbec.assessCrossBorder(ctx, { id_number_hash: null, at: AT, lines: [line('c', '3304990099', 95_000, { freight: 5_000 })] });
      assert.ok(r.ok);
      assert.equal(r.order_value, 100_000);
      assert.deepEqual(
        r.tax_lines.map((l) => [l.kind, l.amount, l.rate_bp]),
        [
          ['tariff', 0, 0],
          ['consumption_tax', 12_353, 1050],
          ['vat', 10_706, 910],
        ],
      );
      assert.equal(r.tax_total, 23_059);
    });

    it('refuses goods not on the positive list, naming the lines', async () => {
      const r = await cbec.assessCrossBorder(ctx, {
        id_number_hash: null,
        at: AT,
        lines: [line('ok', '61102000', 1000), line('laptop', '84713000', 500_000), line('nohs', null, 100)],
      });
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.code, 'cbec_not_on_positive_list');
      assert.deepEqual(r.details, {
        lines: [
          { ref: 'laptop', hs_code: '84713000' },
          { ref: 'nohs', hs_code: null },
        ],
      });
    });

    it('5,000.00 in two lines passes; 5,000.01 is refused with the single limit', async () => {
      const ok = await cbec.assessCrossBorder(ctx, {
        id_number_hash: null,
        at: AT,
        lines: [line('a', '6110', 300_000), line('b', '6109', 199_000, { freight: 1_000 })],
      });
      assert.ok(ok.ok);
      assert.equal(ok.order_value, 500_000);
      const over = await cbec.assessCrossBorder(ctx, {
        id_number_hash: null,
        at: AT,
        lines: [line('a', '6110', 300_000), line('b', '6109', 199_000, { freight: 1_001 })],
      });
      assert.equal(over.ok, false);
      if (over.ok) return;
      assert.equal(over.code, 'cbec_single_limit');
      assert.equal(over.details.amount_left, 500_000);
      assert.match(over.message, /CN¥5,000\.01, over the CN¥5,000\.00 limit/);
      // Two units of one line are not one indivisible item.
      const two = await cbec.assessCrossBorder(ctx, { id_number_hash: null, at: AT, lines: [line('a', '4202', 500_002, { quantity: 2 })] });
      assert.equal(two.ok ? 'ok' : two.code, 'cbec_single_limit');
    });

    it('one indivisible 6,000.00 handbag (4202: tariff 6 %) is general trade: tariff 360.00, VAT 826.80', async () => {
      const r = await cbec.assessCrossBorder(ctx, { id_number_hash: null, at: AT, lines: [line('bag', '42022100', 600_000)] });
      assert.ok(r.ok);
      assert.equal(r.regime, 'general_trade');
      assert.deepEqual(
        r.tax_lines.map((l) => [l.kind, l.amount, l.rate_bp, l.rule]),
        [
          ['tariff', 36_000, 600, 'general_trade_tariff'],
          ['vat', 82_680, 1300, 'general_trade_vat'],
        ],
      );
      assert.equal(r.tax_total, 118_680);
    });

    it('the yearly limit crossed by one order: 24,000.00 used, 3,000.00 refused with 2,000.00 left; 2,000.00 passes', async () => {
      const hash = hashIdNumber(ctx.config, ID_C);
      assert.equal(await take(hash, 480_000), true);
      for (let i = 0; i < 4; i++) assert.equal(await take(hash, 480_000), true);
      assert.equal(await usage(hash), 2_400_000);
      const r = await cbec.assessCrossBorder(ctx, { id_number_hash: hash, at: AT, lines: [line('x', '6110', 300_000)] });
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.code, 'cbec_annual_limit');
      assert.deepEqual([r.details.amount_left, r.details.amount_left_formatted, r.details.year], [200_000, 'CN¥2,000.00', 2026]);
      assert.equal(
        r.message,
        'This order comes to CN¥3,000.00, more than the CN¥2,000.00 left of your CN¥26,000.00 yearly cross-border limit for 2026 (财关税〔2018〕49号).',
      );
      const fits = await cbec.assessCrossBorder(ctx, { id_number_hash: hash, at: AT, lines: [line('x', '6110', 200_000)] });
      assert.ok(fits.ok);
      assert.deepEqual([fits.annual_used, fits.annual_left, fits.annual_left_after], [2_400_000, 200_000, 0]);
      // Another year (China time) starts from nothing: 2026-12-31T16:00Z is 2027 in Shanghai.
      const next = await cbec.assessCrossBorder(ctx, { id_number_hash: hash, at: new Date('2026-12-31T16:00:00Z'), lines: [line('x', '6110', 300_000)] });
      assert.ok(next.ok);
      assert.deepEqual([next.year, next.annual_used], [2027, 0]);
    });

    it('can require the identity', async () => {
      const r = await cbec.assessCrossBorder(ctx, { id_number_hash: null, at: AT, lines: [line('x', '6110', 100)], require_identity: true });
      assert.equal(r.ok ? 'ok' : r.code, 'cbec_identity_required');
    });

    it('POST /api/cbec/assess previews tax and answers refusals as 422 with the amount left', async () => {
      const ok = await t.call('POST', '/api/cbec/assess', { body: { lines: [line('l1', '0809290000', 20_000, { freight: 1_500 })] } });
      assert.equal(ok.statusCode, 200, ok.body);
      // 215.00 cherries at 9 % VAT × 70 % = 6.3 %: 1354.5 → 13.55
      assert.equal(ok.json().tax_total, 1355);
      const mine = (await cbec.listIdentities(ctx, alice))[0]!;
      await take(hashIdNumber(ctx.config, ID_A), 2_550_000, orderId(), cbec.limitYear(new Date()));
      const refused = await t.call('POST', '/api/cbec/assess', {
        token: tokens.alice,
        body: { identity_id: mine.id, lines: [line('l1', '6110', 60_000)] },
      });
      assert.equal(refused.statusCode, 422, refused.body);
      assert.deepEqual([refused.json().code, refused.json().amount_left], ['cbec_annual_limit', 50_000]);
      assert.equal(
        (await t.call('POST', '/api/cbec/assess', { token: tokens.bob, body: { identity_id: mine.id, lines: [line('l1', '6110', 100)] } })).statusCode,
        404,
      );
    });
  });

  describe('the yearly limit ledger', () => {
    it('a refund gives the limit back, never more than the order took, once per refund', async () => {
      const hash = hashIdNumber(ctx.config, ID_D);
      const order = orderId();
      assert.equal(await take(hash, 300_000, order), true);
      // Taking again for the same order is a no-op; with other values a conflict.
      assert.equal(await take(hash, 300_000, order), true);
      await assert.rejects(take(hash, 100, order), { code: 'cbec_limit_already_taken' });
      assert.equal(await usage(hash), 300_000);
      const give = (refund_id: string, amount: number) =>
        ctx.db
          .transaction()
          .execute((trx) => cbec.giveBackLimit({ ...ctx, db: trx }, { id_number_hash: hash, year: 2026, order_id: order, refund_id, amount }));
      assert.equal(await give('rfd_1', 100_000), 100_000);
      assert.equal(await usage(hash), 200_000);
      assert.equal(await give('rfd_1', 100_000), 100_000); // the same refund again: nothing more
      assert.equal(await usage(hash), 200_000);
      assert.equal(await give('rfd_2', 500_000), 200_000); // only what is left of the order
      assert.equal(await usage(hash), 0);
      assert.equal(await give('rfd_3', 1), 0);
      const rows = await ctx.db.selectFrom('cbec_limit_usage').select(['refund_id', 'amount']).where('order_id', '=', order).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => [r.refund_id, r.amount]),
        [
          [null, 300_000],
          ['rfd_1', -100_000],
          ['rfd_2', -200_000],
        ],
      );
    });

    it('a rolled-back order leaves no usage', async () => {
      const hash = hashIdNumber(ctx.config, '110101190001010006');
      await assert.rejects(
        ctx.db.transaction().execute(async (trx) => {
          assert.equal(await cbec.takeLimit({ ...ctx, db: trx }, { id_number_hash: hash, year: 2026, order_id: orderId(), amount: 100_000 }), true);
          throw new Error('payment declined');
        }),
        /payment declined/,
      );
      assert.equal(await usage(hash), 0);
    });

    it('concurrent orders of one person never pass 26,000.00 together', async () => {
      const hash = hashIdNumber(ctx.config, '110101200001010002');
      // Ten orders of 6,000.00 at once: exactly four fit (24,000.00); a fifth would make 30,000.00.
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          ctx.db.transaction().execute(async (trx) => {
            const ok = await cbec.takeLimit({ ...ctx, db: trx }, { id_number_hash: hash, year: 2026, order_id: orderId(), amount: 600_000 });
            // Hold the transaction open a moment so the others really overlap (on PostgreSQL).
            await sql`select pg_sleep(0.02)`.execute(trx);
            return ok;
          }),
        ),
      );
      assert.equal(results.filter(Boolean).length, 4);
      assert.equal(await usage(hash), 2_400_000);
    });

    it('GET /api/me/cross-border-limits shows each saved identity’s year', async () => {
      const hash = hashIdNumber(ctx.config, ID_A);
      const year = cbec.limitYear(new Date());
      const res = await t.call('GET', '/api/me/cross-border-limits', { token: tokens.alice });
      assert.equal(res.statusCode, 200, res.body);
      const used =
        (await ctx.db.selectFrom('cbec_annual_usage').select('used_amount').where('id_number_hash', '=', hash).where('year', '=', year).executeTakeFirst())
          ?.used_amount ?? 0;
      assert.deepEqual(
        res.json().items.map((i: Record<string, unknown>) => [i.masked, i.year, i.used, i.left, i.annual_limit, i.single_limit]),
        [['1101**********002X', year, used, 2_600_000 - used, 2_600_000, 500_000]],
      );
      assert.equal((await t.call('GET', '/api/me/cross-border-limits', { token: tokens.operator })).statusCode, 403);
    });
  });
});
