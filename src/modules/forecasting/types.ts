// The shapes the platform's forecasting service and the CLI share (issue 7). Names and fields are a contract.

/** Daily sales history of one series (a variant at a location, or a CSV series). */
export interface History {
  /** YYYY-MM-DD of units[0]. */
  start: string;
  /** Daily, whole units, oldest first; a day without sales is 0. */
  units: number[];
  /**
   * Optional shelf price per day from `start`. It may run past `units`: planned prices for the forecast days
   * (a promotion known ahead). Unknown (NaN, missing, not positive): on a history day the last known price
   * holds; on a forecast day the regular price (no promotion is assumed unless planned).
   */
  prices?: number[];
}

/** A daily forecast for the days after a history. */
export interface SeriesForecast {
  /** The day after the history's last day. */
  start: string;
  /** Mean units per day, >= 0. */
  forecast: number[];
  /** Whole units: the 10% quantile per day, <= forecast-ish. */
  p10: number[];
  /** Whole units: the 90% quantile per day, >= forecast-ish. */
  p90: number[];
  /** Which model the backtest chose, e.g. 'pooled-dow' | 'ets' | 'seasonal-naive'. */
  model: string;
  /** Standard deviation of the one-day forecast error seen in the backtest (units), for safety stock. */
  errorSd: number;
}

/** A series of a panel: an id and its history. */
export type PanelSeries = { id: string } & History;
