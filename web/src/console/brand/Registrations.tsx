import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { usePaged } from '../data';
import { REGISTRATION_STATUSES, type RegistrationStatus, RegistrationBadge, RegistrationReview } from './registrations-detail';
import './registrations-texts';
import '../texts';

/**
 * Brand registrations for operators: the queue of pending applications (or any status), and for
 * one application its trademarks and evidence, the decision (approve, or reject with a reason)
 * and its history.
 */
export default function Registrations() {
  const { t, locale } = useTexts('console');
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const statusParam = params.get('status');
  const status: RegistrationStatus | 'all' =
    statusParam === 'all' || REGISTRATION_STATUSES.includes(statusParam as RegistrationStatus) ? (statusParam as RegistrationStatus | 'all') : 'pending';
  const list = usePaged(
    async (cursor?: string) =>
      unwrap(
        await api.GET('/api/brand-registry/registrations', {
          params: { query: { limit: 50, ...(status === 'all' ? {} : { status }), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [status, id],
  );
  const setParam = (key: string, value: string | null) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: key !== 'id' });
  };

  if (id)
    return (
      <div className="stack">
        <p className="no-print">
          <Link to={`/console/brands${status !== 'pending' ? `?status=${status}` : ''}`}>← {t('brr_back')}</Link>
        </p>
        <RegistrationReview key={id} id={id} />
      </div>
    );

  return (
    <section className="stack" aria-labelledby="brr-title">
      <h1 id="brr-title">{t('brr_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('brr_intro')}
      </p>
      <div className="row card">
        <label>
          {t('filter_status')}
          <select value={status} onChange={(e) => setParam('status', e.target.value === 'pending' ? null : e.target.value)}>
            {REGISTRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`brr_status_${s}`)}
              </option>
            ))}
            <option value="all">{t('brr_status_all')}</option>
          </select>
        </label>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading ? (
        <Loading />
      ) : list.items.length === 0 ? (
        !list.error && <p className="notice">{status === 'pending' ? t('brr_queue_empty') : t('brr_none')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">
                {t('brr_table')}: {status === 'all' ? t('brr_status_all') : t(`brr_status_${status}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('brr_brand')}</th>
                  <th scope="col">{t('brr_merchant')}</th>
                  <th scope="col">{t('brr_trademarks')}</th>
                  <th scope="col">{t('brr_applied')}</th>
                  <th scope="col">{t('col_status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/console/brands?${new URLSearchParams({ ...(status !== 'pending' ? { status } : {}), id: r.id }).toString()}`}>
                        {r.name_en}
                      </Link>
                      <div className="muted small" lang="zh-CN">
                        {r.name_zh}
                      </div>
                    </th>
                    <td>
                      <code>{r.merchant_id}</code>
                    </td>
                    <td>{r.trademarks.map((m) => `${m.office === 'other' ? (m.office_name ?? m.office) : m.office} ${m.number}`).join('; ')}</td>
                    <td>{formatDate(r.created_at, locale)}</td>
                    <td>
                      <RegistrationBadge status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row">
            <span className="muted small" role="status">
              {t('shown_count', { count: list.items.length })}
            </span>
            {list.hasMore && (
              <button type="button" className="secondary" disabled={list.busy} onClick={() => void list.loadMore()}>
                {t('load_more')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
