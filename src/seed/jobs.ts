import type { Ctx } from '../http/types.ts';
import { getSettings, putReport } from '../modules/jobs/service.ts';
import { addDays, dueOn, lastEndedQuarter, programmeQuarters, quarterDays, quartersFrom, startOfDay, compareQuarters } from '../modules/jobs/rules.ts';
import { zoneOf } from '../modules/jobs/zones.ts';
import { SYSTEM, type Actor } from '../shared/actor.ts';
import type { MerchantSeed } from './data/merchants.ts';

export interface JobsSeedSummary {
  /** Reports filed (one per merchant and quarter), by merchants, of which late; merchant-quarters left missing. */
  reports: number;
  merchants: number;
  late: number;
  missing: number;
}

export interface JobsSeedMerchant {
  seed: MerchantSeed;
  actor: Actor;
  currency: string;
}

/**
 * Quarterly jobs reports of the demo merchants, from the programme start to the last quarter
 * ended today, through the jobs service like any owner's report (each attested on its day).
 * Most verified merchants report; two never do (their headcount stays the application's); a few
 * reports come after the due day (late) and one merchant skips a quarter whose due day has passed
 * (missing). Headcounts start at the application's and grow by the new hires each quarter; total
 * revenue is headcount × a per-merchant revenue per person (one in six gives none: not estimable).
 */
export async function seedJobs(ctx: Ctx, merchants: JobsSeedMerchant[], today = new Date()): Promise<JobsSeedSummary> {
  const settings = await getSettings(ctx, SYSTEM);
  const last = lastEndedQuarter(today);
  const first = programmeQuarters(settings).first;
  const quarters = compareQuarters(last, first) < 0 ? [] : quartersFrom(first, last);
  const summary: JobsSeedSummary = { reports: 0, merchants: 0, late: 0, missing: 0 };
  const verified = merchants.filter((m) => m.seed.status === 'verified');
  // The merchant that skips a quarter: the last quarter whose due day has passed.
  const passed = quarters.filter((q) => dueOn(q, settings.report_due_days) < today.toISOString().slice(0, 10));
  const skipped = passed.at(-1);
  for (const [i, m] of verified.entries()) {
    if (i % 9 === 4) continue;
    const zone = zoneOf(m.seed.region);
    let headcount = m.seed.headcount;
    let filed = 0;
    for (const [qi, quarter] of quarters.entries()) {
      if (i === 2 && quarter === skipped) {
        summary.missing++;
        continue;
      }
      const hires = ((i + qi) % 4) + (m.seed.headcount >= 100 ? 2 : 0);
      headcount += hires;
      const late = i % 7 === 3 && (qi + i) % 3 === 0;
      const days = late ? settings.report_due_days + 4 + (i % 10) : 5 + ((i * 3 + qi) % 20);
      const attested = new Date(startOfDay(addDays(quarterDays(quarter).last, days), zone).getTime() + 17 * 3_600_000);
      // Not reported yet if its day is still to come.
      if (attested >= today) continue;
      const fullTime = Math.round(headcount * 0.78);
      const perPerson = 2_500_000 + (i % 5) * 300_000;
      await putReport(
        ctx,
        m.actor,
        quarter,
        {
          full_time: fullTime,
          part_time: headcount - fullTime,
          new_hires_attributed: hires,
          state: m.seed.region,
          total_revenue: i % 6 === 5 ? null : { amount: headcount * perPerson, currency: m.currency },
          attestation: { name: m.seed.contact_name, confirmed: true },
        },
        attested,
      );
      summary.reports++;
      if (late) summary.late++;
      filed++;
    }
    if (filed) summary.merchants++;
  }
  return summary;
}
