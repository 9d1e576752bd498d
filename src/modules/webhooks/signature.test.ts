import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { newSecret, nextDelay, parseSchedule, sign, verify } from './signature.ts';

describe('webhook signatures', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>" in hex, prefixed v1=', () => {
    const want = createHmac('sha256', 'k').update('1700000000.{"a":1}').digest('hex');
    assert.equal(sign('k', 1700000000, '{"a":1}'), `v1=${want}`);
  });

  it('verifies a good signature and refuses a changed body, another secret or an old timestamp', () => {
    const secret = newSecret();
    assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
    const now = 1_700_000_000;
    const h = sign(secret, now, 'body');
    assert.equal(verify(secret, h, String(now), 'body', now), true);
    assert.equal(verify(secret, `v1=00 ${h}`, String(now), 'body', now), true, 'any one of several signatures');
    assert.equal(verify(secret, h, String(now), 'body!', now), false);
    assert.equal(verify(newSecret(), h, String(now), 'body', now), false);
    assert.equal(verify(secret, h, String(now), 'body', now + 301), false);
    assert.equal(verify(secret, h, 'x', 'body', now), false);
    assert.equal(verify(secret, undefined, String(now), 'body', now), false);
  });
});

describe('the retry schedule', () => {
  it('waits by the schedule, repeats its last step and gives up after max attempts', () => {
    const s = parseSchedule('1000, 5000,30000');
    assert.deepEqual(s, [1000, 5000, 30000]);
    assert.equal(nextDelay(1, 5, s), 1000);
    assert.equal(nextDelay(2, 5, s), 5000);
    assert.equal(nextDelay(4, 5, s), 30000);
    assert.equal(nextDelay(5, 5, s), null);
    assert.throws(() => parseSchedule('1s,2s'));
    assert.throws(() => parseSchedule(''));
  });
});
