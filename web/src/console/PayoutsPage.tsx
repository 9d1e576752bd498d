import { type FormEvent, useState } from 'react';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useLoad } from './data';
import './texts';
import './texts-money';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
export type Payout = Json<paths['/api/payouts']['get']['responses'][200]>['items'][number];
type RunResult = Json<paths['/api/payout-runs']['post']['responses'][200]>;

/** A fresh idempotency key: one per click of "Run payouts", so a resent request never pays twice. */
function runKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `console-run-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Every merchant's display name by id, for the payout tables. */
async function merchantNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = unwrap(await api.GET('/api/merchants', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
    for (const m of page.items) names.set(m.id, m.display_name);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return names;
}

/** The operator's payouts: run a payout (and see what it paid), confirm payouts paid, past runs. */
export function PayoutsPage() {
  const { t, locale } = useTexts('console');
  const names = useLoad(merchantNames, []);
  const pending = useLoad(async () => unwrap(await api.GET('/api/payouts', { params: { query: { status: 'pending', limit: 100 } } })).items, []);
  const runs = useLoad(async () => unwrap(await api.GET('/api/payout-runs', { params: { query: { limit: 20 } } })).items, []);
  const [result, setResult] = useState<RunResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameOf = (id: string) => names.data?.get(id) ?? id;

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = unwrap(await api.POST('/api/payout-runs', { body: { idempotency_key: runKey() } }));
      setResult(r);
      pending.reload();
      runs.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const paid = (p: Payout) => {
    setResult((r) => (r ? { ...r, payouts: r.payouts.map((x) => (x.id === p.id ? p : x)) } : r));
    pending.reload();
  };

  return (
    <section className="stack" aria-labelledby="payouts-title">
      <h1 id="payouts-title">{t('payouts_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('payouts_intro')}
      </p>
      <div className="card stack">
        <p>
          <button type="button" disabled={busy} onClick={() => void run()}>
            {busy ? t('running') : t('run_payouts')}
          </button>
        </p>
        <ErrorNotice error={error} />
        {result && (
          <div className="stack" role="status" aria-live="polite">
            <p className="notice notice-ok">
              {t('run_done', { date: formatDate(result.run.created_at, locale, true), count: result.payouts.length })} {result.replayed && t('run_replayed')}
            </p>
            {result.payouts.length === 0 ? (
              <p className="muted">{t('run_empty')}</p>
            ) : (
              <PayoutTable caption={t('run_payouts_table')} payouts={result.payouts} nameOf={nameOf} onPaid={paid} />
            )}
          </div>
        )}
      </div>

      <section className="card stack" aria-labelledby="pending-title">
        <h2 id="pending-title">{t('pending_payouts')}</h2>
        <ErrorNotice error={pending.error} onRetry={pending.reload} />
        {!pending.data ? (
          <Loading />
        ) : pending.data.length === 0 ? (
          <p className="muted">{t('pending_none')}</p>
        ) : (
          <PayoutTable caption={t('pending_payouts')} payouts={pending.data} nameOf={nameOf} onPaid={paid} />
        )}
      </section>

      <section className="card stack" aria-labelledby="runs-title">
        <h2 id="runs-title">{t('runs')}</h2>
        <ErrorNotice error={runs.error} onRetry={runs.reload} />
        {!runs.data ? (
          <Loading />
        ) : runs.data.length === 0 ? (
          <p className="muted">{t('runs_none')}</p>
        ) : (
          <div className="table-wrap">
            <table aria-labelledby="runs-title">
              <thead>
                <tr>
                  <th scope="col">{t('col_run_at')}</th>
                  <th scope="col">{t('col_as_of')}</th>
                  <th scope="col">{t('col_payouts')}</th>
                  <th scope="col">{t('col_totals')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{formatDate(r.created_at, locale, true)}</th>
                    <td>{formatDate(r.as_of, locale, true)}</td>
                    <td>{formatNumber(r.payout_count, locale)}</td>
                    <td>{r.totals.map((x) => formatMoney(x.amount, x.currency, locale)).join(' · ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}

function PayoutTable({
  caption,
  payouts,
  nameOf,
  onPaid,
}: {
  caption: string;
  payouts: Payout[];
  nameOf: (id: string) => string;
  onPaid: (p: Payout) => void;
}) {
  const { t, locale } = useTexts('console');
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_merchant')}</th>
            <th scope="col">{t('col_amount')}</th>
            <th scope="col">{t('col_entries')}</th>
            <th scope="col">{t('col_status')}</th>
            <th scope="col">{t('col_action')}</th>
          </tr>
        </thead>
        <tbody>
          {payouts.map((p) => (
            <tr key={p.id} data-payout={p.id}>
              <th scope="row">{nameOf(p.merchant_id)}</th>
              <td>{formatMoney(p.amount, p.currency, locale)}</td>
              <td>{formatNumber(p.entry_count, locale)}</td>
              <td>
                <span className="badge">{t(`payout_${p.status}`)}</span>
              </td>
              <td>
                {p.status === 'paid' ? (
                  <span className="small">
                    {p.paid_at && t('paid_on', { date: formatDate(p.paid_at, locale, true) })}
                    {p.reference && ` · ${p.reference}`}
                  </span>
                ) : (
                  <MarkPaid payout={p} merchant={nameOf(p.merchant_id)} onPaid={onPaid} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MarkPaid({ payout, merchant, onPaid }: { payout: Payout; merchant: string; onPaid: (p: Payout) => void }) {
  const { t, locale } = useTexts('console');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onPaid(
        unwrap(
          await api.POST('/api/payouts/{id}/paid', { params: { path: { id: payout.id } }, body: reference.trim() ? { reference: reference.trim() } : {} }),
        ),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const amount = formatMoney(payout.amount, payout.currency, locale);
  return (
    <form className="row" onSubmit={submit} style={{ gap: '0.5rem' }}>
      <input
        aria-label={t('bank_reference_for', { merchant })}
        placeholder={t('bank_reference')}
        maxLength={200}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        style={{ maxWidth: '12rem' }}
      />
      <button type="submit" className="secondary" disabled={busy} aria-label={t('mark_paid_for', { amount, merchant })}>
        {t('mark_paid')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
