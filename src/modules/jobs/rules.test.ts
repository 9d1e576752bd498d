import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addYears,
  currentRunRate,
  dueOn,
  isActive,
  isSmallBusiness,
  jobsSupported,
  lastEndedQuarter,
  localDate,
  paidInQuarter,
  programmeEnd,
  programmeQuarters,
  quarterBounds,
  quarterOf,
  quartersFrom,
  quartersLeft,
  reportStatus,
  runRateNeeded,
  shiftQuarter,
  sizeLimit,
  startOfDay,
  sumHundredths,
  targetPath,
} from './rules.ts';
import { FALLBACK_ZONE, isUsState, zoneOf } from './zones.ts';

const at = (s: string) => new Date(s);

describe('jobs ledger rules', () => {
  it('applies the size rule at the boundary, with per-sector limits', () => {
    const rule = { default_size_limit: 500, sector_limits: { food: 750 } };
    assert.equal(sizeLimit(rule, 'apparel'), 500);
    assert.equal(sizeLimit(rule, 'food'), 750);
    assert.equal(isSmallBusiness(499, sizeLimit(rule, 'apparel')), true);
    assert.equal(isSmallBusiness(500, sizeLimit(rule, 'apparel')), false);
    assert.equal(isSmallBusiness(500, sizeLimit(rule, 'food')), true);
    assert.equal(isSmallBusiness(749, sizeLimit(rule, 'food')), true);
    assert.equal(isSmallBusiness(750, sizeLimit(rule, 'food')), false);
    assert.equal(isSmallBusiness(0, 500), true);
  });

  it('counts a merchant active on a paid order inside the quarter of its own time zone', () => {
    assert.equal(isActive(0), false);
    assert.equal(isActive(1), true);
    // 2026-04-01T03:00Z is 20:00 on 31 March in California and 23:00 on 31 March in New York (EDT): Q1 in both.
    assert.equal(paidInQuarter(at('2026-04-01T03:00:00Z'), '2026-Q1', 'America/Los_Angeles'), true);
    assert.equal(paidInQuarter(at('2026-04-01T03:00:00Z'), '2026-Q1', 'America/New_York'), true);
    // 05:00Z is 01:00 on 1 April in New York (Q2), still 22:00 on 31 March in California (Q1).
    assert.equal(paidInQuarter(at('2026-04-01T05:00:00Z'), '2026-Q2', 'America/New_York'), true);
    assert.equal(paidInQuarter(at('2026-04-01T05:00:00Z'), '2026-Q1', 'America/Los_Angeles'), true);
    // The boundary instant itself belongs to the new quarter; one millisecond before, to the old.
    const { from } = quarterBounds('2026-Q2', 'America/New_York');
    assert.equal(paidInQuarter(from, '2026-Q2', 'America/New_York'), true);
    assert.equal(paidInQuarter(new Date(from.getTime() - 1), '2026-Q1', 'America/New_York'), true);
  });

  it('puts quarter boundaries at local midnight in US zones, through daylight saving', () => {
    // 2026-04-01T04:00Z is midnight in New York (Q2 begins) and 21:00 on 31 March in California (still Q1).
    assert.equal(quarterOf(at('2026-04-01T03:00:00Z'), 'America/New_York'), '2026-Q1');
    assert.equal(quarterOf(at('2026-04-01T03:00:00Z'), 'America/Los_Angeles'), '2026-Q1');
    assert.equal(quarterOf(at('2026-04-01T04:00:00Z'), 'America/New_York'), '2026-Q2');
    assert.equal(quarterOf(at('2026-04-01T04:00:00Z'), 'America/Los_Angeles'), '2026-Q1');
    // Q2 begins at 04:00Z in New York (EDT, −4), 07:00Z in California (PDT, −7), 07:00Z in Arizona (MST all year), 10:00Z in Hawaii.
    assert.equal(quarterBounds('2026-Q2', 'America/New_York').from.toISOString(), '2026-04-01T04:00:00.000Z');
    assert.equal(quarterBounds('2026-Q2', 'America/Los_Angeles').from.toISOString(), '2026-04-01T07:00:00.000Z');
    assert.equal(quarterBounds('2026-Q2', 'America/Phoenix').from.toISOString(), '2026-04-01T07:00:00.000Z');
    assert.equal(quarterBounds('2026-Q2', 'Pacific/Honolulu').from.toISOString(), '2026-04-01T10:00:00.000Z');
    // Q1 begins in standard time (New York −5) and ends in daylight time (−4): 90 days less an hour.
    const q1 = quarterBounds('2026-Q1', 'America/New_York');
    assert.equal(q1.from.toISOString(), '2026-01-01T05:00:00.000Z');
    assert.equal(q1.to.getTime() - q1.from.getTime(), 90 * 86_400_000 - 3_600_000);
    // Q4 runs from daylight into standard time: an hour longer than its 92 days.
    const q4 = quarterBounds('2026-Q4', 'America/Chicago');
    assert.equal(q4.to.getTime() - q4.from.getTime(), 92 * 86_400_000 + 3_600_000);
    assert.equal(q4.to.toISOString(), '2027-01-01T06:00:00.000Z');
    // Arizona keeps no daylight time: its quarters are whole days.
    const az = quarterBounds('2026-Q1', 'America/Phoenix');
    assert.equal(az.to.getTime() - az.from.getTime(), 90 * 86_400_000);
    // New Year's Eve in Alaska is already next year in New York.
    assert.equal(quarterOf(at('2027-01-01T07:00:00Z'), 'America/Anchorage'), '2026-Q4');
    assert.equal(quarterOf(at('2027-01-01T07:00:00Z'), 'America/New_York'), '2027-Q1');
    assert.equal(startOfDay('2026-11-01', 'America/New_York').toISOString(), '2026-11-01T04:00:00.000Z');
    assert.equal(localDate(at('2026-03-08T07:30:00Z'), 'America/New_York'), '2026-03-08');
  });

  it('maps US states to their main zone and anything else to Eastern', () => {
    assert.equal(zoneOf('CA'), 'America/Los_Angeles');
    assert.equal(zoneOf('ny'), 'America/New_York');
    assert.equal(zoneOf('HI'), 'Pacific/Honolulu');
    assert.equal(zoneOf('AZ'), 'America/Phoenix');
    assert.equal(zoneOf('ZZ'), FALLBACK_ZONE);
    assert.equal(zoneOf(null), FALLBACK_ZONE);
    assert.equal(isUsState('DC'), true);
    assert.equal(isUsState('ON'), false);
  });

  it('knows the last quarter ended in every US zone', () => {
    // 1 April 05:00Z: New York is in Q2, Hawaii (and Samoa) still in Q1: Q4 of last year is the last ended everywhere.
    assert.equal(lastEndedQuarter(at('2026-04-01T05:00:00Z')), '2025-Q4');
    assert.equal(lastEndedQuarter(at('2026-04-02T00:00:00Z')), '2026-Q1');
    assert.deepEqual(quartersFrom('2025-Q3', '2026-Q2'), ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    assert.deepEqual(quartersFrom('2026-Q2', '2026-Q1'), []);
    assert.equal(shiftQuarter('2026-Q1', -1), '2025-Q4');
  });

  it('estimates jobs supported: share capped at 1, rounded down, capped at headcount, none without total revenue', () => {
    assert.deepEqual(jobsSupported(10, 25_000, 100_000), { share: 0.25, jobs: 2.5 });
    // 7 × 1/3 = 2.333… rounds down to 2.33.
    assert.deepEqual(jobsSupported(7, 1, 3), { share: 0.3333, jobs: 2.33 });
    // 2 × 2/3 = 1.333… → 1.33 (down, never up).
    assert.equal(jobsSupported(2, 2, 3).jobs, 1.33);
    // Platform revenue above the reported total: share capped at 1, jobs capped at headcount.
    assert.deepEqual(jobsSupported(12, 500_000, 100_000), { share: 1, jobs: 12 });
    assert.deepEqual(jobsSupported(12, 100_000, 100_000), { share: 1, jobs: 12 });
    assert.deepEqual(jobsSupported(12, 0, 100_000), { share: 0, jobs: 0 });
    assert.deepEqual(jobsSupported(12, 5_000, null), { share: null, jobs: null });
    assert.deepEqual(jobsSupported(12, 5_000, 0), { share: null, jobs: null });
    // Big amounts stay exact (BigInt).
    assert.equal(jobsSupported(499, 9_999_999_999_999, 10_000_000_000_000).jobs, 498.99);
    assert.equal(sumHundredths([0.1, 0.2, null, 2.33]), 2.63);
  });

  it('gives a report status by the due day in the merchant zone', () => {
    const zone = 'America/Los_Angeles';
    const base = { quarter: '2026-Q1', zone, dueDays: 30, now: at('2026-06-01T00:00:00Z') };
    assert.equal(dueOn('2026-Q1', 30), '2026-04-30');
    assert.equal(dueOn('2026-Q4', 30), '2027-01-30');
    // Attested at 23:30 on the due day in California (06:30Z the next day): on time.
    assert.equal(reportStatus({ ...base, attestedAt: at('2026-05-01T06:30:00Z') }), 'on_time');
    // The day after the due day: late.
    assert.equal(reportStatus({ ...base, attestedAt: at('2026-05-01T07:30:00Z') }), 'late');
    // No report: missing once the due day has passed, due on the due day itself.
    assert.equal(reportStatus({ ...base, attestedAt: null }), 'missing');
    assert.equal(reportStatus({ ...base, attestedAt: null, now: at('2026-05-01T06:30:00Z') }), 'due');
    assert.equal(reportStatus({ ...base, attestedAt: null, now: at('2026-05-01T07:30:00Z') }), 'missing');
    // A report for a quarter still running is current.
    assert.equal(reportStatus({ ...base, attestedAt: at('2026-03-15T00:00:00Z'), now: at('2026-03-20T00:00:00Z') }), 'current');
  });

  it('draws the target path and the run-rates', () => {
    const p = { start_date: '2026-01-01', years: 5 };
    assert.equal(programmeEnd(p), '2030-12-31');
    assert.deepEqual(programmeQuarters(p), { first: '2026-Q1', last: '2030-Q4' });
    assert.equal(addYears('2028-02-29', 1), '2029-02-28');
    // 90 of 1826 days at the end of Q1 2026.
    assert.equal(targetPath(p, 1_000_000, '2026-Q1'), Math.round((1_000_000 * 90) / 1826));
    assert.equal(targetPath(p, 1_000_000, '2030-Q4'), 1_000_000);
    assert.equal(targetPath(p, 1_000_000, '2031-Q2'), 1_000_000);
    assert.equal(targetPath(p, 1_000_000, '2025-Q3'), 0);
    assert.equal(quartersLeft(p, '2026-Q3'), 17);
    assert.equal(quartersLeft(p, '2030-Q4'), 1);
    assert.equal(runRateNeeded(1_000_000, 10, 17), Math.ceil(999_990 / 17));
    assert.equal(runRateNeeded(100, 150, 3), 0);
    assert.equal(currentRunRate([]), 0);
    assert.equal(currentRunRate([100, 1, 2, 3, 4]), 2.5);
    assert.equal(currentRunRate([1, 2]), 1.5);
  });
});
