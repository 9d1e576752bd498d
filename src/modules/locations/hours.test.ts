import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpenAt, isValidTimeZone, localClock, minutesOf, validateOpeningHours } from './hours.ts';
import type { OpeningHours } from './schema.ts';

describe('time zones', () => {
  it('accepts IANA zones the runtime knows and refuses others', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'America/New_York', 'Europe/Paris', 'UTC']) assert.equal(isValidTimeZone(tz), true, tz);
    for (const tz of ['Mars/Olympus', 'asia/shanghai', 'Shanghai', '', 'GMT+8', 'Asia/Shanghai ']) assert.equal(isValidTimeZone(tz), false, tz);
  });
});

describe('validateOpeningHours', () => {
  it('accepts well-formed hours, sorts each day and drops empty days', () => {
    const r = validateOpeningHours({
      mon: [
        ['14:00', '22:00'],
        ['10:00', '12:00'],
      ],
      tue: [],
      sun: [['00:00', '24:00']],
    });
    assert.deepEqual(r, {
      ok: true,
      hours: {
        mon: [
          ['10:00', '12:00'],
          ['14:00', '22:00'],
        ],
        sun: [['00:00', '24:00']],
      },
    });
  });

  it('allows back-to-back intervals and an empty object (always closed)', () => {
    assert.equal(
      validateOpeningHours({
        fri: [
          ['10:00', '14:00'],
          ['14:00', '22:30'],
        ],
      }).ok,
      true,
    );
    assert.deepEqual(validateOpeningHours({}), { ok: true, hours: {} });
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['not an object', [['10:00', '22:00']], /object keyed by weekday/],
    ['null', null, /object keyed by weekday/],
    ['unknown day', { funday: [['10:00', '22:00']] }, /not a weekday/],
    ['day not an array', { mon: '10:00-22:00' }, /array of \[open, close\] pairs/],
    ['interval not a pair', { mon: [['10:00']] }, /pair/],
    ['hour 25', { mon: [['10:00', '25:00']] }, /"25:00" is not a time/],
    ['single-digit hour', { mon: [['9:00', '22:00']] }, /"9:00" is not a time/],
    ['minute 60', { mon: [['10:60', '22:00']] }, /not a time/],
    ['closes before it opens', { mon: [['22:00', '10:00']] }, /must open before it closes/],
    ['empty interval', { mon: [['10:00', '10:00']] }, /must open before it closes/],
    ['opens at 24:00', { mon: [['24:00', '24:00']] }, /must open before it closes/],
    [
      'overlap',
      {
        sat: [
          ['10:00', '15:00'],
          ['14:00', '22:00'],
        ],
      },
      /overlaps/,
    ],
    [
      'overlap after sorting',
      {
        sat: [
          ['18:00', '22:00'],
          ['10:00', '18:30'],
        ],
      },
      /10:00-18:30 overlaps 18:00-22:00/,
    ],
    ['too many intervals', { mon: Array.from({ length: 7 }, (_, i) => [`0${i}:00`, `0${i}:30`]) }, /more than 6/],
  ];
  for (const [name, value, reason] of bad) {
    it(`refuses ${name}`, () => {
      const r = validateOpeningHours(value);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, reason);
    });
  }

  it('parses HH:MM into minutes', () => {
    assert.equal(minutesOf('00:00'), 0);
    assert.equal(minutesOf('22:30'), 1350);
    assert.equal(minutesOf('24:00'), 1440);
    assert.equal(minutesOf('24:01'), null);
    assert.equal(minutesOf('1:00'), null);
  });
});

const STORE_HOURS: OpeningHours = {
  mon: [['10:00', '22:00']],
  tue: [['10:00', '22:00']],
  wed: [['10:00', '22:00']],
  thu: [['10:00', '22:00']],
  fri: [['10:00', '22:30']],
  sat: [['10:00', '22:30']],
  // Sunday missing: closed.
};

