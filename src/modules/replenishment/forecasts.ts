// Forecasts per variant × location, computed on demand from the daily sell-through table.
import type { Ctx } from '../../http/types.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { variantsByIds } from '../catalog/service.ts';
import { forecastPanel, type PanelSeries, type SeriesForecast } from '../forecasting/index.ts';
import { locationZones } from '../locations/service.ts';
import { addDays, dailyUnits, localDay, merchantScope } from './sellthrough.ts';

export interface ForecastQuery {
  variant_id: string;
  location_id: string;
  horizon?: number | undefined;
  history?: number | undefined;
}

/** The history window and forecast of one variant at one location; history ends yesterday, local time. */
export async function variantForecast(ctx: Ctx, actor: Actor, q: ForecastQuery) {
  const horizon = q.horizon ?? 28;
  const historyDays = q.history ?? 365;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 180) throw badRequest('invalid_horizon', 'horizon is 1 to 180 days');
  if (!Number.isInteger(historyDays) || historyDays < 28 || historyDays > 1095) throw badRequest('invalid_history', 'history is 28 to 1095 days');
  const scope = merchantScope(actor, undefined);
  const [variant] = await variantsByIds(ctx, [q.variant_id]);
  // Another merchant's variant is "not found", never "forbidden": its existence is not theirs to learn.
  if (!variant || (scope !== null && variant.merchant_id !== scope)) throw notFound('variant', q.variant_id);
  const zone = (await locationZones(ctx, [q.location_id])).get(q.location_id);
  if (!zone) throw notFound('location', q.location_id);
  const to = addDays(localDay(new Date(), zone.timezone), -1);
  const from = addDays(to, -(historyDays - 1));
  const units = await dailyUnits(ctx, variant.merchant_id, variant.id, q.location_id, from, to);
  const f = forecastOne({ start: from, units }, horizon);
  return {
    variant_id: variant.id,
    location_id: q.location_id,
    history: { start: from, end: to, units },
    forecast: { start: f.start, mean: f.forecast.map(round2), p10: f.p10, p90: f.p90, model: f.model, error_sd: round2(f.errorSd) },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One series through the panel forecaster (a series of zeros forecasts zeros). */
function forecastOne(h: { start: string; units: number[] }, horizon: number): SeriesForecast {
  return forecastPanel([{ id: 's', ...h }], horizon).get('s')!;
}

/** Forecasts many variant × location series at once, pooling shapes across a variant's stores and a store's variants. */
export function forecastPairs(series: PanelSeries[], horizon: number): Map<string, SeriesForecast> {
  // Ids are `variant|location`.
  return forecastPanel(series, horizon, { groupOf: (id) => id.split('|')[0]!, storeOf: (id) => id.split('|')[1]! });
}
