import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { emptyDatabaseEnv } from '../support/db.ts';
import { type ServerProcess, startServerProcess } from '../support/process.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('meridian simulate', () => {
  let server: ServerProcess;
  let drop: () => Promise<void>;
  before(async () => {
    const db = await emptyDatabaseEnv();
    drop = db.drop;
    server = await startServerProcess({ ...db.env, MERIDIAN_WEB_BUILD: '0', MERIDIAN_LOGIN_ATTEMPTS_PER_MINUTE: '1000' }, ['--seed-if-empty']);
  });
  after(async () => {
    await server?.kill('SIGTERM');
    await drop?.();
  });

  const simulate = (args: string[]) =>
    spawnSync(process.execPath, ['bin/meridian.js', 'simulate', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });

  it('rings up till sales and online orders against a running server, and stops at its bound', async () => {
    // A simulated day from 10:00 in China at 6 hours a second: busy tills in every store for a few
    // real seconds, whatever the time the test runs (at night the stores are closed).
    const r = simulate([
      '--url',
      server.url,
      '--start',
      '2026-06-06T10:00:00+08:00',
      '--speed',
      '21600',
      '--minutes',
      '0.1',
      '--max-orders',
      '40',
      '--store-rate',
      '20',
      '--online-rate',
      '600',
      '--quiet',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout.trim().split('\n').pop()!) as { till: number; online: number; errors: number };
    assert.ok(stats.till > 0, `till sales: ${r.stdout}`);
    assert.ok(stats.online > 0, `online orders: ${r.stdout}`);
    assert.equal(stats.errors, 0, r.stdout);
    // Bounded: never more orders and sales than the cap.
    assert.ok(stats.till + stats.online <= 40, r.stdout);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'operator@meridian.demo', password: 'meridian' }),
    });
    const token = ((await login.json()) as { token: string }).token;
    const feed = (await (await fetch(`${server.url}/api/events?types=stock.moved&limit=1000`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      items: Array<{ data: { reason: string; channel: string | null } }>;
    };
    assert.ok(
      feed.items.some((e) => e.data.reason === 'sale' && e.data.channel === 'till'),
      'the sales are in the event stream a dashboard reads',
    );
  });

  it('says what is wrong with its options, and when no server answers', () => {
    const bad = simulate(['--speed', 'fast']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--speed must be a number/);
    const badStart = simulate(['--start', 'noon']);
    assert.equal(badStart.status, 2);
    assert.match(badStart.stderr, /--start must be an ISO 8601 instant/);
    const none = simulate(['--url', 'http://127.0.0.1:9', '--quiet']);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no server answers/);
  });
});
