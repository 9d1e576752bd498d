import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CandidateLocation, source } from './sourcing.ts';

const L = (id: string, kind: CandidateLocation['kind'], city: string, latitude: number, longitude: number): CandidateLocation => ({
  id,
  kind,
  city,
  latitude,
  longitude,
});
const hzStore = L('hz1', 'department_store', 'Hangzhou', 30.27, 120.16);
const hzCounter = L('hz2', 'mall_counter', 'Hangzhou', 30.25, 120.2);
const shStore = L('sh1', 'department_store', 'Shanghai', 31.23, 121.47);
const bjStore = L('bj1', 'department_store', 'Beijing', 39.9, 116.4);
const warehouse = L('wh1', 'warehouse', 'Ningbo', 29.87, 121.54);
const all = [bjStore, warehouse, shStore, hzStore, hzCounter];

const stock = (rows: Array<[string, string, number]>) => {
  const m = new Map<string, Map<string, number>>();
  for (const [v, l, n] of rows) (m.get(v) ?? m.set(v, new Map()).get(v)!).set(l, n);
  return m;
};
const hangzhou = { city: 'Hangzhou', latitude: 30.26, longitude: 120.17 };
const suzhou = { city: 'Suzhou', latitude: 31.3, longitude: 120.6 };

describe('sourcing', () => {
  it('prefers a store in the consumer’s city', () => {
    const r = source(
      [{ variant_id: 'a', quantity: 1, fulfilment: 'delivery' }],
      all,
      stock([
        ['a', 'sh1', 5],
        ['a', 'hz2', 5],
        ['a', 'wh1', 50],
      ]),
      hangzhou,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.shipments, [{ location_id: 'hz2', kind: 'store_delivery', lines: [{ line: 0, variant_id: 'a', quantity: 1 }] }]);
  });

  it('then the nearest store with stock, then a warehouse', () => {
    const near = source(
      [{ variant_id: 'a', quantity: 1, fulfilment: 'delivery' }],
      all,
      stock([
        ['a', 'sh1', 5],
        ['a', 'bj1', 5],
        ['a', 'wh1', 50],
      ]),
      suzhou,
    );
    assert.ok(near.ok);
    assert.equal(near.shipments[0]!.location_id, 'sh1');
    const wh = source([{ variant_id: 'a', quantity: 1, fulfilment: 'delivery' }], all, stock([['a', 'wh1', 50]]), suzhou);
    assert.ok(wh.ok);
    assert.deepEqual(wh.shipments[0]!.kind, 'warehouse_delivery');
  });

  it('chooses fewest shipments over a nearer store that has only part of the order', () => {
    const lines = [
      { variant_id: 'a', quantity: 1, fulfilment: 'delivery' as const },
      { variant_id: 'b', quantity: 2, fulfilment: 'delivery' as const },
    ];
    const r = source(
      lines,
      all,
      stock([
        ['a', 'hz1', 3],
        ['a', 'wh1', 9],
        ['b', 'wh1', 9],
      ]),
      hangzhou,
    );
    assert.ok(r.ok);
    assert.equal(r.shipments.length, 1);
    assert.equal(r.shipments[0]!.location_id, 'wh1');
  });

  it('splits into several shipments, and a line across locations, when no one location can', () => {
    const lines = [
      { variant_id: 'a', quantity: 4, fulfilment: 'delivery' as const },
      { variant_id: 'b', quantity: 1, fulfilment: 'delivery' as const },
    ];
    const r = source(
      lines,
      all,
      stock([
        ['a', 'hz1', 3],
        ['a', 'sh1', 1],
        ['b', 'sh1', 1],
      ]),
      hangzhou,
    );
    assert.ok(r.ok);
    const units = r.shipments.flatMap((s) => s.lines.map((l) => [s.location_id, l.variant_id, l.quantity]));
    assert.deepEqual(
      units.sort(),
      [
        ['hz1', 'a', 3],
        ['sh1', 'a', 1],
        ['sh1', 'b', 1],
      ].sort(),
    );
  });

  it('serves pick-up lines only from the chosen store and reports shortfalls', () => {
    const ok = source(
      [{ variant_id: 'a', quantity: 2, fulfilment: 'pickup', pickup_location_id: 'sh1' }],
      all,
      stock([
        ['a', 'sh1', 2],
        ['a', 'hz1', 9],
      ]),
      hangzhou,
    );
    assert.ok(ok.ok);
    assert.deepEqual(ok.shipments, [{ location_id: 'sh1', kind: 'pickup', lines: [{ line: 0, variant_id: 'a', quantity: 2 }] }]);
    const short = source(
      [{ variant_id: 'a', quantity: 3, fulfilment: 'pickup', pickup_location_id: 'sh1' }],
      all,
      stock([
        ['a', 'sh1', 2],
        ['a', 'hz1', 9],
      ]),
      hangzhou,
    );
    assert.deepEqual(short, { ok: false, shortfalls: [{ line: 0, variant_id: 'a', missing: 1 }] });
  });

  it('does not promise the same units twice to two lines', () => {
    const lines = [
      { variant_id: 'a', quantity: 2, fulfilment: 'pickup' as const, pickup_location_id: 'hz1' },
      { variant_id: 'a', quantity: 2, fulfilment: 'delivery' as const },
    ];
    const r = source(lines, all, stock([['a', 'hz1', 3]]), hangzhou);
    assert.deepEqual(r, { ok: false, shortfalls: [{ line: 1, variant_id: 'a', missing: 1 }] });
  });

  it('never sends from a mall itself', () => {
    const mall = L('mall', 'mall', 'Hangzhou', 30.26, 120.17);
    const r = source([{ variant_id: 'a', quantity: 1, fulfilment: 'delivery' }], [mall], stock([['a', 'mall', 5]]), hangzhou);
    assert.equal(r.ok, false);
  });
});

