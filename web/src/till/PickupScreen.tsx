import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api, unwrap } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { type Order, type Pickup, titleOf } from './data';
import './texts';

/**
 * Pick-up hand-over: the customer shows their 8-digit code; the clerk looks the order up
 * (GET /api/pickups/{code}, only pick-ups at this store), moves it along if it is not ready yet
 * (pick, ready) and hands it over (POST /api/pickups/{code}/handover), which makes it collected.
 */
export function PickupScreen() {
  const { t, locale } = useTexts('till');
  const codeRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [found, setFound] = useState<{ code: string; pickup: Pickup } | null>(null);
  const [done, setDone] = useState<Order | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = async (e: FormEvent) => {
    e.preventDefault();
    const c = code.replace(/\s+/g, '');
    setError(null);
    setDone(null);
    setFound(null);
    if (!/^\d{8}$/.test(c)) {
      setError(new Error(t('pickup_code_invalid')));
      codeRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      setFound({ code: c, pickup: unwrap(await api.GET('/api/pickups/{code}', { params: { path: { code: c } } })) });
    } catch (err) {
      setError(err instanceof ApiError && err.problem.status === 404 ? new Error(t('pickup_not_found')) : err);
      codeRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const step = async (to: 'pick' | 'ready') => {
    if (!found) return;
    setBusy(true);
    setError(null);
    try {
      const params = { path: { id: found.pickup.shipment_id } };
      if (to === 'pick') unwrap(await api.POST('/api/shipments/{id}/pick', { params }));
      else unwrap(await api.POST('/api/shipments/{id}/ready', { params }));
      setFound({ code: found.code, pickup: unwrap(await api.GET('/api/pickups/{code}', { params: { path: { code: found.code } } })) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const handOver = async () => {
    if (!found) return;
    setBusy(true);
    setError(null);
    try {
      const order = unwrap(await api.POST('/api/pickups/{code}/handover', { params: { path: { code: found.code } } }));
      setDone(order);
      setFound(null);
      setCode('');
      window.setTimeout(() => codeRef.current?.focus(), 0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const p = found?.pickup;
  const lines = p ? p.order.lines.filter((l) => l.shipment_id === p.shipment_id) : [];
  return (
    <div className="stack">
      <h1>{t('pickup_title')}</h1>
      <form className="card stack narrow no-print" onSubmit={find} aria-label={t('pickup_find')}>
        <label>
          {t('pickup_code')}
          <input
            ref={codeRef}
            autoFocus
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby="pickup-hint"
          />
        </label>
        <p id="pickup-hint" className="muted small">
          {t('pickup_hint')}
        </p>
        <button type="submit" disabled={busy}>
          {t('pickup_find')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {done && (
        <div className="card notice-ok stack" role="status">
          <h2>{t('handed_over', { number: done.number })}</h2>
          <p>{t('order_status_now', { status: t(`order_${done.status}`, { defaultValue: done.status }) })}</p>
          <ul>
            {done.lines
              .filter((l) => l.fulfilment === 'pickup')
              .map((l) => (
                <li key={l.id}>{t('handed_line', { title: titleOf(l, locale), count: l.quantity })}</li>
              ))}
          </ul>
        </div>
      )}
      {p && (
        <section className="card stack" aria-labelledby="pickup-order">
          <h2 id="pickup-order">{t('order_number', { number: p.order.number })}</h2>
          <p>
            <span className="badge">{t(`shipment_${p.shipment_status}`, { defaultValue: p.shipment_status })}</span>{' '}
            <span className="muted small">{t('ordered_on', { date: formatDate(p.order.created_at, locale, true) })}</span>
          </p>
          <div className="table-wrap" style={{ position: 'relative' }}>
            <table>
              <caption className="sr-only">{t('pickup_lines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col_item')}</th>
                  <th scope="col">{t('col_qty')}</th>
                  <th scope="col">{t('col_amount')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.id}>
                    <td>
                      {titleOf(l, locale)}
                      <div className="muted small">{l.sku}</div>
                    </td>
                    <td>{l.quantity}</td>
                    <td>{formatMoney(l.unit_price_amount * l.quantity, l.currency, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.order.flags.length > 0 && (
            <p className="notice notice-error" role="alert">
              {t('order_flagged', { count: p.order.flags.length })}
            </p>
          )}
          <div className="row">
            {p.shipment_status === 'pending' && (
              <button type="button" className="secondary" disabled={busy} onClick={() => void step('pick')}>
                {t('pickup_start_picking')}
              </button>
            )}
            {p.shipment_status === 'picking' && (
              <button type="button" className="secondary" disabled={busy} onClick={() => void step('ready')}>
                {t('pickup_mark_ready')}
              </button>
            )}
            <button type="button" disabled={busy || p.shipment_status !== 'ready_for_pickup'} onClick={() => void handOver()}>
              {t('hand_over')}
            </button>
          </div>
          {p.shipment_status !== 'ready_for_pickup' && <p className="muted small">{t('pickup_not_ready')}</p>}
        </section>
      )}
    </div>
  );
}
