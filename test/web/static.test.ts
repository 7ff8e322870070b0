import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';
import { ROOT } from './build.js';

/** The built page is served from web/dist: index at /, hashed assets with their types, nothing else. */
describe('web page files', () => {
  const store = new SqliteStore(join(tempDir(), 'static.db'));
  const app = buildServer({ store, rateLimits: { read: null, write: null } });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('serves index.html and its assets with content types, under the CSP', async () => {
    const index = await app.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['content-security-policy']).toMatch(/script-src 'self'; style-src 'self'/);
    expect(index.body).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script
    expect(index.body).not.toMatch(/ style=/);
    const assets = readdirSync(join(ROOT, 'web/dist/assets'));
    const js = assets.find((f) => f.endsWith('.js'))!;
    const css = assets.find((f) => f.endsWith('.css'))!;
    expect(index.body).toContain(`/assets/${js}`);
    const jsReply = await app.inject({ url: `/assets/${js}` });
    expect(jsReply.statusCode).toBe(200);
    expect(jsReply.headers['content-type']).toMatch(/text\/javascript/);
    expect((await app.inject({ url: `/assets/${css}` })).headers['content-type']).toMatch(/text\/css/);
  });

  it('serves nothing outside web/dist/assets', async () => {
    for (const url of ['/assets/..%2F..%2Fpackage.json', '/assets/%2e%2e%2findex.html', '/assets/../../package.json', '/assets/.hidden.js', '/assets/nope.js', '/assets/x.sh', '/app.js', '/web/dist/index.html']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.body).not.toContain('"name": "storyline"');
    }
  });
});
