import { createHash, randomBytes } from 'node:crypto';

/** A new secret with a readable prefix (`mst_` session, `mak_` API key); 256 random bits. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as SHA-256 digests: a leaked table yields no usable token. */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
