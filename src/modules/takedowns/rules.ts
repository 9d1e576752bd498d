// Pure rules of notice and takedown: which step may follow which, strikes in a window, and the
// quarter arithmetic of the transparency report. No database here; service.ts applies them.
import type { NoticeStatus } from './schema.ts';

/** The steps a notice may take next from each state; decided notices are final. */
export const NEXT: Readonly<Record<NoticeStatus, readonly NoticeStatus[]>> = {
  actioned: ['countered', 'upheld', 'reinstated', 'withdrawn'],
  countered: ['upheld', 'reinstated', 'withdrawn'],
  upheld: [],
  reinstated: [],
  withdrawn: [],
};

/** Whether a notice in `from` may move to `to`. */
export function canMove(from: NoticeStatus, to: NoticeStatus): boolean {
  return NEXT[from].includes(to);
}

/** Notices that still keep their listing down. */
export const OPEN_STATUSES: readonly NoticeStatus[] = ['actioned', 'countered'];

export interface StrikePolicy {
  /** Strikes within the window that suspend a merchant (default 3). */
  limit: number;
  /** The window, in months back from now (default 12). */
  windowMonths: number;
}

/** The same instant `months` calendar months earlier (UTC), clamped to the month's last day. */
export function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * Strikes that count at `now`: not voided, and struck after the window's start (a strike exactly
 * `windowMonths` old has left the window).
 */
export function countingStrikes<T extends { struck_at: Date; voided_at: Date | null }>(strikes: readonly T[], now: Date, policy: StrikePolicy): T[] {
  const from = monthsBefore(now, policy.windowMonths).getTime();
  return strikes.filter((s) => s.voided_at === null && s.struck_at.getTime() > from && s.struck_at.getTime() <= now.getTime());
}

/** Whether the counting strikes reach the policy's limit. */
export function suspends(counting: number, policy: StrikePolicy): boolean {
  return counting >= policy.limit;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A quarter such as 2026-Q4 as its UTC instants [from, to); null when malformed. */
export function quarterBounds(quarter: string): { from: Date; to: Date } | null {
  const m = QUARTER.exec(quarter);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  return { from: new Date(Date.UTC(year, (q - 1) * 3, 1)), to: new Date(Date.UTC(year, q * 3, 1)) };
}

/** The quarter an instant falls in (UTC), e.g. 2026-Q4. */
export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

/** The median of numbers (mean of the middle two for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
