import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useScope } from './scope';
import './texts';

type Summary = Awaited<ReturnType<typeof listPage>>['items'][number];
type Status = 'draft' | 'active' | 'archived';

async function listPage(merchantId: string, q: string, status: Status | '', cursor?: string) {
  return unwrap(
    await api.GET('/api/products', {
      params: { query: { merchant_id: merchantId, limit: 50, ...(q ? { q } : {}), ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/** Downloads the merchant's catalogue as CSV (the browser saves the file). */
export async function downloadCatalogue(merchantId: string, operator: boolean): Promise<void> {
  const r = await api.GET('/api/products/export.csv', { params: { query: operator ? { merchant_id: merchantId } : {} }, parseAs: 'blob' });
  if (r.error !== undefined || !r.data) {
    const p = r.error as { code?: string; detail?: string } | undefined;
    throw new ApiError({ status: r.response.status, code: p?.code ?? 'export_failed', detail: p?.detail ?? r.response.statusText });
  }
  const url = URL.createObjectURL(r.data as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `products-${merchantId}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The merchant's products, any status, with search, status filter and CSV export. */
export default function Products() {
  const { t, locale } = useTexts('merchant');
  const { merchantId, canEditCatalog, role } = useScope();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [applied, setApplied] = useState({ q: '', status: '' as Status | '' });
  const [items, setItems] = useState<Summary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (!merchantId) return;
    let live = true;
    setLoading(true);
    setError(null);
    listPage(merchantId, applied.q, applied.status).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(page.next_cursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [merchantId, applied]);

  const more = async () => {
    if (!merchantId || !cursor) return;
    try {
      const page = await listPage(merchantId, applied.q, applied.status, cursor);
      setItems((xs) => [...xs, ...page.items]);
      setCursor(page.next_cursor);
    } catch (e) {
      setError(e);
    }
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ q: q.trim(), status });
  };
  const exportCsv = async () => {
    if (!merchantId) return;
    setExporting(true);
    setError(null);
    try {
      await downloadCatalogue(merchantId, role === 'operator');
    } catch (e) {
      setError(e);
    } finally {
      setExporting(false);
    }
  };

  if (!merchantId) return <p className="notice">{t('pick_merchant')}</p>;
  return (
    <section className="stack">
      <h1>{t('products_title')}</h1>
      <div className="row no-print">
        {canEditCatalog && (
          <Link to="/merchant/products/new" className="button-link">
            {t('new_product')}
          </Link>
        )}
        <button type="button" className="secondary" onClick={exportCsv} disabled={exporting}>
          {exporting ? t('exporting') : t('export_csv')}
        </button>
        {canEditCatalog && <Link to="/merchant/products/import">{t('import_csv')}</Link>}
      </div>
      <form className="card row" role="search" onSubmit={search} aria-label={t('search_products')}>
        <label>
          {t('search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {t('status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">{t('status_any')}</option>
            <option value="draft">{t('status_draft')}</option>
            <option value="active">{t('status_active')}</option>
            <option value="archived">{t('status_archived')}</option>
          </select>
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      <ErrorNotice error={error} />
      {loading ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t('no_products')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('products_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('product')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('price_from')}</th>
                <th scope="col">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/merchant/products/${p.id}`}>{locale === 'zh-CN' ? p.title_zh : p.title_en}</Link>
                    <div className="muted small">{locale === 'zh-CN' ? p.title_en : p.title_zh}</div>
                  </th>
                  <td>
                    <span className="badge">{t(`status_${p.status}`)}</span>
                  </td>
                  <td>
                    {p.price_from ? formatMoney(p.price_from.amount, p.price_from.currency, locale) : '—'}
                    {p.sale_price_from && p.price_from && p.sale_price_from.currency !== p.price_from.currency && (
                      <div className="muted small">{formatMoney(p.sale_price_from.amount, p.sale_price_from.currency, locale)}</div>
                    )}
                  </td>
                  <td>{formatDate(p.updated_at as string, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" className="secondary" onClick={more}>
          {t('load_more')}
        </button>
      )}
    </section>
  );
}
