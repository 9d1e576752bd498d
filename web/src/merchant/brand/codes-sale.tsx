import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import type { UnitCode } from './codes-data';
import './codes-texts';

/** Now as a datetime-local value (the reader's clock, to the minute). */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Records where and when a unit was sold: a scan after that in another city reads suspicious. */
export function RecordSale({ code, onDone, onCancel }: { code: UnitCode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTexts('merchant');
  const titleId = useId();
  const [city, setCity] = useState(code.sold_city ?? '');
  const [when, setWhen] = useState(localNow);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      unwrap(
        await api.POST('/api/unit-codes/{id}/sale', {
          params: { path: { id: code.id } },
          body: { city: city.trim(), sold_at: new Date(when).toISOString() },
        }),
      );
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h3 id={titleId} style={{ margin: 0 }}>
        {t('uc_sale_title', { serial: code.serial })}
      </h3>
      <p className="muted small">{t('uc_sale_intro')}</p>
      <div className="row">
        <label>
          {t('uc_sale_city')}
          <input required maxLength={100} value={city} onChange={(e) => setCity(e.target.value)} />
        </label>
        <label>
          {t('uc_sale_when')}
          <input type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
      </div>
      <ErrorNotice error={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {t('uc_sale_save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('br_cancel')}
        </button>
      </div>
    </form>
  );
}
