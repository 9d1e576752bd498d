import { useId } from 'react';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatMoney, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useQuarterLabel } from '../../console/jobs/charts';
import { jobsApi } from '../../console/jobs/data';
import { stateName } from '../../console/jobs/states';
import './texts';

/** Every version of a quarter's report, newest first: the current one and those a correction replaced. */
export function ReportHistory({ quarter, merchantId, version, onClose }: { quarter: string; merchantId: string | null; version: string; onClose: () => void }) {
  const { t, locale } = useTexts('jobs-merchant');
  const label = useQuarterLabel();
  const id = useId();
  const history = useLoad(() => jobsApi.history(quarter, merchantId), [quarter, merchantId, version]);
  const num = (n: number) => formatNumber(n, locale);
  const items = [...(history.data ?? [])].sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
  return (
    <section className="card stack" aria-labelledby={id} data-testid="jobs-history">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id={id} style={{ margin: 0 }}>
          {t('history_title', { quarter: label(quarter) })}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ErrorNotice error={history.error} onRetry={history.reload} />
      {history.loading && !history.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('history_none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('history_title', { quarter: label(quarter) })}>
          <table>
            <caption className="sr-only">{t('history_title', { quarter: label(quarter) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col_version')}</th>
                <th scope="col">{t('col_version_state')}</th>
                <th scope="col">{t('col_full_time')}</th>
                <th scope="col">{t('col_part_time')}</th>
                <th scope="col">{t('col_new_hires')}</th>
                <th scope="col">{t('col_state')}</th>
                <th scope="col">{t('col_total_revenue')}</th>
                <th scope="col">{t('col_attested')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-version={r.id}>
                  <th scope="row">{formatDate(r.created_at, locale, true)}</th>
                  <td>{r.superseded_at ? t('version_superseded') : t('version_current')}</td>
                  <td>{num(r.full_time)}</td>
                  <td>{num(r.part_time)}</td>
                  <td>{num(r.new_hires_attributed)}</td>
                  <td>{stateName(r.state, locale)}</td>
                  <td>{r.total_revenue ? formatMoney(r.total_revenue.amount, r.total_revenue.currency, locale) : '—'}</td>
                  <td>
                    {r.attested_name ? t('attested_line', { name: r.attested_name, at: r.attested_at ? formatDate(r.attested_at, locale, true) : '—' }) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
