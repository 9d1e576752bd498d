import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RowErrors, parseInstant, readRateCsv } from './rates-csv.ts';

const read = (csv: string) => {
  const errors = new RowErrors();
  const rows = readRateCsv(csv, errors);
  return { rows, errors: errors.items.map((e) => `${e.row}:${e.column ?? '-'}:${e.code}`) };
};

describe('readRateCsv', () => {
  it('reads rows with canonical rates and UTC instants', () => {
    const { rows, errors } = read(
      '\uFEFFbase,quote,rate,valid_from,valid_to\nUSD,CNY,7.12340000,2026-03-01T00:00:00+08:00,\nusd,jpy,151.37,2026-03-02,2026-03-03\n',
    );
    assert.deepEqual(errors, []);
    assert.equal(rows.length, 2);
    assert.deepEqual(
      { ...rows[0], valid_from: rows[0]!.valid_from.toISOString() },
      { row: 2, base: 'USD', quote: 'CNY', rate: '7.1234', valid_from: '2026-02-28T16:00:00.000Z', valid_to: null },
    );
    assert.equal(rows[1]!.base, 'USD');
    assert.equal(rows[1]!.valid_to?.toISOString(), '2026-03-03T00:00:00.000Z');
  });

  it('takes files without the optional valid_to column', () => {
    const { rows, errors } = read('base,quote,rate,valid_from\nUSD,CNY,7.2,2026-03-01T00:00:00Z\n');
    assert.deepEqual(errors, []);
    assert.equal(rows[0]!.valid_to, null);
  });

  it('reports every bad cell by row and column', () => {
    const csv = [
      'base,quote,rate,valid_from,valid_to',
      'USD,CNY,7.1234,2026-03-01T00:00:00Z,', // 2 ok
      'USD,CNX,7.1,2026-03-01T00:00:00Z,', // 3 quote
      'USD,USD,1,2026-03-01T00:00:00Z,', // 4 same
      'USD,CNY,-7,2026-03-02T00:00:00Z,', // 5 rate
      'USD,CNY,7.123456789,2026-03-02T00:00:00Z,', // 6 rate (9 decimals)
      'USD,CNY,7.1,2026-03-01 10:00,', // 7 instant without a zone
      'USD,CNY,7.1,2026-03-05T00:00:00Z,2026-03-04T00:00:00Z', // 8 validity
      'USD,CNY,7.2,2026-03-01T00:00:00Z,', // 9 duplicate of row 2
      'USD,CNY,7.2', // 10 field count
      'USD,CNY,7.2,2026-02-30,', // 11 no such day
    ].join('\n');
    assert.deepEqual(read(csv).errors, [
      '3:quote:invalid_currency',
      '4:quote:same_currency',
      '5:rate:invalid_rate',
      '6:rate:invalid_rate',
      '7:valid_from:invalid_instant',
      '8:valid_to:invalid_validity',
      '10:-:wrong_field_count',
      '11:valid_from:invalid_instant',
      '9:valid_from:rate_duplicate',
    ]);
  });

  it('checks the header', () => {
    assert.deepEqual(read('base,quote,price\nUSD,CNY,7\n').errors, ['1:price:unknown_column', '1:rate:missing_column', '1:valid_from:missing_column']);
    assert.deepEqual(read('').errors, ['1:-:empty_file']);
    assert.deepEqual(read('base,quote,rate,valid_from\n').errors, ['2:-:no_rows']);
  });
});

describe('parseInstant', () => {
  it('needs a zone unless it is a date', () => {
    assert.equal(parseInstant('2026-03-01T08:00:00+08:00')?.toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(parseInstant('2026-03-01')?.toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(parseInstant('2026-03-01T08:00:00'), null);
    assert.equal(parseInstant('yesterday'), null);
  });
});
