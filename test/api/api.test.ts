import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article, Comparison, StoryView } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const store = new SqliteStore(join(tempDir(), 'api.db'));
const app = buildServer({ store, token: 'sekret', bodyLimit: 200_000 });
afterAll(async () => {
  await app.close();
  await store.close();
});
const auth = { authorization: 'Bearer sekret' };
const HOSTILE = 'Hostile Page Test\n\nThe council met on Monday. <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> It voted to close the bridge.';

describe('HTTP API', () => {
  it('refuses writes without the right token, with a message', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: HOSTILE } });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatch(/token/);
    const wrong = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer nope' }, payload: { text: HOSTILE } });
    expect(wrong.statusCode).toBe(401);
  });

  it('validates bodies and sizes', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 42 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/body: text/);
    const big = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'x'.repeat(300_000) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatch(/too large/);
  });

  it('ingests pasted text and keeps markup as text', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: HOSTILE } });
    expect(r.statusCode).toBe(201);
    const id = r.json().articles[0];
    const a = (await app.inject({ url: `/api/articles/${id}` })).json<Article>();
    expect(a.body).toContain('<script>');
    expect((await app.inject({ url: `/api/articles/${id.slice(0, 6)}` })).json<Article>().id).toBe(id);
  });

  it('ingests by URL through the shared job, refusing bad URLs and private addresses', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/ingest/url', payload: { url: 'http://127.0.0.1/x' } })).statusCode).toBe(401);
    const bad = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: auth, payload: { url: 'ftp://example.org/x' } });
    expect(bad.statusCode).toBe(400);
    const local = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: auth, payload: { url: 'http://127.0.0.1:9/page' } });
    expect(local.statusCode).toBe(422);
    expect(local.json().error).toMatch(/127\.0\.0\.1/);
  });

  it('lists, searches, and says what is unknown', async () => {
    const list = await app.inject({ url: '/api/articles?limit=10' });
    expect(list.json().items.length).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/articles?limit=abc' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/articles?from=yesterday' })).json().error).toMatch(/YYYY-MM-DD/);
    for (const [query, value] of [['from=2024-13-45', '2024-13-45'], ['to=2024-02-30', '2024-02-30'], ['from=2023-02-29', '2023-02-29']]) {
      const r = await app.inject({ url: `/api/articles?${query}` });
      expect(r.statusCode, query).toBe(400);
      expect(r.json().error).toBe(`query: ${query.split('=')[0]}: "${value}" is not a day of the calendar (expected YYYY-MM-DD)`);
    }
    expect((await app.inject({ url: '/api/articles?from=2024-02-29' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/search?q=bridge' })).json().length).toBe(1);
    expect((await app.inject({ url: '/api/search' })).statusCode).toBe(400);
    const missing = await app.inject({ url: '/api/articles/ffffffffffff' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('no article with id or prefix "ffffffffffff"');
    expect((await app.inject({ url: '/api/nothing' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/compare?a=ffff&b=eeee' })).statusCode).toBe(404);
  });

  it('serves the page with a strict content security policy and the OpenAPI document', async () => {
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    const webSrc = join(import.meta.dirname, '../../web/src');
    for (const f of readdirSync(webSrc)) expect(readFileSync(join(webSrc, f), 'utf8'), f).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/);
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/ingest'].post.requestBody.content['application/json'].schema.properties.text.type).toBe('string');
  });
});

describe('HTTP API: the URL of pasted text', () => {
  // A server of its own: the writes of the tests above use up the write limit's burst.
  const own = new SqliteStore(join(tempDir(), 'url.db'));
  const server = buildServer({ store: own, token: 'sekret' });
  afterAll(async () => {
    await server.close();
    await own.close();
  });

  it('is only ever an http(s) URL', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      const r = await server.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: HOSTILE, url } });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error).toBe('body: url: only http(s) URLs');
    }
    expect(await own.countArticles()).toBe(0);
    const ok = await server.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: HOSTILE, url: 'https://example.org/council' } });
    expect(ok.statusCode).toBe(201);
    expect((await own.getArticle(ok.json().articles[0]))?.url).toBe('https://example.org/council');
  });
});

describe.skipIf(!hasShared)('HTTP API on the seeds', () => {
  it('pasting both seeds gives one story with two events, and compare finds the age gap', async () => {
    const ids: string[] = [];
    for (const f of ['000_c7b15ebcd17baa92.txt', '003_4150f387e525f317.txt']) {
      const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: readFileSync(sharedPath('seeds', f), 'utf8'), name: f } });
      ids.push(r.json().articles[0]);
    }
    const stories = (await app.inject({ url: '/api/stories' })).json<StoryView[]>();
    const story = stories.find((s) => s.events.some((e) => e.articles.includes(ids[0])))!;
    expect(story.events).toHaveLength(2);
    const c = (await app.inject({ url: `/api/compare?a=${ids[0]}&b=${ids[1]}` })).json<Comparison>();
    expect(c.evidence.some((e) => e.kind === 'age-gap')).toBe(true);
  });
});
