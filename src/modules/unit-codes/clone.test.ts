import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CloneRules,
  type CloneScan,
  DEFAULT_CLONE_RULES,
  detectClones,
  haversineKm,
  impossibleTravel,
  sameCity,
  scannedAfterSaleElsewhere,
  tooManyDevices,
} from './clone.ts';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (ms: number) => new Date(T0 + ms);
const HOUR = 3_600_000;
const SHANGHAI = { lat: 31.2304, lon: 121.4737, city: 'Shanghai' };
const BEIJING = { lat: 39.9042, lon: 116.4074, city: 'Beijing' };
const NEW_YORK = { lat: 40.7128, lon: -74.006, city: 'New York' };
const exact: CloneRules = { ...DEFAULT_CLONE_RULES, defaultRadiusKm: 0 };

describe('haversine', () => {
  it('gives known distances', () => {
    assert.ok(Math.abs(haversineKm(SHANGHAI.lat, SHANGHAI.lon, BEIJING.lat, BEIJING.lon) - 1067) < 5);
    assert.ok(Math.abs(haversineKm(SHANGHAI.lat, SHANGHAI.lon, NEW_YORK.lat, NEW_YORK.lon) - 11860) < 30);
    assert.equal(haversineKm(10, 20, 10, 20), 0);
    // One degree of latitude on the mean sphere.
    assert.ok(Math.abs(haversineKm(0, 0, 1, 0) - 111.195) < 0.01);
  });
});

describe('impossible travel', () => {
  const km = haversineKm(SHANGHAI.lat, SHANGHAI.lon, BEIJING.lat, BEIJING.lon);
  // The shortest gap at which 900 km/h covers the distance.
  const feasibleMs = Math.ceil((km / 900) * HOUR);

  it('allows a trip at exactly the speed limit, flags one a millisecond faster', () => {
    const ok = [
      { id: 'a', at: at(0), ...SHANGHAI },
      { id: 'b', at: at(feasibleMs), ...BEIJING },
    ];
    assert.equal(impossibleTravel(ok, exact), null);
    const fast = [ok[0]!, { ...ok[1]!, at: at(feasibleMs - 1) }];
    const f = impossibleTravel(fast, exact);
    assert.equal(f?.code, 'impossible_travel');
    assert.deepEqual(f?.scanIds, ['a', 'b']);
    assert.match(f!.detail, /Shanghai and Beijing, 10\d\d\.\d km apart/);
  });

  it('takes the radius of uncertainty off the distance', () => {
    // 1° of latitude apart (111.2 km), at the same instant.
    const pair = (radiusKm: number | null): CloneScan[] => [
      { at: at(0), lat: 30, lon: 120, radiusKm },
      { at: at(0), lat: 31, lon: 120, radiusKm },
    ];
    assert.equal(impossibleTravel(pair(56), exact), null); // discs overlap
    assert.equal(impossibleTravel(pair(55), exact)?.code, 'impossible_travel'); // 1.2 km between them, no time
    assert.match(impossibleTravel(pair(55), exact)!.detail, /same instant/);
    // Scans without a radius take the rules' default.
    assert.equal(impossibleTravel(pair(null), { ...exact, defaultRadiusKm: 56 }), null);
    assert.equal(impossibleTravel(pair(null), { ...exact, defaultRadiusKm: 55 })?.code, 'impossible_travel');
  });

  it('compares every pair, not only neighbours in time', () => {
    // A → B and B → C each feasible thanks to B's wide radius, A → C is not.
    const scans: CloneScan[] = [
      { id: 'a', at: at(0), lat: 0, lon: 0, radiusKm: 0 },
      { id: 'b', at: at(HOUR / 2), lat: 0, lon: 4.5, radiusKm: 300 },
      { id: 'c', at: at(HOUR), lat: 0, lon: 9, radiusKm: 0 },
    ];
    assert.deepEqual(impossibleTravel(scans, exact)?.scanIds, ['a', 'c']);
  });

  it('reports the fastest pair and ignores scans without a place; order of input does not matter', () => {
    const scans: CloneScan[] = [
      { id: 'ny', at: at(3 * HOUR), ...NEW_YORK },
      { id: 'sh', at: at(0), ...SHANGHAI },
      { id: 'bj', at: at(HOUR), ...BEIJING },
      { id: 'nowhere', at: at(HOUR + 1) },
    ];
    // Beijing → New York (about 11,000 km in 2 h) needs more speed than Shanghai → Beijing (1067 km in 1 h).
    assert.deepEqual(impossibleTravel(scans)?.scanIds, ['bj', 'ny']);
    assert.equal(impossibleTravel([{ at: at(0) }, { at: at(1) }]), null);
    assert.equal(impossibleTravel([]), null);
  });
});

