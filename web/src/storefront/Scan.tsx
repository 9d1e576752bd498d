import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';
import { ErrorNotice } from '../shared/components';
import { useTexts } from '../shared/i18n';
import { useLoad } from '../shared/load';
import { deviceId, type Place, scanOnce, scanUrl } from './scan-lib';
import { Facts, Fault, ShareLocation, Verdict } from './scan-parts';
import './scan-page.css';
import './scan-texts';

/**
 * The consumer's check of a unit code: the resolver gives a browser this app at the code's own
 * URI (/01/{gtin}/21/{serial}?…), and this page asks the same URI for the JSON answer, once per
 * page view (that request records the scan), then shows genuine / unknown / suspicious and why.
 */
export default function Scan() {
  const { t } = useTexts('scan');
  const location = useLocation();
  const [device] = useState(deviceId);
  const [place, setPlace] = useState<Place | null>(null);
  const url = scanUrl(location.pathname, location.search, device, place);
  const scan = useLoad(() => scanOnce(location.key, url), [location.key, url]);

  useEffect(() => {
    document.title = `${t('title')} · Meridian`;
  }, [t]);

  const fault = scan.error instanceof ApiError && (scan.error.problem.status === 400 || scan.error.problem.status === 404) ? scan.error.problem : null;
  const basic = `${location.pathname}${location.search}${location.search ? '&' : '?'}view=basic`;

  return (
    <div className="scan-page stack">
      <div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      {fault ? (
        <Fault problem={fault} />
      ) : scan.error ? (
        <ErrorNotice error={scan.error} onRetry={scan.reload} />
      ) : scan.data ? (
        <>
          <Verdict result={scan.data.result} busy={scan.loading} />
          {scan.loading && (
            <p role="status" className="muted">
              {t('rechecking')}
            </p>
          )}
          <Facts answer={scan.data} />
          <ShareLocation place={place} onPlace={setPlace} />
        </>
      ) : (
        <p role="status" aria-live="polite" className="muted">
          {t('checking')}
        </p>
      )}
      <p className="small">
        {/* A plain link: the server answers it with its own page (and records a scan there). */}
        <a href={basic} rel="nofollow">
          {t('basic_view')}
        </a>
      </p>
    </div>
  );
}
