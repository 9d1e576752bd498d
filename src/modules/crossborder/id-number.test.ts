import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskResidentId, residentIdCheckChar, sameName, validateResidentId } from './id-number.ts';

const NOW = new Date('2026-03-01T04:00:00Z');

describe('resident ID check character (ISO 7064 MOD 11-2)', () => {
  it('11010519491231002 → X: Σ digit×weight = 167, 167 mod 11 = 2, (12 − 2) mod 11 = 10 → X', () => {
    // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 167
    assert.equal(residentIdCheckChar('11010519491231002'), 'X');
  });
  it('31011519851010234 → 9: Σ = 190, 190 mod 11 = 3, (12 − 3) = 9', () => {
    // 3·7 + 1·9 + 0 + 1·5 + 1·8 + 5·4 + 1·2 + 9·1 + 8·6 + 5·3 + 1·7 + 0 + 1·10 + 0 + 2·8 + 3·4 + 4·2 = 190
    assert.equal(residentIdCheckChar('31011519851010234'), '9');
  });
  it('33010620000229001 → 0 (Σ mod 11 = 1)', () => assert.equal(residentIdCheckChar('33010620000229001'), '0'));
  it('refuses anything but 17 digits', () => assert.throws(() => residentIdCheckChar('1234')));
});

describe('validateResidentId', () => {
  it('accepts a valid number and says its birth date and region', () => {
    assert.deepEqual(validateResidentId('11010519491231002X', NOW), { ok: true, normalized: '11010519491231002X', birth_date: '1949-12-31', region: '110105' });
    assert.deepEqual(validateResidentId('310115198510102349', NOW), { ok: true, normalized: '310115198510102349', birth_date: '1985-10-10', region: '310115' });
  });
  it('accepts a lower-case x and surrounding spaces, normalized upper case', () => {
    const r = validateResidentId(' 44030419900307123x ', NOW);
    assert.deepEqual(r, { ok: true, normalized: '44030419900307123X', birth_date: '1990-03-07', region: '440304' });
  });
  it('accepts 29 February of a leap year (2000 is one: divisible by 400)', () => {
    assert.equal(validateResidentId('330106200002290010', NOW).ok, true);
  });
  it('refuses the wrong length or characters: id_number_format', () => {
    for (const s of [
      '',
      '11010519491231002',
      '11010519491231002X1',
      '1101051949123100XX',
      '11010519491231002Y',
      '11010519491231A02X',
      '１１０１０５１９４９１２３１００２Ｘ',
    ]) {
      assert.deepEqual(validateResidentId(s, NOW), { ok: false, code: 'id_number_format' }, s);
    }
  });
  it('refuses impossible, too early and future birth dates: id_number_birth_date', () => {
    const withCheck = (p: string) => p + residentIdCheckChar(p);
    // 1900 is not a leap year (divisible by 100, not by 400).
    for (const p of ['11010519000229001', '11010519891301001', '11010519890431001', '11010518991231001', '11010519890000001', '11010520260302001']) {
      assert.deepEqual(validateResidentId(withCheck(p), NOW), { ok: false, code: 'id_number_birth_date' }, p);
    }
    // The edges: 1900-01-01 and today in China (2026-03-01 12:00 Asia/Shanghai) are fine.
    assert.equal(validateResidentId(withCheck('11010119000101000'), NOW).ok, true);
    assert.equal(validateResidentId(withCheck('11010120260301000'), NOW).ok, true);
    // 2026-02-28T16:30Z is already 1 March in China.
    assert.equal(validateResidentId(withCheck('11010120260301000'), new Date('2026-02-28T16:30:00Z')).ok, true);
    assert.equal(validateResidentId(withCheck('11010120260301000'), new Date('2026-02-28T15:30:00Z')).ok, false);
  });
  it('refuses a wrong check character: id_number_check', () => {
    assert.deepEqual(validateResidentId('110105194912310021', NOW), { ok: false, code: 'id_number_check' });
    assert.deepEqual(validateResidentId('31011519851010234X', NOW), { ok: false, code: 'id_number_check' });
    // One digit changed (1985 → 1986) breaks the check.
    assert.deepEqual(validateResidentId('310115198610102349', NOW), { ok: false, code: 'id_number_check' });
  });
});

describe('maskResidentId', () => {
  it('shows the first 4 and last 4 characters', () => {
    assert.equal(maskResidentId('11010519491231002X'), '1101**********002X');
    assert.equal(maskResidentId('11010519491231002x'), '1101**********002X');
  });
});

describe('sameName', () => {
  it('ignores case, repeated and surrounding spaces in Latin names', () => assert.equal(sameName('  Zhang   San ', 'zhang san'), true));
  it('treats full-width and half-width forms alike', () => {
    assert.equal(sameName('ＬＩ　Ｍｉｎｇ', 'Li Ming'), true);
    assert.equal(sameName('买买提·艾力', '买买提・艾力'), true);
  });
  it('compares Chinese names exactly otherwise', () => {
    assert.equal(sameName('张三', '张三'), true);
    assert.equal(sameName('张三', '张叁'), false);
    assert.equal(sameName('张三', '张 三'), false);
  });
  it('never matches blank names', () => assert.equal(sameName(' ', ''), false));
});
