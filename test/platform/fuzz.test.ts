import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { type JsonSchema, nearSchema } from '../support/arbitrary.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { clerkActor, location, operatorActor, product, verifiedMerchant } from '../support/fixtures.ts';
import * as inventory from '../../src/modules/inventory/service.ts';

interface Operation {
  method: string;
  path: string;
  access: string[];
  body?: JsonSchema;
  params: Record<string, JsonSchema>;
}

const RUNS = Number(process.env.MERIDIAN_FUZZ_RUNS ?? 20);

/**
 * Property: random and malformed input to every route that writes (POST, PUT, PATCH, DELETE)
 * never gives a 5xx, and a refused request (4xx) leaves every table exactly as it was.
 */
describe('fuzzing every writing route from its schema', { timeout: 600_000 }, () => {
  let t: TestApp;
  let ops: Operation[];
  const tokens: Record<string, string> = {};
  const pool: Record<string, string[]> = {};

  // A digest of every row of every table: any insert, update or delete changes it.
  const snapshot = async (): Promise<string> => {
    const tables = await sql<{
      t: string;
    }>`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by 1`.execute(
      t.database.db,
    );
    const parts = tables.rows.map(
      (r) => sql`select ${r.t} as t, md5(coalesce(string_agg(md5(x::text), ',' order by md5(x::text)), '')) as h from ${sql.table(r.t)} x`,
    );
    const res = await sql<{ t: string; h: string }>`${sql.join(parts, sql` union all `)}`.execute(t.database.db);
    return res.rows.map((r) => `${r.t}:${r.h}`).join('|');
  };

  before(async () => {
    t = await testApp();
    const ctx = t.app.ctx;
    const op = await operatorActor(ctx);
    const m = await verifiedMerchant(ctx, op, 'Fuzz');
    const store = await location(ctx, op, { city: 'Shanghai' });
    const p = await product(ctx, m.actor, { variants: 2 });
    await inventory.receiveStock(ctx, m.actor, { location_id: store.id, lines: [{ variant_id: p.variantIds[0]!, quantity: 5 }] });
    await clerkActor(ctx, store.id);
    const login = async (email: string, password: string) => (await t.call('POST', '/api/auth/login', { body: { email, password } })).json().token as string;
    tokens.merchant = await login(m.ownerEmail, 'fixture-password');
    tokens.operator = (await t.userToken({ role: 'operator' })).token;
    tokens.consumer = (await t.userToken({ role: 'consumer' })).token;
    tokens.store_staff = (await t.userToken({ role: 'store_staff', location_id: store.id })).token;
    tokens.brand_owner = (await t.userToken({ role: 'brand_owner', merchant_id: m.merchantId })).token;
    // Real ids by prefix, so some inputs reach the services instead of failing the schema.
    for (const table of ['merchants', 'brands', 'locations', 'products', 'variants', 'categories', 'users', 'channels', 'api_keys'] as const) {
      const rows = await t.database.db.selectFrom(table).select('id').limit(20).execute();
      for (const r of rows) (pool[r.id.split('_')[0]!] ??= []).push(r.id);
    }
    const doc = (await t.call('GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    ops = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        const body = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content?.['application/json']?.schema;
        const params: Record<string, JsonSchema> = {};
        for (const prm of (op.parameters as Array<{ in: string; name: string; schema: JsonSchema }> | undefined) ?? [])
          if (prm.in === 'path') params[prm.name] = prm.schema;
        ops.push({ method: method.toUpperCase(), path, access: op['x-access'] as string[], ...(body ? { body } : {}), params });
      }
    }
  });
  after(() => t?.close());

  it('finds the writing routes in the OpenAPI document', () => {
    assert.ok(ops.length >= 30, `only ${ops.length} writing routes`);
  });

  it('never answers 5xx, and a refused request changes nothing', async () => {
    let requests = 0;
    for (const op of ops) {
      const role = ['operator', 'merchant', 'store_staff', 'consumer', 'brand_owner'].find((r) => op.access.includes(r));
      const token = role ? tokens[role] : undefined;
      const paramArb = fc.record(Object.fromEntries(Object.entries(op.params).map(([k, s]) => [k, nearSchema(s, pool)])));
      const bodyArb = op.body ? nearSchema(op.body, pool) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(paramArb, bodyArb, fc.integer({ min: 0, max: 7 }), async (params, body, dice) => {
          const anonymous = dice === 0;
          const url = op.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String((params as Record<string, unknown>)[k] ?? 'x')));
          const before = await snapshot();
          const res = await t.call(op.method, url, {
            token: anonymous ? undefined : token,
            headers: { 'idempotency-key': `fuzz-${requests}-${Date.now()}` },
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            ...(body !== undefined ? { headers: { 'content-type': 'application/json', 'idempotency-key': `fuzz-${requests}-${Date.now()}` } } : {}),
          });
          requests++;
          if (process.env.FUZZ_DEBUG)
            process.stderr.write(`${op.method} ${op.path} ${res.statusCode} ${res.statusCode < 500 && res.statusCode >= 400 ? res.json().code : ''}\n`);
          assert.ok(
            res.statusCode < 500,
            `${op.method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}\nbody: ${JSON.stringify(body)?.slice(0, 500)}`,
          );
          if (res.statusCode >= 400) {
            assert.equal(
              res.headers['content-type']?.toString().split(';')[0],
              'application/problem+json',
              `${op.method} ${op.path} ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
            assert.equal(
              await snapshot(),
              before,
              `${op.method} ${url.slice(0, 200)} answered ${res.statusCode} (${res.json().code}) but changed the database`,
            );
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.MERIDIAN_FUZZ_SEED ?? 20261125) },
      );
    }
    assert.ok(requests >= ops.length * RUNS);
  });
});
