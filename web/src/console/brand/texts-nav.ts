import { addTexts } from '../../shared/i18n';

/** Navigation labels of the console's brand protection pages. */
addTexts('console', {
  en: { nav_brands: 'Brand registrations', nav_screening: 'Screening queue', nav_notices: 'Notices and appeals' },
  'zh-CN': { nav_brands: '品牌备案审核', nav_screening: '商品筛查队列', nav_notices: '投诉与申诉' },
});
