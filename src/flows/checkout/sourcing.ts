/**
 * Sourcing: which location serves each order line. Pure, so the rules can be read and tested:
 *
 * 1. Pick-up lines are served by the chosen store, or not at all.
 * 2. Delivery lines prefer, in this order of tiers:
 *      a. a store in the consumer's city,
 *      b. the nearest other store with stock,
 *      c. a warehouse (nearest first).
 * 3. Fewest shipments: a location that can send every remaining delivery line wins over a better
 *    tier that can send only some; otherwise the location covering the most remaining units goes
 *    first (ties: better tier, then nearer), and the rest is sourced again, so an order may split
 *    into several shipments, and a line's quantity may split across locations when no single
 *    location has enough.
 */

export type Fulfilment = 'delivery' | 'pickup';

export interface SourcingLine {
  variant_id: string;
  quantity: number;
  fulfilment: Fulfilment;
  /** Required for pick-up lines. */
  pickup_location_id?: string | undefined;
}

export interface CandidateLocation {
  id: string;
  kind: 'department_store' | 'mall' | 'mall_counter' | 'warehouse';
  city: string;
  latitude: number;
  longitude: number;
}

export interface Destination {
  city?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
}

export interface Allocation {
  location_id: string;
  kind: 'warehouse_delivery' | 'store_delivery' | 'pickup';
  lines: Array<{ line: number; variant_id: string; quantity: number }>;
}

export type SourcingResult = { ok: true; shipments: Allocation[] } | { ok: false; shortfalls: Array<{ line: number; variant_id: string; missing: number }> };

const EARTH_KM = 6371;
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

function tierOf(loc: CandidateLocation, dest: Destination): number {
  if (loc.kind === 'warehouse') return 2;
  if (dest.city && loc.city.toLowerCase() === dest.city.toLowerCase()) return 0;
  return 1;
}

/**
 * Assigns every line a location given what is available where (`stock`: variant → location → units).
 * `pickupStock` is what may be promised for a pick-up today where that differs (lot-tracked food
 * good today but not on the delivery day); it defaults to `stock`.
 * Returns the shipments, or the shortfall per line when stock cannot cover the order.
 */
export function source(
  lines: SourcingLine[],
  locations: CandidateLocation[],
  stock: Map<string, Map<string, number>>,
  dest: Destination,
  pickupStock: Map<string, Map<string, number>> = stock,
): SourcingResult {
  // Work on a copy: units promised to one line are not available to the next.
  const left = new Map([...stock].map(([v, m]) => [v, new Map(m)]));
  const leftPickup = pickupStock === stock ? left : new Map([...pickupStock].map(([v, m]) => [v, new Map(m)]));
  const get = (m: Map<string, Map<string, number>>, variant: string, loc: string) => m.get(variant)?.get(loc) ?? 0;
  const set = (m: Map<string, Map<string, number>>, variant: string, loc: string, n: number) => {
    if (!m.has(variant)) m.set(variant, new Map());
    m.get(variant)!.set(loc, n);
  };
  // Units for delivery are also good for a pick-up (an earlier day), not always the other way
  // round. Pick-ups take the soonest-expiring lots first, so what delivery can still use is the
  // lesser of its own figure and what pick-ups left; a delivery takes from both.
  const take = (variant: string, loc: string, n: number, kind: Allocation['kind']) => {
    set(leftPickup, variant, loc, get(leftPickup, variant, loc) - n);
    if (leftPickup === left) return;
    if (kind === 'pickup') set(left, variant, loc, Math.min(get(left, variant, loc), get(leftPickup, variant, loc)));
    else set(left, variant, loc, get(left, variant, loc) - n);
  };
  const avail = (variant: string, loc: string) => Math.max(0, get(left, variant, loc));
  const availPickup = (variant: string, loc: string) => Math.max(0, get(leftPickup, variant, loc));
  const byLocation = new Map<string, Allocation>();
  const shortfalls: Array<{ line: number; variant_id: string; missing: number }> = [];
  const add = (locId: string, kind: Allocation['kind'], line: number, variant: string, qty: number) => {
    const key = `${kind}:${locId}`;
    let a = byLocation.get(key);
    if (!a) byLocation.set(key, (a = { location_id: locId, kind, lines: [] }));
    a.lines.push({ line, variant_id: variant, quantity: qty });
    take(variant, locId, qty, kind);
  };

  lines.forEach((l, i) => {
    if (l.fulfilment !== 'pickup') return;
    const at = l.pickup_location_id!;
    const have = availPickup(l.variant_id, at);
    if (have < l.quantity) shortfalls.push({ line: i, variant_id: l.variant_id, missing: l.quantity - have });
    else add(at, 'pickup', i, l.variant_id, l.quantity);
  });

  const sellable = locations.filter((l) => l.kind !== 'mall');
  const hasGeo = dest.latitude !== undefined && dest.longitude !== undefined;
  const rank = (loc: CandidateLocation) => [tierOf(loc, dest), hasGeo ? km(loc, dest as { latitude: number; longitude: number }) : 0, loc.id] as const;
  const better = (a: CandidateLocation, b: CandidateLocation) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
  };
  const ordered = [...sellable].sort(better);

  let remaining = lines.map((l, i) => ({ i, variant: l.variant_id, qty: l.quantity })).filter((r) => lines[r.i]!.fulfilment === 'delivery');
  while (remaining.length > 0) {
    const full = ordered.find((loc) => remaining.every((r) => avail(r.variant, loc.id) >= r.qty));
    if (full) {
      for (const r of remaining) add(full.id, full.kind === 'warehouse' ? 'warehouse_delivery' : 'store_delivery', r.i, r.variant, r.qty);
      break;
    }
    let best: CandidateLocation | undefined;
    let bestUnits = 0;
    for (const loc of ordered) {
      const units = remaining.reduce((s, r) => s + Math.min(r.qty, avail(r.variant, loc.id)), 0);
      if (units > bestUnits) {
        best = loc;
        bestUnits = units;
      }
    }
    if (!best) {
      for (const r of remaining) shortfalls.push({ line: r.i, variant_id: r.variant, missing: r.qty });
      break;
    }
    const next: typeof remaining = [];
    for (const r of remaining) {
      const n = Math.min(r.qty, avail(r.variant, best.id));
      if (n > 0) add(best.id, best.kind === 'warehouse' ? 'warehouse_delivery' : 'store_delivery', r.i, r.variant, n);
      if (r.qty - n > 0) next.push({ ...r, qty: r.qty - n });
    }
    remaining = next;
  }

  if (shortfalls.length) return { ok: false, shortfalls: shortfalls.sort((a, b) => a.line - b.line) };
  return { ok: true, shipments: [...byLocation.values()] };
}
