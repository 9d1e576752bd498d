import { type FormEvent, useId, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { OkNote, useAction } from '../../shared/action';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatMoney } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { fromMinor, toMinor } from '../lib';
import { merchantProducts, noContent, PRICE_CURRENCIES, type ReferencePrice, titleIn, variantLabel } from './registry-data';
import { ProductVariantPicker } from './registry-picker';
import './registry-texts';

/** The owner's reference prices of its products or variants, one per currency; set (add or replace) and remove. */
export function ReferencePrices({
  registrationId,
  merchantId,
  canChange,
  onChanged,
}: {
  registrationId: string;
  merchantId: string;
  canChange: boolean;
  onChanged: () => void;
}) {
  const { t, locale } = useTexts('merchant');
  const ids = { title: useId(), form: useId() };
  const prices = useLoad(
    async () => unwrap(await api.GET('/api/brand-registry/registrations/{id}/reference-prices', { params: { path: { id: registrationId } } })).items,
    [registrationId],
  );
  const products = useLoad(() => merchantProducts(merchantId), [merchantId]);
  const variantIds = useMemo(() => [...new Set((prices.data ?? []).flatMap((p) => (p.variant_id ? [p.variant_id] : [])))].sort(), [prices.data]);
  const variants = useLoad(() => Promise.all(variantIds.map((id) => variantLabel(id).catch(() => null))), [variantIds]);
  const label = (p: ReferencePrice) => {
    const productTitle = (id: string) => {
      const found = products.data?.find((x) => x.id === id);
      return found ? titleIn(found, locale) : id;
    };
    if (p.product_id) return productTitle(p.product_id);
    const v = variants.data?.find((x) => x?.id === p.variant_id);
    return v ? `${productTitle(v.product_id)} — ${v.sku}` : (p.variant_id ?? '');
  };

  const [target, setTarget] = useState({ productId: '', variantId: '' });
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string>('CNY');
  const [amountError, setAmountError] = useState<string | null>(null);
  const act = useAction(() => {
    prices.reload();
    onChanged();
  });
  const { busy, error, note, run } = act;
  const save = (e: FormEvent) => {
    e.preventDefault();
    const minor = toMinor(amount, currency);
    if (minor === null || minor <= 0) {
      setAmountError(t('br_price_invalid'));
      return;
    }
    setAmountError(null);
    void run(async () => {
      const body = { ...(target.variantId ? { variant_id: target.variantId } : { product_id: target.productId }), amount: minor, currency };
      const r = await api.PUT('/api/brand-registry/registrations/{id}/reference-prices', { params: { path: { id: registrationId } }, body });
      const saved = unwrap(r);
      setAmount('');
      return t(r.response.status === 201 ? 'br_price_added' : 'br_price_replaced', { price: formatMoney(saved.amount, saved.currency, locale) });
    });
  };
  const edit = (p: ReferencePrice) => {
    const v = variants.data?.find((x) => x?.id === p.variant_id);
    setTarget({ productId: p.product_id ?? v?.product_id ?? '', variantId: p.variant_id ?? '' });
    setCurrency(p.currency);
    setAmount(fromMinor(p.amount, p.currency));
    document.getElementById(ids.form)?.scrollIntoView({ block: 'center' });
  };

  return (
    <section className="card stack" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('br_prices')}</h2>
      <p className="muted small">{t('br_prices_intro')}</p>
      <OkNote note={note} />
      <ErrorNotice error={error} />
      <ErrorNotice error={prices.error} onRetry={prices.reload} />
      {prices.loading && !prices.data && <Loading />}
      {prices.data?.length === 0 && <p className="muted">{t('br_no_prices')}</p>}
      {prices.data && prices.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={ids.title}>
            <thead>
              <tr>
                <th scope="col">{t('br_price_target')}</th>
                <th scope="col">{t('br_price_amount')}</th>
                <th scope="col">{t('br_updated')}</th>
                {canChange && <th scope="col">{t('br_actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {prices.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {label(p)}
                    <div className="muted small">{p.variant_id ? t('br_price_of_variant') : t('br_price_of_product')}</div>
                  </th>
                  <td>{formatMoney(p.amount, p.currency, locale)}</td>
                  <td>{formatDate(p.updated_at, locale, true)}</td>
                  {canChange && (
                    <td className="row">
                      <button type="button" className="secondary" disabled={busy} onClick={() => edit(p)}>
                        {t('br_price_change', { target: label(p), currency: p.currency })}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        onClick={() => {
                          if (window.confirm(t('br_price_remove_confirm', { target: label(p), currency: p.currency })))
                            void run(async () => {
                              noContent(
                                await api.DELETE('/api/brand-registry/registrations/{id}/reference-prices/{price_id}', {
                                  params: { path: { id: registrationId, price_id: p.id } },
                                }),
                              );
                              return t('br_price_removed');
                            });
                        }}
                      >
                        {t('br_price_remove', { target: label(p), currency: p.currency })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && (
        <form id={ids.form} className="row" onSubmit={save} aria-label={t('br_price_set')}>
          <ProductVariantPicker merchantId={merchantId} productId={target.productId} variantId={target.variantId} onChange={setTarget} />
          <label>
            {t('br_price_amount')}
            <input
              required
              inputMode="decimal"
              size={10}
              value={amount}
              aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? `${ids.form}-err` : undefined}
              onChange={(e) => setAmount(e.target.value)}
            />
          </label>
          <label>
            {t('br_price_currency')}
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {[...new Set([...PRICE_CURRENCIES, currency])].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} style={{ alignSelf: 'flex-end' }}>
            {t('br_price_set')}
          </button>
          {amountError && (
            <p id={`${ids.form}-err`} role="alert" className="notice notice-error">
              {amountError}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
