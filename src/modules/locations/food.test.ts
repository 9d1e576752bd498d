import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/support/app.ts';
import { operatorActor } from '../../../test/support/fixtures.ts';
import type { Actor } from '../../shared/actor.ts';
import { createLocation, type NewLocation, sourcingLocations, updateLocation } from './service.ts';

let seq = 0;
const stamp = Date.now().toString(36).toUpperCase();

function storeBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: `DS-FOOD-${stamp}-${++seq}`,
    kind: 'department_store',
    name_en: 'Meridian Department Store Cold Chain',
    name_zh: '子午百货冷链店',
    address_line: 'No. 1 Test Road',
    city: 'Hangzhou',
    province: 'Zhejiang',
    country: 'CN',
    timezone: 'Asia/Shanghai',
    latitude: 30.27,
    longitude: 120.16,
    ...over,
  };
}

interface LocationAnswer {
  id: string;
  temperature_classes: string[];
  delivery_days: number;
}

describe('location temperature classes and delivery days', () => {
  let t: TestApp;
  let token: string;
  let op: Actor;

  before(async () => {
    t = await testApp();
    token = (await t.userToken({ role: 'operator' })).token;
    op = await operatorActor(t.app.ctx);
  });
  after(() => t?.close());

  const post = (body: unknown) => t.call('POST', '/api/locations', { token, body });
  const count = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('locations')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('defaults to ambient only and two delivery days', async () => {
    const res = await post(storeBody());
    assert.equal(res.statusCode, 201, res.body);
    const loc = res.json() as LocationAnswer;
    assert.deepEqual(loc.temperature_classes, ['ambient']);
    assert.equal(loc.delivery_days, 2);
  });

  it('takes classes and delivery days, answers them in class order on detail, list and nearby list', async () => {
    const res = await post(storeBody({ temperature_classes: ['frozen', 'ambient', 'chilled'], delivery_days: 0, latitude: 30.2701 }));
    assert.equal(res.statusCode, 201, res.body);
    const loc = res.json() as LocationAnswer;
    assert.deepEqual(loc.temperature_classes, ['ambient', 'chilled', 'frozen']);
    assert.equal(loc.delivery_days, 0);

    const detail = (await t.call('GET', `/api/locations/${loc.id}`)).json() as LocationAnswer;
    assert.deepEqual([detail.temperature_classes, detail.delivery_days], [['ambient', 'chilled', 'frozen'], 0]);
    const list = (await t.call('GET', '/api/locations?limit=100')).json() as { items: LocationAnswer[] };
    assert.deepEqual(list.items.find((l) => l.id === loc.id)?.temperature_classes, ['ambient', 'chilled', 'frozen']);
    const near = (await t.call('GET', '/api/locations?near=30.2701,120.16&limit=100')).json() as { items: LocationAnswer[] };
    assert.equal(near.items.find((l) => l.id === loc.id)?.delivery_days, 0);
    // Sourcing reads the same columns.
    const sourcing = (await sourcingLocations(t.app.ctx)).find((l) => l.id === loc.id);
    assert.deepEqual([sourcing?.temperature_classes, sourcing?.delivery_days], [['ambient', 'chilled', 'frozen'], 0]);
  });

  it('refuses empty, unknown or repeated classes and delivery days outside 0..60 with 400, creating nothing', async () => {
    const before = await count();
    for (const over of [
      { temperature_classes: [] },
      { temperature_classes: ['ambient', 'warm'] },
      { temperature_classes: ['chilled', 'chilled'] },
      { temperature_classes: 'ambient,chilled' },
      { delivery_days: -1 },
      { delivery_days: 61 },
      { delivery_days: 1.5 },
    ]) {
      const res = await post(storeBody(over));
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
    }
    assert.equal(await count(), before);
  });

  it('checks them in the service too, for callers that skip the HTTP schema', async () => {
    const base = storeBody() as unknown as NewLocation;
    for (const [over, code] of [
      [{ temperature_classes: [] }, 'invalid_temperature_classes'],
      [{ temperature_classes: ['chilled', 'chilled'] }, 'invalid_temperature_classes'],
      [{ temperature_classes: ['deep-frozen'] }, 'invalid_temperature_classes'],
      [{ delivery_days: 61 }, 'invalid_delivery_days'],
      [{ delivery_days: 2.5 }, 'invalid_delivery_days'],
    ] as const) {
      await assert.rejects(
        createLocation(t.app.ctx, op, { ...base, code: `DS-SVC-${stamp}-${++seq}`, ...(over as object) }),
        (e: { code?: string }) => e.code === code,
        JSON.stringify(over),
      );
    }
  });

  it('changes classes and delivery days on PATCH, and refuses bad values leaving the location as it was', async () => {
    const loc = (await post(storeBody())).json() as LocationAnswer;
    const patch = (body: unknown) => t.call('PATCH', `/api/locations/${loc.id}`, { token, body });
    let res = await patch({ temperature_classes: ['chilled', 'ambient'], delivery_days: 1 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().temperature_classes, res.json().delivery_days], [['ambient', 'chilled'], 1]);

    for (const body of [{ temperature_classes: [] }, { temperature_classes: ['frozen', 'frozen'] }, { delivery_days: 100 }]) {
      res = await patch(body);
      assert.equal(res.statusCode, 400, `${JSON.stringify(body)}: ${res.body}`);
    }
    await assert.rejects(
      updateLocation(t.app.ctx, op, loc.id, { temperature_classes: ['ambient', 'tepid' as never] }),
      (e: { code?: string }) => e.code === 'invalid_temperature_classes',
    );
    const kept = (await t.call('GET', `/api/locations/${loc.id}`)).json() as LocationAnswer;
    assert.deepEqual([kept.temperature_classes, kept.delivery_days], [['ambient', 'chilled'], 1]);

    res = await patch({ temperature_classes: ['frozen'] });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().temperature_classes, res.json().delivery_days], [['frozen'], 1], 'a patch without delivery_days keeps it');
  });
});
