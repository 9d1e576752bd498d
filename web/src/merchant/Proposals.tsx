import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { allLocations, locationName, merchantVariants, optionText, useLoad } from './lib';
import { useScope } from './scope';
import './texts';
import './texts-live';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Proposal = Json<paths['/api/replenishment/proposals']['get']['responses'][200]>['items'][number];

const STATUSES = ['open', 'accepted', 'rejected', 'superseded'] as const satisfies ReadonlyArray<Proposal['status']>;

/** Replenishment proposals: accept one (its quantity may be edited) or reject it with a reason. */
export default function Proposals() {
  const { t, locale } = useTexts('merchant');
  const { role, merchantId } = useScope();
  const ids = { title: useId(), list: useId() };
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('open');
  const who = role === 'operator' ? merchantId : null;
  const list = useLoad(
    async () =>
      unwrap(await api.GET('/api/replenishment/proposals', { params: { query: { status, limit: 200, ...(who ? { merchant_id: who } : {}) } } })).items,
    [status, who],
  );
  const locations = useLoad(allLocations, []);
  const variants = useLoad(async () => (merchantId ? merchantVariants(merchantId, locale) : []), [merchantId, locale]);
  const names = useMemo(() => new Map((locations.data ?? []).map((l) => [l.id, locationName(l, locale)])), [locations.data, locale]);
  const labels = useMemo(
    () => new Map((variants.data ?? []).map((v) => [v.id, `${v.product_title} — ${optionText(v.option_values) || v.sku} (${v.sku})`])),
    [variants.data],
  );
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const canDecide = role === 'merchant';

  /** Runs a change; the message it resolves to is announced. */
  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      setNote(await work());
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('rp_title')}</h1>
      <p className="muted">{t('rp_intro')}</p>
      <div className="row">
        <label className="inline">
          <span>{t('status')}&nbsp;</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`rp_status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        {canDecide && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void act(async () => t('rp_generated', { n: unwrap(await api.POST('/api/replenishment/proposals/run')).generated }))}
          >
            {t('rp_run')}
          </button>
        )}
      </div>
      {note && (
        <p className="notice notice-ok" role="status">
          {note}
        </p>
      )}
      <ErrorNotice error={error ?? list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('rp_none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={ids.title}>
            <thead>
              <tr>
                <th scope="col">{t('rp_item')}</th>
                <th scope="col">{t('store')}</th>
                <th scope="col">{t('rp_source')}</th>
                <th scope="col">{t('rp_quantity')}</th>
                <th scope="col">{t('rp_why')}</th>
                {status === 'open' && canDecide ? <th scope="col">{t('wh_actions')}</th> : <th scope="col">{t('rp_decided')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => {
                const item = labels.get(p.variant_id) ?? p.variant_id;
                const qty = quantities[p.id] ?? String(p.proposed_quantity);
                const qtyValid = /^\d{1,7}$/.test(qty) && Number(qty) >= 1;
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {item}
                      <div className="small">
                        <Link to={`/merchant/forecasts?${new URLSearchParams({ variant_id: p.variant_id, location_id: p.location_id }).toString()}`}>
                          {t('rp_forecast_link')}
                        </Link>
                      </div>
                    </th>
                    <td>{names.get(p.location_id) ?? p.location_id}</td>
                    <td>{p.kind === 'purchase_order' ? t('rp_purchase_order') : (names.get(p.source_location_id ?? '') ?? p.source_location_id)}</td>
                    <td>{formatNumber(p.accepted_quantity ?? p.proposed_quantity, locale)}</td>
                    <td className="small">{p.explanation}</td>
                    {status === 'open' && canDecide ? (
                      <td className="stack">
                        <div className="row">
                          <label className="inline">
                            <span>{t('rp_order_qty', { item })}&nbsp;</span>
                            <input
                              type="number"
                              min={1}
                              step={1}
                              inputMode="numeric"
                              style={{ width: '6rem' }}
                              value={qty}
                              onChange={(e) => setQuantities({ ...quantities, [p.id]: e.target.value })}
                            />
                          </label>
                          <button
                            type="button"
                            disabled={busy || !qtyValid}
                            onClick={() =>
                              void act(async () => {
                                unwrap(
                                  await api.POST('/api/replenishment/proposals/{id}/accept', {
                                    params: { path: { id: p.id } },
                                    body: { quantity: Number(qty) },
                                  }),
                                );
                                return t('rp_accepted', { item, n: Number(qty) });
                              })
                            }
                          >
                            {t('rp_accept', { item })}
                          </button>
                        </div>
                        <div className="row">
                          <label className="inline">
                            <span>{t('rp_reject_reason', { item })}&nbsp;</span>
                            <input maxLength={500} value={reasons[p.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} />
                          </label>
                          <button
                            type="button"
                            className="secondary"
                            disabled={busy || !(reasons[p.id] ?? '').trim()}
                            onClick={() =>
                              void act(async () => {
                                unwrap(
                                  await api.POST('/api/replenishment/proposals/{id}/reject', {
                                    params: { path: { id: p.id } },
                                    body: { reason: (reasons[p.id] ?? '').trim() },
                                  }),
                                );
                                return t('rp_rejected', { item });
                              })
                            }
                          >
                            {t('rp_reject', { item })}
                          </button>
                        </div>
                      </td>
                    ) : (
                      <td>
                        {p.decided_at ? formatDate(p.decided_at, locale, true) : '—'}
                        {p.reject_reason && <div className="small">{p.reject_reason}</div>}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
