/** A demo category: a top-level department and its leaf categories, named in English and Chinese. */
export interface CategorySeed {
  slug: string;
  name_en: string;
  name_zh: string;
  children?: CategorySeed[];
}

/**
 * The demo category tree, two levels deep. Products are filed under leaves; the order here is the
 * display order (`position`).
 */
export const CATEGORIES: CategorySeed[] = [
  {
    slug: 'food-grocery',
    name_en: 'Food & Grocery',
    name_zh: '食品杂货',
    children: [
      { slug: 'fresh-fruit', name_en: 'Fresh Fruit', name_zh: '新鲜水果' },
      { slug: 'nuts-snacks', name_en: 'Nuts & Snacks', name_zh: '坚果零食' },
      { slug: 'meat-seafood', name_en: 'Meat & Seafood', name_zh: '肉类海鲜' },
      { slug: 'dairy-infant-formula', name_en: 'Dairy & Infant Formula', name_zh: '乳品与婴幼儿奶粉' },
      { slug: 'pantry', name_en: 'Pantry & Beverages', name_zh: '粮油冲饮' },
    ],
  },
  {
    slug: 'health',
    name_en: 'Health',
    name_zh: '健康',
    children: [{ slug: 'supplements', name_en: 'Supplements', name_zh: '膳食补充剂' }],
  },
  {
    slug: 'beauty',
    name_en: 'Beauty',
    name_zh: '美妆个护',
    children: [
      { slug: 'skincare', name_en: 'Skincare', name_zh: '护肤' },
      { slug: 'makeup', name_en: 'Makeup', name_zh: '彩妆' },
    ],
  },
  {
    slug: 'apparel',
    name_en: 'Apparel',
    name_zh: '服饰',
    children: [
      { slug: 'jeans', name_en: 'Jeans', name_zh: '牛仔裤' },
      { slug: 'tops', name_en: 'Tops', name_zh: '上衣' },
      { slug: 'outerwear', name_en: 'Outerwear', name_zh: '外套' },
      { slug: 'accessories', name_en: 'Bags & Accessories', name_zh: '箱包配饰' },
    ],
  },
  {
    slug: 'home',
    name_en: 'Home',
    name_zh: '家居',
    children: [
      { slug: 'tableware', name_en: 'Tableware & Ceramics', name_zh: '餐具陶瓷' },
      { slug: 'candles-fragrance', name_en: 'Candles & Home Fragrance', name_zh: '香薰蜡烛' },
      { slug: 'textiles', name_en: 'Home Textiles', name_zh: '家纺' },
    ],
  },
  {
    slug: 'warehouse-club',
    name_en: 'Warehouse Club',
    name_zh: '仓储会员店',
    children: [{ slug: 'bulk-packs', name_en: 'Bulk Packs', name_zh: '量贩装' }],
  },
];

/** Every slug in the tree, parents first. */
export function categorySlugs(): string[] {
  return CATEGORIES.flatMap((c) => [c.slug, ...(c.children ?? []).map((k) => k.slug)]);
}
