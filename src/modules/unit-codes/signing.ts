/**
 * Signed unit authentication codes (issue 8). A code is a GS1 Digital Link URI naming one unit:
 * GTIN (01) and serial (21), optionally lot (10) and expiry (17), plus an extension query
 * parameter `s=<key id>.<mac>`:
 *
 *   https://<host>/01/09506000134352/10/L42/21/A1B2C3?17=271231&s=K7Q2M9XD.3mV0c8bq1TzJf2aQ
 *
 * The MAC is HMAC-SHA256 under a per-brand secret over the code's canonical element string (see
 * canonicalElementString), truncated to MAC_BYTES = 12 bytes (96 bits) and encoded base64url (16
 * characters). Someone who has seen any number of codes learns nothing about the MAC of another
 * serial (HMAC is a PRF); forging one means guessing 96 bits, and every guess is an online scan of
 * our resolver: at a billion guesses a second, 2^95 / 10^9 s is about 1.3 × 10^12 years for an
 * even chance. 96 bits keeps the QR code small; the full 256 bits would add 27 characters.
 *
 * Keys rotate: each has an id, carried in the code, so a brand's older keys still verify the codes
 * they signed until they are retired; the newest unretired key signs new codes. Parsers ignore
 * non-numeric query parameters (GS1 Digital Link extension parameters), so a signed code is still
 * a plain Digital Link to any other resolver.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { toDigitalLink } from '../../shared/gs1/digital-link.ts';
import { normaliseGtin } from '../../shared/gtin.ts';

/** The query parameter that carries the signature; not numeric, so GS1 parsers treat it as an extension. */
export const SIGNATURE_PARAM = 's';
/** MAC length in bytes after truncation (96 bits). */
export const MAC_BYTES = 12;
/** Length of the base64url MAC: 12 bytes encode to 16 characters, without padding. */
export const MAC_CHARS = 16;
/** Bytes of a key's secret. */
export const SECRET_BYTES = 32;
/** Version tag mixed into every MAC, so a later scheme can never verify an old one's input. */
const DOMAIN = 'meridian/unit-code/v1';
const GS = '\x1d';

/** Key ids: short, unambiguous, and free of '.', which separates the id from the MAC. */
const KEY_ID = /^[0-9A-Z]{4,16}$/;
const MAC = /^[A-Za-z0-9_-]{16}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** GS1 AI encodable character set 82: what (10) and (21) may hold. */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;

/** The data a unit code names. `expiry` is AI (17) as printed: YYMMDD, DD may be 00 (end of month). */
export interface UnitCodeData {
  gtin: string;
  serial: string;
  lot?: string | null | undefined;
  expiry?: string | null | undefined;
}

/** A brand key as the signer and verifier see it: the secret in clear, and when it was retired. */
export interface UnitCodeKey {
  id: string;
  secret: Buffer;
  createdAt: Date;
  /** From this instant on the key neither signs nor verifies; null while it is in use. */
  retiredAt: Date | null;
}

/** Why a code did not verify. */
export type VerifyFailure = 'malformed' | 'unknown_key' | 'retired_key' | 'bad_mac';
export type VerifyResult = { ok: true; keyId: string } | { ok: false; reason: VerifyFailure };

function fail(message: string): never {
  throw new RangeError(`Invalid unit code: ${message}`);
}

/** Random Crockford base32 of `n` characters (each from 5 random bits). */
export function randomBase32(n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (const b of bytes) out += CROCKFORD[b & 31];
  return out;
}

/** A fresh key id: 8 Crockford base32 characters (40 random bits; the database keeps them unique). */
export function newKeyId(): string {
  return randomBase32(8);
}

/** A fresh key secret: SECRET_BYTES random bytes. */
export function newKeySecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

/**
 * The code's data in canonical form (GTIN as GTIN-14, empty lot/expiry dropped); throws a
 * RangeError naming the fault when a value is not what its AI allows.
 */
export function normaliseUnitCode(data: UnitCodeData): { gtin: string; serial: string; lot: string | null; expiry: string | null } {
  const gtin = normaliseGtin(data.gtin);
  if (gtin === null) fail(`GTIN "${data.gtin}" has a wrong length or check digit`);
  if (!CSET82.test(data.serial)) fail('serial (21) is 1 to 20 characters of GS1 character set 82');
  const lot = data.lot ? data.lot : null;
  if (lot !== null && !CSET82.test(lot)) fail('lot (10) is 1 to 20 characters of GS1 character set 82');
  const expiry = data.expiry ? data.expiry : null;
  if (expiry !== null) {
    const m = /^(\d\d)(\d\d)(\d\d)$/.exec(expiry);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) > 31) fail('expiry (17) is YYMMDD');
  }
  return { gtin, serial: data.serial, lot, expiry };
}

