/**
 * Demo stock of the lot-tracked food products: two or three lots of every variant at a few
 * locations that hold the product's temperature class, expiring on different days so that
 * first-expiry-first-out and the shelf-life rules are visible. Dates are days from the seeding
 * day, so a fresh demo always has good lots (and the same near-expiry story). Plain data.
 */

export interface LotSeed {
  /** Production (harvest, packing) day, in days from the seeding day: negative is in the past. */
  produced: number;
  /** Expiry, in days from the seeding day: best-before, or use-by for highly perishable goods. */
  best_before?: number;
  use_by?: number;
  /** Units of each variant of the product received into each location. */
  quantity: number;
}

export interface LotStockSeed {
  /** Merchant slug and product key (merchants.ts). */
  merchant: string;
  product: string;
  /** Location codes (locations.ts); each must hold the product's temperature class. */
  locations: string[];
  lots: LotSeed[];
}

export const LOT_STOCK: readonly LotStockSeed[] = [
  {
    // Fresh cherries keep about two weeks in the cold chain. Under the 3-day rule the oldest lot
    // (4 days left) still sells at a store (next-day delivery) but not from the bonded warehouse,
    // whose deliveries take 3 days.
    merchant: 'yakima-valley-orchards',
    product: 'BNG',
    locations: ['DS-HZ-WULIN', 'DS-SH-NANJINGXILU', 'WH-HZ-XIASHA'],
    lots: [
      { produced: -10, use_by: 4, quantity: 12 },
      { produced: -5, use_by: 9, quantity: 24 },
      { produced: -1, use_by: 14, quantity: 36 },
    ],
  },
  {
    // Shelled almonds: a year's shelf life. Under the 2/3 rule the oldest lot, not expired but with
    // only 65 of its 365 days left, is kept back; the newer ones sell, oldest first.
    merchant: 'central-valley-nut-growers',
    product: 'NPA',
    locations: ['DS-HZ-WULIN', 'WH-NB-MEISHAN'],
    lots: [
      { produced: -300, best_before: 65, quantity: 20 },
      { produced: -100, best_before: 265, quantity: 40 },
      { produced: -20, best_before: 345, quantity: 60 },
    ],
  },
  {
    // Infant formula: 18 months. Cross-border platforms take it only with 2/3 of its life left, so
    // the first lot (350 of 540 days, 0.648) waits for other channels while the second sells.
    merchant: 'heartland-infant-nutrition',
    product: 'IF1',
    locations: ['WH-HZ-XIASHA', 'WH-NB-MEISHAN', 'DS-SH-NANJINGXILU'],
    lots: [
      { produced: -190, best_before: 350, quantity: 30 },
      { produced: -45, best_before: 495, quantity: 60 },
      { produced: -7, best_before: 533, quantity: 60 },
    ],
  },
  {
    // Frozen ribeye: a year at -18 °C. The first lot has 25 days left, under the 30-day rule.
    merchant: 'sandhills-prairie-beef',
    product: 'RIB',
    locations: ['DS-HZ-WULIN', 'DS-SH-NANJINGXILU', 'WH-SH-WAIGAOQIAO'],
    lots: [
      { produced: -340, best_before: 25, quantity: 10 },
      { produced: -150, best_before: 215, quantity: 20 },
      { produced: -30, best_before: 335, quantity: 30 },
    ],
  },
];
