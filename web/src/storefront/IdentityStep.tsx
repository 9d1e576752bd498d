import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useSession } from '../shared/session';
import { explainCrossBorder } from './crossBorder';
import { type Identity, useLoad } from './lib';
import './texts-crossborder';

/**
 * The buyer customs declares cross-border goods for, once entered: the identity's id (saved on the
 * account, or unsaved and usable for 24 hours) and the full ID number typed on this page, kept in
 * memory only, to send as the payer's (the payer must be the buyer).
 */
export interface ConfirmedIdentity {
  identity_id: string;
  name: string;
  masked: string;
  id_number: string;
}

const normalise = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/**
 * The identity step of a cross-border checkout: real name and resident ID number (a signed-in
 * shopper may pick a saved identity or save a new one), checked by the platform at once; then the
 * masked number is shown. "The payer is me" sends the buyer as the payer.
 */
export function IdentityStep({
  value,
  onChange,
  payerIsMe,
  onPayerIsMe,
}: {
  value: ConfirmedIdentity | null;
  onChange: (v: ConfirmedIdentity | null) => void;
  payerIsMe: boolean;
  onPayerIsMe: (v: boolean) => void;
}) {
  const { t, locale } = useTexts('storefront');
  const { me } = useSession();
  const consumer = me?.role === 'consumer';
  const saved = useLoad(
    async (): Promise<Identity[]> => (consumer ? unwrap(await api.GET('/api/me/identities')).items.filter((i) => i.saved) : []),
    `identities:${me?.id ?? 'guest'}`,
  );
  const [choice, setChoice] = useState<string>('');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [again, setAgain] = useState('');
  const [save, setSave] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const identities = saved.data ?? [];
  const pick = choice || (identities[0]?.id ?? 'new');
  const chosen = identities.find((i) => i.id === pick);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      if (chosen) {
        // A saved identity: the number is typed again for the payer (the platform keeps only its hash and a masked copy).
        onChange({ identity_id: chosen.id, name: chosen.name, masked: chosen.masked, id_number: normalise(again) });
      } else {
        const id = unwrap(await api.POST('/api/me/identities', { body: { name: name.trim(), id_number: normalise(idNumber), ...(consumer ? { save } : {}) } }));
        onChange({ identity_id: id.id, name: id.name, masked: id.masked, id_number: normalise(idNumber) });
        if (consumer && save) saved.reload();
      }
    } catch (e) {
      setError(explainCrossBorder(e, t, locale) ?? e);
    } finally {
      setBusy(false);
    }
  };

  const ready = chosen ? normalise(again).length >= 15 : name.trim().length > 0 && normalise(idNumber).length >= 15;

  return (
    <section className="card stack" aria-labelledby="sf-identity">
      <h2 id="sf-identity">{t('identity_title')}</h2>
      <p className="small">{t('identity_explain')}</p>
      {value ? (
        <div className="stack" style={{ gap: '0.5rem' }}>
          <p className="notice notice-ok" role="status" data-testid="identity-confirmed">
            {t('identity_confirmed', { name: value.name, masked: value.masked })}
          </p>
          <p>
            <button type="button" className="secondary" onClick={() => onChange(null)}>
              {t('identity_change')}
            </button>
          </p>
        </div>
      ) : saved.loading && consumer ? (
        <Loading />
      ) : (
        <div className="stack" style={{ gap: '0.75rem' }}>
          <ErrorNotice error={saved.error} onRetry={saved.reload} />
          {identities.length > 0 && (
            <fieldset>
              <legend>{t('identity_choice')}</legend>
              {identities.map((i) => (
                <label key={i.id} className="sf-choice">
                  <input type="radio" name="sf-identity" value={i.id} checked={pick === i.id} onChange={() => setChoice(i.id)} />
                  <span>
                    {i.name} · {i.masked}
                  </span>
                </label>
              ))}
              <label className="sf-choice">
                <input type="radio" name="sf-identity" value="new" checked={pick === 'new'} onChange={() => setChoice('new')} />
                <span>{t('identity_new')}</span>
              </label>
            </fieldset>
          )}
          {chosen ? (
            <label>
              {t('identity_confirm_number', { name: chosen.name })}
              <input value={again} autoComplete="off" spellCheck={false} inputMode="text" maxLength={24} onChange={(e) => setAgain(e.target.value)} />
            </label>
          ) : (
            <div className="sf-form-grid">
              <label>
                {t('identity_name')}
                <input value={name} autoComplete="name" maxLength={60} onChange={(e) => setName(e.target.value)} />
              </label>
              <label>
                {t('identity_number')}
                <input
                  value={idNumber}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={24}
                  aria-describedby="sf-id-hint"
                  onChange={(e) => setIdNumber(e.target.value)}
                />
                <span id="sf-id-hint" className="small muted">
                  {t('identity_number_hint')}
                </span>
              </label>
            </div>
          )}
          {!chosen && consumer && (
            <label className="inline">
              <input type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} /> {t('identity_save')}
            </label>
          )}
          <ErrorNotice error={error} />
          <p>
            <button type="button" disabled={busy || !ready} onClick={() => void confirm()}>
              {busy ? t('identity_checking') : t('identity_use')}
            </button>
          </p>
        </div>
      )}
      <label className="inline">
        <input type="checkbox" checked={payerIsMe} onChange={(e) => onPayerIsMe(e.target.checked)} /> {t('payer_is_me')}
      </label>
    </section>
  );
}
