import { type FormEvent, type ReactElement, useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading, Stat } from '../shared/components';
import { formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { allLocations, cityNamer, currencyDigits, locationName, useLoad } from './lib';
import { useScope } from './scope';
import './texts';

async function fetchReport(q: { from?: string; to?: string }) {
  return unwrap(await api.GET('/api/reports/sales', { params: { query: q } }));
}
type SalesReport = Awaited<ReturnType<typeof fetchReport>>;

const BUSINESS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A calendar day as the reader writes dates; the day itself, whatever the browser's time zone. */
const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const INK = '#1a1f24';
const BRAND = '#0b3d5c';
const ACCENT = '#0a6e4f';

/** Sales of the merchant (operators: of everyone) by channel, store, city and day, per currency. */
export default function Dashboard() {
  const { t, locale } = useTexts('merchant');
  const { role } = useScope();
  const [query, setQuery] = useState<{ from?: string; to?: string }>({});
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const { data, error, loading, reload } = useLoad(() => fetchReport(query), [query.from, query.to]);
  const [picked, setPicked] = useState<string | null>(null);
  const locations = useLoad(allLocations, []);
  const cityName = cityNamer(locations.data, locale);
  const currencies = useMemo(() => (data?.currency_totals ?? []).map((c) => c.currency), [data]);
  // Consumers in China pay in CNY: that is what most sales are in, so the charts start there.
  const currency =
    picked && currencies.includes(picked) ? picked : (currencies.find((c) => c === 'CNY') ?? currencies.find((c) => c === 'USD') ?? currencies[0] ?? null);
  const ids = { range: useId(), totals: useId(), channel: useId(), store: useId(), city: useId(), day: useId() };

  const range = draft ?? (data ? { from: data.from, to: data.to } : { from: '', to: '' });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (range.from && range.to) setQuery({ from: range.from, to: range.to });
  };
  const last = (days: number) => {
    const today = BUSINESS_DAY.format(new Date());
    const r = { from: addDays(today, -(days - 1)), to: today };
    setDraft(r);
    setQuery(r);
  };
  const money = (amount: number, cur: string) => formatMoney(amount, cur, locale);
  const major = (amount: number, cur: string) => amount / 10 ** currencyDigits(cur);

  return (
    <section className="stack" aria-labelledby={ids.range}>
      <h1 id={ids.range}>{t('dashboard_title')}</h1>
      <form className="card row" onSubmit={apply} aria-label={t('date_range')}>
        <label>
          {t('from')}
          <input type="date" required value={range.from} max={range.to || undefined} onChange={(e) => setDraft({ ...range, from: e.target.value })} />
        </label>
        <label>
          {t('to')}
          <input type="date" required value={range.to} min={range.from || undefined} onChange={(e) => setDraft({ ...range, to: e.target.value })} />
        </label>
        <button type="submit">{t('show')}</button>
        <button type="button" className="secondary" onClick={() => last(7)}>
          {t('last_n_days', { n: 7 })}
        </button>
        <button type="button" className="secondary" onClick={() => last(30)}>
          {t('last_n_days', { n: 30 })}
        </button>
        <button type="button" className="secondary" onClick={() => last(90)}>
          {t('last_n_days', { n: 90 })}
        </button>
      </form>
      <ErrorNotice error={error} onRetry={reload} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <p className="muted" role="status" aria-live="polite">
            {t('report_scope', { from: formatDay(data.from, locale), to: formatDay(data.to, locale) })}{' '}
            {role === 'operator' ? t('report_all_merchants') : t('report_own_lines')}
          </p>

          <section className="stack" aria-labelledby={ids.totals}>
            <h2 id={ids.totals}>{t('totals')}</h2>
            {data.currency_totals.length === 0 ? (
              <p>{t('no_sales')}</p>
            ) : (
              data.currency_totals.map((c) => (
                <div className="grid" key={c.currency} role="group" aria-label={t('totals_in', { currency: c.currency })}>
                  <Stat label={t('sales_in', { currency: c.currency })} value={money(c.amount, c.currency)} />
                  <Stat label={t('orders_in', { currency: c.currency })} value={formatNumber(c.orders, locale)} />
                  <Stat label={t('units_in', { currency: c.currency })} value={formatNumber(c.units, locale)} />
                </div>
              ))
            )}
            {currencies.length > 1 && (
              <label className="inline">
                <span>{t('chart_currency')}&nbsp;</span>
                <select value={currency ?? ''} onChange={(e) => setPicked(e.target.value)}>
                  {currencies.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
            )}
          </section>

          <section className="card stack" aria-labelledby={ids.channel}>
            <h2 id={ids.channel}>{t('by_channel')}</h2>
            {currency && (
              <Chart label={t('chart_channel', { currency })}>
                <BarChart
                  data={data.by_channel
                    .filter((r) => r.currency === currency)
                    .map((r) => ({ name: t(`channel_${r.channel}`), value: major(r.amount, r.currency) }))}
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" tick={{ fill: INK }} />
                  <YAxis tick={{ fill: INK }} />
                  <Tooltip formatter={(v) => money(Math.round(Number(v) * 10 ** currencyDigits(currency)), currency)} />
                  <Bar dataKey="value" name={t('sales')} fill={BRAND} />
                </BarChart>
              </Chart>
            )}
            <FiguresTable
              labelledBy={ids.channel}
              head={[t('channel')]}
              rows={data.by_channel.map((r) => ({ key: `${r.channel}-${r.currency}`, cells: [t(`channel_${r.channel}`)], ...r }))}
            />
          </section>

          <section className="card stack" aria-labelledby={ids.store}>
            <h2 id={ids.store}>{t('by_store')}</h2>
            {currency && (
              <Chart label={t('chart_store', { currency })}>
                <BarChart
                  layout="vertical"
                  data={data.by_location
                    .filter((r) => r.currency === currency)
                    .slice(0, 10)
                    .map((r) => ({ name: locationName(r, locale), value: major(r.amount, r.currency) }))}
                  margin={{ left: 24 }}
                  accessibilityLayer={false}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" tick={{ fill: INK }} />
                  <YAxis type="category" dataKey="name" width={160} tick={{ fill: INK, fontSize: 12 }} />
                  <Tooltip formatter={(v) => money(Math.round(Number(v) * 10 ** currencyDigits(currency)), currency)} />
                  <Bar dataKey="value" name={t('sales')} fill={ACCENT} />
                </BarChart>
              </Chart>
            )}
            <FiguresTable
              labelledBy={ids.store}
              head={[t('store'), t('city')]}
              rows={data.by_location.map((r) => ({ key: `${r.location_id}-${r.currency}`, cells: [locationName(r, locale), cityName(r.city)], ...r }))}
            />
          </section>

          <section className="card stack" aria-labelledby={ids.city}>
            <h2 id={ids.city}>{t('by_city')}</h2>
            <FiguresTable
              labelledBy={ids.city}
              head={[t('city')]}
              rows={data.by_city.map((r) => ({ key: `${r.city}-${r.currency}`, cells: [cityName(r.city)], ...r }))}
            />
          </section>

          <section className="card stack" aria-labelledby={ids.day}>
            <h2 id={ids.day}>{t('by_day')}</h2>
            {currency && (
              <Chart label={t('chart_day', { currency })}>
                <LineChart data={daySeries(data, currency).map((d) => ({ name: d.day.slice(5), value: major(d.amount, currency) }))} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" tick={{ fill: INK, fontSize: 12 }} />
                  <YAxis tick={{ fill: INK }} />
                  <Tooltip formatter={(v) => money(Math.round(Number(v) * 10 ** currencyDigits(currency)), currency)} />
                  <Line type="monotone" dataKey="value" name={t('sales')} stroke={BRAND} strokeWidth={2} dot={false} />
                </LineChart>
              </Chart>
            )}
            <details>
              <summary>{t('show_figures')}</summary>
              <FiguresTable labelledBy={ids.day} head={[t('day')]} rows={data.by_day.map((r) => ({ key: `${r.day}-${r.currency}`, cells: [r.day], ...r }))} />
            </details>
          </section>
        </>
      )}
    </section>
  );
}

