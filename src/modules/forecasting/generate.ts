// A realistic, seeded generator of item × store daily unit sales, to measure forecasts on (bench, eval, tests).
//
// What it models, and why: most retail SKUs sell a unit or less a day per store (intermittent, many zeros,
// over-dispersed), a few sell tens; every item has a weekly profile (the stores' shoppers, weekends high)
// and a yearly one by category (staples flat, summer and winter goods, gifts before Christmas); items grow or
// shrink; some launch late; promotions (price cuts across the chain) lift demand for a few days; stores
// close on 25 December; a store runs out of an item now and then (zero sales for days); and every series
// drifts slowly around its mean. The stores of an item share the item's pattern, which is what pooling
// across stores can exploit. Deterministic for a seed.
//
// Prices: each item has a regular shelf price; a store-day with a promotion sells at a cut derived from the
// promotion's lift through the item's price elasticity (lift = (price / regular)^-elasticity, elasticity
// around 2.5, near the mean of about -2.6 that meta-analyses of retail price elasticity report). Prices come
// from a second random stream, so the units are the same as before prices existed (same seed, same units).
import { dayOfWeek, formatDay, parseDay } from './calendar.ts';
import { Random } from './random.ts';
import type { PanelSeries } from './types.ts';

export interface GenerateOptions {
  items: number;
  stores: number;
  days: number;
  /** First day, YYYY-MM-DD (default 2023-06-21, so that two years end mid-June, away from the holidays). */
  start?: string;
  seed?: number;
  /** Also return each day's true mean (to measure how close a forecast can get). */
  withMeans?: boolean;
}

export interface GeneratedSeries extends PanelSeries {
  item: string;
  store: string;
  /** The true expected units per day, when asked for. */
  mean?: number[];
  /** The promotion lift in that mean per day (1: no promotion), when asked for. */
  lift?: number[];
  /** Shelf price per day (NaN before the item is listed); a promotion day has a cut price. */
  prices: number[];
}

/** Weekday shape of shoppers (Monday first): weekends sell most. */
const WEEK = [0.88, 0.84, 0.86, 0.92, 1.08, 1.28, 1.14];
/** Category yearly shape: [amplitude, peak day of year, December gift ramp]. */
const CATEGORIES: Array<[number, number, number]> = [
  [0.05, 0, 0.1], // staples
  [0.45, 195, 0], // summer goods
  [0.4, 15, 0.2], // winter goods
  [0.15, 350, 0.6], // general merchandise, gifts
];

/** Item × store series: ids `I0001_S01`; the item of a series is the part before the underscore. */
export function generatePanel(o: GenerateOptions): GeneratedSeries[] {
  const rnd = new Random(o.seed ?? 7);
  // A separate stream for prices: adding them did not change the units of a seed.
  const priceRnd = new Random((o.seed ?? 7) ^ 0x5bd1e995);
  const start = parseDay(o.start ?? '2023-06-21');
  const days = o.days;
  // Calendar per day: weekday, yearly phase, December ramp, closed on 25 December.
  const dow = new Int8Array(days);
  const doy = new Float64Array(days);
  const ramp = new Float64Array(days);
  const closed = new Uint8Array(days);
  for (let t = 0; t < days; t++) {
    const d = formatDay(start + t);
    dow[t] = dayOfWeek(start + t);
    const jan1 = parseDay(`${d.slice(0, 4)}-01-01`);
    doy[t] = start + t - jan1;
    const md = d.slice(5);
    if (md === '12-25') closed[t] = 1;
    else if (md >= '12-01' && md < '12-25') ramp[t] = Number(d.slice(8)) / 24;
  }
  const stores = Array.from({ length: o.stores }, (_, s) => ({
    id: `S${String(s + 1).padStart(2, '0')}`,
    size: Math.exp(0.3 * rnd.normal()),
    week: WEEK.map((w) => w * Math.exp(0.06 * rnd.normal())),
  }));
  const out: GeneratedSeries[] = [];
  const lambda = new Float64Array(days);
  for (let i = 0; i < o.items; i++) {
    const item = `I${String(i + 1).padStart(4, '0')}`;
    const [amp0, peak, gifts] = CATEGORIES[rnd.int(0, CATEGORIES.length - 1)]!;
    const amp = amp0 * (0.5 + rnd.uniform());
    const fast = rnd.uniform() < 0.015 ? 25 : 1;
    const base = Math.min(60, 0.35 * Math.exp(1.1 * rnd.normal()) * fast);
    const growth = (0.3 * rnd.normal()) / 365;
    const launch = rnd.uniform() < 0.1 ? rnd.int(0, Math.min(400, days - 1)) : 0;
    const size = 0.8 + 5 * rnd.uniform(); // negative binomial size: small = lumpy
    const week = WEEK.map(() => Math.exp(0.12 * rnd.normal()));
    // Chain-wide promotions: a price cut for 3–10 days lifts demand 1.5–3× in most stores.
    const promo = new Float64Array(days).fill(1);
    if (rnd.uniform() < 0.4)
      for (let t = rnd.int(0, 60); t < days; t += rnd.int(25, 90)) {
        const lift = 1.5 + 1.5 * rnd.uniform();
        const len = rnd.int(3, 10);
        for (let k = t; k < Math.min(days, t + len); k++) promo[k] = lift;
      }
    const regular = Math.min(200, Math.max(0.5, Math.round(400 * Math.exp(0.8 * priceRnd.normal())) / 100));
    const elasticity = Math.min(6, Math.max(1, 2.5 * Math.exp(0.25 * priceRnd.normal())));
    const cut = (lift: number) => Math.round(100 * regular * Math.pow(lift, -1 / elasticity)) / 100;
    for (let t = 0; t < days; t++) lambda[t] = base * Math.exp(growth * t + amp * Math.cos((2 * Math.PI * (doy[t]! - peak)) / 365.25)) * (1 + gifts * ramp[t]!);
    for (const store of stores) {
      const mult = store.size * Math.exp(0.4 * rnd.normal());
      const units = new Array<number>(days).fill(0);
      const means = o.withMeans ? new Array<number>(days).fill(0) : null;
      const lifts = o.withMeans ? new Array<number>(days).fill(1) : null;
      const prices = new Array<number>(days).fill(regular);
      for (let t = 0; t < launch; t++) prices[t] = NaN;
      let drift = 0.2 * rnd.normal();
      let outOfStock = 0;
      for (let t = 0; t < days; t++) {
        drift = 0.98 * drift + 0.04 * rnd.normal();
        if (outOfStock > 0) outOfStock--;
        else if (rnd.uniform() < 0.002) outOfStock = rnd.int(3, 21);
        if (t < launch || closed[t] || outOfStock > 0) continue;
        const p = promo[t]! > 1 && rnd.uniform() < 0.8 ? promo[t]! : 1;
        if (p > 1) prices[t] = cut(p);
        const mu = lambda[t]! * mult * Math.exp(drift) * store.week[dow[t]!]! * week[dow[t]!]! * p;
        if (means) means[t] = mu;
        if (lifts) lifts[t] = p;
        units[t] = rnd.negBinomial(mu, size);
      }
      out.push({ id: `${item}_${store.id}`, item, store: store.id, start: formatDay(start), units, prices, ...(means ? { mean: means, lift: lifts! } : {}) });
    }
  }
  return out;
}

/** The item of a generated series id (`I0001_S01` → `I0001`). */
export const itemOf = (id: string): string => id.slice(0, id.indexOf('_') >>> 0);
/** The store of a generated series id (`I0001_S01` → `S01`). */
export const storeOf = (id: string): string => id.slice(id.indexOf('_') + 1);
