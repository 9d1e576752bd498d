// Webhook receivers must be on the public internet: a merchant's URL must not reach the
// platform's own network (the database, metadata services, other tenants' internals).
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const BLOCKED = new net.BlockList();
for (const [ip, bits] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  BLOCKED.addSubnet(ip, bits, 'ipv4');
for (const [ip, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
] as const)
  BLOCKED.addSubnet(ip, bits, 'ipv6');

/** Whether an IP address (v4 or v6, v4-mapped included) is on the public internet. */
export function isPublicAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    if (mapped) return isPublicAddress(mapped[1]!);
    return !BLOCKED.check(ip, 'ipv6');
  }
  return !BLOCKED.check(ip, 'ipv4');
}

/** A host name that names this machine or a private network whatever DNS says. */
export function isLocalName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal');
}

/** The URL's host without IPv6 brackets. */
export const hostOf = (u: URL): string => u.hostname.replace(/^\[(.*)\]$/, '$1');

export class BlockedAddressError extends Error {
  readonly code = 'blocked_address';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** dns.lookup that refuses names resolving to any non-public address (checked on the address actually used). */
function publicLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) return callback(new BlockedAddressError(`${hostname} resolves to ${bad.address}, which is not a public address`), '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
}

export interface PostResult {
  status: number;
}

/**
 * POSTs `body` to `url` without following redirects; unless `allowPrivate`, only to public
 * addresses (an IP literal is checked as written, a name on every address it resolves to, at
 * connect time, so DNS cannot swap in a private address after a check). Rejects with
 * BlockedAddressError, a network error, or a TimeoutError when `signal` fires.
 */
export function postJson(url: string, headers: Record<string, string>, body: string, signal: AbortSignal, allowPrivate: boolean): Promise<PostResult> {
  const u = new URL(url);
  const host = hostOf(u);
  if (!allowPrivate && (isLocalName(host) || (net.isIP(host) !== 0 && !isPublicAddress(host))))
    return Promise.reject(new BlockedAddressError(`${host} is not a public address`));
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve, reject) => {
    const req = lib.request(
      u,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        signal,
        ...(allowPrivate ? {} : { lookup: publicLookup as unknown as typeof dns.lookup }),
      },
      (res) => {
        // Read (and drop) what the receiver said, so the socket is freed.
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', reject);
      },
    );
    req.on('error', (err) => reject(signal.aborted ? (signal.reason as Error) : err));
    req.end(body);
  });
}
