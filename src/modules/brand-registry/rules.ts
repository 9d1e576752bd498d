// The brand registry's rules as pure functions: what a valid application is, when a registration
// has lapsed, and which authorisation covers a sale. No database here; service.ts applies them.
import { badRequest } from '../../http/errors.ts';
import type { RegistrationStatus, TrademarkOffice } from './schema.ts';

export const OFFICES: readonly TrademarkOffice[] = ['USPTO', 'CNIPA', 'EUIPO', 'WIPO', 'other'];
export const STATUSES: readonly RegistrationStatus[] = ['pending', 'active', 'rejected', 'withdrawn', 'lapsed'];

/** Limits that keep one application a reasonable size. */
export const LIMITS = { name: 200, aliases: 50, evidence: 20, trademarks: 20, number: 40, officeName: 80, url: 2000 } as const;

/** Days are China Standard Time days, as the platform's reports are; CST has no daylight saving. */
export const REGISTRY_TIME_ZONE = 'Asia/Shanghai';

/** The calendar day in China of an instant, YYYY-MM-DD: the "today" that expiry is judged by. */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGISTRY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/**
 * A trademark is in force up to and including its expiry day. A registration lapses when every
 * trademark has expired, i.e. the latest expiry (`expiresOn`) is before `today`. Only an active
 * registration lapses; the stored status may lag (the job runs periodically), so readers use this.
 */
export function effectiveStatus(status: RegistrationStatus, expiresOn: string, today: string): RegistrationStatus {
  return status === 'active' && expiresOn < today ? 'lapsed' : status;
}