describe('isOpenAt in Asia/Shanghai (UTC+8, no DST)', () => {
  const store = { timezone: 'Asia/Shanghai', opening_hours: STORE_HOURS };
  // 2024-03-04 is a Monday.
  it('opens at 10:00 and closes at 22:00 local time (half-open interval)', () => {
    assert.equal(isOpenAt(store, new Date('2024-03-04T01:59:00Z')), false); // 09:59
    assert.equal(isOpenAt(store, new Date('2024-03-04T02:00:00Z')), true); // 10:00
    assert.equal(isOpenAt(store, new Date('2024-03-04T13:59:00Z')), true); // 21:59
    assert.equal(isOpenAt(store, new Date('2024-03-04T14:00:00Z')), false); // 22:00
  });

  it('stays open until 22:30 on Friday and Saturday', () => {
    assert.equal(isOpenAt(store, new Date('2024-03-08T14:15:00Z')), true); // Fri 22:15
    assert.equal(isOpenAt(store, new Date('2024-03-07T14:15:00Z')), false); // Thu 22:15
    assert.equal(isOpenAt(store, new Date('2024-03-09T14:29:00Z')), true); // Sat 22:29
    assert.equal(isOpenAt(store, new Date('2024-03-09T14:30:00Z')), false); // Sat 22:30
  });

  it('reads the weekday on the local clock, not in UTC', () => {
    // Sunday 2024-03-03 20:00 UTC is Monday 04:00 in Shanghai.
    const night = { timezone: 'Asia/Shanghai', opening_hours: { mon: [['00:00', '06:00']] } satisfies OpeningHours };
    assert.deepEqual(localClock('Asia/Shanghai', new Date('2024-03-03T20:00:00Z')), { weekday: 'mon', minutes: 240 });
    assert.equal(isOpenAt(night, new Date('2024-03-03T20:00:00Z')), true);
    // Sunday noon local: the missing day is closed all day.
    assert.equal(isOpenAt(store, new Date('2024-03-10T04:00:00Z')), false);
  });

  it('is never open while the location is closed', () => {
    assert.equal(isOpenAt({ ...store, status: 'closed' }, new Date('2024-03-04T05:00:00Z')), false);
    assert.equal(isOpenAt({ ...store, status: 'open' }, new Date('2024-03-04T05:00:00Z')), true);
  });
});

describe('isOpenAt in America/Los_Angeles (DST)', () => {
  const wh = { timezone: 'America/Los_Angeles', opening_hours: { mon: [['09:00', '17:00']], sun: [['09:00', '17:00']] } satisfies OpeningHours };
  it('the same UTC time of day is before opening in winter (PST) and after it in summer (PDT)', () => {
    // 16:30 UTC = 08:30 PST on Monday 2024-01-15, = 09:30 PDT on Monday 2024-07-15.
    assert.equal(isOpenAt(wh, new Date('2024-01-15T16:30:00Z')), false);
    assert.equal(isOpenAt(wh, new Date('2024-07-15T16:30:00Z')), true);
    // Closing follows the wall clock too: Tuesday 00:30 UTC is Monday 16:30 PST (open) but 17:30 PDT (closed).
    assert.equal(isOpenAt(wh, new Date('2024-01-16T00:30:00Z')), true);
    assert.equal(isOpenAt(wh, new Date('2024-07-16T00:30:00Z')), false);
    assert.equal(isOpenAt(wh, new Date('2024-07-15T23:59:00Z')), true); // 16:59 PDT
    assert.equal(isOpenAt(wh, new Date('2024-07-16T00:00:00Z')), false); // 17:00 PDT
    assert.equal(isOpenAt(wh, new Date('2024-01-16T00:59:00Z')), true); // 16:59 PST
    assert.equal(isOpenAt(wh, new Date('2024-01-16T01:00:00Z')), false); // 17:00 PST
  });

  it('handles the spring-forward day (2024-03-10: 02:00 jumps to 03:00)', () => {
    assert.deepEqual(localClock('America/Los_Angeles', new Date('2024-03-10T09:59:00Z')), { weekday: 'sun', minutes: 1 * 60 + 59 });
    assert.deepEqual(localClock('America/Los_Angeles', new Date('2024-03-10T10:00:00Z')), { weekday: 'sun', minutes: 3 * 60 });
    // 09:00 PDT on that Sunday is 16:00 UTC (it would be 17:00 UTC under PST).
    assert.equal(isOpenAt(wh, new Date('2024-03-10T15:59:00Z')), false);
    assert.equal(isOpenAt(wh, new Date('2024-03-10T16:00:00Z')), true);
  });
});
