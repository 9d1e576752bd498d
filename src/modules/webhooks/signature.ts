import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new endpoint secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The `meridian-signature` header value: v1=<hex HMAC-SHA256(secret, `${timestamp}.${body}`)>. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: recomputes the signature over the raw body and compares in constant
 * time, and refuses a timestamp further than `toleranceS` from now (a replayed capture).
 */
export function verify(
  secret: string,
  header: string | undefined,
  timestamp: string | undefined,
  body: string,
  nowS = Math.floor(Date.now() / 1000),
  toleranceS = 300,
): boolean {
  if (!header || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  const ts = Number(timestamp);
  if (Math.abs(nowS - ts) > toleranceS) return false;
  const want = Buffer.from(sign(secret, ts, body));
  // A header may carry several signatures (during a rotation): any one matching is enough.
  return header.split(/[,\s]+/).some((v) => {
    const got = Buffer.from(v);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}

/** Parses a retry schedule such as "1000,5000,30000" (milliseconds); throws on anything else. */
export function parseSchedule(raw: string): number[] {
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d{1,9}$/.test(p))) throw new Error(`A webhook retry schedule is comma-separated milliseconds, got "${raw}"`);
  return parts.map(Number);
}

/**
 * The wait before the next attempt after `attempts` failed ones, or null when that was the last
 * allowed (the delivery is dead). The schedule's last step repeats.
 */
export function nextDelay(attempts: number, maxAttempts: number, schedule: readonly number[]): number | null {
  if (attempts >= maxAttempts) return null;
  if (schedule.length === 0) return 0;
  return schedule[Math.min(attempts - 1, schedule.length - 1)]!;
}
