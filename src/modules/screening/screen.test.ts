import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RULES, type Rule } from './rules.ts';
import { screenListing } from './screen.ts';
import { CHAMPION, LEVIS, listing } from './test-fixtures.ts';
import type { Listing } from './types.ts';

const screen = (over: Partial<Listing>, rules?: Rule[]) => screenListing(listing(over), [LEVIS, CHAMPION], rules ? { rules } : {});
const held = (over: Partial<Listing>) => {
  const r = screen(over);
  assert.equal(r.decision, 'held', JSON.stringify(over));
  return r;
};

describe('screenListing: a registered brand used by a merchant that is not authorised is held', () => {
  it('catches the spellings sellers use, in English titles', () => {
    for (const t of [
      'Lev1s 501 jeans',
      'L E V I S jeans',
      'ＬＥＶＩ’Ｓ 牛仔裤',
      'Levi’s slim jeans',
      "Lеvi's jeans",
      'LEVI-S vintage',
      'Vintage LEVIS501',
      'levis',
    ]) {
      const r = held({ title_en: t });
      assert.deepEqual(
        r.findings.map((f) => [f.rule, f.severity, f.field, f.language, f.matched.registration_id]),
        [['unauthorised_seller', 'hold', 'title', 'en', 'reg_levis']],
        t,
      );
      assert.equal(r.findings[0]!.via, 'title_match');
      assert.ok(t.includes(r.findings[0]!.excerpt!), 'the excerpt is the seller’s own text');
    }
  });

  it('catches the Chinese name, simplified or traditional, in titles and descriptions', () => {
    const r = held({ title_zh: '正品李维斯牛仔裤' });
    assert.deepEqual(
      r.findings.map((f) => [f.field, f.language, f.matched.name, f.excerpt]),
      [['title', 'zh', '李维斯', '李维斯']],
    );
    assert.deepEqual(
      held({ description_zh: '版型同李維斯501，做工好。' }).findings.map((f) => [f.field, f.language, f.excerpt]),
      [['description', 'zh', '李維斯']],
    );
    assert.deepEqual(
      held({ title_zh: 'Levi’s 李维斯 牛仔裤' }).findings.map((f) => f.matched.name),
      ["Levi's"],
      'one finding per field and language: the earliest name',
    );
  });

  it('catches the brand field, with the reason for the operator', () => {
    const r = held({ brand_name: 'Levis' });
    assert.equal(r.findings[0]!.field, 'brand');
    assert.equal(r.findings[0]!.via, 'brand_field_match');
    assert.match(r.findings[0]!.detail, /^brand: "Levis" matches the registered brand "Levi.s"; merchant mer_other is not an authorised seller$/);
  });

  it('holds a seller authorised only in another country, and says so', () => {
    const r = held({ merchant_id: 'mer_cn', country: 'US', title_en: "Levi's 501" });
    assert.match(r.findings[0]!.detail, /authorised only for country CN/);
  });
});

describe('screenListing: listings that stay live', () => {
  it('passes the owner and an authorised seller, still reporting the uses', () => {
    for (const merchant_id of ['mer_levi', 'mer_auth']) {
      const r = screen({ merchant_id, brand_name: "Levi's", title_en: "Levi's 501", title_zh: '李维斯501' });
      assert.equal(r.decision, 'live', merchant_id);
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.flags, []);
      assert.deepEqual(
        r.uses.map((u) => [u.rule, u.language]),
        [
          ['brand_field_match', null],
          ['title_match', 'en'],
          ['title_match', 'zh'],
        ],
      );
    }
  });

  it('passes a seller authorised for the listing’s country or product line', () => {
    assert.equal(screen({ merchant_id: 'mer_cn', country: 'CN', title_en: 'Levis' }).decision, 'live');
    assert.equal(screen({ merchant_id: 'mer_denim', product_line: 'denim', title_en: 'Levis' }).decision, 'live');
    assert.equal(screen({ merchant_id: 'mer_denim', product_line: null, title_en: 'Levis' }).decision, 'held');
  });

  it('does not match the letters of a name inside another word', () => {
    const r = screen({
      title_en: 'Television stand',
      description_en: 'Elevision-grade finish; won the championship.',
      brand_name: 'Clevis & Co',
    });
    assert.equal(r.decision, 'live');
    assert.deepEqual(r.uses, []);
  });

  it('passes a listing that names no brand', () => {
    assert.deepEqual(screen({}), { decision: 'live', flags: [], findings: [], uses: [] });
  });
});