/** Every day of the range for one currency, days without sales as zero (a line chart needs them). */
function daySeries(data: SalesReport, currency: string) {
  const by = new Map(data.by_day.filter((d) => d.currency === currency).map((d) => [d.day, d.amount]));
  const out: Array<{ day: string; amount: number }> = [];
  for (let d = data.from; d <= data.to && out.length < 800; d = addDays(d, 1)) out.push({ day: d, amount: by.get(d) ?? 0 });
  return out;
}

/** A chart as one image with a name; the table next to it carries the figures for screen readers. */
function Chart({ label, children }: { label: string; children: ReactElement }) {
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

interface FigureRow {
  key: string;
  cells: string[];
  currency: string;
  orders: number;
  units: number;
  amount: number;
}

function FiguresTable({ labelledBy, head, rows }: { labelledBy: string; head: string[]; rows: FigureRow[] }) {
  const { t, locale } = useTexts('merchant');
  if (rows.length === 0) return <p className="muted">{t('no_sales')}</p>;
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">{t('currency')}</th>
            <th scope="col">{t('orders')}</th>
            <th scope="col">{t('units')}</th>
            <th scope="col">{t('sales')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>
                    {c}
                  </th>
                ) : (
                  <td key={i}>{c}</td>
                ),
              )}
              <td>{r.currency}</td>
              <td>{formatNumber(r.orders, locale)}</td>
              <td>{formatNumber(r.units, locale)}</td>
              <td>{formatMoney(r.amount, r.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
