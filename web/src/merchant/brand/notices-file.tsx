import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { KINDS, type NoticeKind, productIdFrom, productOrNull, type Registration, urlsFrom } from './notices-data';
import { OkNote, useAction } from '../../shared/action';
import './notices-texts';

/** The brand owner files a notice against another merchant's listing; the listing comes down at once. */
export function FileNotice({ registrations, onFiled }: { registrations: Registration[]; onFiled: () => void }) {
  const { t, locale } = useTexts('merchant');
  const ids = { title: useId(), listingHint: useId(), evidenceHint: useId(), statementHint: useId() };
  const [registration, setRegistration] = useState(registrations[0]?.id ?? '');
  const [listing, setListing] = useState('');
  const [kind, setKind] = useState<NoticeKind>('counterfeit');
  const [statement, setStatement] = useState('');
  const [evidence, setEvidence] = useState('');
  const act = useAction(onFiled);
  const productId = productIdFrom(listing);
  const preview = useLoad(async () => (productId ? productOrNull(productId) : null), [productId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!productId) {
      act.setError(new Error(t('tk_listing_invalid')));
      return;
    }
    const ok = await act.run(async () => {
      const n = unwrap(
        await api.POST('/api/takedowns/notices', {
          body: { registration_id: registration, product_id: productId, kind, statement: statement.trim(), evidence_urls: urlsFrom(evidence) },
        }),
      );
      return t('tk_filed', { id: n.id });
    });
    if (ok) {
      setListing('');
      setStatement('');
      setEvidence('');
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('tk_file_title')}</h2>
      <p className="muted small">{t('tk_file_intro')}</p>
      <label>
        {t('tk_registration')}
        <select required value={registration} onChange={(e) => setRegistration(e.target.value)}>
          {registrations.map((r) => (
            <option key={r.id} value={r.id}>
              {t('tk_registration_option', { en: r.name_en, zh: r.name_zh, until: formatDate(r.expires_on, locale) })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tk_listing')}
        <input required value={listing} aria-describedby={ids.listingHint} onChange={(e) => setListing(e.target.value)} placeholder="/products/prd_…" />
      </label>
      <p id={ids.listingHint} className="small muted" aria-live="polite">
        {!listing.trim()
          ? t('tk_listing_hint')
          : !productId
            ? t('tk_listing_invalid')
            : preview.loading
              ? t('tk_listing_checking')
              : preview.data
                ? t('tk_listing_found', { title: locale === 'zh-CN' ? preview.data.title_zh : preview.data.title_en, id: productId })
                : t('tk_listing_not_visible', { id: productId })}
      </p>
      <label>
        {t('tk_kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as NoticeKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`tk_kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tk_statement')}
        <textarea
          required
          minLength={10}
          maxLength={5000}
          rows={4}
          aria-describedby={ids.statementHint}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
        />
      </label>
      <p id={ids.statementHint} className="small muted">
        {t('tk_statement_hint')}
      </p>
      <label>
        {t('tk_evidence_urls')}
        <textarea required rows={3} aria-describedby={ids.evidenceHint} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <p id={ids.evidenceHint} className="small muted">
        {t('tk_evidence_hint')}
      </p>
      <ErrorNotice error={act.error} />
      <OkNote note={act.note} />
      <div>
        <button type="submit" disabled={act.busy || !registration}>
          {t('tk_file_submit')}
        </button>
      </div>
    </form>
  );
}
