import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorNotice, Loading } from '../shared/components';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useCart } from './cartState';
import { type LineDetail, type MerchantGroup, totals, useCartDetails } from './cartDetails';
import './texts-crossborder';
import { ProductImage } from './components';
import { explainCrossBorder, QuoteView } from './crossBorder';
import { catalog, consumerPrice, named, useLoad, variantLabel } from './lib';

/** The names of a merchant's brands in the cart ("Blue Ridge Denim"), else a numbered seller. */
export function useGroupName() {
  const { t, locale } = useTexts('storefront');
  return (g: MerchantGroup, i: number) => {
    const brands = [...new Set(g.lines.map((d) => (d.product.brand ? named(locale, d.product.brand.name_en, d.product.brand.name_zh) : '')).filter(Boolean))];
    return brands.length ? t('sold_by', { names: brands.join(locale === 'zh-CN' ? '、' : ', ') }) : t('seller_n', { n: i + 1 });
  };
}

/** The cart: lines from several merchants, each delivered or picked up at a store; change or remove them. */
export function CartPage() {
  const { t, locale } = useTexts('storefront');
  const cart = useCart();
  const details = useCartDetails(cart.cart);
  const groupName = useGroupName();
  useEffect(() => {
    document.title = `${t('cart_title')} · Meridian`;
  }, [t]);
  // Freight and tax depend on where the goods come from: once checkout has sourced the cart (every
  // line holds its stock), the quote shows them here too; before that, checkout works them out.
  const c = cart.cart;
  const held =
    !!c &&
    c.lines.length > 0 &&
    c.lines.every((l) => c.holds.some((h) => h.line_id === l.id && h.status === 'active' && Date.parse(h.expires_at) > Date.now()));
  const quote = useLoad(
    async () => (held ? cart.quote() : null),
    held ? JSON.stringify([c.lines.map((l) => [l.id, l.quantity]), c.holds.map((h) => h.reservation_id)]) : 'none',
  );
  const quoteIds = [...new Set((quote.data?.shipments ?? []).map((s) => s.location_id))].sort();
  const places = useLoad(async () => Promise.all(quoteIds.map((id) => catalog.location(id))), `places:${quoteIds.join(',')}`);

  if (!cart.ready) return <Loading />;
  const empty = !cart.cart || cart.cart.lines.length === 0;
  const all = details.data?.lines ?? [];
  const problems = all.filter((d) => d.available < d.line.quantity);
  return (
    <div className="stack">
      <h1>{t('cart_title')}</h1>
      <ErrorNotice error={cart.error} onRetry={() => void cart.reload()} />
      {empty ? (
        <div className="card stack">
          <p>{t('cart_empty')}</p>
          <p>
            <Link to="/">{t('continue_shopping')}</Link>
          </p>
        </div>
      ) : details.error ? (
        <ErrorNotice error={details.error} onRetry={details.reload} />
      ) : !details.data ? (
        <Loading />
      ) : (
        <div className="sf-two">
          <div className="stack">
            {details.data.groups.map((g, i) => (
              <section key={g.merchantId} className="card sf-merchant" aria-labelledby={`sf-m-${g.merchantId}`}>
                <h2 id={`sf-m-${g.merchantId}`}>{groupName(g, i)}</h2>
                <ul className="sf-lines">
                  {g.lines.map((d) => (
                    <CartLineView key={d.line.id} detail={d} />
                  ))}
                </ul>
                <p className="small">
                  {t('merchant_subtotal')} <strong>{formatMoney(g.subtotal, g.currency, locale)}</strong>
                </p>
              </section>
            ))}
          </div>
          <aside className="card stack" aria-labelledby="sf-summary">
            <h2 id="sf-summary">{t('summary')}</h2>
            {quote.data ? (
              <QuoteView quote={quote.data} lines={all} places={places.data} />
            ) : (
              <>
                <dl className="sf-totals">
                  {totals(all).map((x) => (
                    <div key={x.currency} style={{ display: 'contents' }}>
                      <dt>{t('subtotal')}</dt>
                      <dd>{formatMoney(x.amount, x.currency, locale)}</dd>
                    </div>
                  ))}
                </dl>
                <p className="small muted">{t('cart_quote_note')}</p>
              </>
            )}
            {quote.error !== null && explainCrossBorder(quote.error, t, locale) && (
              <p className="notice notice-error">{explainCrossBorder(quote.error, t, locale)!.message}</p>
            )}
            <p className="small muted">{t('shipping_note')}</p>
            {totals(all).length > 1 && <p className="notice">{t('mixed_currencies')}</p>}
            {problems.length > 0 && (
              <p className="notice notice-error" role="alert">
                {t('cart_stock_problem')}
              </p>
            )}
            <Link to="/checkout" className="sf-button" aria-disabled={problems.length > 0 ? true : undefined}>
              {t('go_to_checkout')}
            </Link>
          </aside>
        </div>
      )}
    </div>
  );
}

