import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EARTH_RADIUS_KM, haversineKm, isValidPoint, parseLatLon } from './geo.ts';

const SHANGHAI = { lat: 31.2304, lon: 121.4737 };
const BEIJING = { lat: 39.9042, lon: 116.4074 };
const HANGZHOU = { lat: 30.2741, lon: 120.1551 };
const LOS_ANGELES = { lat: 34.0522, lon: -118.2437 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };

describe('haversineKm', () => {
  it('gives known great-circle distances', () => {
    const near = (a: number, lo: number, hi: number) => assert.ok(a > lo && a < hi, `${a} not in (${lo}, ${hi})`);
    near(haversineKm(SHANGHAI, BEIJING), 1060, 1075);
    near(haversineKm(SHANGHAI, HANGZHOU), 160, 170);
    near(haversineKm(LOS_ANGELES, NEW_YORK), 3925, 3950);
    assert.equal(haversineKm(SHANGHAI, SHANGHAI), 0);
  });

  it('gives half the circumference for antipodes (no NaN from rounding)', () => {
    const d = haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 });
    assert.ok(Math.abs(d - Math.PI * EARTH_RADIUS_KM) < 1e-6, String(d));
    assert.ok(Number.isFinite(haversineKm({ lat: 45, lon: 10 }, { lat: -45, lon: -170 })));
  });

  const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
  it('is symmetric, non-negative, at most half the circumference and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        const ab = haversineKm(a, b);
        assert.ok(Math.abs(ab - haversineKm(b, a)) < 1e-9);
        assert.ok(ab >= 0 && ab <= Math.PI * EARTH_RADIUS_KM + 1e-9);
        // asin near 1 (nearly antipodal points) is ill-conditioned: allow a metre, far below what sourcing needs.
        assert.ok(ab <= haversineKm(a, c) + haversineKm(c, b) + 1e-3);
      }),
    );
  });
});

describe('parseLatLon and isValidPoint', () => {
  it('parses "lat,lon" with optional spaces', () => {
    assert.deepEqual(parseLatLon('31.23,121.47'), { lat: 31.23, lon: 121.47 });
    assert.deepEqual(parseLatLon(' -33.8688 , 151.2093 '), { lat: -33.8688, lon: 151.2093 });
    assert.deepEqual(parseLatLon('0,-180'), { lat: 0, lon: -180 });
  });

  it('refuses malformed or out-of-range input', () => {
    for (const s of ['', '31.23', '31.23;121.47', 'abc,def', '91,0', '0,181', '-90.5,0', '1e2,3', '31.23,121.47,5', 'NaN,0'])
      assert.equal(parseLatLon(s), null, s);
  });

  it('checks ranges and finiteness', () => {
    assert.equal(isValidPoint({ lat: 90, lon: 180 }), true);
    assert.equal(isValidPoint({ lat: 90.0001, lon: 0 }), false);
    assert.equal(isValidPoint({ lat: 0, lon: Number.POSITIVE_INFINITY }), false);
    assert.equal(isValidPoint({ lat: Number.NaN, lon: 0 }), false);
  });
});
