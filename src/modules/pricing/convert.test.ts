import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyMarkup, convertMinor, convertMinorInverse, divHalfUp, formatRate, invertRate, isRate, normaliseRate, parseRate } from './convert.ts';

describe('parseRate', () => {
  it('scales a decimal string by 10^8 exactly', () => {
    assert.equal(parseRate('7.1234'), 712_340_000n);
    assert.equal(parseRate('0.00000001'), 1n);
    assert.equal(parseRate('9999999999.99999999'), 999_999_999_999_999_999n);
    assert.equal(parseRate('150'), 15_000_000_000n);
  });

  it('refuses what is not a positive plain decimal with at most 8 decimals', () => {
    for (const bad of ['0', '0.00000000', '-7.1', '7.123456789', '1e3', ' 7.1', '7.', '.5', '', '7,12', 'NaN', '12345678901']) {
      assert.throws(() => parseRate(bad), RangeError, bad);
      assert.equal(isRate(bad), false, bad);
    }
  });

  it('canonicalises what the database hands back', () => {
    assert.equal(normaliseRate('7.12340000'), '7.1234');
    assert.equal(normaliseRate('7.00000000'), '7');
    assert.equal(normaliseRate('0.05'), '0.05');
    assert.equal(formatRate(1n), '0.00000001');
  });
});

describe('convertMinor', () => {
  it('converts USD cents to CNY fen half-up (the issue example)', () => {
    // 148.00 USD * 7.1234 = 1054.2632 CNY = 105426.32 fen -> 105426
    assert.equal(convertMinor(14800, 'USD', 'CNY', '7.1234'), 105426);
    // 1.00 USD * 7.12345 = 7.12345 CNY = 712.345 fen -> 712
    assert.equal(convertMinor(100, 'USD', 'CNY', '7.12345'), 712);
  });

  it('rounds exactly half up, and negatives away from zero (a refund mirrors its sale)', () => {
    // 0.01 USD at 7.5 = 7.5 fen exactly -> 8; at 7.49999999 -> 7.49999999 fen -> 7
    assert.equal(convertMinor(1, 'USD', 'CNY', '7.5'), 8);
    assert.equal(convertMinor(1, 'USD', 'CNY', '7.49999999'), 7);
    assert.equal(convertMinor(-1, 'USD', 'CNY', '7.5'), -8);
    assert.equal(convertMinor(-14800, 'USD', 'CNY', '7.1234'), -105426);
    assert.equal(convertMinor(0, 'USD', 'CNY', '7.1234'), 0);
  });

  it('honours currencies without minor units (JPY)', () => {
    // 19.99 USD at 151.37 JPY = 3025.8863 -> 3026 yen
    assert.equal(convertMinor(1999, 'USD', 'JPY', '151.37'), 3026);
    // 1000 yen at 0.0476 CNY/JPY = 47.60 CNY = 4760 fen
    assert.equal(convertMinor(1000, 'JPY', 'CNY', '0.0476'), 4760);
    // 3 yen at 0.00665 USD/JPY = 0.01995 USD = 1.995 cents -> 2
    assert.equal(convertMinor(3, 'JPY', 'USD', '0.00665'), 2);
  });

  it('honours three-decimal currencies (BHD) and stays exact for large amounts', () => {
    // 10.00 USD at 0.376 BHD = 3.760 BHD = 3760 fils
    assert.equal(convertMinor(1000, 'USD', 'BHD', '0.376'), 3760);
    // 90 trillion cents at 7.1234 would be 6.4e16 fen: beyond safe integers, refused, never rounded silently.
    assert.throws(() => convertMinor(9_000_000_000_000_000, 'USD', 'CNY', '7.1234'), RangeError);
    // 1 billion USD (10^11 cents) at 7.12345678 = 7,123,456,780 CNY = 712,345,678,000 fen, exact
    assert.equal(convertMinor(100_000_000_000, 'USD', 'CNY', '7.12345678'), 712_345_678_000);
  });

  it('refuses unknown currencies and fractional amounts', () => {
    assert.throws(() => convertMinor(100, 'USD', 'XYZ', '1'), RangeError);
    assert.throws(() => convertMinor(1.5, 'USD', 'CNY', '7'), RangeError);
  });
});

describe('convertMinorInverse and invertRate', () => {
  it('turns fen back into cents at the USD→CNY rate, dividing exactly', () => {
    // 1054.26 CNY / 7.1234 = 147.99955… USD -> 14800 cents
    assert.equal(convertMinorInverse(105426, 'CNY', 'USD', '7.1234'), 14800);
    // 1138.90 CNY / 7.1234 = 159.8815… -> 15988 cents
    assert.equal(convertMinorInverse(113890, 'CNY', 'USD', '7.1234'), 15988);
    assert.equal(convertMinorInverse(-113890, 'CNY', 'USD', '7.1234'), -15988);
    // rate 0.5 USD per 1 CNY: 0.05 USD / 0.5 = 0.10 CNY = 10 fen
    assert.equal(convertMinorInverse(5, 'USD', 'CNY', '0.5'), 10);
  });

  it('inverts to 8 decimals half-up', () => {
    // 1 / 7.1234 = 0.140382402…
    assert.equal(invertRate('7.1234'), '0.1403824');
    // 1 / 3 = 0.333333333… -> 0.33333333; 1 / 0.6 = 1.6666666666… -> 1.66666667
    assert.equal(invertRate('3'), '0.33333333');
    assert.equal(invertRate('0.6'), '1.66666667');
    assert.throws(() => invertRate('9999999999'), RangeError); // 1e-10 rounds to zero
  });
});

describe('applyMarkup and divHalfUp', () => {
  it('marks up in basis points, half-up', () => {
    assert.equal(applyMarkup(105426, 800), 113860); // 113860.08
    assert.equal(applyMarkup(50, 1000), 55);
    assert.equal(applyMarkup(5, 1000), 6); // 5.5 -> 6
    assert.equal(applyMarkup(105426, 0), 105426);
    assert.equal(applyMarkup(100, 10000), 200);
    assert.throws(() => applyMarkup(100, -1), RangeError);
    assert.throws(() => applyMarkup(100, 1.5), RangeError);
  });

  it('rounds halves away from zero', () => {
    assert.equal(divHalfUp(5n, 2n), 3n);
    assert.equal(divHalfUp(-5n, 2n), -3n);
    assert.equal(divHalfUp(7n, 3n), 2n);
    assert.equal(divHalfUp(-7n, 3n), -2n);
  });
});