/**
 * The canonical GS1 element string the MAC covers, in the raw (transmitted) form with AIs in the
 * fixed order 01, 17, 10, 21: `01<GTIN-14>[17<YYMMDD>][10<lot><GS>]21<serial>`. Fixed-length
 * values need no separator and GS (0x1D) can occur in no value, so distinct codes never share a
 * string; a code printed without its lot or expiry is a different code and fails verification.
 */
export function canonicalElementString(data: UnitCodeData): string {
  const c = normaliseUnitCode(data);
  return `01${c.gtin}${c.expiry !== null ? `17${c.expiry}` : ''}${c.lot !== null ? `10${c.lot}${GS}` : ''}21${c.serial}`;
}

function mac(secret: Buffer, keyId: string, elementString: string): Buffer {
  // The key id is inside the MAC input too: a signature cannot be moved to another key's id.
  return createHmac('sha256', secret).update(`${DOMAIN}\n${keyId}\n${elementString}`).digest().subarray(0, MAC_BYTES);
}

/** The newest key that is not retired at `now`: the one that signs new codes; null when there is none. */
export function signingKey(keys: readonly UnitCodeKey[], now: Date = new Date()): UnitCodeKey | null {
  let best: UnitCodeKey | null = null;
  for (const k of keys) {
    if (k.retiredAt !== null && k.retiredAt <= now) continue;
    if (!best || k.createdAt > best.createdAt || (k.createdAt.getTime() === best.createdAt.getTime() && k.id > best.id)) best = k;
  }
  return best;
}

/** The signature value `<key id>.<mac>` of a code under `key`. */
export function signUnitCode(data: UnitCodeData, key: Pick<UnitCodeKey, 'id' | 'secret'>): string {
  if (!KEY_ID.test(key.id)) throw new RangeError(`Key id "${key.id}" is not 4 to 16 base32 characters`);
  return `${key.id}.${mac(key.secret, key.id, canonicalElementString(data)).toString('base64url')}`;
}

/** Splits a signature value into key id and MAC bytes; null when it is not of the form `<key id>.<mac>`. */
export function parseSignature(value: string): { keyId: string; mac: Buffer } | null {
  const dot = value.indexOf('.');
  if (dot === -1) return null;
  const keyId = value.slice(0, dot);
  const m = value.slice(dot + 1);
  if (!KEY_ID.test(keyId) || !MAC.test(m)) return null;
  return { keyId, mac: Buffer.from(m, 'base64url') };
}

/**
 * Verifies a code's signature against one brand's keys (only the keys of the brand that owns the
 * GTIN: a MAC made under another brand's key must not count). The MAC comparison is constant-time.
 */
export function verifyUnitCode(data: UnitCodeData, signature: string, keys: readonly UnitCodeKey[], now: Date = new Date()): VerifyResult {
  const parsed = parseSignature(signature);
  if (!parsed) return { ok: false, reason: 'malformed' };
  let elementString: string;
  try {
    elementString = canonicalElementString(data);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const key = keys.find((k) => k.id === parsed.keyId);
  if (!key) return { ok: false, reason: 'unknown_key' };
  if (key.retiredAt !== null && key.retiredAt <= now) return { ok: false, reason: 'retired_key' };
  const want = mac(key.secret, key.id, elementString);
  // parseSignature admits only 16 base64url characters, so both sides are MAC_BYTES long.
  return want.length === parsed.mac.length && timingSafeEqual(want, parsed.mac) ? { ok: true, keyId: key.id } : { ok: false, reason: 'bad_mac' };
}

/**
 * The signed Digital Link URI of a code under `base` (e.g. https://meridian.example): the canonical
 * URI toDigitalLink builds (lot and serial in the path, expiry as `17=`), then `s=<signature>`.
 */
export function unitCodeUri(data: UnitCodeData, signature: string, base: string): string {
  const c = normaliseUnitCode(data);
  const elements = [
    { ai: '01', value: c.gtin },
    ...(c.lot !== null ? [{ ai: '10', value: c.lot }] : []),
    ...(c.expiry !== null ? [{ ai: '17', value: c.expiry }] : []),
    { ai: '21', value: c.serial },
  ];
  const uri = toDigitalLink(elements, base);
  return `${uri}${uri.includes('?') ? '&' : '?'}${SIGNATURE_PARAM}=${encodeURIComponent(signature)}`;
}

/**
 * The signature value a scanned URI carries (the first `s` query parameter), or null. The GS1
 * data of the URI come from the Digital Link parser, which ignores this parameter.
 */
export function signatureFromUri(uri: string): string | null {
  const q = /\?([^#]*)/.exec(uri);
  if (!q) return null;
  for (const param of q[1]!.split(/[&;]/)) {
    const eq = param.indexOf('=');
    if (eq === -1 || param.slice(0, eq) !== SIGNATURE_PARAM) continue;
    try {
      return decodeURIComponent(param.slice(eq + 1));
    } catch {
      return null;
    }
  }
  return null;
}
