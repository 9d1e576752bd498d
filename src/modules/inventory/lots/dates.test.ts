import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, localDate, promisedDate } from './dates.ts';

describe('local dates', () => {
  it('is already tomorrow in Shanghai at 16:00 UTC, still today in Los Angeles', () => {
    const at = new Date('2026-12-31T16:00:00Z');
    assert.equal(localDate('Asia/Shanghai', at), '2027-01-01');
    assert.equal(localDate('America/Los_Angeles', at), '2026-12-31');
    assert.equal(localDate('UTC', at), '2026-12-31');
  });

  it('turns the day at midnight local time, not UTC', () => {
    assert.equal(localDate('Asia/Shanghai', new Date('2026-06-01T15:59:59Z')), '2026-06-01');
    assert.equal(localDate('Asia/Shanghai', new Date('2026-06-01T16:00:00Z')), '2026-06-02');
  });

  it('adds days across month, year and leap day', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
    assert.equal(addDays('2026-12-30', 3), '2027-01-02');
    assert.equal(addDays('2026-01-01', 0), '2026-01-01');
  });

  it('promises delivery days after the local today, pick-up and till sales today', () => {
    const loc = { timezone: 'Asia/Shanghai', delivery_days: 3 };
    const at = new Date('2026-03-10T17:00:00Z'); // already 11 March in Shanghai
    assert.equal(promisedDate('now', loc, at), '2026-03-11');
    assert.equal(promisedDate('pickup', loc, at), '2026-03-11');
    assert.equal(promisedDate('delivery', loc, at), '2026-03-14');
  });
});
