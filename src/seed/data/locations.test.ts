import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { haversineKm } from '../../modules/locations/geo.ts';
import { isValidTimeZone, validateOpeningHours } from '../../modules/locations/hours.ts';
import { createLocation, listChannels, listLocations, nearestLocations } from '../../modules/locations/service.ts';
import type { Actor } from '../../shared/actor.ts';
import { DEMO_LOCATIONS, DEPARTMENT_STORES, FROZEN_STORE_CODES, MALLS, MALL_COUNTERS, WAREHOUSES } from './locations.ts';

// Mainland China's extent: Zengmu Ansha 3.9°N is a shoal, the populated south ends near 18°N.
const inChina = (lat: number, lon: number) => lat > 18 && lat < 54 && lon > 73 && lon < 135;

describe('demo location data', () => {
  it('has 29 department stores, 17 malls, 2 or 3 counters per mall, and the six warehouses', () => {
    assert.equal(DEPARTMENT_STORES.length, 29);
    assert.equal(MALLS.length, 17);
    for (const m of MALLS) {
      const n = MALL_COUNTERS.filter((c) => c.parent_code === m.code).length;
      assert.ok(n === 2 || n === 3, `${m.code} has ${n} counters`);
    }
    assert.equal(
      MALL_COUNTERS.length,
      MALLS.reduce((n, m) => n + MALL_COUNTERS.filter((c) => c.parent_code === m.code).length, 0),
    );
    assert.deepEqual(
      WAREHOUSES.map((w) => [w.code, w.warehouse_type, w.timezone]),
      [
        ['WH-HZ-XIASHA', 'cn_bonded', 'Asia/Shanghai'],
        ['WH-NB-MEISHAN', 'cn_bonded', 'Asia/Shanghai'],
        ['WH-GZ-NANSHA', 'cn_bonded', 'Asia/Shanghai'],
        ['WH-SH-WAIGAOQIAO', 'cn_bonded', 'Asia/Shanghai'],
        ['WH-US-ONTARIO', 'us', 'America/Los_Angeles'],
        ['WH-US-EDISON', 'us', 'America/New_York'],
      ],
    );
    assert.equal(DEMO_LOCATIONS.length, 29 + 17 + MALL_COUNTERS.length + 6);
  });

  it('has unique codes, and every parent_code names a mall listed before its children', () => {
    const codes = DEMO_LOCATIONS.map((l) => l.code);
    assert.equal(new Set(codes).size, codes.length);
    const mallCodes = new Set(MALLS.map((m) => m.code));
    for (const [i, l] of DEMO_LOCATIONS.entries()) {
      if (!l.parent_code) continue;
      assert.ok(mallCodes.has(l.parent_code), `${l.code}: parent ${l.parent_code} is not a mall`);
      assert.ok(codes.indexOf(l.parent_code) < i, `${l.code} comes before its parent`);
    }
    assert.ok(MALL_COUNTERS.every((c) => c.kind === 'mall_counter' && c.parent_code));
    assert.ok(DEPARTMENT_STORES.some((s) => s.parent_code) && DEPARTMENT_STORES.some((s) => !s.parent_code), 'some stores sit in malls, some stand alone');
    assert.ok(MALLS.every((m) => m.kind === 'mall' && !m.parent_code));
    assert.ok(WAREHOUSES.every((w) => w.kind === 'warehouse' && !w.parent_code));
  });

  it('puts Chinese locations in China on Asia/Shanghai time, with valid hours and names in both languages', () => {
    for (const l of DEMO_LOCATIONS) {
      assert.ok(isValidTimeZone(l.timezone), `${l.code}: ${l.timezone}`);
      assert.ok(validateOpeningHours(l.opening_hours).ok, l.code);
      assert.ok(l.name_en.trim() && /[\u4e00-\u9fff]/.test(l.name_zh), l.code);
      if (l.country === 'CN') {
        assert.ok(inChina(l.latitude, l.longitude), `${l.code} at ${l.latitude},${l.longitude} is outside China`);
        assert.equal(l.timezone, 'Asia/Shanghai', l.code);
        assert.ok(l.city_zh, l.code);
      } else assert.equal(l.country, 'US', l.code);
    }
    // Stores are named for the chain and open 10:00 to 22:00 (22:30 on some Friday/Saturday nights).
    for (const s of DEPARTMENT_STORES) {
      assert.match(s.name_en, /^Meridian Department Store /);
      assert.match(s.name_zh, /^子午百货/);
      assert.deepEqual(s.opening_hours.mon, [['10:00', '22:00']]);
    }
    assert.ok(DEPARTMENT_STORES.some((s) => s.opening_hours.sat?.[0]?.[1] === '22:30'));
    for (const m of MALLS) assert.match(m.name_zh, /^子午广场/);
    // A store lies within a few hundred metres of the mall it is in.
    for (const l of [...DEPARTMENT_STORES, ...MALL_COUNTERS].filter((x) => x.parent_code)) {
      const mall = MALLS.find((m) => m.code === l.parent_code)!;
      assert.ok(haversineKm({ lat: l.latitude, lon: l.longitude }, { lat: mall.latitude, lon: mall.longitude }) < 0.5, l.code);
    }
  });

  it('keeps food cold in every store and warehouse, frozen food in a few flagships and every warehouse', () => {
    for (const s of DEPARTMENT_STORES) {
      const expected = FROZEN_STORE_CODES.has(s.code) ? ['ambient', 'chilled', 'frozen'] : ['ambient', 'chilled'];
      assert.deepEqual(s.temperature_classes, expected, s.code);
      assert.equal(s.delivery_days, 1, s.code);
    }
    const frozenStores = DEPARTMENT_STORES.filter((s) => s.temperature_classes?.includes('frozen'));
    assert.ok(frozenStores.length >= 3 && frozenStores.length <= 8, `${frozenStores.length} stores hold frozen goods`);
    assert.equal(FROZEN_STORE_CODES.size, frozenStores.length, 'every flagship code names a store');
    for (const w of WAREHOUSES) {
      assert.deepEqual(w.temperature_classes, ['ambient', 'chilled', 'frozen'], w.code);
      assert.equal(w.delivery_days, w.warehouse_type === 'us' ? 7 : 3, w.code);
    }
    // Brand counters and malls keep the defaults (ambient; malls hold no stock).
    for (const l of [...MALLS, ...MALL_COUNTERS]) assert.equal(l.temperature_classes, undefined, l.code);
  });

  it('covers at least 20 real cities', () => {
    assert.ok(new Set([...DEPARTMENT_STORES, ...MALLS].map((l) => l.city)).size >= 20);
  });

  describe('loaded through the service', () => {
    let t: TestApp;
    let operator: Actor;
    const idOf = new Map<string, string>();

    before(async () => {
      t = await testApp();
      const { userId } = await t.userToken({ role: 'operator' });
      operator = { kind: 'user', userId, role: 'operator', merchantId: null, merchantRole: null, locationId: null };
    });
    after(() => t?.close());

    it('passes every rule createLocation applies', async () => {
      for (const { parent_code, ...l } of DEMO_LOCATIONS) {
        const parent_id = parent_code ? idOf.get(parent_code) : undefined;
        if (parent_code) assert.ok(parent_id, `${l.code}: parent not created yet`);
        const created = await createLocation(t.app.ctx, operator, { ...l, parent_id });
        idOf.set(l.code, created.id);
      }
      const all = await listLocations(t.app.ctx, { limit: 100 });
      const more = all.next_cursor ? await listLocations(t.app.ctx, { limit: 100, cursor: all.next_cursor }) : { items: [] };
      assert.equal(all.items.length + more.items.length, DEMO_LOCATIONS.length);
      const tills = (await listChannels(t.app.ctx, {})).filter((c) => c.kind === 'till');
      assert.equal(tills.length, DEPARTMENT_STORES.length + MALL_COUNTERS.length, 'one till per store and counter');
    });

    it('finds the Hangzhou stores nearest West Lake, and the SQL distances match the TypeScript ones', async () => {
      const westLake = { lat: 30.2592, lon: 120.1485 };
      const near = await nearestLocations(t.app.ctx, { ...westLake, kinds: ['department_store'], limit: 29 });
      assert.equal(near.length, 29);
      assert.deepEqual(
        near.slice(0, 2).map((l) => l.code),
        ['DS-HZ-HUBIN', 'DS-HZ-WULIN'],
      );
      for (const l of near) assert.ok(Math.abs(l.distance_km - haversineKm(westLake, { lat: l.latitude, lon: l.longitude })) < 0.0006, l.code);
      const sorted = [...near].sort(
        (a, b) => haversineKm(westLake, { lat: a.latitude, lon: a.longitude }) - haversineKm(westLake, { lat: b.latitude, lon: b.longitude }),
      );
      assert.deepEqual(
        near.map((l) => l.code),
        sorted.map((l) => l.code),
      );
      const us = await nearestLocations(t.app.ctx, { lat: 40.71, lon: -74.0, kinds: ['warehouse'], limit: 2 });
      assert.deepEqual(
        us.map((l) => l.code),
        ['WH-US-EDISON', 'WH-US-ONTARIO'],
      );
    });
  });
});
