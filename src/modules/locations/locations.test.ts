import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { haversineKm } from './geo.ts';
import { createLocation, ensureOnlineChannel, getLocation, listChannels, listLocations, nearestLocations, type NewLocation } from './service.ts';

let seq = 0;
const code = (prefix: string) => `${prefix}-T${++seq}`;

/** A valid department store body; override what a case needs. */
function storeBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: code('DS'),
    kind: 'department_store',
    name_en: 'Meridian Department Store Test',
    name_zh: '子午百货测试店',
    address_line: 'No. 1 Test Road',
    city: 'Hangzhou',
    city_zh: '杭州',
    province: 'Zhejiang',
    country: 'CN',
    postal_code: '310000',
    timezone: 'Asia/Shanghai',
    latitude: 30.27,
    longitude: 120.16,
    opening_hours: { mon: [['10:00', '22:00']], fri: [['10:00', '22:30']] },
    ...over,
  };
}

describe('locations', () => {
  let t: TestApp;
  let operator: string;
  let operatorActor: Actor;
  let merchant: string;
  let consumer: string;
  let merchantId: string;

  const counts = async () => {
    const db = t.app.ctx.db;
    const l = await db
      .selectFrom('locations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const c = await db
      .selectFrom('channels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { locations: Number(l.n), channels: Number(c.n) };
  };
  const post = (body: unknown, token: string | undefined = operator) => t.call('POST', '/api/locations', { token, body });

  before(async () => {
    t = await testApp();
    const op = await t.userToken({ role: 'operator' });
    operator = op.token;
    operatorActor = { kind: 'user', userId: op.userId, role: 'operator', merchantId: null, merchantRole: null, locationId: null };
    merchantId = newId('merchant');
    await t.app.ctx.db
      .insertInto('merchants')
      .values({
        id: merchantId,
        legal_name: 'Aurora Beauty Co., Ltd.',
        display_name: 'Aurora Beauty',
        country: 'CN',
        region: 'Zhejiang',
        registration_number: '91330100TEST0001',
        contact_name: 'Li Na',
        contact_email: 'li.na@aurora.test',
        contact_phone: null,
        headcount: 40,
        sector: 'beauty',
        default_currency: 'CNY',
        website: null,
      })
      .execute();
    merchant = (await t.userToken({ role: 'merchant', merchant_id: merchantId, merchant_role: 'owner' })).token;
    consumer = (await t.userToken({ role: 'consumer' })).token;
  });
  after(() => t?.close());

  describe('creating', () => {
    it('creates a mall, a store inside it with its till channel, and a counter', async () => {
      const mall = await post(storeBody({ code: 'MALL-TEST-1', kind: 'mall', name_en: 'Meridian Mall Test', name_zh: '子午广场测试店' }));
      assert.equal(mall.statusCode, 201, mall.body);
      assert.equal(mall.json().till_channel, null, 'a mall does not sell over a till');
      const mallId = mall.json().id as string;

      const store = await post(storeBody({ code: 'DS-IN-MALL-1', parent_id: mallId }));
      assert.equal(store.statusCode, 201, store.body);
      const s = store.json();
      assert.match(s.id, /^loc_/);
      assert.equal(s.parent_id, mallId);
      assert.equal(s.status, 'open');
      assert.deepEqual(s.opening_hours, { mon: [['10:00', '22:00']], fri: [['10:00', '22:30']] });
      assert.equal(s.till_channel.kind, 'till');
      assert.equal(s.till_channel.location_id, s.id);

      const counter = await post(storeBody({ code: 'MC-TEST-1', kind: 'mall_counter', parent_id: mallId, merchant_id: merchantId }));
      assert.equal(counter.statusCode, 201, counter.body);
      assert.equal(counter.json().merchant_id, merchantId);
      assert.equal(counter.json().till_channel.location_id, counter.json().id);

      const detail = await t.call('GET', `/api/locations/${mallId}`);
      assert.equal(detail.statusCode, 200);
      assert.deepEqual(detail.json().children_ids, [s.id, counter.json().id].sort());

      const chans = await t.call('GET', `/api/channels?location_id=${s.id}`);
      assert.equal(chans.statusCode, 200);
      assert.deepEqual(
        chans.json().items.map((c: { id: string }) => c.id),
        [s.till_channel.id],
      );
    });

    it('creates warehouses without a till channel', async () => {
      const before = await counts();
      const wh = await post(
        storeBody({
          code: code('WH'),
          kind: 'warehouse',
          warehouse_type: 'us',
          country: 'US',
          province: 'NJ',
          timezone: 'America/New_York',
          latitude: 40.52,
          longitude: -74.34,
        }),
      );
      assert.equal(wh.statusCode, 201, wh.body);
      assert.equal(wh.json().warehouse_type, 'us');
      assert.equal(wh.json().till_channel, null);
      assert.deepEqual(await counts(), { locations: before.locations + 1, channels: before.channels });
    });

    it('lets only operators write: anonymous 401, merchant and consumer 403, nothing written', async () => {
      const before = await counts();
      const anon = await post(storeBody(), '');
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.json().code, 'unauthorized');
      for (const token of [merchant, consumer]) {
        const res = await post(storeBody(), token);
        assert.equal(res.statusCode, 403);
        assert.equal(res.json().code, 'forbidden');
      }
      const some = (await t.call('GET', '/api/locations?limit=1')).json().items[0].id as string;
      assert.equal((await t.call('PATCH', `/api/locations/${some}`, { body: { status: 'closed' } })).statusCode, 401);
      assert.equal((await t.call('PATCH', `/api/locations/${some}`, { token: merchant, body: { status: 'closed' } })).statusCode, 403);
      assert.equal((await getLocation(t.app.ctx, some)).status, 'open');
      assert.deepEqual(await counts(), before);

      // The service refuses on its own, whatever the route says.
      const merchantActor: Actor = { kind: 'api_key', keyId: 'key_x', merchantId };
      await assert.rejects(createLocation(t.app.ctx, merchantActor, storeBody() as unknown as NewLocation), (e: AppError) => e.status === 403);
      await assert.rejects(createLocation(t.app.ctx, { kind: 'anonymous' }, storeBody() as unknown as NewLocation), (e: AppError) => e.status === 401);
    });

    it('refuses bad input with stable codes and writes nothing', async () => {
      const mall = (await post(storeBody({ code: code('MALL'), kind: 'mall' }))).json().id as string;
      const store = (await post(storeBody())).json().id as string;
      const taken = storeBody();
      assert.equal((await post(taken)).statusCode, 201);
      const cases: Array<[string, Record<string, unknown>, number, string]> = [
        ['unknown time zone', { timezone: 'Mars/Olympus' }, 400, 'invalid_timezone'],
        ['lower-case time zone', { timezone: 'asia/shanghai' }, 400, 'invalid_timezone'],
        ['closing before opening', { opening_hours: { mon: [['22:00', '10:00']] } }, 400, 'invalid_opening_hours'],
        [
          'overlapping intervals',
          {
            opening_hours: {
              sat: [
                ['10:00', '15:00'],
                ['14:00', '22:00'],
              ],
            },
          },
          400,
          'invalid_opening_hours',
        ],
        ['hour 25', { opening_hours: { mon: [['10:00', '25:00']] } }, 400, 'validation_failed'],
        ['unknown weekday', { opening_hours: { funday: [['10:00', '22:00']] } }, 400, 'validation_failed'],
        ['latitude out of range', { latitude: 91 }, 400, 'validation_failed'],
        ['longitude out of range', { longitude: -180.5 }, 400, 'validation_failed'],
        ['lower-case code', { code: 'ds-lower' }, 400, 'validation_failed'],
        ['unknown field', { floor: 3 }, 400, 'validation_failed'],
        ['counter without a parent', { kind: 'mall_counter' }, 400, 'parent_required'],
        ['counter inside a store', { kind: 'mall_counter', parent_id: store }, 422, 'parent_not_a_mall'],
        ['store inside a missing mall', { parent_id: newId('location') }, 422, 'parent_not_found'],
        ['mall inside a mall', { kind: 'mall', parent_id: mall }, 400, 'parent_not_allowed'],
        ['warehouse inside a mall', { kind: 'warehouse', warehouse_type: 'cn_bonded', parent_id: mall }, 400, 'parent_not_allowed'],
        ['warehouse without a type', { kind: 'warehouse' }, 400, 'warehouse_type_required'],
        ['store with a warehouse type', { warehouse_type: 'cn_bonded' }, 400, 'warehouse_type_not_allowed'],
        ['store of a merchant', { merchant_id: merchantId }, 400, 'merchant_not_allowed'],
        ['counter of a missing merchant', { kind: 'mall_counter', parent_id: mall, merchant_id: newId('merchant') }, 404, 'merchant_not_found'],
        ['duplicate code', { code: taken.code }, 409, 'location_code_taken'],
      ];
      const before = await counts();
      for (const [name, over, status, errCode] of cases) {
        const res = await post(storeBody(over));
        assert.equal(res.statusCode, status, `${name}: ${res.body}`);
        assert.equal(res.json().code, errCode, name);
      }
      assert.deepEqual(await counts(), before, 'no refused request wrote a location or channel');
    });

    it('applies the same rules when called directly (the seed path)', async () => {
      const direct = (over: Record<string, unknown>) => createLocation(t.app.ctx, operatorActor, storeBody(over) as unknown as NewLocation);
      const before = await counts();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ latitude: 91 }, 'invalid_coordinates'],
        [{ longitude: Number.NaN }, 'invalid_coordinates'],
        [{ code: 'ds-lower' }, 'invalid_location_code'],
        [{ code: 'DS--DOUBLE' }, 'invalid_location_code'],
        [{ name_zh: '  ' }, 'invalid_field'],
        [{ country: 'cn' }, 'invalid_country'],
        [{ kind: 'kiosk' }, 'invalid_location_kind'],
        [{ opening_hours: { mon: [['10:00', '10:00']] } }, 'invalid_opening_hours'],
      ];
      for (const [over, errCode] of cases) await assert.rejects(direct(over), (e: AppError) => e.code === errCode && e.status === 400, errCode);
      assert.deepEqual(await counts(), before);
    });
  });

  describe('updating', () => {
    it('changes names, hours, status and position; refuses bad hours without changing anything', async () => {
      const created = (await post(storeBody())).json();
      const res = await t.call('PATCH', `/api/locations/${created.id}`, {
        token: operator,
        body: { name_en: 'Renamed', opening_hours: { sun: [['11:00', '21:00']] }, status: 'closed', latitude: 30.3 },
      });
      assert.equal(res.statusCode, 200, res.body);
      const u = res.json();
      assert.equal(u.name_en, 'Renamed');
      assert.deepEqual(u.opening_hours, { sun: [['11:00', '21:00']] });
      assert.equal(u.status, 'closed');
      assert.equal(u.latitude, 30.3);
      assert.equal(u.longitude, created.longitude);
      assert.ok(new Date(u.updated_at) >= new Date(created.updated_at));

      for (const [body, errCode] of [
        [
          {
            opening_hours: {
              mon: [
                ['10:00', '14:00'],
                ['13:00', '20:00'],
              ],
            },
          },
          'invalid_opening_hours',
        ],
        [{ timezone: 'Nowhere/Else' }, 'invalid_timezone'],
        [{ latitude: -95 }, 'validation_failed'],
        [{ code: 'NEW-CODE' }, 'validation_failed'],
        [{}, 'validation_failed'],
      ] as const) {
        const bad = await t.call('PATCH', `/api/locations/${created.id}`, { token: operator, body });
        assert.equal(bad.statusCode, 400, JSON.stringify(body));
        assert.equal(bad.json().code, errCode);
      }
      const again = await getLocation(t.app.ctx, created.id);
      assert.deepEqual(again.opening_hours, { sun: [['11:00', '21:00']] });
      assert.equal(again.timezone, 'Asia/Shanghai');
      assert.equal(again.code, created.code);

      const missing = await t.call('PATCH', `/api/locations/${newId('location')}`, { token: operator, body: { status: 'open' } });
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().code, 'location_not_found');
    });
  });

  describe('reading', () => {
    // Stores at known distances from People's Square, Shanghai.
    const ORIGIN = { lat: 31.2304, lon: 121.4737 };
    const PLACES: Array<[string, number, number]> = [
      ['Suzhou', 31.3117, 120.6245],
      ['Shanghai', 31.2299, 121.4563],
      ['Beijing', 39.9143, 116.411],
      ['Hangzhou', 30.272, 120.163],
      ['Shanghai', 31.2991, 121.5138],
      ['Ningbo', 29.8733, 121.5566],
    ];
    const NEAR_CITY = 'NearTestCity';
    let ids: string[] = [];

    before(async () => {
      ids = [];
      for (const [city, lat, lon] of PLACES) {
        const res = await post(storeBody({ code: code(`DS-${city.toUpperCase()}`), city: NEAR_CITY, city_zh: city, latitude: lat, longitude: lon }));
        assert.equal(res.statusCode, 201, res.body);
        ids.push(res.json().id);
      }
    });

    it('orders by distance in SQL exactly as the TypeScript haversine does, and pages through', async () => {
      const expected = PLACES.map(([, lat, lon], i) => ({ id: ids[i]!, d: haversineKm(ORIGIN, { lat, lon }) })).sort((a, b) => a.d - b.d);
      const seen: Array<{ id: string; distance_km: number }> = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url = `/api/locations?near=${ORIGIN.lat},${ORIGIN.lon}&city=${NEAR_CITY}&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await t.call('GET', url);
        assert.equal(res.statusCode, 200, res.body);
        seen.push(...res.json().items);
        cursor = res.json().next_cursor;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(pages, 2);
      assert.deepEqual(
        seen.map((s) => s.id),
        expected.map((e) => e.id),
      );
      seen.forEach((s, i) => assert.ok(Math.abs(s.distance_km - expected[i]!.d) < 0.0006, `${s.distance_km} vs ${expected[i]!.d}`));
      // Beijing is ~1067 km away.
      assert.ok(seen.at(-1)!.distance_km > 1000);
    });

    it('pages by id without near, and filters by city (English case-insensitive or Chinese), kind, parent, status', async () => {
      const all: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const res = await t.call('GET', `/api/locations?city=neartestcity&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(res.statusCode, 200);
        const items = res.json().items as Array<{ id: string; distance_km?: number }>;
        assert.ok(items.every((x) => x.distance_km === undefined));
        all.push(...items.map((x) => x.id));
        cursor = res.json().next_cursor;
        if (!cursor) break;
      }
      assert.deepEqual(all, [...ids].sort());

      const zh = await listLocations(t.app.ctx, { city: 'Shanghai', kind: 'department_store' });
      assert.ok(zh.items.some((x) => x.id === ids[1]) && zh.items.some((x) => x.id === ids[4]), 'city_zh matches');

      const malls = (await t.call('GET', '/api/locations?kind=mall&limit=100')).json().items as Array<{ kind: string; id: string }>;
      assert.ok(malls.length >= 2 && malls.every((m) => m.kind === 'mall'));

      const mallId = malls.find((m) => m.id)!.id;
      const inside = (await t.call('GET', `/api/locations?parent_id=${mallId}`)).json().items as Array<{ parent_id: string }>;
      assert.ok(inside.every((x) => x.parent_id === mallId));

      await t.call('PATCH', `/api/locations/${ids[0]}`, { token: operator, body: { status: 'closed' } });
      const closed = (await t.call('GET', `/api/locations?status=closed&city=${NEAR_CITY}`)).json().items as Array<{ id: string }>;
      assert.deepEqual(
        closed.map((x) => x.id),
        [ids[0]],
      );
      await t.call('PATCH', `/api/locations/${ids[0]}`, { token: operator, body: { status: 'open' } });
    });

    it('refuses a bad near, limit or cursor with 400', async () => {
      const cases: Array<[string, string]> = [
        ['/api/locations?near=91,0', 'invalid_near'],
        ['/api/locations?near=abc', 'invalid_near'],
        ['/api/locations?near=31.2', 'invalid_near'],
        ['/api/locations?limit=0', 'validation_failed'],
        ['/api/locations?limit=101', 'validation_failed'],
        ['/api/locations?cursor=bm9wZQ', 'invalid_cursor'],
        ['/api/locations?kind=kiosk', 'validation_failed'],
        ['/api/locations/loc_nope', 'validation_failed'],
      ];
      for (const [url, errCode] of cases) {
        const res = await t.call('GET', url);
        assert.equal(res.statusCode, 400, url);
        assert.equal(res.json().code, errCode, url);
      }
      // A cursor from a by-id listing does not fit a by-distance one.
      const byId = (await t.call('GET', '/api/locations?limit=1')).json().next_cursor as string;
      const res = await t.call('GET', `/api/locations?near=31,121&cursor=${byId}`);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().code, 'invalid_cursor');
      const unknown = await t.call('GET', `/api/locations/${newId('location')}`);
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().code, 'location_not_found');
    });

    it('nearestLocations returns open locations of the asked kinds, nearest first', async () => {
      await t.call('PATCH', `/api/locations/${ids[1]}`, { token: operator, body: { status: 'closed' } });
      const near = await nearestLocations(t.app.ctx, { ...ORIGIN, kinds: ['department_store'], limit: 3 });
      assert.equal(near.length, 3);
      assert.ok(near.every((l) => l.kind === 'department_store' && l.status === 'open'));
      assert.ok(!near.some((l) => l.id === ids[1]), 'a closed store is no sourcing candidate');
      for (let i = 1; i < near.length; i++) assert.ok(near[i]!.distance_km >= near[i - 1]!.distance_km);
      const wh = await nearestLocations(t.app.ctx, { lat: 40.7, lon: -74, kinds: ['warehouse'], limit: 1 });
      assert.equal(wh[0]?.kind, 'warehouse');
      await assert.rejects(nearestLocations(t.app.ctx, { lat: 100, lon: 0, limit: 1 }), (e: AppError) => e.code === 'invalid_coordinates');
      await t.call('PATCH', `/api/locations/${ids[1]}`, { token: operator, body: { status: 'open' } });
    });
  });

  describe('channels', () => {
    it('ensureOnlineChannel creates the one online channel once, also under concurrent calls', async () => {
      const onlineCount = async () => (await listChannels(t.app.ctx, {})).filter((c) => c.kind === 'online').length;
      assert.equal(await onlineCount(), 0);
      const results = await Promise.all([ensureOnlineChannel(t.app.ctx), ensureOnlineChannel(t.app.ctx), ensureOnlineChannel(t.app.ctx)]);
      const first = results[0]!;
      assert.equal(first.kind, 'online');
      assert.equal(first.location_id, null);
      assert.ok(results.every((r) => r.id === first.id));
      assert.equal((await ensureOnlineChannel(t.app.ctx)).id, first.id);
      assert.equal(await onlineCount(), 1);

      const res = await t.call('GET', '/api/channels');
      assert.equal(res.statusCode, 200);
      const items = res.json().items as Array<{ kind: string; id: string }>;
      assert.equal(items.filter((c) => c.kind === 'online').length, 1);
      assert.ok(items.filter((c) => c.kind === 'till').length >= 2);
    });
  });
});
