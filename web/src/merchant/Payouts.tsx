import { type FormEvent, useId, useState } from 'react';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading, Stat } from '../shared/components';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { useLoad } from './lib';
import { useScope } from './scope';
import './texts';
import './texts-payouts';

const BUSINESS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const KINDS = ['sale', 'commission', 'refund', 'commission_reversal', 'fee', 'payout'] as const;

/** This month so far, in China Standard Time days (the statement's days). */
function thisMonth(): { from: string; to: string } {
  const today = BUSINESS_DAY.format(new Date());
  return { from: `${today.slice(0, 8)}01`, to: today };
}

const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const percent = (bp: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10_000);

/**
 * The merchant's money: the balance owed (in the merchant's currency, USD for US merchants), a
 * statement for a range of days (sales, commission, refunds, reversals, fees, payouts between the
 * opening and closing balance) with its CSV, and the payouts made.
 */
export default function Payouts() {
  const { t, locale } = useTexts('merchant');
  const { merchantId, role } = useScope();
  const ids = { title: useId(), balance: useId(), statement: useId(), payouts: useId() };
  // Merchant staff read their own books; an operator names the merchant.
  const who = role === 'operator' ? (merchantId ?? undefined) : undefined;
  const ready = role !== 'operator' || !!merchantId;

  const balance = useLoad(
    async () => (ready ? unwrap(await api.GET('/api/settlement/balance', { params: { query: who ? { merchant_id: who } : {} } })) : null),
    [who, ready],
  );
  const payouts = useLoad(
    async () => (ready ? unwrap(await api.GET('/api/payouts', { params: { query: { limit: 50, ...(who ? { merchant_id: who } : {}) } } })).items : []),
    [who, ready],
  );
  const [draft, setDraft] = useState(thisMonth);
  const [range, setRange] = useState(thisMonth);
  const statement = useLoad(
    async () =>
      ready
        ? // format=json (the default) answers the JSON statement; the CSV shape is only for format=csv.
          (unwrap(
            await api.GET('/api/settlement/statement', { params: { query: { from: range.from, to: range.to, ...(who ? { merchant_id: who } : {}) } } }),
          ) as StatementData)
        : null,
    [who, ready, range.from, range.to],
  );
  const [csvBusy, setCsvBusy] = useState(false);
  const [csvError, setCsvError] = useState<unknown>(null);

  const show = (e: FormEvent) => {
    e.preventDefault();
    setRange({ ...draft });
  };
  const downloadCsv = async () => {
    setCsvBusy(true);
    setCsvError(null);
    try {
      const r = await api.GET('/api/settlement/statement', {
        params: { query: { from: draft.from, to: draft.to, format: 'csv', ...(who ? { merchant_id: who } : {}) } },
        parseAs: 'text',
      });
      const text = unwrap(r as { data?: string; error?: unknown; response: Response });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `statement-${draft.from}-${draft.to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setCsvError(e);
    } finally {
      setCsvBusy(false);
    }
  };

  if (!ready) return <p className="notice">{t('pick_merchant_first')}</p>;
  const b = balance.data;
  const s = statement.data;

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('payouts_title')}</h1>
      <p className="muted">{t('payouts_intro')}</p>

      <section className="stack" aria-labelledby={ids.balance}>
        <h2 id={ids.balance}>{t('balance')}</h2>
        <ErrorNotice error={balance.error} onRetry={balance.reload} />
        {!b ? (
          balance.loading && <Loading />
        ) : (
          <div className="grid" role="group" aria-label={`${t('balance')} (${b.currency})`}>
            <Stat label={t('balance_unpaid')} value={<span data-testid="balance-unpaid">{formatMoney(b.unpaid, b.currency, locale)}</span>} />
            <Stat label={t('balance_unpaid_entries')} value={formatNumber(b.unpaid_entries, locale)} />
            <Stat label={t('balance_pending')} value={formatMoney(b.pending_payouts, b.currency, locale)} />
            <Stat label={t('balance_paid_total')} value={formatMoney(b.paid_total, b.currency, locale)} />
          </div>
        )}
      </section>

      <section className="card stack" aria-labelledby={ids.statement}>
        <h2 id={ids.statement}>{t('statement')}</h2>
        <form className="row" onSubmit={show} aria-label={t('statement_range')}>
          <label>
            {t('from')}
            <input type="date" required value={draft.from} max={draft.to || undefined} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </label>
          <label>
            {t('to')}
            <input type="date" required value={draft.to} min={draft.from || undefined} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </label>
          <button type="submit">{t('statement_show')}</button>
          <button type="button" className="secondary" disabled={csvBusy || !draft.from || !draft.to} onClick={() => void downloadCsv()}>
            {csvBusy ? t('statement_csv_busy') : t('statement_csv')}
          </button>
        </form>
        <p className="small muted">{t('statement_days_note')}</p>
        <ErrorNotice error={csvError} />
        <ErrorNotice error={statement.error} onRetry={statement.reload} />
        {statement.loading && !s && <Loading />}
        {s && <Statement statement={s} />}
      </section>

      <section className="card stack" aria-labelledby={ids.payouts}>
        <h2 id={ids.payouts}>{t('payouts_list')}</h2>
        <ErrorNotice error={payouts.error} onRetry={payouts.reload} />
        {!payouts.data ? (
          payouts.loading && <Loading />
        ) : payouts.data.length === 0 ? (
          <p className="muted">{t('payouts_none')}</p>
        ) : (
          <div className="table-wrap">
            <table aria-labelledby={ids.payouts}>
              <thead>
                <tr>
                  <th scope="col">{t('col_created')}</th>
                  <th scope="col">{t('col_amount')}</th>
                  <th scope="col">{t('col_entries')}</th>
                  <th scope="col">{t('col_status')}</th>
                  <th scope="col">{t('col_reference')}</th>
                  <th scope="col">{t('col_paid_at')}</th>
                </tr>
              </thead>
              <tbody>
                {payouts.data.map((p) => (
                  <tr key={p.id} data-payout={p.id}>
                    <th scope="row">{formatDate(p.created_at, locale, true)}</th>
                    <td>{formatMoney(p.amount, p.currency, locale)}</td>
                    <td>{formatNumber(p.entry_count, locale)}</td>
                    <td>
                      <span className="badge">{t(`payout_${p.status}`)}</span>
                    </td>
                    <td>{p.reference ?? '—'}</td>
                    <td>{p.paid_at ? formatDate(p.paid_at, locale, true) : '—'}</td>
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

type StatementData = Exclude<paths['/api/settlement/statement']['get']['responses'][200]['content']['application/json'], string>;

/** Opening balance, the entries, totals by kind and the closing balance (opening + entries = closing, to the cent). */
function Statement({ statement: s }: { statement: StatementData }) {
  const { t, locale } = useTexts('merchant');
  const money = (n: number) => formatMoney(n, s.currency, locale);
  const captionId = useId();
  return (
    <div className="stack">
      <h3 id={captionId}>{t('statement_of', { from: formatDay(s.from, locale), to: formatDay(s.to, locale), currency: s.currency })}</h3>
      <dl className="grid" style={{ margin: 0 }}>
        <div className="stat">
          <dt className="stat-label">{t('opening_balance')}</dt>
          <dd className="stat-value" style={{ margin: 0 }} data-testid="opening-balance">
            {money(s.opening_balance)}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat-label">{t('closing_balance')}</dt>
          <dd className="stat-value" style={{ margin: 0 }} data-testid="closing-balance">
            {money(s.closing_balance)}
          </dd>
        </div>
      </dl>
      {s.entries.length === 0 ? (
        <p className="muted">{t('statement_no_entries')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('statement_entries')}>
            <thead>
              <tr>
                <th scope="col">{t('col_booked')}</th>
                <th scope="col">{t('col_kind')}</th>
                <th scope="col">{t('col_order')}</th>
                <th scope="col">{t('col_sale_amount')}</th>
                <th scope="col">{t('col_rate')}</th>
                <th scope="col">{t('col_amount')}</th>
                <th scope="col">{t('col_paid_by')}</th>
              </tr>
            </thead>
            <tbody>
              {s.entries.map((e) => (
                <tr key={e.id} data-kind={e.kind}>
                  <td>{formatDate(e.booked_at, locale, true)}</td>
                  <th scope="row">{t(`entry_${e.kind}`)}</th>
                  <td>{e.order_number !== null ? t('order_no', { number: e.order_number }) : '—'}</td>
                  <td>{e.source_amount !== null && e.source_currency ? formatMoney(e.source_amount, e.source_currency, locale) : '—'}</td>
                  <td className="small">
                    {e.rate_bp !== null
                      ? t('commission_rate', { rate: percent(e.rate_bp, locale) })
                      : e.fx_rate && e.source_currency
                        ? t('fx_note', { rate: `${e.fx_rate} ${e.source_currency}`, currency: s.currency })
                        : '—'}
                  </td>
                  <td className="price">{money(e.amount)}</td>
                  <td className="small">{e.kind === 'payout' ? '—' : e.payout_id ? t('entry_paid') : t('entry_unpaid')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="table-wrap">
        <table aria-label={t('statement_totals')}>
          <thead>
            <tr>
              {KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(`entry_${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {KINDS.map((k) => (
                <td key={k}>{money(s.totals[k])}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
