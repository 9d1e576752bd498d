import { type FormEvent, useEffect, useId, useState } from 'react';
import { OkNote, useAction } from '../../shared/action';
import { ErrorNotice, Loading } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { jobsApi, type Settings } from './data';
import '../texts';
import './texts';

// The merchants' sectors (src/modules/merchants/service.ts SECTORS).
const SECTORS = ['agriculture', 'food', 'apparel', 'cosmetics', 'nutrition', 'retail', 'home', 'electronics', 'other'] as const;
const NUMBERS = ['years', 'target_jobs', 'target_businesses', 'default_size_limit', 'report_due_days'] as const;
type Draft = { start_date: string } & Record<(typeof NUMBERS)[number], string> & { sector_limits: Record<string, string> };

const toDraft = (s: Settings): Draft => ({
  start_date: s.start_date,
  years: String(s.years),
  target_jobs: String(s.target_jobs),
  target_businesses: String(s.target_businesses),
  default_size_limit: String(s.default_size_limit),
  report_due_days: String(s.report_due_days),
  sector_limits: Object.fromEntries(Object.entries(s.sector_limits).map(([k, v]) => [k, String(v)])),
});

/** The programme's settings: start date and length, targets, the size rule (default and per sector) and the report due days. */
export function SettingsSection({ onSaved }: { onSaved: () => void }) {
  const { t } = useTexts('jobs');
  const sectors = useTexts('console');
  const id = useId();
  const settings = useLoad(jobsApi.settings, []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useAction(() => {
    settings.reload();
    onSaved();
  });
  useEffect(() => {
    if (settings.data) setDraft(toDraft(settings.data));
  }, [settings.data]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    void save.run(async () => {
      const limits: Record<string, number> = {};
      for (const [k, v] of Object.entries(draft.sector_limits)) if (v.trim() !== '') limits[k] = Number(v);
      await jobsApi.saveSettings({
        start_date: draft.start_date,
        years: Number(draft.years),
        target_jobs: Number(draft.target_jobs),
        target_businesses: Number(draft.target_businesses),
        default_size_limit: Number(draft.default_size_limit),
        report_due_days: Number(draft.report_due_days),
        sector_limits: limits,
      });
      return t('settings_saved');
    });
  };

  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('settings_title')}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('settings_intro')}
      </p>
      <ErrorNotice error={settings.error} onRetry={settings.reload} />
      {!draft ? (
        !settings.error && <Loading />
      ) : (
        <form className="stack" onSubmit={submit} aria-labelledby={id}>
          <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
            <label>
              {t('set_start_date')}
              <input type="date" required value={draft.start_date} onChange={(e) => setDraft({ ...draft, start_date: e.target.value })} />
            </label>
            {NUMBERS.map((k) => (
              <label key={k}>
                {t(`set_${k}`)}
                <input
                  type="number"
                  required
                  min={k === 'report_due_days' ? 0 : 1}
                  step={1}
                  inputMode="numeric"
                  value={draft[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <fieldset className="stack">
            <legend>{t('set_sector_limits')}</legend>
            <p className="muted small" style={{ margin: 0 }}>
              {t('set_sector_limits_hint', { n: draft.default_size_limit })}
            </p>
            <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))' }}>
              {SECTORS.map((s) => (
                <label key={s}>
                  {t('set_sector_limit', { sector: sectors.t(`sector_${s}`) })}
                  <input
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    placeholder={draft.default_size_limit}
                    value={draft.sector_limits[s] ?? ''}
                    onChange={(e) => setDraft({ ...draft, sector_limits: { ...draft.sector_limits, [s]: e.target.value } })}
                  />
                </label>
              ))}
            </div>
          </fieldset>
          <ErrorNotice error={save.error} />
          <OkNote note={save.note} />
          <div className="row">
            <button type="submit" disabled={save.busy}>
              {t('settings_save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
