import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { location, operatorActor, product, verifiedMerchant } from '../../../test/support/fixtures.ts';
import { addDays, localDate } from '../../modules/inventory/lots/dates.ts';
import { GS } from '../../shared/gs1/element-string.ts';
import { gtinCheckDigit } from '../../shared/gtin.ts';

const gs1Date = (d: string) => d.slice(2).replaceAll('-', '');

describe('POST /api/scan/gs1', () => {
  let t: TestApp;
  let gtin: string;
  let variant: string;
  const tok: Record<string, string> = {};
  const today = localDate('UTC');
  const useBy = addDays(today, 20);
  const scan = (text: string, token = tok.op) => t.call('POST', '/api/scan/gs1', { token, body: { text } });
  const login = async (email: string) => (await t.call('POST', '/api/auth/login', { body: { email, password: 'fixture-password' } })).json().token as string;

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const merchant = await verifiedMerchant(ctx, op, 'Cheese');
    const other = await verifiedMerchant(ctx, op, 'Olives');
    variant = (await product(ctx, merchant.actor, { food: {} })).variantIds[0]!;
    gtin = (await ctx.db.selectFrom('variants').select('gtin').where('id', '=', variant).executeTakeFirstOrThrow()).gtin!;
    tok.op = (await t.userToken({ role: 'operator' })).token;
    tok.owner = await login(merchant.ownerEmail);
    tok.other = await login(other.ownerEmail);
    tok.clerk = (await t.userToken({ role: 'store_staff', location_id: (await location(ctx, op)).id })).token;
    tok.shopper = (await t.userToken({ role: 'consumer' })).token;
  });
  after(() => t?.close());

  it('reads a raw element string with FNC1 as GS and a symbology identifier', async () => {
    const res = await scan(`]d201${gtin}17${gs1Date(useBy)}10LOT-7${GS}21SER9${GS}3012`);
    assert.equal(res.statusCode, 200, res.body);
    const { elements, ...rest } = res.json();
    assert.deepEqual(rest, {
      gtin,
      variant_id: variant,
      lot_code: 'LOT-7',
      production_date: null,
      best_before: null,
      use_by: useBy,
      serial: 'SER9',
      quantity: 12,
    });
    assert.deepEqual(
      elements.map((e: { ai: string }) => e.ai),
      ['01', '17', '10', '21', '30'],
    );
  });

  it('reads the bracketed form, with production and best-before dates', async () => {
    const res = await scan(`(01)${gtin}(11)${gs1Date(addDays(today, -3))}(15)${gs1Date(useBy)}(10)B\\(1)`);
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual([r.lot_code, r.production_date, r.best_before, r.use_by, r.quantity], ['B(1)', addDays(today, -3), useBy, null, null]);
  });

  it('reads a Digital Link with the lot in the path and the use-by date in the query', async () => {
    for (const uri of [
      `https://id.example.com/01/${gtin}/10/DL%2F1?17=${gs1Date(useBy)}&linkType=gs1:pip`,
      `https://brand.example/dl/gtin/${gtin.replace(/^0/, '')}/lot/DL%2F1?exp=${gs1Date(useBy)}`,
    ]) {
      const res = await scan(uri);
      assert.equal(res.statusCode, 200, `${uri}: ${res.body}`);
      const r = res.json();
      assert.deepEqual([r.gtin, r.variant_id, r.lot_code, r.use_by], [gtin, variant, 'DL/1', useBy], uri);
    }
  });

  it("refuses unreadable data with 400 invalid_gs1 and the parser's reason", async () => {
    const wrong = gtin.slice(0, -1) + String((Number(gtin.at(-1)) + 1) % 10);
    for (const [text, reason, ai] of [
      [`(01)${wrong}(10)X`, 'bad_check_digit', '01'],
      [`01${wrong}10X`, 'bad_check_digit', '01'],
      [`https://id.example.com/01/${wrong}/10/X`, 'bad_check_digit', '01'],
      [`(01)${gtin}(17)261332`, 'bad_date', '17'],
      ['hello', 'unknown_ai', undefined],
      [`https://id.example.com/01/${gtin}?21=S1`, 'misplaced_ai', '21'],
    ] as const) {
      const res = await scan(text);
      assert.equal(res.statusCode, 400, `${text}: ${res.body}`);
      const p = res.json();
      assert.equal(p.code, 'invalid_gs1', text);
      assert.equal(p.gs1_error, reason, text);
      assert.equal(p.ai, ai, text);
    }
  });

  it('shows a merchant its own variant only; anyone else of the staff sees it; consumers may not scan', async () => {
    assert.equal((await scan(`(01)${gtin}(10)A`, tok.owner)).json().variant_id, variant);
    const foreign = (await scan(`(01)${gtin}(10)A`, tok.other)).json();
    assert.deepEqual([foreign.gtin, foreign.variant_id, foreign.lot_code], [gtin, null, 'A']);
    assert.equal((await scan(`(01)${gtin}(10)A`, tok.clerk)).json().variant_id, variant);
    assert.equal((await scan(`(01)${gtin}(10)A`, tok.shopper)).statusCode, 403);
    assert.equal((await t.call('POST', '/api/scan/gs1', { body: { text: `(01)${gtin}` } })).statusCode, 401);
    // A GTIN no variant carries: read, but no variant.
    const body = '0950600013435';
    const unknown = (await scan(`(01)${body}${gtinCheckDigit(body)}`)).json();
    assert.deepEqual([unknown.gtin, unknown.variant_id], [`${body}${gtinCheckDigit(body)}`, null]);
  });
});
