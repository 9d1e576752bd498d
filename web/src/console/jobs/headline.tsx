import { formatDate, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useQuarterLabel } from './charts';
import type { Progress } from './data';
import './texts';

/** The share of a target reached, as a percentage with one decimal (never rounded up to 100). */
function percent(value: number, target: number, locale: string): string {
  if (target <= 0) return '—';
  const share = Math.floor((value / target) * 1000) / 1000;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(share);
}

function Figure({ id, label, value, sub, method }: { id: string; label: string; value: string; sub?: string; method: string }) {
  const { t } = useTexts('jobs');
  return (
    <div className="stat stack" data-figure={id} style={{ gap: '0.25rem' }}>
      <div className="stat-value" data-value>
        {value}
      </div>
      <div className="stat-label">{label}</div>
      {sub && <div className="small">{sub}</div>}
      <p className="small muted" style={{ margin: 0 }}>
        <strong>{t('method')}</strong> {method}
      </p>
    </div>
  );
}

/**
 * Progress toward the promise to date: reported new hires and small businesses against their targets,
 * and next to them (never added to them) the latest quarter's jobs-supported estimate, each with its method.
 */
export function Headline({ progress, headingId }: { progress: Pick<Progress, 'programme' | 'to_date'>; headingId: string }) {
  const { t, locale } = useTexts('jobs');
  const label = useQuarterLabel();
  const { programme, to_date: d } = progress;
  const num = (n: number) => formatNumber(n, locale);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('headline_title')}</h2>
      <p className="muted" style={{ margin: 0 }}>
        {t('headline_programme', {
          start: formatDate(programme.start_date, locale),
          end: formatDate(programme.end_date, locale),
          jobs: num(programme.target_jobs),
          businesses: num(programme.target_businesses),
        })}
      </p>
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))' }}>
        <Figure
          id="reported_new_hires"
          label={t('fig_reported_new_hires')}
          value={num(d.reported_new_hires)}
          sub={t('of_target', { target: num(programme.target_jobs), percent: percent(d.reported_new_hires, programme.target_jobs, locale) })}
          method={t('method_reported_new_hires')}
        />
        <Figure
          id="jobs_supported"
          label={d.latest_quarter ? t('fig_jobs_supported', { quarter: label(d.latest_quarter) }) : t('fig_jobs_supported_none')}
          value={d.jobs_supported_latest === null ? t('not_estimable') : num(d.jobs_supported_latest)}
          sub={t('estimate_not_added')}
          method={t('method_jobs_supported')}
        />
        <Figure
          id="small_businesses"
          label={t('fig_small_businesses')}
          value={num(d.small_businesses)}
          sub={t('of_target', { target: num(programme.target_businesses), percent: percent(d.small_businesses, programme.target_businesses, locale) })}
          method={t('method_small_business')}
        />
      </div>
    </section>
  );
}
