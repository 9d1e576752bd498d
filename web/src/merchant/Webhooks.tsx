import { type FormEvent, useId, useState } from 'react';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useLoad } from './lib';
import { useScope } from './scope';
import './texts';
import './texts-live';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Endpoint = Json<paths['/api/webhooks']['get']['responses'][200]>['items'][number];
type Delivery = Json<paths['/api/webhooks/{id}/deliveries']['get']['responses'][200]>['items'][number];

/** A call answered 204 (no body): throws ApiError with the problem document when it failed. */
function noContent(r: { error?: unknown; response: Response }): void {
  if (!r.response.ok) unwrap(r);
}

const TYPES = ['stock.moved', 'order.*'] as const;

/** Webhook endpoints of the merchant: add, pause, delete; each one's delivery log, with replay. */
export default function Webhooks() {
  const { t, locale } = useTexts('merchant');
  const { role, merchantId } = useScope();
  const ids = { title: useId(), add: useId(), list: useId(), log: useId() };
  const who = role === 'operator' && merchantId ? merchantId : null;
  const endpoints = useLoad(
    async () => unwrap(await api.GET('/api/webhooks', { params: { query: { limit: 100, ...(who ? { merchant_id: who } : {}) } } })).items,
    [who],
  );
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>([...TYPES]);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      endpoints.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const created = unwrap(
        await api.POST('/api/webhooks', {
          body: { url: url.trim(), event_types: types, ...(description.trim() ? { description: description.trim() } : {}) },
        }),
      );
      setSecret({ url: created.url, secret: created.secret });
      setUrl('');
      setDescription('');
    });
  };

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('wh_title')}</h1>
      <p className="muted">{t('wh_intro')}</p>
      <ErrorNotice error={error} />
      {secret && (
        <div className="notice notice-ok" role="status">
          <p>{t('wh_secret_once', { url: secret.url })}</p>
          <code data-testid="webhook-secret">{secret.secret}</code>
        </div>
      )}
      {role === 'merchant' && (
        <form className="card stack" onSubmit={add} aria-labelledby={ids.add}>
          <h2 id={ids.add}>{t('wh_add')}</h2>
          <label>
            {t('wh_url')}
            <input type="url" required minLength={8} maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
          </label>
          <label>
            {t('wh_description')}
            <input maxLength={200} value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <fieldset>
            <legend>{t('wh_types')}</legend>
            {TYPES.map((ty) => (
              <label key={ty} className="inline">
                <input
                  type="checkbox"
                  checked={types.includes(ty)}
                  onChange={(e) => setTypes(e.target.checked ? [...types, ty] : types.filter((x) => x !== ty))}
                />{' '}
                {t(`wh_type_${ty === 'order.*' ? 'orders' : 'stock'}`)}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" disabled={busy}>
              {t('wh_add_button')}
            </button>
          </div>
        </form>
      )}

      <section className="card stack" aria-labelledby={ids.list}>
        <h2 id={ids.list}>{t('wh_endpoints')}</h2>
        <ErrorNotice error={endpoints.error} onRetry={endpoints.reload} />
        {endpoints.loading && !endpoints.data && <Loading />}
        {endpoints.data?.length === 0 && <p className="muted">{t('wh_none')}</p>}
        {endpoints.data && endpoints.data.length > 0 && (
          <div className="table-wrap">
            <table aria-labelledby={ids.list}>
              <thead>
                <tr>
                  <th scope="col">{t('wh_url')}</th>
                  <th scope="col">{t('wh_types')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('wh_actions')}</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.data.map((ep) => (
                  <tr key={ep.id}>
                    <th scope="row">
                      {ep.url}
                      {ep.description && <div className="muted small">{ep.description}</div>}
                    </th>
                    <td>{ep.event_types.length ? ep.event_types.join(', ') : t('wh_all_types')}</td>
                    <td>{ep.active ? t('wh_active') : t('wh_paused')}</td>
                    <td className="row">
                      <button type="button" className="secondary" onClick={() => setOpen(open === ep.id ? null : ep.id)} aria-expanded={open === ep.id}>
                        {t('wh_show_log', { url: ep.url })}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() =>
                          void run(async () => unwrap(await api.PATCH('/api/webhooks/{id}', { params: { path: { id: ep.id } }, body: { active: !ep.active } })))
                        }
                      >
                        {ep.active ? t('wh_pause', { url: ep.url }) : t('wh_resume', { url: ep.url })}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        onClick={() => {
                          if (window.confirm(t('wh_delete_confirm', { url: ep.url })))
                            void run(async () => noContent(await api.DELETE('/api/webhooks/{id}', { params: { path: { id: ep.id } } })));
                        }}
                      >
                        {t('wh_delete', { url: ep.url })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {open && <DeliveryLog key={open} endpoint={endpoints.data?.find((e) => e.id === open) ?? null} id={open} labelId={ids.log} locale={locale} />}
    </section>
  );
}

function DeliveryLog({ id, endpoint, labelId, locale }: { id: string; endpoint: Endpoint | null; labelId: string; locale: string }) {
  const { t } = useTexts('merchant');
  const [status, setStatus] = useState<'' | Delivery['status']>('');
  const log = useLoad(
    async () => unwrap(await api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 50, ...(status ? { status } : {}) } } })).items,
    [id, status],
  );
  const [after, setAfter] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const replay = async (body: { delivery_ids?: string[]; after_event_id?: string }) => {
    setError(null);
    setNote(null);
    try {
      const r = unwrap(await api.POST('/api/webhooks/{id}/replay', { params: { path: { id } }, body }));
      setNote(r.more ? t('wh_replay_more', { n: r.queued, last: r.last_event_id ?? '' }) : t('wh_replay_done', { n: r.queued }));
      log.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card stack" aria-labelledby={labelId}>
      <h2 id={labelId}>{t('wh_log_of', { url: endpoint?.url ?? id })}</h2>
      <div className="row">
        <label className="inline">
          <span>{t('status')}&nbsp;</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="">{t('wh_status_any')}</option>
            <option value="pending">{t('wh_status_pending')}</option>
            <option value="delivered">{t('wh_status_delivered')}</option>
            <option value="dead">{t('wh_status_dead')}</option>
          </select>
        </label>
        <button type="button" className="secondary" onClick={log.reload}>
          {t('wh_refresh')}
        </button>
      </div>
      <form
        className="row"
        aria-label={t('wh_replay_after')}
        onSubmit={(e) => {
          e.preventDefault();
          void replay({ after_event_id: after.trim() });
        }}
      >
        <label className="inline">
          <span>{t('wh_after_event')}&nbsp;</span>
          <input inputMode="numeric" pattern="\d{1,15}" required value={after} onChange={(e) => setAfter(e.target.value)} />
        </label>
        <button type="submit" className="secondary">
          {t('wh_replay_after')}
        </button>
      </form>
      {note && (
        <p className="notice notice-ok" role="status">
          {note}
        </p>
      )}
      <ErrorNotice error={error ?? log.error} onRetry={log.reload} />
      {log.loading && !log.data && <Loading />}
      {log.data?.length === 0 && <p className="muted">{t('wh_no_deliveries')}</p>}
      {log.data && log.data.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby={labelId}>
            <thead>
              <tr>
                <th scope="col">{t('wh_event')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('wh_attempts')}</th>
                <th scope="col">{t('wh_last_result')}</th>
                <th scope="col">{t('wh_created')}</th>
                <th scope="col">{t('wh_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.event_type} #{d.event_id}
                    {d.origin === 'replay' && <span className="badge">{t('wh_replayed')}</span>}
                  </th>
                  <td>{t(`wh_status_${d.status}`)}</td>
                  <td>{d.attempts}</td>
                  <td>{d.last_status_code ?? d.last_error ?? '—'}</td>
                  <td>{formatDate(d.created_at, locale, true)}</td>
                  <td>
                    {d.status === 'dead' && (
                      <button type="button" className="secondary" onClick={() => void replay({ delivery_ids: [d.id] })}>
                        {t('wh_replay', { event: d.event_id })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
