import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorNotice, Loading } from '../../shared/components';
import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { type Notice, OPEN, urlsFrom } from './notices-data';
import { OkNote, useAction } from '../../shared/action';
import { NoticeBody } from './notices-parts';
import './notices-texts';

/**
 * One notice opened below its table: the whole story, and what the reader may do next — the
 * notifier withdraws an open notice, the listing's merchant answers one with a counter-notice.
 */
export function NoticeDetail({ id, side, canAct, onChanged }: { id: string; side: 'filed' | 'received'; canAct: boolean; onChanged: () => void }) {
  const { t } = useTexts('merchant');
  const titleId = useId();
  const notice = useLoad(async () => unwrap(await api.GET('/api/takedowns/notices/{id}', { params: { path: { id } } })), [id]);
  // The listing's merchant reads why its listing came down: the moderation step this notice made.
  const reason = useLoad(async () => {
    if (side !== 'received' || !notice.data) return null;
    const r = await api.GET('/api/products/{id}/moderation', { params: { path: { id: notice.data.product_id } } });
    return r.data?.items.find((e) => e.reference === id && e.to_state === 'taken_down')?.reason ?? null;
  }, [side, id, notice.data?.product_id ?? null]);
  const [done, setDone] = useState<string | null>(null);
  const changed = (message: string) => {
    setDone(message);
    notice.reload();
    onChanged();
  };
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('tk_notice_title', { id })}</h3>
      <ErrorNotice error={notice.error} onRetry={notice.reload} />
      <OkNote note={done} />
      {!notice.data && notice.loading && <Loading />}
      {notice.data && (
        <>
          <NoticeBody notice={notice.data} reason={reason.data ?? null} />
          {canAct && side === 'filed' && OPEN.includes(notice.data.status) && <Withdraw notice={notice.data} onDone={changed} />}
          {canAct && side === 'received' && notice.data.status === 'actioned' && <CounterNotice notice={notice.data} onDone={changed} />}
        </>
      )}
    </section>
  );
}

function Withdraw({ notice, onDone }: { notice: Notice; onDone: (message: string) => void }) {
  const { t } = useTexts('merchant');
  const [note, setNote] = useState('');
  const act = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act.run(async () => {
      unwrap(await api.POST('/api/takedowns/notices/{id}/withdraw', { params: { path: { id: notice.id } }, body: note.trim() ? { note: note.trim() } : {} }));
      return t('tk_withdrawn', { id: notice.id });
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('tk_withdraw_title')}>
      <label>
        {t('tk_withdraw_note')}
        <input maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ErrorNotice error={act.error} />
      <div>
        <button type="submit" className="secondary" disabled={act.busy}>
          {t('tk_withdraw')}
        </button>
      </div>
    </form>
  );
}

function CounterNotice({ notice, onDone }: { notice: Notice; onDone: (message: string) => void }) {
  const { t } = useTexts('merchant');
  const hint = useId();
  const [statement, setStatement] = useState('');
  const [evidence, setEvidence] = useState('');
  const act = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act.run(async () => {
      unwrap(
        await api.POST('/api/takedowns/notices/{id}/counter-notice', {
          params: { path: { id: notice.id } },
          body: { statement: statement.trim(), evidence_urls: urlsFrom(evidence) },
        }),
      );
      return t('tk_countered', { id: notice.id });
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('tk_counter_title')}>
      <h4>{t('tk_counter_title')}</h4>
      <p className="small muted">{t('tk_counter_intro')}</p>
      <label>
        {t('tk_counter_statement')}
        <textarea required minLength={10} maxLength={5000} rows={4} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </label>
      <label>
        {t('tk_evidence_urls')}
        <textarea required rows={3} aria-describedby={hint} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <p id={hint} className="small muted">
        {t('tk_evidence_hint')}
      </p>
      <ErrorNotice error={act.error} />
      <div>
        <button type="submit" disabled={act.busy}>
          {t('tk_counter_submit')}
        </button>
      </div>
    </form>
  );
}
