/** Mean Earth radius (IUGG), km. The SQL twin in repository.ts uses the same constant. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface GeoPoint {
  lat: number;
  lon: number;
}

// deg * (π/180), as PostgreSQL radians() computes it, so the SQL twin agrees to the last bits.
const RAD_PER_DEG = Math.PI / 180;
const rad = (deg: number) => deg * RAD_PER_DEG;

/**
 * Great-circle distance in km by the haversine formula. The SQL expression in repository.ts is
 * the same formula term for term, so ordering in the database and in code agree.
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin would give NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** True when lat/lon are finite and within [-90, 90] / [-180, 180]. */
export function isValidPoint(p: GeoPoint): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}

/**
 * Parses "lat,lon" (as in `?near=31.23,121.47`) into a point, or null when malformed or out of range.
 */
export function parseLatLon(s: string): GeoPoint | null {
  const m = /^\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*$/.exec(s);
  if (!m) return null;
  const p = { lat: Number(m[1]), lon: Number(m[2]) };
  return isValidPoint(p) ? p : null;
}
