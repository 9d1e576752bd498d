import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { freshDatabase } from '../support/db.ts';

describe('HTTP edge', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t.close());

  it('reports health with the database kind and migration version', async () => {
    const res = await t.call('GET', '/api/health');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.database, process.env.DATABASE_URL ? 'postgres' : 'pglite');
    assert.match(body.migration, /^\d{4}_/);
  });

  it('serves an OpenAPI 3.1 document in which every operation says who may call it', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    const ops = Object.entries(doc.paths as Record<string, Record<string, { 'x-access'?: string[] }>>).flatMap(([p, ms]) =>
      Object.entries(ms).map(([m, op]) => ({ p, m, op })),
    );
    assert.ok(ops.length > 5);
    for (const { p, m, op } of ops) assert.ok(op['x-access']?.length, `${m} ${p} has no x-access`);
    assert.ok(doc.paths['/api/auth/login']);
  });

  it('answers unknown routes with a problem document', async () => {
    const res = await t.call('GET', '/api/nope');
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(res.json().code, 'route_not_found');
    assert.match(res.json().request_id, /^req_/);
  });

  it('rejects unknown fields, malformed JSON and oversized bodies with stable codes', async () => {
    const unknown = await t.call('POST', '/api/auth/login', { body: { email: 'a@b.co', password: 'x', admin: true } });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'validation_failed');
    assert.match(unknown.json().detail, /unknown field "admin"/);

    const malformed = await t.call('POST', '/api/auth/login', { body: '{"email":', headers: { 'content-type': 'application/json' } });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().code, 'malformed_json');

    const big = await t.call('POST', '/api/auth/register', { body: { email: 'x@y.co', password: 'p'.repeat(2_000_000), display_name: 'x' } });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().code, 'body_too_large');
  });

  it('serves Prometheus metrics with request counts by route', async () => {
    await t.call('GET', '/api/health');
    const res = await t.call('GET', '/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /meridian_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    assert.match(res.body, /meridian_db_pool_connections\{state="total"\}/);
  });

  it('serves the API docs page', async () => {
    const res = await t.call('GET', '/api/docs/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /swagger/i);
  });
});

describe('HTTP edge when things go wrong', () => {
  it('answers an unexpected error with 500, the request id, and no internals', async () => {
    const database = await freshDatabase();
    const lines: string[] = [];
    const app = await buildApp({
      database,
      config: { ...loadConfig({}), logLevel: 'error' },
      logger: { level: 'error', stream: { write: (l: string) => void lines.push(l) } },
    });
    app.get('/api/boom', { config: { access: ['public'] } }, async () => {
      throw new Error('secret internals: password=hunter2');
    });
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/boom' });
    assert.equal(res.statusCode, 500);
    const body = res.json();
    assert.equal(body.code, 'internal_error');
    assert.match(body.request_id, /^req_/);
    assert.equal(res.headers['x-request-id'], body.request_id);
    assert.doesNotMatch(res.body, /hunter2|at .*\.ts/);
    // The error is logged as a JSON line carrying the same request id.
    const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; err?: { message: string } }).find((l) => l.err);
    assert.equal(logged?.reqId, body.request_id);
    assert.match(logged!.err!.message, /hunter2/);
    await app.close();
    await database.close();
  });

  it('answers 503 with a retry hint when the database server does not answer', async () => {
    // Nothing listens on port 1: every connection is refused, as while PostgreSQL restarts.
    const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' });
    const app = await buildApp({ database, config: { ...loadConfig({}), logLevel: 'silent' }, logger: false });
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 503, res.body);
    assert.equal(res.json().code, 'database_unavailable');
    assert.ok(res.headers['retry-after']);
    await app.close();
    await database.close();
  });
});
