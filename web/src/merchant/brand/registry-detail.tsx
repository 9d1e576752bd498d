import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { isOpen, type Registration, type RegistrationStatus } from './registry-data';
import { ApplicationForm } from './registry-form';
import { RegistrationHistory } from './registry-history';
import { ReferencePrices } from './registry-prices';
import { AuthorisedSellers } from './registry-sellers';
import './registry-texts';
import { REGISTRATION_TONE, StatusBadge } from '../../shared/status-badge';

export function RegistrationBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTexts('merchant');
  return (
    <StatusBadge tone={REGISTRATION_TONE[status]} status={status}>
      {t(`br_status_${status}`)}
    </StatusBadge>
  );
}

/** Names, trademarks and evidence of a registration, as facts and a table. */
function Facts({ r }: { r: Registration }) {
  const { t, locale } = useTexts('merchant');
  const tmId = useId();
  const none = '—';
  return (
    <>
      <dl className="grid" style={{ margin: 0 }}>
        <div>
          <dt className="muted small">{t('br_name_en')}</dt>
          <dd style={{ margin: 0 }}>{r.name_en}</dd>
        </div>
        <div>
          <dt className="muted small">{t('br_name_zh')}</dt>
          <dd style={{ margin: 0 }} lang="zh-CN">
            {r.name_zh}
          </dd>
        </div>
        <div>
          <dt className="muted small">{t('br_aliases')}</dt>
          <dd style={{ margin: 0 }}>{[...r.aliases_en, ...r.aliases_zh].join(', ') || none}</dd>
        </div>
        <div>
          <dt className="muted small">{t('br_expires')}</dt>
          <dd style={{ margin: 0 }}>{formatDate(r.expires_on, locale)}</dd>
        </div>
        <div>
          <dt className="muted small">{t('br_applied')}</dt>
          <dd style={{ margin: 0 }}>{formatDate(r.created_at, locale)}</dd>
        </div>
        {r.decided_at && (
          <div>
            <dt className="muted small">{t('br_decided')}</dt>
            <dd style={{ margin: 0 }}>{formatDate(r.decided_at, locale, true)}</dd>
          </div>
        )}
        {r.status_reason && (
          <div>
            <dt className="muted small">{t(r.status === 'rejected' ? 'br_rejection_reason' : r.status === 'active' ? 'br_approval_note' : 'br_reason')}</dt>
            <dd style={{ margin: 0 }} data-testid="registration-reason">
              {r.status_reason}
            </dd>
          </div>
        )}
        {r.logo_url && (
          <div>
            <dt className="muted small">{t('br_logo_url')}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
              <a href={r.logo_url} target="_blank" rel="noreferrer noopener">
                {r.logo_url}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <div>
        <h3 className="small muted" style={{ margin: '0 0 0.25rem' }}>
          {t('br_evidence_urls')}
        </h3>
        <ul style={{ margin: 0 }}>
          {r.evidence_urls.map((u) => (
            <li key={u} style={{ overflowWrap: 'anywhere' }}>
              <a href={u} target="_blank" rel="noreferrer noopener">
                {u}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="table-wrap">
        <table aria-labelledby={tmId}>
          <caption id={tmId} style={{ textAlign: 'left', fontWeight: 600 }}>
            {t('br_trademarks')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('br_office')}</th>
              <th scope="col">{t('br_tm_number')}</th>
              <th scope="col">{t('br_tm_classes')}</th>
              <th scope="col">{t('br_tm_expires')}</th>
            </tr>
          </thead>
          <tbody>
            {r.trademarks.map((m) => (
              <tr key={`${m.office}|${m.office_name ?? ''}|${m.number}`}>
                <td>{m.office === 'other' ? (m.office_name ?? t('br_office_other')) : t(`br_office_${m.office}`)}</td>
                <th scope="row">{m.number}</th>
                <td>{m.classes.join(', ')}</td>
                <td>{formatDate(m.expires_on, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * One registration: its facts, edit or withdraw while pending, authorised sellers and reference
 * prices while pending or active, and its history.
 */
export function RegistrationDetail({
  registration: r,
  canManage,
  onChanged,
}: {
  registration: Registration;
  canManage: boolean;
  onChanged: (r?: Registration) => void;
}) {
  const { t } = useTexts('merchant');
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const changed = (next?: Registration) => {
    setVersion((v) => v + 1);
    onChanged(next);
  };
  const withdraw = async () => {
    if (!window.confirm(t('br_withdraw_confirm', { name: r.name_en }))) return;
    setBusy(true);
    setError(null);
    try {
      changed(unwrap(await api.DELETE('/api/brand-registry/registrations/{id}', { params: { path: { id: r.id } } })));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const open = isOpen(r.status);

  if (editing)
    return (
      <ApplicationForm
        merchantId={r.merchant_id}
        initial={r}
        onSaved={(saved) => {
          setEditing(false);
          changed(saved);
        }}
        onCancel={() => setEditing(false)}
      />
    );

  return (
    <article className="stack" aria-labelledby={titleId} data-testid="registration-detail">
      <div className="card stack">
        <div className="row">
          <h2 id={titleId} style={{ margin: 0 }}>
            {r.name_en} · <span lang="zh-CN">{r.name_zh}</span>
          </h2>
          <RegistrationBadge status={r.status} />
        </div>
        <Facts r={r} />
        <ErrorNotice error={error} />
        {canManage && r.status === 'pending' && (
          <div className="row">
            <button type="button" className="secondary" disabled={busy} onClick={() => setEditing(true)}>
              {t('br_edit')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void withdraw()}>
              {t('br_withdraw')}
            </button>
          </div>
        )}
      </div>
      {(open || r.status === 'lapsed') && (
        <>
          <AuthorisedSellers registrationId={r.id} canChange={canManage && open} onChanged={() => changed()} />
          <ReferencePrices registrationId={r.id} merchantId={r.merchant_id} canChange={canManage && open} onChanged={() => changed()} />
        </>
      )}
      <RegistrationHistory registrationId={r.id} merchantId={r.merchant_id} version={version} />
    </article>
  );
}
