/**
 * Money is an integer count of a currency's minor units (cents, fen; yen have none) plus its
 * ISO 4217 code. Never a float: sums and comparisons stay exact.
 */
export interface Money {
  amount: number;
  currency: string;
}

let currencies: Set<string> | undefined;

/** True for an ISO 4217 code the runtime's ICU knows (active codes; not XXX or withdrawn ones). */
export function isCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/** Decimal places of the currency's minor unit per ICU/CLDR: USD 2, CNY 2, JPY 0, BHD 3. */
export function minorUnits(code: string): number {
  if (!isCurrency(code)) throw new RangeError(`Not an ISO 4217 currency: "${code}"`);
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Throws unless `m` is money: a safe-integer amount (negative allowed: refunds) and a real currency. */
export function assertMoney(m: Money): asserts m is Money {
  if (!Number.isSafeInteger(m.amount)) throw new RangeError(`Money amount must be a safe integer of minor units, got ${m.amount}`);
  if (!isCurrency(m.currency)) throw new RangeError(`Not an ISO 4217 currency: "${m.currency}"`);
}

/** Builds a checked Money value. */
export function money(amount: number, currency: string): Money {
  const m = { amount, currency };
  assertMoney(m);
  return m;
}

/**
 * Formats for people, e.g. {amount: 129900, currency: 'CNY'} in zh-CN as "¥1,299.00". The
 * amount becomes an exact decimal string first, so large amounts never pass through a float.
 */
export function formatMoney(m: Money, locale = 'en'): string {
  assertMoney(m);
  const digits = minorUnits(m.currency);
  const abs = String(Math.abs(m.amount)).padStart(digits + 1, '0');
  const decimal = (m.amount < 0 ? '-' : '') + (digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`);
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl.NumberFormat v3 (ES2023) formats a decimal string exactly.
  return fmt.format(decimal as `${number}`);
}
