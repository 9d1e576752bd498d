import { ApiError, type paths, type Problem } from '../api/client';

/** The resolver's answer (the server adds the lot and expiry read from the URI). */
export type ScanAnswer = paths['/01/{*}']['get']['responses'][200]['content']['application/json'] & {
  lot?: string | null;
  expiry?: string | null;
};
export type ScanResult = ScanAnswer['result'];

/** A coarse place to send with a scan: degrees rounded to 0.1 and the radius that covers the rounding. */
export interface Place {
  lat: number;
  lon: number;
  radius_km: number;
}

const DEVICE_KEY = 'meridian.device';

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let sessionDevice: string | null = null;

/** A random id of this browser, kept in localStorage, so the brand can tell many phones from one. */
export function deviceId(): string {
  try {
    const kept = localStorage.getItem(DEVICE_KEY);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
    const id = randomId();
    localStorage.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    // No storage (private mode): one id for this page's life.
    sessionDevice ??= randomId();
    return sessionDevice;
  }
}

/** The code's own URI (path and query as opened) with the device, and the place when shared. */
export function scanUrl(pathname: string, search: string, device: string, place: Place | null): string {
  const extra = new URLSearchParams({ device });
  if (place) {
    extra.set('lat', String(place.lat));
    extra.set('lon', String(place.lon));
    extra.set('radius_km', String(place.radius_km));
  }
  // Appended, not re-serialised: the code's own query (17=…, s=…) goes back exactly as printed.
  return `${pathname}${search}${search ? '&' : '?'}${extra.toString()}`;
}

async function fetchScan(url: string): Promise<ScanAnswer> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as (Partial<Problem> & Record<string, unknown>) | null;
  if (!res.ok || !body) {
    throw new ApiError({ ...body, status: res.status, code: body?.code ?? 'network_error', detail: body?.detail ?? res.statusText });
  }
  return body as unknown as ScanAnswer;
}

const views = new Map<string, Promise<ScanAnswer>>();

/**
 * Asks the resolver once per page view (`view`: the history entry) and URL: every scan is
 * recorded, so a second run of the same effect (React StrictMode, re-renders) gets the first
 * answer instead of recording another scan. A failed request may be tried again.
 */
export function scanOnce(view: string, url: string): Promise<ScanAnswer> {
  const key = `${view} ${url}`;
  let answer = views.get(key);
  if (!answer) {
    answer = fetchScan(url);
    views.set(key, answer);
    answer.catch(() => views.delete(key));
  }
  return answer;
}

/** Rounds a position to 0.1° (about 11 km) and gives the radius that still covers the true place. */
export function coarsePlace(pos: { coords: { latitude: number; longitude: number; accuracy: number } }): Place {
  const round = (x: number) => Math.round(x * 10) / 10;
  // Half the diagonal of a 0.1° cell is under 8 km; add what the device says it is unsure of.
  const radius = Math.ceil(8 + Math.max(0, pos.coords.accuracy || 0) / 1000);
  return { lat: round(pos.coords.latitude), lon: round(pos.coords.longitude), radius_km: Math.min(radius, 20_000) };
}

/** An expiry (AI 17, YYMMDD; day 00 is the month's last day) as a calendar day 'YYYY-MM-DD', or null. */
export function expiryDay(yymmdd: string, today = new Date()): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(yymmdd);
  if (!m) return null;
  const [yy, mm, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mm < 1 || mm > 12) return null;
  // GS1's sliding window: the year lies from 49 years back to 50 years ahead.
  const now = today.getUTCFullYear();
  let year = now - (now % 100) + yy;
  if (year - now > 50) year -= 100;
  else if (year - now < -49) year += 100;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const day = dd === 0 ? last : dd;
  if (day > last) return null;
  return `${year}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
