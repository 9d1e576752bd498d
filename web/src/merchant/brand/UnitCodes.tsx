import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { useScope } from '../scope';
import { BatchCodes } from './codes-batch';
import { BatchList, NewBatchForm } from './codes-batches';
import { listBatches } from './codes-data';
import { SigningKeys } from './codes-keys';
import './codes-texts';
import '../texts';

/**
 * Unit authentication codes: the signing keys (rotate, retire), batches of signed codes for a
 * variant with a GTIN, each batch's CSV, and per code its QR image (preview, SVG, PNG) and sale.
 */
export default function UnitCodes() {
  const { t, locale } = useTexts('merchant');
  const { role, merchantId } = useScope();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const selected = params.get('batch');
  const [version, setVersion] = useState(0);
  const batches = useLoad(async () => (role === 'operator' ? [] : listBatches()), [role, merchantId, version]);
  const [note, setNote] = useState<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);

  const open = (id: string | null) => {
    const p = new URLSearchParams(params);
    if (id) p.set('batch', id);
    else p.delete('batch');
    setParams(p, { replace: true });
  };

  if (role === 'operator') return <p className="notice">{t('uc_operator')}</p>;
  if (!merchantId) return <p className="notice">{t('pick_merchant')}</p>;

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('uc_title')}</h1>
      <p className="muted">{t('uc_intro')}</p>
      {note && (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={noteRef}>
          {note}
        </p>
      )}
      <NewBatchForm
        merchantId={merchantId}
        onCreated={(b) => {
          setNote(t('uc_batch_made', { count: b.count, n: new Intl.NumberFormat(locale).format(b.count), id: b.batch_id, key: b.key_id }));
          setVersion((v) => v + 1);
          open(b.batch_id);
        }}
      />
      {selected && (
        <BatchCodes key={selected} batchId={selected} batch={batches.data?.find((b) => b.id === selected)} onChanged={() => setVersion((v) => v + 1)} />
      )}
      <BatchList batches={batches} selected={selected} onOpen={open} />
      <SigningKeys version={version} />
    </section>
  );
}