/** An absolute http(s) URL without credentials, or a 400 with `code`. */
export function checkHttpUrl(raw: string, code: string, what: string): string {
  const s = raw.trim();
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw badRequest(code, `${what} is not an absolute URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw badRequest(code, `${what} must be an http(s) URL`);
  if (u.username || u.password) throw badRequest(code, `${what} must not carry credentials`);
  if (s.length > LIMITS.url) throw badRequest(code, `${what} is longer than ${LIMITS.url} characters`);
  return u.toString();
}

function cleanName(raw: string, field: string, code = 'invalid_name'): string {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) throw badRequest(code, `${field} is empty`);
  if (s.length > LIMITS.name) throw badRequest(code, `${field} is longer than ${LIMITS.name} characters`);
  return s;
}

/** Trimmed aliases with inner spacing collapsed, repeats (ignoring case) and the brand's own names dropped. */
export function cleanAliases(raw: readonly string[], field: string, names: readonly string[]): string[] {
  if (raw.length > LIMITS.aliases) throw badRequest('too_many_aliases', `${field} has more than ${LIMITS.aliases} entries`);
  const seen = new Set(names.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const a of raw) {
    const s = cleanName(a, field, 'invalid_alias');
    if (seen.has(s.toLowerCase())) continue;
    seen.add(s.toLowerCase());
    out.push(s);
  }
  return out;
}

/** How trademark numbers are compared: upper case, letters and digits only ("us 1,234,567" = "US1234567"). */
export function numberKey(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
}

export interface TrademarkInput {
  office: string;
  office_name?: string | null | undefined;
  number: string;
  classes: readonly number[];
  expires_on: string;
}

export interface CleanTrademark {
  office: TrademarkOffice;
  office_name: string | null;
  number: string;
  number_key: string;
  classes: number[];
  expires_on: string;
}

/** Checks one trademark registration; `at` names it in messages. Its expiry may not be before `today`. */
export function cleanTrademark(t: TrademarkInput, today: string, at: string): CleanTrademark {
  if (!(OFFICES as readonly string[]).includes(t.office))
    throw badRequest('invalid_trademark_office', `${at}.office is one of ${OFFICES.join(', ')}`, { office: t.office });
  const office = t.office as TrademarkOffice;
  const officeName = t.office_name?.trim() || null;
  if (office === 'other' && !officeName) throw badRequest('office_name_required', `${at}.office_name names the office when office is "other"`);
  if (office !== 'other' && officeName) throw badRequest('office_name_not_allowed', `${at}.office_name is only for office "other"`);
  if (officeName && officeName.length > LIMITS.officeName) throw badRequest('invalid_office_name', `${at}.office_name is too long`);
  const number = t.number.trim();
  const key = numberKey(number);
  if (!key || number.length > LIMITS.number)
    throw badRequest('invalid_trademark_number', `${at}.number needs letters or digits, at most ${LIMITS.number} characters`);
  if (t.classes.length === 0) throw badRequest('nice_classes_required', `${at}.classes lists at least one Nice class`);
  for (const c of t.classes)
    if (!Number.isInteger(c) || c < 1 || c > 45) throw badRequest('invalid_nice_class', `${at}.classes: Nice classes are 1 to 45, not ${c}`, { class: c });
  if (!isCalendarDate(t.expires_on)) throw badRequest('invalid_expiry', `${at}.expires_on is a calendar day, YYYY-MM-DD`);
  if (t.expires_on < today)
    throw badRequest('trademark_expired', `${at} expired on ${t.expires_on}; register trademarks in force`, { expires_on: t.expires_on, today });
  return { office, office_name: officeName, number, number_key: key, classes: [...new Set(t.classes)].sort((a, b) => a - b), expires_on: t.expires_on };
}

/** Checks a list of trademarks: at least one, no registration twice; returns them and the latest expiry. */
export function cleanTrademarks(list: readonly TrademarkInput[], today: string): { trademarks: CleanTrademark[]; expires_on: string } {
  if (list.length === 0) throw badRequest('trademark_required', 'List at least one trademark registration');
  if (list.length > LIMITS.trademarks) throw badRequest('too_many_trademarks', `At most ${LIMITS.trademarks} trademarks per application`);
  const trademarks = list.map((t, i) => cleanTrademark(t, today, `trademarks[${i}]`));
  const seen = new Set<string>();
  for (const t of trademarks) {
    const k = `${t.office}|${t.office_name ?? ''}|${t.number_key}`;
    if (seen.has(k)) throw badRequest('duplicate_trademark', `${t.office} ${t.number} is listed twice`);
    seen.add(k);
  }
  return {
    trademarks,
    expires_on: trademarks
      .map((t) => t.expires_on)
      .sort()
      .at(-1)!,
  };
}

/** Evidence files by URL: at least one. */
export function cleanEvidence(urls: readonly string[]): string[] {
  if (urls.length === 0) throw badRequest('evidence_required', 'Give at least one evidence file URL (registration certificate)');
  if (urls.length > LIMITS.evidence) throw badRequest('too_many_evidence_urls', `At most ${LIMITS.evidence} evidence URLs`);
  return [...new Set(urls.map((u, i) => checkHttpUrl(u, 'invalid_evidence_url', `evidence_urls[${i}]`)))];
}

export interface ApplicationInput {
  name_en: string;
  name_zh: string;
  aliases_en?: readonly string[] | undefined;
  aliases_zh?: readonly string[] | undefined;
  logo_url?: string | null | undefined;
  evidence_urls: readonly string[];
  trademarks: readonly TrademarkInput[];
}

/** The clean form of a whole application, or the first fault as a 400 with its code. */
export function cleanApplication(input: ApplicationInput, today: string) {
  const name_en = cleanName(input.name_en, 'name_en');
  const name_zh = cleanName(input.name_zh, 'name_zh');
  const names = [name_en, name_zh];
  const { trademarks, expires_on } = cleanTrademarks(input.trademarks, today);
  return {
    name_en,
    name_zh,
    aliases_en: cleanAliases(input.aliases_en ?? [], 'aliases_en', names),
    aliases_zh: cleanAliases(input.aliases_zh ?? [], 'aliases_zh', names),
    logo_url: input.logo_url ? checkHttpUrl(input.logo_url, 'invalid_logo_url', 'logo_url') : null,
    evidence_urls: cleanEvidence(input.evidence_urls),
    trademarks,
    expires_on,
  };
}

/** A seller's authorisation scope; null means any product line or any country. */
export interface SellerScope {
  category_id: string | null;
  country: string | null;
}

/** What a sale is: its product line as a category path (the category, its parent, … the root) and its country. */
export interface SaleScope {
  categoryPath?: readonly string[] | undefined;
  country?: string | undefined;
}

/**
 * Whether one authorisation covers a sale. A scoped authorisation covers only a sale known to be
 * in its scope: one for "jeans" covers a sale in jeans or a sub-category of it, not a sale whose
 * category is unknown; one for CN covers sales in CN, not sales whose country is unknown.
 */
export function covers(seller: SellerScope, sale: SaleScope): boolean {
  if (seller.category_id !== null && !(sale.categoryPath ?? []).includes(seller.category_id)) return false;
  if (seller.country !== null && sale.country !== seller.country) return false;
  return true;
}
