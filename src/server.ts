import { piiKeyIsDevelopment } from './modules/crossborder/service.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrations.ts';
import { buildApp } from './http/app.ts';
import type { App } from './http/types.ts';
import { startJobs } from './jobs.ts';

export interface Running {
  app: App;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database named by the config, migrates it, and listens. */
export async function startServer(config: Config, opts: { seed?: (db: Database) => Promise<void> } = {}): Promise<Running> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  const app = await buildApp({ database, config });
  if (applied.length) app.log.info({ migrations: applied }, 'migrations applied');
  if (piiKeyIsDevelopment(config))
    app.log.warn(
      'MERIDIAN_PII_KEY is not set: resident ID numbers are encrypted with the fixed development key; set it in production (openssl rand -base64 32)',
    );
  if (opts.seed) await opts.seed(database);
  const url = await app.listen({ port: config.port, host: config.host });
  const stopJobs = startJobs(app.ctx, app.log);
  app.log.info({ database: database.kind, url }, 'Meridian is listening');
  let stopped = false;
  return {
    app,
    database,
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopJobs();
      await app.close();
      await database.close();
    },
  };
}
