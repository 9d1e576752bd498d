import { useEffect, useId } from 'react';
import { BusinessesLineChart, JobsLineChart, RankedChart } from '../console/jobs/charts';
import { jobsApi } from '../console/jobs/data';
import { Headline } from '../console/jobs/headline';
import { stateName } from '../console/jobs/states';
import { ErrorNotice, Loading } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useLoad } from '../shared/load';
import '../console/jobs/texts';
import './impact-texts';

const TOP = 10;

/** The public summary of the jobs promise: progress to date with methods, the quarterly line toward the target, top states. */
export default function ImpactPage() {
  const { t, locale } = useTexts('impact');
  const jobs = useTexts('jobs');
  const ids = { title: useId(), headline: useId(), about: useId() };
  const summary = useLoad(jobsApi.publicProgress, []);
  useEffect(() => {
    document.title = `${t('title')} · Meridian`;
  }, [t]);
  const s = summary.data;
  return (
    <div className="stack" style={{ maxWidth: '72rem' }}>
      <h1 id={ids.title}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ErrorNotice error={summary.error} onRetry={summary.reload} />
      {!s ? (
        !summary.error && <Loading />
      ) : (
        <>
          <Headline progress={s} headingId={ids.headline} />
          {s.quarters.length === 0 ? (
            <p className="muted">{t('no_data')}</p>
          ) : (
            <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 460px), 1fr))' }}>
              <JobsLineChart quarters={s.quarters} target={s.programme.target_jobs} />
              <BusinessesLineChart quarters={s.quarters} target={s.programme.target_businesses} />
            </div>
          )}
          {s.by_state.length > 0 && (
            <RankedChart
              title={t('top_states')}
              desc={t('top_states_desc')}
              keyHead={jobs.t('col_state')}
              rows={[...s.by_state].sort((a, b) => b.reported_new_hires - a.reported_new_hires).slice(0, TOP)}
              keyOf={(r) => r.state}
              nameOf={(r) => stateName(r.state, locale)}
              testId="top-states"
            />
          )}
          <section className="card stack" aria-labelledby={ids.about}>
            <h2 id={ids.about}>{t('about')}</h2>
            <p style={{ margin: 0 }}>{t('about_text')}</p>
          </section>
        </>
      )}
    </div>
  );
}
