import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiter, tokenMatches } from '../../src/api/limits.js';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';

const REPORT = 'Ferry Strike Ends\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended.';

describe('the write token', () => {
  it('matches only the exact token, whatever the length of what is sent', () => {
    expect(tokenMatches('sekret-token', 'sekret-token')).toBe(true);
    for (const wrong of [undefined, '', 'sekret-tokeN', 'sekret-token ', 'sekret', 'sekret-token-and-more']) expect(tokenMatches(wrong, 'sekret-token')).toBe(false);
    expect(tokenMatches(undefined, '')).toBe(false);
  });
});

describe('rate limits per client', () => {
  it('a bucket allows its burst, then refills at its rate', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(1); // one a second: wait a second
    expect(limiter.take('b')).toBe(0); // another client has its own bucket
    now += 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now += 60_000;
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]); // never more than the burst
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('remembers a bounded number of clients', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 1 });
    for (let i = 0; i < 60_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.clients).toBeLessThanOrEqual(50_000);
  });
});

describe('the server under abuse', () => {
  const store = new SqliteStore(join(tempDir('storyline-server-'), 'api.db'));
  const app = buildServer({ store, token: 'sekret-token', bodyLimit: 100_000, rateLimits: { read: { perMinute: 60, burst: 5 }, write: { perMinute: 6, burst: 2 } } });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const write = (remoteAddress: string, token = 'sekret-token') =>
    app.inject({ method: 'POST', url: '/api/ingest', remoteAddress, headers: { authorization: `Bearer ${token}` }, payload: { text: REPORT } });

  it('answers 429 with Retry-After past the write limit; other clients are not affected', async () => {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await write('192.0.2.1')).statusCode);
    expect(codes.slice(0, 2).every((c) => c === 200 || c === 201)).toBe(true);
    const limited = await write('192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error).toMatch(/^too many writes from 192\.0\.2\.1: 6 a minute allowed/);
    expect((await write('192.0.2.2')).statusCode).not.toBe(429);
  });

  it('counts wrong tokens against the write limit (no guessing at full speed)', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await write('198.51.100.7', 'guess-' + i)).statusCode);
    expect(codes).toEqual([401, 401, 429, 429]);
  });

  it('limits reads per client too', async () => {
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await app.inject({ url: '/api/health', remoteAddress: '203.0.113.9' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it('sends the security headers on every answer: pages, JSON, errors, refusals', async () => {
    const answers = [
      await app.inject({ url: '/', remoteAddress: '203.0.113.20' }),
      await app.inject({ url: '/api/articles', remoteAddress: '203.0.113.20' }),
      await app.inject({ url: '/api/nothing', remoteAddress: '203.0.113.20' }),
      await write('203.0.113.20', 'wrong'),
      await app.inject({ method: 'POST', url: '/api/ingest', remoteAddress: '203.0.113.21', headers: { authorization: 'Bearer sekret-token' }, payload: { text: 'x'.repeat(200_000) } }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([answers[0].statusCode, 200, 404, 401, 413]);
    for (const a of answers) {
      expect(a.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
      expect(a.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['x-frame-options']).toBe('DENY');
      expect(a.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
