import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading, SignInForm } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { StatusBadge } from './components';
import { type OrderSummary, savedOrders, useLoad } from './lib';
import './texts-crossborder';

const PAGE = 20;

/** Sign-in, and the shopper's orders (guests: the orders placed on this device). */
export function AccountPage() {
  const { t } = useTexts('storefront');
  const { me, loading } = useSession();
  useEffect(() => {
    document.title = `${t(me ? 'my_orders' : 'account_title')} · Meridian`;
  }, [t, me]);
  if (loading) return <Loading />;
  if (!me) {
    const kept = savedOrders();
    return (
      <div className="stack">
        <h1>{t('account_title')}</h1>
        <SignInForm hint={<p className="small muted">{t('sign_in_hint')}</p>} />
        {kept.length > 0 && (
          <section className="stack" aria-labelledby="sf-device-orders">
            <h2 id="sf-device-orders">{t('device_orders')}</h2>
            <p className="small muted">{t('device_orders_hint')}</p>
            <OrderList orders={kept} />
          </section>
        )}
      </div>
    );
  }
  if (me.role !== 'consumer') {
    return (
      <div className="stack">
        <h1>{t('account_title')}</h1>
        <p className="notice">{t('not_consumer_account', { name: me.display_name })}</p>
      </div>
    );
  }
  return (
    <>
      <MyOrders name={me.display_name} />
      <CrossBorderLimits />
    </>
  );
}

/** The consumer's saved identities with what is left of each one's yearly cross-border limit; an identity can be removed. */
function CrossBorderLimits() {
  const { t, locale } = useTexts('storefront');
  const limits = useLoad(async () => unwrap(await api.GET('/api/me/cross-border-limits')).items, 'cross-border-limits');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const remove = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      const r = await api.DELETE('/api/me/identities/{id}', { params: { path: { id } } });
      // 204: no body to unwrap.
      if (!r.response.ok) unwrap(r);
      limits.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const money = (n: number) => formatMoney(n, 'CNY', locale);
  return (
    <section className="stack" aria-labelledby="sf-limits" style={{ marginTop: '1.5rem' }}>
      <h2 id="sf-limits">{t('limits_title')}</h2>
      <p className="small muted">{t('limits_intro')}</p>
      {limits.error ? (
        <ErrorNotice error={limits.error} onRetry={limits.reload} />
      ) : !limits.data ? (
        <Loading />
      ) : limits.data.length === 0 ? (
        <p className="card">{t('limits_none')}</p>
      ) : (
        <div className="table-wrap card" tabIndex={0} role="region" aria-label={t('limits_caption')}>
          <table>
            <caption className="sr-only">{t('limits_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('limits_buyer')}</th>
                <th scope="col">{t('limits_year')}</th>
                <th scope="col">{t('limits_used')}</th>
                <th scope="col">{t('limits_left')}</th>
                <th scope="col">{t('limits_single')}</th>
                <th scope="col">
                  <span className="sr-only">{t('remove_short')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {limits.data.map((l) => (
                <tr key={l.identity_id}>
                  <th scope="row">
                    {l.name}
                    <div className="small muted">{l.masked}</div>
                  </th>
                  <td>{l.year}</td>
                  <td>{money(l.used)}</td>
                  <td>
                    <strong>{money(l.left)}</strong>
                    <div className="small muted">/ {money(l.annual_limit)}</div>
                  </td>
                  <td>{money(l.single_limit)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy === l.identity_id}
                      aria-label={t('identity_remove', { name: l.name, masked: l.masked })}
                      onClick={() => void remove(l.identity_id)}
                    >
                      {t('remove_short')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}

function MyOrders({ name }: { name: string }) {
  const { t } = useTexts('storefront');
  const first = useLoad(async () => unwrap(await api.GET('/api/orders', { params: { query: { limit: PAGE } } })), 'orders');
  const [more, setMore] = useState<{ items: OrderSummary[]; cursor: string | null; busy: boolean; error: unknown }>({
    items: [],
    cursor: null,
    busy: false,
    error: null,
  });
  const cursor = more.cursor ?? first.data?.next_cursor ?? null;
  const hasMore = more.items.length ? more.cursor !== null : !!first.data?.next_cursor;
  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, busy: true, error: null }));
    try {
      const r = unwrap(await api.GET('/api/orders', { params: { query: { limit: PAGE, cursor } } }));
      setMore((m) => ({ items: [...m.items, ...r.items], cursor: r.next_cursor, busy: false, error: null }));
    } catch (error) {
      setMore((m) => ({ ...m, busy: false, error }));
    }
  };
  const orders = [...(first.data?.items ?? []), ...more.items];
  return (
    <div className="stack">
      <h1>{t('my_orders')}</h1>
      <p className="muted">{t('orders_of', { name })}</p>
      {first.error ? (
        <ErrorNotice error={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : orders.length === 0 ? (
        <p className="card">
          {t('no_orders')} <Link to="/">{t('continue_shopping')}</Link>
        </p>
      ) : (
        <OrderList orders={orders} />
      )}
      <ErrorNotice error={more.error} />
      {hasMore && (
        <p>
          <button type="button" className="secondary" disabled={more.busy} onClick={() => void loadMore()}>
            {more.busy ? t('loading_more') : t('load_more')}
          </button>
        </p>
      )}
    </div>
  );
}

function OrderList({ orders }: { orders: OrderSummary[] }) {
  const { t, locale } = useTexts('storefront');
  return (
    <ul className="sf-order-list">
      {orders.map((o) => (
        <li key={o.id} className="card sf-order-item">
          <div className="stack" style={{ gap: '0.25rem' }}>
            <Link to={`/orders/${o.id}`}>
              <strong>{t('order_number', { number: o.number })}</strong>
            </Link>
            <span className="small muted">{formatDate(o.created_at, locale, true)}</span>
          </div>
          <StatusBadge status={o.status} />
          {o.pickup_code && !['collected', 'cancelled', 'refunded'].includes(o.status) && (
            <span className="small">{t('pickup_code_short', { code: o.pickup_code })}</span>
          )}
          <span className="price">{formatMoney(o.total_amount, o.currency, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
