import { useId } from 'react';
import { api, unwrap } from '../../api/client';
import { OkNote, useAction } from '../../shared/action';
import { ErrorNotice, Loading } from '../../shared/components';
import { formatDate } from '../../shared/format';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { listKeys } from './codes-data';
import './codes-texts';

/** The merchant's signing keys: the newest signs, older ones verify until retired; rotate and retire. */
export function SigningKeys({ version }: { version: number }) {
  const { t, locale } = useTexts('merchant');
  const titleId = useId();
  const keys = useLoad(listKeys, [version]);
  const act = useAction(() => {
    keys.reload();
  });
  const { busy, error, note, run } = act;
  const rotate = () => {
    if (window.confirm(t('uc_rotate_confirm'))) void run(async () => t('uc_rotated', { id: unwrap(await api.POST('/api/unit-codes/keys/rotate')).id }));
  };
  const retire = (id: string) => {
    if (window.confirm(t('uc_retire_confirm', { id })))
      void run(async () => t('uc_retired', { id: unwrap(await api.POST('/api/unit-codes/keys/{id}/retire', { params: { path: { id } } })).id }));
  };
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('uc_keys')}</h2>
      <p className="muted small">{t('uc_keys_intro')}</p>
      <OkNote note={note} />
      <ErrorNotice error={error} />
      <ErrorNotice error={keys.error} onRetry={keys.reload} />
      {keys.loading && !keys.data && <Loading />}
      {keys.data?.length === 0 && <p className="muted">{t('uc_no_keys')}</p>}
      {keys.data && keys.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('uc_key_id')}</th>
                <th scope="col">{t('uc_key_state')}</th>
                <th scope="col">{t('uc_created')}</th>
                <th scope="col">{t('uc_retired_at')}</th>
                <th scope="col">{t('uc_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id}>
                  <th scope="row">
                    <code>{k.id}</code>
                  </th>
                  <td>{t(`uc_state_${k.state}`)}</td>
                  <td>{formatDate(k.created_at, locale, true)}</td>
                  <td>{k.retired_at ? formatDate(k.retired_at, locale, true) : '—'}</td>
                  <td>
                    {k.state !== 'retired' && (
                      <button type="button" className="danger" disabled={busy} onClick={() => retire(k.id)}>
                        {t('uc_retire', { id: k.id })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button type="button" className="secondary" disabled={busy} onClick={rotate}>
          {t('uc_rotate')}
        </button>
      </div>
    </section>
  );
}
