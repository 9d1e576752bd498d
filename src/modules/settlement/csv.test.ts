import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from './csv.ts';

describe('statement CSV writer', () => {
  it('quotes what needs quoting and ends every line with CRLF', () => {
    assert.equal(
      toCsv([
        ['a', 'b,c', 'say "hi"', null, 7],
        ['line\nbreak', '', 'x', null, 0],
      ]),
      'a,"b,c","say ""hi""",,7\r\n"line\nbreak",,x,,0\r\n',
    );
  });

  it('defuses formulas in text but never in amounts we wrote', () => {
    assert.equal(toCsv([['=HYPERLINK("x")', '-42.11', '+1', '@sum', { num: '-42.11' }]]), `"'=HYPERLINK(""x"")",'-42.11,'+1,'@sum,-42.11\r\n`);
  });
});
