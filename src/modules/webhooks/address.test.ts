import assert from 'node:assert/strict';
import dns from 'node:dns';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { BlockedAddressError, isLocalName, isPublicAddress, postJson } from './address.ts';

describe('webhook receiver addresses', () => {
  it('tells public addresses from private, loopback, link-local and reserved ones', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '203.0.112.255', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPublicAddress(ip), true, ip);
    for (const ip of [
      '127.0.0.1',
      '127.9.9.9',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not-an-ip',
    ])
      assert.equal(isPublicAddress(ip), false, ip);
    assert.equal(isPublicAddress('172.32.0.1'), true, 'just outside 172.16/12');
  });

  it('knows names that are local whatever DNS says', () => {
    for (const h of ['localhost', 'LOCALHOST.', 'api.localhost', 'printer.local', 'db.internal']) assert.equal(isLocalName(h), true, h);
    for (const h of ['example.com', 'localhost.example.com']) assert.equal(isLocalName(h), false, h);
  });

  it('does not connect to a private address unless allowed, by literal or by name', async (t) => {
    let hits = 0;
    const server = http.createServer((req, res) => {
      hits++;
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const signal = () => AbortSignal.timeout(5_000);
      await assert.rejects(postJson(`http://127.0.0.1:${port}/h`, {}, '{}', signal(), false), BlockedAddressError);
      await assert.rejects(postJson(`http://localhost:${port}/h`, {}, '{}', signal(), false), BlockedAddressError);
      // A name that is not "local" by itself but resolves to a private address (the machine's own
      // name, from /etc/hosts): refused when it connects, on the address it resolved to.
      const name = os.hostname();
      const resolved = await dns.promises.lookup(name, { all: true }).catch(() => []);
      if (!isLocalName(name) && resolved.length && resolved.every((a) => !isPublicAddress(a.address)))
        await assert.rejects(postJson(`http://${name}:${port}/h`, {}, '{}', signal(), false), BlockedAddressError);
      else t.diagnostic(`this machine's name ${name} does not resolve to a private address: the connect-time check is not exercised`);
      assert.equal(hits, 0);
      assert.deepEqual(await postJson(`http://127.0.0.1:${port}/h`, {}, '{}', signal(), true), { status: 204 });
      assert.equal(hits, 1);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
