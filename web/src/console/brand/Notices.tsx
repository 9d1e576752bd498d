import { useId, useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { Appeals, StrikesLookup } from './notices-appeals';
import { namesOf, noticesIn, type NoticeStatus, STATUSES } from './notices-data';
import { NoticeBadge, NoticeDetail } from './notices-detail';
import './notices-texts';

/**
 * Notices and appeals for operators: notices waiting for a decision (countered, or still actioned),
 * each with its whole story, decided uphold (a strike) or reinstate with a reason; suspension
 * appeals and their decision; any merchant's strikes.
 */
export default function ConsoleNotices() {
  const { t, locale } = useTexts('console');
  const titleId = useId();
  const listId = useId();
  const [status, setStatus] = useState<NoticeStatus | 'all'>('countered');
  const [open, setOpen] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const list = useLoad(async () => {
    const items = await noticesIn(status);
    const names = await namesOf({
      products: items.map((n) => n.product_id),
      merchants: items.flatMap((n) => [n.notifier_merchant_id, n.listing_merchant_id]),
      registrations: items.map((n) => n.registration_id),
    });
    return { items, names };
  }, [status, tick]);

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('tkc_notices_title')}</h1>
      <p className="muted">{t('tkc_notices_intro')}</p>
      <section className="stack" aria-labelledby={listId}>
        <h2 id={listId}>{t('tkc_notices_list')}</h2>
        <label className="inline">
          <span>{t('tkc_col_status')}&nbsp;</span>
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as typeof status);
              setOpen(null);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`tkc_filter_status_${s}`)}
              </option>
            ))}
            <option value="all">{t('tkc_filter_status_all')}</option>
          </select>
        </label>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {!list.data && list.loading && <Loading />}
        {list.data?.items.length === 0 && <p className="notice">{t('tkc_notices_none')}</p>}
        {list.data && list.data.items.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('tkc_notices_list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tkc_col_listing')}</th>
                  <th scope="col">{t('tkc_col_brand')}</th>
                  <th scope="col">{t('tkc_col_against')}</th>
                  <th scope="col">{t('tkc_col_kind')}</th>
                  <th scope="col">{t('tkc_col_status')}</th>
                  <th scope="col">{t('tkc_col_received')}</th>
                  <th scope="col">{t('tkc_col_notice')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((n) => (
                  <tr key={n.id}>
                    <th scope="row">{list.data!.names.listing(n.product_id, locale)}</th>
                    <td>{list.data!.names.brand(n.registration_id)}</td>
                    <td>{list.data!.names.merchant(n.listing_merchant_id)}</td>
                    <td>{t(`tkc_kind_${n.kind}`)}</td>
                    <td>
                      <NoticeBadge status={n.status} />
                    </td>
                    <td>{formatDate(n.received_at, locale, true)}</td>
                    <td>
                      <button type="button" className="secondary" aria-expanded={open === n.id} onClick={() => setOpen(open === n.id ? null : n.id)}>
                        {t('tkc_open', { id: n.id })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {open && <NoticeDetail key={open} id={open} onDecided={() => setTick((n) => n + 1)} />}
      <Appeals reloadKey={tick} />
      <StrikesLookup />
    </section>
  );
}
