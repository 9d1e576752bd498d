import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RuleLike, chooseRule } from './precedence.ts';

const rule = (id: string, scope: RuleLike['scope'], target: string | null = null): RuleLike => ({
  id,
  scope,
  category_id: scope === 'category' ? target : null,
  merchant_id: scope === 'merchant' ? target : null,
  markup_bp: 0,
  rounding: 'none',
});

describe('chooseRule', () => {
  const rules = [
    rule('prr_1', 'default'),
    rule('prr_2', 'category', 'cat_beauty'),
    rule('prr_3', 'category', 'cat_skincare'),
    rule('prr_4', 'merchant', 'mer_a'),
  ];
  // cat_serum is under cat_skincare, under cat_beauty.
  const serum = [['cat_serum', 'cat_skincare', 'cat_beauty']];

  it("the merchant's rule beats every category rule", () => {
    assert.equal(chooseRule(rules, 'mer_a', serum)?.id, 'prr_4');
  });

  it('else the nearest category on the way up', () => {
    assert.equal(chooseRule(rules, 'mer_b', serum)?.id, 'prr_3');
    assert.equal(chooseRule(rules, 'mer_b', [['cat_lipstick', 'cat_beauty']])?.id, 'prr_2');
  });

  it('nearest across all the categories a product is in', () => {
    // In cat_toys (no rule, root) and cat_serum: the serum path's skincare (distance 1) wins.
    assert.equal(chooseRule(rules, 'mer_b', [['cat_toys'], ...serum])?.id, 'prr_3');
    // Two rules at the same distance: the older one.
    const tie = [...rules, rule('prr_0', 'category', 'cat_toys')];
    assert.equal(chooseRule(tie, 'mer_b', [['cat_toys'], ['cat_skincare', 'cat_beauty']])?.id, 'prr_0');
  });

  it('else the default, else none', () => {
    assert.equal(chooseRule(rules, 'mer_b', [['cat_toys']])?.id, 'prr_1');
    assert.equal(chooseRule(rules, 'mer_b', [])?.id, 'prr_1');
    assert.equal(chooseRule(rules.slice(1), 'mer_b', []), null);
  });
});
