import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { type Application, chinaToday, merchantBrands, nameIn, OFFICES, type Office, type Registration } from './registry-data';
import './registry-texts';

interface TrademarkDraft {
  key: number;
  office: Office;
  office_name: string;
  number: string;
  classes: string;
  expires_on: string;
}

let nextKey = 1;
const emptyTrademark = (): TrademarkDraft => ({ key: nextKey++, office: 'CNIPA', office_name: '', number: '', classes: '', expires_on: '' });

/** One entry a line; blank lines dropped. */
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "25, 18 35" → [25, 18, 35]. */
const niceClasses = (text: string) =>
  text
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);

/**
 * The application form: a new application, or changes to a pending one (`initial`). Trademarks
 * are rows that can be added and removed; the server checks the whole application again.
 */
export function ApplicationForm({
  merchantId,
  initial,
  onSaved,
  onCancel,
}: {
  merchantId: string;
  initial?: Registration;
  onSaved: (r: Registration) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const brands = useLoad(() => merchantBrands(merchantId), [merchantId]);
  const [brandId, setBrandId] = useState(initial?.brand_id ?? '');
  const [nameEn, setNameEn] = useState(initial?.name_en ?? '');
  const [nameZh, setNameZh] = useState(initial?.name_zh ?? '');
  const [aliasesEn, setAliasesEn] = useState((initial?.aliases_en ?? []).join('\n'));
  const [aliasesZh, setAliasesZh] = useState((initial?.aliases_zh ?? []).join('\n'));
  const [logo, setLogo] = useState(initial?.logo_url ?? '');
  const [evidence, setEvidence] = useState((initial?.evidence_urls ?? []).join('\n'));
  const [marks, setMarks] = useState<TrademarkDraft[]>(() =>
    initial?.trademarks.length
      ? initial.trademarks.map((m) => ({
          key: nextKey++,
          office: m.office,
          office_name: m.office_name ?? '',
          number: m.number,
          classes: m.classes.join(', '),
          expires_on: m.expires_on,
        }))
      : [emptyTrademark()],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const setMark = (key: number, patch: Partial<TrademarkDraft>) => setMarks((ms) => ms.map((m) => (m.key === key ? { ...m, ...patch } : m)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: Application = {
      name_en: nameEn.trim(),
      name_zh: nameZh.trim(),
      aliases_en: lines(aliasesEn),
      aliases_zh: lines(aliasesZh),
      logo_url: logo.trim() || null,
      evidence_urls: lines(evidence),
      trademarks: marks.map((m) => ({
        office: m.office,
        office_name: m.office === 'other' ? m.office_name.trim() || null : null,
        number: m.number.trim(),
        classes: niceClasses(m.classes),
        expires_on: m.expires_on,
      })),
      brand_id: brandId || null,
    };
    try {
      const saved = initial
        ? unwrap(await api.PATCH('/api/brand-registry/registrations/{id}', { params: { path: { id: initial.id } }, body }))
        : unwrap(await api.POST('/api/brand-registry/registrations', { body }));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <h2 id={titleId}>{initial ? t('br_edit_title', { name: initial.name_en }) : t('br_apply_title')}</h2>
      <p className="muted small">{t('br_apply_intro')}</p>
      <div className="grid">
        <label>
          {t('br_brand')}
          <select value={brandId} onChange={(e) => setBrandId(e.target.value)}>
            <option value="">{t('br_brand_none')}</option>
            {(brands.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {nameIn(b, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('br_name_en')}
          <input required maxLength={200} value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <label>
          {t('br_name_zh')}
          <input required maxLength={200} lang="zh-CN" value={nameZh} onChange={(e) => setNameZh(e.target.value)} />
        </label>
        <label>
          {t('br_logo_url')}
          <input type="url" maxLength={2000} value={logo} onChange={(e) => setLogo(e.target.value)} placeholder="https://" />
        </label>
      </div>
      <ErrorNotice error={brands.error} onRetry={brands.reload} />
      <div className="grid">
        <label>
          {t('br_aliases_en')}
          <textarea rows={3} value={aliasesEn} onChange={(e) => setAliasesEn(e.target.value)} aria-describedby={`${titleId}-lines`} />
        </label>
        <label>
          {t('br_aliases_zh')}
          <textarea rows={3} lang="zh-CN" value={aliasesZh} onChange={(e) => setAliasesZh(e.target.value)} aria-describedby={`${titleId}-lines`} />
        </label>
        <label>
          {t('br_evidence_urls')}
          <textarea rows={3} required value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-describedby={`${titleId}-lines`} />
        </label>
      </div>
      <p id={`${titleId}-lines`} className="muted small">
        {t('br_one_per_line')}
      </p>

      <fieldset className="stack">
        <legend>{t('br_trademarks')}</legend>
        {marks.map((m, i) => (
          <fieldset key={m.key} className="card row" data-testid="trademark-row">
            <legend>{t('br_trademark_n', { n: i + 1 })}</legend>
            <label>
              {t('br_office')}
              <select value={m.office} onChange={(e) => setMark(m.key, { office: e.target.value as Office })}>
                {OFFICES.map((o) => (
                  <option key={o} value={o}>
                    {t(`br_office_${o}`)}
                  </option>
                ))}
              </select>
            </label>
            {m.office === 'other' && (
              <label>
                {t('br_office_name')}
                <input required maxLength={80} value={m.office_name} onChange={(e) => setMark(m.key, { office_name: e.target.value })} />
              </label>
            )}
            <label>
              {t('br_tm_number')}
              <input required maxLength={40} value={m.number} onChange={(e) => setMark(m.key, { number: e.target.value })} />
            </label>
            <label>
              {t('br_tm_classes')}
              <input
                required
                inputMode="numeric"
                pattern="\s*\d{1,2}([\s,，、]+\d{1,2})*\s*"
                title={t('br_tm_classes_hint')}
                value={m.classes}
                onChange={(e) => setMark(m.key, { classes: e.target.value })}
              />
            </label>
            <label>
              {t('br_tm_expires')}
              <input type="date" required min={chinaToday()} value={m.expires_on} onChange={(e) => setMark(m.key, { expires_on: e.target.value })} />
            </label>
            {marks.length > 1 && (
              <button type="button" className="secondary" onClick={() => setMarks((ms) => ms.filter((x) => x.key !== m.key))}>
                {t('br_tm_remove', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <div>
          <button type="button" className="secondary" onClick={() => setMarks((ms) => [...ms, emptyTrademark()])}>
            {t('br_tm_add')}
          </button>
        </div>
      </fieldset>

      <ErrorNotice error={error} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {initial ? t('br_save') : t('br_submit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('br_cancel')}
        </button>
      </div>
    </form>
  );
}
