import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_STEPS, normalise } from './normalise.ts';
import {
  DEFAULT_RULES,
  type BrandFieldRule,
  type PriceBelowReferenceRule,
  type Rule,
  type TextMatchRule,
  type UnauthorisedSellerRule,
  detectUses,
  findName,
  isAuthorised,
  judgePrice,
  judgeUnauthorised,
  validateRules,
} from './rules.ts';
import { CHAMPION, LEVIS, listing } from './test-fixtures.ts';
import type { BrandUse } from './types.ts';

// A default rule by code, copied so a test can change it.
function byCode<T extends Rule>(code: string): T {
  const r = DEFAULT_RULES.find((x) => x.code === code);
  assert.ok(r, code);
  return structuredClone(r) as T;
}
const brandField = byCode<BrandFieldRule>('brand_field_match');
const title = byCode<TextMatchRule>('title_match');
const description = byCode<TextMatchRule>('description_match');
const unauthorised = byCode<UnauthorisedSellerRule>('unauthorised_seller');
const defaultPrice = byCode<PriceBelowReferenceRule>('price_far_below_reference');
// The comparator on its own: any registration with a reference for the product (the default also needs a brand use).
const price: PriceBelowReferenceRule = { ...defaultPrice, params: { ...defaultPrice.params, require_brand_use: false } };

describe('findName', () => {
  const at = (text: string, name: string, whole = true) => findName(normalise(text), normalise(name), whole).map((o) => [o.start, o.end]);

  it('finds a name as a whole word only, when asked', () => {
    assert.deepEqual(at('elevision', 'Levis'), []);
    assert.deepEqual(at('elevision', 'Levis', false), [[1, 6]]);
    assert.deepEqual(at('new levis, old LEVIS', 'Levis'), [
      [3, 8],
      [11, 16],
    ]);
    assert.deepEqual(at('李维斯牛仔裤', '李维斯'), [[0, 3]], 'CJK names need no spaces');
    assert.deepEqual(at('正品李维斯', '李维斯'), [[2, 5]]);
  });
});

describe('match rules, one by one', () => {
  it('brand_field_match: the brand field names a registered brand', () => {
    const uses = detectUses(brandField, listing({ brand_name: 'LEVI’S®' }), [LEVIS]);
    assert.deepEqual(
      uses.map((u) => [u.rule, u.field, u.language, u.name, u.excerpt]),
      [['brand_field_match', 'brand', null, "Levi's", 'LEVI’S']],
    );
    assert.deepEqual(detectUses(brandField, listing({ brand_name: 'Blue Ridge' }), [LEVIS]), []);
    assert.deepEqual(detectUses(brandField, listing({ brand_name: null }), [LEVIS]), []);
  });

  it('title_match: en and zh titles, names and aliases, as the seller wrote them', () => {
    const uses = detectUses(title, listing({ title_en: 'Vintage Lev1s 501 jeans', title_zh: '李維斯 501 牛仔褲' }), [LEVIS]);
    assert.deepEqual(
      uses.map((u) => [u.field, u.language, u.name, u.excerpt]),
      [
        ['title', 'en', "Levi's", 'Lev1s'],
        ['title', 'zh', '李维斯', '李維斯'],
      ],
    );
    const only = { ...title, params: { ...title.params, languages: ['zh' as const] } };
    assert.deepEqual(
      detectUses(only, listing({ title_en: 'Levis' }), [LEVIS]).map((u) => u.language),
      [],
      'a rule for zh titles ignores the en title',
    );
  });

  it('description_match: descriptions in both languages, one use per registration and field', () => {
    const uses = detectUses(description, listing({ description_en: 'Like Levis. Better than Levi Strauss.', description_zh: '比李维斯便宜' }), [LEVIS]);
    assert.deepEqual(
      uses.map((u) => [u.field, u.language, u.excerpt]),
      [
        ['description', 'en', 'Levis'],
        ['description', 'zh', '李维斯'],
      ],
    );
  });

  it('does not find a name inside another word unless containment_min_length allows it', () => {
    const l = listing({ title_en: 'Championship boxing gloves', description_en: 'For television and elevision fans' });
    assert.deepEqual(detectUses(title, l, [CHAMPION, LEVIS]), []);
    assert.deepEqual(detectUses(description, l, [CHAMPION, LEVIS]), []);
    const loose = { ...title, params: { ...title.params, containment_min_length: 8 } };
    assert.deepEqual(
      detectUses(loose, l, [CHAMPION, LEVIS]).map((u) => u.excerpt),
      ['Champion'],
      '8-letter names match inside words; 5-letter Levis still needs boundaries',
    );
  });

  it('uses only the steps the rule lists', () => {
    const noLookalikes = { ...title, params: { ...title.params, steps: ALL_STEPS.filter((s) => s !== 'lookalikes') } };
    const l = listing({ title_en: 'Lev1s jeans' });
    assert.equal(detectUses(title, l, [LEVIS]).length, 1);
    assert.equal(detectUses(noLookalikes, l, [LEVIS]).length, 0);
    const noChinese = { ...title, params: { ...title.params, steps: ALL_STEPS.filter((s) => s !== 'chinese') } };
    assert.equal(detectUses(noChinese, listing({ title_zh: '李維斯' }), [LEVIS]).length, 0);
  });

  it('skips names too short once normalised', () => {
    const x = { ...LEVIS, id: 'reg_x', aliases: ['L.', 'Lv'] };
    assert.deepEqual(
      detectUses(title, listing({ title_en: 'L jeans' }), [x]).map((u) => u.name),
      [],
    );
    assert.deepEqual(
      detectUses(title, listing({ title_en: 'LV bag' }), [x]).map((u) => u.name),
      ['Lv'],
    );
  });
});

