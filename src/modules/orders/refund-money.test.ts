import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { returnedLineMoney } from './refund-money.ts';

const line = { unit_price_amount: 10_000, quantity: 3, returned_quantity: 0, tax_amount: 2_731, freight_amount: 1_000, customs_regime: 'cbec' };

describe('money given back by a return', () => {
  it('returns the goods at the price paid and the tax in proportion (cumulative floors)', () => {
    // 3 units, 27.31 tax: one unit back → floor(2731/3) = 910.
    assert.deepEqual(returnedLineMoney({ ...line, returned_quantity: 1 }, 1), { goods: 10_000, tax: 910, limit_back: 10_333 });
  });

  it('gives back exactly the whole tax and limit value when every unit comes back in steps', () => {
    let tax = 0;
    let limit = 0;
    for (let n = 1; n <= 3; n++) {
      const m = returnedLineMoney({ ...line, returned_quantity: n }, 1);
      tax += m.tax;
      limit += m.limit_back;
    }
    assert.equal(tax, 2_731);
    assert.equal(limit, 31_000, 'goods 300.00 + freight 10.00 counted toward the limit');
    const atOnce = returnedLineMoney({ ...line, returned_quantity: 3 }, 3);
    assert.deepEqual(atOnce, { goods: 30_000, tax: 2_731, limit_back: 31_000 });
  });

  it('gives nothing back to the annual limit for domestic goods', () => {
    assert.equal(returnedLineMoney({ ...line, customs_regime: 'domestic', tax_amount: 0, returned_quantity: 2 }, 2).limit_back, 0);
  });
});
