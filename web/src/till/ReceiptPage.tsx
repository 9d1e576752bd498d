import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { methodOf, nameOf, titleOf, useLoad } from './data';
import './texts';

type TaxLine = { kind: string; rate_bp: number; amount: number; included: boolean };

/** VAT and other tax of the sale, summed per rate (a receipt shows "incl. VAT 13 %: ¥…" once per rate). */
function vatByRate(lines: TaxLine[]): Array<{ rate_bp: number; amount: number; included: boolean }> {
  const m = new Map<string, { rate_bp: number; amount: number; included: boolean }>();
  for (const l of lines) {
    if (l.amount === 0) continue;
    const k = `${l.included}:${l.rate_bp}`;
    const cur = m.get(k) ?? { rate_bp: l.rate_bp, amount: 0, included: l.included };
    cur.amount += l.amount;
    m.set(k, cur);
  }
  return [...m.values()].sort((a, b) => b.rate_bp - a.rate_bp);
}

const formatRate = (bp: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);

/** A printable receipt (GET /api/orders/{id}/receipt): store, lines, total, payment, order number, date. */
export function ReceiptPage() {
  const { t, locale } = useTexts('till');
  const { id = '' } = useParams();
  const r = useLoad(async () => {
    // The receipt names the lines; the order adds its tax lines (VAT inside the prices of goods sold in China).
    const [receipt, order] = await Promise.all([
      unwrap(await api.GET('/api/orders/{id}/receipt', { params: { path: { id } } })),
      api.GET('/api/orders/{id}', { params: { path: { id } } }).then(
        (o) => o.data ?? null,
        () => null,
      ),
    ]);
    return { ...receipt, tax_lines: order?.tax_lines ?? [] };
  }, [id]);
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
            {vatByRate(receipt.tax_lines).map((v) => (
              <tr key={`${v.included}-${v.rate_bp}`} className="small" data-testid="receipt-vat">
                <th scope="row" colSpan={3}>
                  {t(v.included ? 'receipt_vat_included' : 'receipt_tax', { rate: formatRate(v.rate_bp, locale) })}
                </th>
                <td>{money(v.amount)}</td>
              </tr>
            ))}
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
