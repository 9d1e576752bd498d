import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCurrency } from '../../shared/money.ts';
import { COUNTRY_CODES, isCountry } from './codes.ts';

describe('country and currency codes', () => {
  it('knows the 249 assigned ISO 3166-1 alpha-2 codes, each a region ICU can name', () => {
    assert.equal(COUNTRY_CODES.size, 249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const c of COUNTRY_CODES) assert.ok(names.of(c), `${c} has no name`);
  });

  it('accepts real countries and refuses reserved, user-assigned and malformed ones', () => {
    for (const c of ['CN', 'US', 'DE', 'HK', 'TW', 'MO', 'SG']) assert.equal(isCountry(c), true, c);
    for (const c of ['XX', 'EU', 'UN', 'XK', 'ZZ', 'cn', 'CHN', '']) assert.equal(isCountry(c), false, c);
  });

  it('accepts currencies in use and refuses made-up or test codes', () => {
    for (const c of ['USD', 'CNY', 'EUR', 'HKD', 'JPY']) assert.equal(isCurrency(c), true, c);
    for (const c of ['ABC', 'XXX', 'XTS', 'usd', 'US', '']) assert.equal(isCurrency(c), false, c);
  });
});
