/**
 * Writes web/src/api/schema.d.ts, the web app's API types, from the platform's OpenAPI document
 * (openapi-typescript), so the client is typed from the API itself, never hand-copied.
 * `--check` exits 1 when the file is not what the current API gives (a test runs this).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { buildApp } from '../src/http/app.ts';

export const TYPES_FILE = path.resolve(import.meta.dirname, '../web/src/api/schema.d.ts');

/** The TypeScript the current OpenAPI document gives. */
export async function generateApiTypes(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-api-types-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    // The app starts its event readers when ready, and they read their tables.
    await migrateToLatest(database.db);
    const app = await buildApp({ database, config: loadConfig(), logger: false });
    await app.ready();
    const doc = app.swagger() as Parameters<typeof openapiTS>[0];
    await app.close();
    const body = astToString(await openapiTS(doc, { alphabetize: true }));
    return `// Generated from /api/openapi.json by scripts/api-types.ts (npm run api:types). Do not edit.\n\n${body}`;
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = await generateApiTypes();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : '';
    if (current !== text) {
      console.error('web/src/api/schema.d.ts is stale: run npm run api:types');
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(TYPES_FILE), { recursive: true });
    fs.writeFileSync(TYPES_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), TYPES_FILE)}`);
  }
}
