/**
 * Clone detection over one unit code's scan history (issue 8). A signature proves a code was
 * issued by the brand, not that the item carrying it is the one it was printed for: a copied
 * label verifies too. These rules notice copies by where, when and by whom the one serial is
 * scanned. Pure: the thresholds are data (CloneRules) and every rule is a function of its inputs.
 *
 *  - impossible_travel: two scans farther apart (great-circle, haversine) than `maxSpeedKmh`
 *    allows in the time between. Places are coarse (often a city centroid), so each scan's
 *    position counts as a disc of `radiusKm` (or the rules' default) and only the distance
 *    beyond both radii must be travelled.
 *  - too_many_devices: more than `maxDistinctDevices` distinct device hashes among the scans of
 *    any `deviceWindowHours`-long window.
 *  - scanned_after_sale_elsewhere: a scan after the unit was sold, in a city other than the one
 *    it was sold in (names compared without case, accents or surrounding spaces). A buyer who
 *    travels trips it too, which is why a finding makes a code suspicious, never void.
 */

/** One scan as the rules see it. Missing place or device: the rules that need them skip the scan. */
export interface CloneScan {
  id?: string;
  at: Date;
  lat?: number | null;
  lon?: number | null;
  /** How far the true place may be from (lat, lon), e.g. a city centroid's spread. */
  radiusKm?: number | null;
  city?: string | null;
  deviceHash?: string | null;
}

/** The thresholds, as data. */
export interface CloneRules {
  /** Faster than this between two scans is impossible (an airliner's cruise speed by default). */
  maxSpeedKmh: number;
  /** Uncertainty of a scan's place when the scan does not give its own. */
  defaultRadiusKm: number;
  /** More distinct devices than this within a window is a finding. */
  maxDistinctDevices: number;
  deviceWindowHours: number;
}

export const DEFAULT_CLONE_RULES: CloneRules = {
  maxSpeedKmh: 900,
  defaultRadiusKm: 25,
  maxDistinctDevices: 5,
  deviceWindowHours: 7 * 24,
};

/** Where and when the unit was sold, when it was. */
export interface Sale {
  soldAt: Date;
  soldCity: string;
}

export type CloneFindingCode = 'impossible_travel' | 'too_many_devices' | 'scanned_after_sale_elsewhere';

export interface CloneFinding {
  code: CloneFindingCode;
  detail: string;
  /** The ids of the scans involved, where the scans carry ids. */
  scanIds: string[];
}

const EARTH_RADIUS_KM = 6371.0088;
const HOUR_MS = 3_600_000;

/** Great-circle distance in km between two points given in degrees (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const placed = (s: CloneScan): s is CloneScan & { lat: number; lon: number } =>
  typeof s.lat === 'number' && typeof s.lon === 'number' && Number.isFinite(s.lat) && Number.isFinite(s.lon);
const ids = (...scans: CloneScan[]) => scans.flatMap((s) => (s.id !== undefined ? [s.id] : []));
const round = (x: number) => Math.round(x * 10) / 10;

/** City names compared loosely: case, accents and spacing do not make two cities. */
export function sameCity(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\s\-_.]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * The pair of placed scans that needs the highest speed above `maxSpeedKmh`, or null. Every pair
 * is compared, not only neighbours in time: with radii, consecutive feasible hops do not make
 * the ends feasible. Two scans at the same instant are impossible when their discs are apart.
 */
