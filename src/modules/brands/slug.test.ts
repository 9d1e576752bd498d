import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlug, slugify } from './slug.ts';

describe('brand slugs', () => {
  it('derives lowercase a-z0-9 slugs with single hyphens', () => {
    assert.equal(slugify('Green Leaf'), 'green-leaf');
    assert.equal(slugify('  Crème Brûlée & Co.  '), 'creme-brulee-and-co');
    assert.equal(slugify("L'Oréal Paris"), 'l-oreal-paris');
    assert.equal(slugify('ＡＢＣ Ｔｅａ 2024'), 'abc-tea-2024', 'full-width letters fold to ASCII');
    assert.equal(slugify('---Hello___World---'), 'hello-world');
  });

  it('gives an empty slug when nothing Latin is left', () => {
    assert.equal(slugify('茶叶'), '');
    assert.equal(slugify('!!!'), '');
  });

  it('keeps derived slugs within 80 characters and valid', () => {
    const s = slugify('word '.repeat(40));
    assert.ok(s.length <= 80);
    assert.ok(isSlug(s), s);
  });

  it('recognises valid slugs only', () => {
    for (const s of ['a', 'green-leaf', 'tea-2024']) assert.equal(isSlug(s), true, s);
    for (const s of ['', 'Green', 'a--b', '-a', 'a-', 'a b', 'é', 'x'.repeat(81)]) assert.equal(isSlug(s), false, s);
  });
});
