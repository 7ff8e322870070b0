import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../../src/api/analysis.js';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';

const auth = { authorization: 'Bearer sekret' };
/** A long report: seconds of cleaning and analysis. */
const LONG =
  'Town Meeting Report\n\n' + Array.from({ length: 2000 }, (_, i) => `Officials said ${i + 3} people attended the meeting in Springfield on Monday.`).join('\n\n');
const SHORT = 'Ferry Strike Ends\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended.';

/** Waits (without asserting anything about time) until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await sleep(10);
}

describe('writes are analysed off the event loop', () => {
  const store = new SqliteStore(join(tempDir(), 'analysis.db'));
  const pool = new AnalysisPool();
  const app = buildServer({ store, token: 'sekret', analysis: pool });
  afterAll(async () => {
    await app.close();
    await pool.close();
    await store.close();
  });

  it('answers reads while a long report is being analysed', async () => {
    let settled = false;
    const write = app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: LONG, name: 'long.txt' } }).then((r) => {
      settled = true;
      return r;
    });
    await until(() => pool.running === 1);
    const health = await app.inject({ url: '/api/health' });
    const list = await app.inject({ url: '/api/articles' });
    // Both were answered while the write was still in analysis.
    expect(settled).toBe(false);
    expect(pool.running).toBe(1);
    expect(health.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ items: [], total: 0 });
    const r = await write;
    expect(r.statusCode).toBe(201);
    expect(r.json().articles).toHaveLength(1);
    expect((await app.inject({ url: '/api/health' })).json().articles).toBe(1);
  });

  it('answers 500 naming the report when its analysis thread dies, and goes on with a new thread', async () => {
    const write = app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: LONG.replace('Springfield', 'Shelbyville'), name: 'doomed.txt' } });
    await until(() => pool.running === 1);
    await pool.workers[0].terminate(); // as a crash of the thread would
    const r = await write;
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: 'doomed.txt: could not be analysed: the analysis thread exited (code 1); nothing of it was stored' });
    expect(await store.countArticles()).toBe(1);
    const next = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: SHORT } });
    expect(next.statusCode).toBe(201);
    expect(await store.countArticles()).toBe(2);
  });

  it('a file whose analysis thread dies fails alone: the files after it are stored', async () => {
    const boundary = 'storyline-crash-boundary';
    const files = [
      { name: 'doomed.txt', text: LONG.replace('Springfield', 'Ogdenville') },
      { name: 'after.txt', text: SHORT.replace('islands', 'two islands of the bay') },
    ];
    const payload = files.map((f) => `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${f.name}"\r\ncontent-type: text/plain\r\n\r\n${f.text}\r\n`).join('') + `--${boundary}--\r\n`;
    const before = await store.countArticles();
    const write = app.inject({ method: 'POST', url: '/api/ingest/files', headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    await until(() => pool.running === 1);
    await pool.workers[0].terminate();
    const r = await write;
    expect(r.statusCode).toBe(201);
    const inputs = r.json().inputs as { source: string; status: string; errors: { reason: string }[] }[];
    expect(inputs.find((i) => i.source.endsWith('doomed.txt'))).toMatchObject({ status: 'failed', errors: [{ reason: expect.stringContaining('could not be analysed') }] });
    expect(inputs.find((i) => i.source.endsWith('after.txt'))).toMatchObject({ status: 'added' });
    expect(await store.countArticles()).toBe(before + 1);
  });

  it('says why a report holds no article (422), as the CLI does', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'Advertisement\n\nSubscribe to our newsletter' } });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toEqual({ error: 'pasted: everything in it was boilerplate (advertisement, subscription-prompt)' });
  });
});
