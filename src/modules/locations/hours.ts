import type { OpeningHours, Weekday } from './schema.ts';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// "24:00" may only close a day (open until midnight); intervals never cross midnight: a late
// night is written as two intervals on two days.
const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const MAX_INTERVALS_PER_DAY = 6;

let zones: Set<string> | undefined;

/** True for an IANA zone name the runtime knows (Intl.supportedValuesOf), plus "UTC". */
export function isValidTimeZone(tz: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones.has(tz);
}

/** Minutes after local midnight for "HH:MM", or null when malformed. */
export function minutesOf(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  if (!m) return null;
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
}

export type HoursCheck = { ok: true; hours: OpeningHours } | { ok: false; reason: string };

/**
 * Checks opening hours: known weekdays only, each an array of [open, close] "HH:MM" pairs with
 * open < close and no two intervals overlapping. Returns the hours with each day's intervals
 * sorted, or the first problem found. A missing day (or an empty array) means closed.
 */
export function validateOpeningHours(value: unknown): HoursCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'opening_hours must be an object keyed by weekday' };
  const out: OpeningHours = {};
  for (const [day, intervals] of Object.entries(value)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) return { ok: false, reason: `"${day}" is not a weekday (use ${WEEKDAYS.join(', ')})` };
    if (!Array.isArray(intervals)) return { ok: false, reason: `${day} must be an array of [open, close] pairs` };
    if (intervals.length > MAX_INTERVALS_PER_DAY) return { ok: false, reason: `${day} has more than ${MAX_INTERVALS_PER_DAY} intervals` };
    const parsed: Array<{ open: number; close: number; pair: [string, string] }> = [];
    for (const iv of intervals as unknown[]) {
      if (!Array.isArray(iv) || iv.length !== 2 || typeof iv[0] !== 'string' || typeof iv[1] !== 'string')
        return { ok: false, reason: `${day}: each interval is a pair ["HH:MM", "HH:MM"]` };
      const [a, b] = iv as [string, string];
      const open = minutesOf(a);
      const close = minutesOf(b);
      if (open === null || close === null) return { ok: false, reason: `${day}: "${open === null ? a : b}" is not a time HH:MM` };
      if (open >= close) return { ok: false, reason: `${day}: ${a}-${b} must open before it closes` };
      parsed.push({ open, close, pair: [a, b] });
    }
    parsed.sort((x, y) => x.open - y.open);
    for (let i = 1; i < parsed.length; i++) {
      if (parsed[i]!.open < parsed[i - 1]!.close)
        return { ok: false, reason: `${day}: ${parsed[i - 1]!.pair.join('-')} overlaps ${parsed[i]!.pair.join('-')}` };
    }
    if (parsed.length) out[day as Weekday] = parsed.map((p) => p.pair);
  }
  return { ok: true, hours: out };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday and minutes after midnight of an instant on the wall clock of a time zone. */
export function localClock(timezone: string, instant: Date): { weekday: Weekday; minutes: number } {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return { weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** What isOpenAt needs of a location. */
export interface HoursHolder {
  timezone: string;
  opening_hours: OpeningHours;
  status?: 'open' | 'closed';
}

/**
 * Whether a location is open at an instant, read on its own wall clock (so DST shifts are the
 * zone's business). Intervals are half-open: open at "10:00", closed at "22:00". A location
 * whose status is closed is never open.
 */
export function isOpenAt(location: HoursHolder, instant: Date): boolean {
  if (location.status === 'closed') return false;
  const { weekday, minutes } = localClock(location.timezone, instant);
  for (const [a, b] of location.opening_hours[weekday] ?? []) {
    const open = minutesOf(a);
    const close = minutesOf(b);
    if (open !== null && close !== null && minutes >= open && minutes < close) return true;
  }
  return false;
}
