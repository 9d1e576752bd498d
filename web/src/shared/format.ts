/** Prices and dates by the reader's locale (Intl); money is integer minor units plus an ISO 4217 code. */

const digits = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

export function formatMoney(amount: number, currency: string, locale: string): string {
  const value = amount / 10 ** digits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

/** An instant in the reader's time zone; a calendar day ('YYYY-MM-DD', a business date) as that same day. */
export function formatDate(value: string | Date, locale: string, withTime = false): string {
  // new Date('2026-10-28') is UTC midnight: read back in UTC it stays the 28th wherever the reader is.
  const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = typeof value === 'string' ? new Date(value) : value;
  const style: Intl.DateTimeFormatOptions = withTime && !calendarDay ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, calendarDay ? { ...style, timeZone: 'UTC' } : style).format(d);
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
