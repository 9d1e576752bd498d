// Our model, "pooled": level × weekday factor × yearly factor, where the shapes are borrowed from related
// series. Written for intermittent item × store data, where a series alone is mostly noise:
// - weekday factors: the series' own weekday shares over the last year, shrunk toward a prior built from
//   the item across stores × the store across items ÷ everything (each shrunk toward everything);
// - level: an exponentially weighted mean of the weekday-adjusted history (half-life a parameter);
// - yearly factor: how the item (shrunk toward everything) sold 52 weeks before each forecast day,
//   relative to how it sold 52 weeks before the days the level was measured on — last year's change
//   between "now" and "then", applied to this year's level.
import { formatDay, parseDay } from './calendar.ts';
import type { Pool } from './pooled.ts';

/** Related series sums for one series; all optional (a lone series uses only itself). */
export interface PooledContext {
  item?: Pool;
  store?: Pool;
  all?: Pool;
}

export interface PooledParams {
  /** Half-life of the level's weights, days. */
  halfLife: number;
  /** Whether to apply last year's shape. */
  yearly: boolean;
  /**
   * Top-down level (see topDown), blended with the series' own level with weight `weight` (0 = own only).
   */
  share?: { shareHalfLife: number; halfLife: number; weight: number };
}

const YEAR = 364; // 52 weeks: keeps weekdays aligned
const WEEKDAY_SPAN = 364;
/**
 * Prior strength, in units, of the weekday shares: own (toward the prior), and pools (toward everything).
 * The own prior is strong: on the generated panel a series' own weekday shares only added noise to the
 * item × store prior (mean RMSSE 0.6849 at 30 units, 0.6834 at 120, 0.6818 at 2000, 0.6816 at 100000).
 */
const K_OWN = 1000;
const K_POOL = 70;
/**
 * Prior strength, in units over 15 days, of the item's yearly ratio toward everything's. Strong: an
 * item's 15-day sums a year ago are noisy and carry last year's promotions (on the generated panel,
 * 50 to 100000 made no difference beyond ±0.002 in mean RMSSE in June, April and December holdouts).
 */
const K_YEAR = 1000;

const dow = (day: number) => (((day + 3) % 7) + 7) % 7;

function shares(counts: number[], prior: number[] | null, k: number): number[] {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c, d) => (prior ? (c + k * prior[d]!) / (total + k) : total > 0 ? c / total : 1 / 7));
}

const cache = new WeakMap<Pool, Map<number, number[]>>();
function poolShares(pool: Pool, cut: number, prior: number[] | null): number[] {
  let m = cache.get(pool);
  if (!m) cache.set(pool, (m = new Map()));
  let s = m.get(cut);
  if (!s) m.set(cut, (s = shares(pool.byWeekday(cut - WEEKDAY_SPAN, cut), prior, K_POOL)));
  return s;
}

/** Multiplicative weekday factors (mean 1, Monday first) of a series, from data before day number `cut`. */
export function weekdayFactors(y: ArrayLike<number>, m: number, s0: number, ctx: PooledContext): number[] {
  const cut = s0 + m;
  const all = ctx.all ? poolShares(ctx.all, cut, null) : [1, 1, 1, 1, 1, 1, 1].map((x) => x / 7);
  const item = ctx.item ? poolShares(ctx.item, cut, all) : all;
  const store = ctx.store ? poolShares(ctx.store, cut, all) : all;
  // A weekday nobody sells on (a chain closed on Sundays) stays at 0.
  const raw = all.map((a, d) => (a > 0 ? (item[d]! * store[d]!) / a : 0));
  const sum = raw.reduce((a, b) => a + b, 0);
  const prior = sum > 0 ? raw.map((r) => r / sum) : raw.map(() => 1 / 7);
  const own = [0, 0, 0, 0, 0, 0, 0];
  for (let i = Math.max(0, m - WEEKDAY_SPAN); i < m; i++) {
    const d = dow(s0 + i);
    own[d] = own[d]! + y[i]!;
  }
  return shares(own, prior, K_OWN).map((s) => s * 7);
}

/**
 * Weighted mean of a pool's 15-day sums 52 weeks before the given days, over the days where last year is
 * known; NaN when less than half the weight is.
 */
function lastYear(pool: Pool, days: number[], weights: number[]): number {
  let b = 0;
  let w = 0;
  let all = 0;
  for (let k = 0; k < days.length; k++) {
    all += weights[k]!;
    const v = pool.around(days[k]! - YEAR);
    if (Number.isNaN(v)) continue;
    b += weights[k]! * v;
    w += weights[k]!;
  }
  return w >= all / 2 ? b / w : NaN;
}

/**
 * Top-down level: the series' share of its item (exponentially weighted, half-life `shareHalfLife`) × the
 * item's recent weekday-adjusted level (half-life `halfLife`). The item, summed over stores, is far less
 * noisy than one store's series, so its level can be read over a short window (which also catches a
 * promotion running at the end of the history); the share moves slowly and is read over a long one.
 * (Measured on the generated panel: shortening the share's window for series that sell more, or
 * lengthening the item's for items that sell less, both did worse.)
 */
