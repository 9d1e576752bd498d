import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { type Item, type Transfer, type TransferListItem, titleOf, useLoad, variantItem } from './data';
import { useStore } from './TillFrame';
import './texts';

/** Transfers on their way to this store (in transit or partly received), newest first. */
async function incoming(storeId: string): Promise<TransferListItem[]> {
  const [a, b] = await Promise.all([
    api.GET('/api/transfers', { params: { query: { to_location_id: storeId, status: 'in_transit', limit: 100 } } }).then(unwrap),
    api.GET('/api/transfers', { params: { query: { to_location_id: storeId, status: 'partially_received', limit: 100 } } }).then(unwrap),
  ]);
  return [...a.items, ...b.items].sort((x, y) => (x.id < y.id ? 1 : -1));
}

/** Receiving an incoming transfer: count what arrived per line (prefilled with what is still on the road) and record it. */
export function ReceivingScreen() {
  const { t, locale } = useTexts('till');
  const store = useStore();
  const list = useLoad(() => incoming(store.id), [store.id]);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<Transfer | null>(null);

  return (
    <div className="stack">
      <h1>{t('receiving_title')}</h1>
      {done && (
        <div className="card notice-ok stack" role="status">
          <h2>{t('received_title', { id: done.id })}</h2>
          <p>{t('transfer_status_now', { status: t(`transfer_${done.status}`, { defaultValue: done.status }) })}</p>
          {done.discrepancies.length > 0 && (
            <ul>
              {done.discrepancies.map((d) => (
                <li key={d.id}>{t(`discrepancy_${d.kind}`, { count: d.quantity, variant: d.variant_id })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : list.data && list.data.length === 0 ? (
        <p className="muted">{t('receiving_none')}</p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(list.data ?? []).map((tr) => (
            <li key={tr.id} className="card stack">
              <div className="row">
                <h2 style={{ margin: 0 }}>{t('transfer_title', { id: tr.id.slice(-8) })}</h2>
                <span className="badge">{t(`transfer_${tr.status}`, { defaultValue: tr.status })}</span>
                <span className="muted small">
                  {t('dispatched_on', { date: tr.dispatched_at ? formatDate(tr.dispatched_at, locale, true) : '—' })} ·{' '}
                  {t('units_in_transit', { count: tr.lines.reduce((n, l) => n + l.in_transit, 0) })}
                </span>
                <button type="button" className="secondary" aria-expanded={open === tr.id} onClick={() => setOpen(open === tr.id ? null : tr.id)}>
                  {open === tr.id ? t('close') : t('receive_open')}
                </button>
              </div>
              {tr.note && <p className="small">{tr.note}</p>}
              {open === tr.id && (
                <ReceiveForm
                  transfer={tr}
                  onDone={(r) => {
                    setDone(r);
                    setOpen(null);
                    list.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReceiveForm({ transfer, onDone }: { transfer: TransferListItem; onDone: (t: Transfer) => void }) {
  const { t, locale } = useTexts('till');
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(transfer.lines.map((l) => [l.id, String(l.in_transit)])));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = useLoad(async () => {
    const out: Record<string, Item> = {};
    for (const l of transfer.lines) {
      if (out[l.variant_id]) continue;
      try {
        out[l.variant_id] = await variantItem(l.variant_id);
      } catch {
        // The SKU stands in for the title.
      }
    }
    return out;
  }, [transfer.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const lines = transfer.lines
      .map((l) => ({ variant_id: l.variant_id, quantity: Math.max(0, Math.trunc(Number(counts[l.id]) || 0)) }))
      .filter((l) => l.quantity > 0);
    if (lines.length === 0) {
      setError(new Error(t('receive_nothing')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(
        unwrap(
          await api.POST('/api/transfers/{id}/receipts', {
            params: { path: { id: transfer.id } },
            body: { lines, ...(note.trim() ? { note: note.trim() } : {}) },
          }),
        ),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-label={t('receive_form', { id: transfer.id.slice(-8) })}>
      <div className="table-wrap" style={{ position: 'relative' }}>
        <table>
          <caption className="sr-only">{t('transfer_lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col_item')}</th>
              <th scope="col">{t('col_sent')}</th>
              <th scope="col">{t('col_received_before')}</th>
              <th scope="col">{t('col_arrived')}</th>
            </tr>
          </thead>
          <tbody>
            {transfer.lines.map((l) => {
              const item = items.data?.[l.variant_id];
              const title = item ? `${titleOf(item, locale)}${item.options ? ` (${item.options})` : ''}` : l.sku;
              return (
                <tr key={l.id}>
                  <td>
                    {title}
                    <div className="muted small">{l.sku}</div>
                  </td>
                  <td>{l.quantity_sent}</td>
                  <td>{l.quantity_received}</td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={9999}
                      step={1}
                      aria-label={t('arrived_of', { title })}
                      value={counts[l.id] ?? ''}
                      onChange={(e) => setCounts({ ...counts, [l.id]: e.target.value })}
                      style={{ width: '6rem' }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label>
        {t('receive_note')}
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <p className="muted small">{t('receive_hint')}</p>
      <ErrorNotice error={error} />
      <button type="submit" disabled={busy}>
        {t('receive_submit')}
      </button>
    </form>
  );
}
