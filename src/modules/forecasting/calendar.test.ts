import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dayOfWeek, formatDay, parseDay } from './calendar.ts';

describe('forecasting calendar', () => {
  it('parses real days only and round-trips them', () => {
    assert.equal(parseDay('1970-01-01'), 0);
    assert.equal(formatDay(parseDay('2024-02-29')), '2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '2025-01-01T00:00:00Z', '']) assert.ok(Number.isNaN(parseDay(bad)), bad);
  });
  it('adds days across months and years and knows the weekday', () => {
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(dayOfWeek(parseDay('2026-12-03')), 3, 'a Thursday');
    assert.equal(dayOfWeek(parseDay('2026-12-07')), 0, 'a Monday');
    assert.equal(dayOfWeek(parseDay('1969-12-28')), 6, 'a Sunday before the epoch');
  });
});