describe('screenListing: prices', () => {
  it('flags a price far below the reference but keeps the listing live', () => {
    const r = screen({ merchant_id: 'mer_auth', title_en: "Levi's 501", product_id: 'prd_501', price: { amount: 9900, currency: 'CNY' } });
    assert.equal(r.decision, 'live');
    assert.deepEqual(r.flags, ['price_far_below_reference']);
    assert.deepEqual(
      r.findings.map((f) => [f.rule, f.severity, f.field, f.matched.registration_id]),
      [['price_far_below_reference', 'flag', 'price', 'reg_levis']],
    );
  });

  it('does not flag a price near the reference', () => {
    const r = screen({ merchant_id: 'mer_auth', title_en: "Levi's 501", product_id: 'prd_501', price: { amount: 62900, currency: 'CNY' } });
    assert.deepEqual([r.decision, r.flags, r.findings], ['live', [], []]);
    assert.deepEqual(
      r.uses.map((u) => u.registration_id),
      ['reg_levis'],
      'the brand is used (by an authorised seller), and the price is fine',
    );
  });

  it('holds and flags a cheap listing by an unauthorised seller', () => {
    const r = screen({ title_en: 'Lev1s', product_id: 'prd_501', price: { amount: 9900, currency: 'CNY' } });
    assert.equal(r.decision, 'held');
    assert.deepEqual(r.flags, ['price_far_below_reference']);
    assert.deepEqual(r.findings.map((f) => f.rule).sort(), ['price_far_below_reference', 'unauthorised_seller']);
  });

  it('does not compare a listing that never uses the brand with its prices', () => {
    const r = screen({ merchant_id: 'mer_other', title_en: 'Orchard apples', product_id: 'prd_501', price: { amount: 900, currency: 'CNY' } });
    assert.deepEqual([r.decision, r.flags, r.findings], ['live', [], []]);
  });

  it('converts through the caller’s function', () => {
    const l = listing({ merchant_id: 'mer_auth', title_en: "Levi's 502", product_id: 'prd_502', price: { amount: 20000, currency: 'CNY' } }); // 200 CNY, reference 99.50 USD
    assert.deepEqual(screenListing(l, [LEVIS]).flags, []);
    const convert = (m: { amount: number }, to: string) => (to === 'USD' ? Math.round(m.amount / 7) : null);
    assert.deepEqual(screenListing(l, [LEVIS], { convert }).flags, ['price_far_below_reference']);
  });
});

describe('screenListing: rule sets', () => {
  const without = (code: string) => DEFAULT_RULES.filter((r) => r.code !== code);

  it('runs only the rules it is given, and skips disabled ones', () => {
    const over = { title_en: 'Lev1s', product_id: 'prd_501', price: { amount: 9900, currency: 'CNY' } };
    assert.equal(screen(over, without('unauthorised_seller')).decision, 'live');
    assert.deepEqual(screen(over, without('price_far_below_reference')).flags, []);
    assert.equal(screen(over, without('title_match')).decision, 'live');
    const disabled = DEFAULT_RULES.map((r) => (r.code === 'title_match' ? { ...r, enabled: false } : r));
    assert.equal(screen(over, disabled).decision, 'live');
    assert.deepEqual(screen(over, disabled).uses, []);
  });

  it('lets a rule set downgrade unauthorised use to a flag', () => {
    const soft = DEFAULT_RULES.map((r) => (r.kind === 'unauthorised_seller' ? { ...r, severity: 'flag' as const } : r));
    const r = screen({ title_en: 'Levis' }, soft);
    assert.equal(r.decision, 'live');
    assert.deepEqual(r.flags, ['unauthorised_seller']);
  });

  it('rejects an invalid rule set', () => {
    const bad = DEFAULT_RULES.map((r) => (r.kind === 'price_far_below_reference' ? { ...r, params: { ...r.params, threshold_percent: 150 } } : r));
    assert.throws(() => screen({}, bad), /RangeError|threshold_percent/);
  });
});
