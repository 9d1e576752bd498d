import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importPositiveListCsv } from './modules/crossborder/service.ts';
import { importRatesCsv } from './modules/pricing/service.ts';
import type { Actor } from './shared/actor.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { LATEST_MIGRATION, migrateToLatest } from './db/migrations.ts';
import { isEmpty, seedDemo } from './seed/index.ts';
import { startServer } from './server.ts';
import { ensureWebBuild } from './web-build.ts';
import { runForecastCommand } from './modules/forecasting/cli.ts';
import { runSimulateCommand } from './flows/simulate/cli.ts';
import { runDigitalLinkCommand } from './modules/digital-link/cli.ts';

const HELP = `Meridian — omnichannel commerce platform

Usage: meridian <command> [options]

Commands:
  serve     Run the API (and web app) server; applies migrations first
            --seed-if-empty   load the demo data when the database has no accounts
            --port N          listen port (default $PORT or 3000)
            --host H          listen address (default $HOST or 0.0.0.0)
  migrate   Apply pending migrations and exit
  seed      Apply migrations, then load the demo data into an empty database
  build-web Build the web app into web/dist if its sources changed
  load-positive-list FILE [--replace] [--dry-run]
            Load a CBEC positive list CSV (hs_code,name_en,name_zh,vat_bp,consumption_tax_bp,
            tariff_bp,note,list_edition); --replace removes entries not in the file
  load-rates FILE [--dry-run]
            Load exchange rates from a CSV (base,quote,rate,valid_from[,valid_to])
  forecast --input sales.csv --horizon 28 [--output forecast.csv]
            Forecast daily units per series (CSV series_id,date,units) with p10/p90
  forecast eval --input sales.csv --horizon 28 [--separator _]
            Hold out the last days of each series; RMSSE and MASE of ours and the baselines
            (--separator _: series ids are ITEM_STORE, so an item's stores share their shapes)
  forecast generate --output sales.csv
            Write a realistic generated sales set to try the above on
  simulate [--url http://localhost:3000] [--speed 60] [--minutes N]
            Drive demo shoppers online and at the store tills against a running server
  dl parse URI
            Check a GS1 Digital Link URI strictly by the standard: its AIs as JSON (exit 0),
            or "<code>: <detail>" on stderr (exit 2); quote the URI
  help      Show this help (also --help on any command)

Environment:
  DATABASE_URL        postgres://… to use a PostgreSQL server; unset: embedded PGlite
  MERIDIAN_DATA_DIR   PGlite data directory (default ./data)
  PORT, HOST          listen address (default 3000, 0.0.0.0)
  LOG_LEVEL           pino level (default info)
`;

/** Runs one CLI command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  // Commands with options of their own parse their arguments themselves.
  if (argv[0] === 'forecast') return runForecastCommand(argv.slice(1));
  if (argv[0] === 'simulate') return runSimulateCommand(argv.slice(1));
  if (argv[0] === 'dl') return runDigitalLinkCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'seed-if-empty': { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      replace: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  });
  const command = positionals[0] ?? 'help';
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  if (values.port) config.port = Number(values.port);
  if (values.host) config.host = values.host;

  switch (command) {
    case 'serve': {
      // The web app is built from web/ when missing or stale (MERIDIAN_WEB_BUILD=0 skips it).
      // A failed build (e.g. installed without dev dependencies) leaves the API running and says so at /.
      if (process.env.MERIDIAN_WEB_BUILD !== '0') await ensureWebBuild(log).catch((e: unknown) => log(`web app not built: ${String(e)}`));
      const running = await startServer(config, {
        seed: values['seed-if-empty']
          ? async (database) => {
              const ctx = { db: database.db, config };
              if (await isEmpty(ctx)) {
                log(`loading demo data (first start)…`);
                const summary = await seedDemo(ctx);
                log(`demo data loaded: ${JSON.stringify(summary)}`);
              }
            }
          : undefined,
      });
      const shutdown = (signal: string) => {
        running.app.log.info({ signal }, 'shutting down');
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      return new Promise<number>(() => {}); // runs until a signal
    }
    case 'build-web': {
      const built = await ensureWebBuild(log);
      if (!built) log('web app is up to date');
      return 0;
    }
    case 'migrate': {
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(`${database.kind}: ${applied.length ? `applied ${applied.join(', ')}` : 'nothing to apply'}; at ${LATEST_MIGRATION}\n`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'seed': {
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db);
        const ctx = { db: database.db, config };
        if (!(await isEmpty(ctx))) {
          process.stderr.write('The database already has accounts; seed loads demo data only into an empty database.\n');
          return 1;
        }
        process.stdout.write(`${JSON.stringify(await seedDemo(ctx))}\n`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'load-positive-list':
    case 'load-rates': {
      const file = positionals[1];
      if (!file) {
        process.stderr.write(`${command} needs a CSV file.\n`);
        return 2;
      }
      const csv = await readFile(file, 'utf8');
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db);
        const ctx = { db: database.db, config };
        const dryRun = values['dry-run'] ?? false;
        // The command line is the operator's own console.
        const report =
          command === 'load-rates'
            ? await importRatesCsv(ctx, CONSOLE_OPERATOR, csv, dryRun)
            : await importPositiveListCsv(ctx, null, csv, { dryRun, replace: values.replace ?? false });
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return report.ok ? 0 : 1;
      } finally {
        await database.close();
      }
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

const CONSOLE_OPERATOR: Actor = { kind: 'user', userId: 'console', role: 'operator', merchantId: null, merchantRole: null, locationId: null };

function log(msg: string): void {
  process.stdout.write(`${msg}\n`);
}
