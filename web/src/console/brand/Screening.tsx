import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatMoney } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { FindingItem, namesFor, type Product, type Screening as Row } from './screening-parts';
import './screening-texts';
import { OkNote } from '../../shared/action';

type Action = 'release' | 'take_down' | 'acknowledge';
const FILTERS = ['all', 'held', 'live'] as const;

/** The cheapest active price of a listing, as screening judged it. */
function priceOf(p: Product | undefined, locale: string): string {
  const active = p?.variants.filter((v) => v.status === 'active') ?? [];
  if (!active.length) return '—';
  const c = active.reduce((a, b) => (b.price.amount < a.price.amount ? b : a));
  return formatMoney(c.price.amount, c.price.currency, locale);
}

/**
 * The operators' screening queue: listings held by screening (an unauthorised use of a registered
 * brand) or flagged (a price far below the brand's reference), with each finding. The operator
 * releases a held listing, takes it down, or acknowledges, with a note the merchant sees.
 */
export default function Screening() {
  const { t, locale } = useTexts('console');
  const titleId = useId();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  const queue = useLoad(async () => {
    const items = unwrap(await api.GET('/api/screening/queue', { params: { query: { limit: 200, ...(filter === 'all' ? {} : { decision: filter }) } } })).items;
    return { items, ...(await namesFor(items)) };
  }, [filter]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const review = async (row: Row, action: Action, title: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      unwrap(await api.POST('/api/screening/{id}/review', { params: { path: { id: row.id } }, body: { action, reason: (notes[row.id] ?? '').trim() } }));
      setDone(t(`tkc_done_${action}`, { title }));
      queue.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('tkc_screening_title')}</h1>
      <p className="muted">{t('tkc_screening_intro')}</p>
      <label className="inline">
        <span>{t('tkc_show')}&nbsp;</span>
        <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`tkc_filter_${f}`)}
            </option>
          ))}
        </select>
      </label>
      <OkNote note={done} />
      <ErrorNotice error={error ?? queue.error} onRetry={queue.reload} />
      {!queue.data && queue.loading && <Loading />}
      {queue.data?.items.length === 0 && <p className="notice">{t('tkc_queue_empty')}</p>}
      {queue.data && queue.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('tkc_screening_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tkc_col_listing')}</th>
                <th scope="col">{t('tkc_col_merchant')}</th>
                <th scope="col">{t('tkc_col_decision')}</th>
                <th scope="col">{t('tkc_col_findings')}</th>
                <th scope="col">{t('tkc_col_review')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.items.map((row) => {
                const p = queue.data!.products.get(row.product_id);
                const title = p ? (locale === 'zh-CN' ? p.title_zh : p.title_en) : row.product_id;
                const note = (notes[row.id] ?? '').trim();
                return (
                  <tr key={row.id}>
                    <th scope="row">
                      {title}
                      <div className="small mono">{row.product_id}</div>
                      <div className="small">{t('tkc_price', { price: priceOf(p, locale) })}</div>
                      <div className="small muted">{t('tkc_screened_at', { at: formatDate(row.created_at, locale, true) })}</div>
                    </th>
                    <td>{queue.data!.merchants.get(row.merchant_id) ?? row.merchant_id}</td>
                    <td>{t(`tkc_decision_${row.decision}`)}</td>
                    <td>
                      <ul className="small">
                        {row.findings.map((f, i) => (
                          <FindingItem key={i} f={f} />
                        ))}
                      </ul>
                    </td>
                    <td>
                      <div className="stack">
                        <label>
                          {t('tkc_review_note')}
                          <span className="sr-only"> {title}</span>
                          <textarea rows={2} maxLength={2000} value={notes[row.id] ?? ''} onChange={(e) => setNotes({ ...notes, [row.id]: e.target.value })} />
                        </label>
                        <div className="row">
                          {row.decision === 'held' && (
                            <button type="button" disabled={busy || !note} onClick={() => void review(row, 'release', title)}>
                              {t('tkc_release')}
                              <span className="sr-only"> {title}</span>
                            </button>
                          )}
                          <button type="button" className="danger" disabled={busy || !note} onClick={() => void review(row, 'take_down', title)}>
                            {t('tkc_take_down')}
                            <span className="sr-only"> {title}</span>
                          </button>
                          <button type="button" className="secondary" disabled={busy || !note} onClick={() => void review(row, 'acknowledge', title)}>
                            {t('tkc_acknowledge')}
                            <span className="sr-only"> {title}</span>
                          </button>
                        </div>
                      </div>
                    </td>
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
