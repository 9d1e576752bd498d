// The forecasting library: pure functions, no database. The platform's forecasting service and the CLI use it.
export type { History, PanelSeries, SeriesForecast } from './types.ts';
export { forecastPanel, forecastSeries, type PanelOptions } from './forecast.ts';
export { movingAverage, seasonalNaive, ses } from './baselines.ts';
export { mase, rmsse } from './metrics.ts';
export { CsvError, formatForecastCsv, parseSalesCsv } from './csv.ts';
export { evaluatePanel, type Evaluation } from './evaluate.ts';
