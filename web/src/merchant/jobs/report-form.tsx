import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { OkNote, useAction } from '../../shared/action';
import { useTexts } from '../../shared/i18n';
import { useQuarterLabel } from '../../console/jobs/charts';
import { type JobsReport, jobsApi } from '../../console/jobs/data';
import { US_STATES } from '../../console/jobs/states';
import { fromMinor, toMinor } from '../lib';
import './texts';

const WHOLE = /^\d{1,7}$/;

interface Draft {
  full_time: string;
  part_time: string;
  new_hires: string;
  state: string;
  revenue: string;
  currency: string;
  name: string;
  confirmed: boolean;
}

function draftOf(report: JobsReport | undefined, base: JobsReport | undefined, state: string, currency: string): Draft {
  const from = report ?? base;
  return {
    full_time: from ? String(from.full_time) : '',
    part_time: from ? String(from.part_time) : '',
    new_hires: report ? String(report.new_hires_attributed) : '',
    state: from?.state ?? state,
    revenue: report?.total_revenue ? fromMinor(report.total_revenue.amount, report.total_revenue.currency) : '',
    currency: report?.total_revenue?.currency ?? currency,
    name: '',
    confirmed: false,
  };
}

/** The API's problem as a sentence in the reader's language (known codes), with the code itself. */
export function ProblemNotice({ error }: { error: unknown }) {
  const { t } = useTexts('jobs-merchant');
  if (!error) return null;
  const code = error instanceof ApiError ? error.problem.code : null;
  const detail = error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="notice notice-error" data-code={code ?? undefined}>
      {code ? t(`err_${code}`, { defaultValue: detail ?? code }) : detail}
      {code && (
        <div className="small">
          {t('err_code', { code })}
          {detail && detail !== code ? ` — ${detail}` : ''}
        </div>
      )}
    </div>
  );
}

/**
 * Files or corrects the report of a quarter: headcount, new hires attributed to platform sales, US state,
 * the quarter's total revenue (optional), and the owner's attestation. The server checks every rule;
 * its error codes are shown as they come.
 */
export function ReportForm({
  quarter,
  quarters,
  onQuarter,
  reports,
  defaultState,
  currency,
  onFiled,
}: {
  quarter: string;
  quarters: string[];
  onQuarter: (q: string) => void;
  reports: JobsReport[];
  defaultState: string;
  /** The merchant's currency: total revenue is given in it, as platform revenue is kept in it. */
  currency: string;
  onFiled: () => void;
}) {
  const { t } = useTexts('jobs-merchant');
  const jobs = useTexts('jobs');
  const label = useQuarterLabel();
  const id = useId();
  const existing = reports.find((r) => r.quarter === quarter && r.source === 'report');
  // A new report starts from the latest earlier one's headcount and state.
  const base = reports.filter((r) => r.quarter < quarter).sort((a, b) => (a.quarter < b.quarter ? 1 : -1))[0];
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing, base, defaultState, currency));
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useAction(onFiled);
  useEffect(() => {
    setDraft(draftOf(existing, base, defaultState, currency));
    setInvalid(null);
    // A new quarter (or a newly filed version) starts a new draft.
  }, [quarter, existing?.id, defaultState, currency]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setInvalid(null);
    if (![draft.full_time, draft.part_time, draft.new_hires].every((v) => WHOLE.test(v.trim()))) {
      setInvalid(t('bad_number'));
      return;
    }
    let revenue: { amount: number; currency: string } | null = null;
    if (draft.revenue.trim()) {
      const amount = toMinor(draft.revenue, draft.currency);
      if (amount === null) {
        setInvalid(t('bad_revenue'));
        return;
      }
      revenue = { amount, currency: draft.currency };
    }
    // The attestation goes to the server as typed: it refuses a report without one (attestation_required).
    void action.run(async () => {
      const filed = await jobsApi.file(quarter, {
        full_time: Number(draft.full_time),
        part_time: Number(draft.part_time),
        new_hires_attributed: Number(draft.new_hires),
        state: draft.state,
        total_revenue: revenue,
        attestation: { name: draft.name.trim(), confirmed: draft.confirmed },
      });
      return t('filed', { quarter: label(quarter), status: jobs.t(`status_${filed.status}`, { defaultValue: filed.status }) });
    });
  };

  const title = existing ? t('form_title_correct', { quarter: label(quarter) }) : t('form_title_new', { quarter: label(quarter) });
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={id} id="jobs-report-form" noValidate>
      <h2 id={id}>{title}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('form_intro')}
      </p>
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        <label>
          {t('quarter')}
          <select value={quarter} onChange={(e) => onQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {label(q)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('full_time')}
          <input inputMode="numeric" required value={draft.full_time} onChange={(e) => set({ full_time: e.target.value })} />
        </label>
        <label>
          {t('part_time')}
          <input inputMode="numeric" required value={draft.part_time} onChange={(e) => set({ part_time: e.target.value })} />
        </label>
        <label>
          {t('new_hires')}
          <input inputMode="numeric" required aria-describedby={`${id}-hires`} value={draft.new_hires} onChange={(e) => set({ new_hires: e.target.value })} />
          <span id={`${id}-hires`} className="small muted">
            {t('new_hires_hint')}
          </span>
        </label>
        <label>
          {t('state')}
          <select required value={draft.state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">{t('choose_state')}</option>
            {US_STATES.map((s) => (
              <option key={s.code} value={s.code}>
                {`${jobs.locale === 'zh-CN' ? s.zh : s.en} (${s.code})`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          {t('revenue')}
          <input inputMode="decimal" aria-describedby={`${id}-revenue`} value={draft.revenue} onChange={(e) => set({ revenue: e.target.value })} />
        </label>
        <label>
          {t('currency')}
          <select value={draft.currency} onChange={(e) => set({ currency: e.target.value })}>
            {[...new Set([currency, 'USD', 'CNY'])].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${id}-revenue`} className="small muted" style={{ margin: 0 }}>
        {t('revenue_hint')}
      </p>
      <fieldset className="stack">
        <legend>{t('attestation')}</legend>
        <label>
          {t('attest_name')}
          <input autoComplete="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="inline" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
          <input type="checkbox" checked={draft.confirmed} onChange={(e) => set({ confirmed: e.target.checked })} />
          <span>{t('attest_confirm')}</span>
        </label>
      </fieldset>
      {invalid && (
        <p role="alert" className="notice notice-error">
          {invalid}
        </p>
      )}
      <ProblemNotice error={action.error} />
      <OkNote note={action.note} />
      <div className="row">
        <button type="submit" disabled={action.busy}>
          {existing ? t('submit_correct') : t('submit_new')}
        </button>
      </div>
    </form>
  );
}
