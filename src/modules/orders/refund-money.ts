/**
 * What a return of some units of an order line gives back. Pure, so the rounding can be read and
 * tested: the goods at the unit price paid; the line's import tax in proportion (customs refunds
 * the tax of goods returned); and, for cross-border lines, the value (goods + freight share) that
 * goes back to the buyer's annual limit. Shares are cumulative floors — share(n) =
 * floor(total × n / quantity) — and a return takes share(after) − share(before), so returning every
 * unit in any number of steps gives back exactly the whole tax and value, never a fen more or less.
 */
export interface ReturnMoney {
  /** Refund to the customer: goods + tax of the returned units. */
  amount: number;
  lines: Array<{ order_line_id: string; quantity: number } & ReturnedLineMoney>;
}

export interface ReturnedLineMoney {
  goods: number;
  tax: number;
  /** Value given back to the annual CBEC limit (0 for domestic lines). */
  limit_back: number;
}

const share = (total: number, n: number, of: number): number => Number((BigInt(total) * BigInt(n)) / BigInt(of));

/** `row.returned_quantity` is the count after this return, which took `quantity` units back. */
export function returnedLineMoney(
  row: { unit_price_amount: number; quantity: number; returned_quantity: number; tax_amount: number; freight_amount: number; customs_regime: string },
  quantity: number,
): ReturnedLineMoney {
  const before = row.returned_quantity - quantity;
  const after = row.returned_quantity;
  const goods = row.unit_price_amount * quantity;
  const tax = share(row.tax_amount, after, row.quantity) - share(row.tax_amount, before, row.quantity);
  const value = row.unit_price_amount * row.quantity + row.freight_amount;
  const limitBack = row.customs_regime === 'domestic' ? 0 : share(value, after, row.quantity) - share(value, before, row.quantity);
  return { goods, tax, limit_back: limitBack };
}
