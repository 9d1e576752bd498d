/**
 * Resident ID numbers at rest: encrypted with AES-256-GCM (random 12-byte IV, stored as base64
 * `iv.tag.ciphertext`) and looked up by a keyed HMAC-SHA256 (hex), so the yearly limit is found
 * without decrypting anything. Two sub-keys are derived from the one configured key with HKDF, so the
 * lookup hash never reuses the encryption key.
 *
 * The key is `MERIDIAN_PII_KEY` (base64 of 32 random bytes, e.g. `openssl rand -base64 32`).
 * Unset, a fixed development key is used: anyone with this source can decrypt, so production MUST
 * set MERIDIAN_PII_KEY (the server warns when `piiKeyIsDevelopment`). Changing the key makes stored
 * numbers unreadable and their hashes unfindable: it needs a re-encryption, not just a restart.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';

interface Keys {
  enc: Buffer;
  mac: Buffer;
}

const cache = new Map<string, Keys>();

/** True when no MERIDIAN_PII_KEY is set and ID numbers are encrypted with the public development key. */
export function piiKeyIsDevelopment(config: Pick<Config, 'piiKey'>): boolean {
  return !config.piiKey;
}

function masterKey(config: Pick<Config, 'piiKey'>): Buffer {
  if (!config.piiKey) return createHash('sha256').update('meridian development PII key - never use in production').digest();
  const key = Buffer.from(config.piiKey, 'base64');
  if (key.length !== 32) throw new Error('MERIDIAN_PII_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32)');
  return key;
}

function keys(config: Pick<Config, 'piiKey'>): Keys {
  const id = config.piiKey ?? '';
  let k = cache.get(id);
  if (!k) {
    const master = masterKey(config);
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    k = { enc: derive('meridian/pii/aes-256-gcm'), mac: derive('meridian/pii/hmac-sha256') };
    cache.set(id, k);
  }
  return k;
}

/** Encrypts a (normalized) ID number: base64 `iv.tag.ciphertext`, a fresh random IV each time. */
export function encryptIdNumber(config: Pick<Config, 'piiKey'>, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys(config).enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64')).join('.');
}

/** Decrypts what encryptIdNumber wrote; throws when it was tampered with or written under another key. */
export function decryptIdNumber(config: Pick<Config, 'piiKey'>, stored: string): string {
  const parts = stored.split('.');
  if (parts.length !== 3) throw new Error('Not an encrypted ID number');
  const [iv, tag, ct] = parts.map((p) => Buffer.from(p, 'base64')) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv('aes-256-gcm', keys(config).enc, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

/** The keyed lookup hash of a (normalized) ID number, hex. */
export function hashIdNumber(config: Pick<Config, 'piiKey'>, normalized: string): string {
  return createHmac('sha256', keys(config).mac).update(normalized).digest('hex');
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
