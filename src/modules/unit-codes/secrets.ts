/**
 * Unit code key secrets at rest: AES-256-GCM like the PII data (crossborder/pii.ts), under a
 * sub-key derived with HKDF from the same MERIDIAN_PII_KEY for this purpose alone, so neither use
 * can decrypt the other's data. The key id is the associated data: a secret copied onto another
 * key's row does not decrypt. Unset MERIDIAN_PII_KEY: the same public development key as pii.ts
 * (the server already warns at start); changing the key makes stored secrets unreadable.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';

const cache = new Map<string, Buffer>();

function encryptionKey(config: Pick<Config, 'piiKey'>): Buffer {
  const id = config.piiKey ?? '';
  let k = cache.get(id);
  if (!k) {
    // Same master key derivation as pii.ts, so one configured key covers both.
    const master = config.piiKey
      ? Buffer.from(config.piiKey, 'base64')
      : createHash('sha256').update('meridian development PII key - never use in production').digest();
    if (master.length !== 32) throw new Error('MERIDIAN_PII_KEY must be base64 of exactly 32 bytes (openssl rand -base64 32)');
    k = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'meridian/unit-codes/key-secret/aes-256-gcm', 32));
    cache.set(id, k);
  }
  return k;
}

/** Encrypts a key secret for storage: base64 `iv.tag.ciphertext`, a fresh random IV each time. */
export function encryptKeySecret(config: Pick<Config, 'piiKey'>, keyId: string, secret: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(config), iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const ct = Buffer.concat([cipher.update(secret), cipher.final()]);
  return [iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64')).join('.');
}

/** Decrypts what encryptKeySecret wrote for `keyId`; throws when tampered with, moved or under another key. */
export function decryptKeySecret(config: Pick<Config, 'piiKey'>, keyId: string, stored: string): Buffer {
  const parts = stored.split('.');
  if (parts.length !== 3) throw new Error('Not an encrypted key secret');
  const [iv, tag, ct] = parts.map((p) => Buffer.from(p, 'base64')) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey(config), iv);
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]);
}