describe('unauthorised_seller', () => {
  const use = (over: Partial<BrandUse> = {}): BrandUse => ({
    rule: 'title_match',
    field: 'title',
    language: 'en',
    registration_id: LEVIS.id,
    name: "Levi's",
    excerpt: 'Lev1s',
    start: 0,
    end: 5,
    ...over,
  });

  it('authorises the owner, unscoped sellers and scoped sellers within their scope', () => {
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_levi', country: 'US' })), true, 'owner');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_auth', country: 'US' })), true, 'unscoped');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_cn', country: 'cn' })), true, 'country, any case');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_cn', country: 'US' })), false, 'another country');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_cn', country: null })), false, 'unknown country');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_denim', product_line: 'denim' })), true, 'product line');
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_denim', product_line: 'Tops' })), false);
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_other' })), false);
  });

  it('lets a rule treat a listing without a scope as authorised', () => {
    const lenient = { ...unauthorised, params: { listing_without_scope: 'authorised' as const } };
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_cn', country: null }), lenient), true);
    assert.equal(isAuthorised(LEVIS, listing({ merchant_id: 'mer_cn', country: 'US' }), lenient), false);
  });

  it('finds one finding per unauthorised use, with the rule’s severity and the reason', () => {
    const uses = [use(), use({ rule: 'other_title_rule' }), use({ language: 'zh', excerpt: '李維斯', name: '李维斯' })];
    const f = judgeUnauthorised(unauthorised, listing({ merchant_id: 'mer_cn', country: 'US' }), uses, [LEVIS]);
    assert.equal(f.length, 2, 'the same registration, field and language once');
    assert.deepEqual(
      { ...f[0], detail: undefined },
      {
        rule: 'unauthorised_seller',
        severity: 'hold',
        field: 'title',
        language: 'en',
        matched: { registration_id: 'reg_levis', name: "Levi's" },
        detail: undefined,
        via: 'title_match',
        excerpt: 'Lev1s',
      },
    );
    assert.match(f[0]!.detail, /"Lev1s" matches the registered brand "Levi's"; merchant mer_cn is not an authorised seller.*authorised only for country CN/);
    assert.deepEqual(judgeUnauthorised(unauthorised, listing({ merchant_id: 'mer_auth' }), uses, [LEVIS]), []);
    assert.deepEqual(judgeUnauthorised({ ...unauthorised, severity: 'flag' }, listing(), [use()], [LEVIS])[0]!.severity, 'flag');
  });
});

