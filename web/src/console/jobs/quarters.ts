/** Quarter ids as the jobs ledger names them: 'YYYY-Qn' (calendar quarters in a US state's time zone). */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

const index = (quarter: string): number | null => {
  const m = QUARTER.exec(quarter);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
};
const fromIndex = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

/** The quarter a calendar day ('YYYY-MM-DD') falls in. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter an instant falls in, in an IANA time zone. */
export function quarterIn(at: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return quarterOfDay(day);
}

/** The quarter before (n = -1) or after (n = 1) another. */
export function shiftQuarter(quarter: string, n: number): string {
  const i = index(quarter);
  return i === null ? quarter : fromIndex(i + n);
}

/** Every quarter from `first` to `last`, both included, newest first (at most `max`). */
export function quartersBetween(first: string, last: string, max = 80): string[] {
  const a = index(first);
  const b = index(last);
  if (a === null || b === null) return [];
  const out: string[] = [];
  for (let i = b; i >= a && out.length < max; i--) out.push(fromIndex(i));
  return out;
}

/** A quarter's parts for display ('{{year}} Q{{q}}'). */
export function quarterParts(quarter: string): { year: string; q: string } {
  const m = QUARTER.exec(quarter);
  return { year: m?.[1] ?? quarter, q: m?.[2] ?? '' };
}
