import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../src/ingest/fetch.js';
import { IngestError } from '../../src/ingest/errors.js';
import { tempDir } from '../helpers/cli.js';
import { runCli, type Summary } from './run.js';

const PAGE = `<!doctype html><html><head><title>Ferry Strike Ends</title></head><body><article><h1>Ferry Strike Ends</h1>
<p>The ferry between the islands resumed on Monday after a two-week strike by its crews ended with a new pay deal.</p>
<p>About 3,000 passengers a day use the route, the operator said, and extra sailings were added for the weekend.</p>
</article></body></html>`;

/** A local server with one hostile behaviour per path. */
function hostileServer(): Server {
  const bomb = zlib.gzipSync(Buffer.alloc(100 * 2 ** 20)); // 100 MB of zeros in about 100 KB
  let hop = 0;
  return createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/hang') return; // accepts the connection, never answers
    if (path.startsWith('/loop')) return res.writeHead(302, { location: `/loop/${++hop}` }).end();
    if (path === '/trickle') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50); // a body that never ends
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/gzip-bomb') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    if (path === '/huge') return res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 2 ** 30) }).end('not really');
    if (path === '/to-file') return res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    if (path.startsWith('/to-localhost')) return res.writeHead(302, { location: `http://localhost:${(req.socket.localPort ?? 0).toString()}/page` }).end();
    if (path === '/broken') return res.writeHead(500).end('oops');
    res.writeHead(404).end();
  });
}

describe('URLs that misbehave, served from this machine', () => {
  let server: Server;
  let base: string;
  const dir = tempDir('storyline-net-');
  const db = join(dir, 'store.db');
  beforeAll(async () => {
    server = hostileServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('one batch: each bad URL is named with its reason, the good page is stored, exit 1', async () => {
    const urls = ['/hang', '/loop', '/trickle', '/gzip-bomb', '/huge', '/to-file', '/broken', '/page'].map((p) => base + p);
    const r = await runCli(db, ['ingest', ...urls, '--allow-private', '--timeout', '1500', '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as Summary;
    const reason = (path: string) => summary.inputs.find((i) => i.source === base + path)?.errors[0]?.reason;
    expect(reason('/hang')).toMatch(/^no answer within 1500 ms \(--timeout\)$/);
    expect(reason('/loop')).toMatch(/^more than 5 redirects \(--max-redirects\)$/);
    expect(reason('/trickle')).toMatch(/^body not received within 1500 ms \(--timeout\)$/);
    expect(reason('/gzip-bomb')).toMatch(/over the 67108864-byte limit \(--max-bytes\) once decompressed/);
    expect(reason('/huge')).toMatch(/^response is 10737418240 bytes, over the 67108864-byte limit/);
    expect(reason('/to-file')).toMatch(/unsupported URL scheme file: \(in a redirect\)/);
    expect(reason('/broken')).toMatch(/^HTTP 500/);
    expect(summary.inputs.find((i) => i.source === `${base}/page`)?.status).toBe('added');
    for (const path of ['/hang', '/loop', '/trickle', '/gzip-bomb']) expect(r.stderr).toContain(`error: ${base}${path}: `);
  });

  it('--max-redirects and --max-bytes apply to URLs', async () => {
    const r = await runCli(db, ['ingest', `${base}/loop`, `${base}/page`, '--allow-private', '--max-redirects', '2', '--max-bytes', '100', '--json']);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.inputs[0].errors[0].reason).toBe('more than 2 redirects (--max-redirects)');
    expect(summary.inputs[1].errors[0].reason).toMatch(/over the 100-byte limit \(--max-bytes\)/);
  });

  it('refuses loopback addresses and names that resolve to them without --allow-private (no SSRF)', async () => {
    const port = (server.address() as AddressInfo).port;
    const r = await runCli(db, ['ingest', `${base}/page`, `http://localhost:${port}/page`, `http://[::ffff:127.0.0.1]:${port}/page`, `http://2130706433:${port}/page`, '--json']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.added).toBe(0);
    const reasons = summary.inputs.map((i) => i.errors[0].reason);
    expect(reasons[0]).toBe('refused: 127.0.0.1 is a loopback address (ingesting from the local or private network needs --allow-private)');
    expect(reasons[1]).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(reasons[2]).toMatch(/^refused: ::ffff:7f00:1 is a loopback address/);
    expect(reasons[3]).toMatch(/^refused: 127\.0\.0\.1 is a loopback address/); // the URL parser's decimal form
  });

  it('checks every redirect target again, by the addresses its name resolves to', async () => {
    // 127.0.0.1 is allowed by name; its redirect to localhost is not, and is refused at the DNS answer.
    const hops: string[] = [];
    const err = await fetchUrl(`${base}/to-localhost`, { timeoutMs: 3000, maxBytes: 1e6, maxRedirects: 3, allowPrivateHosts: ['127.0.0.1'], checkUrl: async (u) => void hops.push(u.href) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address .*\(redirected to http:\/\/localhost:\d+\/page\)$/);
    expect(hops).toEqual([`${base}/to-localhost`, `http://localhost:${(server.address() as AddressInfo).port}/page`]);
    // The same with the name allowed too: the page arrives.
    const ok = await fetchUrl(`${base}/to-localhost`, { timeoutMs: 3000, maxBytes: 1e6, maxRedirects: 3, allowPrivateHosts: ['127.0.0.1', 'localhost'] });
    expect(Buffer.from(ok.bytes).toString()).toContain('Ferry Strike Ends');
  });
});
