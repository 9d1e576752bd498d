// Business days as integers (days since 1970-01-01, UTC) so that series arithmetic never touches time zones.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' string, or NaN when it is not a real calendar day (2025-02-30 is not). */
export function parseDay(s: string): number {
  const m = ISO_DAY.exec(s);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day `n` days after the 'YYYY-MM-DD' day `s`. */
export function addDays(s: string, n: number): string {
  return formatDay(parseDay(s) + n);
}

/** Day of week of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
