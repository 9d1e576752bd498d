/**
 * China's import taxes on cross-border e-commerce (CBEC) retail orders, per line, in CNY fen.
 *
 * - Within the limits (财关税〔2016〕18号 art. 2; limits of 5,000 CNY per order and 26,000 CNY per
 *   year from 财关税〔2018〕49号): tariff 0; import VAT and consumption tax "暂按法定应纳税额的70%征收",
 *   i.e. 70 % of the full statutory amounts.
 * - Over the single limit, one indivisible item (财关税〔2018〕49号 art. 3): full general-trade tax —
 *   MFN tariff, consumption tax and VAT at 100 %.
 * - Domestic goods (already cleared on general trade) carry VAT in their price; it is shown, not added.
 *
 * The statutory formulas (进口环节 composite taxable price, 组成计税价格):
 *   consumption tax = (value + tariff) / (1 − ct) × ct
 *   VAT             = (value + tariff + consumption tax) × vat
 * The taxable value (完税价格) is the price actually paid including freight and insurance.
 *
 * Arithmetic: rates are integer basis points; every amount is an exact fraction of BigInts and is
 * rounded ONCE, half-up, to the fen, in `roundHalfUp` (nothing is rounded on the way: the VAT uses the
 * exact, unrounded consumption tax). The shown base and effective rate are rounded for display only.
 */

export const BP = 10_000n;

export interface TaxRates {
  /** Import VAT, e.g. 1300 = 13 %, 900 = 9 %. */
  vat_bp: number;
  /** Consumption tax (ad valorem), e.g. 1500 for high-end cosmetics, 1000 for wine; 0 for most goods. */
  consumption_tax_bp: number;
  /** General-trade MFN tariff, used only for the over-limit indivisible item. */
  tariff_bp: number;
}

export type TaxRule =
  | 'cbec_tariff_zero'
  | 'cbec_consumption_tax_70'
  | 'cbec_vat_70'
  | 'general_trade_tariff'
  | 'general_trade_consumption_tax'
  | 'general_trade_vat'
  | 'domestic_vat_included';

export interface TaxLine {
  kind: 'tariff' | 'consumption_tax' | 'vat';
  /** Fen. */
  amount: number;
  currency: 'CNY';
  /** The effective rate applied to base_amount, e.g. 910 for 9.1 % (CBEC VAT on 13 % goods); rounded to a whole bp for display. */
  rate_bp: number;
  /** The amount the rate applies to (fen, rounded for display): value, or the composite price grossed up by the consumption tax. */
  base_amount: number;
  /** True for VAT already inside a domestic price: shown, not charged on top. */
  included: boolean;
  rule: TaxRule;
  rule_text: string;
}

export const RULE_TEXT: Record<TaxRule, string> = {
  cbec_tariff_zero:
    'Cross-border e-commerce retail imports within the 5,000 CNY order and 26,000 CNY yearly limits pay no tariff (财关税〔2016〕18号, 财关税〔2018〕49号).',
  cbec_consumption_tax_70:
    'Cross-border e-commerce retail imports within the limits pay 70% of the full import consumption tax, computed on the value grossed up by the consumption tax rate (财关税〔2016〕18号).',
  cbec_vat_70:
    'Cross-border e-commerce retail imports within the limits pay 70% of the full import VAT, computed on the value plus the full consumption tax (财关税〔2016〕18号).',
  general_trade_tariff:
    'A single indivisible item over the 5,000 CNY order limit pays the full general-trade MFN tariff on its value and still counts toward the yearly limit (财关税〔2018〕49号).',
  general_trade_consumption_tax:
    'A single indivisible item over the 5,000 CNY order limit pays the full import consumption tax on (value + tariff) grossed up by the consumption tax rate (财关税〔2018〕49号).',
  general_trade_vat:
    'A single indivisible item over the 5,000 CNY order limit pays the full import VAT on value + tariff + consumption tax (财关税〔2018〕49号).',
  domestic_vat_included:
    'Goods already imported on general trade are sold at domestic prices that include VAT; the VAT inside the price is shown for information (财税〔2019〕39号 rates).',
};

/** n / d rounded half-up (half away from zero) to an integer. d > 0. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('The denominator must be positive');
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

function checkValue(value: number): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`A taxable value is a non-negative integer of fen, got ${value}`);
  return BigInt(value);
}

/** Checks the rates; the consumption tax must be under 100 % (it divides by 1 − ct). */
export function checkRates(r: TaxRates): void {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!ok(r.vat_bp, 10_000) || !ok(r.consumption_tax_bp, 9_999) || !ok(r.tariff_bp, 100_000)) {
    throw new RangeError(`Rates are integer basis points (VAT 0–10000, consumption tax 0–9999, tariff 0–100000), got ${JSON.stringify(r)}`);
  }
}

const toNumber = (n: bigint) => Number(n);

