/**
 * Transaction limits of cross-border e-commerce retail imports, per consumer (by resident ID):
 * 5,000 CNY for one transaction and 26,000 CNY a year, from 2019-01-01 (财关税〔2018〕49号, raising
 * the 2,000 / 20,000 of 财关税〔2016〕18号). Over the single limit, an order of one indivisible item
 * may still come through the channel, taxed as general trade and counted toward the yearly limit;
 * past the yearly limit nothing more comes through the channel that year.
 */
import { formatMoney } from '../../shared/money.ts';

/** Fen: 5,000.00 CNY (财关税〔2018〕49号). */
export const SINGLE_LIMIT = 500_000;
/** Fen: 26,000.00 CNY per calendar year (财关税〔2018〕49号). */
export const ANNUAL_LIMIT = 2_600_000;

export type Regime = 'cbec' | 'general_trade';

export type LimitCheck =
  | { ok: true; regime: Regime }
  | {
      ok: false;
      code: 'cbec_single_limit' | 'cbec_annual_limit';
      /** The limit broken (fen). */
      limit: number;
      /** What this consumer may still buy in one order now (fen, never negative). */
      amount_left: number;
    };

/**
 * Checks one order against the limits. `order_value` is its dutiable value (goods + freight, fen);
 * `indivisible_single_item` is true for exactly one unit of one line; `annual_used` is what the
 * consumer's ID has already used this year. 5,000.00 is within the single limit; 5,000.01 is not,
 * unless the order is one indivisible item (then `general_trade`). Either way used + value must stay
 * at or under 26,000.00.
 */
export function checkLimits(input: { order_value: number; indivisible_single_item: boolean; annual_used: number }): LimitCheck {
  const { order_value, annual_used } = input;
  if (!Number.isSafeInteger(order_value) || order_value < 0) throw new RangeError(`order_value must be non-negative fen, got ${order_value}`);
  if (!Number.isSafeInteger(annual_used) || annual_used < 0) throw new RangeError(`annual_used must be non-negative fen, got ${annual_used}`);
  const annualLeft = Math.max(0, ANNUAL_LIMIT - annual_used);
  let regime: Regime = 'cbec';
  if (order_value > SINGLE_LIMIT) {
    if (!input.indivisible_single_item) {
      return { ok: false, code: 'cbec_single_limit', limit: SINGLE_LIMIT, amount_left: Math.min(SINGLE_LIMIT, annualLeft) };
    }
    regime = 'general_trade';
  }
  if (annual_used + order_value > ANNUAL_LIMIT) {
    return { ok: false, code: 'cbec_annual_limit', limit: ANNUAL_LIMIT, amount_left: annualLeft };
  }
  return { ok: true, regime };
}

/** The calendar year in China (Asia/Shanghai, UTC+8 all year) of an instant: the year whose limit an order uses. */
export function limitYear(at: Date): number {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));
}

const cny = (fen: number) => formatMoney({ amount: fen, currency: 'CNY' });

/** A clear English sentence for a refused order, with the amounts formatted. */
export function limitMessage(refusal: Extract<LimitCheck, { ok: false }>, orderValue: number, year: number): string {
  if (refusal.code === 'cbec_single_limit') {
    return (
      `This order comes to ${cny(orderValue)}, over the ${cny(SINGLE_LIMIT)} limit for one cross-border order (财关税〔2018〕49号); ` +
      `split it into orders of at most ${cny(refusal.amount_left)}, or buy a single item on its own.`
    );
  }
  return (
    `This order comes to ${cny(orderValue)}, more than the ${cny(refusal.amount_left)} left of your ${cny(ANNUAL_LIMIT)} ` +
    `yearly cross-border limit for ${year} (财关税〔2018〕49号).`
  );
}
