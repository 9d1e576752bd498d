import { type FormEvent, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { CartProvider, useCart } from './cartState';
import { named, type ProductSummary } from './lib';
import './storefront.css';
import './texts';

/** Every storefront page: the shop bar (search, orders, cart) above the page, and the cart kept for all of them. */
export function StorefrontShell() {
  return (
    <CartProvider>
      <ShopBar />
      <div className="sf-page">
        <Outlet />
      </div>
    </CartProvider>
  );
}

function ShopBar() {
  const { t } = useTexts('storefront');
  const { count } = useCart();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const term = q.trim();
    void navigate(term ? `/search?q=${encodeURIComponent(term)}` : '/search');
  };
  return (
    <div className="sf-bar no-print">
      <form role="search" className="sf-search" onSubmit={submit}>
        <input type="search" aria-label={t('search_label')} placeholder={t('search_placeholder')} value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">{t('search_button')}</button>
      </form>
      <nav aria-label={t('shop_nav')}>
        <ul className="sf-bar-links">
          <li>
            <Link to="/account">{t('my_orders')}</Link>
          </li>
          <li>
            <Link to="/cart" className="sf-cart-link">
              {t('cart_link', { count })}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/** A product picture; the placeholder stands in when there is none or it does not load. */
export function ProductImage({ src, alt, className, initial }: { src: string | undefined; alt: string; className?: string; initial?: string }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);
  if (!src || failed) {
    return (
      <div
        className={`sf-image-placeholder ${className ?? ''}`}
        role={alt ? 'img' : undefined}
        aria-label={alt || undefined}
        aria-hidden={alt ? undefined : true}
      >
        <span aria-hidden="true">{(initial ?? alt).slice(0, 1) || '·'}</span>
      </div>
    );
  }
  return <img className={className ?? 'product-image'} src={src} alt={alt} loading="lazy" onError={() => setFailed(true)} />;
}

/** A product in a grid: picture, name, price from. */
export function ProductCard({ product }: { product: ProductSummary }) {
  const { t, locale } = useTexts('storefront');
  const title = named(locale, product.title_en, product.title_zh);
  // Consumers see the sale price (CNY); the USD list price only when no rate is in force.
  const from = product.sale_price_from ?? product.price_from;
  return (
    <li className="card product-card sf-product-card">
      <ProductImage src={product.image_urls[0]} alt="" initial={title} className="product-image" />
      <h3 className="sf-card-title">
        <Link to={`/products/${product.id}`}>{title}</Link>
      </h3>
      {from && <p className="price">{t('price_from', { price: formatMoney(from.amount, from.currency, locale) })}</p>}
      {product.temperature_class !== 'ambient' && <span className="badge">{t(`temperature_${product.temperature_class}`)}</span>}
    </li>
  );
}

export function ProductGrid({ products }: { products: ProductSummary[] }) {
  return (
    <ul className="grid sf-grid">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} />
      ))}
    </ul>
  );
}

/** An order's status as a badge, in the reader's language. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTexts('storefront');
  return <span className={`badge sf-status sf-status-${status}`}>{t(`status_${status}`, { defaultValue: status })}</span>;
}
