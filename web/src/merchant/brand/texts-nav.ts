import { addTexts } from '../../shared/i18n';

/** Navigation labels of the portal's brand protection pages. */
addTexts('merchant', {
  en: { nav_brand: 'Brand registry', nav_codes: 'Unit codes', nav_notices: 'Takedown notices' },
  'zh-CN': { nav_brand: '品牌备案', nav_codes: '商品防伪码', nav_notices: '侵权投诉' },
});
