import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publicSource } from '../../src/api/public-source.js';
import { buildServer } from '../../src/api/server.js';
import { ingestSources } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';

const REPORT = 'Ferry Strike Ends\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended, said Maria Lindqvist of the Harbour Workers Union.';

describe('the API never shows the server\'s folders', () => {
  const folder = join(tempDir(), 'cases', 'informant-smith');
  const store = new SqliteStore(join(tempDir(), 'sources.db'));
  const app = buildServer({ store, rateLimits: { read: null } });
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'ferry.txt'), REPORT);
    const summary = await ingestSources(store, [folder]);
    expect(summary.added).toBe(1);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('names a file by its name in every answer that gives a source; the CLI\'s store keeps the path', async () => {
    const [stored] = await store.listArticles();
    expect(stored.source).toBe(join(folder, 'ferry.txt'));
    const [where] = await store.getAssignments([stored.id]);
    const withSource = ['/api/articles', `/api/articles/${stored.id}`, '/api/entities/Maria%20Lindqvist', `/api/stories/${where.storyId}`];
    for (const url of [...withSource, '/api/search?q=ferry', '/api/stories', `/api/compare?a=${stored.id}&b=${stored.id}`]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).not.toContain('informant-smith');
      if (withSource.includes(url)) expect(r.body, url).toContain('"source":"ferry.txt"');
    }
  });

  it('answers a failure inside the server without its message, which may name files; the log has it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = buildServer({ store: new Proxy(store, { get: (t, k) => (k === 'countArticles' ? () => Promise.reject(new Error(`unable to open ${folder}/x.db`)) : Reflect.get(t, k)) }) });
    const r = await broken.inject({ url: '/api/health' });
    await broken.close();
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toContain('informant-smith');
    expect(r.json().error).toMatch(/^internal error/);
    expect(log.mock.calls.flat().join(' ')).toContain(`unable to open ${folder}/x.db`);
    log.mockRestore();
  });

  it('keeps URLs and pasted text as they are', () => {
    expect(publicSource('https://example.org/news/a/b.html')).toBe('https://example.org/news/a/b.html');
    expect(publicSource('pasted')).toBe('pasted');
    expect(publicSource('C:\\cases\\a.txt')).toBe('a.txt');
    expect(publicSource('/srv/feeds/town.xml#2')).toBe('town.xml#2');
    expect(publicSource('file:///cases/informant-smith/a.html')).toBe('a.html');
  });
});
