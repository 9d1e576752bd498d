import { type ReactElement, useEffect, useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { ErrorNotice, Loading, Stat } from '../shared/components';
import { formatMoney, formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { allLocations, type LocationLabel, locationName, useLoad } from './lib';
import { openEventStream, type StreamEvent, type StreamState } from './live-stream';
import { useScope } from './scope';
import './texts';
import './texts-live';

// Business days are China Standard Time days, as in the sales report.
const BUSINESS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayOf = (instant: string | Date) => BUSINESS_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);

const INK = '#1a1f24';
const BRAND = '#0b3d5c';
const ACCENT = '#0a6e4f';
const TICKER_SIZE = 15;

type Channel = 'online' | 'till';

interface Sale {
  /** The order the units left for (a ticker row per order), else the movement's event id. */
  key: string;
  at: string;
  channel: Channel | null;
  location_id: string | null;
  units: number;
  amount: { amount: number; currency: string } | null;
}

interface Tally {
  byLocation: Record<string, number>;
  byChannel: Record<string, number>;
}

/** Units sold today per store and channel from the sales report (every currency together). */
async function todaysReport(day: string): Promise<Tally> {
  const r = unwrap(await api.GET('/api/reports/sales', { params: { query: { from: day, to: day } } }));
  const byLocation: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  for (const l of r.by_location) byLocation[l.location_id] = (byLocation[l.location_id] ?? 0) + l.units;
  for (const c of r.by_channel) byChannel[c.channel] = (byChannel[c.channel] ?? 0) + c.units;
  return { byLocation, byChannel };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * Sell-through as it happens: units sold today by store and by channel, from the sales report
 * plus every sale the live event stream brings (stock leaving a store or warehouse for an order),
 * and a ticker of the latest sales with their amounts from the order events.
 */
export default function LiveSales() {
  const { t, locale } = useTexts('merchant');
  const { role, merchantId } = useScope();
  const [day, setDay] = useState(() => dayOf(new Date()));
  const base = useLoad(() => todaysReport(day), [day]);
  const locations = useLoad(allLocations, []);
  const [state, setState] = useState<StreamState>('connecting');
  const [live, setLive] = useState<Tally & { seen: string[]; sales: Sale[]; amounts: Record<string, { amount: number; currency: string }> }>({
    byLocation: {},
    byChannel: {},
    seen: [],
    sales: [],
    amounts: {},
  });
  const ids = { title: useId(), store: useId(), channel: useId(), ticker: useId() };
  // Operators follow the merchant they picked; a merchant's staff and brand owners get their own tenant's events anyway.
  const streamMerchant = role === 'operator' ? merchantId : null;

  useEffect(() => {
    setLive({ byLocation: {}, byChannel: {}, seen: [], sales: [], amounts: {} });
    const close = openEventStream({
      types: 'stock.moved,order.*',
      merchantId: streamMerchant,
      onState: setState,
      onEvent: (e) => setLive((s) => apply(s, e)),
    });
    return close;
    // A new day starts the live counts afresh, on top of the new day's report.
  }, [streamMerchant, day]);

  // A new business day starts from zero: reload the report at midnight China time.
  useEffect(() => {
    const timer = setInterval(() => {
      const now = dayOf(new Date());
      if (now !== day) setDay(now);
    }, 30_000);
    return () => clearInterval(timer);
  }, [day]);

  const names = useMemo(() => new Map((locations.data ?? []).map((l: LocationLabel) => [l.id, locationName(l, locale)])), [locations.data, locale]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? id) : t('live_unknown_store'));

  const byStore = useMemo(() => {
    const all = { ...base.data?.byLocation };
    for (const [id, n] of Object.entries(live.byLocation)) all[id] = (all[id] ?? 0) + n;
    return Object.entries(all)
      .filter(([, n]) => n !== 0)
      .map(([id, units]) => ({ id, name: nameOf(id), units }))
      .sort((a, b) => b.units - a.units || a.name.localeCompare(b.name));
    // nameOf reads names and t, which the list depends on through them.
  }, [base.data, live.byLocation, names, t]);
  const byChannel = (['till', 'online'] as const).map((c) => ({
    channel: c,
    name: t(`channel_${c}`),
    units: (base.data?.byChannel[c] ?? 0) + (live.byChannel[c] ?? 0),
  }));
  const total = byChannel.reduce((n, c) => n + c.units, 0);

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1 id={ids.title}>{t('live_title')}</h1>
        <LiveIndicator state={state} />
      </div>
      <p className="muted">
        {t('live_intro')} {role === 'operator' ? t('report_all_merchants') : t('report_own_lines')}
      </p>
      <ErrorNotice error={base.error} onRetry={base.reload} />
      {base.loading && !base.data && <Loading />}
      {base.data && (
        <>
          <div className="grid" role="group" aria-label={t('live_totals')}>
            <Stat label={t('live_units_today')} value={<span data-testid="live-total">{formatNumber(total, locale)}</span>} />
            {byChannel.map((c) => (
              <Stat key={c.channel} label={t('live_units_channel', { channel: c.name })} value={formatNumber(c.units, locale)} />
            ))}
          </div>

          <section className="card stack" aria-labelledby={ids.store}>
            <h2 id={ids.store}>{t('live_by_store')}</h2>
            {byStore.length > 0 && (
              <Chart label={t('live_chart_store')}>
                <BarChart layout="vertical" data={byStore.slice(0, 10)} margin={{ left: 24 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} tick={{ fill: INK }} />
                  <YAxis type="category" dataKey="name" width={160} tick={{ fill: INK, fontSize: 12 }} />
                  <Tooltip />
                  <Bar dataKey="units" name={t('units')} fill={ACCENT} isAnimationActive={false} />
                </BarChart>
              </Chart>
            )}
            <UnitsTable labelledBy={ids.store} head={t('store')} rows={byStore.map((s) => ({ key: s.id, name: s.name, units: s.units }))} />
          </section>

          <section className="card stack" aria-labelledby={ids.channel}>
            <h2 id={ids.channel}>{t('live_by_channel')}</h2>
            <Chart label={t('live_chart_channel')}>
              <BarChart data={byChannel} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={{ fill: INK }} />
                <YAxis allowDecimals={false} tick={{ fill: INK }} />
                <Tooltip />
                <Bar dataKey="units" name={t('units')} fill={BRAND} isAnimationActive={false} />
              </BarChart>
            </Chart>
            <UnitsTable labelledBy={ids.channel} head={t('channel')} rows={byChannel.map((c) => ({ key: c.channel, name: c.name, units: c.units }))} />
          </section>
        </>
      )}

      <section className="card stack" aria-labelledby={ids.ticker}>
        <h2 id={ids.ticker}>{t('live_ticker')}</h2>
        {live.sales.length === 0 ? (
          <p className="muted">{t('live_ticker_empty')}</p>
        ) : (
          <div role="log" aria-labelledby={ids.ticker}>
            <ol className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {live.sales.map((s) => {
                const amount = s.amount ?? live.amounts[s.key] ?? null;
                return (
                  <li key={s.key} className="row" style={{ gap: '0.75rem', borderBottom: '1px solid var(--line)', paddingBottom: '0.35rem' }}>
                    <time dateTime={s.at} className="muted">
                      {new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(s.at))}
                    </time>
                    <span>
                      {t('live_sale_line', {
                        units: formatNumber(s.units, locale),
                        store: nameOf(s.location_id),
                        channel: s.channel ? t(`channel_${s.channel}`) : t('live_unknown_channel'),
                      })}
                    </span>
                    {amount && <strong>{formatMoney(amount.amount, amount.currency, locale)}</strong>}
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </section>
    </section>
  );
}

/** The stream's next state after one event: sale units counted once, today's only; order amounts kept for the ticker. */
function apply<S extends Tally & { seen: string[]; sales: Sale[]; amounts: Record<string, { amount: number; currency: string }> }>(s: S, e: StreamEvent): S {
  if (s.seen.includes(e.id)) return s;
  const seen = [e.id, ...s.seen].slice(0, 500);
  if (e.type.startsWith('order.')) {
    const lines = Array.isArray(e.data.lines) ? (e.data.lines as Array<Record<string, unknown>>) : [];
    const currency = str(e.data.currency);
    const orderId = str(e.data.order_id) ?? e.subject_id;
    if (!currency || lines.length === 0 || s.amounts[orderId]) return { ...s, seen };
    const amount = { amount: lines.reduce((n, l) => n + num(l.amount), 0), currency };
    return { ...s, seen, amounts: { ...s.amounts, [orderId]: amount } };
  }
  if (e.type !== 'stock.moved' || e.data.reason !== 'sale' || dayOf(e.occurred_at) !== dayOf(new Date())) return { ...s, seen };
  const units = -num(e.data.on_hand_delta);
  if (units <= 0) return { ...s, seen };
  const channel = e.data.channel === 'online' || e.data.channel === 'till' ? e.data.channel : null;
  const location = e.location_id ?? str(e.data.location_id);
  const byLocation = location ? { ...s.byLocation, [location]: (s.byLocation[location] ?? 0) + units } : s.byLocation;
  const byChannel = channel ? { ...s.byChannel, [channel]: (s.byChannel[channel] ?? 0) + units } : s.byChannel;
  const key = (e.data.reference_type === 'order' && str(e.data.reference_id)) || e.id;
  const existing = s.sales.find((x) => x.key === key && x.location_id === location);
  const sales = existing
    ? s.sales.map((x) => (x === existing ? { ...x, units: x.units + units } : x))
    : [{ key, at: e.occurred_at, channel, location_id: location, units, amount: null }, ...s.sales].slice(0, TICKER_SIZE);
  return { ...s, seen, byLocation, byChannel, sales };
}

function LiveIndicator({ state }: { state: StreamState }) {
  const { t } = useTexts('merchant');
  const colour = state === 'live' ? ACCENT : state === 'denied' ? 'var(--danger)' : 'var(--muted)';
  return (
    <p role="status" aria-live="polite" className="badge" data-state={state} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem', margin: 0 }}>
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: '50%', background: colour, display: 'inline-block' }} />
      {t(`live_state_${state}`)}
    </p>
  );
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

function UnitsTable({ labelledBy, head, rows }: { labelledBy: string; head: string; rows: Array<{ key: string; name: string; units: number }> }) {
  const { t, locale } = useTexts('merchant');
  if (rows.length === 0) return <p className="muted">{t('live_no_sales_today')}</p>;
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t('live_units_sold')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{formatNumber(r.units, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
