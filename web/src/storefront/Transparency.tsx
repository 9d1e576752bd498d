import { useEffect, useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useLoad } from '../shared/load';
import { lastDayBefore, QUARTER, quarterOf, quarterParts, recentQuarters } from './transparency-lib';
import { type Report, ReportTable } from './transparency-table';
import './transparency-page.css';
import './transparency-texts';

/** The public transparency report of notice and takedown: pick a quarter, read its figures, download them as CSV. */
export default function Transparency() {
  const { t, locale } = useTexts('transparency');
  const [params, setParams] = useSearchParams();
  const current = quarterOf(new Date());
  const asked = params.get('quarter') ?? '';
  const quarter = QUARTER.test(asked) ? asked : current;
  const options = recentQuarters(current);
  if (!options.includes(quarter)) options.unshift(quarter);
  const label = (q: string) => t('quarter_option', quarterParts(q));
  const ids = { picker: useId() };

  // JSON (the route's other answer, CSV, is only given with format=csv).
  const report = useLoad(async () => unwrap(await api.GET('/api/transparency/takedowns', { params: { query: { quarter } } })) as Report, [quarter]);
  useEffect(() => {
    document.title = `${t('title')} · Meridian`;
  }, [t]);

  const r = report.data && report.data.quarter === quarter ? report.data : undefined;
  const csv = `/api/transparency/takedowns?quarter=${encodeURIComponent(quarter)}&format=csv`;
  return (
    <div className="tr-page stack">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="row">
        <label htmlFor={ids.picker}>{t('quarter')}</label>
        <select id={ids.picker} value={quarter} onChange={(e) => setParams({ quarter: e.target.value }, { replace: true })}>
          {options.map((q) => (
            <option key={q} value={q}>
              {label(q)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={report.error} onRetry={report.reload} />
      {!r ? (
        !report.error && <Loading />
      ) : (
        <>
          <p className="muted" data-testid="tr-period">
            {t('period', { from: formatDate(r.from.slice(0, 10), locale), to: formatDate(lastDayBefore(r.to), locale) })}
          </p>
          <ReportTable report={r} caption={t('figures', { quarter: label(r.quarter) })} />
          <p>
            <a href={csv} download={`takedowns-${quarter}.csv`}>
              {t('csv', { quarter: label(quarter) })}
            </a>
            <br />
            <span className="muted small">{t('csv_note')}</span>
          </p>
        </>
      )}
    </div>
  );
}
