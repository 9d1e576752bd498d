import { Link } from 'react-router-dom';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import type { Notice, NoticeItem, NoticeStatus, Product } from './notices-data';
import './notices-texts';
import { NOTICE_TONE, StatusBadge } from '../../shared/status-badge';

export function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  const { t } = useTexts('merchant');
  return (
    <StatusBadge tone={NOTICE_TONE[status]} status={status}>
      {t(`tk_status_${status}`)}
    </StatusBadge>
  );
}

/**
 * A listing's title in the reader's language: as it is now when the reader may see it, else as the
 * notice recorded it when filed (a brand owner cannot see a taken-down listing), else its id.
 */
export function listingName(
  products: Map<string, Product> | undefined,
  notice: { product_id: string; listing?: { title_en: string | null; title_zh: string | null } },
  locale: string,
): string {
  const p = products?.get(notice.product_id);
  const title = p ? (locale === 'zh-CN' ? p.title_zh : p.title_en) : locale === 'zh-CN' ? notice.listing?.title_zh : notice.listing?.title_en;
  return title || notice.product_id;
}

/** Notices in a table; "Open" shows one below. */
export function NoticeTable({
  items,
  products,
  caption,
  open,
  onOpen,
}: {
  items: NoticeItem[];
  products: Map<string, Product> | undefined;
  caption: string;
  open: string | null;
  onOpen: (id: string) => void;
}) {
  const { t, locale } = useTexts('merchant');
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tk_col_listing')}</th>
            <th scope="col">{t('tk_col_kind')}</th>
            <th scope="col">{t('tk_col_status')}</th>
            <th scope="col">{t('tk_col_received')}</th>
            <th scope="col">{t('tk_col_notice')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((n) => {
            const name = listingName(products, n, locale);
            return (
              <tr key={n.id}>
                <th scope="row">
                  <Link to={`/products/${n.product_id}`}>{name}</Link>
                  {name !== n.product_id && <div className="small mono">{n.product_id}</div>}
                </th>
                <td>{t(`tk_kind_${n.kind}`)}</td>
                <td>
                  <NoticeStatusBadge status={n.status} />
                </td>
                <td>{formatDate(n.received_at, locale, true)}</td>
                <td>
                  <button type="button" className="secondary" aria-expanded={open === n.id} onClick={() => onOpen(n.id)}>
                    {t('tk_open', { id: n.id })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Evidence({ urls, label }: { urls: string[]; label: string }) {
  if (urls.length === 0) return null;
  return (
    <div>
      <h4 className="small">{label}</h4>
      <ul className="small">
        {urls.map((u) => (
          <li key={u}>
            <a href={u} target="_blank" rel="noreferrer noopener">
              {u}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a notice says, its evidence, the counter-notice and decision, and every step with its time. */
export function NoticeBody({ notice, reason }: { notice: Notice; reason?: string | null }) {
  const { t, locale } = useTexts('merchant');
  return (
    <div className="stack">
      <dl className="small">
        <dt>{t('tk_kind')}</dt>
        <dd>{t(`tk_kind_${notice.kind}`)}</dd>
        <dt>{t('tk_status')}</dt>
        <dd>
          <NoticeStatusBadge status={notice.status} />
        </dd>
        {reason && (
          <>
            <dt>{t('tk_takedown_reason')}</dt>
            <dd>{reason}</dd>
          </>
        )}
        <dt>{t('tk_statement_by_owner')}</dt>
        <dd>{notice.statement}</dd>
        {notice.counter_statement && (
          <>
            <dt>{t('tk_counter_statement')}</dt>
            <dd>{notice.counter_statement}</dd>
          </>
        )}
        {notice.decision_reason && (
          <>
            <dt>{t('tk_decision_reason')}</dt>
            <dd>{notice.decision_reason}</dd>
          </>
        )}
      </dl>
      <Evidence urls={notice.evidence_urls} label={t('tk_evidence')} />
      <Evidence urls={notice.counter_evidence_urls ?? []} label={t('tk_counter_evidence')} />
      <div>
        <h4 className="small">{t('tk_timeline')}</h4>
        <ol className="small">
          {notice.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.created_at}>{formatDate(h.created_at, locale, true)}</time> — {t(`tk_step_${h.to_status}`)}
              {h.note && <span> ({h.note})</span>}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
