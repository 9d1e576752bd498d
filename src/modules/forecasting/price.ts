// Prices as a covariate: a promotion is a price cut, and a cut lifts demand.
//
// A day's cut is x = ln(reference / price) >= 0, where the price is the last known one and the reference the
// highest known price over the 56 days up to that day (so a lasting regular price change stops counting as
// a cut after at most eight weeks, and a price rise is never one). Demand on a day with cut x is the
// no-promotion demand × exp(e·x), i.e. (price / reference)^-e: a constant price elasticity e per group
// (item). e is a Poisson maximum-likelihood fit over the group's promotion days — each compared with the
// series' own weekday-adjusted sales on the non-promotion days within four weeks of it — shrunk toward the
// panel's e with a normal prior whose spread is the between-group spread of e (method of moments).
import { dayOfWeek } from './calendar.ts';

/** Days over which the reference (regular) price is the highest price seen. */
export const REF_DAYS = 56;
/** A cut below this (ln ≈ 1%) is noise in a price, not a promotion, when collecting promotion days. */
const MIN_CUT = 0.01;
/** Non-promotion days each side of a promotion day that give its baseline. */
const BASE_DAYS = 28;
/** Elasticities are kept within this range (0: prices do not matter). */
const E_MAX = 8;

/**
 * Per-day price cut x = ln(reference / price) over `length` days from the series' start. Within the first
 * `history` days an unknown price is the last known one (the price did not change; before the first known
 * price: no cut). After them (the forecast days) a day without a planned price has no cut: a promotion is
 * only assumed where one is planned. Null when no day has a cut, so that series without promotions cost
 * nothing.
 */
export function priceCuts(prices: ArrayLike<number> | undefined, length: number, history = length): Float64Array | null {
  if (!prices || prices.length === 0) return null;
  const p = new Float64Array(length).fill(NaN);
  let last = NaN;
  let varies = false;
  for (let t = 0; t < length; t++) {
    const v = t < prices.length ? prices[t]! : NaN;
    if (v > 0) {
      if (last > 0 && v !== last) varies = true;
      last = v;
      p[t] = v;
    } else if (t < history) p[t] = last;
  }
  if (!varies) return null;
  // Highest price over [t - REF_DAYS + 1, t]: a monotonic deque of indices, O(length).
  const x = new Float64Array(length);
  const q = new Int32Array(length);
  let head = 0;
  let tail = 0;
  let any = false;
  for (let t = 0; t < length; t++) {
    while (tail > head && q[head]! <= t - REF_DAYS) head++;
    // An unplanned forecast day is at the regular price, which so stays the reference of later planned ones.
    if (!(p[t]! > 0) && t >= history && tail > head) p[t] = p[q[head]!]!;
    const v = p[t]!;
    if (!(v > 0)) continue;
    while (tail > head && p[q[tail - 1]!]! <= v) tail--;
    q[tail++] = t;
    while (q[head]! <= t - REF_DAYS) head++;
    const ref = p[q[head]!]!;
    if (ref > v) {
      x[t] = Math.log(ref / v);
      any = true;
    }
  }
  return any ? x : null;
}

/** Promotion days of a group: the day's units `y`, its cut `x` and its no-promotion baseline `b`. */
export interface PromoDays {
  b: number[];
  x: number[];
  y: number[];
}

/** An empty set of promotion days. */
export const promoDays = (): PromoDays => ({ b: [], x: [], y: [] });

/**
 * Adds a series' promotion days among its first `m` days to `into`. A day's baseline is the series' mean
 * weekday-adjusted units over the non-promotion days within BASE_DAYS of it, × the day's weekday factor
 * (`factors`: mean 1, Monday first; `s0`: day number of y[0]). Days with fewer than 7 such days are left out.
 */
export function collectPromoDays(y: ArrayLike<number>, m: number, s0: number, x: Float64Array, factors: number[], into: PromoDays): void {
  const sum = new Float64Array(m + 1);
  const cnt = new Int32Array(m + 1);
  for (let t = 0; t < m; t++) {
    const f = factors[dayOfWeek(s0 + t)]!;
    const base = x[t]! < MIN_CUT && f > 0;
    sum[t + 1] = sum[t]! + (base ? y[t]! / f : 0);
    cnt[t + 1] = cnt[t]! + (base ? 1 : 0);
  }
  for (let t = 0; t < m; t++) {
    if (x[t]! < MIN_CUT) continue;
    const lo = Math.max(0, t - BASE_DAYS);
    const hi = Math.min(m, t + BASE_DAYS + 1);
    const n = cnt[hi]! - cnt[lo]!;
    if (n < 7) continue;
    const b = (factors[dayOfWeek(s0 + t)]! * (sum[hi]! - sum[lo]!)) / n;
    if (!(b > 0)) continue;
    into.b.push(b);
    into.x.push(x[t]!);
    into.y.push(y[t]!);
  }
}

/**
 * Maximum a-posteriori elasticity e of y ~ Poisson(b·exp(e·x)) with a normal prior (mean `e0`, precision
 * `prior`; 0 = none), by Newton's method; `info` is the data's Fisher information at e (without the prior).
 */
export function fitElasticity(d: PromoDays, e0: number, prior: number): { e: number; info: number } {
  let e = e0;
  let info = 0;
  for (let it = 0; it < 30; it++) {
    let g = -prior * (e - e0);
    info = 0;
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i]!;
      const mu = d.b[i]! * Math.exp(e * x);
      g += x * (d.y[i]! - mu);
      info += x * x * mu;
    }
    const h = info + prior;
    if (!(h > 0)) break;
    const next = Math.min(E_MAX, Math.max(0, e + g / h));
    const done = Math.abs(next - e) < 1e-6;
    e = next;
    if (done) break;
  }
  return { e, info };
}

/** Prior of the panel's own elasticity: weak, so that a few thousand promotion days decide. */
const PANEL_PRIOR = { e: 1, precision: 1 };

/**
 * Elasticity per group, shrunk toward the panel's: the panel's e is fitted on every promotion day; the
 * between-group variance τ² is the mean of (e_g − e)² − 1/info_g over groups with enough information; each
 * group's e is then the fit with the prior N(panel e, τ²).
 */
export function groupElasticities(groups: Map<string, PromoDays>): { panel: number; spread: number; byGroup: Map<string, number> } {
  const all = promoDays();
  for (const d of groups.values()) {
    for (let i = 0; i < d.x.length; i++) {
      all.b.push(d.b[i]!);
      all.x.push(d.x[i]!);
      all.y.push(d.y[i]!);
    }
  }
  const panel = fitElasticity(all, PANEL_PRIOR.e, PANEL_PRIOR.precision).e;
  let s = 0;
  let n = 0;
  for (const d of groups.values()) {
    const f = fitElasticity(d, panel, 0);
    if (f.info < 10 || f.e <= 0 || f.e >= E_MAX) continue;
    s += (f.e - panel) ** 2 - 1 / f.info;
    n++;
  }
  // With fewer than 5 informative groups the spread cannot be told: a moderate one (sd 0.5).
  const spread = n >= 5 ? Math.min(4, Math.max(0.01, s / n)) : 0.25;
  const byGroup = new Map<string, number>();
  for (const [k, d] of groups) byGroup.set(k, d.x.length ? fitElasticity(d, panel, 1 / spread).e : panel);
  return { panel, spread, byGroup };
}
