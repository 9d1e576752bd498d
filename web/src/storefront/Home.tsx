import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { ProductGrid } from './components';
import { catalog, named, useLoad } from './lib';

/** The shop's front page: categories, featured US brands and some products. */
export function HomePage() {
  const { t, locale } = useTexts('storefront');
  const categories = useLoad(() => catalog.categories(), 'categories');
  const brands = useLoad(() => catalog.brands(), 'brands');
  const products = useLoad(async () => unwrap(await api.GET('/api/products', { params: { query: { limit: 12 } } })).items, 'products');

  const tops = (categories.data ?? []).filter((c) => !c.parent_id).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const childrenOf = (id: string) =>
    (categories.data ?? []).filter((c) => c.parent_id === id).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));

  return (
    <div className="stack">
      <section className="sf-hero" aria-labelledby="sf-home-title">
        <h1 id="sf-home-title">{t('home_title')}</h1>
        <p>{t('home_intro')}</p>
      </section>

      <section className="stack" aria-labelledby="sf-cats">
        <h2 id="sf-cats">{t('categories')}</h2>
        {categories.error ? (
          <ErrorNotice error={categories.error} onRetry={categories.reload} />
        ) : !categories.data ? (
          <Loading />
        ) : (
          <ul className="sf-categories">
            {tops.map((c) => (
              <li key={c.id} className="card">
                <h3>
                  <Link to={`/search?category=${c.id}`}>{named(locale, c.name_en, c.name_zh)}</Link>
                </h3>
                <ul>
                  {childrenOf(c.id).map((s) => (
                    <li key={s.id}>
                      <Link to={`/search?category=${s.id}`}>{named(locale, s.name_en, s.name_zh)}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="sf-brands">
        <h2 id="sf-brands">{t('featured_brands')}</h2>
        <p className="muted">{t('featured_brands_intro')}</p>
        {brands.error ? (
          <ErrorNotice error={brands.error} onRetry={brands.reload} />
        ) : !brands.data ? (
          <Loading />
        ) : (
          <ul className="sf-chips">
            {brands.data.slice(0, 18).map((b) => (
              <li key={b.id}>
                <Link to={`/search?brand=${b.id}`}>{named(locale, b.name_en, b.name_zh)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="sf-products">
        <h2 id="sf-products">{t('new_arrivals')}</h2>
        {products.error ? (
          <ErrorNotice error={products.error} onRetry={products.reload} />
        ) : !products.data ? (
          <Loading />
        ) : (
          <ProductGrid products={products.data} />
        )}
        <p>
          <Link to="/search">{t('see_all_products')}</Link>
        </p>
      </section>
    </div>
  );
}
