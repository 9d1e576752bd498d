import type { OrderTaxLinesTable } from './schema.ts';

export type TaxLineFields = Omit<OrderTaxLinesTable, 'id' | 'order_id' | 'order_line_id'>;

/** The fields of a tax line as orders store and show them, from any object that has them. */
export function taxLineFields(t: TaxLineFields): TaxLineFields {
  return {
    kind: t.kind,
    amount: t.amount,
    currency: t.currency,
    rate_bp: t.rate_bp,
    base_amount: t.base_amount,
    included: t.included,
    rule: t.rule,
    rule_text: t.rule_text,
  };
}
