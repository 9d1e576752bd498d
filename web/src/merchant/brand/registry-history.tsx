import { useId } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatMoney } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { categoriesWithPaths, type HistoryEntry, merchantProducts, nameIn, titleIn } from './registry-data';
import './registry-texts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** A history row's details in a few words: the seller or price concerned, the fields changed. */
function useDetails(merchantId: string) {
  const { t, locale } = useTexts('merchant');
  const products = useLoad(() => merchantProducts(merchantId), [merchantId]);
  const categories = useLoad(categoriesWithPaths, []);
  const product = (id: string | null) => {
    const p = id ? products.data?.find((x) => x.id === id) : undefined;
    return p ? titleIn(p, locale) : id;
  };
  const category = (id: string | null) => {
    const c = id ? categories.data?.find((x) => x.id === id) : undefined;
    return c ? nameIn(c, locale) : id;
  };
  return (e: HistoryEntry): string => {
    const d = e.details;
    const money = (amount: unknown) => {
      const a = num(amount);
      const c = str(d.currency);
      return a !== null && c ? formatMoney(a, c, locale) : '';
    };
    switch (e.action) {
      case 'seller_added':
      case 'seller_removed':
        return [str(d.merchant_id), category(str(d.category_id)), str(d.country)].filter(Boolean).join(' · ');
      case 'reference_price_set':
        return [
          str(d.product_id) ?? str(d.variant_id),
          money(d.amount),
          d.previous_amount !== undefined ? t('br_history_was', { price: money(d.previous_amount) }) : '',
        ]
          .filter(Boolean)
          .join(' · ');
      case 'reference_price_removed':
        return [product(str(d.product_id)) ?? str(d.variant_id), money(d.amount)].filter(Boolean).join(' · ');
      case 'updated':
        return Array.isArray(d.fields) ? d.fields.join(', ') : '';
      default:
        return '';
    }
  };
}

/** Every step of a registration, oldest first. */
export function RegistrationHistory({ registrationId, merchantId, version }: { registrationId: string; merchantId: string; version: number }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const details = useDetails(merchantId);
  const history = useLoad(
    async () => unwrap(await api.GET('/api/brand-registry/registrations/{id}/history', { params: { path: { id: registrationId } } })).items,
    [registrationId, version],
  );
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('br_history')}</h2>
      <ErrorNotice error={history.error} onRetry={history.reload} />
      {history.loading && !history.data && <Loading />}
      {history.data && (
        <div className="table-wrap">
          <table aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('br_when')}</th>
                <th scope="col">{t('br_step')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('br_reason')}</th>
                <th scope="col">{t('br_details')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.created_at, locale, true)}</td>
                  <th scope="row">{t(`br_action_${e.action}`, { defaultValue: e.action })}</th>
                  <td>
                    {e.from_status && e.from_status !== e.to_status ? `${t(`br_status_${e.from_status}`)} → ` : ''}
                    {t(`br_status_${e.to_status}`)}
                  </td>
                  <td>{e.reason ?? '—'}</td>
                  <td className="small" style={{ overflowWrap: 'anywhere' }}>
                    {details(e) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
