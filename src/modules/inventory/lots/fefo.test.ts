import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocateFefo, compareFefo, expiryOf, isExpired, isSellable, remainingShelfLifeDays, sellableQuantity, type FefoLot } from './fefo.ts';

function lot(id: string, fields: Partial<FefoLot> = {}): FefoLot {
  return { lot_id: `lot_${id}`, lot_code: id, quantity_available: 10, blocked: false, ...fields };
}

describe('expiry', () => {
  it('is the use-by date, else the best-before date, else none', () => {
    assert.equal(expiryOf({ use_by: '2026-12-01', best_before: '2026-12-20' }), '2026-12-01');
    assert.equal(expiryOf({ use_by: '2026-12-20', best_before: '2026-12-01' }), '2026-12-20', 'use-by governs when printed');
    assert.equal(expiryOf({ best_before: '2026-12-20' }), '2026-12-20');
    assert.equal(expiryOf({ use_by: null, best_before: null }), null);
  });

  it('use-by means "not after that day": expired from the next day', () => {
    const milk = lot('M', { use_by: '2026-12-01' });
    assert.equal(isExpired(milk, '2026-11-30'), false);
    assert.equal(isExpired(milk, '2026-12-01'), false, 'still good on its use-by day');
    assert.equal(isExpired(milk, '2026-12-02'), true);
    assert.equal(isExpired(lot('salt'), '2099-01-01'), false, 'no date, never expires');
    assert.equal(remainingShelfLifeDays(milk, '2026-11-28'), 3);
    assert.equal(remainingShelfLifeDays(milk, '2026-12-01'), 0);
    assert.equal(remainingShelfLifeDays(milk, '2026-12-03'), -2);
    assert.equal(remainingShelfLifeDays(lot('salt'), '2026-12-03'), null);
  });

  it('refuses dates that are not calendar dates', () => {
    assert.throws(() => isExpired(lot('M', { use_by: '2026-02-30' }), '2026-01-01'), RangeError);
    assert.throws(() => isExpired(lot('M', { use_by: '2026-12-01' }), '01/12/2026'), RangeError);
  });
});

describe('sellability', () => {
  it('a lot expiring ON the promised date is sellable with no minimum, not with one day required', () => {
    const yoghurt = lot('Y', { use_by: '2026-12-10' });
    assert.equal(isSellable(yoghurt, '2026-12-10'), true);
    assert.equal(isSellable(yoghurt, '2026-12-10', { days: 0 }), true);
    assert.equal(isSellable(yoghurt, '2026-12-10', { days: 1 }), false);
    assert.equal(isSellable(yoghurt, '2026-12-11'), false, 'the day after: expired');
    assert.equal(isSellable(yoghurt, '2026-12-07', { days: 3 }), true, 'exactly three days left');
    assert.equal(isSellable(yoghurt, '2026-12-08', { days: 3 }), false);
  });

  it('the 2/3 rule for a 90-day product: at least 60 days must remain on the promised date', () => {
    // Produced 1 January, use by 1 April: 31 + 28 + 31 = 90 days of shelf life.
    const cheese = lot('C', { production_date: '2026-01-01', use_by: '2026-04-01', quantity_available: 40 });
    const twoThirds = { fraction: 2 / 3 };
    assert.equal(remainingShelfLifeDays(cheese, '2026-01-31'), 60);
    assert.equal(isSellable(cheese, '2026-01-31', twoThirds), true, '60 of 90 days left: exactly two thirds');
    assert.equal(isSellable(cheese, '2026-02-01', twoThirds), false, '59 days left');
    assert.equal(isSellable(cheese, '2026-01-01', twoThirds), true, 'delivered the day it is made');
    assert.equal(sellableQuantity([cheese], '2026-01-31', twoThirds), 40);
    assert.equal(sellableQuantity([cheese], '2026-02-01', twoThirds), 0);
    // Still in date, so fine for a customer with no minimum.
    assert.equal(sellableQuantity([cheese], '2026-02-01'), 40);
    assert.deepEqual(allocateFefo([cheese], { quantity: 5, promised_date: '2026-02-01', min_remaining_shelf_life: twoThirds }), {
      ok: false,
      reason: 'insufficient_sellable_stock',
      sellable: 0,
    });
  });

  it('rounds a fraction of the shelf life up to whole days, without float error', () => {
    // 55% of 100 days is 55 days; 0.55 * 100 is 55.00000000000001 in floating point.
    const bread = lot('B', { production_date: '2026-01-01', use_by: '2026-04-11' });
    assert.equal(remainingShelfLifeDays(bread, '2026-02-15'), 55);
    assert.equal(isSellable(bread, '2026-02-15', { fraction: 0.55 }), true, '55 days left');
    assert.equal(isSellable(bread, '2026-02-16', { fraction: 0.55 }), false, '54 days left');
    // 1/2 of 7 days is 3.5 days: 4 are needed.
    const fish = lot('F', { production_date: '2026-03-01', use_by: '2026-03-08' });
    assert.equal(isSellable(fish, '2026-03-04', { fraction: 0.5 }), true, '4 days left');
    assert.equal(isSellable(fish, '2026-03-05', { fraction: 0.5 }), false, '3 days left');
  });

  it('under a fraction rule, a dated lot without production date cannot show its shelf life and is not sellable', () => {
    assert.equal(isSellable(lot('X', { use_by: '2027-01-01' }), '2026-01-01', { fraction: 0.5 }), false);
    assert.equal(isSellable(lot('X', { use_by: '2027-01-01' }), '2026-01-01', { days: 30 }), true);
    assert.equal(isSellable(lot('salt'), '2026-01-01', { fraction: 0.9 }), true, 'an undated lot passes every rule');
    assert.equal(
      isSellable(lot('odd', { production_date: '2026-02-01', use_by: '2026-01-01' }), '2025-12-01', { fraction: 0.1 }),
      false,
      'made after its expiry: bad data',
    );
  });

  it('never counts a blocked lot', () => {
    const lots = [lot('A', { use_by: '2026-12-01', blocked: true }), lot('B', { use_by: '2026-12-05' })];
    assert.equal(isSellable(lots[0]!, '2026-11-01'), false);
    assert.equal(sellableQuantity(lots, '2026-11-01'), 10);
  });

  it('refuses a meaningless rule', () => {
    for (const rule of [{ days: -1 }, { days: 1.5 }, { fraction: 1.5 }, { fraction: -0.1 }, { fraction: Number.NaN }]) {
      assert.throws(() => isSellable(lot('A'), '2026-01-01', rule), RangeError, JSON.stringify(rule));
    }
  });
});

