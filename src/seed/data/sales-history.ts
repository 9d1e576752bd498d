/**
 * Store sales of the demo apparel merchant in the weeks before the seeding day, so that a fresh
 * demo has sell-through to forecast and stock positions that call for replenishment. Plain data
 * and a pure, deterministic generator; the seed (../sales-history.ts) records the units as sales.
 *
 * The story: Relaxed Taper Jeans in size 32 sell briskly at the clerk's store (Hangzhou Wulin),
 * which is nearly out, and slowly at Hangzhou Hubin, which holds plenty (a store-to-store
 * transfer); the Denim Trucker Jacket in M runs low in Shanghai and no other location has any
 * (a purchase order). None of these is the selvedge jeans that the walkthroughs and the other
 * browser journeys stock and sell themselves.
 */
import { APPAREL_MERCHANT_SLUG } from './merchants.ts';

export interface SalesHistorySeed {
  /** Merchant slug and product key (merchants.ts), and the variant's index in expandVariants order. */
  merchant: string;
  product: string;
  variant: number;
  /** Location code (locations.ts): a department store or mall counter. */
  location: string;
  /** Mean units sold per day (before the weekday shape). */
  per_day: number;
  /** Units left on hand on the seeding day, after the history's sales. */
  on_hand: number;
}

/** Days of history, ending yesterday: eight weeks, what the forecast page shows. */
export const HISTORY_DAYS = 56;

export const SALES_HISTORY: readonly SalesHistorySeed[] = [
  { merchant: APPAREL_MERCHANT_SLUG, product: 'RTJ', variant: 1, location: 'DS-HZ-WULIN', per_day: 3, on_hand: 2 },
  { merchant: APPAREL_MERCHANT_SLUG, product: 'RTJ', variant: 1, location: 'DS-HZ-HUBIN', per_day: 0.5, on_hand: 40 },
  { merchant: APPAREL_MERCHANT_SLUG, product: 'TRJ', variant: 1, location: 'DS-SH-NANJINGXILU', per_day: 2, on_hand: 6 },
];

/** Department-store traffic by weekday, Monday first (mean 1): weekends are the busy days. */
const WEEKDAY = [0.8, 0.8, 0.85, 0.9, 1.1, 1.35, 1.2];

/** mulberry32: a small seeded generator, so a given day always gets the same units. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw of mean `mu` by inversion (means here are a few units). */
function poisson(mu: number, u: number): number {
  let k = 0;
  let p = Math.exp(-mu);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k++;
    p *= mu / k;
    cdf += p;
  }
  return k;
}

/**
 * Units sold on each of `days` (YYYY-MM-DD, oldest first) by the `index`-th series: Poisson around
 * its mean per day times the weekday's traffic. The same series and day always give the same units.
 */
export function historyUnits(s: SalesHistorySeed, index: number, days: readonly string[]): number[] {
  return days.map((day) => {
    const n = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
    const weekday = (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return poisson(s.per_day * WEEKDAY[weekday]!, random(n * 131 + index * 7919 + 17)());
  });
}
