import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { allMerchants, namesOf, type Suspension } from './notices-data';
import { StrikesOf } from './notices-detail';
import './notices-texts';
import { OkNote } from '../../shared/action';

/** Suspension appeals waiting for a decision: grant (strikes voided, merchant reinstated) or deny, with a reason. */
export function Appeals({ reloadKey }: { reloadKey: number }) {
  const { t, locale } = useTexts('console');
  const titleId = useId();
  const list = useLoad(async () => {
    const items = unwrap(await api.GET('/api/takedowns/appeals')).items;
    return { items, names: await namesOf({ products: [], registrations: [], merchants: items.map((s) => s.merchant_id) }) };
  }, [reloadKey]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const decide = async (s: Suspension, grant: boolean, name: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      unwrap(await api.POST('/api/takedowns/appeals/{id}/decision', { params: { path: { id: s.id } }, body: { grant, reason: (reasons[s.id] ?? '').trim() } }));
      setDone(t(grant ? 'tkc_appeal_granted_done' : 'tkc_appeal_denied_done', { name }));
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tkc_appeals_title')}</h2>
      <OkNote note={done} />
      <ErrorNotice error={error ?? list.error} onRetry={list.reload} />
      {!list.data && list.loading && <Loading />}
      {list.data?.items.length === 0 && <p className="muted">{t('tkc_appeals_none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('tkc_appeals_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tkc_col_appeal_merchant')}</th>
                <th scope="col">{t('tkc_col_suspended')}</th>
                <th scope="col">{t('tkc_col_appeal')}</th>
                <th scope="col">{t('tkc_col_appeal_decision')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => {
                const name = list.data!.names.merchant(s.merchant_id);
                const reason = (reasons[s.id] ?? '').trim();
                return (
                  <tr key={s.id}>
                    <th scope="row">{name}</th>
                    <td>{t('tkc_suspension', { at: formatDate(s.suspended_at, locale, true), strikes: s.strikes })}</td>
                    <td>
                      {s.appeal_statement}
                      {s.appealed_at && <div className="small muted">{formatDate(s.appealed_at, locale, true)}</div>}
                    </td>
                    <td>
                      <div className="stack">
                        <label>
                          {t('tkc_decision_reason')}
                          <span className="sr-only"> {name}</span>
                          <textarea
                            rows={2}
                            maxLength={2000}
                            value={reasons[s.id] ?? ''}
                            onChange={(e) => setReasons({ ...reasons, [s.id]: e.target.value })}
                          />
                        </label>
                        <div className="row">
                          <button type="button" disabled={busy || !reason} onClick={() => void decide(s, true, name)}>
                            {t('tkc_grant')}
                            <span className="sr-only"> {name}</span>
                          </button>
                          <button type="button" className="danger" disabled={busy || !reason} onClick={() => void decide(s, false, name)}>
                            {t('tkc_deny')}
                            <span className="sr-only"> {name}</span>
                          </button>
                        </div>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Any merchant's strikes, picked by name. */
export function StrikesLookup() {
  const { t } = useTexts('console');
  const titleId = useId();
  const merchants = useLoad(allMerchants, []);
  const [picked, setPicked] = useState('');
  const name = merchants.data?.find((m) => m.id === picked)?.display_name ?? picked;
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tkc_strikes_title')}</h2>
      <ErrorNotice error={merchants.error} onRetry={merchants.reload} />
      <label className="inline">
        <span>{t('tkc_col_appeal_merchant')}&nbsp;</span>
        <select value={picked} onChange={(e) => setPicked(e.target.value)}>
          <option value="">{t('tkc_pick_merchant')}</option>
          {(merchants.data ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.display_name}
            </option>
          ))}
        </select>
      </label>
      {picked && <StrikesOf key={picked} merchantId={picked} name={name} />}
    </section>
  );
}
