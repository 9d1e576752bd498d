// Sums of related series on one calendar: what an item sells across stores, a store across items, and
// everything. The pooled model borrows its weekday and yearly shape from them.

/** Units per day of a set of series on a shared calendar (index 0 = day number `origin`). */
export class Pool {
  readonly sum: Float64Array;
  private smooth: Float64Array | null = null;
  constructor(
    readonly origin: number,
    length: number,
  ) {
    this.sum = new Float64Array(length);
  }

  /** Adds a series whose first day is day number `start`. */
  add(start: number, units: ArrayLike<number>): void {
    const o = start - this.origin;
    for (let i = 0; i < units.length; i++) this.sum[o + i] = this.sum[o + i]! + units[i]!;
  }

  /** Units on day number `day` summed over the 15 days centred on it (weekday-neutral, promotion-diluted); NaN outside. */
  around(day: number): number {
    if (!this.smooth) {
      const s = this.sum;
      const c = new Float64Array(s.length + 1);
      for (let i = 0; i < s.length; i++) c[i + 1] = c[i]! + s[i]!;
      const m = new Float64Array(s.length).fill(NaN);
      for (let i = 7; i + 7 < s.length; i++) m[i] = c[i + 8]! - c[i - 7]!;
      this.smooth = m;
    }
    const i = day - this.origin;
    return i >= 0 && i < this.smooth.length ? this.smooth[i]! : NaN;
  }

  /** Units per weekday (Monday first) over day numbers [from, to). */
  byWeekday(from: number, to: number): number[] {
    const w = [0, 0, 0, 0, 0, 0, 0];
    const a = Math.max(from, this.origin);
    const b = Math.min(to, this.origin + this.sum.length);
    for (let d = a; d < b; d++) {
      const k = (((d + 3) % 7) + 7) % 7;
      w[k] = w[k]! + this.sum[d - this.origin]!;
    }
    return w;
  }
}
