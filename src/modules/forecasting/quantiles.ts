// Quantiles of whole-unit demand around a forecast mean: a negative binomial with variance mu + phi·mu²
// (phi = 0 is Poisson), phi fitted from backtest residuals. Quantiles are whole and never negative.

/**
 * The q-quantile (smallest k with P(X <= k) >= q) of a negative binomial with mean `mu` and dispersion
 * `phi` (variance mu + phi·mu²); Poisson when phi is ~0. Large means use a normal approximation.
 */
export function nbQuantile(mu: number, phi: number, q: number): number {
  if (!(mu > 0)) return 0;
  const variance = mu + phi * mu * mu;
  if (mu > 400) return Math.max(0, Math.round(mu + normalQuantile(q) * Math.sqrt(variance)));
  let p: number;
  let next: (k: number) => number;
  if (phi < 1e-6) {
    p = Math.exp(-mu);
    next = (k) => mu / (k + 1);
  } else {
    const r = 1 / phi;
    const succ = (phi * mu) / (1 + phi * mu);
    p = Math.exp(r * Math.log(1 - succ));
    next = (k) => ((k + r) / (k + 1)) * succ;
  }
  let cdf = p;
  let k = 0;
  // Bounded: far beyond any sensible quantile of these means.
  const cap = Math.ceil(mu + 20 * Math.sqrt(variance) + 20);
  while (cdf < q && k < cap) {
    p *= next(k);
    k++;
    cdf += p;
  }
  return k;
}

/** Standard normal quantile (Acklam's rational approximation; ample for interval bounds). */
export function normalQuantile(q: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (q < lo) {
    const t = Math.sqrt(-2 * Math.log(q));
    return (((((c[0]! * t + c[1]!) * t + c[2]!) * t + c[3]!) * t + c[4]!) * t + c[5]!) / ((((d[0]! * t + d[1]!) * t + d[2]!) * t + d[3]!) * t + 1);
  }
  if (q > 1 - lo) return -normalQuantile(1 - q);
  const t = q - 0.5;
  const r = t * t;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * t) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * Moment estimate of phi from backtest pairs, as the sums it needs: num = Σ((y−f)² − f), den = Σ f².
 * Kept as sums so that series can be pooled (a group's phi is Σnum/Σden) and a series shrunk toward it.
 */
export function dispersionSums(actual: ArrayLike<number>, forecast: ArrayLike<number>): { num: number; den: number } {
  let num = 0;
  let den = 0;
  for (let i = 0; i < actual.length; i++) {
    const f = forecast[i]!;
    num += (actual[i]! - f) ** 2 - f;
    den += f * f;
  }
  return { num, den };
}

/** A series' phi: its own sums shrunk toward a pooled phi with the weight of `prior` units² of forecast; within [0, 4]. */
export function shrunkDispersion(own: { num: number; den: number }, pooled: number, prior = 4): number {
  const phi = (own.num + prior * pooled) / (own.den + prior);
  return Math.min(4, Math.max(0, Number.isFinite(phi) ? phi : pooled));
}
