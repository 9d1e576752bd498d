import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { ProductGrid } from './components';
import { catalog, named, type ProductSummary, useLoad } from './lib';

const PAGE = 24;

/** Search results (English or Chinese words), optionally within a category or a brand. */
export function SearchPage() {
  const { t, locale } = useTexts('storefront');
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const category = params.get('category') ?? '';
  const brand = params.get('brand') ?? '';
  const query = { ...(q ? { q } : {}), ...(category ? { category_id: category } : {}), ...(brand ? { brand_id: brand } : {}) };
  const key = JSON.stringify(query);

  const first = useLoad(async () => unwrap(await api.GET('/api/products', { params: { query: { ...query, limit: PAGE } } })), key);
  const categories = useLoad(() => catalog.categories(), 'categories');
  const brands = useLoad(() => catalog.brands(), 'brands');
  const [more, setMore] = useState<{ items: ProductSummary[]; cursor: string | null; error: unknown; busy: boolean }>({
    items: [],
    cursor: null,
    error: null,
    busy: false,
  });
  useEffect(() => setMore({ items: [], cursor: null, error: null, busy: false }), [key]);

  const cursor = more.cursor ?? first.data?.next_cursor ?? null;
  const loadMore = async () => {
    if (!cursor) return;
    setMore((m) => ({ ...m, busy: true, error: null }));
    try {
      const r = unwrap(await api.GET('/api/products', { params: { query: { ...query, limit: PAGE, cursor } } }));
      setMore((m) => ({ items: [...m.items, ...r.items], cursor: r.next_cursor, error: null, busy: false }));
    } catch (error) {
      setMore((m) => ({ ...m, error, busy: false }));
    }
  };
  const items = [...(first.data?.items ?? []), ...more.items];
  const hasMore = more.items.length ? more.cursor !== null : !!first.data?.next_cursor;

  const cat = categories.data?.find((c) => c.id === category);
  const br = brands.data?.find((b) => b.id === brand);
  const title = q
    ? t('results_for', { q })
    : cat
      ? named(locale, cat.name_en, cat.name_zh)
      : br
        ? t('brand_products', { brand: named(locale, br.name_en, br.name_zh) })
        : t('all_products');
  const tops = (categories.data ?? []).filter((c) => !c.parent_id).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const within = (id: string | null) => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (brand) p.set('brand', brand);
    if (id) p.set('category', id);
    return `/search?${p.toString()}`;
  };

  useEffect(() => {
    document.title = `${title} · Meridian`;
  }, [title]);

  return (
    <div className="stack">
      <h1>{title}</h1>
      {(cat || br) && q && (
        <p className="muted">
          {cat && t('within_category', { category: named(locale, cat.name_en, cat.name_zh) })}{' '}
          {br && t('within_brand', { brand: named(locale, br.name_en, br.name_zh) })}
        </p>
      )}
      {tops.length > 0 && (
        <nav aria-label={t('filter_category')}>
          <ul className="sf-chips">
            <li>
              <Link to={within(null)} aria-current={!category ? 'true' : undefined}>
                {t('all_categories')}
              </Link>
            </li>
            {tops.map((c) => (
              <li key={c.id}>
                <Link to={within(c.id)} aria-current={category === c.id ? 'true' : undefined}>
                  {named(locale, c.name_en, c.name_zh)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section className="stack" aria-labelledby="sf-results">
        <h2 id="sf-results" aria-live="polite">
          {first.data ? t('showing_count', { count: items.length }) : t('results')}
        </h2>
        {first.error ? (
          <ErrorNotice error={first.error} onRetry={first.reload} />
        ) : !first.data ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="notice">{q ? t('no_results_for', { q }) : t('no_results')}</p>
        ) : (
          <ProductGrid products={items} />
        )}
        <ErrorNotice error={more.error} />
        {hasMore && (
          <p>
            <button type="button" className="secondary" onClick={() => void loadMore()} disabled={more.busy}>
              {more.busy ? t('loading_more') : t('load_more')}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