describe('allocateFefo', () => {
  const promised_date = '2026-12-01';

  it('takes the earliest-expiring lot first and splits across lots', () => {
    const lots = [
      lot('LATE', { use_by: '2026-12-20', quantity_available: 50 }),
      lot('EARLY', { use_by: '2026-12-05', quantity_available: 4 }),
      lot('MID', { best_before: '2026-12-10', quantity_available: 3 }),
      lot('UNDATED', { quantity_available: 100 }),
    ];
    assert.deepEqual(allocateFefo(lots, { quantity: 3, promised_date }), { ok: true, picks: [{ lot_id: 'lot_EARLY', quantity: 3 }] });
    assert.deepEqual(allocateFefo(lots, { quantity: 10, promised_date }), {
      ok: true,
      picks: [
        { lot_id: 'lot_EARLY', quantity: 4 },
        { lot_id: 'lot_MID', quantity: 3 },
        { lot_id: 'lot_LATE', quantity: 3 },
      ],
    });
    assert.deepEqual(allocateFefo(lots, { quantity: 60, promised_date }), {
      ok: true,
      picks: [
        { lot_id: 'lot_EARLY', quantity: 4 },
        { lot_id: 'lot_MID', quantity: 3 },
        { lot_id: 'lot_LATE', quantity: 50 },
        { lot_id: 'lot_UNDATED', quantity: 3 },
      ],
    });
  });

  it('skips blocked, expired, too-short-lived and empty lots', () => {
    const lots = [
      lot('RECALLED', { use_by: '2026-12-02', blocked: true }),
      lot('GONE', { use_by: '2026-11-30' }),
      lot('SHORT', { use_by: '2026-12-03' }),
      lot('EMPTY', { use_by: '2026-12-04', quantity_available: 0 }),
      lot('OVERSOLD', { use_by: '2026-12-04', quantity_available: -2 }),
      lot('GOOD', { use_by: '2026-12-15', quantity_available: 6 }),
    ];
    const request = { quantity: 6, promised_date, min_remaining_shelf_life: { days: 7 } };
    assert.deepEqual(allocateFefo(lots, request), { ok: true, picks: [{ lot_id: 'lot_GOOD', quantity: 6 }] });
    assert.equal(sellableQuantity(lots, promised_date, { days: 7 }), 6);
    assert.deepEqual(allocateFefo(lots, { ...request, quantity: 7 }), { ok: false, reason: 'insufficient_sellable_stock', sellable: 6 });
    // Without the 7-day minimum, SHORT qualifies and goes first; expired and blocked lots never do.
    assert.deepEqual(allocateFefo(lots, { quantity: 12, promised_date }), {
      ok: true,
      picks: [
        { lot_id: 'lot_SHORT', quantity: 10 },
        { lot_id: 'lot_GOOD', quantity: 2 },
      ],
    });
  });

  it('sells a lot on its use-by day when no minimum is asked', () => {
    const lots = [lot('TODAY', { use_by: promised_date, quantity_available: 2 }), lot('LATER', { use_by: '2026-12-09' })];
    assert.deepEqual(allocateFefo(lots, { quantity: 3, promised_date }), {
      ok: true,
      picks: [
        { lot_id: 'lot_TODAY', quantity: 2 },
        { lot_id: 'lot_LATER', quantity: 1 },
      ],
    });
    assert.deepEqual(allocateFefo(lots, { quantity: 3, promised_date, min_remaining_shelf_life: { days: 1 } }), {
      ok: true,
      picks: [{ lot_id: 'lot_LATER', quantity: 3 }],
    });
  });

  it('breaks ties by older production date, then lot code', () => {
    const lots = [
      lot('B2', { use_by: '2026-12-10', production_date: '2026-11-02' }),
      lot('A9', { use_by: '2026-12-10', production_date: '2026-11-02' }),
      lot('Z1', { use_by: '2026-12-10', production_date: '2026-11-01' }),
      lot('NOPROD', { use_by: '2026-12-10' }),
    ];
    const picks = allocateFefo(lots, { quantity: 40, promised_date });
    assert.ok(picks.ok);
    assert.deepEqual(
      picks.picks.map((p) => p.lot_id),
      ['lot_Z1', 'lot_A9', 'lot_B2', 'lot_NOPROD'],
    );
  });

  it('is all or nothing', () => {
    const lots = [lot('A', { use_by: '2026-12-10', quantity_available: 3 }), lot('B', { use_by: '2026-12-11', quantity_available: 4 })];
    assert.deepEqual(allocateFefo(lots, { quantity: 8, promised_date }), { ok: false, reason: 'insufficient_sellable_stock', sellable: 7 });
    assert.deepEqual(allocateFefo([], { quantity: 1, promised_date }), { ok: false, reason: 'insufficient_sellable_stock', sellable: 0 });
  });

  it('refuses a meaningless request', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN]) assert.throws(() => allocateFefo([lot('A')], { quantity, promised_date }), RangeError);
    assert.throws(() => allocateFefo([lot('A', { quantity_available: 0.5 })], { quantity: 1, promised_date }), RangeError);
    assert.throws(() => allocateFefo([lot('A')], { quantity: 1, promised_date: '2026-13-01' }), RangeError);
  });

  it('property: picks respect availability and sellability, add up to the request, and come in FEFO order', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const lotArb = fc
      .record({
        code: fc.constantFrom('A', 'B', 'C', 'D'),
        quantity_available: fc.integer({ min: -2, max: 20 }),
        produced: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        life: fc.integer({ min: 1, max: 90 }),
        dated: fc.constantFrom('use_by', 'best_before', 'both', 'none'),
        blocked: fc.boolean(),
      })
      .map((r) => {
        const expiry = day((r.produced ?? 30) + r.life);
        return {
          lot_code: r.code,
          quantity_available: r.quantity_available,
          blocked: r.blocked,
          production_date: r.produced === undefined ? null : day(r.produced),
          use_by: r.dated === 'use_by' || r.dated === 'both' ? expiry : null,
          best_before: r.dated === 'best_before' ? expiry : r.dated === 'both' ? day((r.produced ?? 30) + r.life + 5) : null,
        };
      });
    const lotsArb = fc.array(lotArb, { maxLength: 8 }).map((ls) => ls.map((l, i): FefoLot => ({ ...l, lot_id: `lot_${i}` })));
    const ruleArb = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((days) => ({ days })),
      fc.constantFrom(0, 0.5, 2 / 3, 0.75, 1).map((fraction) => ({ fraction })),
    );
    fc.assert(
      fc.property(lotsArb, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 160 }), ruleArb, (lots, quantity, promised, rule) => {
        const promised_date = day(promised);
        const result = allocateFefo(lots, { quantity, promised_date, min_remaining_shelf_life: rule });
        const sellable = sellableQuantity(lots, promised_date, rule);
        if (!result.ok) {
          assert.equal(result.sellable, sellable);
          assert.ok(sellable < quantity, 'refused only when short');
          return;
        }
        assert.ok(sellable >= quantity);
        assert.equal(
          result.picks.reduce((s, p) => s + p.quantity, 0),
          quantity,
          'exactly the quantity asked',
        );
        const byId = new Map(lots.map((l) => [l.lot_id, l]));
        const picked = result.picks.map((p) => ({ pick: p, lot: byId.get(p.lot_id)! }));
        assert.equal(new Set(result.picks.map((p) => p.lot_id)).size, result.picks.length, 'each lot once');
        for (const { pick, lot: l } of picked) {
          assert.ok(pick.quantity > 0 && pick.quantity <= l.quantity_available, 'never more than available');
          assert.ok(isSellable(l, promised_date, rule), 'only sellable lots');
          assert.equal(l.blocked, false);
          assert.equal(isExpired(l, promised_date), false);
        }
        for (let i = 1; i < picked.length; i++) assert.ok(compareFefo(picked[i - 1]!.lot, picked[i]!.lot) < 0, 'in FEFO order');
        for (let i = 1; i < picked.length; i++) {
          const [a, b] = [expiryOf(picked[i - 1]!.lot), expiryOf(picked[i]!.lot)];
          assert.ok(b === null || (a !== null && a <= b), 'expiry never goes backwards');
        }
        // FEFO: every sellable lot that sorts before the last picked one was emptied.
        const last = picked.at(-1)!.lot;
        for (const l of lots) {
          if (l.quantity_available > 0 && isSellable(l, promised_date, rule) && compareFefo(l, last) < 0) {
            assert.equal(result.picks.find((p) => p.lot_id === l.lot_id)?.quantity, l.quantity_available, `${l.lot_id} emptied before ${last.lot_id}`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
