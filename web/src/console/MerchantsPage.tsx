import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { MERCHANT_STATUSES, type Merchant, type MerchantStatus, useLoad, usePaged } from './data';
import './texts';

/** The operator's list of merchants, pending applications first; filter by status and name. */
export function MerchantsPage() {
  const { t, locale } = useTexts('console');
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: MerchantStatus | 'all' =
    statusParam === 'all' || MERCHANT_STATUSES.includes(statusParam as MerchantStatus) ? (statusParam as MerchantStatus | 'all') : 'pending';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const list = usePaged(
    async (cursor?: string) =>
      unwrap(
        await api.GET('/api/merchants', {
          params: { query: { status: status === 'all' ? undefined : status, q: q || undefined, cursor, limit: 50 } },
        }),
      ),
    [status, q],
  );

  const setFilter = (next: { status?: string; q?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ q: search.trim() });
  };

  return (
    <section className="stack" aria-labelledby="merchants-title">
      <h1 id="merchants-title">{t('merchants_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('merchants_intro')}
      </p>
      <form className="row card" onSubmit={submit} role="search" aria-label={t('merchants_table')}>
        <label>
          {t('filter_status')}
          <select value={status} onChange={(e) => setFilter({ status: e.target.value })}>
            {MERCHANT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
            <option value="all">{t('status_all')}</option>
          </select>
        </label>
        <label>
          {t('search_name')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="submit" style={{ alignSelf: 'flex-end' }}>
          {t('search')}
        </button>
      </form>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading ? (
        <Loading />
      ) : list.items.length === 0 ? (
        !list.error && <p className="notice">{t('no_merchants')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">
                {t('merchants_table')}: {status === 'all' ? t('status_all') : t(`status_${status}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_legal_name')}</th>
                  <th scope="col">{t('col_country')}</th>
                  <th scope="col">{t('col_sector')}</th>
                  <th scope="col">{t('col_applied')}</th>
                  <th scope="col">{t('col_status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to={`/console/merchants/${m.id}`}>{m.display_name}</Link>
                    </td>
                    <td>{m.legal_name}</td>
                    <td>
                      {m.country} · {m.region}
                    </td>
                    <td>{t(`sector_${m.sector}`, { defaultValue: m.sector })}</td>
                    <td>{formatDate(m.created_at, locale)}</td>
                    <td>
                      <StatusBadge status={m.status} />
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

export function StatusBadge({ status }: { status: MerchantStatus }) {
  const { t } = useTexts('console');
  const style = {
    pending: { background: '#fff1c2', color: '#4a3500' },
    verified: { background: '#d4efdf', color: '#0b3d2a' },
    rejected: { background: '#f9d7d7', color: '#5f0d0f' },
    suspended: { background: '#e3e3e3', color: '#1a1f24' },
  }[status];
  return (
    <span className="badge" style={style}>
      {t(`status_${status}`)}
    </span>
  );
}

type Action = 'verify' | 'reject' | 'suspend' | 'reinstate';

/** What an operator can do from each status; the actions that need a reason. */
const ACTIONS: Record<MerchantStatus, Action[]> = { pending: ['verify', 'reject'], verified: ['suspend'], suspended: ['reinstate'], rejected: [] };
const NEEDS_REASON: ReadonlySet<Action> = new Set(['reject', 'suspend']);

async function decide(id: string, action: Action, reason: string): Promise<Merchant> {
  const params = { path: { id } };
  switch (action) {
    case 'verify':
      return unwrap(await api.POST('/api/merchants/{id}/verify', { params, body: reason ? { reason } : {} }));
    case 'reject':
      return unwrap(await api.POST('/api/merchants/{id}/reject', { params, body: { reason } }));
    case 'suspend':
      return unwrap(await api.POST('/api/merchants/{id}/suspend', { params, body: { reason } }));
    case 'reinstate':
      return unwrap(await api.POST('/api/merchants/{id}/reinstate', { params, body: reason ? { reason } : {} }));
  }
}

/** One merchant: its application, the decision (verify, reject, suspend, reinstate) and its history. */
export function MerchantDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useTexts('console');
  const merchant = useLoad(async () => unwrap(await api.GET('/api/merchants/{id}', { params: { path: { id } } })), [id]);
  const history = useLoad(async () => unwrap(await api.GET('/api/merchants/{id}/history', { params: { path: { id } } })).items, [id]);
  const [current, setCurrent] = useState<Merchant | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setCurrent(merchant.data ?? null), [merchant.data]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (merchant.loading && !current) return <Loading />;
  if (merchant.error || !current) return <ErrorNotice error={merchant.error} onRetry={merchant.reload} />;
  const m = current;
  const actions = ACTIONS[m.status];

  const act = async (action: Action) => {
    const why = reason.trim();
    setDone(null);
    setError(null);
    if (NEEDS_REASON.has(action) && !why) {
      setReasonError(t('reason_required'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      const updated = await decide(m.id, action, why);
      setCurrent(updated);
      setReason('');
      setDone(t('now_status', { name: updated.display_name, status: t(`status_${updated.status}`) }));
      history.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const none = t('none');
  const facts: Array<[string, string]> = [
    [t('col_legal_name'), m.legal_name],
    [t('registration_number'), m.registration_number],
    [t('col_country'), m.country],
    [t('region'), m.region],
    [t('col_sector'), t(`sector_${m.sector}`, { defaultValue: m.sector })],
    [t('headcount'), formatNumber(m.headcount, locale)],
    [t('default_currency'), m.default_currency],
    [t('contact_name'), m.contact_name],
    [t('contact_email'), m.contact_email],
    [t('contact_phone'), m.contact_phone ?? none],
    [t('website'), m.website ?? none],
    [t('applied_at'), formatDate(m.created_at, locale)],
  ];

  return (
    <article className="stack" aria-labelledby="merchant-title">
      <p className="no-print">
        <Link to="/console/merchants">← {t('back_to_merchants')}</Link>
      </p>
      <div className="row">
        <h1 id="merchant-title" style={{ margin: 0 }}>
          {m.display_name}
        </h1>
        <StatusBadge status={m.status} />
      </div>
      {done && (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      )}
      <section className="card stack" aria-labelledby="merchant-details">
        <h2 id="merchant-details">{t('details')}</h2>
        <dl className="grid" style={{ margin: 0 }}>
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt className="muted small">{k}</dt>
              <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{v}</dd>
            </div>
          ))}
          {m.status_reason && (
            <div>
              <dt className="muted small">{t('status_reason')}</dt>
              <dd style={{ margin: 0 }}>{m.status_reason}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="card stack no-print" aria-labelledby="merchant-decision">
        <h2 id="merchant-decision">{t('decision')}</h2>
        {actions.length === 0 ? (
          <p className="muted">{t('rejected_final')}</p>
        ) : (
          <form className="stack" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t(`reason_${m.status}`)}
              <textarea
                ref={reasonRef}
                rows={3}
                maxLength={500}
                value={reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? 'reason-error' : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
            </label>
            {reasonError && (
              <p id="reason-error" role="alert" className="notice notice-error">
                {reasonError}
              </p>
            )}
            <ErrorNotice error={error} />
            <div className="row">
              {actions.map((a) => (
                <button key={a} type="button" className={a === 'reject' || a === 'suspend' ? 'danger' : undefined} disabled={busy} onClick={() => void act(a)}>
                  {t(`action_${a}`)}
                </button>
              ))}
            </div>
          </form>
        )}
      </section>

      <section className="card stack" aria-labelledby="merchant-history">
        <h2 id="merchant-history">{t('history')}</h2>
        <ErrorNotice error={history.error} onRetry={history.reload} />
        {history.loading && !history.data ? (
          <Loading />
        ) : !history.data?.length ? (
          <p className="muted">{t('no_history')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('history_table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col_when')}</th>
                  <th scope="col">{t('col_change')}</th>
                  <th scope="col">{t('col_reason')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((ev) => (
                  <tr key={ev.id}>
                    <td>{formatDate(ev.created_at, locale, true)}</td>
                    <td style={{ whiteSpace: 'nowrap' }}>
                      {ev.from_status ? `${t(`status_${ev.from_status}`)} → ` : ''}
                      {t(`status_${ev.to_status}`)}
                    </td>
                    <td>{ev.reason ?? none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
