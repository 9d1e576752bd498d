import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { type Loaded, useLoad } from '../../shared/load';
import { formatDate, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { type Batch, downloadBatchCsv, fromGs1Date, type NewBatch, toGs1Date } from './codes-data';
import { variantLabel } from './registry-data';
import { ProductVariantPicker } from './registry-picker';
import './codes-texts';

/** Generates a batch of signed codes for a variant with a GTIN: how many, an optional lot and expiry. */
export function NewBatchForm({ merchantId, onCreated }: { merchantId: string; onCreated: (b: NewBatch) => void }) {
  const { t } = useTexts('merchant');
  const titleId = useId();
  const [target, setTarget] = useState({ productId: '', variantId: '' });
  const [count, setCount] = useState('10');
  const [lot, setLot] = useState('');
  const [expiry, setExpiry] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = unwrap(
        await api.POST('/api/unit-codes/batches', {
          body: { variant_id: target.variantId, count: Number(count), lot: lot.trim() || null, expiry: toGs1Date(expiry) || null },
        }),
      );
      onCreated(made);
      setLot('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('uc_new_batch')}</h2>
      <p className="muted small">{t('uc_new_batch_intro')}</p>
      <div className="row">
        <ProductVariantPicker merchantId={merchantId} productId={target.productId} variantId={target.variantId} onChange={setTarget} variantRequired needGtin />
      </div>
      <div className="row">
        <label>
          {t('uc_count')}
          <input type="number" required min={1} max={10000} step={1} value={count} onChange={(e) => setCount(e.target.value)} />
        </label>
        <label>
          {t('uc_lot')}
          <input maxLength={20} pattern={'[!-~]{1,20}'} title={t('uc_lot_hint')} value={lot} onChange={(e) => setLot(e.target.value)} />
        </label>
        <label>
          {t('uc_expiry')}
          <input type="date" value={expiry} min="2000-01-01" max="2099-12-31" onChange={(e) => setExpiry(e.target.value)} />
        </label>
      </div>
      <ErrorNotice error={error} />
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t('uc_generating') : t('uc_generate')}
        </button>
      </div>
    </form>
  );
}

/** The merchant's batches, newest first, with how many codes are suspicious or sold; open one or download its CSV. */
export function BatchList({ batches, selected, onOpen }: { batches: Loaded<Batch[]>; selected: string | null; onOpen: (id: string) => void }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const variantIds = [...new Set((batches.data ?? []).flatMap((b) => (b.variant_id ? [b.variant_id] : [])))].sort();
  const variants = useLoad(() => Promise.all(variantIds.map((id) => variantLabel(id).catch(() => null))), [variantIds]);
  const sku = (id: string | null) => (id ? (variants.data?.find((v) => v?.id === id)?.sku ?? id) : '—');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await downloadBatchCsv(id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('uc_batches')}</h2>
      <ErrorNotice error={error} />
      <ErrorNotice error={batches.error} onRetry={batches.reload} />
      {batches.loading && !batches.data && <Loading />}
      {batches.data?.length === 0 && <p className="muted">{t('uc_no_batches')}</p>}
      {batches.data && batches.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('uc_batch')}</th>
                <th scope="col">{t('uc_variant')}</th>
                <th scope="col">GTIN</th>
                <th scope="col">{t('uc_lot_col')}</th>
                <th scope="col">{t('uc_expiry_col')}</th>
                <th scope="col">{t('uc_count_col')}</th>
                <th scope="col">{t('uc_suspicious_col')}</th>
                <th scope="col">{t('uc_sold_col')}</th>
                <th scope="col">{t('uc_created')}</th>
                <th scope="col">{t('uc_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.data.map((b) => (
                <tr key={b.id} aria-current={b.id === selected ? 'true' : undefined}>
                  <th scope="row">
                    <code>{b.id}</code>
                  </th>
                  <td>{sku(b.variant_id)}</td>
                  <td>{b.gtin}</td>
                  <td>{b.lot ?? '—'}</td>
                  <td>{b.expiry ? fromGs1Date(b.expiry) : '—'}</td>
                  <td>{formatNumber(b.count, locale)}</td>
                  <td>{formatNumber(b.suspicious, locale)}</td>
                  <td>{formatNumber(b.sold, locale)}</td>
                  <td>{formatDate(b.created_at, locale, true)}</td>
                  <td className="row">
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={b.id === selected}
                      aria-label={t('uc_open_batch', { id: b.id })}
                      onClick={() => onOpen(b.id)}
                    >
                      {t('uc_open')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy === b.id}
                      aria-label={t('uc_download_csv_of', { id: b.id })}
                      onClick={() => void download(b.id)}
                    >
                      CSV
                    </button>
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
