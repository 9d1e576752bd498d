/**
 * The shape of a retail day, for the demo simulator: how busy a store or the web shop is at each
 * hour of local time, and how many items a basket holds. Pure, so it is tested on its own.
 */

/** Relative footfall by local hour (0–23) in a Chinese department store: closed at night, peaks at lunch and evening. */
export const STORE_HOURLY = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.8, 1.1, 1.0, 0.8, 0.8, 0.9, 1.0, 1.3, 1.5, 1.4, 1.0, 0.4, 0];

/** Relative online orders by local hour: never closed, busiest in the evening. */
export const ONLINE_HOURLY = [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.3, 1.6, 1.8, 1.4, 0.7];

/** Weekends bring more shoppers to stores (Saturday, Sunday), a little more online. */
export function dayFactor(weekday: number, channel: 'store' | 'online'): number {
  const weekend = weekday === 0 || weekday === 6;
  return weekend ? (channel === 'store' ? 1.6 : 1.15) : 1;
}

/**
 * Expected events per simulated hour at `hour` on `weekday`, given a base rate per hour at
 * the daily average (e.g. 30 till sales an hour per store).
 */
export function ratePerHour(base: number, hour: number, weekday: number, channel: 'store' | 'online'): number {
  const curve = channel === 'store' ? STORE_HOURLY : ONLINE_HOURLY;
  const mean = curve.reduce((a, b) => a + b, 0) / 24;
  return (base * curve[hour]! * dayFactor(weekday, channel)) / mean;
}

/** A Poisson draw: Knuth's method for small means, the normal approximation above 30 (exp(-mean) underflows). */
export function poisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random();
  } while (p > limit);
  return k - 1;
}

/** Items in a basket: mostly one, sometimes two or three. */
export function basketSize(random: () => number): number {
  const r = random();
  return r < 0.7 ? 1 : r < 0.92 ? 2 : 3;
}

/** Local hour and weekday of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): { hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23', weekday: 'short' }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.find((p) => p.type === 'weekday')!.value);
  return { hour, weekday };
}
