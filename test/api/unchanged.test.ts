import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';

const auth = { authorization: 'Bearer sekret' };
const REPORT = 'Bridge Reopens\n\nThe old bridge over the Avon reopened to traffic on Tuesday after two years of repairs, the council said.';
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Town News</title>
<item><title>Library Opens</title><link>https://example.org/library</link><description>The town opened its new library on Saturday after three years of work, the mayor said.</description></item>
<item><title>Market Moves</title><link>https://example.org/market</link><description>The weekly market moved to the harbour square on Friday, the council said.</description></item>
</channel></rss>`;

function multipart(files: { name: string; text: string }[]) {
  const boundary = 'storyline-test-boundary';
  const body = files.map((f) => `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${f.name}"\r\ncontent-type: application/octet-stream\r\n\r\n${f.text}\r\n`).join('') + `--${boundary}--\r\n`;
  return { headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body };
}

describe('an input already stored answers with the ids of its articles', () => {
  const store = new SqliteStore(join(tempDir(), 'unchanged.db'));
  const app = buildServer({ store, token: 'sekret' });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('pasted text', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: REPORT } });
    expect(first.statusCode).toBe(201);
    const again = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: REPORT } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: 'unchanged', articles: first.json().articles });
  });

  it('uploaded files, a feed of two items included; an item deleted since is not named', async () => {
    const upload = multipart([
      { name: 'bridge.txt', text: REPORT },
      { name: 'town.xml', text: FEED },
    ]);
    const first = await app.inject({ method: 'POST', url: '/api/ingest/files', ...upload });
    expect(first.statusCode).toBe(201);
    const [bridge, feed] = first.json().inputs;
    expect(bridge).toMatchObject({ source: 'bridge.txt', status: 'unchanged' });
    expect(feed).toMatchObject({ source: 'town.xml', status: 'added' });
    expect(feed.articles).toHaveLength(2);

    expect((await app.inject({ method: 'DELETE', url: `/api/articles/${feed.articles[1]}`, headers: auth })).statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: '/api/ingest/files', ...upload });
    expect(again.statusCode).toBe(200);
    expect(again.json().inputs.map((i: { source: string; status: string; articles: string[] }) => [i.source, i.status, i.articles])).toEqual([
      ['bridge.txt', 'unchanged', bridge.articles],
      ['town.xml', 'unchanged', [feed.articles[0]]],
    ]);
  });
});
