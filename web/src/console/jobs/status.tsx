import { useId } from 'react';
import { ErrorNotice, Loading, Stat } from '../../shared/components';
import { formatDate, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useQuarterLabel } from './charts';
import { jobsApi, type ReportStatus } from './data';
import { stateName } from './states';
import './texts';

const STATUSES: ReportStatus[] = ['on_time', 'late', 'missing', 'due'];

/** Who reported a quarter on time, late, not at all, or is still within the due date; the late and missing by name. */
export function StatusSection({ quarter, revision = 0 }: { quarter: string; revision?: number }) {
  const { t, locale } = useTexts('jobs');
  const label = useQuarterLabel();
  const id = useId();
  const status = useLoad(() => jobsApi.status(quarter), [quarter, revision]);
  const s = status.data?.quarter === quarter ? status.data : undefined;
  const open = s ? s.items.filter((i) => i.status !== 'on_time') : [];
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('status_title', { quarter: label(quarter) })}</h2>
      <ErrorNotice error={status.error} onRetry={status.reload} />
      {!s ? (
        !status.error && <Loading />
      ) : (
        <>
          <p className="muted small" style={{ margin: 0 }}>
            {t('status_due_on', { date: formatDate(s.due_on, locale) })}
          </p>
          <div className="grid" data-testid="status-counts" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' }}>
            {STATUSES.map((k) => (
              <div key={k} data-status={k}>
                <Stat label={t(`status_${k}`)} value={formatNumber(s.counts[k], locale)} />
              </div>
            ))}
          </div>
          {open.length === 0 ? (
            <p className="muted">{t('status_all_on_time')}</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="status-list">
                <caption>{t('status_list_caption', { quarter: label(quarter) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col_merchant')}</th>
                    <th scope="col">{t('col_state')}</th>
                    <th scope="col">{t('col_status')}</th>
                    <th scope="col">{t('col_attested_at')}</th>
                  </tr>
                </thead>
                <tbody>
                  {open.map((i) => (
                    <tr key={i.merchant_id} data-merchant={i.merchant_id} data-status={i.status}>
                      <th scope="row">{i.display_name}</th>
                      <td>{stateName(i.state, locale)}</td>
                      <td>
                        <span className="badge">{t(`status_${i.status}`)}</span>
                      </td>
                      <td>{i.attested_at ? formatDate(i.attested_at, locale, true) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
