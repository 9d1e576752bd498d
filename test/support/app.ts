import type { LightMyRequestResponse } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { App } from '../../src/http/types.ts';
import { insertUser, type NewUser } from '../../src/modules/identity/service.ts';
import { freshDatabase } from './db.ts';

export interface TestApp {
  app: App;
  database: Database;
  /** Sends a request; `token` adds the bearer header. */
  call(method: string, url: string, opts?: { token?: string | undefined; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** Creates a user directly (bypassing routes) and signs in; returns the bearer token. */
  userToken(user: Partial<NewUser> & Pick<NewUser, 'role'>): Promise<{ token: string; userId: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** A full app on a fresh database, driven in-process with inject(); `overrides` change its config. */
export async function testApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = { ...loadConfig({}), logLevel: 'silent', ...overrides };
  const app = await buildApp({ database, config, logger: false });
  await app.ready();
  const call: TestApp['call'] = (method, url, opts = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
    });
  return {
    app,
    database,
    call,
    async userToken(user) {
      const email = user.email ?? `u${++counter}.${Date.now()}@test.meridian`;
      const password = user.password ?? 'correct-horse-battery';
      const created = await insertUser(app.ctx, { display_name: 'Test', email, password, ...user });
      const res = await call('POST', '/api/auth/login', { body: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      return { token: (res.json() as { token: string }).token, userId: created.id };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
