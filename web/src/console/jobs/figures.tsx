import { useId } from 'react';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatMoney, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useAction } from '../../shared/action';
import { useQuarterLabel } from './charts';
import { type Figures, jobsApi } from './data';
import { saveBlob } from '../../shared/download';
import { stateName } from './states';
import '../texts';
import './texts';

/** The per-merchant figures of a quarter, with totals that are the sums of the rows, and the CSV and JSON exports. */
export function FiguresSection({ quarter, revision = 0 }: { quarter: string; revision?: number }) {
  const { t, locale } = useTexts('jobs');
  const sectors = useTexts('console');
  const label = useQuarterLabel();
  const id = useId();
  const figures = useLoad(() => jobsApi.figures(quarter), [quarter, revision]);
  const download = useAction();
  const f: Figures | undefined = figures.data?.quarter === quarter ? figures.data : undefined;
  const num = (n: number | null) => (n === null ? t('not_estimable') : formatNumber(n, locale));
  const yes = (b: boolean) => (b ? t('yes') : t('no'));
  const share = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n));

  const csv = () =>
    download.run(async () => {
      saveBlob(new Blob([await jobsApi.figuresCsv(quarter)], { type: 'text/csv;charset=utf-8' }), `jobs-figures-${quarter}.csv`);
      return t('downloaded', { file: `jobs-figures-${quarter}.csv` });
    });
  const json = () =>
    download.run(async () => {
      const data = await jobsApi.figures(quarter);
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `jobs-figures-${quarter}.json`);
      return t('downloaded', { file: `jobs-figures-${quarter}.json` });
    });

  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('figures_title', { quarter: label(quarter) })}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('figures_intro')}
      </p>
      <div className="row no-print">
        <button type="button" className="secondary" disabled={download.busy} onClick={() => void csv()}>
          {t('download_csv', { quarter: label(quarter) })}
        </button>
        <button type="button" className="secondary" disabled={download.busy} onClick={() => void json()}>
          {t('download_json', { quarter: label(quarter) })}
        </button>
      </div>
      <ErrorNotice error={download.error} />
      {download.note && (
        <p className="notice notice-ok" role="status">
          {download.note}
        </p>
      )}
      <ErrorNotice error={figures.error} onRetry={figures.reload} />
      {!f ? (
        !figures.error && <Loading />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('figures_title', { quarter: label(quarter) })}>
          <table data-testid="figures-table">
            <caption className="sr-only">{t('figures_title', { quarter: label(quarter) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col_merchant')}</th>
                <th scope="col">{t('col_state')}</th>
                <th scope="col">{t('col_sector')}</th>
                <th scope="col">{t('col_headcount')}</th>
                <th scope="col">{t('col_small_business')}</th>
                <th scope="col">{t('col_active')}</th>
                <th scope="col">{t('col_platform_revenue')}</th>
                <th scope="col">{t('col_total_revenue')}</th>
                <th scope="col">{t('col_share')}</th>
                <th scope="col">{t('col_jobs_supported')}</th>
                <th scope="col">{t('col_reported_new_hires')}</th>
                <th scope="col">{t('col_status')}</th>
                <th scope="col">{t('col_counted')}</th>
              </tr>
            </thead>
            <tbody>
              {f.items.map((r) => (
                <tr key={r.merchant_id} data-merchant={r.merchant_id}>
                  <th scope="row">{r.display_name}</th>
                  <td>{stateName(r.state, locale)}</td>
                  <td>{sectors.t(`sector_${r.sector}`, { defaultValue: r.sector })}</td>
                  <td data-col="headcount">
                    <span data-value>{num(r.headcount)}</span>
                    <div className="small muted">{t(`source_${r.headcount_source}`, { defaultValue: r.headcount_source })}</div>
                  </td>
                  <td data-col="small_business">
                    {yes(r.small_business)}
                    <div className="small muted">{t('limit', { n: formatNumber(r.size_limit, locale) })}</div>
                  </td>
                  <td data-col="active">
                    {yes(r.active)}
                    <div className="small muted">{t('paid_orders', { n: formatNumber(r.paid_orders, locale) })}</div>
                  </td>
                  <td>{formatMoney(r.platform_revenue.amount, r.platform_revenue.currency, locale)}</td>
                  <td>{r.total_revenue ? formatMoney(r.total_revenue.amount, r.total_revenue.currency, locale) : '—'}</td>
                  <td>{share(r.revenue_share)}</td>
                  <td data-col="jobs_supported">{num(r.jobs_supported)}</td>
                  <td data-col="new_hires_attributed">{num(r.new_hires_attributed)}</td>
                  <td data-col="report_status">{t(`status_${r.report_status}`, { defaultValue: r.report_status })}</td>
                  <td data-col="counts_toward_promise">{yes(r.counts_toward_promise)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="figures-totals">
                <th scope="row">{t('totals')}</th>
                <td colSpan={4} data-col="small_businesses_active">
                  {t('totals_small_active', { n: formatNumber(f.totals.small_businesses_active, locale) })}
                </td>
                <td colSpan={4} data-col="not_estimable">
                  {t('totals_not_estimable', { n: formatNumber(f.totals.not_estimable, locale) })}
                </td>
                <td data-col="jobs_supported">{num(f.totals.jobs_supported)}</td>
                <td data-col="new_hires_attributed">{num(f.totals.reported_new_hires)}</td>
                <td colSpan={2} data-col="counted">
                  {t('totals_counted', { n: formatNumber(f.totals.counted, locale), of: formatNumber(f.totals.merchants, locale) })}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
