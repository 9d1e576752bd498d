import fs from 'node:fs';
import os from 'node:os';

/** Where the machine's CPU time went during a phase: by process group, in CPU-seconds. */
export interface CpuSnapshot {
  at: number;
  /** Total and idle jiffies of all CPUs (from /proc/stat). */
  total: number;
  idle: number;
  /** Machine-wide jiffies by kind: user, system, softirq (network stack on loopback), iowait, steal. */
  kinds: Record<string, number>;
  /** utime + stime jiffies of the processes watched, by group. */
  groups: Record<string, number>;
}

const HZ = 100; // USER_HZ on Linux

function procTicks(pid: number): { comm: string; ticks: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const comm = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' ');
    return { comm, ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** Samples the machine and the processes: the server and load generator by pid, every `postgres` process by name. */
export function cpuSnapshot(pids: Record<string, number | undefined>): CpuSnapshot {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = line.reduce((a, b) => a + b, 0);
  const idle = line[3]! + (line[4] ?? 0);
  const kinds = { user: line[0]! + line[1]!, system: line[2]!, iowait: line[4] ?? 0, irq: line[5] ?? 0, softirq: line[6] ?? 0, steal: line[7] ?? 0 };
  const groups: Record<string, number> = { postgres: 0 };
  for (const [name, pid] of Object.entries(pids)) if (pid) groups[name] = procTicks(pid)?.ticks ?? 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const p = procTicks(Number(d));
    if (p && p.comm === 'postgres') groups.postgres! += p.ticks;
  }
  return { at: Date.now(), total, idle, kinds, groups };
}

/**
 * CPU use between two snapshots, as cores busy on average (2.0 = both cores of a 2-core machine).
 * Postgres processes that ended in between (short-lived backends) are missed; 'other' is the rest.
 */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot): Record<string, number> {
  const seconds = (b.at - a.at) / 1000;
  const cores = os.cpus().length;
  const busy = ((b.total - a.total - (b.idle - a.idle)) / (b.total - a.total)) * cores;
  const out: Record<string, number> = {};
  let accounted = 0;
  for (const k of Object.keys(b.groups)) {
    const used = Math.max(0, (b.groups[k]! - (a.groups[k] ?? 0)) / HZ / seconds);
    out[`${k}_cores`] = Math.round(used * 100) / 100;
    accounted += used;
  }
  out.machine_busy_cores = Math.round(busy * 100) / 100;
  const share = (k: string) => Math.round((((b.kinds[k] ?? 0) - (a.kinds[k] ?? 0)) / (b.total - a.total)) * cores * 100) / 100;
  for (const k of ['user', 'system', 'softirq', 'steal', 'iowait']) out[`machine_${k}_cores`] = share(k);
  out.other_cores = Math.round(Math.max(0, busy - accounted) * 100) / 100;
  return out;
}
