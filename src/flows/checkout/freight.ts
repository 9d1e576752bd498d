/**
 * How a shipment reaches a consumer in China, and what it costs. Pure, so it can be read and tested.
 *
 * - domestic: from a store or a warehouse in China holding goods already cleared (general trade);
 * - bonded_import: from a bonded warehouse in China (保税仓): CBEC goods cleared per order;
 * - direct_mail: sent from the US (直邮): CBEC goods cleared at the border, longer on the way.
 */
export type FulfilmentMode = 'domestic' | 'bonded_import' | 'direct_mail';

export function fulfilmentModeOf(location: { kind: string; warehouse_type: string | null }, shipmentKind: string): FulfilmentMode {
  if (shipmentKind === 'pickup' || location.kind !== 'warehouse') return 'domestic';
  if (location.warehouse_type === 'cn_bonded') return 'bonded_import';
  if (location.warehouse_type === 'us') return 'direct_mail';
  return 'domestic';
}

/**
 * Freight per delivery shipment, in CNY fen: free from stores and domestic warehouses, a flat fee
 * from the bonded warehouse, and international postage for direct mail. Pick-ups cost nothing.
 */
export const FREIGHT_CNY: Record<FulfilmentMode, number> = { domestic: 0, bonded_import: 1_000, direct_mail: 6_000 };

export function freightFor(mode: FulfilmentMode, shipmentKind: string, saleCurrency: string): number {
  if (shipmentKind === 'pickup' || saleCurrency !== 'CNY') return 0;
  return FREIGHT_CNY[mode];
}

/**
 * Splits `total` over `weights` in proportion, exactly: floor shares, then the remaining units to
 * the largest remainders (ties: earlier first). Sum of the result = total. All weights 0: first takes all.
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const T = BigInt(total);
  const S = BigInt(sum);
  const shares = weights.map((w) => (T * BigInt(w)) / S);
  const rema = weights.map((w, i) => ({ i, r: (T * BigInt(w)) % S }));
  let left = total - shares.reduce((a, b) => a + Number(b), 0);
  rema.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const out = shares.map(Number);
  for (const { i } of rema) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}
