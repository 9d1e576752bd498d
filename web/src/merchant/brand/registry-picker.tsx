import { useTexts } from '../../shared/i18n';
import { useLoad } from '../../shared/load';
import { merchantProducts, productVariants, titleIn } from './registry-data';
import './registry-texts';

/**
 * Picks one of the merchant's products and, optionally or necessarily, one of its variants.
 * With `needGtin`, variants without a GTIN are shown but cannot be chosen.
 */
export function ProductVariantPicker({
  merchantId,
  productId,
  variantId,
  onChange,
  variantRequired = false,
  needGtin = false,
}: {
  merchantId: string;
  productId: string;
  variantId: string;
  /** The choice, and its label ("Product — SKU · options") for lists. */
  onChange: (next: { productId: string; variantId: string }, label: string) => void;
  variantRequired?: boolean;
  needGtin?: boolean;
}) {
  const { t, locale } = useTexts('merchant');
  const products = useLoad(() => merchantProducts(merchantId), [merchantId]);
  const variants = useLoad(async () => (productId ? productVariants(productId) : []), [productId]);
  const labelOf = (pid: string, vid: string) => {
    const p = products.data?.find((x) => x.id === pid);
    const v = variants.data?.find((x) => x.id === vid);
    return [p ? titleIn(p, locale) : pid, v ? [v.sku, v.options].filter(Boolean).join(' · ') : ''].filter(Boolean).join(' — ');
  };
  return (
    <>
      <label>
        {t('br_product')}
        <select required value={productId} onChange={(e) => onChange({ productId: e.target.value, variantId: '' }, labelOf(e.target.value, ''))}>
          <option value="">{products.loading ? t('br_loading_options') : t('br_choose')}</option>
          {(products.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {titleIn(p, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('br_variant')}
        <select
          required={variantRequired}
          value={variantId}
          disabled={!productId}
          onChange={(e) => onChange({ productId, variantId: e.target.value }, labelOf(productId, e.target.value))}
        >
          <option value="">{variantRequired ? t('br_choose') : t('br_whole_product')}</option>
          {(variants.data ?? []).map((v) => (
            <option key={v.id} value={v.id} disabled={needGtin && !v.gtin}>
              {[v.sku, v.options, v.gtin ? `GTIN ${v.gtin}` : needGtin ? t('br_no_gtin') : ''].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </label>
      {(products.error || variants.error) && (
        <p role="alert" className="notice notice-error">
          {t('br_options_failed')}
        </p>
      )}
    </>
  );
}
