import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDigitalLink } from '../../shared/gs1/digital-link.ts';
import {
  MAC_CHARS,
  type UnitCodeKey,
  canonicalElementString,
  newKeyId,
  newKeySecret,
  parseSignature,
  signUnitCode,
  signatureFromUri,
  signingKey,
  unitCodeUri,
  verifyUnitCode,
} from './signing.ts';

const T0 = new Date('2026-01-01T00:00:00Z');
const key = (id: string, createdAt = T0, retiredAt: Date | null = null): UnitCodeKey => ({ id, secret: newKeySecret(), createdAt, retiredAt });
const CODE = { gtin: '09506000134352', serial: 'A1B2C3', lot: 'L42', expiry: '271231' };

describe('canonical element string', () => {
  it('is the raw element string in the order 01, 17, 10, 21 with GTIN-14', () => {
    assert.equal(canonicalElementString(CODE), '01095060001343521727123110L42\x1d21A1B2C3');
    assert.equal(canonicalElementString({ gtin: '9506000134352', serial: 'X' }), '010950600013435221X');
  });
  it('keeps codes with and without a lot apart even when the lot looks like an AI', () => {
    assert.notEqual(
      canonicalElementString({ gtin: '09506000134352', serial: 'S' }),
      canonicalElementString({ gtin: '09506000134352', lot: '21S', serial: 'S' }),
    );
  });
  it('refuses bad values, naming them', () => {
    assert.throws(() => canonicalElementString({ ...CODE, gtin: '09506000134353' }), /check digit/);
    assert.throws(() => canonicalElementString({ ...CODE, serial: '' }), /serial/);
    assert.throws(() => canonicalElementString({ ...CODE, serial: 'x'.repeat(21) }), /serial/);
    assert.throws(() => canonicalElementString({ ...CODE, serial: 'a b' }), /serial/);
    assert.throws(() => canonicalElementString({ ...CODE, lot: 'é' }), /lot/);
    assert.throws(() => canonicalElementString({ ...CODE, expiry: '271301' }), /expiry/);
    assert.equal(canonicalElementString({ ...CODE, expiry: '271200' }).includes('17271200'), true); // DD 00: end of month
  });
});

