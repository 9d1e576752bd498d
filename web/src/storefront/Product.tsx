import { type FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice, Loading } from '../shared/components';
import { formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useCart } from './cartState';
import { ProductImage } from './components';
import { availabilityOf, catalog, consumerPrice, named, pickupStores, type Product, type Variant, useLoad } from './lib';

type Stock = Awaited<ReturnType<typeof availabilityOf>>;

function inStock(stock: Stock | undefined, v: Variant): boolean {
  if (!stock) return true;
  return (stock.delivery.get(v.id)?.available ?? 0) > 0 || pickupStores(stock.pickup.get(v.id)).length > 0;
}

/** A product: pictures, options, price, and where it can be had (delivery, or pick-up today at a store). */
export function ProductPage() {
  const { id = '' } = useParams();
  const { t, locale } = useTexts('storefront');
  const product = useLoad(() => catalog.product(id), id);
  const stock = useLoad(async () => {
    const p = await catalog.product(id);
    return availabilityOf(p.variants.filter((v) => v.status === 'active').map((v) => v.id));
  }, `stock:${id}`);
  const p = product.data;
  const title = p ? named(locale, p.title_en, p.title_zh) : '';
  useEffect(() => {
    if (title) document.title = `${title} · Meridian`;
  }, [title]);

  if (product.error) {
    return (
      <div className="stack">
        <h1>{t('product_unavailable')}</h1>
        <ErrorNotice error={product.error} onRetry={product.reload} />
        <p>
          <Link to="/">{t('back_to_shop')}</Link>
        </p>
      </div>
    );
  }
  if (!p) return <Loading />;
  return <ProductView key={p.id} product={p} stock={stock.data} stockError={stock.error} reloadStock={stock.reload} />;
}

