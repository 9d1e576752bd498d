import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, unwrap } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { formatDate, formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { newClientId, type Order, type ReturnDone, titleOf } from './data';
import './texts';

const RETURNABLE = new Set<Order['status']>(['delivered', 'collected', 'partly_refunded']);
const REASONS = ['wrong_size', 'damaged', 'not_as_described', 'changed_mind', 'other'] as const;
type Reason = (typeof REASONS)[number];
const REASON_EN: Record<Reason, string> = {
  wrong_size: 'Wrong size or fit',
  damaged: 'Damaged or faulty',
  not_as_described: 'Not as described',
  changed_mind: 'Changed their mind',
  other: 'Other',
};
const PAGES = 10;

/** An order by its id, or by the number printed on its receipt among the orders this account sees (newest first). */
async function findOrder(query: string): Promise<Order | null> {
  const q = query.trim().replace(/^#/, '');
  if (/^ord_[0-9A-Za-z]{26}$/.test(q)) {
    try {
      return unwrap(await api.GET('/api/orders/{id}', { params: { path: { id: q } } }));
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 404) return null;
      throw e;
    }
  }
  if (!/^\d{1,12}$/.test(q)) return null;
  const number = Number(q);
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page++) {
    const r = unwrap(await api.GET('/api/orders', { params: { query: { limit: 100, cursor } } }));
    const hit = r.items.find((o) => o.number === number);
    if (hit) return unwrap(await api.GET('/api/orders/{id}', { params: { path: { id: hit.id } } }));
    // Newest first: past a lower number the order is not on a later page.
    if (!r.next_cursor || r.items.some((o) => o.number < number)) return null;
    cursor = r.next_cursor;
  }
  return null;
}

/** Returns of online and till orders at this store: find the order, choose lines and quantities, give a reason; the refund is shown. */
export function ReturnsScreen() {
  const { t, locale } = useTexts('till');
  const findRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<Order | null>(null);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<ReturnDone | null>(null);
  const attempt = useRef<{ signature: string; id: string } | null>(null);

  const find = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    setOrder(null);
    setQty({});
    setBusy(true);
    try {
      const o = await findOrder(query);
      if (!o) {
        setError(new Error(t('return_not_found', { query: query.trim() })));
        findRef.current?.focus();
      } else setOrder(o);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const lines = (order?.lines ?? []).map((l) => ({ line: l, left: l.quantity - l.returned_quantity }));
  const chosen = lines.filter((l) => (qty[l.line.id] ?? 0) > 0);
  const refundPreview = chosen.reduce((s, l) => s + l.line.unit_price_amount * (qty[l.line.id] ?? 0), 0);
  const returnable = order ? RETURNABLE.has(order.status) : false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!order || chosen.length === 0 || !reason) return;
    setBusy(true);
    setError(null);
    const body = {
      order_id: order.id,
      lines: chosen.map((l) => ({ order_line_id: l.line.id, quantity: qty[l.line.id]! })),
      reason: note.trim() ? `${REASON_EN[reason]}: ${note.trim()}` : REASON_EN[reason],
      ...(order.channel_kind === 'till' ? { receipt_number: order.number } : {}),
    };
    // The same return sent again (no answer the first time) is recorded once.
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, id: newClientId('return') };
    try {
      const r = unwrap(await api.POST('/api/returns', { body: { ...body, client_return_id: attempt.current.id } }));
      attempt.current = null;
      if ('refund_amount' in r) setDone(r as ReturnDone);
      else setDone({ ...r, refund_amount: 0, currency: r.order.currency } as ReturnDone);
      setOrder(r.order);
      setQty({});
      setReason('');
      setNote('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h1>{t('returns_title')}</h1>
      <form className="card stack narrow no-print" onSubmit={find} aria-label={t('return_find')}>
        <label>
          {t('return_lookup')}
          <input ref={findRef} autoFocus autoComplete="off" required value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="return-hint" />
        </label>
        <p id="return-hint" className="muted small">
          {t('return_hint')}
        </p>
        <button type="submit" disabled={busy}>
          {t('return_find')}
        </button>
      </form>
      {done && (
        <div className="card notice-ok stack" role="status">
          <h2>{t('return_done')}</h2>
          <p data-testid="refund-amount">{t('refund_amount', { amount: formatMoney(done.refund_amount, done.currency, locale) })}</p>
          <p>{t('order_status_now', { status: t(`order_${done.order.status}`, { defaultValue: done.order.status }) })}</p>
          <p>
            <Link to={`/till/receipt/${done.order.id}`}>{t('show_receipt')}</Link>
          </p>
        </div>
      )}
      <ErrorNotice error={error} />
      {order && (
        <form className="card stack" onSubmit={submit} aria-labelledby="return-order">
          <h2 id="return-order">{t('order_number', { number: order.number })}</h2>
          <p className="row">
            <span className="badge">{order.channel_kind === 'till' ? t('channel_till') : t('channel_online')}</span>
            <span className="badge">{t(`order_${order.status}`, { defaultValue: order.status })}</span>
            <span className="muted small">{t('ordered_on', { date: formatDate(order.created_at, locale, true) })}</span>
          </p>
          {!returnable && <p className="notice">{t('return_not_returnable')}</p>}
          <div className="table-wrap" style={{ position: 'relative' }}>
            <table>
              <caption className="sr-only">{t('return_lines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col_item')}</th>
                  <th scope="col">{t('col_price')}</th>
                  <th scope="col">{t('col_sold')}</th>
                  <th scope="col">{t('col_return')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map(({ line, left }) => (
                  <tr key={line.id}>
                    <td>
                      {titleOf(line, locale)}
                      <div className="muted small">{line.sku}</div>
                    </td>
                    <td>{formatMoney(line.unit_price_amount, line.currency, locale)}</td>
                    <td>
                      {line.quantity}
                      {line.returned_quantity > 0 && <div className="muted small">{t('already_returned', { count: line.returned_quantity })}</div>}
                    </td>
                    <td>
                      <input
                        type="number"
                        min={0}
                        max={left}
                        step={1}
                        disabled={!returnable || left === 0}
                        aria-label={t('return_qty_of', { title: titleOf(line, locale) })}
                        value={qty[line.id] ?? 0}
                        onChange={(e) => setQty({ ...qty, [line.id]: Math.max(0, Math.min(left, Math.trunc(Number(e.target.value) || 0))) })}
                        style={{ width: '6rem' }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label>
            {t('return_reason')}
            <select required value={reason} onChange={(e) => setReason(e.target.value as Reason)} disabled={!returnable}>
              <option value="">{t('return_reason_choose')}</option>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reason_${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('return_note')}
            <input value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} disabled={!returnable} />
          </label>
          <p className="price">{t('refund_preview', { amount: formatMoney(refundPreview, order.currency, locale) })}</p>
          <button type="submit" disabled={busy || !returnable || chosen.length === 0 || !reason}>
            {t('return_submit')}
          </button>
        </form>
      )}
    </div>
  );
}
