import { invalidState } from '../../http/errors.ts';
import type { Ctx } from '../../http/types.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { assessCrossBorder, checkPayer, identityForOrder } from '../../modules/crossborder/service.ts';
import { domesticVatLine } from '../../modules/crossborder/tax.ts';
import type { SourcingLocation } from '../../modules/locations/service.ts';
import { type NewOrderRecord, taxLineFields } from '../../modules/orders/service.ts';
import type { OrderTaxLinesTable } from '../../modules/orders/schema.ts';
import { type FulfilmentMode, freightFor, fulfilmentModeOf, splitByWeight } from './freight.ts';
import type { Prepared } from './prepare.ts';
import type { Allocation } from './sourcing.ts';

/** Who cross-border goods are declared for, and who pays: they must be the same person. */
export interface BuyerInput {
  buyer?: { identity_id: string } | { name: string; id_number: string } | undefined;
  payer?: { name: string; id_number: string } | undefined;
}

/** VAT on domestic goods when the product is not on the list: China's general rate. */
const DEFAULT_DOMESTIC_VAT_BP = 1300;

export interface PricedShipment {
  mode: FulfilmentMode;
  freight: number;
  lines: Array<{ id: string; amount: number; freight: number; tax: number; regime: 'domestic' | 'cbec' | 'general_trade' }>;
}

export type OrderMoney = {
  shipments: PricedShipment[];
  subtotal: number;
  shipping: number;
  tax: number;
  total: number;
  tax_lines: Array<Omit<OrderTaxLinesTable, 'id' | 'order_id'>>;
  customs: NonNullable<NewOrderRecord['customs']> | null;
  /** Whether the buyer still has to say who they are (a cart quote before the identity step). */
  identity_required: boolean;
  annual_left: number | null;
};

/**
 * The money of an order for a sourcing plan: sale prices per line, freight per shipment by its
 * fulfilment mode (shared over its lines by value: freight is part of the taxable value), import
 * tax on cross-border lines (the crossborder module's rules and limits), and VAT shown as included
 * on domestic lines sold in CNY. `buyer` null: a quote before the identity step (no annual limit
 * yet, no refusal for the missing identity); otherwise the identity is checked and the payer must
 * match it. Refusals (not on the positive list, limits) are 422s with the rule's code.
 */
export async function priceOrder(
  ctx: Ctx,
  actor: Actor,
  p: Prepared,
  plan: Allocation[],
  buyer: BuyerInput | null,
  at = new Date(),
  opts: { payerIsBuyer?: boolean } = {},
): Promise<OrderMoney> {
  const byId = new Map<string, SourcingLocation>(p.locations.map((l) => [l.id, l]));
  const shipments: PricedShipment[] = [];
  const xbLines: Array<{ ref: string; hs_code: string | null; quantity: number; amount: number; freight: number }> = [];
  const taxLines: OrderMoney['tax_lines'] = [];
  for (const s of plan) {
    const loc = byId.get(s.location_id);
    const mode = p.currency === 'CNY' && loc ? fulfilmentModeOf(loc, s.kind) : 'domestic';
    const freight = freightFor(mode, s.kind, p.currency);
    const amounts = s.lines.map((l) => p.prices.get(l.variant_id)!.unit * l.quantity);
    const shares = splitByWeight(freight, amounts);
    const lines = s.lines.map((l, i) => {
      const id = newId('orderLine');
      const amount = amounts[i]!;
      if (mode !== 'domestic')
        xbLines.push({ ref: id, hs_code: p.variants.get(l.variant_id)!.hs_code ?? null, quantity: l.quantity, amount, freight: shares[i]! });
      else if (p.currency === 'CNY') {
        const vat = p.positiveList.get(l.variant_id)?.vat_bp ?? DEFAULT_DOMESTIC_VAT_BP;
        taxLines.push({ ...taxLineFields(domesticVatLine(amount, vat)), order_line_id: id });
      }
      return { id, amount, freight: shares[i]!, tax: 0, regime: 'domestic' as 'domestic' | 'cbec' | 'general_trade' };
    });
    shipments.push({ mode, freight, lines });
  }
  let customs: OrderMoney['customs'] = null;
  let annualLeft: number | null = null;
  let identityRequired = false;
  if (xbLines.length) {
    let identity: Awaited<ReturnType<typeof identityForOrder>> | null = null;
    if (buyer?.buyer) {
      identity = await identityForOrder(ctx, actor, buyer.buyer);
      if (opts.payerIsBuyer) {
        // A quote: the payer is asked at checkout.
      } else if (!buyer.payer)
        throw invalidState('cbec_payer_required', 'Cross-border goods need the payer’s name and ID number (the payer must be the buyer)');
      else {
        const payer = checkPayer(identity, buyer.payer, ctx.config);
        if (!payer.ok) throw invalidState(payer.code, 'The payer’s name and ID number must match the buyer’s for cross-border goods');
      }
    } else if (buyer) {
      throw invalidState(
        'cbec_identity_required',
        'Cross-border goods are declared to customs for the buyer: give the buyer’s real name and resident ID number',
      );
    } else identityRequired = true;
    const assessed = await assessCrossBorder(ctx, { id_number_hash: identity?.id_number_hash ?? null, at, lines: xbLines });
    if (!assessed.ok) throw invalidState(assessed.code, assessed.message, assessed.details as Record<string, unknown>);
    annualLeft = identity ? assessed.annual_left_after : null;
    const taxBy = new Map<string, number>();
    for (const t of assessed.tax_lines) {
      taxLines.push({ ...taxLineFields(t), order_line_id: t.ref });
      if (!t.included) taxBy.set(t.ref, (taxBy.get(t.ref) ?? 0) + t.amount);
    }
    for (const s of shipments)
      for (const l of s.lines)
        if (s.mode !== 'domestic') {
          l.regime = assessed.regime;
          l.tax = taxBy.get(l.id) ?? 0;
        }
    if (identity)
      customs = {
        regime: assessed.regime,
        buyer_identity_id: identity.identity_id,
        buyer_name: identity.name,
        buyer_id_masked: identity.masked,
        limit_key: identity.id_number_hash,
        limit_year: assessed.year,
        limit_amount: assessed.order_value,
      };
  }
  const subtotal = shipments.reduce((a, s) => a + s.lines.reduce((b, l) => b + l.amount, 0), 0);
  const shipping = shipments.reduce((a, s) => a + s.freight, 0);
  const tax = taxLines.reduce((a, t) => a + (t.included ? 0 : t.amount), 0);
  return {
    shipments,
    subtotal,
    shipping,
    tax,
    total: subtotal + shipping + tax,
    tax_lines: taxLines,
    customs,
    identity_required: identityRequired,
    annual_left: annualLeft,
  };
}