describe('sourcing with lots good for a pick-up today but not on the delivery day', () => {
  const store = { id: 'loc_A', kind: 'department_store' as const, city: 'Hangzhou', latitude: 30.27, longitude: 120.16 };
  const far = { id: 'loc_B', kind: 'department_store' as const, city: 'Shanghai', latitude: 31.23, longitude: 121.47 };

  it('lets a pick-up take units that delivery may not promise', () => {
    const delivery = new Map([['var_F', new Map([['loc_A', 0]])]]);
    const pickup = new Map([['var_F', new Map([['loc_A', 3]])]]);
    const r = source([{ variant_id: 'var_F', quantity: 3, fulfilment: 'pickup', pickup_location_id: 'loc_A' }], [store], delivery, {}, pickup);
    assert.ok(r.ok);
    const d = source([{ variant_id: 'var_F', quantity: 1, fulfilment: 'delivery' }], [store], delivery, {}, pickup);
    assert.deepEqual(d, { ok: false, shortfalls: [{ line: 0, variant_id: 'var_F', missing: 1 }] });
  });

  it('counts units a pick-up took against what delivery can still use at that store', () => {
    // 5 good today, 2 of them good on the delivery day too: a pick-up of 4 takes the 3 short-lived
    // first, then one long-lived, so 1 is left to deliver, not 2.
    const delivery = new Map([['var_F', new Map([['loc_A', 2]])]]);
    const pickup = new Map([['var_F', new Map([['loc_A', 5]])]]);
    const lines = [
      { variant_id: 'var_F', quantity: 4, fulfilment: 'pickup' as const, pickup_location_id: 'loc_A' },
      { variant_id: 'var_F', quantity: 2, fulfilment: 'delivery' as const },
    ];
    assert.deepEqual(source(lines, [store, far], delivery, { city: 'Hangzhou' }, pickup), {
      ok: false,
      shortfalls: [{ line: 1, variant_id: 'var_F', missing: 1 }],
    });
    const one = source([lines[0]!, { ...lines[1]!, quantity: 1 }], [store, far], delivery, { city: 'Hangzhou' }, pickup);
    assert.ok(one.ok);
    assert.deepEqual(
      one.shipments.map((s) => [s.kind, s.location_id, s.lines[0]!.quantity]),
      [
        ['pickup', 'loc_A', 4],
        ['store_delivery', 'loc_A', 1],
      ],
    );
  });
});