function topDown(y: ArrayLike<number>, m: number, s0: number, item: Pool, sh: NonNullable<PooledParams['share']>): number {
  const off = s0 - item.origin;
  const ds = Math.pow(0.5, 1 / sh.shareHalfLife);
  let own = 0;
  let all = 0;
  let w = 1;
  for (let i = m - 1, end = Math.max(0, m - Math.ceil(sh.shareHalfLife * 5)); i >= end; i--) {
    own += w * y[i]!;
    all += w * item.sum[off + i]!;
    w *= ds;
  }
  if (all <= 0) return 0;
  const cut = s0 + m;
  const f = poolShares(item, cut, null).map((x) => x * 7);
  const decay = Math.pow(0.5, 1 / sh.halfLife);
  const span = Math.min(m, Math.ceil(sh.halfLife * 5));
  w = 1;
  let sw = 0;
  let sz = 0;
  for (let k = 0; k < span; k++) {
    const d = cut - 1 - k;
    const fd = f[dow(d)]!;
    if (fd > 0) {
      sz += (w * item.sum[d - item.origin]!) / fd;
      sw += w;
    }
    w *= decay;
  }
  return sw > 0 ? (own / all) * (sz / sw) : 0;
}

/**
 * Whether a day is a fixed-date closing day (25 December, a national day): on the same date last year
 * everything together sold under 5% of what it sold on the days around it, with enough sales around
 * (20 a day) for that to mean something. Moving holidays (Easter, lunar new year) are not caught.
 */
export function closedLastYear(all: Pool, day: number): boolean {
  let memo = closedMemo.get(all);
  if (!memo) closedMemo.set(all, (memo = new Map()));
  let v = memo.get(day);
  if (v === undefined) memo.set(day, (v = closedOn(all, day)));
  return v;
}
const closedMemo = new WeakMap<Pool, Map<number, boolean>>();

function closedOn(all: Pool, day: number): boolean {
  const d = formatDay(day);
  if (d.endsWith('-02-29')) return false;
  const last = parseDay(`${Number(d.slice(0, 4)) - 1}${d.slice(4)}`);
  const around = all.around(last);
  if (!(around >= 15 * 20)) return false;
  return all.sum[last - all.origin]! < 0.05 * (around / 15);
}

/** Means for `horizon` days after y[0..m) (y[0] is day number s0). */
export function pooledForecast(y: ArrayLike<number>, m: number, s0: number, horizon: number, ctx: PooledContext, p: PooledParams): number[] {
  const out = new Array<number>(horizon).fill(0);
  if (m === 0) return out;
  const f = weekdayFactors(y, m, s0, ctx);
  const decay = Math.pow(0.5, 1 / p.halfLife);
  const span = Math.min(m, Math.ceil(p.halfLife * 5), YEAR);
  const days: number[] = [];
  const weights: number[] = [];
  let sw = 0;
  let sz = 0;
  let w = 1;
  for (let k = 0; k < span; k++) {
    const i = m - 1 - k;
    const fd = f[dow(s0 + i)]!;
    // Days of a weekday with a zero factor say nothing about the level.
    if (fd > 0) {
      sz += (w * y[i]!) / fd;
      sw += w;
    }
    days.push(s0 + i);
    weights.push(w);
    w *= decay;
  }
  let level = sw > 0 ? sz / sw : 0;
  if (p.share && p.share.weight > 0 && ctx.item) level = (1 - p.share.weight) * level + p.share.weight * topDown(y, m, s0, ctx.item, p.share);
  if (level <= 0) return out;
  const cut = s0 + m;
  // Last year's change is taken relative to the days the level was read on: the item's recent days when
  // the level is mostly top-down, the series' own weighted days otherwise.
  if (p.yearly && p.share && p.share.weight >= 0.5 && ctx.item) {
    days.length = 0;
    weights.length = 0;
    const d2 = Math.pow(0.5, 1 / p.share.halfLife);
    for (let k = 0, w2 = 1; k < Math.min(m, Math.ceil(p.share.halfLife * 5)); k++, w2 *= d2) {
      days.push(cut - 1 - k);
      weights.push(w2);
    }
  }
  const gb = p.yearly && ctx.all ? lastYear(ctx.all, days, weights) : NaN;
  const ib = gb > 0 && ctx.item ? lastYear(ctx.item, days, weights) : NaN;
  for (let h = 0; h < horizon; h++) {
    let r = 1;
    const ga = gb > 0 ? ctx.all!.around(cut + h - YEAR) : NaN;
    if (ga > 0) {
      r = ga / gb;
      const ia = Number.isNaN(ib) ? NaN : ctx.item!.around(cut + h - YEAR);
      if (!Number.isNaN(ia)) r = (ia + K_YEAR * r) / (ib + K_YEAR);
    }
    out[h] = ctx.all && closedLastYear(ctx.all, cut + h) ? 0 : level * f[dow(cut + h)]! * r;
  }
  return out;
}