describe('too many devices', () => {
  const W = DEFAULT_CLONE_RULES.deviceWindowHours * HOUR;
  const scans = (n: number, spanMs: number): CloneScan[] =>
    Array.from({ length: n }, (_, i) => ({ id: `s${i}`, at: at(n === 1 ? 0 : Math.round((spanMs * i) / (n - 1))), deviceHash: `dev${i}` }));

  it('allows the threshold, flags one more', () => {
    assert.equal(tooManyDevices(scans(5, HOUR)), null);
    const f = tooManyDevices(scans(6, HOUR));
    assert.equal(f?.code, 'too_many_devices');
    assert.equal(f?.scanIds.length, 6);
    assert.match(f!.detail, /^6 distinct devices scanned it within 168 hours/);
  });

  it('counts a window with both ends in, not one a millisecond longer', () => {
    assert.equal(tooManyDevices(scans(6, W))?.code, 'too_many_devices');
    assert.equal(tooManyDevices(scans(6, W + 1)), null);
  });

  it('counts distinct devices, not scans, and skips scans without one', () => {
    const same: CloneScan[] = Array.from({ length: 20 }, (_, i) => ({ at: at(i), deviceHash: `dev${i % 5}` }));
    assert.equal(tooManyDevices([...same, { at: at(30) }, { at: at(31), deviceHash: null }]), null);
    assert.equal(tooManyDevices([...same, { at: at(30), deviceHash: 'dev5' }])?.code, 'too_many_devices');
  });

  it('takes its thresholds from the rules', () => {
    assert.equal(tooManyDevices(scans(3, HOUR), { ...DEFAULT_CLONE_RULES, maxDistinctDevices: 2 })?.code, 'too_many_devices');
    assert.equal(tooManyDevices(scans(6, 2 * HOUR), { ...DEFAULT_CLONE_RULES, deviceWindowHours: 1 }), null);
  });
});

describe('scanned after the sale in another city', () => {
  const sale = { soldAt: at(0), soldCity: 'Hangzhou' };

  it('flags a later scan in another city, not one in the same city or before the sale', () => {
    assert.equal(scannedAfterSaleElsewhere([{ at: at(HOUR), city: ' hangzhou ' }], sale), null);
    assert.equal(scannedAfterSaleElsewhere([{ at: at(-HOUR), city: 'Shanghai' }], sale), null);
    assert.equal(scannedAfterSaleElsewhere([{ at: at(0), city: 'Shanghai' }], sale), null); // at the instant of sale: not after
    const f = scannedAfterSaleElsewhere(
      [
        { id: 'x', at: at(1), city: 'Shanghai' },
        { id: 'y', at: at(2), city: null },
      ],
      sale,
    );
    assert.deepEqual(f?.scanIds, ['x']);
    assert.match(f!.detail, /sold in Hangzhou .* then scanned in Shanghai \(1 scan\)/);
  });

  it('needs a sale', () => {
    assert.equal(scannedAfterSaleElsewhere([{ at: at(1), city: 'Shanghai' }], null), null);
  });

  it('compares cities without case, accents or spacing', () => {
    assert.ok(sameCity('São Paulo', 'sao  paulo'));
    assert.ok(sameCity('Xi-an', 'xi an'));
    assert.ok(!sameCity('Hangzhou', 'Shanghai'));
  });
});

describe('detectClones', () => {
  it('answers every finding that applies, and none for a quiet history', () => {
    const quiet: CloneScan[] = [
      { at: at(0), ...SHANGHAI, deviceHash: 'a' },
      { at: at(48 * HOUR), ...BEIJING, deviceHash: 'a' },
    ];
    assert.deepEqual(
      detectClones(quiet, { soldAt: at(-HOUR), soldCity: 'Shanghai' }).map((f) => f.code),
      ['scanned_after_sale_elsewhere'],
    );
    assert.deepEqual(detectClones(quiet), []);
    const busy: CloneScan[] = [...quiet, ...Array.from({ length: 6 }, (_, i) => ({ at: at(48 * HOUR + i), ...NEW_YORK, deviceHash: `d${i}` }))];
    assert.deepEqual(
      detectClones(busy, { soldAt: at(-HOUR), soldCity: 'Shanghai' }).map((f) => f.code),
      ['impossible_travel', 'too_many_devices', 'scanned_after_sale_elsewhere'],
    );
  });
});
