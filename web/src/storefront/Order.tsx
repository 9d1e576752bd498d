import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { StatusBadge } from './components';
import { modeLabel, TaxLinesTable } from './crossBorder';
import { catalog, named, type Order, savedOrder, type StoreLocation, useLoad } from './lib';

type Shipment = Order['shipments'][number];

const PICKUP_STEPS = ['pending', 'picking', 'ready_for_pickup', 'collected'] as const;
const DELIVERY_STEPS = ['pending', 'picking', 'shipped', 'delivered'] as const;
const CANCELLABLE = ['placed', 'paid', 'allocated'];
const ADDRESS_PARTS = ['recipient', 'phone', 'address_line', 'city', 'province', 'postal_code', 'country'] as const;

/** Today's opening hours of a store, in the store's own time zone. */
function hoursToday(s: StoreLocation): string | null {
  const hours = s.opening_hours as Record<string, Array<[string, string]>> | null | undefined;
  if (!hours) return null;
  let day = 'mon';
  try {
    day = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: s.timezone }).format(new Date()).toLowerCase().slice(0, 3);
  } catch {
    // An unknown time zone: the reader's day will do.
  }
  const spans = hours[day];
  return spans?.length ? spans.map(([a, b]) => `${a}–${b}`).join(', ') : null;
}

/** An order: confirmation after checkout and tracking later (status, shipments, pick-up code). */
export function OrderPage() {
  const { id = '' } = useParams();
  const { t, locale } = useTexts('storefront');
  const { me, loading } = useSession();
  const placed = !!(useLocation().state as { placed?: boolean } | null)?.placed;

  const order = useLoad(
    async () => {
      if (loading) return null;
      const kept = savedOrder(id);
      if (!me) {
        if (kept) return { order: kept, live: false };
        throw new Error(t('order_guest_unknown'));
      }
      try {
        const o = unwrap(await api.GET('/api/orders/{id}', { params: { path: { id } } }));
        return { order: o, live: true };
      } catch (e) {
        // An order placed here as a guest is not the signed-in account's: show what was kept.
        if (kept && e instanceof ApiError && e.problem.status < 500) return { order: kept, live: false };
        throw e;
      }
    },
    `${id}:${loading ? 'wait' : (me?.id ?? 'guest')}`,
  );

  const o = order.data?.order;
  const locationIds = [...new Set((o?.shipments ?? []).map((s) => s.location_id))].sort();
  const places = useLoad(async () => Promise.all(locationIds.map((x) => catalog.location(x))), locationIds.join(','));
  const place = (lid: string) => places.data?.find((p) => p.id === lid);

  useEffect(() => {
    if (o) document.title = `${t('order_number', { number: o.number })} · Meridian`;
  }, [o, t]);

  if (order.error) {
    return (
      <div className="stack">
        <h1>{t('order_title')}</h1>
        <ErrorNotice error={order.error} onRetry={order.reload} />
        <p>
          <Link to="/account">{t('my_orders')}</Link>
        </p>
      </div>
    );
  }
  if (!o) return <Loading />;

  const live = !!order.data?.live;
  const lineTitle = (lineId: string) => {
    const l = o.lines.find((x) => x.id === lineId);
    return l ? named(locale, l.title_en, l.title_zh) : '';
  };
  const pickups = o.shipments.filter((s) => s.kind === 'pickup');
  const canCancel = live && me?.role === 'consumer' && CANCELLABLE.includes(o.status);

  return (
    <div className="stack">
      <h1>{t('order_number', { number: o.number })}</h1>
      <p className="row">
        <StatusBadge status={o.status} />
        <span className="muted small">{t('ordered_on', { date: formatDate(o.created_at, locale, true) })}</span>
      </p>
      {placed && (
        <p className="notice notice-ok" role="status">
          {t('order_placed')}
        </p>
      )}
      {!live && <p className="notice">{t('order_snapshot')}</p>}

      {o.pickup_code && (
        <section className="card stack sf-code-card" aria-labelledby="sf-code-title">
          <h2 id="sf-code-title">{t('pickup_code')}</h2>
          <p className="sf-code" data-pickup-code={o.pickup_code}>
            {o.pickup_code}
          </p>
          <p>{t('pickup_code_explain')}</p>
          {pickups.map((s) => {
            const p = place(s.location_id);
            const hours = p ? hoursToday(p) : null;
            return (
              <div key={s.id} className="small">
                <strong>{p ? named(locale, p.name_en, p.name_zh) : '…'}</strong>
                {p && (
                  <address className="sf-address muted">
                    {p.address_line}, {named(locale, p.city, p.city_zh)}
                  </address>
                )}
                {hours && <p className="muted">{t('open_today', { hours })}</p>}
              </div>
            );
          })}
        </section>
      )}

      <section className="stack" aria-labelledby="sf-shipments">
        <h2 id="sf-shipments">{t('shipments')}</h2>
        <ErrorNotice error={places.error} onRetry={places.reload} />
        {o.shipments.map((s) => (
          <ShipmentView key={s.id} shipment={s} order={o} where={place(s.location_id)} />
        ))}
      </section>

      {o.delivery_address && (
        <section className="card stack" aria-labelledby="sf-deliver-to">
          <h2 id="sf-deliver-to">{t('delivery_address')}</h2>
          <address className="sf-address">
            {ADDRESS_PARTS.map((k) => [k, o.delivery_address?.[k]] as const)
              .filter(([, v]) => typeof v === 'string' && v)
              .map(([k, v]) => (
                <span key={k}>
                  {k === 'country' ? t(`country_${String(v)}`, { defaultValue: String(v) }) : String(v)}
                  <br />
                </span>
              ))}
          </address>
        </section>
      )}

      {(o.tax_lines.length > 0 || o.buyer_id_masked) && (
        <section className="card stack" aria-labelledby="sf-taxes">
          <h2 id="sf-taxes">{t('taxes')}</h2>
          {o.customs_regime && <p className="small">{t(`regime_${o.customs_regime}`, { defaultValue: o.customs_regime })}</p>}
          {o.buyer_id_masked && <p data-testid="buyer-declared">{t('buyer_declared', { name: o.buyer_name ?? '', masked: o.buyer_id_masked })}</p>}
          <TaxLinesTable lines={o.tax_lines} itemOf={(lineId) => lineTitle(lineId)} />
        </section>
      )}

      <section className="card stack" aria-labelledby="sf-paid">
        <h2 id="sf-paid">{t('payment')}</h2>
        <dl className="sf-totals" style={{ justifyContent: 'start' }}>
          <dt>{t('subtotal')}</dt>
          <dd>{formatMoney(o.subtotal_amount, o.currency, locale)}</dd>
          <dt>{t('shipping')}</dt>
          <dd>{o.shipping_amount ? formatMoney(o.shipping_amount, o.currency, locale) : t('shipping_free')}</dd>
          {(o.tax_amount > 0 || o.customs_regime) && (
            <>
              <dt>{t('import_tax')}</dt>
              <dd>{formatMoney(o.tax_amount, o.currency, locale)}</dd>
            </>
          )}
          <dt>{t('total')}</dt>
          <dd>{formatMoney(o.total_amount, o.currency, locale)}</dd>
          {o.refunded_amount > 0 && (
            <>
              <dt>{t('refunded')}</dt>
              <dd>{formatMoney(o.refunded_amount, o.currency, locale)}</dd>
            </>
          )}
        </dl>
        {o.payments.map((p) => (
          <p key={p.id} className="small muted">
            {t('payment_line', { amount: formatMoney(p.amount, p.currency, locale), status: t(`payment_${p.status}`, { defaultValue: p.status }) })}
          </p>
        ))}
      </section>

      {o.events.length > 0 && (
        <section className="card stack" aria-labelledby="sf-history">
          <h2 id="sf-history">{t('history')}</h2>
          <ol className="sf-events">
            {o.events.map((e, i) => (
              <li key={i}>
                <time dateTime={e.created_at}>{formatDate(e.created_at, locale, true)}</time> — {t(`status_${e.to_status}`, { defaultValue: e.to_status })}
              </li>
            ))}
          </ol>
        </section>
      )}

      {canCancel && <CancelOrder order={o} onDone={order.reload} />}
      <p className="no-print">
        <Link to="/account">{t('my_orders')}</Link> · <Link to="/">{t('continue_shopping')}</Link>
      </p>
    </div>
  );
}

