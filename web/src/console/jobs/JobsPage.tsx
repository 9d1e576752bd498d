import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorNotice, Loading } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useQuarterLabel } from './charts';
import { jobsApi } from './data';
import { FiguresSection } from './figures';
import { ProgressView } from './progress';
import { QUARTER, quarterIn, quarterOfDay, quartersBetween, shiftQuarter } from './quarters';
import { SettingsSection } from './settings';
import { StatusSection } from './status';
import './texts';

/**
 * The jobs ledger in the console: progress toward the promise (each figure with its method), the
 * run-rate, ranked lists by state and sector, a quarter's report status and per-merchant figures
 * (with CSV and JSON exports), and the programme's settings.
 */
export default function JobsPage() {
  const { t } = useTexts('jobs');
  const label = useQuarterLabel();
  const ids = { title: useId(), picker: useId() };
  const progress = useLoad(jobsApi.progress, []);
  const [params, setParams] = useSearchParams();
  // Saved settings change statuses and figures: their sections load again.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    document.title = `${t('console_title')} · Meridian`;
  }, [t]);

  // A quarter has ended for every merchant once it has ended in Hawaii, the last US zone to end it.
  const lastEnded = shiftQuarter(quarterIn(new Date(), 'Pacific/Honolulu'), -1);
  const start = progress.data ? quarterOfDay(progress.data.programme.start_date) : lastEnded;
  const options = quartersBetween(start, lastEnded);
  const asked = params.get('quarter') ?? '';
  const quarter = QUARTER.test(asked) ? asked : lastEnded;
  if (!options.includes(quarter)) options.push(quarter);

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('console_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('console_intro')}
      </p>
      <ErrorNotice error={progress.error} onRetry={progress.reload} />
      {progress.loading && !progress.data ? <Loading /> : progress.data && <ProgressView progress={progress.data} />}

      <div className="card row no-print">
        <label htmlFor={ids.picker}>{t('quarter')}</label>
        <select id={ids.picker} value={quarter} onChange={(e) => setParams({ quarter: e.target.value }, { replace: true })}>
          {options.map((q) => (
            <option key={q} value={q}>
              {label(q)}
            </option>
          ))}
        </select>
        <span className="muted small">{t('quarter_hint')}</span>
      </div>
      <StatusSection quarter={quarter} revision={revision} />
      <FiguresSection quarter={quarter} revision={revision} />
      <SettingsSection
        onSaved={() => {
          progress.reload();
          setRevision((n) => n + 1);
        }}
      />
    </section>
  );
}
