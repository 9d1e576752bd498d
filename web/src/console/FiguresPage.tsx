import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading, Stat } from '../shared/components';
import { formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { countPages, currencyDigits, daysBetween, type LocationKind, MERCHANT_STATUSES, useLoad } from './data';
import './texts';

type SalesReport = paths['/api/reports/sales']['get']['responses'][200]['content']['application/json'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const BAR = '#0b3d5c';
const LINE = '#0a6e4f';
const OPEN_KINDS: readonly LocationKind[] = ['department_store', 'mall', 'mall_counter'];

/** How many merchants per status and how many open stores, malls and counters (the API pages, so we count pages). */
async function platformCounts() {
  const merchants = await Promise.all(
    MERCHANT_STATUSES.map(async (status) => ({
      status,
      ...(await countPages(async (cursor) => unwrap(await api.GET('/api/merchants', { params: { query: { status, cursor, limit: 100 } } })))),
    })),
  );
  const open = await Promise.all(
    OPEN_KINDS.map(async (kind) => ({
      kind,
      ...(await countPages(async (cursor) => unwrap(await api.GET('/api/locations', { params: { query: { kind, status: 'open', cursor, limit: 100 } } })))),
    })),
  );
  return { merchants, open };
}

/** Platform figures: sales by channel, city, location and day, with merchant and store counts. */
export function FiguresPage() {
  const { t, locale } = useTexts('console');
  const [params, setParams] = useSearchParams();
  const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : undefined;
  const to = DAY.test(params.get('to') ?? '') ? params.get('to')! : undefined;
  // Without a period the API answers its default (the last 30 days in the platform's time zone).
  const report = useLoad(async () => unwrap(await api.GET('/api/reports/sales', { params: { query: { from, to } } })), [from, to]);
  const counts = useLoad(platformCounts, []);

  const [fromInput, setFromInput] = useState(from ?? '');
  const [toInput, setToInput] = useState(to ?? '');
  const [periodError, setPeriodError] = useState<string | null>(null);
  useEffect(() => {
    if (report.data) {
      setFromInput(report.data.from);
      setToInput(report.data.to);
    }
  }, [report.data]);

  const currencies = useMemo(() => (report.data?.currency_totals ?? []).map((c) => c.currency), [report.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : currencies[0];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fromInput && toInput && fromInput > toInput) {
      setPeriodError(t('bad_period'));
      return;
    }
    setPeriodError(null);
    const p = new URLSearchParams(params);
    for (const [k, v] of [
      ['from', fromInput],
      ['to', toInput],
    ] as const) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  return (
    <section className="stack" aria-labelledby="figures-title">
      <h1 id="figures-title">{t('figures_title')}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t('figures_intro')}
      </p>

      <form className="row card no-print" onSubmit={submit} aria-label={t('period')}>
        <label>
          {t('from')}
          <input type="date" value={fromInput} max={toInput || undefined} onChange={(e) => setFromInput(e.target.value)} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={toInput} min={fromInput || undefined} onChange={(e) => setToInput(e.target.value)} />
        </label>
        {currencies.length > 1 && (
          <label>
            {t('currency')}
            <select value={currency} onChange={(e) => setChosen(e.target.value)}>
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" style={{ alignSelf: 'flex-end' }}>
          {t('show')}
        </button>
      </form>
      {periodError && (
        <p role="alert" className="notice notice-error">
          {periodError}
        </p>
      )}

      <ErrorNotice error={report.error} onRetry={report.reload} />
      {report.loading ? <Loading /> : report.data && <Report report={report.data} currency={currency} />}

      <section className="stack" aria-labelledby="counts-title">
        <h2 id="counts-title">{t('platform_counts')}</h2>
        <ErrorNotice error={counts.error} onRetry={counts.reload} />
        {counts.loading && !counts.data ? (
          <Loading />
        ) : (
          counts.data && (
            <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}>
              {counts.data.merchants.map((c) => (
                <Stat
                  key={c.status}
                  label={t('merchants_count', { status: t(`status_${c.status}`) })}
                  value={c.more ? t('more_than', { n: formatNumber(c.n, locale) }) : formatNumber(c.n, locale)}
                />
              ))}
              {counts.data.open.map((c) => (
                <Stat
                  key={c.kind}
                  label={t('open_kind', { kind: t(`kind_${c.kind}`) })}
                  value={c.more ? t('more_than', { n: formatNumber(c.n, locale) }) : formatNumber(c.n, locale)}
                />
              ))}
            </div>
          )
        )}
      </section>
    </section>
  );
}

function Report({ report, currency }: { report: SalesReport; currency: string | undefined }) {
  const { t, locale } = useTexts('console');
  if (!currency || report.currency_totals.length === 0) {
    return (
      <p className="notice" role="status">
        {t('no_sales')}
      </p>
    );
  }
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const major = (minor: number) => minor / 10 ** currencyDigits(currency);
  const num = (n: number) => formatNumber(n, locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const of = <T extends { currency: string }>(rows: T[]) => rows.filter((r) => r.currency === currency);

  const channels = of(report.by_channel).map((r) => ({ ...r, label: t(`channel_${r.channel}`), value: major(r.amount) }));
  const cities = of(report.by_city)
    .sort((a, b) => b.amount - a.amount)
    .map((r) => ({ ...r, label: r.city, value: major(r.amount) }));
  const locations = of(report.by_location).sort((a, b) => b.amount - a.amount);
  const dayRows = of(report.by_day);
  const byDay = new Map(dayRows.map((r) => [r.day, r]));
  const dayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const fullDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dayLabel = (d: string) => dayFormat.format(new Date(`${d}T00:00:00Z`));
  // Every day of the period on the line, days without orders at zero.
  const days = daysBetween(report.from, report.to).map((d) => ({ day: d, label: dayLabel(d), value: major(byDay.get(d)?.amount ?? 0) }));
  // Totals of every currency (each labelled with its own); the charts show the chosen one.
  const totals = report.currency_totals;

  const figureCols = (r: { orders: number; units: number; amount: number }) => (
    <>
      <td>{num(r.orders)}</td>
      <td>{num(r.units)}</td>
      <td>{money(r.amount)}</td>
    </>
  );
  const figureHeads = (
    <>
      <th scope="col">{t('orders')}</th>
      <th scope="col">{t('units')}</th>
      <th scope="col">{t('amount')}</th>
    </>
  );
  const tooltip = (v: unknown) => money(Math.round(Number(v) * 10 ** currencyDigits(currency)));

  return (
    <>
      <section className="stack" aria-labelledby="totals-title">
        <h2 id="totals-title">{t('totals')}</h2>
        <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}>
          {totals.map((c) => (
            <Stat key={`${c.currency}-sales`} label={t('stat_sales', { currency: c.currency })} value={formatMoney(c.amount, c.currency, locale)} />
          ))}
          {totals.map((c) => (
            <Stat key={`${c.currency}-orders`} label={t('stat_orders', { currency: c.currency })} value={num(c.orders)} />
          ))}
          {totals.map((c) => (
            <Stat key={`${c.currency}-units`} label={t('stat_units', { currency: c.currency })} value={num(c.units)} />
          ))}
        </div>
      </section>

      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))' }}>
        <ChartFigure
          title={t('by_channel', { currency })}
          desc={t('desc_channel')}
          chart={(title, desc) => (
            <BarChart data={channels} title={title} desc={desc} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" />
              <YAxis tickFormatter={(v: number) => compact.format(v)} width={56} />
              <Tooltip formatter={(v) => [tooltip(v), t('amount')]} />
              <Bar dataKey="value" name={t('amount')} fill={BAR} maxBarSize={96} isAnimationActive={false} />
            </BarChart>
          )}
        >
          <table>
            <caption className="sr-only">{t('by_channel', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col_channel')}</th>
                {figureHeads}
              </tr>
            </thead>
            <tbody>
              {channels.map((r) => (
                <tr key={r.channel}>
                  <th scope="row">{r.label}</th>
                  {figureCols(r)}
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={t('by_city', { currency })}
          desc={t('desc_city')}
          chart={(title, desc) => (
            <BarChart data={cities} title={title} desc={desc} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" interval={0} />
              <YAxis tickFormatter={(v: number) => compact.format(v)} width={56} />
              <Tooltip formatter={(v) => [tooltip(v), t('amount')]} />
              <Bar dataKey="value" name={t('amount')} fill={BAR} maxBarSize={96} isAnimationActive={false} />
            </BarChart>
          )}
        >
          <table>
            <caption className="sr-only">{t('by_city', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col_city')}</th>
                {figureHeads}
              </tr>
            </thead>
            <tbody>
              {cities.map((r) => (
                <tr key={r.city}>
                  <th scope="row">{r.label}</th>
                  {figureCols(r)}
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>
      </div>

      <ChartFigure
        title={t('by_day', { currency })}
        desc={t('desc_day')}
        chart={(title, desc) => (
          <LineChart data={days} title={title} desc={desc} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" minTickGap={16} />
            <YAxis tickFormatter={(v: number) => compact.format(v)} width={56} />
            <Tooltip formatter={(v) => [tooltip(v), t('amount')]} />
            <Line type="linear" dataKey="value" name={t('amount')} stroke={LINE} strokeWidth={2} dot={days.length <= 45} isAnimationActive={false} />
          </LineChart>
        )}
      >
        <table>
          <caption className="sr-only">{t('by_day', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col_day')}</th>
              {figureHeads}
            </tr>
          </thead>
          <tbody>
            {dayRows.map((r) => (
              <tr key={r.day}>
                <th scope="row">{fullDay.format(new Date(`${r.day}T00:00:00Z`))}</th>
                {figureCols(r)}
              </tr>
            ))}
          </tbody>
        </table>
      </ChartFigure>

      <section className="card stack" aria-labelledby="by-location-title">
        <h2 id="by-location-title">{t('by_location', { currency })}</h2>
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('by_location', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col_location')}</th>
                <th scope="col">{t('col_city')}</th>
                {figureHeads}
              </tr>
            </thead>
            <tbody>
              {locations.map((r) => (
                <tr key={r.location_id}>
                  <th scope="row">{locale === 'zh-CN' ? r.name_zh : r.name_en}</th>
                  <td>{r.city}</td>
                  {figureCols(r)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/**
 * A chart with a heading that names it (the figure and the chart's SVG take that name), a short
 * description, and the same figures as a table for people who cannot see the chart.
 */
function ChartFigure({
  title,
  desc,
  chart,
  children,
}: {
  title: string;
  desc: string;
  chart: (title: string, desc: string) => ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="card stack" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ margin: 0, minWidth: 0 }}>
      <h2 id={`${id}-title`} style={{ margin: 0 }}>
        {title}
      </h2>
      <p id={`${id}-desc`} className="muted small" style={{ margin: 0 }}>
        {desc}
      </p>
      <div style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%">
          {chart(title, desc)}
        </ResponsiveContainer>
      </div>
      <div className="table-wrap">{children}</div>
    </figure>
  );
}
