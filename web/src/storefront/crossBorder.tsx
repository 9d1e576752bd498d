import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { formatMoney } from '../shared/format';
import { useTexts } from '../shared/i18n';
import type { LineDetail } from './cartDetails';
import { named, type Quote, type StoreLocation, type TaxLine, variantLabel } from './lib';
import './texts-crossborder';

/** The fulfilment mode of a shipment in the reader's words ("Bonded warehouse import", "Direct mail from the US"). */
export function modeLabel(t: TFunction, mode: string, kind?: string): string {
  if (mode === 'domestic' && kind === 'pickup') return t('mode_domestic_pickup');
  return t(`mode_${mode}`, { defaultValue: mode });
}

/** A rate in basis points as a percentage (910 → 9.1%). */
export function formatRate(rateBp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rateBp / 10_000);
}

/** The rule behind a tax line: in Chinese from our texts, else the server's own wording. */
export function ruleText(t: TFunction, line: Pick<TaxLine, 'rule' | 'rule_text'>): string {
  return t(`rule_${line.rule}`, { defaultValue: line.rule_text });
}

/**
 * Tax lines with their rate, amount and the rule that produced them. Lines of one item are named
 * by `itemOf` (the line's ref or order line id); VAT inside a domestic price is marked as such.
 */
export function TaxLinesTable({ lines, itemOf, caption }: { lines: TaxLine[]; itemOf: (lineId: string) => string; caption?: string }) {
  const { t, locale } = useTexts('storefront');
  if (lines.length === 0) return null;
  const included = lines.some((l) => l.included);
  const label = caption ?? t('tax_lines_caption');
  return (
    // On a phone the table scrolls sideways: the scroll area takes the focus, so keyboards can scroll it too.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="sf-tax-table">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tax_col_tax')}</th>
            <th scope="col">{t('tax_col_rate')}</th>
            <th scope="col">{t('tax_col_amount')}</th>
            <th scope="col">{t('tax_col_rule')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={`${l.order_line_id}-${l.kind}-${i}`} data-rule={l.rule}>
              <td>
                {l.included ? t('tax_kind_vat_included') : t(`tax_kind_${l.kind}`, { defaultValue: l.kind })}
                <div className="small muted">{itemOf(l.order_line_id)}</div>
              </td>
              <td>{formatRate(l.rate_bp, locale)}</td>
              <td>
                {formatMoney(l.amount, l.currency, locale)}
                {l.included && <div className="small muted">{t('tax_included')}</div>}
              </td>
              <td className="small sf-rule">{ruleText(t, l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {included && <p className="small muted">{t('tax_included_note')}</p>}
    </div>
  );
}

/**
 * What the cart costs, from the quote: each shipment with its fulfilment mode, place and freight,
 * the tax lines with their rules, and subtotal, freight, import tax and total.
 */
export function QuoteView({ quote, lines, places }: { quote: Quote; lines: LineDetail[]; places: StoreLocation[] | undefined }) {
  const { t, locale } = useTexts('storefront');
  const money = (n: number) => formatMoney(n, quote.currency, locale);
  const itemOfVariant = (variantId: string) => {
    const d = lines.find((x) => x.variant.id === variantId);
    if (!d) return variantId;
    const label = variantLabel(d.product, d.variant);
    return `${named(locale, d.product.title_en, d.product.title_zh)}${label ? ` (${label})` : ''}`;
  };
  const refs = new Map(quote.shipments.flatMap((s) => s.lines.map((l) => [l.ref, itemOfVariant(l.variant_id)] as const)));
  const place = (id: string) => {
    const p = places?.find((x) => x.id === id);
    return p ? named(locale, p.name_en, p.name_zh) : '…';
  };
  return (
    <div className="stack sf-quote">
      <ul className="sf-quote-shipments">
        {quote.shipments.map((s, i) => (
          <li key={`${s.location_id}-${s.kind}-${i}`} className="sf-quote-shipment" data-mode={s.fulfilment_mode}>
            <p>
              <strong>{modeLabel(t, s.fulfilment_mode, s.kind)}</strong>{' '}
              <span className="small muted">{t('shipment_from', { place: place(s.location_id) })}</span>
            </p>
            {(s.fulfilment_mode === 'bonded_import' || s.fulfilment_mode === 'direct_mail') && (
              <p className="small muted">{t(`mode_hint_${s.fulfilment_mode}`)}</p>
            )}
            <ul className="small">
              {s.lines.map((l) => (
                <li key={l.ref}>
                  {itemOfVariant(l.variant_id)} × {l.quantity} — {money(l.amount)}
                </li>
              ))}
            </ul>
            <p className="small">{t('freight_of', { amount: s.freight_amount ? money(s.freight_amount) : t('shipping_free') })}</p>
          </li>
        ))}
      </ul>
      <TaxLinesTable lines={quote.tax_lines} itemOf={(ref) => refs.get(ref) ?? ''} />
      <dl className="sf-totals" aria-label={t('review_title')}>
        <dt>{t('subtotal')}</dt>
        <dd>{money(quote.subtotal_amount)}</dd>
        <dt>{t('freight')}</dt>
        <dd>{quote.shipping_amount ? money(quote.shipping_amount) : t('shipping_free')}</dd>
        <dt>{t('import_tax')}</dt>
        <dd>{money(quote.tax_amount)}</dd>
        <dt>{t('total')}</dt>
        <dd className="price" data-testid="quote-total">
          {money(quote.total_amount)}
        </dd>
      </dl>
    </div>
  );
}

/** A problem number from a problem document (top level, or under details). */
function problemNumber(e: ApiError, key: string): number | undefined {
  const direct = e.problem[key];
  if (typeof direct === 'number') return direct;
  const details = e.problem.details as Record<string, unknown> | undefined;
  const nested = details?.[key];
  return typeof nested === 'number' ? nested : undefined;
}

/**
 * A cross-border refusal (identity, ID number, payer, positive list, limits) as a message in the
 * reader's language, with the amount left for the limits; undefined for any other error.
 */
export function explainCrossBorder(e: unknown, t: TFunction, locale: string, titleOfRef?: (ref: string) => string): Error | undefined {
  if (!(e instanceof ApiError)) return undefined;
  const code = e.problem.code;
  const left = problemNumber(e, 'amount_left');
  const amount = left !== undefined ? formatMoney(left, 'CNY', locale) : String(e.problem.amount_left_formatted ?? '—');
  switch (code) {
    case 'cbec_identity_required':
    case 'cbec_payer_required':
    case 'payer_mismatch':
    case 'id_number_format':
    case 'id_number_birth_date':
    case 'id_number_check':
      return new Error(t(`err_${code}`));
    case 'buyer_identity_not_found':
      return new Error(t('err_identity_expired'));
    case 'cbec_single_limit':
      return new Error(t('err_single_limit', { amount }));
    case 'cbec_annual_limit':
      return new Error(t('err_annual_limit', { amount }));
    case 'cbec_not_on_positive_list': {
      const lines = (e.problem.lines as Array<{ ref: string; hs_code: string | null }> | undefined) ?? [];
      const items = lines.map((l) => titleOfRef?.(l.ref) || l.hs_code || '—').join(locale === 'zh-CN' ? '、' : ', ');
      return new Error(t('err_not_on_positive_list', { items: items || '—' }));
    }
    default:
      return undefined;
  }
}
