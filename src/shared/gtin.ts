/**
 * GS1 Global Trade Item Numbers. GTIN-8, -12 (UPC-A), -13 (EAN) and -14 are one number space:
 * each is the 14-digit form with leading zeros dropped, so we store and compare the 14-digit form
 * (as GS1 Digital Link and AI (01) do) and only shorten it for people.
 */

const LENGTHS = new Set([8, 12, 13, 14]);

/**
 * The GS1 mod-10 check digit of `body` (the digits before the check digit): from the right,
 * digits are weighted 3, 1, 3, 1...; the check digit brings the sum up to a multiple of ten.
 */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new TypeError(`GTIN body must be digits, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The 14-digit form of a GTIN-8/12/13/14 whose check digit is right, else null. Surrounding
 * whitespace is ignored; anything but digits (or another length) is refused, as is all-zeros,
 * which passes the check digit but names no trade item.
 */
export function normaliseGtin(input: string): string | null {
  const s = input.trim();
  if (!LENGTHS.has(s.length) || !/^\d+$/.test(s)) return null;
  if (/^0+$/.test(s)) return null;
  if (gtinCheckDigit(s.slice(0, -1)) !== Number(s.at(-1))) return null;
  return s.padStart(14, '0');
}

/**
 * The shortest usual form of a 14-digit GTIN: GTIN-8 (GS1 reserves the GTIN-13 prefix 00000
 * for GTIN-8 numbers, so six leading zeros mean GTIN-8), else GTIN-12, GTIN-13 or GTIN-14.
 */
export function displayGtin(g14: string): string {
  if (!/^\d{14}$/.test(g14)) throw new TypeError(`Expected a 14-digit GTIN, got "${g14}"`);
  if (g14.startsWith('000000')) return g14.slice(6);
  if (g14.startsWith('00')) return g14.slice(2);
  if (g14.startsWith('0')) return g14.slice(1);
  return g14;
}