function CartLineView({ detail: d }: { detail: LineDetail }) {
  const { t, locale } = useTexts('storefront');
  const cart = useCart();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const title = named(locale, d.product.title_en, d.product.title_zh);
  const label = variantLabel(d.product, d.variant);
  const price = consumerPrice(d.variant);
  const how = d.line.fulfilment === 'pickup' ? `pickup:${d.line.pickup_location_id}` : 'delivery';
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const storeChoices = d.stores.map((s) => ({ id: s.location_id, name: named(locale, s.location?.name_en, s.location?.name_zh), available: s.available }));
  const current = d.line.pickup_location_id;
  const currentListed = !current || storeChoices.some((s) => s.id === current);
  const maxQty = Math.max(10, d.line.quantity);
  return (
    <li className="sf-line">
      <ProductImage src={d.product.image_urls[0]} alt="" initial={title} />
      <div className="stack" style={{ gap: '0.4rem' }}>
        <h3 className="sf-card-title">
          <Link to={`/products/${d.product.id}`}>{title}</Link>
        </h3>
        {label && <p className="small muted">{label}</p>}
        <p className="small">{formatMoney(price.amount, price.currency, locale)}</p>
        <div className="sf-line-controls">
          <label>
            {t('quantity')}
            <select
              aria-label={t('quantity_of', { title })}
              value={d.line.quantity}
              disabled={busy}
              onChange={(e) => void run(() => cart.change(d.line, { quantity: Number(e.target.value) }))}
            >
              {Array.from({ length: maxQty }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fulfilment')}
            <select
              aria-label={t('fulfilment_of', { title })}
              value={how}
              disabled={busy}
              onChange={(e) => {
                const v = e.target.value;
                void run(() =>
                  cart.change(d.line, v === 'delivery' ? { fulfilment: 'delivery' } : { fulfilment: 'pickup', pickup_location_id: v.slice('pickup:'.length) }),
                );
              }}
            >
              <option value="delivery">{d.deliveryAvailable > 0 ? t('delivery') : `${t('delivery')} — ${t('option_out_of_stock')}`}</option>
              {!currentListed && current && <option value={`pickup:${current}`}>{t('pickup_at_chosen_store')}</option>}
              {storeChoices.map((s) => (
                <option key={s.id} value={`pickup:${s.id}`}>
                  {t('pickup_today_at', { store: s.name })}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={t('remove_item', { title })}
            onClick={() => void run(() => cart.remove(d.line.id))}
          >
            {t('remove')}
          </button>
        </div>
        {d.available < d.line.quantity && (
          <p className="notice notice-error small">{d.available === 0 ? t('line_out_of_stock') : t('line_only_n', { count: d.available })}</p>
        )}
        <ErrorNotice error={error} />
      </div>
      <p className="price sf-line-price">{formatMoney(price.amount * d.line.quantity, price.currency, locale)}</p>
    </li>
  );
}