describe('signing and verification', () => {
  const k1 = key('K1AAAAAA');

  it('round-trips: a signed code verifies under its key, with a 16-character MAC', () => {
    const sig = signUnitCode(CODE, k1);
    assert.match(sig, /^K1AAAAAA\.[A-Za-z0-9_-]{16}$/);
    assert.equal(sig.length - 'K1AAAAAA.'.length, MAC_CHARS);
    assert.deepEqual(verifyUnitCode(CODE, sig, [k1]), { ok: true, keyId: 'K1AAAAAA' });
    // The same unit in another GTIN spelling is the same code.
    assert.equal(verifyUnitCode({ ...CODE, gtin: '9506000134352' }, sig, [k1]).ok, true);
  });

  it('fails when the GTIN, serial, lot or expiry changed, or lot/expiry were dropped', () => {
    const sig = signUnitCode(CODE, k1);
    for (const changed of [
      { ...CODE, gtin: '00012345600012' },
      { ...CODE, serial: 'A1B2C4' },
      { ...CODE, serial: 'a1b2c3' },
      { ...CODE, lot: 'L43' },
      { ...CODE, lot: null },
      { ...CODE, expiry: '271230' },
      { ...CODE, expiry: undefined },
    ]) {
      assert.deepEqual(verifyUnitCode(changed, sig, [k1]), { ok: false, reason: 'bad_mac' }, JSON.stringify(changed));
    }
  });

  it('fails for a flipped MAC character and for malformed signatures', () => {
    const sig = signUnitCode(CODE, k1);
    const last = sig.at(-1) === 'A' ? 'B' : 'A';
    assert.deepEqual(verifyUnitCode(CODE, sig.slice(0, -1) + last, [k1]), { ok: false, reason: 'bad_mac' });
    for (const bad of ['', 'K1AAAAAA', 'K1AAAAAA.', `${sig}x`, sig.slice(0, -1), `k1aaaaaa.${sig.split('.')[1]}`, `K1AAAAAA.${'='.repeat(16)}`]) {
      assert.deepEqual(verifyUnitCode(CODE, bad, [k1]), { ok: false, reason: 'malformed' }, bad);
    }
    assert.deepEqual(verifyUnitCode({ ...CODE, gtin: 'x' }, sig, [k1]), { ok: false, reason: 'malformed' });
  });

  it("fails under another brand's keys, even when a key id collides", () => {
    const sig = signUnitCode(CODE, k1);
    const other = key('K2BBBBBB');
    assert.deepEqual(verifyUnitCode(CODE, sig, [other]), { ok: false, reason: 'unknown_key' });
    const sameIdOtherSecret = key('K1AAAAAA');
    assert.deepEqual(verifyUnitCode(CODE, sig, [sameIdOtherSecret]), { ok: false, reason: 'bad_mac' });
  });

  it('does not let a MAC move to another key id of the same brand', () => {
    const shared = newKeySecret();
    const a: UnitCodeKey = { id: 'AAAA1111', secret: shared, createdAt: T0, retiredAt: null };
    const b: UnitCodeKey = { id: 'BBBB2222', secret: shared, createdAt: T0, retiredAt: null };
    const mac = signUnitCode(CODE, a).split('.')[1]!;
    assert.deepEqual(verifyUnitCode(CODE, `BBBB2222.${mac}`, [a, b]), { ok: false, reason: 'bad_mac' });
  });

  it('rotation: the new key signs, the old one still verifies its codes until retired, then fails', () => {
    const old = key('OLD00001', T0);
    const oldSig = signUnitCode(CODE, old);
    const fresh = key('NEW00002', new Date(T0.getTime() + 1000));
    const keys = [old, fresh];
    const now = new Date(T0.getTime() + 5000);
    assert.equal(signingKey(keys, now)?.id, 'NEW00002');
    const newSig = signUnitCode({ ...CODE, serial: 'B2' }, signingKey(keys, now)!);
    assert.deepEqual(verifyUnitCode(CODE, oldSig, keys, now), { ok: true, keyId: 'OLD00001' });
    assert.deepEqual(verifyUnitCode({ ...CODE, serial: 'B2' }, newSig, keys, now), { ok: true, keyId: 'NEW00002' });

    const retiredAt = new Date(T0.getTime() + 10_000);
    const retired = [{ ...old, retiredAt }, fresh];
    // Up to the instant of retirement it verifies; from then on it does not.
    assert.equal(verifyUnitCode(CODE, oldSig, retired, new Date(retiredAt.getTime() - 1)).ok, true);
    assert.deepEqual(verifyUnitCode(CODE, oldSig, retired, retiredAt), { ok: false, reason: 'retired_key' });
    assert.equal(verifyUnitCode({ ...CODE, serial: 'B2' }, newSig, retired, retiredAt).ok, true);
  });

  it('signingKey skips retired keys and answers null when none is left', () => {
    const a = key('AAAA0001', T0, new Date(T0.getTime() + 1));
    assert.equal(signingKey([a], T0)?.id, 'AAAA0001');
    assert.equal(signingKey([a], new Date(T0.getTime() + 1)), null);
    assert.equal(signingKey([]), null);
  });

  it('new key ids are 8 base32 characters and secrets 32 bytes', () => {
    assert.match(newKeyId(), /^[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.equal(newKeySecret().length, 32);
    assert.equal(parseSignature('nodot'), null);
  });
});

describe('URIs', () => {
  const k = key('K1AAAAAA');

  it('puts lot and serial in the path, expiry and the signature in the query', () => {
    const sig = signUnitCode(CODE, k);
    const uri = unitCodeUri(CODE, sig, 'https://meridian.example/');
    assert.equal(uri, `https://meridian.example/01/09506000134352/10/L42/21/A1B2C3?17=271231&s=${sig}`);
    assert.equal(signatureFromUri(uri), sig);
    assert.equal(verifyUnitCode(CODE, signatureFromUri(uri)!, [k]).ok, true);
  });

  it('is still a plain Digital Link to the GS1 parser, which ignores the signature parameter', () => {
    const uri = unitCodeUri(CODE, signUnitCode(CODE, k), 'https://meridian.example');
    const parsed = parseDigitalLink(uri);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.elements.map((e) => `${e.ai}=${e.value}`).sort(), ['01=09506000134352', '10=L42', '17=271231', '21=A1B2C3']);
  });

  it('starts the query with the signature when there is no expiry', () => {
    const data = { gtin: '9506000134352', serial: 'Z9' };
    const sig = signUnitCode(data, k);
    assert.equal(unitCodeUri(data, sig, 'https://meridian.example'), `https://meridian.example/01/09506000134352/21/Z9?s=${sig}`);
  });

  it('reads the signature from a URI among other parameters, or null', () => {
    assert.equal(signatureFromUri('https://x.example/01/09506000134352/21/1?linkType=all&s=AB12.x#frag'), 'AB12.x');
    assert.equal(signatureFromUri('https://x.example/01/09506000134352/21/1?17=271231'), null);
    assert.equal(signatureFromUri('https://x.example/01/09506000134352/21/1'), null);
    assert.equal(signatureFromUri('https://x.example/?s=%E0%A4%A'), null);
  });
});