function line(kind: TaxLine['kind'], rule: TaxRule, amount: bigint, rate: [bigint, bigint], base: [bigint, bigint], included = false): TaxLine {
  return {
    kind,
    amount: toNumber(amount),
    currency: 'CNY',
    rate_bp: toNumber(roundHalfUp(rate[0], rate[1])),
    base_amount: toNumber(roundHalfUp(base[0], base[1])),
    included,
    rule,
    rule_text: RULE_TEXT[rule],
  };
}

/**
 * Tax on one line imported through the CBEC channel within the limits. `value` = goods paid for the
 * line + its share of freight (fen). Tariff 0; with ct and vat as fractions:
 *   consumption tax = value × ct / (1 − ct) × 70 %
 *   VAT             = (value + value × ct / (1 − ct)) × vat × 70 % = value / (1 − ct) × vat × 70 %
 * e.g. 100.00 of 13 % goods: VAT 10000 × 1300 × 7 / (10000 × 10) = 9.10.
 * The consumption tax line is left out when the goods have none.
 */
export function cbecTaxLines(value: number, rates: TaxRates): TaxLine[] {
  checkRates(rates);
  const v = checkValue(value);
  const ct = BigInt(rates.consumption_tax_bp);
  const vat = BigInt(rates.vat_bp);
  const gross = BP - ct; // (1 − ct) in bp
  // Composite price value / (1 − ct) = v × BP / gross: the base of both taxes.
  const base: [bigint, bigint] = [v * BP, gross];
  const lines: TaxLine[] = [line('tariff', 'cbec_tariff_zero', 0n, [0n, 1n], [v, 1n])];
  if (ct > 0n) {
    // v / (1 − ct) × ct × 7/10  =  v × ct × 7 / (gross × 10); the only rounding is here.
    lines.push(line('consumption_tax', 'cbec_consumption_tax_70', roundHalfUp(v * ct * 7n, gross * 10n), [ct * 7n, 10n], base));
  }
  // (v + full ct) × vat × 7/10  =  v × BP / gross × vat / BP × 7/10  =  v × vat × 7 / (gross × 10); rounded here.
  lines.push(line('vat', 'cbec_vat_70', roundHalfUp(v * vat * 7n, gross * 10n), [vat * 7n, 10n], base));
  return lines;
}

/**
 * Full general-trade import tax on one indivisible item over the single-order limit
 * (财关税〔2018〕49号): with t, ct, vat as fractions,
 *   tariff          = value × t
 *   consumption tax = (value + tariff) / (1 − ct) × ct
 *   VAT             = (value + tariff + consumption tax) × vat = (value + tariff) / (1 − ct) × vat
 * each from the exact unrounded amounts, rounded once half-up. The consumption tax line is left out
 * when the goods have none.
 */
export function generalTradeTaxLines(value: number, rates: TaxRates): TaxLine[] {
  checkRates(rates);
  const v = checkValue(value);
  const t = BigInt(rates.tariff_bp);
  const ct = BigInt(rates.consumption_tax_bp);
  const vat = BigInt(rates.vat_bp);
  const gross = BP - ct;
  // (value + tariff) / (1 − ct) = v × (BP + t) / BP × BP / gross = v × (BP + t) / gross
  const composite: [bigint, bigint] = [v * (BP + t), gross];
  const lines: TaxLine[] = [line('tariff', 'general_trade_tariff', roundHalfUp(v * t, BP), [t, 1n], [v, 1n])];
  if (ct > 0n) {
    // v × (BP + t) / gross × ct / BP; rounded here only.
    lines.push(line('consumption_tax', 'general_trade_consumption_tax', roundHalfUp(v * (BP + t) * ct, gross * BP), [ct, 1n], composite));
  }
  // v × (BP + t) / gross × vat / BP; rounded here only.
  lines.push(line('vat', 'general_trade_vat', roundHalfUp(v * (BP + t) * vat, gross * BP), [vat, 1n], composite));
  return lines;
}

/** VAT contained in a VAT-inclusive domestic price: price × vat / (1 + vat), rounded half-up to the fen. */
export function includedVat(price: number, vat_bp: number): number {
  const p = checkValue(price);
  checkRates({ vat_bp, consumption_tax_bp: 0, tariff_bp: 0 });
  return toNumber(roundHalfUp(p * BigInt(vat_bp), BP + BigInt(vat_bp)));
}

/** The informational VAT line of domestic goods (included: true; adds nothing to the total). */
export function domesticVatLine(price: number, vat_bp: number): TaxLine {
  const amount = includedVat(price, vat_bp);
  // The base is the price net of VAT: price − included VAT.
  return { ...line('vat', 'domestic_vat_included', BigInt(amount), [BigInt(vat_bp), 1n], [BigInt(price - amount), 1n], true) };
}

/** Sum of the tax lines that are charged (included VAT is not). */
export function chargedTotal(lines: readonly TaxLine[]): number {
  return lines.reduce((s, l) => (l.included ? s : s + l.amount), 0);
}
