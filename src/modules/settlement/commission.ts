import type { CommissionScope } from './schema.ts';

export interface CommissionRateLike {
  id: string;
  scope: CommissionScope;
  category_id: string | null;
  merchant_id: string | null;
  rate_bp: number;
}

/** The rate that applies to a line and where it came from (none: no rate set anywhere, 0 bp). */
export interface AppliedRate {
  rate_bp: number;
  rate_id: string | null;
  scope: CommissionScope | 'none';
}

/**
 * The commission rate of a paid line. Precedence: the merchant's own override, then the line's
 * categories nearest first (a rate on "lipstick" beats one on its parent "cosmetics"), then the
 * platform default, then 0. `category_ids` must come nearest first.
 */
export function commissionRateFor(rates: readonly CommissionRateLike[], line: { merchant_id: string; category_ids: readonly string[] }): AppliedRate {
  const pick = (r: CommissionRateLike | undefined): AppliedRate | null => (r ? { rate_bp: r.rate_bp, rate_id: r.id, scope: r.scope } : null);
  const merchant = pick(rates.find((r) => r.scope === 'merchant' && r.merchant_id === line.merchant_id));
  if (merchant) return merchant;
  for (const category of line.category_ids) {
    const hit = pick(rates.find((r) => r.scope === 'category' && r.category_id === category));
    if (hit) return hit;
  }
  return pick(rates.find((r) => r.scope === 'default')) ?? { rate_bp: 0, rate_id: null, scope: 'none' };
}
