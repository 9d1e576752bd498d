import { useEffect, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatMoney, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useSession } from '../../shared/session';
import { useQuarterLabel } from '../../console/jobs/charts';
import { type JobsReport, jobsApi } from '../../console/jobs/data';
import { quarterIn, quarterOfDay, quartersBetween, shiftQuarter } from '../../console/jobs/quarters';
import { isUsState, stateName, stateZone } from '../../console/jobs/states';
import { useScope } from '../scope';
import { ReportHistory } from './history';
import { ReportForm } from './report-form';
import '../../console/jobs/texts';
import './texts';

/** The programme's start (public); without it, the quarters the merchant has reported. */
async function programmeStart(): Promise<string | null> {
  try {
    return (await jobsApi.publicProgress()).programme.start_date;
  } catch {
    return null;
  }
}

/**
 * The merchant's jobs reports: every quarter since the programme started with its report and status,
 * the form to file or correct a quarter (owners), and a quarter's history of versions.
 */
export default function JobsReports() {
  const { t, locale } = useTexts('jobs-merchant');
  const jobs = useTexts('jobs');
  const label = useQuarterLabel();
  const { me } = useSession();
  const { role, merchantId } = useScope();
  const ids = { title: useId(), list: useId() };
  const canFile = role === 'merchant' && me?.merchant_role === 'owner';
  const who = role === 'operator' ? merchantId : null;

  const reports = useLoad(async () => (merchantId ? jobsApi.reports(who ? { merchant_id: who } : {}) : []), [merchantId, who]);
  const merchant = useLoad(
    async () => (merchantId ? unwrap(await api.GET('/api/merchants/{id}', { params: { path: { id: merchantId } } })) : null),
    [merchantId],
  );
  const start = useLoad(programmeStart, []);
  const region = merchant.data?.region ?? '';
  const zone = stateZone(region);
  const current = quarterIn(new Date(), zone);
  const lastEnded = shiftQuarter(current, -1);
  const list: JobsReport[] = reports.data ?? [];
  const first = start.data ? quarterOfDay(start.data) : (list.map((r) => r.quarter).sort()[0] ?? lastEnded);
  const quarters = quartersBetween(first, current);
  const [quarter, setQuarter] = useState<string | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const chosen = quarter && quarters.includes(quarter) ? quarter : quarters.includes(lastEnded) ? lastEnded : (quarters[0] ?? lastEnded);
  useEffect(() => {
    document.title = `${t('title')} · Meridian`;
  }, [t]);

  const byQuarter = new Map(list.map((r) => [r.quarter, r]));
  const num = (n: number) => formatNumber(n, locale);
  const statusText = (q: string, r: JobsReport | undefined) => {
    if (!r) return q === current ? t('status_none_current') : t('status_none');
    if (r.source === 'application') return t('source_application');
    return t(`status_${r.status}`, { defaultValue: jobs.t(`status_${r.status}`, { defaultValue: r.status }) });
  };
  const open = (q: string) => {
    setQuarter(q);
    document.getElementById('jobs-report-form')?.scrollIntoView({ block: 'start' });
  };

  if (!merchantId) return <p className="notice">{t('pick_merchant')}</p>;
  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('intro')}
      </p>
      {role === 'brand_owner' && <p className="notice">{t('readonly_brand')}</p>}
      {role === 'merchant' && !canFile && <p className="notice">{t('readonly_staff')}</p>}
      <ErrorNotice error={reports.error ?? merchant.error} onRetry={reports.reload} />

      <section className="card stack" aria-labelledby={ids.list}>
        <h2 id={ids.list}>{t('quarters_title')}</h2>
        <p className="muted small" style={{ margin: 0 }}>
          {t('quarters_intro', { days: 30 })}
        </p>
        {reports.loading && !reports.data ? (
          <Loading />
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('quarters_title')}>
            <table data-testid="jobs-reports">
              <caption className="sr-only">{t('quarters_title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col_quarter')}</th>
                  <th scope="col">{t('col_status')}</th>
                  <th scope="col">{t('col_full_time')}</th>
                  <th scope="col">{t('col_part_time')}</th>
                  <th scope="col">{t('col_new_hires')}</th>
                  <th scope="col">{t('col_state')}</th>
                  <th scope="col">{t('col_total_revenue')}</th>
                  <th scope="col">{t('col_attested')}</th>
                  <th scope="col">{t('col_actions')}</th>
                </tr>
              </thead>
              <tbody>
                {quarters.map((q) => {
                  const r = byQuarter.get(q);
                  return (
                    <tr key={q} data-quarter={q} data-status={r ? (r.source === 'application' ? 'application' : r.status) : 'none'}>
                      <th scope="row">{label(q)}</th>
                      <td>{statusText(q, r)}</td>
                      <td>{r ? num(r.full_time) : '—'}</td>
                      <td>{r ? num(r.part_time) : '—'}</td>
                      <td>{r ? num(r.new_hires_attributed) : '—'}</td>
                      <td>{r ? stateName(r.state, locale) : '—'}</td>
                      <td>{r?.total_revenue ? formatMoney(r.total_revenue.amount, r.total_revenue.currency, locale) : '—'}</td>
                      <td>
                        {r?.attested_name
                          ? t('attested_line', { name: r.attested_name, at: r.attested_at ? formatDate(r.attested_at, locale, true) : '—' })
                          : '—'}
                      </td>
                      <td>
                        <div className="row" style={{ gap: '0.25rem' }}>
                          {canFile && (
                            <button type="button" className="link" onClick={() => open(q)}>
                              {r && r.source === 'report' ? t('correct', { quarter: label(q) }) : t('file', { quarter: label(q) })}
                            </button>
                          )}
                          {r && r.source === 'report' && (
                            <button type="button" className="link" onClick={() => setHistory(q)}>
                              {t('history', { quarter: label(q) })}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {history && <ReportHistory quarter={history} merchantId={who} version={byQuarter.get(history)?.id ?? ''} onClose={() => setHistory(null)} />}
      {canFile && reports.data && (
        <ReportForm
          quarter={chosen}
          quarters={quarters}
          onQuarter={setQuarter}
          reports={list}
          defaultState={isUsState(region) ? region.toUpperCase() : ''}
          currency={merchant.data?.default_currency ?? 'USD'}
          onFiled={reports.reload}
        />
      )}
    </section>
  );
}
