import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, type paths, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../data';
import './registrations-texts';
import { REGISTRATION_TONE, StatusBadge } from '../../shared/status-badge';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
export type Registration = Json<paths['/api/brand-registry/registrations/{id}']['get']['responses'][200]>;
export type RegistrationStatus = Registration['status'];
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['pending', 'active', 'rejected', 'withdrawn', 'lapsed'];

export function RegistrationBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTexts('console');
  return (
    <StatusBadge tone={REGISTRATION_TONE[status]} status={status}>
      {t(`brr_status_${status}`)}
    </StatusBadge>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="muted small">{label}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{children}</dd>
    </div>
  );
}

/** One application for an operator: names, trademarks, evidence links, the decision and the history. */
export function RegistrationReview({ id }: { id: string }) {
  const { t, locale } = useTexts('console');
  const loaded = useLoad(async () => unwrap(await api.GET('/api/brand-registry/registrations/{id}', { params: { path: { id } } })), [id]);
  const [current, setCurrent] = useState<Registration | null>(null);
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setCurrent(loaded.data ?? null), [loaded.data]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const merchant = useLoad(
    async () => (current ? unwrap(await api.GET('/api/merchants/{id}', { params: { path: { id: current.merchant_id } } })) : null),
    [current?.merchant_id],
  );

  if (loaded.loading && !current) return <Loading />;
  if (loaded.error || !current) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  const r = current;
  const none = '—';

  return (
    <article className="stack" aria-labelledby="brr-detail-title">
      <div className="row">
        <h1 id="brr-detail-title" style={{ margin: 0 }}>
          {r.name_en} · <span lang="zh-CN">{r.name_zh}</span>
        </h1>
        <RegistrationBadge status={r.status} />
      </div>
      {done && (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      )}
      <section className="card stack" aria-labelledby="brr-facts">
        <h2 id="brr-facts">{t('brr_application')}</h2>
        <dl className="grid" style={{ margin: 0 }}>
          <Fact label={t('brr_merchant')}>
            {merchant.data ? `${merchant.data.display_name} (${merchant.data.legal_name})` : ''} <code>{r.merchant_id}</code>
          </Fact>
          <Fact label={t('brr_name_en')}>{r.name_en}</Fact>
          <Fact label={t('brr_name_zh')}>
            <span lang="zh-CN">{r.name_zh}</span>
          </Fact>
          <Fact label={t('brr_aliases_en')}>{r.aliases_en.join(', ') || none}</Fact>
          <Fact label={t('brr_aliases_zh')}>
            <span lang="zh-CN">{r.aliases_zh.join('、') || none}</span>
          </Fact>
          <Fact label={t('brr_catalog_brand')}>{r.brand_id ?? none}</Fact>
          <Fact label={t('brr_applied')}>{formatDate(r.created_at, locale, true)}</Fact>
          <Fact label={t('brr_expires')}>{formatDate(r.expires_on, locale)}</Fact>
          {r.decided_at && <Fact label={t('brr_decided')}>{formatDate(r.decided_at, locale, true)}</Fact>}
          {r.status_reason && (
            <Fact label={t('brr_reason')}>
              <span data-testid="registration-reason">{r.status_reason}</span>
            </Fact>
          )}
          <Fact label={t('brr_logo')}>
            {r.logo_url ? (
              <a href={r.logo_url} target="_blank" rel="noreferrer noopener">
                {r.logo_url}
              </a>
            ) : (
              none
            )}
          </Fact>
        </dl>
        <h3 style={{ margin: 0 }}>{t('brr_evidence')}</h3>
        <ul style={{ margin: 0 }}>
          {r.evidence_urls.map((u) => (
            <li key={u} style={{ overflowWrap: 'anywhere' }}>
              <a href={u} target="_blank" rel="noreferrer noopener">
                {u}
              </a>
            </li>
          ))}
        </ul>
        <div className="table-wrap">
          <table>
            <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('brr_trademarks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('brr_office')}</th>
                <th scope="col">{t('brr_number')}</th>
                <th scope="col">{t('brr_classes')}</th>
                <th scope="col">{t('brr_tm_expires')}</th>
              </tr>
            </thead>
            <tbody>
              {r.trademarks.map((m) => (
                <tr key={`${m.office}|${m.office_name ?? ''}|${m.number}`}>
                  <td>{m.office === 'other' ? `${t('brr_office_other')}: ${m.office_name ?? ''}` : m.office}</td>
                  <th scope="row">{m.number}</th>
                  <td>{m.classes.join(', ')}</td>
                  <td>{formatDate(m.expires_on, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {r.status === 'pending' && (
        <Decision
          registration={r}
          onDecided={(next, message) => {
            setDone(message);
            setCurrent(next);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <History id={r.id} version={version} />
    </article>
  );
}

/** Approve (an optional note) or reject (a reason is required). */
function Decision({ registration: r, onDecided }: { registration: Registration; onDecided: (r: Registration, message: string) => void }) {
  const { t } = useTexts('console');
  const [text, setText] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const decide = async (action: 'approve' | 'reject') => {
    const why = text.trim();
    setError(null);
    if (action === 'reject' && !why) {
      setReasonError(t('brr_reason_required'));
      ref.current?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      const params = { path: { id: r.id } };
      const next =
        action === 'approve'
          ? unwrap(await api.POST('/api/brand-registry/registrations/{id}/approve', { params, body: why ? { note: why } : {} }))
          : unwrap(await api.POST('/api/brand-registry/registrations/{id}/reject', { params, body: { reason: why } }));
      setText('');
      onDecided(next, t('brr_now', { name: next.name_en, status: t(`brr_status_${next.status}`) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack no-print" aria-labelledby="brr-decision">
      <h2 id="brr-decision">{t('brr_decision')}</h2>
      <form className="stack" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('brr_note_or_reason')}
          <textarea
            ref={ref}
            rows={3}
            maxLength={1000}
            value={text}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'brr-reason-error' : 'brr-reason-hint'}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p id="brr-reason-hint" className="muted small" style={{ margin: 0 }}>
          {t('brr_note_hint')}
        </p>
        {reasonError && (
          <p id="brr-reason-error" role="alert" className="notice notice-error">
            {reasonError}
          </p>
        )}
        <ErrorNotice error={error} />
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void decide('approve')}>
            {t('brr_approve')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => void decide('reject')}>
            {t('brr_reject')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Every step of the registration, oldest first. */
function History({ id, version }: { id: string; version: number }) {
  const { t, locale } = useTexts('console');
  const history = useLoad(
    async () => unwrap(await api.GET('/api/brand-registry/registrations/{id}/history', { params: { path: { id } } })).items,
    [id, version],
  );
  return (
    <section className="card stack" aria-labelledby="brr-history">
      <h2 id="brr-history">{t('brr_history')}</h2>
      <ErrorNotice error={history.error} onRetry={history.reload} />
      {history.loading && !history.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('brr_history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('brr_when')}</th>
                <th scope="col">{t('brr_step')}</th>
                <th scope="col">{t('col_status')}</th>
                <th scope="col">{t('brr_reason')}</th>
                <th scope="col">{t('brr_by')}</th>
              </tr>
            </thead>
            <tbody>
              {(history.data ?? []).map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.created_at, locale, true)}</td>
                  <th scope="row">{t(`brr_action_${e.action}`, { defaultValue: e.action })}</th>
                  <td>
                    {e.from_status && e.from_status !== e.to_status ? `${t(`brr_status_${e.from_status}`)} → ` : ''}
                    {t(`brr_status_${e.to_status}`)}
                  </td>
                  <td>{e.reason ?? '—'}</td>
                  <td>{e.actor_id ? <code>{e.actor_id}</code> : t('brr_by_system')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
