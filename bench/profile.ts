/**
 * Summarises a V8 CPU profile of the server (BENCH_CPU_PROF=1 writes them to .tmp/bench/prof/):
 * where its CPU time went, by area (our src/, each package, node internals, GC, idle), by function
 * (self time) and by our own functions (inclusive time).
 *
 *   node --import tsx bench/profile.ts .tmp/bench/prof/checkout/CPU.….cpuprofile [top=25]
 */
import fs from 'node:fs';
import path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: bench/profile.ts <file.cpuprofile> [top]');
const top = Number(process.argv[3] ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const root = path.resolve(import.meta.dirname, '..');

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const u = url.replace('file://', '');
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = u.slice(nm + 'node_modules/'.length).split('/');
    return `pkg:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (u.startsWith('node:')) return 'node internals';
  if (u.startsWith(root)) return `src:${path.relative(root, u).split('/').slice(0, 3).join('/')}`;
  return u;
}

const label = (n: Node) => {
  const u = n.callFrame.url.replace('file://', '');
  const where = u.startsWith(root) ? path.relative(root, u) : u.includes('node_modules/') ? u.slice(u.lastIndexOf('node_modules/') + 13) : u;
  return `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const areas = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  total += dt;
  const leaf = byId.get(id)!;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
  areas.set(area(leaf.callFrame.url, leaf.callFrame.functionName), (areas.get(area(leaf.callFrame.url, leaf.callFrame.functionName)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    if (!n.callFrame.url.includes(`${root}/src/`)) continue;
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
  }
});

const busy = total - (areas.get('(idle)') ?? 0);
const fmt = (us: number) =>
  `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)}% ${((us / busy) * 100).toFixed(1).padStart(5)}% of busy`;
const print = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${fmt(v)}  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, busy ${((busy / total) * 100).toFixed(1)}%`);
print('By area (self time)', areas, 30);
print('By function (self time)', self, top);
print('Our functions (inclusive time)', inclusive, top);
