import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const WEB_DIR = path.join(root, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const STAMP = path.join(WEB_DIST, '.source-hash');
const LOCK = path.join(WEB_DIR, '.build-lock');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

/** A digest of everything the web build reads: its sources, its config and the locked dependencies. */
export function webSourceHash(): string {
  const h = createHash('sha256');
  const inputs = [
    path.join(WEB_DIR, 'index.html'),
    path.join(WEB_DIR, 'vite.config.ts'),
    path.join(root, 'package-lock.json'),
    ...files(path.join(WEB_DIR, 'src')).sort(),
  ];
  for (const f of inputs) h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** True when web/dist was built from the current sources. */
export function webBuildIsFresh(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === webSourceHash();
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the web app into web/dist when it is missing or stale (so `npm start` never serves an old
 * build). A lock directory makes concurrent starters wait for one build instead of racing.
 * Returns whether this call built.
 */
export async function ensureWebBuild(log: (msg: string) => void = () => {}): Promise<boolean> {
  if (webBuildIsFresh()) return false;
  for (let waited = 0; ; waited += 250) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another process builds; a lock older than 5 minutes is left over from a crash.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      if (webBuildIsFresh()) return false;
      if (waited > 600_000) throw new Error('timed out waiting for another web build');
    }
  }
  try {
    if (webBuildIsFresh()) return false;
    log('building the web app (web/ changed since the last build)…');
    const hash = webSourceHash();
    const { build } = await import('vite');
    await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
    fs.writeFileSync(STAMP, `${hash}\n`);
    log('web app built into web/dist');
    return true;
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
