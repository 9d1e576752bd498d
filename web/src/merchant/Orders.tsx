import { useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { allLocations, locationName, useLoad } from './lib';
import { useScope } from './scope';
import './texts';

/** Orders that still have work in them: paid and not yet delivered or collected. */
const OPEN = ['paid', 'allocated', 'picking', 'ready_for_pickup', 'shipped'] as const;
type OpenStatus = (typeof OPEN)[number];

async function fetchOrder(id: string) {
  return unwrap(await api.GET('/api/orders/{id}', { params: { path: { id } } }));
}
type Order = Awaited<ReturnType<typeof fetchOrder>>;
type Shipment = Order['shipments'][number];

/** Open orders with the merchant's lines (newest first), each with its full detail for the actions. */
async function openOrders(status: OpenStatus | '', merchantId: string | null, operator: boolean): Promise<Order[]> {
  const statuses = status ? [status] : OPEN;
  const pages = await Promise.all(statuses.map(async (s) => unwrap(await api.GET('/api/orders', { params: { query: { status: s, limit: 50 } } })).items));
  const ids = pages
    .flat()
    .map((o) => o.id)
    .sort()
    .reverse()
    .slice(0, 60);
  const orders = await Promise.all(ids.map(fetchOrder));
  // Operators see every order: keep those with the picked merchant's goods.
  return operator ? orders.filter((o) => o.lines.some((l) => l.merchant_id === merchantId)) : orders;
}

type Step = 'pick' | 'ship' | 'ready' | 'deliver';

/** The next step of a shipment, as the server's state machine allows it. */
function nextStep(s: Shipment): Step | null {
  if (s.status === 'pending') return 'pick';
  if (s.status === 'picking') return s.kind === 'pickup' ? 'ready' : 'ship';
  if (s.status === 'shipped') return 'deliver';
  return null;
}

/** The merchant's open orders and their shipments, with the step each shipment is due for. */
export default function Orders() {
  const { t, locale } = useTexts('merchant');
  const { merchantId, canFulfil, role } = useScope();
  const [status, setStatus] = useState<OpenStatus | ''>('');
  const orders = useLoad(() => openOrders(status, merchantId, role === 'operator'), [status, merchantId, role]);
  const locations = useLoad(allLocations, []);
  const locById = useMemo(() => new Map((locations.data ?? []).map((l) => [l.id, l])), [locations.data]);
  const [tracking, setTracking] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const advance = async (order: Order, s: Shipment, step: Step) => {
    setBusy(s.id);
    setError(null);
    setDone(null);
    try {
      const path = { params: { path: { id: s.id } } };
      if (step === 'pick') unwrap(await api.POST('/api/shipments/{id}/pick', path));
      else if (step === 'ready') unwrap(await api.POST('/api/shipments/{id}/ready', path));
      else if (step === 'deliver') unwrap(await api.POST('/api/shipments/{id}/deliver', path));
      else {
        const number = tracking[s.id]?.trim();
        unwrap(await api.POST('/api/shipments/{id}/ship', { ...path, body: number ? { tracking_number: number } : {} }));
      }
      setDone(t('step_done', { step: t(`step_${step}`), number: order.number }));
      orders.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="stack">
      <h1>{t('orders_title')}</h1>
      <label className="narrow">
        {t('status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as OpenStatus | '')}>
          <option value="">{t('all_open')}</option>
          {OPEN.map((s) => (
            <option key={s} value={s}>
              {t(`order_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice error={error} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <ErrorNotice error={orders.error} onRetry={orders.reload} />
      {orders.loading && !orders.data ? (
        <Loading />
      ) : (orders.data ?? []).length === 0 ? (
        <p>{t('no_open_orders')}</p>
      ) : (
        <ul className="stack plain">
          {(orders.data ?? []).map((o) => (
            <li key={o.id} className="card stack">
              <h2>
                {t('order_number', { number: o.number })} <span className="badge">{t(`order_${o.status}`, { defaultValue: o.status })}</span>
              </h2>
              <p className="muted small">
                {formatDate(o.created_at as string, locale, true)} · {t(`channel_${o.channel_kind}`, { defaultValue: o.channel_kind })}
                {o.delivery_address && typeof o.delivery_address.city === 'string' ? ` · ${t('deliver_to', { city: o.delivery_address.city })}` : ''}
              </p>
              {o.shipments.map((s) => {
                const lines = o.lines.filter((l) => l.shipment_id === s.id);
                const loc = locById.get(s.location_id);
                const step = nextStep(s);
                const trackingId = `tracking-${s.id}`;
                return (
                  <div key={s.id} className="stack shipment">
                    <p>
                      <strong>{t(`kind_${s.kind}`)}</strong> · {loc ? locationName(loc, locale) : s.location_id} ·{' '}
                      <span className="badge">{t(`shipment_${s.status}`, { defaultValue: s.status })}</span>
                      {s.tracking_number && ` · ${t('tracking')}: ${s.tracking_number}`}
                    </p>
                    <div className="table-wrap">
                      <table>
                        <caption className="sr-only">{t('lines_of', { number: o.number })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('sku')}</th>
                            <th scope="col">{t('product')}</th>
                            <th scope="col">{t('quantity')}</th>
                            <th scope="col">{t('unit_price')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {lines.map((l) => (
                            <tr key={l.id}>
                              <th scope="row">{l.sku}</th>
                              <td>{locale === 'zh-CN' ? l.title_zh : l.title_en}</td>
                              <td>{formatNumber(l.quantity, locale)}</td>
                              <td>{formatMoney(l.unit_price_amount, l.currency, locale)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    {canFulfil && step && (
                      <div className="row">
                        {step === 'ship' && (
                          <label htmlFor={trackingId} className="inline">
                            <span>{t('tracking')}&nbsp;</span>
                            <input
                              id={trackingId}
                              maxLength={100}
                              value={tracking[s.id] ?? ''}
                              onChange={(e) => setTracking({ ...tracking, [s.id]: e.target.value })}
                            />
                          </label>
                        )}
                        <button type="button" disabled={busy === s.id || orders.loading} onClick={() => void advance(o, s, step)}>
                          {t(`action_${step}`, { number: o.number })}
                        </button>
                      </div>
                    )}
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