export function impossibleTravel(scans: readonly CloneScan[], rules: CloneRules = DEFAULT_CLONE_RULES): CloneFinding | null {
  const pts = scans.filter(placed).sort((a, b) => a.at.getTime() - b.at.getTime());
  let worst: { a: (typeof pts)[number]; b: (typeof pts)[number]; km: number; gap: number; hours: number; speed: number } | null = null;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const a = pts[i]!;
      const b = pts[j]!;
      const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
      const gap = km - (a.radiusKm ?? rules.defaultRadiusKm) - (b.radiusKm ?? rules.defaultRadiusKm);
      if (gap <= 0) continue;
      const hours = (b.at.getTime() - a.at.getTime()) / HOUR_MS;
      const speed = hours === 0 ? Infinity : gap / hours;
      if (speed > rules.maxSpeedKmh && (!worst || speed > worst.speed)) worst = { a, b, km, gap, hours, speed };
    }
  }
  if (!worst) return null;
  const where = (s: CloneScan) => s.city ?? `${s.lat},${s.lon}`;
  return {
    code: 'impossible_travel',
    detail:
      `scanned in ${where(worst.a)} and ${where(worst.b)}, ${round(worst.km)} km apart (${round(worst.gap)} km beyond the places' uncertainty), ` +
      `${round(worst.hours * 60)} minutes apart: ${worst.speed === Infinity ? 'at the same instant' : `${Math.round(worst.speed)} km/h`}, ` +
      `above the ${rules.maxSpeedKmh} km/h limit`,
    scanIds: ids(worst.a, worst.b),
  };
}

/**
 * The busiest window with more than `maxDistinctDevices` distinct device hashes, or null. A window
 * spans scans whose times differ by at most `deviceWindowHours` (both ends count).
 */
export function tooManyDevices(scans: readonly CloneScan[], rules: CloneRules = DEFAULT_CLONE_RULES): CloneFinding | null {
  const seen = scans.filter((s) => s.deviceHash).sort((a, b) => a.at.getTime() - b.at.getTime());
  const windowMs = rules.deviceWindowHours * HOUR_MS;
  const counts = new Map<string, number>();
  let best: { from: number; to: number; devices: number } | null = null;
  // Two pointers: [lo, hi] is the longest run ending at hi within the window; counts holds its devices.
  for (let lo = 0, hi = 0; hi < seen.length; hi++) {
    counts.set(seen[hi]!.deviceHash!, (counts.get(seen[hi]!.deviceHash!) ?? 0) + 1);
    while (seen[hi]!.at.getTime() - seen[lo]!.at.getTime() > windowMs) {
      const d = seen[lo]!.deviceHash!;
      const n = counts.get(d)! - 1;
      if (n === 0) counts.delete(d);
      else counts.set(d, n);
      lo++;
    }
    if (counts.size > rules.maxDistinctDevices && (!best || counts.size > best.devices)) best = { from: lo, to: hi, devices: counts.size };
  }
  if (!best) return null;
  const window = seen.slice(best.from, best.to + 1);
  return {
    code: 'too_many_devices',
    detail: `${best.devices} distinct devices scanned it within ${rules.deviceWindowHours} hours (from ${window[0]!.at.toISOString()} to ${window.at(-1)!.at.toISOString()}), more than ${rules.maxDistinctDevices}`,
    scanIds: ids(...window),
  };
}

/** Scans after the sale (strictly later) in a named city other than the sale's, or null. */
export function scannedAfterSaleElsewhere(scans: readonly CloneScan[], sale: Sale | null | undefined): CloneFinding | null {
  if (!sale) return null;
  const elsewhere = scans.filter((s) => s.at > sale.soldAt && s.city && !sameCity(s.city, sale.soldCity));
  if (elsewhere.length === 0) return null;
  const cities = [...new Set(elsewhere.map((s) => s.city!))];
  return {
    code: 'scanned_after_sale_elsewhere',
    detail: `sold in ${sale.soldCity} at ${sale.soldAt.toISOString()}, then scanned in ${cities.join(', ')} (${elsewhere.length} scan${elsewhere.length === 1 ? '' : 's'})`,
    scanIds: ids(...elsewhere),
  };
}

/** Every rule over a code's history: at most one finding per rule, the most telling one. */
export function detectClones(scans: readonly CloneScan[], sale: Sale | null = null, rules: CloneRules = DEFAULT_CLONE_RULES): CloneFinding[] {
  return [impossibleTravel(scans, rules), tooManyDevices(scans, rules), scannedAfterSaleElsewhere(scans, sale)].filter((f): f is CloneFinding => f !== null);
}
