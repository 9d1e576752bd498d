import { minorUnits } from '../../shared/money.ts';

/**
 * Settlement arithmetic: exact, in BigInt, every rounding explicit (half up: a half rounds away
 * from zero). Exchange rates are decimal strings, never floats.
 */

/** A rate as the orders record it: up to 12 integer digits and 8 decimals, e.g. "7.1234". */
const RATE = /^\d{1,12}(?:\.\d{1,8})?$/;

/** True for a well-formed, positive exchange rate string. */
export function isRate(rate: string): boolean {
  return RATE.test(rate) && /[1-9]/.test(rate);
}

/** A rate as an exact fraction: value = units / 10^scale. */
export function parseRate(rate: string): { units: bigint; scale: number } {
  if (!isRate(rate)) throw new RangeError(`Not a positive decimal exchange rate: "${rate}"`);
  const [int, frac = ''] = rate.split('.');
  return { units: BigInt(int! + frac), scale: frac.length };
}

/** n / d rounded half up (a half away from zero, so −2.5 → −3); d must be positive. */
export function divHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return neg ? -q : q;
}

function toSafe(n: bigint): number {
  const v = Number(n);
  if (!Number.isSafeInteger(v)) throw new RangeError(`Amount ${n} is past the safe integer range`);
  return v;
}

/**
 * A sale-currency amount in the merchant's currency at the order's recorded rate, which is
 * "sale currency per 1 merchant currency unit" (e.g. "7.1234" CNY per USD): merchant = sale / rate,
 * honouring each currency's minor units (fen → cents here; yen have none), rounded half up.
 * Worked example: 100.00 CNY at 7.1234 = 14.03824… USD → 1404 cents.
 * The same currency needs no rate (and must not be given one): the amount is returned as is.
 */
export function toMerchantCurrency(amount: number, saleCurrency: string, merchantCurrency: string, fxRate: string | null): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Amount must be a safe integer of minor units, got ${amount}`);
  if (saleCurrency === merchantCurrency) {
    if (fxRate !== null) throw new RangeError(`No exchange rate applies between ${saleCurrency} and itself`);
    return amount;
  }
  if (fxRate === null) throw new RangeError(`Converting ${saleCurrency} to ${merchantCurrency} needs the order's exchange rate`);
  const { units, scale } = parseRate(fxRate);
  // merchant_minor = sale_minor / 10^ms × 10^mm / (units / 10^scale)
  const num = BigInt(amount) * 10n ** BigInt(minorUnits(merchantCurrency) + scale);
  const den = units * 10n ** BigInt(minorUnits(saleCurrency));
  return toSafe(divHalfUp(num, den));
}

/** Commission on a merchant-currency amount: amount × rate_bp / 10000, half up. 1999 at 1250 bp → 249.875 → 250. */
export function commissionOf(amount: number, rateBp: number): number {
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > 10_000) throw new RangeError(`rate_bp is 0..10000, got ${rateBp}`);
  return toSafe(divHalfUp(BigInt(amount) * BigInt(rateBp), 10_000n));
}

/** round(total × part / whole), half up. */
export function shareOf(total: number, part: number, whole: number): number {
  if (whole <= 0) throw new RangeError('whole must be positive');
  return toSafe(divHalfUp(BigInt(total) * BigInt(part), BigInt(whole)));
}

/**
 * The part of `total` that one step of a proportional split takes, when `before` of `whole`
 * units were taken by earlier steps and this step takes `now` more. Each step takes the rounded
 * cumulative share less the earlier rounded cumulative share, so the steps always add up to the
 * rounded cumulative share: taking every unit in any number of steps gives exactly `total`
 * (the last step takes the remainder). 100 over 3 units, 1 + 1 + 1 → 33 + 34 + 33.
 */
export function stepShare(total: number, before: number, now: number, whole: number): number {
  if (before < 0 || now < 0 || before + now > whole) throw new RangeError(`${before} + ${now} units is more than the ${whole} there are`);
  return shareOf(total, before + now, whole) - shareOf(total, before, whole);
}

/**
 * The merchant-currency amount of one refund step of a line, converted at the same rate as the
 * sale: the converted cumulative refund less the converted earlier refunds. Refunding the whole
 * line amount in steps so gives back exactly what the sale credited, to the cent.
 */
export function refundStep(sourceBefore: number, sourceNow: number, saleCurrency: string, merchantCurrency: string, fxRate: string | null): number {
  return (
    toMerchantCurrency(sourceBefore + sourceNow, saleCurrency, merchantCurrency, fxRate) -
    toMerchantCurrency(sourceBefore, saleCurrency, merchantCurrency, fxRate)
  );
}

/** An amount of minor units as an exact decimal string: 4211 USD → "42.11", −5 USD → "-0.05", 500 JPY → "500". */
export function decimalOf(amount: number, currency: string): string {
  const digits = minorUnits(currency);
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const sign = amount < 0 ? '-' : '';
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}
