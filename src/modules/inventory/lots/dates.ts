/**
 * Calendar days where they matter: a lot's expiry is a printed date, and "today" is the day at the
 * store or warehouse holding it (Shanghai's day starts 8 hours before UTC's). Pure.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day 'YYYY-MM-DD' it is at `at` in IANA time zone `timeZone`. */
export function localDate(timeZone: string, at: Date = new Date()): string {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(at);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** What a sale promises, and so which day a lot must still be good on (and with how much life left). */
export type PromiseKind = 'now' | 'pickup' | 'delivery';

/**
 * The promised day at a location: today there for a sale at the till or a transfer, today for a
 * pick-up (the order is ready the same day), today plus the location's delivery days for delivery.
 */
export function promisedDate(promise: PromiseKind, location: { timezone: string; delivery_days: number }, at: Date = new Date()): string {
  const today = localDate(location.timezone, at);
  return promise === 'delivery' ? addDays(today, location.delivery_days) : today;
}
