import { minorUnits } from '../../shared/money.ts';

/**
 * Exchange-rate arithmetic on integer minor units. Rates are decimal strings ("7.1234": units of
 * one currency per 1 unit of another), never floats; every product and quotient is taken in
 * BigInt and rounded once, half-up (away from zero for negatives, so a refund mirrors its sale).
 */

/** Decimals a rate may carry: the column is numeric(18,8). */
export const RATE_DECIMALS = 8;
/** Integer digits a rate may carry (numeric(18,8) leaves 10). */
export const RATE_INTEGER_DIGITS = 10;
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);
const RATE_PATTERN = /^(\d{1,10})(?:\.(\d{1,8}))?$/;

/** A rate as an integer count of 10^-8 units (7.1234 -> 712340000n). */
export type ScaledRate = bigint;

/**
 * Checks a rate: a positive decimal string, plain notation (no sign, exponent or spaces), at most
 * 10 integer digits and 8 decimals. Returns it scaled by 10^8. Throws RangeError otherwise.
 */
export function parseRate(rate: string): ScaledRate {
  const m = RATE_PATTERN.exec(rate);
  if (!m)
    throw new RangeError(`A rate is a positive decimal with at most ${RATE_INTEGER_DIGITS} digits before and ${RATE_DECIMALS} after the point, got "${rate}"`);
  const scaled = BigInt(m[1]!) * RATE_SCALE + BigInt((m[2] ?? '').padEnd(RATE_DECIMALS, '0'));
  if (scaled <= 0n) throw new RangeError(`A rate is greater than zero, got "${rate}"`);
  return scaled;
}

/** True when `rate` passes parseRate. */
export function isRate(rate: string): boolean {
  try {
    parseRate(rate);
    return true;
  } catch {
    return false;
  }
}

/** The canonical text of a scaled rate: no trailing zeros after the point ("7.12340000" -> "7.1234", "7.0" -> "7"). */
export function formatRate(scaled: ScaledRate): string {
  const int = scaled / RATE_SCALE;
  const frac = (scaled % RATE_SCALE).toString().padStart(RATE_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/** The canonical text of a rate string (as the database hands numeric(18,8) back: "7.12340000"). */
export function normaliseRate(rate: string): string {
  return formatRate(parseRate(rate));
}

/** n / d rounded half-up, away from zero for a negative n (d > 0). */
export function divHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const q = (abs * 2n + d) / (d * 2n);
  return neg ? -q : q;
}

function toSafe(n: bigint, what: string): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(`${what} exceeds the safe integer range`);
  return Number(n);
}

function checkAmount(amount: number): bigint {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`An amount is a safe integer of minor units, got ${amount}`);
  return BigInt(amount);
}

/**
 * Converts `amount` minor units of `from` into minor units of `to` at `rate` (units of `to` per
 * 1 unit of `from`), honouring each currency's minor units (USD 2, CNY 2, JPY 0): one exact
 * product, one half-up rounding. 14800 USD cents at "7.1234" -> 105426 fen (1054.2632 CNY).
 */
export function convertMinor(amount: number, from: string, to: string, rate: string): number {
  const a = checkAmount(amount);
  const r = parseRate(rate);
  const [df, dt] = [minorUnits(from), minorUnits(to)];
  // amount / 10^df units of `from` * r / 10^8 = units of `to`; * 10^dt = minor units of `to`.
  const n = a * r * 10n ** BigInt(dt);
  const d = 10n ** BigInt(df + RATE_DECIMALS);
  return toSafe(divHalfUp(n, d), 'The converted amount');
}

/**
 * The reverse direction of a recorded rate without inverting it first (which would round twice):
 * `amount` minor units of `from` into minor units of `to`, where `rate` is units of `from` per 1
 * unit of `to` (the USD→CNY rate turns fen back into cents). Exact quotient, half-up.
 * 105426 fen at "7.1234" (CNY per USD) -> 14800 cents (1054.26 / 7.1234 = 147.99955…).
 */
export function convertMinorInverse(amount: number, from: string, to: string, rate: string): number {
  const a = checkAmount(amount);
  const r = parseRate(rate);
  const [df, dt] = [minorUnits(from), minorUnits(to)];
  // amount / 10^df units of `from` / (r / 10^8) = units of `to`; * 10^dt = minor units of `to`.
  const n = a * 10n ** BigInt(dt + RATE_DECIMALS);
  const d = r * 10n ** BigInt(df);
  return toSafe(divHalfUp(n, d), 'The converted amount');
}

/**
 * 1 / rate to 8 decimals, half-up ("7.1234" -> "0.1403824", i.e. 0.14038240). Lossy: for converting amounts
 * prefer convertMinorInverse, which divides by the recorded rate exactly. Throws when the inverse
 * rounds to zero (a rate above 2 * 10^8) or needs more than 10 integer digits.
 */
export function invertRate(rate: string): string {
  const r = parseRate(rate);
  const inv = divHalfUp(RATE_SCALE * RATE_SCALE, r);
  if (inv <= 0n) throw new RangeError(`The inverse of ${rate} rounds to zero at ${RATE_DECIMALS} decimals`);
  if (inv >= 10n ** BigInt(RATE_INTEGER_DIGITS + RATE_DECIMALS))
    throw new RangeError(`The inverse of ${rate} has more than ${RATE_INTEGER_DIGITS} integer digits`);
  return formatRate(inv);
}

/** `amount` raised by `bp` basis points (800 = 8 %), half-up: 105426 + 8 % = 113860.08 -> 113860. */
export function applyMarkup(amount: number, bp: number): number {
  const a = checkAmount(amount);
  if (!Number.isInteger(bp) || bp < 0) throw new RangeError(`A markup is whole basis points, 0 or more, got ${bp}`);
  return toSafe(divHalfUp(a * BigInt(10_000 + bp), 10_000n), 'The marked-up amount');
}
