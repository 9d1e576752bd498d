// Accuracy as in the M5 competition: errors scaled by the in-sample error of the one-step naive forecast.
//
// The scale is computed from the first day with a sale on (leading zeros are "not yet listed", as in M5).
// When that scale is 0 — an all-zero history, a single sale on the last day, or a perfectly constant
// history — the scaled error is undefined: the functions return null and means skip such series
// (the eval command says how many). Mean RMSSE is the plain mean over series (M5 weighted by revenue).

/** Mean (squared when asked) one-step naive error of a history from its first sale on; null when 0. */
export function naiveScale(train: ArrayLike<number>, squared: boolean): number | null {
  let first = 0;
  while (first < train.length && train[first] === 0) first++;
  let s = 0;
  let n = 0;
  for (let i = first + 1; i < train.length; i++) {
    const d = train[i]! - train[i - 1]!;
    s += squared ? d * d : Math.abs(d);
    n++;
  }
  return n > 0 && s > 0 ? s / n : null;
}

/** Root mean squared scaled error of a forecast of `actual` given the training history; null when the scale is 0. */
export function rmsse(train: ArrayLike<number>, actual: ArrayLike<number>, forecast: ArrayLike<number>): number | null {
  const scale = naiveScale(train, true);
  if (scale === null) return null;
  let s = 0;
  for (let h = 0; h < actual.length; h++) s += (actual[h]! - forecast[h]!) ** 2;
  return Math.sqrt(s / actual.length / scale);
}

/** Mean absolute scaled error of a forecast of `actual` given the training history; null when the scale is 0. */
export function mase(train: ArrayLike<number>, actual: ArrayLike<number>, forecast: ArrayLike<number>): number | null {
  const scale = naiveScale(train, false);
  if (scale === null) return null;
  let s = 0;
  for (let h = 0; h < actual.length; h++) s += Math.abs(actual[h]! - forecast[h]!);
  return s / actual.length / scale;
}

/** Running mean of the non-null values added. */
export class MeanOf {
  sum = 0;
  n = 0;
  skipped = 0;
  add(v: number | null): void {
    if (v === null) this.skipped++;
    else {
      this.sum += v;
      this.n++;
    }
  }
  get value(): number {
    return this.n ? this.sum / this.n : NaN;
  }
}
