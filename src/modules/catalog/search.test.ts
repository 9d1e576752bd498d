import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_TERMS, buildSearchText, foldForSearch, likePattern, searchTerms } from './search.ts';

describe('catalogue search text and terms', () => {
  it('folds full-width Latin and case the same way on both sides', () => {
    assert.equal(foldForSearch('ＤＥＮＩＭ Jeans'), 'denim jeans');
    assert.equal(foldForSearch('修身直筒牛仔裤'), '修身直筒牛仔裤');
  });

  it('builds one folded text, a field per line, skipping empty parts', () => {
    assert.equal(buildSearchText(['Slim Denim', '修身牛仔裤', '', null, undefined, '  Blue River ', 'SKU-1']), 'slim denim\n修身牛仔裤\nblue river\nsku-1');
  });

  it('splits queries on any whitespace, ideographic space included, and de-duplicates', () => {
    assert.deepEqual(searchTerms('  Denim   JEANS denim '), ['denim', 'jeans']);
    assert.deepEqual(searchTerms('牛仔裤\u3000修身'), ['牛仔裤', '修身']);
    assert.deepEqual(searchTerms('   '), []);
    assert.deepEqual(searchTerms(undefined), []);
    assert.equal(searchTerms('a b c d e f g h i j k').length, MAX_TERMS);
  });

  it('escapes LIKE wildcards so they match literally', () => {
    assert.equal(likePattern('牛仔裤'), '%牛仔裤%');
    assert.equal(likePattern('100%'), '%100\\%%');
    assert.equal(likePattern('a_b'), '%a\\_b%');
    assert.equal(likePattern('c:\\x'), '%c:\\\\x%');
  });
});
