/**
 * First-expiring-first-out allocation of one location's lots of one variant. Pure: the caller loads
 * the lots (and locks them) and records the picks.
 *
 * Dates are calendar days 'YYYY-MM-DD' with no time zone: a lot's expiry is its use-by date, else its
 * best-before date (the stricter date printed governs). A use-by date means "not after that day": the
 * lot is still good ON that day and expired from the next one. So a lot whose expiry equals the
 * promised date is sellable when the shelf-life rule asks for 0 remaining days (the default), and
 * not when it asks for 1 or more.
 */

export interface FefoLot {
  lot_id: string;
  lot_code: string;
  quantity_available: number;
  use_by?: string | null;
  best_before?: string | null;
  production_date?: string | null;
  blocked: boolean;
}

/**
 * How much shelf life must be left on the promised date (delivery or pick-up day):
 * - {days: n}: at least n days from the promised date to the expiry date (0 = "not expired yet");
 * - {fraction: f}: at least f of the total shelf life (production date to expiry date) — e.g. the
 *   "2/3 rule" retailers impose on deliveries. f × total is rounded up to whole days.
 */
export type ShelfLifeRule = { days: number } | { fraction: number };

export interface FefoRequest {
  quantity: number;
  promised_date: string;
  /** Default {days: 0}: anything not expired on the promised date. */
  min_remaining_shelf_life?: ShelfLifeRule;
}

export interface FefoPick {
  lot_id: string;
  quantity: number;
}

export type FefoResult = { ok: true; picks: FefoPick[] } | { ok: false; reason: 'insufficient_sellable_stock'; sellable: number };

const DAY_MS = 86_400_000;
const NO_MINIMUM: ShelfLifeRule = { days: 0 };

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws on anything that is no calendar date. */
function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (!m || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return ms / DAY_MS;
}

function checkRule(rule: ShelfLifeRule): void {
  if ('days' in rule) {
    if (!Number.isSafeInteger(rule.days) || rule.days < 0) throw new RangeError(`min_remaining_shelf_life.days must be a whole number >= 0, got ${rule.days}`);
  } else if (!(rule.fraction >= 0 && rule.fraction <= 1)) {
    throw new RangeError(`min_remaining_shelf_life.fraction must be between 0 and 1, got ${rule.fraction}`);
  }
}

/** The date after which the lot may not be sold or used: use_by, else best_before, else null (does not expire). */
export function expiryOf(lot: Pick<FefoLot, 'use_by' | 'best_before'>): string | null {
  return lot.use_by ?? lot.best_before ?? null;
}

/** True from the day after the lot's expiry date; a lot without one never expires. */
export function isExpired(lot: Pick<FefoLot, 'use_by' | 'best_before'>, today: string): boolean {
  const expiry = expiryOf(lot);
  return expiry !== null && dayNumber(expiry) < dayNumber(today);
}

/** Whole days from `on` to the lot's expiry date (0 on the expiry day itself, negative after it); null without an expiry. */
export function remainingShelfLifeDays(lot: Pick<FefoLot, 'use_by' | 'best_before'>, on: string): number | null {
  const expiry = expiryOf(lot);
  return expiry === null ? null : dayNumber(expiry) - dayNumber(on);
}

/**
 * Whether the lot may be promised for `promisedDate` under `rule`, regardless of quantity: not
 * blocked, not expired on that day, and with enough shelf life left. A lot without an expiry date
 * passes every rule. Under a fraction rule a dated lot without a production date fails: its total
 * shelf life is unknown, so the customer's minimum cannot be shown to hold.
 */
export function isSellable(lot: FefoLot, promisedDate: string, rule: ShelfLifeRule = NO_MINIMUM): boolean {
  checkRule(rule);
  dayNumber(promisedDate);
  if (lot.blocked) return false;
  const remaining = remainingShelfLifeDays(lot, promisedDate);
  if (remaining === null) return true;
  if (remaining < 0) return false;
  if ('days' in rule) return remaining >= rule.days;
  if (!lot.production_date) return false;
  const total = dayNumber(expiryOf(lot)!) - dayNumber(lot.production_date);
  if (total <= 0) return false;
  // The small tolerance keeps float error (0.55 × 100 = 55.00000000000001) from demanding an extra day.
  return remaining >= Math.ceil(rule.fraction * total - 1e-9);
}

/** What available-to-promise should count for `promisedDate`: the available quantity of every sellable lot. */
export function sellableQuantity(lots: readonly FefoLot[], promisedDate: string, rule: ShelfLifeRule = NO_MINIMUM): number {
  return lots.filter((lot) => isSellable(lot, promisedDate, rule)).reduce((sum, lot) => sum + Math.max(0, lot.quantity_available), 0);
}

function compareNullableDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (a == null) return 1; // undated last
  if (b == null) return -1;
  return dayNumber(a) - dayNumber(b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * FEFO order: earliest expiry first (lots without one last), then older production date (undated
 * last), then lot code, then lot id, so the order is total and the same on every run.
 */
export function compareFefo(a: FefoLot, b: FefoLot): number {
  return (
    compareNullableDates(expiryOf(a), expiryOf(b)) ||
    compareNullableDates(a.production_date, b.production_date) ||
    compareStrings(a.lot_code, b.lot_code) ||
    compareStrings(a.lot_id, b.lot_id)
  );
}

/**
 * Picks `request.quantity` from the sellable lots in FEFO order, splitting across lots as needed.
 * All or nothing: when the sellable stock falls short, no picks and the sellable quantity instead.
 */
export function allocateFefo(lots: readonly FefoLot[], request: FefoRequest): FefoResult {
  if (!Number.isSafeInteger(request.quantity) || request.quantity < 1) throw new RangeError(`quantity must be a whole number >= 1, got ${request.quantity}`);
  for (const lot of lots) {
    if (!Number.isSafeInteger(lot.quantity_available))
      throw new RangeError(`lot ${lot.lot_id}: quantity_available must be a whole number, got ${lot.quantity_available}`);
  }
  const rule = request.min_remaining_shelf_life ?? NO_MINIMUM;
  const eligible = lots.filter((lot) => lot.quantity_available > 0 && isSellable(lot, request.promised_date, rule)).sort(compareFefo);
  const sellable = eligible.reduce((sum, lot) => sum + lot.quantity_available, 0);
  if (sellable < request.quantity) return { ok: false, reason: 'insufficient_sellable_stock', sellable };
  const picks: FefoPick[] = [];
  let outstanding = request.quantity;
  for (const lot of eligible) {
    if (outstanding === 0) break;
    const take = Math.min(outstanding, lot.quantity_available);
    picks.push({ lot_id: lot.lot_id, quantity: take });
    outstanding -= take;
  }
  return { ok: true, picks };
}
