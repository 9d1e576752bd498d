#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (tsx loads TypeScript).
// DATABASE_URL set: suites run on that PostgreSQL server; unset: on embedded PGlite.
// Extra arguments are passed through (file filters, --test-name-pattern=...).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const flags = args.filter((a) => a.startsWith('--'));

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out;
}

let files = [...walk(path.join(root, 'src'), []), ...walk(path.join(root, 'test'), [])].sort();
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error('no test files matched');
  process.exit(1);
}
// Browser tests serve the built web app: build it once here (a no-op when web/ is unchanged),
// not in each server process they start.
if (files.some((f) => f.startsWith('test/browser/'))) {
  const built = spawnSync(process.execPath, ['bin/meridian.js', 'build-web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
console.error(`meridian tests: ${files.length} files on ${process.env.DATABASE_URL ? 'PostgreSQL ' + process.env.DATABASE_URL : 'PGlite (embedded)'}`);
const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-force-exit', '--test-concurrency=2', '--test-timeout=300000', ...flags, ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } },
);
process.exit(res.status ?? 1);
