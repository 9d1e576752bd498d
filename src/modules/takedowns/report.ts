// The quarterly transparency report of notice and takedown: public figures, no names.
import { badRequest } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import { median, quarterBounds } from './rules.ts';
import type { NoticeKind } from './schema.ts';

const KINDS: readonly NoticeKind[] = ['counterfeit', 'trademark', 'copyright', 'design'];

export interface TransparencyReport {
  quarter: string;
  from: string;
  to: string;
  notices_received: number;
  notices_by_kind: Record<NoticeKind, number>;
  listings_removed: number;
  /** Median hours from a notice's receipt to its listing coming down, over the quarter's notices. */
  median_hours_to_action: number | null;
  counter_notices: number;
  notices_upheld: number;
  reinstatements: number;
  notices_withdrawn: number;
  merchants_suspended: number;
}

/** The report for a quarter such as 2026-Q4 (UTC quarter bounds); each figure counts events inside it. */
export async function transparencyReport(ctx: Ctx, quarter: string): Promise<TransparencyReport> {
  const q = quarterBounds(quarter);
  if (!q) throw badRequest('invalid_quarter', 'quarter is YYYY-Qn, e.g. 2026-Q4');
  const inQ = <T extends { [k: string]: unknown }>(rows: T[], key: keyof T) =>
    rows.filter((r) => {
      const v = r[key];
      return v instanceof Date && v >= q.from && v < q.to;
    });
  const notices = await ctx.db
    .selectFrom('takedown_notices')
    .select(['product_id', 'kind', 'status', 'received_at', 'actioned_at', 'countered_at', 'decided_at'])
    .where((eb) =>
      eb.or([
        eb.and([eb('received_at', '>=', q.from), eb('received_at', '<', q.to)]),
        eb.and([eb('countered_at', '>=', q.from), eb('countered_at', '<', q.to)]),
        eb.and([eb('decided_at', '>=', q.from), eb('decided_at', '<', q.to)]),
      ]),
    )
    .execute();
  const received = inQ(notices, 'received_at');
  const decided = inQ(notices, 'decided_at');
  const suspended = await ctx.db
    .selectFrom('strike_suspensions')
    .select('merchant_id')
    .distinct()
    .where('suspended_at', '>=', q.from)
    .where('suspended_at', '<', q.to)
    .execute();
  const hours = received.map((n) => (n.actioned_at.getTime() - n.received_at.getTime()) / 3_600_000);
  const med = median(hours);
  return {
    quarter,
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    notices_received: received.length,
    notices_by_kind: Object.fromEntries(KINDS.map((k) => [k, received.filter((n) => n.kind === k).length])) as Record<NoticeKind, number>,
    listings_removed: new Set(inQ(notices, 'actioned_at').map((n) => n.product_id)).size,
    median_hours_to_action: med === null ? null : Math.round(med * 100) / 100,
    counter_notices: inQ(notices, 'countered_at').length,
    notices_upheld: decided.filter((n) => n.status === 'upheld').length,
    reinstatements: decided.filter((n) => n.status === 'reinstated').length,
    notices_withdrawn: decided.filter((n) => n.status === 'withdrawn').length,
    merchants_suspended: suspended.length,
  };
}

/** The report as CSV: one `metric,value` row per figure (kinds as `notices_<kind>`). */
export function reportCsv(r: TransparencyReport): string {
  const rows: Array<[string, string | number | null]> = [
    ['quarter', r.quarter],
    ['from', r.from],
    ['to', r.to],
    ['notices_received', r.notices_received],
    ...KINDS.map((k): [string, number] => [`notices_${k}`, r.notices_by_kind[k]]),
    ['listings_removed', r.listings_removed],
    ['median_hours_to_action', r.median_hours_to_action],
    ['counter_notices', r.counter_notices],
    ['notices_upheld', r.notices_upheld],
    ['reinstatements', r.reinstatements],
    ['notices_withdrawn', r.notices_withdrawn],
    ['merchants_suspended', r.merchants_suspended],
  ];
  return `metric,value\n${rows.map(([k, v]) => `${k},${v ?? ''}`).join('\n')}\n`;
}
