// Shared test data for the screening tests: Levi's with scoped sellers and reference prices.
import type { Listing, Registration } from './types.ts';

export const LEVIS: Registration = {
  id: 'reg_levis',
  owner_merchant_id: 'mer_levi',
  names: { en: "Levi's", zh: '李维斯' },
  aliases: ['Levis', 'Levi Strauss'],
  authorised: [{ merchant_id: 'mer_auth' }, { merchant_id: 'mer_cn', country: 'CN' }, { merchant_id: 'mer_denim', product_line: 'Denim' }],
  reference_prices: [
    { product_id: 'prd_501', amount: 69900, currency: 'CNY' },
    { product_id: 'prd_502', amount: 9950, currency: 'USD' },
  ],
};

export const CHAMPION: Registration = {
  id: 'reg_champion',
  owner_merchant_id: 'mer_champ',
  names: { en: 'Champion', zh: '冠军' },
  aliases: [],
  authorised: [],
  reference_prices: [],
};

/** A plain listing by a merchant no brand authorises, mentioning no brand. */
export function listing(over: Partial<Listing> = {}): Listing {
  return {
    merchant_id: 'mer_other',
    brand_name: null,
    title_en: 'Slim jeans',
    title_zh: '修身牛仔裤',
    description_en: 'Cotton denim, five pockets.',
    description_zh: '纯棉牛仔布，五个口袋。',
    price: { amount: 59900, currency: 'CNY' },
    product_id: null,
    country: 'CN',
    product_line: null,
    ...over,
  };
}
