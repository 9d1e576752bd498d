/**
 * Resident identity card numbers of the People's Republic of China (GB 11643-1999, 公民身份号码):
 * 18 characters = 6-digit administrative division code + 8-digit birth date (YYYYMMDD) + 3-digit
 * sequence + one check character (ISO 7064 MOD 11-2: a digit or X). Cross-border retail orders
 * must declare the buyer's real name and this number (财关税〔2016〕18号, 海关总署公告2018年第194号).
 */

export type ResidentIdResult =
  { ok: true; normalized: string; birth_date: string; region: string } | { ok: false; code: 'id_number_format' | 'id_number_birth_date' | 'id_number_check' };

/** Birth dates before this are refused: no living resident has one. */
const EARLIEST_BIRTH = '1900-01-01';

/**
 * ISO 7064 MOD 11-2 check character for the first 17 digits: weights W_i = 2^(17-i) mod 11 for
 * i = 0..16 from the left (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), check = (12 - Σ mod 11) mod 11,
 * where 10 is written X.
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('The check character is computed over 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** True when y-m-d is a real day of the Gregorian calendar (29 February only in leap years). */
function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** Today's date in China (Asia/Shanghai), YYYY-MM-DD: a number issued there cannot be born later. */
function chinaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Checks a resident ID number: 18 characters (surrounding spaces ignored), 17 digits and a digit
 * or X (a lower-case x is accepted and written upper case), a real birth date between 1900-01-01
 * and today (China time), and the MOD 11-2 check character. `now` is for tests.
 */
export function validateResidentId(s: string, now: Date = new Date()): ResidentIdResult {
  const normalized = s.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, code: 'id_number_format' };
  const y = Number(normalized.slice(6, 10));
  const m = Number(normalized.slice(10, 12));
  const d = Number(normalized.slice(12, 14));
  const birth = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  // ISO dates compare correctly as strings.
  if (!isRealDate(y, m, d) || birth < EARLIEST_BIRTH || birth > chinaToday(now)) return { ok: false, code: 'id_number_birth_date' };
  if (residentIdCheckChar(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, code: 'id_number_check' };
  return { ok: true, normalized, birth_date: birth, region: normalized.slice(0, 6) };
}

/** What people see of an ID number: the first 4 and last 4 characters, the rest '*'. */
export function maskResidentId(s: string): string {
  const n = s.trim().toUpperCase();
  if (n.length <= 8) return '*'.repeat(n.length);
  return n.slice(0, 4) + '*'.repeat(n.length - 8) + n.slice(-4);
}

/** Middle dots people type between the parts of a transliterated name (e.g. 买买提·艾力). */
const NAME_DOTS = /[\u00B7\u2022\u2027\u30FB\u2219\u22C5]/g;

/** A name as compared: NFKC (full-width → half-width), one kind of middle dot, spaces collapsed, lower case. */
export function normalizeName(s: string): string {
  return s.normalize('NFKC').replace(NAME_DOTS, '·').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * True when two names are the same person's name as written on an ID: surrounding and repeated
 * spaces ignored, Latin letters case-insensitive, full-width and half-width forms the same.
 */
export function sameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  return x !== '' && x === normalizeName(b);
}
