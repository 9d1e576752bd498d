import { sql } from 'kysely';
import type { Ctx } from '../../http/types.ts';
import { shelfLifeRuleOf, variantsByIds } from '../catalog/service.ts';
import { locationLabels } from '../locations/service.ts';
import { type PromiseKind, promisedDate } from './lots/dates.ts';
import { isSellable } from './lots/fefo.ts';
import { isLotTracked, locationFacts } from './lots/service.ts';

export interface AvailabilityOptions {
  location_id?: string | undefined;
  withNames?: boolean;
  /**
   * For lot-tracked variants, the promise the units must keep: 'pickup' (default) counts lots
   * good today at each store with the product's minimum shelf life left, 'delivery' lots good on
   * the day a delivery from there arrives. Other variants count every unblocked, unreserved unit.
   */
  promise?: Exclude<PromiseKind, 'now'>;
}

/**
 * Available-to-promise per variant, in total and per location (public: it is what the storefront
 * shows). Counts only sellable lots: blocked, recalled, expired or too-short-lived lots are left out.
 */
export async function availability(ctx: Ctx, variantIds: string[], opts: AvailabilityOptions = {}) {
  if (variantIds.length === 0) return [];
  const tracked = new Set<string>();
  for (const id of new Set(variantIds)) if (await isLotTracked(ctx, id)) tracked.add(id);
  const plainIds = variantIds.filter((id) => !tracked.has(id));
  const rows: Array<{ variant_id: string; location_id: string; available: number }> = [];
  if (plainIds.length > 0) {
    let query = ctx.db
      .selectFrom('stock_levels')
      .select(['variant_id', 'location_id', sql<number>`on_hand - reserved - blocked`.as('available')])
      .where('variant_id', 'in', plainIds)
      .where(sql<boolean>`on_hand > reserved + blocked`);
    if (opts.location_id) query = query.where('location_id', '=', opts.location_id);
    rows.push(...(await query.execute()));
  }
  if (tracked.size > 0) rows.push(...(await lotAvailability(ctx, [...tracked], opts)));
  rows.sort((a, b) => (a.variant_id < b.variant_id ? -1 : a.variant_id > b.variant_id ? 1 : a.location_id < b.location_id ? -1 : 1));
  const labels = opts.withNames
    ? await locationLabels(
        ctx,
        rows.map((r) => r.location_id),
      )
    : null;
  return variantIds.map((id) => {
    const locations = rows
      .filter((r) => r.variant_id === id)
      .map((r) => ({ location_id: r.location_id, available: r.available, ...(labels ? { location: labels.get(r.location_id) ?? null } : {}) }));
    return { variant_id: id, available: locations.reduce((s, l) => s + l.available, 0), locations };
  });
}

/** Sellable units of lot-tracked variants per location, lot by lot against the promised day there. */
async function lotAvailability(ctx: Ctx, ids: string[], opts: AvailabilityOptions) {
  let query = ctx.db
    .selectFrom('stock_lot_levels as s')
    .innerJoin('lots as l', 'l.id', 's.lot_id')
    .select([
      's.variant_id',
      's.location_id',
      'l.production_date',
      'l.best_before',
      'l.use_by',
      sql<number>`s.on_hand - s.reserved - s.blocked`.as('available'),
    ])
    .where('s.variant_id', 'in', ids)
    .where('l.status', '=', 'active')
    .where(sql<boolean>`s.on_hand > s.reserved + s.blocked`);
  if (opts.location_id) query = query.where('s.location_id', '=', opts.location_id);
  const lots = await query.execute();
  const rules = new Map((await variantsByIds(ctx, ids)).map((v) => [v.id, shelfLifeRuleOf(v)]));
  const sums = new Map<string, { variant_id: string; location_id: string; available: number }>();
  for (const lot of lots) {
    const loc = await locationFacts(ctx, lot.location_id);
    const day = promisedDate(opts.promise ?? 'pickup', loc);
    if (!isSellable({ ...lot, lot_id: '', lot_code: '', quantity_available: lot.available, blocked: false }, day, rules.get(lot.variant_id))) continue;
    const key = `${lot.variant_id}|${lot.location_id}`;
    const sum = sums.get(key) ?? { variant_id: lot.variant_id, location_id: lot.location_id, available: 0 };
    sum.available += lot.available;
    sums.set(key, sum);
  }
  return [...sums.values()];
}
