import { useState } from 'react';
import type { Problem } from '../api/client';
import { formatDate } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { coarsePlace, expiryDay, type Place, type ScanAnswer, type ScanResult } from './scan-lib';
import './scan-texts';

type Shown = ScanResult | 'malformed';

/** An icon for each result, so the result never rests on colour alone (words come with it). */
function ResultIcon({ result }: { result: Shown }) {
  const common = { width: 44, height: 44, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;
  const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  if (result === 'genuine')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="10" {...stroke} />
        <path d="M7 12.5l3.2 3.2L17 9" {...stroke} />
      </svg>
    );
  if (result === 'suspicious')
    return (
      <svg {...common}>
        <path d="M12 2.8L22 20.5H2z" {...stroke} />
        <path d="M12 9.5v5M12 17.6v.1" {...stroke} />
      </svg>
    );
  if (result === 'unknown')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="10" {...stroke} />
        <path d="M9.2 9.3a2.9 2.9 0 1 1 4.1 2.6c-.9.4-1.3 1-1.3 1.9v.4M12 17.4v.1" {...stroke} />
      </svg>
    );
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="10" {...stroke} />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" {...stroke} />
    </svg>
  );
}

/** The verdict: icon, word and what it means, in the result's colours. */
export function Verdict({ result, busy }: { result: Shown; busy?: boolean }) {
  const { t } = useTexts('scan');
  return (
    <section className={`scan-verdict scan-${result}`} aria-live="polite" aria-busy={busy || undefined}>
      <ResultIcon result={result} />
      <div>
        <h2 data-testid="scan-result" data-result={result}>
          {t(`result_${result}`)}
        </h2>
        <p>{t(`text_${result}`)}</p>
      </div>
    </section>
  );
}

/** The fault of a URI the resolver could not read (400) or that names no unit (404). */
export function Fault({ problem }: { problem: Problem }) {
  const { t } = useTexts('scan');
  return (
    <>
      <Verdict result="malformed" />
      <section className="card stack" aria-labelledby="scan-fault">
        <h2 id="scan-fault">{t('fault')}</h2>
        <dl className="scan-facts">
          <dt>{t('fault_code')}</dt>
          <dd>
            <code data-testid="scan-fault-code">{problem.code}</code>
          </dd>
          {problem.detail && (
            <>
              <dt>{t('fault_detail')}</dt>
              <dd lang="en">{problem.detail}</dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}

const SIGNATURES = ['valid', 'missing', 'not_checked', 'malformed', 'unknown_key', 'retired_key', 'bad_mac'];
const FINDINGS = ['impossible_travel', 'too_many_devices', 'scanned_after_sale_elsewhere'];
const STATUSES = ['genuine', 'suspicious', 'void'];

/** What the code says (GTIN, serial, lot, expiry) and what the check found (signature, status, findings). */
export function Facts({ answer }: { answer: ScanAnswer }) {
  const { t, locale } = useTexts('scan');
  const day = answer.expiry ? expiryDay(answer.expiry) : null;
  const missing = <span className="muted">{t('not_in_code')}</span>;
  const signatureBad = answer.result === 'suspicious' && answer.signature !== 'valid';
  return (
    <>
      <section className="card stack" aria-labelledby="scan-facts">
        <h2 id="scan-facts">{t('facts')}</h2>
        <dl className="scan-facts">
          <dt>{t('gtin')}</dt>
          <dd className="scan-mono" data-testid="scan-gtin">
            {answer.gtin}
          </dd>
          <dt>{t('serial')}</dt>
          <dd className="scan-mono" data-testid="scan-serial">
            {answer.serial}
          </dd>
          <dt>{t('lot')}</dt>
          <dd className={answer.lot ? 'scan-mono' : undefined}>{answer.lot || missing}</dd>
          <dt>{t('expiry')}</dt>
          <dd data-testid="scan-expiry">{answer.expiry ? (day ? formatDate(day, locale) : answer.expiry) : missing}</dd>
          <dt>{t('signature')}</dt>
          <dd data-testid="scan-signature" data-signature={answer.signature}>
            {SIGNATURES.includes(answer.signature) ? t(`sig_${answer.signature}`) : t('sig_other', { code: answer.signature })}
          </dd>
          {answer.status && (
            <>
              <dt>{t('code_status')}</dt>
              <dd>{STATUSES.includes(answer.status) ? t(`status_${answer.status}`) : answer.status}</dd>
            </>
          )}
        </dl>
      </section>
      {answer.result === 'suspicious' && (
        <section className="card stack" aria-labelledby="scan-findings">
          <h2 id="scan-findings">{t('findings')}</h2>
          <ul className="scan-findings" data-testid="scan-findings">
            {signatureBad && <li>{t('findings_signature')}</li>}
            {answer.findings.map((f) => (
              <li key={f.code} data-finding={f.code}>
                {FINDINGS.includes(f.code) ? t(`finding_${f.code}`) : t('finding_other', { code: f.code })}
                <br />
                <span className="muted small" lang="en">
                  {f.detail}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

type LocationState = 'idle' | 'busy' | 'denied' | 'failed';

/** Shares the approximate place, only when asked to by a press of the button. */
export function ShareLocation({ place, onPlace }: { place: Place | null; onPlace: (p: Place) => void }) {
  const { t } = useTexts('scan');
  const [state, setState] = useState<LocationState>('idle');
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext;
  const share = () => {
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState('idle');
        onPlace(coarsePlace(pos));
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 600_000 },
    );
  };
  return (
    <section className="card stack" aria-labelledby="scan-location">
      <h2 id="scan-location">{t('location_title')}</h2>
      <p>{t('location_text')}</p>
      {supported ? (
        <p>
          <button type="button" className="secondary" onClick={share} disabled={state === 'busy'}>
            {t('location_button')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('location_unsupported')}</p>
      )}
      <div role="status" aria-live="polite">
        {state === 'busy' && <p>{t('location_busy')}</p>}
        {state === 'denied' && <p className="notice">{t('location_denied')}</p>}
        {state === 'failed' && <p className="notice">{t('location_failed')}</p>}
        {state === 'idle' && place && (
          <p className="notice notice-ok" data-testid="scan-location-done">
            {t('location_done', { lat: place.lat, lon: place.lon, km: place.radius_km })}
          </p>
        )}
      </div>
    </section>
  );
}