describe('price_far_below_reference', () => {
  const at = (amount: number, currency = 'CNY', product_id: string | null = 'prd_501') => listing({ price: { amount, currency }, product_id });

  it('flags a price below the threshold share of the reference, not at or above it', () => {
    const f = judgePrice(price, at(19900), [LEVIS]);
    assert.equal(f.length, 1);
    assert.equal(f[0]!.severity, 'flag');
    assert.equal(f[0]!.field, 'price');
    assert.match(f[0]!.detail, /price 19900 CNY is 28% of the reference price 69900 CNY for product prd_501 \(threshold 50%\)/);
    assert.deepEqual(judgePrice(price, at(34950), [LEVIS]), [], 'exactly 50%');
    assert.deepEqual(judgePrice(price, at(34949), [LEVIS]).length, 1);
    assert.deepEqual(judgePrice(price, at(64900), [LEVIS]), [], 'near the reference');
    assert.deepEqual(judgePrice({ ...price, params: { ...price.params, threshold_percent: 95 } }, at(64900), [LEVIS]).length, 1);
  });

  it('needs the listing’s product and a reference for it', () => {
    assert.deepEqual(judgePrice(price, at(100, 'CNY', null), [LEVIS]), []);
    assert.deepEqual(judgePrice(price, at(100, 'CNY', 'prd_999'), [LEVIS]), []);
  });

  it('compares other currencies only through the caller’s conversion', () => {
    const usd = at(10000, 'CNY', 'prd_502'); // 100 CNY for a 99.50 USD reference
    assert.deepEqual(judgePrice(price, usd, [LEVIS]), [], 'no conversion: no finding');
    const convert = (m: { amount: number; currency: string }, to: string) => (m.currency === 'CNY' && to === 'USD' ? Math.round(m.amount / 7.2) : null);
    const f = judgePrice(price, usd, [LEVIS], [], convert);
    assert.equal(f.length, 1);
    assert.match(f[0]!.detail, /price 1389 USD \(10000 CNY converted\) is 14%/);
    assert.deepEqual(
      judgePrice(price, usd, [LEVIS], [], () => null),
      [],
    );
  });

  it('by default compares only with brands the listing uses', () => {
    assert.equal(defaultPrice.params.require_brand_use, true);
    assert.deepEqual(judgePrice(defaultPrice, at(100), [LEVIS]), []);
  });

  it('can require that the listing uses the brand', () => {
    const strict = { ...price, params: { ...price.params, require_brand_use: true } };
    assert.deepEqual(judgePrice(strict, at(100), [LEVIS]), []);
    const use = { rule: 'title_match', field: 'title', language: 'en', registration_id: LEVIS.id, name: 'Levis', excerpt: 'Levis', start: 0, end: 5 } as const;
    assert.equal(judgePrice(strict, at(100), [LEVIS], [use]).length, 1);
  });
});

describe('validateRules', () => {
  it('accepts the default rules', () => {
    assert.deepEqual(validateRules(DEFAULT_RULES), []);
  });

  it('names what is wrong with a rule set', () => {
    const bad = [
      { ...title, params: { ...title.params, steps: ['nfkc', 'rot13'] } },
      { ...title, params: { ...title.params, min_name_length: 0, languages: [] } },
      { ...price, params: { ...price.params, threshold_percent: 0 } },
      { ...unauthorised, severity: 'ban' },
      { code: 'x', kind: 'magic', description: '', params: {} },
    ] as unknown as Rule[];
    const errors = validateRules(bad);
    for (const re of [
      /unknown normalisation step "rot13"/,
      /duplicate code/,
      /min_name_length/,
      /languages/,
      /threshold_percent/,
      /severity must be hold or flag/,
      /unknown kind "magic"/,
    ])
      assert.ok(
        errors.some((e) => re.test(e)),
        `${re} in ${errors.join('; ')}`,
      );
  });
});
