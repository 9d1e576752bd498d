import { createContext, useContext, useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading, RequireRole } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { type Location, nameOf, useLoad, useOnline } from './data';
import { syncNow, useQueue } from './queue';
import './texts';

/** The store this till sells in: the clerk's own store, or the one an operator chose. */
const StoreContext = createContext<Location | null>(null);

export function useStore(): Location {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useStore outside the till');
  return s;
}

const OPERATOR_STORE_KEY = 'meridian.till.store';
const RETRY_MS = 10_000;

/** Every till page: who may use it, which store, the till's navigation, and the offline queue's state. */
export function TillFrame() {
  const { t } = useTexts('till');
  return (
    <RequireRole roles={['store_staff', 'operator']} who={t('who')}>
      <TillForStore />
    </RequireRole>
  );
}

function TillForStore() {
  const { t, locale } = useTexts('till');
  const { me } = useSession();
  const isOperator = me?.role === 'operator';
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(OPERATOR_STORE_KEY));
  const storeId = isOperator ? chosen : (me?.location_id ?? null);
  const store = useLoad(async () => (storeId ? unwrap(await api.GET('/api/locations/{id}', { params: { path: { id: storeId } } })) : null), [storeId]);
  useAutoSync();

  const choose = (id: string) => {
    localStorage.setItem(OPERATOR_STORE_KEY, id);
    setChosen(id);
  };

  return (
    <div className="stack">
      <div className="row no-print">
        <nav aria-label={t('till_nav')}>
          <ul className="nav">
            <li>
              <NavLink to="/till" end>
                {t('nav_sale')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/till/pickup">{t('nav_pickup')}</NavLink>
            </li>
            <li>
              <NavLink to="/till/returns">{t('nav_returns')}</NavLink>
            </li>
            <li>
              <NavLink to="/till/receiving">{t('nav_receiving')}</NavLink>
            </li>
          </ul>
        </nav>
        {store.data && <span className="badge">{t('store_label', { name: nameOf(store.data, locale), code: store.data.code })}</span>}
        {isOperator && <StorePicker value={storeId} onChange={choose} />}
      </div>
      <QueueBanner />
      {!storeId ? (
        <p className="notice">{isOperator ? t('choose_store_first') : t('no_store')}</p>
      ) : store.loading && !store.data ? (
        <Loading />
      ) : store.error && !store.data ? (
        <ErrorNotice error={store.error} onRetry={store.reload} />
      ) : store.data ? (
        <StoreContext.Provider value={store.data}>
          <Outlet />
        </StoreContext.Provider>
      ) : null}
    </div>
  );
}

/** Sends queued sales when the browser is back online, and every few seconds while any wait. */
function useAutoSync() {
  useEffect(() => {
    const run = () => void syncNow();
    window.addEventListener('online', run);
    const timer = window.setInterval(() => {
      if (navigator.onLine) run();
    }, RETRY_MS);
    run();
    return () => {
      window.removeEventListener('online', run);
      window.clearInterval(timer);
    };
  }, []);
}

/** Operators run a till for a store they choose (department stores and mall counters have tills). */
function StorePicker({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const { t, locale } = useTexts('till');
  const stores = useLoad(async () => {
    const [a, b] = await Promise.all([
      api.GET('/api/locations', { params: { query: { kind: 'department_store', status: 'open', limit: 100 } } }).then(unwrap),
      api.GET('/api/locations', { params: { query: { kind: 'mall_counter', status: 'open', limit: 100 } } }).then(unwrap),
    ]);
    return [...a.items, ...b.items];
  }, []);
  if (stores.error) return <ErrorNotice error={stores.error} onRetry={stores.reload} />;
  return (
    <label className="inline">
      <span>{t('choose_store')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('choose_store_none')}</option>
        {(stores.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {nameOf(s, locale)} ({s.city})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Offline state and the sales waiting to be sent, on every till page. */
function QueueBanner() {
  const { t } = useTexts('till');
  const online = useOnline();
  const q = useQueue();
  const waiting = q.queued.filter((s) => s.state === 'queued').length;
  return (
    <div aria-live="polite" className="stack no-print">
      {!online && (
        <p className="notice" role="status">
          {t('offline_banner')}
        </p>
      )}
      {waiting > 0 && (
        <div className="notice row" role="status">
          <span>{q.syncing ? t('syncing', { count: waiting }) : t('waiting_to_sync', { count: waiting })}</span>
          <button type="button" className="secondary" onClick={() => void syncNow()} disabled={q.syncing || !online}>
            {t('sync_now')}
          </button>
        </div>
      )}
    </div>
  );
}
