import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from './csv.ts';
import { parseCsv } from './test-csv.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(new Date('2026-03-01T02:03:04.000Z')), '2026-03-01T02:03:04.000Z');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) assert.equal(csvCell(s), `'${s}`);
    assert.equal(csvCell('=HYPERLINK("http://evil", "x")'), `"'=HYPERLINK(""http://evil"", ""x"")"`);
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell('a=b'), 'a=b');
  });

  it('writes a header and one CRLF-terminated record per row, and reads back cell for cell', () => {
    const rows = [{ a: 'x', b: 1 }, { a: 'line\nbreak, "quoted"', c: '@home' }, { b: -2 }];
    const text = toCsv(['a', 'b', 'c'] as const, rows);
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [
      ['a', 'b', 'c'],
      ['x', '1', ''],
      ['line\nbreak, "quoted"', '', "'@home"],
      ['', '-2', ''],
    ]);
  });
});
