import { minorUnits } from '../../shared/money.ts';

/**
 * How a converted consumer price is rounded (a price rule's choice):
 * - none: as converted;
 * - up_to_yuan: up to a whole major unit (ceil): 123.01 -> 124.00;
 * - nearest_yuan: to the nearest whole major unit, half-up: 123.49 -> 123.00, 123.50 -> 124.00;
 * - end_90: the smallest price >= x ending in .90: 123.41 -> 123.90, 123.95 -> 124.90.
 * "yuan" names the major unit of whatever the sale currency is.
 */
export type RoundingMode = 'none' | 'up_to_yuan' | 'nearest_yuan' | 'end_90';
export const ROUNDING_MODES: readonly RoundingMode[] = ['none', 'up_to_yuan', 'nearest_yuan', 'end_90'];

/** True when `mode` can be used for `currency`: .90 needs a currency with minor units (not JPY). */
export function roundingFits(mode: RoundingMode, currency: string): boolean {
  return mode !== 'end_90' || minorUnits(currency) > 0;
}

function roundMagnitude(x: bigint, unit: bigint, mode: RoundingMode): bigint {
  switch (mode) {
    case 'none':
      return x;
    case 'up_to_yuan':
      return ((x + unit - 1n) / unit) * unit;
    case 'nearest_yuan':
      return ((x * 2n + unit) / (unit * 2n)) * unit;
    case 'end_90': {
      // .90 of the major unit; free stays free rather than becoming 0.90.
      if (x === 0n) return 0n;
      const tail = (unit * 9n) / 10n;
      if (x <= tail) return tail;
      return ((x - tail + unit - 1n) / unit) * unit + tail;
    }
  }
}

/**
 * Rounds a consumer price of `amountMinor` minor units of `currency` by `mode`. A negative amount
 * (a refund of a price) rounds as its magnitude does, so it mirrors the sale it reverses. Throws
 * RangeError for end_90 in a currency without minor units, where no price ends in .90.
 */
export function roundConsumerPrice(amountMinor: number, currency: string, mode: RoundingMode): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`An amount is a safe integer of minor units, got ${amountMinor}`);
  if (!ROUNDING_MODES.includes(mode)) throw new RangeError(`Unknown rounding mode "${String(mode)}"`);
  if (!roundingFits(mode, currency)) throw new RangeError(`${currency} has no minor units: no price ends in .90`);
  const unit = 10n ** BigInt(minorUnits(currency));
  const x = BigInt(amountMinor);
  const r = x < 0n ? -roundMagnitude(-x, unit, mode) : roundMagnitude(x, unit, mode);
  if (r > BigInt(Number.MAX_SAFE_INTEGER) || r < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError('The rounded amount exceeds the safe integer range');
  return Number(r);
}
