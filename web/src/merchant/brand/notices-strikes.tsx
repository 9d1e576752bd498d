import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { moderatedListings } from './notices-data';
import { OkNote, useAction } from '../../shared/action';
import './notices-texts';

/** The merchant's strikes, the policy, its suspensions and (when suspended for strikes) the appeal. */
export function StrikesPanel({ merchantId, canAppeal }: { merchantId: string; canAppeal: boolean }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const strikes = useLoad(
    async () => unwrap(await api.GET('/api/takedowns/strikes/{merchant_id}', { params: { path: { merchant_id: merchantId } } })),
    [merchantId],
  );
  const status = useLoad(async () => (await api.GET('/api/merchants/{id}', { params: { path: { id: merchantId } } })).data?.status ?? null, [merchantId]);
  const s = strikes.data;
  const latest = s?.suspensions.at(-1);
  const mayAppeal = canAppeal && status.data === 'suspended' && latest !== undefined && latest.appeal_status === null;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tk_strikes_title')}</h2>
      <ErrorNotice error={strikes.error} onRetry={strikes.reload} />
      {!s && strikes.loading && <Loading />}
      {s && (
        <>
          <p>{t('tk_strikes_policy', { counting: s.counting, limit: s.limit, months: s.window_months })}</p>
          {status.data === 'suspended' && (
            <p className="notice notice-error" role="status">
              {t('tk_suspended')}
            </p>
          )}
          {s.strikes.length === 0 ? (
            <p className="muted">{t('tk_no_strikes')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t('tk_strikes_title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tk_col_struck')}</th>
                    <th scope="col">{t('tk_col_notice')}</th>
                    <th scope="col">{t('tk_col_counts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.strikes.map((k) => (
                    <tr key={k.id}>
                      <td>{formatDate(k.struck_at, locale, true)}</td>
                      <td className="mono">{k.notice_id}</td>
                      <td>{k.counts ? t('tk_counts_yes') : k.voided_at ? t('tk_counts_voided', { reason: k.voided_reason ?? '' }) : t('tk_counts_expired')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {s.suspensions.map((x) => (
            <p key={x.id} className="small">
              {t('tk_suspension', { at: formatDate(x.suspended_at, locale, true), strikes: x.strikes })}{' '}
              {x.appeal_status ? t(`tk_appeal_${x.appeal_status}`) : t('tk_appeal_none')}
              {x.appeal_reason && ` — ${x.appeal_reason}`}
            </p>
          ))}
          {mayAppeal && <AppealForm onDone={() => (strikes.reload(), status.reload())} />}
        </>
      )}
    </section>
  );
}

function AppealForm({ onDone }: { onDone: () => void }) {
  const { t } = useTexts('merchant');
  const [statement, setStatement] = useState('');
  const act = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act.run(async () => {
      unwrap(await api.POST('/api/takedowns/appeals', { body: { statement: statement.trim() } }));
      return t('tk_appealed');
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('tk_appeal_title')}>
      <h3>{t('tk_appeal_title')}</h3>
      <label>
        {t('tk_appeal_statement')}
        <textarea required minLength={10} maxLength={5000} rows={4} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <ErrorNotice error={act.error} />
      <OkNote note={act.note} />
      <div>
        <button type="submit" disabled={act.busy}>
          {t('tk_appeal_submit')}
        </button>
      </div>
    </form>
  );
}

/** The merchant's listings that the platform holds for review or took down, with code and reason. */
export function ModeratedListings({ merchantId, reloadKey }: { merchantId: string; reloadKey: number }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const list = useLoad(() => moderatedListings(merchantId), [merchantId, reloadKey]);
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tk_moderated_title')}</h2>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {!list.data && list.loading && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('tk_moderated_none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('tk_moderated_title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tk_col_listing')}</th>
                <th scope="col">{t('tk_col_state')}</th>
                <th scope="col">{t('tk_col_code')}</th>
                <th scope="col">{t('tk_col_reason')}</th>
                <th scope="col">{t('tk_col_since')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/merchant/products/${p.id}`}>{locale === 'zh-CN' ? p.title_zh : p.title_en}</Link>
                  </th>
                  <td style={{ whiteSpace: 'nowrap' }}>{p.moderation ? t(`tk_state_${p.moderation.state}`) : ''}</td>
                  <td className="mono">{p.moderation?.code}</td>
                  <td className="small">{p.moderation?.reason}</td>
                  <td>{p.moderation ? formatDate(p.moderation.since, locale, true) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
