/**
 * Failpoints for fault tests: named places where a test can make the process die at the worst
 * moment (MERIDIAN_FAILPOINTS=order.after_commit). Unset in production, each check is one Set lookup.
 */
const active = new Set((process.env.MERIDIAN_FAILPOINTS ?? '').split(',').filter(Boolean));

/** Kills the process on the spot (as SIGKILL would) when the named failpoint is switched on. */
export function failpoint(name: string): void {
  if (active.has(name)) {
    process.stderr.write(`failpoint ${name}: killing the process\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
