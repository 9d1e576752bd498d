import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decryptIdNumber, encryptIdNumber, hashIdNumber, piiKeyIsDevelopment, sameHash } from './pii.ts';

const ID = '11010519491231002X';
const KEY_A = { piiKey: Buffer.alloc(32, 7).toString('base64') };
const KEY_B = { piiKey: Buffer.alloc(32, 9).toString('base64') };
const DEV = { piiKey: undefined };

describe('ID numbers at rest (AES-256-GCM, HMAC-SHA256)', () => {
  it('round-trips, with a fresh IV every time and no plain digits in the stored text', () => {
    const a = encryptIdNumber(KEY_A, ID);
    const b = encryptIdNumber(KEY_A, ID);
    assert.notEqual(a, b);
    assert.match(a, /^[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    assert.equal(Buffer.from(a.split('.')[0]!, 'base64').length, 12);
    assert.ok(!a.includes('19491231') && !a.includes(ID));
    assert.equal(decryptIdNumber(KEY_A, a), ID);
    assert.equal(decryptIdNumber(KEY_A, b), ID);
  });

  it('refuses another key and a tampered text', () => {
    const a = encryptIdNumber(KEY_A, ID);
    assert.throws(() => decryptIdNumber(KEY_B, a));
    const [iv, tag, ct] = a.split('.') as [string, string, string];
    const flipped = Buffer.from(ct, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    assert.throws(() => decryptIdNumber(KEY_A, [iv, tag, flipped.toString('base64')].join('.')));
  });

  it('hashes deterministically per key (64 hex), differently under another key', () => {
    const h = hashIdNumber(KEY_A, ID);
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(hashIdNumber(KEY_A, ID), h);
    assert.notEqual(hashIdNumber(KEY_B, ID), h);
    assert.notEqual(hashIdNumber(DEV, ID), h);
    assert.equal(sameHash(h, hashIdNumber(KEY_A, ID)), true);
    assert.equal(sameHash(h, hashIdNumber(KEY_A, '110105194912310037')), false);
  });

  it('works with the development key and says it is one; refuses a key of the wrong length', () => {
    assert.equal(piiKeyIsDevelopment(DEV), true);
    assert.equal(piiKeyIsDevelopment(KEY_A), false);
    assert.equal(decryptIdNumber(DEV, encryptIdNumber(DEV, ID)), ID);
    assert.throws(() => encryptIdNumber({ piiKey: Buffer.alloc(16).toString('base64') }, ID), /32 bytes/);
  });
});
