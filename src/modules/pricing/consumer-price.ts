import { type Money, assertMoney, isCurrency } from '../../shared/money.ts';
import { applyMarkup, convertMinor } from './convert.ts';
import { type RoundingMode, roundConsumerPrice } from './rounding.ts';

export type SalePriceSource = 'list' | 'converted' | 'override';

export interface ConsumerPriceInput {
  /** The merchant's list price (e.g. USD). */
  list: Money;
  /** The currency the consumer pays in (e.g. CNY). */
  saleCurrency: string;
  /** Units of saleCurrency per 1 unit of the list currency; needed only when converting. */
  rate: string | null;
  /** The price rule's markup in basis points (800 = 8 %). */
  markup_bp: number;
  rounding: RoundingMode;
  /** The merchant's own price in the sale currency: it wins over everything else. */
  override?: Money | null;
}

export interface ConsumerPrice {
  amount: number;
  currency: string;
  source: SalePriceSource;
}

/**
 * The price a consumer pays, in the sale currency:
 * 1. the merchant's own price in that currency (override), as set;
 * 2. else a list price already in that currency, as listed;
 * 3. else the list price converted at `rate` (half-up), then raised by the markup (half-up), then
 *    rounded by the rule's mode, in that order.
 * The markup and rounding apply only to converted prices: a merchant that prices in the
 * consumer's currency (list or override) has already chosen the consumer price, and the rule
 * exists to turn a foreign list price into one.
 * Worked example: 148.00 USD at 7.1234, 8 %, end_90 -> 105426 fen -> 113860 -> 113890 (1138.90 CNY).
 * Throws RangeError when a conversion is needed and `rate` is null.
 */
export function consumerPrice(input: ConsumerPriceInput): ConsumerPrice {
  const { list, saleCurrency, override } = input;
  assertMoney(list);
  if (!isCurrency(saleCurrency)) throw new RangeError(`Not an ISO 4217 currency: "${saleCurrency}"`);
  if (override) {
    assertMoney(override);
    if (override.currency !== saleCurrency) throw new RangeError(`The override is in ${override.currency}, the sale in ${saleCurrency}`);
    return { amount: override.amount, currency: saleCurrency, source: 'override' };
  }
  if (list.currency === saleCurrency) return { amount: list.amount, currency: saleCurrency, source: 'list' };
  if (input.rate === null) throw new RangeError(`No rate from ${list.currency} to ${saleCurrency}`);
  const converted = convertMinor(list.amount, list.currency, saleCurrency, input.rate);
  const marked = applyMarkup(converted, input.markup_bp);
  return { amount: roundConsumerPrice(marked, saleCurrency, input.rounding), currency: saleCurrency, source: 'converted' };
}
