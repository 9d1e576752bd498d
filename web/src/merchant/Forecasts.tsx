import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type paths, unwrap } from '../api/client';
import { ErrorNotice, Loading } from '../shared/components';
import { formatNumber } from '../shared/format';
import { useTexts } from '../shared/i18n';
import { allLocations, locationName, merchantVariants, optionText, useLoad } from './lib';
import { useScope } from './scope';
import './texts';
import './texts-live';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type ForecastAnswer = Json<paths['/api/forecasts']['get']['responses'][200]>;

const INK = '#1a1f24';
const BRAND = '#0b3d5c';
const ACCENT = '#0a6e4f';
const SHOWN_HISTORY = 56;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Point {
  day: string;
  actual?: number;
  mean?: number;
  band?: [number, number];
}

/** The last weeks of actual daily sales of a variant at a store next to its forecast and the p10–p90 band. */
export default function Forecasts() {
  const { t, locale } = useTexts('merchant');
  const { merchantId } = useScope();
  const [params, setParams] = useSearchParams();
  const variantId = params.get('variant_id') ?? '';
  const locationId = params.get('location_id') ?? '';
  const ids = { title: useId(), chart: useId() };
  const variants = useLoad(async () => (merchantId ? merchantVariants(merchantId, locale) : []), [merchantId, locale]);
  const locations = useLoad(allLocations, []);
  const stores = (locations.data ?? []).filter((l) => l.kind !== 'warehouse');
  const answer = useLoad(
    async () =>
      variantId && locationId
        ? unwrap(await api.GET('/api/forecasts', { params: { query: { variant_id: variantId, location_id: locationId, horizon: 28 } } }))
        : null,
    [variantId, locationId],
  );
  const points = useMemo(() => (answer.data ? series(answer.data) : []), [answer.data]);
  const pick = (k: 'variant_id' | 'location_id', v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('fc_title')}</h1>
      <p className="muted">{t('fc_intro')}</p>
      <div className="card row">
        <label className="inline">
          <span>{t('fc_variant')}&nbsp;</span>
          <select value={variantId} onChange={(e) => pick('variant_id', e.target.value)}>
            <option value="">{t('choose')}</option>
            {(variants.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.product_title} — {optionText(v.option_values) || v.sku}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span>{t('store')}&nbsp;</span>
          <select value={locationId} onChange={(e) => pick('location_id', e.target.value)}>
            <option value="">{t('choose')}</option>
            {stores.map((l) => (
              <option key={l.id} value={l.id}>
                {locationName(l, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={variants.error ?? locations.error ?? answer.error} onRetry={answer.reload} />
      {(!variantId || !locationId) && <p className="muted">{t('fc_pick')}</p>}
      {answer.loading && variantId && locationId && <Loading />}
      {answer.data && (
        <section className="card stack" aria-labelledby={ids.chart}>
          <h2 id={ids.chart}>{t('fc_chart_title', { model: answer.data.forecast.model })}</h2>
          <div role="img" aria-label={t('fc_chart')} style={{ width: '100%', height: 300 }}>
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={points} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} tick={{ fill: INK, fontSize: 12 }} minTickGap={16} />
                <YAxis allowDecimals={false} tick={{ fill: INK }} />
                <Tooltip />
                <Legend />
                <Area dataKey="band" name={t('fc_band')} stroke="none" fill={BRAND} fillOpacity={0.18} isAnimationActive={false} />
                <Line dataKey="mean" name={t('fc_mean')} stroke={BRAND} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
                <Line dataKey="actual" name={t('fc_actual')} stroke={ACCENT} strokeWidth={2} dot={false} isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>{t('show_figures')}</summary>
            <div className="table-wrap">
              <table aria-labelledby={ids.chart}>
                <thead>
                  <tr>
                    <th scope="col">{t('day')}</th>
                    <th scope="col">{t('fc_actual')}</th>
                    <th scope="col">{t('fc_mean')}</th>
                    <th scope="col">{t('fc_band')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.day}>
                      <th scope="row">{p.day}</th>
                      <td>{p.actual === undefined ? '—' : formatNumber(p.actual, locale)}</td>
                      <td>{p.mean === undefined ? '—' : formatNumber(Math.round(p.mean * 10) / 10, locale)}</td>
                      <td>{p.band ? `${formatNumber(p.band[0], locale)}–${formatNumber(p.band[1], locale)}` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </section>
      )}
    </section>
  );
}

/** The last weeks of history, then the forecast days; the band starts where the forecast does. */
function series(a: ForecastAnswer): Point[] {
  const out: Point[] = [];
  const from = Math.max(0, a.history.units.length - SHOWN_HISTORY);
  for (let i = from; i < a.history.units.length; i++) out.push({ day: addDays(a.history.start, i), actual: a.history.units[i]! });
  a.forecast.mean.forEach((m, i) => out.push({ day: addDays(a.forecast.start, i), mean: m, band: [a.forecast.p10[i] ?? 0, a.forecast.p90[i] ?? 0] }));
  return out;
}
