import { useEffect, useId, useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate, formatNumber } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { type Batch, batchCodes, downloadBatchCsv, fromGs1Date, qrImage, type UnitCode } from './codes-data';
import { saveBlob } from '../../shared/download';
import { RecordSale } from './codes-sale';
import './codes-texts';

const PAGE = 50;

/** The QR code of one unit from the API (SVG), shown through an object URL. */
function QrPreview({ code }: { code: UnitCode }) {
  const { t } = useTexts('merchant');
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    setSrc(null);
    setError(null);
    qrImage(code.id, 'svg').then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [code.id]);
  return (
    <figure className="card stack" style={{ margin: 0, alignItems: 'flex-start' }} data-testid="qr-preview">
      <ErrorNotice error={error} />
      {src ? <img src={src} alt={t('uc_qr_alt', { serial: code.serial })} width={220} height={220} /> : !error && <Loading />}
      <figcaption className="small" style={{ overflowWrap: 'anywhere' }}>
        {t('uc_qr_caption', { serial: code.serial })}
        <br />
        <code>{code.uri}</code>
      </figcaption>
    </figure>
  );
}

/**
 * One batch: its codes (page by page), the CSV download, and per code a QR preview, its image as
 * SVG or PNG (fetched with the session's token) and the record of where it was sold.
 */
export function BatchCodes({ batchId, batch, onChanged }: { batchId: string; batch: Batch | undefined; onChanged: () => void }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const [version, setVersion] = useState(0);
  const first = useLoad(() => batchCodes(batchId, undefined, PAGE), [batchId, version]);
  const [more, setMore] = useState<UnitCode[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  const [selling, setSelling] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setMore([]), [first.data]);
  const rows = [...(first.data ?? []), ...more];
  const current = rows.find((r) => r.id === preview) ?? rows[0];
  const hasMore = rows.length > 0 && rows.length % PAGE === 0 && (batch ? rows.length < batch.count : true);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const image = (code: UnitCode, format: 'svg' | 'png') =>
    void act(async () => saveBlob(await qrImage(code.id, format), `unit-code-${code.gtin}-${code.serial}.${format}`));
  const loadMore = () => void act(async () => setMore([...more, ...(await batchCodes(batchId, rows.at(-1)?.id, PAGE))]));

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="batch-codes">
      <h2 id={titleId}>{t('uc_batch_title', { id: batchId })}</h2>
      {batch && (
        <p className="muted">
          {t('uc_batch_summary', {
            count: batch.count,
            n: formatNumber(batch.count, locale),
            gtin: batch.gtin,
            lot: batch.lot ?? '—',
            expiry: batch.expiry ? fromGs1Date(batch.expiry) : '—',
          })}
        </p>
      )}
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void act(() => downloadBatchCsv(batchId))}>
          {t('uc_download_csv')}
        </button>
      </div>
      <ErrorNotice error={error} />
      <ErrorNotice error={first.error} onRetry={first.reload} />
      {first.loading && !first.data && <Loading />}
      {current && <QrPreview code={current} />}
      {selling && rows.find((r) => r.id === selling) && (
        <RecordSale
          key={selling}
          code={rows.find((r) => r.id === selling)!}
          onDone={() => {
            setSelling(null);
            setVersion((v) => v + 1);
            onChanged();
          }}
          onCancel={() => setSelling(null)}
        />
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('uc_serial')}</th>
                <th scope="col">{t('uc_code_status')}</th>
                <th scope="col">{t('uc_scans')}</th>
                <th scope="col">{t('uc_sold')}</th>
                <th scope="col">{t('uc_uri')}</th>
                <th scope="col">{t('uc_qr')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} aria-current={c === current ? 'true' : undefined}>
                  <th scope="row">
                    <code>{c.serial}</code>
                  </th>
                  <td>{t(`uc_code_${c.status}`)}</td>
                  <td>{formatNumber(c.scans, locale)}</td>
                  <td>{c.sold_at ? `${formatDate(c.sold_at, locale, true)} · ${c.sold_city ?? ''}` : '—'}</td>
                  <td className="small" style={{ overflowWrap: 'anywhere', maxWidth: '28rem' }}>
                    {c.uri}
                  </td>
                  <td className="row">
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={c === current}
                      aria-label={t('uc_preview', { serial: c.serial })}
                      onClick={() => setPreview(c.id)}
                    >
                      {t('uc_preview_short')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      aria-label={t('uc_download_svg', { serial: c.serial })}
                      onClick={() => image(c, 'svg')}
                    >
                      SVG
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      aria-label={t('uc_download_png', { serial: c.serial })}
                      onClick={() => image(c, 'png')}
                    >
                      PNG
                    </button>
                    <button type="button" className="link" aria-label={t('uc_sale_of', { serial: c.serial })} onClick={() => setSelling(c.id)}>
                      {t('uc_sale_short')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasMore && (
        <div className="row">
          <span className="muted small" role="status">
            {t('uc_shown', { shown: formatNumber(rows.length, locale), total: formatNumber(batch?.count ?? rows.length, locale) })}
          </span>
          <button type="button" className="secondary" disabled={busy} onClick={loadMore}>
            {t('uc_show_more')}
          </button>
        </div>
      )}
    </section>
  );
}
