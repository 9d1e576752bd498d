// Replenishment arithmetic, pure (the service and the replay benchmark share it).
//
// For a store and a variant, with a daily demand forecast f[0..], the one-day forecast error's
// standard deviation σ (from the forecast's backtest), a lead time L days, a review period R days and
// a target cycle service level p:
//   z              = Φ⁻¹(p)                      (standard normal quantile)
//   safety stock   = z × σ × √L                  (daily errors taken as independent over the lead time)
//   reorder point  = round(f[0] + … + f[L−1] + safety stock)
//   order-up-to    = max(reorder point + 1, round(f[0] + … + f[L+R−1] + safety stock))   (so ≥ 1)
//   minimum order  = ⌈R × (f[0] + … + f[L+R−1]) / (L + R)⌉   (a review period's mean demand; see below)
// The position is on hand − reserved + in transit + on order; at or below the reorder point we order
// up to the order-up-to level, and at least the minimum order.
//
// Why round to the nearest unit and not up: rounding up adds half a unit on average to every level, days of
// cover on a slow mover and nothing on a fast one, and makes a slow mover's order-up-to one unit above its
// reorder point: an order per unit sold. Why a minimum order: the same, for what nearest rounding leaves; a
// review period's demand rounded up is the smallest order (fast movers order more than that anyway).
// Figures and the alternatives measured: docs/replenishment.md, "Replay benchmark".

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be strictly between 0 and 1, not ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

export interface PolicyInput {
  /** Mean units per day from tomorrow on; days past its end repeat its mean. */
  forecast: number[];
  /** Standard deviation of the one-day forecast error, units. */
  errorSd: number;
  leadDays: number;
  reviewDays: number;
  serviceLevel: number;
  /** Smallest order in days of mean forecast demand, rounded up to whole units (default: the review period; 0: none). */
  minOrderDays?: number;
}

export interface PolicyLevels {
  z: number;
  demandOverLead: number;
  demandOverReview: number;
  /** Units, unrounded: z × σ × √L. */
  safetyStock: number;
  reorderPoint: number;
  orderUpTo: number;
  /** Whole units: no order is smaller (the order-up-to is still the target when the gap is bigger). */
  minOrder: number;
}

/** Sum of the forecast over days [from, to); beyond the forecast, its mean per day. */
function demand(forecast: number[], from: number, to: number): number {
  const mean = forecast.length ? forecast.reduce((s, x) => s + x, 0) / forecast.length : 0;
  let sum = 0;
  for (let t = from; t < to; t++) sum += t < forecast.length ? Math.max(0, forecast[t]!) : mean;
  return sum;
}

// A float sum like 6.999999999 or 2.4999999999 must land on the whole unit or half it means.
const ceil = (x: number) => Math.max(0, Math.ceil(x - 1e-9));
const nearest = (x: number) => Math.max(0, Math.floor(x + 0.5 + 1e-9));

/** Safety stock, reorder point, order-up-to level and minimum order (whole units) for one variant at one store. */
export function policyLevels(i: PolicyInput): PolicyLevels {
  if (!(i.serviceLevel >= 0.5 && i.serviceLevel < 1)) throw new RangeError('serviceLevel must be in [0.5, 1)');
  if (!Number.isInteger(i.leadDays) || i.leadDays < 0 || !Number.isInteger(i.reviewDays) || i.reviewDays < 1)
    throw new RangeError('leadDays >= 0 and reviewDays >= 1, whole days');
  const minOrderDays = i.minOrderDays ?? i.reviewDays;
  if (!(minOrderDays >= 0 && Number.isFinite(minOrderDays))) throw new RangeError('minOrderDays >= 0');
  const z = normalQuantile(i.serviceLevel);
  const safety = z * Math.max(0, i.errorSd) * Math.sqrt(i.leadDays);
  const demandOverLead = demand(i.forecast, 0, i.leadDays);
  const demandOverReview = demand(i.forecast, i.leadDays, i.leadDays + i.reviewDays);
  // Only the sums are rounded, to the nearest unit: rounding up biases every level by half a unit (see above).
  const reorderPoint = nearest(demandOverLead + safety);
  const perDay = (demandOverLead + demandOverReview) / (i.leadDays + i.reviewDays);
  return {
    z,
    demandOverLead,
    demandOverReview,
    safetyStock: safety,
    reorderPoint,
    // At least one unit above the reorder point, so that an order lifts the position above it; so a store
    // keeps one unit of every variant it carries even at a forecast of 0: a forecast learns from sales, which
    // stop when the shelf is empty, so without that unit an emptied variant would never sell nor be ordered
    // again (bench/replenishment.ts: 1,706 instead of 1,345 units lost at 95%, for 2% less stock).
    orderUpTo: Math.max(reorderPoint + 1, nearest(demandOverLead + demandOverReview + safety)),
    minOrder: Math.max(1, ceil(minOrderDays * perDay)),
  };
}

/**
 * Units to order now: when the position is at or below the reorder point, up to the order-up-to level but at
 * least the minimum order; else 0.
 */
export function orderQuantity(position: number, levels: Pick<PolicyLevels, 'reorderPoint' | 'orderUpTo'> & { minOrder?: number }): number {
  if (position > levels.reorderPoint || position >= levels.orderUpTo) return 0; // the latter: levels not from policyLevels
  return Math.max(levels.orderUpTo - position, levels.minOrder ?? 1);
}

export interface SourceCandidate {
  location_id: string;
  kind: 'warehouse' | 'store';
  /** Units it could give: a warehouse its available stock, a store what it holds above its own order-up-to. */
  spare: number;
}

/**
 * Where a need is filled from: the source covering most of it, a warehouse before a store when
 * they cover the same; the transfer is capped at what the source can spare. Null when nobody has
 * any to spare (then: a purchase order).
 */
export function pickSource(need: number, candidates: SourceCandidate[]): { source: SourceCandidate; quantity: number } | null {
  const usable = candidates.filter((c) => c.spare > 0);
  if (need <= 0 || usable.length === 0) return null;
  usable.sort((a, b) => {
    const coverA = Math.min(a.spare, need);
    const coverB = Math.min(b.spare, need);
    if (coverA !== coverB) return coverB - coverA;
    if (a.kind !== b.kind) return a.kind === 'warehouse' ? -1 : 1;
    return a.location_id < b.location_id ? -1 : a.location_id > b.location_id ? 1 : 0;
  });
  const source = usable[0]!;
  return { source, quantity: Math.min(need, source.spare) };
}

/** Spare units at another store: what it holds available above its own order-up-to level. */
export function storeSpare(available: number, orderUpTo: number): number {
  return Math.max(0, available - orderUpTo);
}
