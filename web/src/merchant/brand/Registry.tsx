import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useSession } from '../../shared/session';
import { useScope } from '../scope';
import { isBrandManager, type Registration, REGISTRATION_STATUSES, type RegistrationStatus } from './registry-data';
import { RegistrationBadge, RegistrationDetail } from './registry-detail';
import { ApplicationForm } from './registry-form';
import './registry-texts';
import '../texts';

/** Every registration of the merchant (newest first), optionally of one status. */
async function listRegistrations(merchantId: string | null, status: RegistrationStatus | ''): Promise<Registration[]> {
  const out: Registration[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = unwrap(
      await api.GET('/api/brand-registry/registrations', {
        params: { query: { limit: 100, ...(status ? { status } : {}), ...(merchantId ? { merchant_id: merchantId } : {}), ...(cursor ? { cursor } : {}) } },
      }),
    );
    out.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out.reverse();
}

/**
 * The merchant's brand registry: its registrations and applications with their status, a form to
 * apply, and for the one chosen its trademarks, authorised sellers, reference prices and history.
 */
export default function Registry() {
  const { t, locale } = useTexts('merchant');
  const { me } = useSession();
  const { role, merchantId } = useScope();
  const canManage = isBrandManager(me);
  const ids = { title: useId(), list: useId() };
  const [params, setParams] = useSearchParams();
  const selected = params.get('id');
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const [applying, setApplying] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const who = role === 'operator' ? merchantId : null;
  const list = useLoad(() => listRegistrations(who, status), [who, status, version]);
  const detail = useLoad(
    async () => (selected ? unwrap(await api.GET('/api/brand-registry/registrations/{id}', { params: { path: { id: selected } } })) : null),
    [selected, version],
  );
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);

  const choose = (id: string | null) => {
    const p = new URLSearchParams(params);
    if (id) p.set('id', id);
    else p.delete('id');
    setParams(p, { replace: true });
  };

  if (role === 'operator' && !merchantId) return <p className="notice">{t('pick_merchant')}</p>;

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('br_title')}</h1>
      <p className="muted">{t('br_intro')}</p>
      {note && (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={noteRef}>
          {note}
        </p>
      )}
      {canManage && !applying && (
        <div>
          <button
            type="button"
            onClick={() => {
              setApplying(true);
              setNote(null);
            }}
          >
            {t('br_new_application')}
          </button>
        </div>
      )}
      {canManage && applying && merchantId && (
        <ApplicationForm
          merchantId={merchantId}
          onCancel={() => setApplying(false)}
          onSaved={(r) => {
            setApplying(false);
            setNote(t('br_applied_note', { name: r.name_en }));
            setVersion((v) => v + 1);
            choose(r.id);
          }}
        />
      )}

      <section className="card stack" aria-labelledby={ids.list}>
        <h2 id={ids.list}>{t('br_registrations')}</h2>
        <label className="inline">
          <span>{t('status')}&nbsp;</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as RegistrationStatus | '')}>
            <option value="">{t('br_status_all')}</option>
            {REGISTRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`br_status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading && !list.data && <Loading />}
        {list.data?.length === 0 && <p className="muted">{t('br_none')}</p>}
        {list.data && list.data.length > 0 && (
          <div className="table-wrap">
            <table aria-labelledby={ids.list}>
              <thead>
                <tr>
                  <th scope="col">{t('br_brand_names')}</th>
                  <th scope="col">{t('br_trademarks')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('br_expires')}</th>
                  <th scope="col">{t('br_applied')}</th>
                  <th scope="col">{t('br_actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((r) => (
                  <tr key={r.id} aria-current={r.id === selected ? 'true' : undefined}>
                    <th scope="row">
                      {r.name_en}
                      <div className="muted small" lang="zh-CN">
                        {r.name_zh}
                      </div>
                    </th>
                    <td>{r.trademarks.map((m) => `${m.office === 'other' ? (m.office_name ?? m.office) : m.office} ${m.number}`).join('; ')}</td>
                    <td>
                      <RegistrationBadge status={r.status} />
                      {r.status === 'rejected' && r.status_reason && <div className="small">{r.status_reason}</div>}
                    </td>
                    <td>{formatDate(r.expires_on, locale)}</td>
                    <td>{formatDate(r.created_at, locale)}</td>
                    <td>
                      <button type="button" className="secondary" onClick={() => choose(r.id)} aria-pressed={r.id === selected}>
                        {t('br_open', { name: r.name_en })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {selected && (
        <>
          <ErrorNotice error={detail.error} onRetry={detail.reload} />
          {detail.loading && !detail.data && <Loading />}
          {detail.data && (
            <RegistrationDetail key={detail.data.id} registration={detail.data} canManage={canManage} onChanged={() => setVersion((v) => v + 1)} />
          )}
        </>
      )}
    </section>
  );
}
