// The three simple baselines our forecast must beat: weekly seasonal-naive, a 28-day moving average and
// simple exponential smoothing. Each takes a daily history (oldest first) and returns `horizon` means.

const mean = (y: ArrayLike<number>, from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += y[i]!;
  return to > from ? s / (to - from) : 0;
};

/** Seasonal-naive: each day repeats the same weekday of the last full week. Histories shorter than a week use their mean. */
export function seasonalNaive(y: ArrayLike<number>, horizon: number, period = 7): number[] {
  const n = y.length;
  if (n < period) return new Array<number>(horizon).fill(mean(y, 0, n));
  return Array.from({ length: horizon }, (_, h) => y[n - period + (h % period)]!);
}

/** Moving average: the mean of the last `window` days (all days when shorter), flat over the horizon. */
export function movingAverage(y: ArrayLike<number>, horizon: number, window = 28): number[] {
  const n = y.length;
  return new Array<number>(horizon).fill(mean(y, Math.max(0, n - window), n));
}

const ALPHAS = [0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5];

/**
 * Simple exponential smoothing, flat over the horizon. Without `alpha`, the one from a small grid
 * (0.01–0.5) with the least one-step-ahead squared error over the history; the level starts at the mean of
 * the first four weeks so that the start does not dominate small alphas.
 */
export function ses(y: ArrayLike<number>, horizon: number, alpha?: number): number[] {
  const n = y.length;
  if (n === 0) return new Array<number>(horizon).fill(0);
  const init = mean(y, 0, Math.min(n, 28));
  const run = (a: number) => {
    let level = init;
    let sse = 0;
    for (let i = 0; i < n; i++) {
      const e = y[i]! - level;
      sse += e * e;
      level += a * e;
    }
    return { level, sse };
  };
  let best = run(alpha ?? 0.1);
  if (alpha === undefined)
    for (const a of ALPHAS) {
      const r = run(a);
      if (r.sse < best.sse) best = r;
    }
  return new Array<number>(horizon).fill(Math.max(0, best.level));
}
