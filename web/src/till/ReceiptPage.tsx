import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { methodOf, nameOf, titleOf, useLoad } from './data';
import './texts';

/** A printable receipt (GET /api/orders/{id}/receipt): store, lines, total, payment, order number, date. */
export function ReceiptPage() {
  const { t, locale } = useTexts('till');
  const { id = '' } = useParams();
  const r = useLoad(async () => unwrap(await api.GET('/api/orders/{id}/receipt', { params: { path: { id } } })), [id]);
  if (r.loading && !r.data) return <Loading />;
  if (r.error || !r.data) return <ErrorNotice error={r.error} onRetry={r.reload} />;
  const receipt = r.data;
  const money = (n: number) => formatMoney(n, receipt.currency, locale);
  const method = methodOf(receipt.order_id);
  return (
    <article className="card stack receipt" aria-labelledby="receipt-heading" style={{ maxWidth: '32rem' }}>
      <header className="stack" style={{ gap: '0.25rem' }}>
        {receipt.store && (
          <>
            <p className="price" style={{ margin: 0 }}>
              {nameOf(receipt.store, locale)}
            </p>
            <p className="muted small" style={{ margin: 0 }}>
              {receipt.store.address_line}, {receipt.store.city}
            </p>
          </>
        )}
        <h1 id="receipt-heading">{t('receipt_title', { number: receipt.number })}</h1>
        <p className="small" style={{ margin: 0 }}>
          {t('receipt_date', { date: formatDate(receipt.issued_at, locale, true) })}
        </p>
        <p className="muted small" style={{ margin: 0 }}>
          {t('receipt_order', { id: receipt.order_id })}
        </p>
      </header>
      <div className="table-wrap" style={{ position: 'relative' }}>
        <table>
          <caption className="sr-only">{t('receipt_lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col_item')}</th>
              <th scope="col">{t('col_qty')}</th>
              <th scope="col">{t('col_price')}</th>
              <th scope="col">{t('col_amount')}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((l, i) => (
              <tr key={`${l.sku}-${i}`}>
                <td>
                  {titleOf(l, locale)}
                  <div className="muted small">{l.sku}</div>
                </td>
                <td>{l.quantity}</td>
                <td>{money(l.unit_price_amount)}</td>
                <td>{money(l.line_amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('total')}
              </th>
              <td className="price" data-testid="receipt-total">
                {money(receipt.total_amount)}
              </td>
            </tr>
            {receipt.refunded_amount > 0 && (
              <tr>
                <th scope="row" colSpan={3}>
                  {t('refunded')}
                </th>
                <td>{money(receipt.refunded_amount)}</td>
              </tr>
            )}
          </tfoot>
        </table>
      </div>
      <section aria-labelledby="receipt-payment">
        <h2 id="receipt-payment">{t('payment')}</h2>
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {receipt.payments.map((p, i) => (
            <li key={i}>
              {t('receipt_payment', {
                method: method ? t(method) : p.provider,
                amount: money(p.amount),
                status: t(`payment_${p.status}`, { defaultValue: p.status }),
              })}
            </li>
          ))}
        </ul>
      </section>
      <p className="small muted">{t('receipt_thanks')}</p>
      <div className="row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link to="/till">{t('back_to_till')}</Link>
      </div>
    </article>
  );
}
