import { useId } from 'react';
import { formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { BusinessesLineChart, JobsLineChart, RankedChart } from './charts';
import type { Progress } from './data';
import { Headline } from './headline';
import { stateName } from './states';
import '../texts';
import './texts';

/** What it takes to reach the targets: the run-rate needed per quarter next to the current one. */
function RunRate({ progress }: { progress: Progress }) {
  const { t, locale } = useTexts('jobs');
  const id = useId();
  const r = progress.run_rate;
  const num = (n: number) => formatNumber(Math.round(n * 100) / 100, locale);
  const rows = [
    { key: 'jobs', label: t('rr_jobs'), needed: r.jobs_needed_per_quarter, current: r.jobs_current_per_quarter },
    { key: 'businesses', label: t('rr_businesses'), needed: r.businesses_needed_per_quarter, current: r.businesses_current_per_quarter },
  ];
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('rr_title')}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('rr_method', { n: formatNumber(r.quarters_left, locale) })}
      </p>
      <div className="table-wrap">
        <table data-testid="run-rate">
          <caption className="sr-only">{t('rr_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rr_figure')}</th>
              <th scope="col">{t('rr_needed')}</th>
              <th scope="col">{t('rr_current')}</th>
              <th scope="col">{t('rr_gap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{num(row.needed)}</td>
                <td>{num(row.current)}</td>
                <td>{row.current >= row.needed ? t('rr_on_track') : t('rr_short', { n: num(row.needed - row.current) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The console's view of progress: headline with methods, the lines toward the targets, run-rate, and ranked lists. */
export function ProgressView({ progress }: { progress: Progress }) {
  const { t, locale } = useTexts('jobs');
  const sectors = useTexts('console');
  const headline = useId();
  return (
    <>
      <Headline progress={progress} headingId={headline} />
      <RunRate progress={progress} />
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 460px), 1fr))' }}>
        <JobsLineChart quarters={progress.quarters} target={progress.programme.target_jobs} />
        <BusinessesLineChart quarters={progress.quarters} target={progress.programme.target_businesses} />
      </div>
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 460px), 1fr))' }}>
        <RankedChart
          title={t('by_state_title')}
          desc={t('by_state_desc')}
          keyHead={t('col_state')}
          rows={progress.by_state}
          keyOf={(r) => r.state}
          nameOf={(r) => stateName(r.state, locale)}
          testId="by-state"
        />
        <RankedChart
          title={t('by_sector_title')}
          desc={t('by_sector_desc')}
          keyHead={t('col_sector')}
          rows={progress.by_sector}
          keyOf={(r) => r.sector}
          nameOf={(r) => sectors.t(`sector_${r.sector}`, { defaultValue: r.sector })}
          testId="by-sector"
        />
      </div>
    </>
  );
}