function ShipmentView({ shipment: s, order: o, where }: { shipment: Shipment; order: Order; where: StoreLocation | undefined }) {
  const { t, locale } = useTexts('storefront');
  const steps = s.kind === 'pickup' ? PICKUP_STEPS : DELIVERY_STEPS;
  const at = (steps as readonly string[]).indexOf(s.status);
  const lines = o.lines.filter((l) => l.shipment_id === s.id);
  const whereName = where ? named(locale, where.name_en, where.name_zh) : '…';
  return (
    <article className="card stack" aria-labelledby={`sf-s-${s.id}`}>
      <h3 id={`sf-s-${s.id}`} className="sf-card-title">
        {t(`shipment_${s.kind}`, { place: whereName, defaultValue: s.kind })}
      </h3>
      {s.status === 'cancelled' ? (
        <p>
          <StatusBadge status="cancelled" />
        </p>
      ) : (
        <ol className="sf-steps" aria-label={t('progress')}>
          {steps.map((step, i) => (
            <li key={step} className={i < at ? 'done' : undefined} aria-current={i === at ? 'step' : undefined}>
              {t(`shipment_status_${step}`)}
            </li>
          ))}
        </ol>
      )}
      <p className="small">
        <span className="badge" data-mode={s.fulfilment_mode}>
          {modeLabel(t, s.fulfilment_mode, s.kind)}
        </span>{' '}
        {s.kind !== 'pickup' && t('freight_of', { amount: s.freight_amount ? formatMoney(s.freight_amount, o.currency, locale) : t('shipping_free') })}
      </p>
      {s.tracking_number && <p className="small">{t('tracking_number', { number: s.tracking_number })}</p>}
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('items_in_shipment')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              <th scope="col">{t('quantity')}</th>
              <th scope="col">{t('price')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {named(locale, l.title_en, l.title_zh)}
                  <br />
                  <span className="small muted">{l.sku}</span>
                </td>
                <td>{l.quantity}</td>
                <td>{formatMoney(l.unit_price_amount * l.quantity, l.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function CancelOrder({ order, onDone }: { order: Order; onDone: () => void }) {
  const { t } = useTexts('storefront');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      unwrap(await api.POST('/api/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason: reason.trim() } }));
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('cancel_order')}
        </button>
      </p>
    );
  }
  return (
    <form className="card stack no-print" onSubmit={submit} aria-labelledby="sf-cancel">
      <h2 id="sf-cancel">{t('cancel_order')}</h2>
      <label>
        {t('cancel_reason')}
        <textarea required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <ErrorNotice error={error} />
      <div className="row">
        <button type="submit" className="danger" disabled={busy || !reason.trim()}>
          {t('cancel_confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('keep_order')}
        </button>
      </div>
    </form>
  );
}
