import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// Results, logs and profiles: under .tmp/ (ignored by git, eslint and prettier) unless BENCH_OUT says otherwise.
export const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? '.tmp/bench');

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Runs a Meridian CLI command to completion (e.g. `seed`), failing on a non-zero exit. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/meridian.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`meridian ${args.join(' ')} exited ${code}: ${err || out}`))));
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  log: string;
  /** How the server ended if it ended on its own (a crash, or a signal from someone else). */
  exited(): string | null;
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl: string;
  pool: number;
  logFile: string;
  /** Directory for a V8 CPU profile of the server (node --cpu-prof), written when it exits. */
  cpuProfDir?: string | undefined;
}

/** Starts `node bin/meridian.js serve` as a process of its own and waits until /api/health answers. */
export async function startServer(o: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nodeArgs = o.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfDir}`] : [];
  fs.mkdirSync(path.dirname(o.logFile), { recursive: true });
  const log = fs.openSync(o.logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, path.join(ROOT, 'bin/meridian.js'), 'serve', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: o.databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', MERIDIAN_DB_POOL: String(o.pool) },
      stdio: ['ignore', log, log],
    },
  );
  fs.closeSync(log);
  let exited = false;
  let stopping = false;
  let how: string | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      if (!stopping) how = `exit code ${code}, signal ${signal}`;
      resolve();
    }),
  );
  const stop = async () => {
    stopping = true;
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the server exited during start-up; see ${o.logFile}:\n${fs.readFileSync(o.logFile, 'utf8').slice(-2000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the server did not answer /api/health within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid!, log: o.logFile, exited: () => how, stop };
}
