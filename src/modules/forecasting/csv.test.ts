import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvError, formatForecastCsv, parseSalesCsv } from './csv.ts';

const fails = (text: string, line: number, re: RegExp) =>
  assert.throws(
    () => parseSalesCsv(text),
    (e: unknown) => e instanceof CsvError && e.line === line && re.test(e.message),
  );

describe('sales CSV', () => {
  it('fills missing days with 0 and runs every series to the last date of the file', () => {
    const { series, first, last } = parseSalesCsv('\uFEFFseries_id,date,units\r\na,2025-01-03,2\na,2025-01-01,1\n"b,x",2025-01-02,5\n\n');
    assert.deepEqual([first, last], ['2025-01-01', '2025-01-03']);
    assert.deepEqual(series, [
      { id: 'a', start: '2025-01-01', units: [1, 0, 2] },
      { id: 'b,x', start: '2025-01-02', units: [5, 0] },
    ]);
  });
  it('names the line of a bad header, date, units or duplicate', () => {
    fails('id,date,units\na,2025-01-01,1\n', 1, /header/);
    fails('series_id,date,units\na,2025-01-01,1\na,2025-02-30,1\n', 3, /date "2025-02-30"/);
    fails('series_id,date,units\na,01/02/2025,1\n', 2, /YYYY-MM-DD/);
    fails('series_id,date,units\na,2025-01-01,-2\n', 2, /negative/);
    fails('series_id,date,units\na,2025-01-01,1.5\n', 2, /not a whole number/);
    fails('series_id,date,units\na,2025-01-01,\n', 2, /empty/);
    fails('series_id,date,units\na,2025-01-01,1\nb,2025-01-01,1\na,2025-01-01,3\n', 4, /twice \(also on line 2\)/);
    fails('series_id,date,units\na,2025-01-01\n', 2, /3 fields/);
    fails('series_id,date,units\n', 2, /no data rows/);
  });
  it('reads an optional price column: unknown prices, planned prices after the last day with units', () => {
    const text = [
      'series_id,date,units,price',
      'a,2025-01-01,1,2.50',
      'a,2025-01-02,0,',
      'a,2025-01-03,4,1.99',
      'b,2025-01-02,2,.5',
      'a,2025-01-05,,2.00', // planned: after 2025-01-03, the last day with units
      'b,2025-01-04,,0.45',
    ].join('\n');
    const { series, first, last } = parseSalesCsv(text);
    assert.deepEqual([first, last], ['2025-01-01', '2025-01-03']);
    assert.deepEqual(series, [
      { id: 'a', start: '2025-01-01', units: [1, 0, 4], prices: [2.5, NaN, 1.99, NaN, 2] },
      { id: 'b', start: '2025-01-02', units: [2, 0], prices: [0.5, NaN, 0.45, NaN] },
    ]);
    // Without any known price a series has no prices at all: it is forecast as from a 3-column file.
    assert.deepEqual(parseSalesCsv('series_id,date,units,price\nc,2025-01-01,3,\n').series, [{ id: 'c', start: '2025-01-01', units: [3] }]);
  });
  it('names the line of a bad price or a misplaced planned price', () => {
    fails('series_id,date,units,price\na,2025-01-01,1,abc\n', 2, /price "abc" is not a positive/);
    fails('series_id,date,units,price\na,2025-01-01,1,0\n', 2, /price "0"/);
    fails('series_id,date,units,price\na,2025-01-01,1,-2\n', 2, /price "-2"/);
    fails('series_id,date,units,price\na,2025-01-01,1,1\na,2025-01-02,,\n', 3, /both empty/);
    fails('series_id,date,units,price\na,2025-01-01,,1\na,2025-01-02,1,1\n', 2, /a day of the history \(sales run to 2025-01-02\)/);
    fails('series_id,date,units,price\na,2025-01-01,1,1\nb,2025-01-03,,1\n', 3, /planned prices but no rows with units/);
    fails('series_id,date,units,price\na,2025-01-01,1,1\na,2025-01-02,1,1\na,2025-01-02,,1\n', 4, /a day of the history/);
    fails('series_id,date,units,price\na,2025-01-01,1,1\na,2025-01-03,,1\na,2025-01-03,,2\n', 4, /2025-01-03 twice \(also on line 3\)/);
    fails('series_id,date,units,price\na,2025-01-01,1\n', 2, /expected 4 fields/);
    fails('series_id,date,units\na,2025-01-01,1,2\n', 2, /expected 3 fields/);
    fails('series_id,date,units\na,2025-01-01,\n', 2, /units "" is empty/);
    fails('series_id,date,price\na,2025-01-01,1\n', 1, /header/);
  });
  it('writes forecasts with the mean to 2 decimals and quotes ids that need it', () => {
    const csv = formatForecastCsv([['a,1', { start: '2025-12-31', forecast: [0.125, 3], p10: [0, 1], p90: [1, 6], model: 'x', errorSd: 1 }]]);
    assert.equal(csv, 'series_id,date,forecast,p10,p90\n"a,1",2025-12-31,0.13,0,1\n"a,1",2026-01-01,3.00,1,6\n');
  });
});