function ProductView({
  product: p,
  stock,
  stockError,
  reloadStock,
}: {
  product: Product;
  stock: Stock | undefined;
  stockError: unknown;
  reloadStock: () => void;
}) {
  const { t, locale } = useTexts('storefront');
  const cart = useCart();
  const title = named(locale, p.title_en, p.title_zh);
  const active = p.variants.filter((v) => v.status === 'active');
  const options = p.options.filter((o) => o.values.length > 0);

  // The chosen option values; at first those of a variant that is in stock.
  const [chosen, setChosen] = useState<Record<string, string>>(() => ({ ...(active[0]?.option_values ?? {}) }));
  const [picked, setPicked] = useState(false);
  useEffect(() => {
    if (picked || !stock) return;
    const first = active.find((v) => inStock(stock, v));
    if (first) setChosen({ ...first.option_values });
    // Only when the stock first arrives (active is derived from the product, which does not change here).
  }, [stock]);

  const matches = (v: Variant, sel: Record<string, string>) => options.every((o) => v.option_values[o.name] === sel[o.name]);
  const variant = options.length ? active.find((v) => matches(v, chosen)) : active[0];

  const delivery = variant ? (stock?.delivery.get(variant.id)?.available ?? 0) : 0;
  const stores = variant ? pickupStores(stock?.pickup.get(variant.id)) : [];
  const soldOut = !!stock && !!variant && delivery === 0 && stores.length === 0;

  const [how, setHow] = useState<string>('');
  const choices = [...(delivery > 0 ? ['delivery'] : []), ...stores.map((s) => `pickup:${s.location_id}`)];
  const choice = choices.includes(how) ? how : (choices[0] ?? '');
  const max = choice === 'delivery' ? delivery : (stores.find((s) => `pickup:${s.location_id}` === choice)?.available ?? 0);
  const [quantity, setQuantity] = useState(1);
  const [image, setImage] = useState(0);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const optionLabel = (name: string) => t(`option_${name.toLowerCase()}`, { defaultValue: name.charAt(0).toUpperCase() + name.slice(1) });
  const choose = (name: string, value: string) => {
    setPicked(true);
    setAdded(false);
    setChosen((c) => ({ ...c, [name]: value }));
  };
  const valueState = (name: string, value: string) => {
    const v = active.find((x) => matches(x, { ...chosen, [name]: value }));
    if (!v) return t('option_unavailable');
    if (stock && !inStock(stock, v)) return t('option_out_of_stock');
    return '';
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!variant || !choice) return;
    setBusy(true);
    setError(null);
    setAdded(false);
    try {
      const pickup = choice.startsWith('pickup:') ? choice.slice('pickup:'.length) : undefined;
      await cart.add({ variant_id: variant.id, quantity, fulfilment: pickup ? 'pickup' : 'delivery', pickup_location_id: pickup });
      setAdded(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const region = (code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const shelf = p.min_remaining_shelf_life;
  const images = p.image_urls;

  return (
    <div className="stack">
      {p.categories.length > 0 && (
        <nav aria-label={t('breadcrumb')}>
          <ul className="sf-chips">
            {p.categories.map((c) => (
              <li key={c.id}>
                <Link to={`/search?category=${c.id}`}>{named(locale, c.name_en, c.name_zh)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="sf-product">
        <div className="sf-gallery">
          <ProductImage src={images[image]} alt={images.length > 1 ? t('image_of', { title, n: image + 1, total: images.length }) : title} />
          {images.length > 1 && (
            <ul className="sf-thumbs" aria-label={t('images')}>
              {images.map((_, i) => (
                <li key={i}>
                  <button type="button" aria-pressed={i === image} aria-label={t('show_image', { n: i + 1 })} onClick={() => setImage(i)}>
                    {i + 1}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="stack">
          <h1>{title}</h1>
          {p.brand && (
            <p className="muted">
              {t('by_brand')} <Link to={`/search?brand=${p.brand.id}`}>{named(locale, p.brand.name_en, p.brand.name_zh)}</Link>
            </p>
          )}
          <p className="price" aria-live="polite">
            {variant ? formatMoney(consumerPrice(variant).amount, consumerPrice(variant).currency, locale) : t('combination_unavailable')}
          </p>
          <form className="stack" onSubmit={submit} aria-label={t('buy_form')}>
            {options.length > 0 && (
              <div className="sf-options">
                {options.map((o) => (
                  <label key={o.name}>
                    {optionLabel(o.name)}
                    <select value={chosen[o.name] ?? ''} onChange={(e) => choose(o.name, e.target.value)}>
                      {o.values.map((val) => {
                        const note = valueState(o.name, val);
                        return (
                          <option key={val} value={val}>
                            {note ? `${val} — ${note}` : val}
                          </option>
                        );
                      })}
                    </select>
                  </label>
                ))}
              </div>
            )}

            {stockError ? (
              <ErrorNotice error={stockError} onRetry={reloadStock} />
            ) : !stock ? (
              <Loading />
            ) : !variant ? (
              <p className="notice" role="status">
                {t('combination_unavailable')}
              </p>
            ) : soldOut ? (
              <p className="notice notice-error" role="status">
                <span className="sf-stock-out">{t('out_of_stock')}</span> {t('out_of_stock_hint')}
              </p>
            ) : (
              <fieldset>
                <legend>{t('choose_fulfilment')}</legend>
                <label className={`sf-choice ${delivery > 0 ? '' : 'disabled'}`}>
                  <input
                    type="radio"
                    name="how"
                    value="delivery"
                    checked={choice === 'delivery'}
                    disabled={delivery === 0}
                    onChange={() => setHow('delivery')}
                  />
                  <span>
                    {t('delivery')}
                    <br />
                    <span className={delivery > 0 ? 'small sf-stock-ok' : 'small sf-stock-out'}>
                      {delivery > 0 ? t('delivery_in_stock', { count: formatNumber(delivery, locale) }) : t('delivery_none')}
                    </span>
                  </span>
                </label>
                {stores.map((s) => (
                  <label key={s.location_id} className="sf-choice">
                    <input
                      type="radio"
                      name="how"
                      value={`pickup:${s.location_id}`}
                      checked={choice === `pickup:${s.location_id}`}
                      onChange={() => setHow(`pickup:${s.location_id}`)}
                    />
                    <span>
                      {t('pickup_today_at', { store: named(locale, s.location?.name_en, s.location?.name_zh) })}
                      <br />
                      <span className="small sf-stock-ok">{t('pickup_in_stock', { count: formatNumber(s.available, locale) })}</span>
                    </span>
                  </label>
                ))}
                {stores.length === 0 && <p className="small muted">{t('pickup_none')}</p>}
              </fieldset>
            )}

            <div className="row sf-buy-row">
              <label>
                {t('quantity')}
                <input
                  className="sf-qty"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={Math.max(1, Math.min(max, 999))}
                  value={quantity}
                  onChange={(e) => setQuantity(Math.max(1, Math.min(999, Number(e.target.value) || 1)))}
                />
              </label>
              <button type="submit" disabled={busy || !variant || soldOut || !stock || !choice || quantity > max}>
                {busy ? t('adding') : t('add_to_cart')}
              </button>
            </div>
            {quantity > max && max > 0 && <p className="notice">{t('only_n_available', { count: max })}</p>}
            <ErrorNotice error={error} />
            <div role="status" aria-live="polite">
              {added && (
                <p className="notice notice-ok">
                  {t('added_to_cart')} <Link to="/cart">{t('view_cart')}</Link> · <Link to="/checkout">{t('go_to_checkout')}</Link>
                </p>
              )}
            </div>
          </form>

          <section className="stack" aria-labelledby="sf-details">
            <h2 id="sf-details">{t('details')}</h2>
            <p>{named(locale, p.description_en, p.description_zh)}</p>
            <ul className="small muted">
              <li>{t('origin', { country: region(p.origin_country) })}</li>
              {variant && <li>{t('sku', { sku: variant.sku })}</li>}
              {p.temperature_class !== 'ambient' && <li>{t(`temperature_${p.temperature_class}_note`)}</li>}
              {shelf && 'days' in shelf && <li>{t('shelf_life_days', { days: shelf.days })}</li>}
              {shelf && 'fraction' in shelf && <li>{t('shelf_life_fraction', { percent: Math.round(shelf.fraction * 100) })}</li>}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
