import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { namesOf, type Notice, type NoticeStatus, type Strikes } from './notices-data';
import './notices-texts';
import { NOTICE_TONE, StatusBadge } from '../../shared/status-badge';
import { OkNote } from '../../shared/action';

export function NoticeBadge({ status }: { status: NoticeStatus }) {
  const { t } = useTexts('console');
  return (
    <StatusBadge tone={NOTICE_TONE[status]} status={status}>
      {t(`tkc_status_${status}`)}
    </StatusBadge>
  );
}

function Links({ urls }: { urls: string[] }) {
  return (
    <ul>
      {urls.map((u) => (
        <li key={u}>
          <a href={u} target="_blank" rel="noreferrer noopener">
            {u}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A notice opened: notice, evidence, counter-notice, every step, the merchant's strikes, and the decision. */
export function NoticeDetail({ id, onDecided }: { id: string; onDecided: () => void }) {
  const { t, locale } = useTexts('console');
  const titleId = useId();
  const notice = useLoad(async () => unwrap(await api.GET('/api/takedowns/notices/{id}', { params: { path: { id } } })), [id]);
  const [done, setDone] = useState<string | null>(null);
  const n = notice.data;
  // Names of its own: the list the notice was opened from may no longer hold it once decided.
  const named = useLoad(
    async () =>
      n ? namesOf({ products: [n.product_id], merchants: [n.notifier_merchant_id, n.listing_merchant_id], registrations: [n.registration_id] }) : undefined,
    [n?.id ?? null],
  );
  const names = named.data;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tkc_notice_title', { id })}</h2>
      <OkNote note={done} />
      <ErrorNotice error={notice.error} onRetry={notice.reload} />
      {!n && notice.loading && <Loading />}
      {n && (
        <>
          <dl className="small">
            <dt>{t('tkc_col_listing')}</dt>
            <dd>
              <Link to={`/products/${n.product_id}`}>{names?.listing(n.product_id, locale) ?? n.product_id}</Link> <span className="mono">{n.product_id}</span>
            </dd>
            <dt>{t('tkc_col_brand')}</dt>
            <dd>{names?.brand(n.registration_id) ?? n.registration_id}</dd>
            <dt>{t('tkc_col_filed_by')}</dt>
            <dd>{names?.merchant(n.notifier_merchant_id) ?? n.notifier_merchant_id}</dd>
            <dt>{t('tkc_col_against')}</dt>
            <dd>{names?.merchant(n.listing_merchant_id) ?? n.listing_merchant_id}</dd>
            <dt>{t('tkc_col_kind')}</dt>
            <dd>{t(`tkc_kind_${n.kind}`)}</dd>
            <dt>{t('tkc_col_status')}</dt>
            <dd>
              <NoticeBadge status={n.status} />
            </dd>
            <dt>{t('tkc_notice_statement')}</dt>
            <dd>{n.statement}</dd>
            <dt>{t('tkc_notice_evidence')}</dt>
            <dd>
              <Links urls={n.evidence_urls} />
            </dd>
            {n.counter_statement && (
              <>
                <dt>{t('tkc_counter_statement')}</dt>
                <dd>{n.counter_statement}</dd>
                <dt>{t('tkc_counter_evidence')}</dt>
                <dd>
                  <Links urls={n.counter_evidence_urls ?? []} />
                </dd>
              </>
            )}
            {n.decision_reason && (
              <>
                <dt>{t('tkc_decision_reason')}</dt>
                <dd>{n.decision_reason}</dd>
              </>
            )}
          </dl>
          <h3>{t('tkc_timeline')}</h3>
          <ol className="small">
            {n.history.map((h, i) => (
              <li key={i}>
                <time dateTime={h.created_at}>{formatDate(h.created_at, locale, true)}</time> — {t(`tkc_step_${h.to_status}`)}
                {h.note && <span> ({h.note})</span>}
              </li>
            ))}
          </ol>
          <StrikesOf merchantId={n.listing_merchant_id} name={names?.merchant(n.listing_merchant_id) ?? n.listing_merchant_id} reloadKey={n.status} />
          {(n.status === 'actioned' || n.status === 'countered') && (
            <Decide
              notice={n}
              onDone={(message) => {
                setDone(message);
                notice.reload();
                onDecided();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function Decide({ notice, onDone }: { notice: Notice; onDone: (message: string) => void }) {
  const { t } = useTexts('console');
  const [decision, setDecision] = useState<'uphold' | 'reinstate' | ''>('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return;
    setBusy(true);
    setError(null);
    try {
      unwrap(await api.POST('/api/takedowns/notices/{id}/decision', { params: { path: { id: notice.id } }, body: { decision, reason: reason.trim() } }));
      onDone(t(`tkc_decided_${decision}`, { id: notice.id }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('tkc_decide_title')}>
      <h3>{t('tkc_decide_title')}</h3>
      <fieldset className="stack">
        <legend>{t('tkc_decision')}</legend>
        <label className="inline">
          <input type="radio" name={`decision-${notice.id}`} required checked={decision === 'uphold'} onChange={() => setDecision('uphold')} />
          &nbsp;{t('tkc_uphold')}
        </label>
        <label className="inline">
          <input type="radio" name={`decision-${notice.id}`} required checked={decision === 'reinstate'} onChange={() => setDecision('reinstate')} />
          &nbsp;{t('tkc_reinstate')}
        </label>
      </fieldset>
      <label>
        {t('tkc_decision_reason')}
        <textarea required maxLength={2000} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <ErrorNotice error={error} />
      <div>
        <button type="submit" disabled={busy || !decision || !reason.trim()}>
          {t('tkc_decide_submit')}
        </button>
      </div>
    </form>
  );
}

/** A merchant's strikes, which count now, and its suspensions. */
export function StrikesOf({ merchantId, name, reloadKey }: { merchantId: string; name: string; reloadKey?: string }) {
  const { t, locale } = useTexts('console');
  const titleId = useId();
  const s = useLoad(
    async (): Promise<Strikes> => unwrap(await api.GET('/api/takedowns/strikes/{merchant_id}', { params: { path: { merchant_id: merchantId } } })),
    [merchantId, reloadKey],
  );
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('tkc_strikes_of', { name })}</h3>
      <ErrorNotice error={s.error} onRetry={s.reload} />
      {!s.data && s.loading && <Loading />}
      {s.data && (
        <>
          <p className="small">{t('tkc_strikes_summary', { counting: s.data.counting, limit: s.data.limit, months: s.data.window_months })}</p>
          {s.data.strikes.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('tkc_strikes_of', { name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tkc_col_struck')}</th>
                    <th scope="col">{t('tkc_col_notice')}</th>
                    <th scope="col">{t('tkc_col_counts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.data.strikes.map((k) => (
                    <tr key={k.id}>
                      <td>{formatDate(k.struck_at, locale, true)}</td>
                      <td className="mono">{k.notice_id}</td>
                      <td>
                        {k.counts ? t('tkc_counts_yes') : k.voided_at ? t('tkc_counts_voided', { reason: k.voided_reason ?? '' }) : t('tkc_counts_expired')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {s.data.suspensions.map((x) => (
            <p key={x.id} className="small">
              {t('tkc_suspension', { at: formatDate(x.suspended_at, locale, true), strikes: x.strikes })}{' '}
              {x.appeal_status ? t(`tkc_appeal_${x.appeal_status}`) : t('tkc_appeal_none')}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
