import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MERCHANT_STATUSES, type MerchantAction, allowedActions, nextStatus } from './status.ts';

describe('merchant status machine', () => {
  const expected: Record<string, string | null> = {
    'pending:verify': 'verified',
    'pending:reject': 'rejected',
    'verified:suspend': 'suspended',
    'suspended:reinstate': 'verified',
  };
  const actions: MerchantAction[] = ['verify', 'reject', 'suspend', 'reinstate'];

  it('allows exactly the four transitions and refuses every other pair', () => {
    for (const from of MERCHANT_STATUSES)
      for (const action of actions) assert.equal(nextStatus(from, action), expected[`${from}:${action}`] ?? null, `${from} --${action}-->`);
  });

  it('treats rejected as final', () => {
    assert.deepEqual(allowedActions('rejected'), []);
    assert.deepEqual(allowedActions('pending'), ['verify', 'reject']);
    assert.deepEqual(allowedActions('verified'), ['suspend']);
    assert.deepEqual(allowedActions('suspended'), ['reinstate']);
  });
});
