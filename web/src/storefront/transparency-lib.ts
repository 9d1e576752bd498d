/** Quarters as the report names them: 'YYYY-Qn', bounded in UTC like the server's figures. */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter an instant falls in (UTC, as the report counts). */
export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

/** The `count` quarters up to and including `latest`, newest first. */
export function recentQuarters(latest: string, count = 12): string[] {
  const m = QUARTER.exec(latest);
  if (!m) return [];
  let index = Number(m[1]) * 4 + Number(m[2]) - 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++, index--) out.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return out;
}

/** A quarter's parts for display. */
export function quarterParts(quarter: string): { year: string; q: string } {
  const m = QUARTER.exec(quarter);
  return { year: m?.[1] ?? quarter, q: m?.[2] ?? '' };
}

/** The last calendar day inside a period that ends (exclusively) at `to`, as 'YYYY-MM-DD'. */
export function lastDayBefore(to: string): string {
  return new Date(Date.parse(to) - 1).toISOString().slice(0, 10);
}
