import { describe, expect, it } from 'vitest';
import { AUTH as auth, apiWithReports } from '../helpers/api.js';

const REPORTS = [
  'Jackman To Host Oscars\n\nThe actor Hugh Jackman will host the Academy Awards in February, the academy said on Friday. Jackman said he was thrilled to be asked.',
  'Bridge Reopens\n\nThe old bridge over the Avon reopened to traffic on Tuesday after two years of repairs, the council said.',
  'Ferry Strike Ends\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended.',
];

function multipart(files: { name: string; text: string }[]) {
  const boundary = 'storyline-errors-boundary';
  const body = files.map((f) => `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${f.name}"\r\ncontent-type: text/plain\r\n\r\n${f.text}\r\n`).join('') + `--${boundary}--\r\n`;
  return { headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body };
}

describe('API errors name the input and the problem, in one shape', () => {
  const { app, ids, store } = apiWithReports('errors', REPORTS, { uploads: { fileBytes: 1000 }, rateLimits: { write: null } });

  it('a path parameter too long: 414 {"error"} without the path echoed', async () => {
    const r = await app.inject({ url: `/api/articles/${'a'.repeat(5000)}` });
    expect(r.statusCode).toBe(414);
    expect(r.json()).toEqual({ error: 'a part of the path is over 100 characters: no id or name is that long' });
  });

  it('a body that is not JSON: 415 or 400 saying to send JSON', async () => {
    for (const type of [undefined, 'application/x-www-form-urlencoded']) {
      const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, ...(type && { 'content-type': type }) }, payload: 'text=hello' });
      expect(r.statusCode, type).toBe(415);
      expect(r.json()).toEqual({ error: `send a JSON object with content-type: application/json (got ${type ? `content-type ${type}` : 'no content-type'})` });
    }
    const text = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(400);
    expect(text.json()).toEqual({ error: 'body: expected a JSON object, such as {"text": "..."}, sent with content-type: application/json' });
    const files = await app.inject({ method: 'POST', url: '/api/ingest/files', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=b' });
    expect(files.statusCode).toBe(415);
    expect(files.json().error).toMatch(/^send the files as multipart\/form-data/);
  });

  it('refuses unknown fields and text over one report\'s limit, as the OpenAPI document says', async () => {
    const extra = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'x', extra: 1 } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toEqual({ error: 'body: Unrecognized key: "extra"' });
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    const schema = doc.paths['/api/ingest'].post.requestBody.content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.text.maxLength).toBe(1_000_000);
  });

  it('no CLI option in the advice of a URL refused', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest/url', headers: auth, payload: { url: 'http://127.0.0.1:9/x' } });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatch(/\(the server never fetches from the local or private network\)$/);
    expect(r.json().error).not.toContain('--');
  });

  it('an upload over the size limit is named and the other files are stored', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest/files', ...multipart([{ name: 'big.txt', text: 'x'.repeat(5000) }, { name: 'good.txt', text: 'Dam Repairs Finished\n\nEngineers finished repairing the old dam above Westford on Friday.' }]) });
    expect(r.statusCode).toBe(201);
    const inputs = r.json().inputs as { source: string; status: string; errors: { reason: string }[] }[];
    expect(inputs.map((i) => [i.source, i.status])).toEqual([
      ['good.txt', 'added'],
      ['big.txt', 'failed'],
    ]);
    expect(inputs[1].errors[0].reason).toBe('is larger than 1000 bytes, the limit for one file: not read');
    expect(r.json().failed).toBe(1);
  });

  it('compare says which parameter is wrong', async () => {
    const r = await app.inject({ url: `/api/compare?a=${ids[1]}&b=ffffffff` });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: 'query: b: no article with id or prefix "ffffffff"' });
    const both = await app.inject({ url: `/api/compare?a=&b=${ids[1]}` });
    expect(both.statusCode).toBe(400);
    expect(both.json().error).toMatch(/^query: a: /);
  });

  it('an unknown story in a filter is a 404, a reversed date range a 400', async () => {
    const r = await app.inject({ url: '/api/articles?story=s-nonexist' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: 'query: story: no story with id "s-nonexist"' });
    expect((await app.inject({ url: '/api/entities?story=s-nonexist' })).statusCode).toBe(404);
    const story = (await app.inject({ url: `/api/articles/${ids[1]}` })).json().storyId;
    const dated = await app.inject({ url: `/api/articles?story=${story}&from=2001-01-01&to=2001-01-02` });
    expect(dated.statusCode).toBe(200); // the story exists; nothing of it in those days
    expect(dated.json().total).toBe(0);
    const reversed = await app.inject({ url: '/api/articles?from=2010-01-01&to=2009-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toEqual({ error: 'query: to: 2009-01-01 is before from (2010-01-01): no day is in that range' });
  });

  it('takes the Bearer scheme in any case, and deletes by an id in upper case', async () => {
    const lower = await app.inject({ method: 'DELETE', url: `/api/articles/${ids[2].toUpperCase()}`, headers: { authorization: 'bearer sekret' } });
    expect(lower.statusCode).toBe(200);
    expect(lower.json()).toEqual({ deleted: ids[2] });
    expect(await store.getArticle(ids[2])).toBeNull();
  });

  it('answers 405 naming the methods of a path that exists', async () => {
    const r = await app.inject({ method: 'PUT', url: `/api/articles/${ids[0]}`, headers: auth, payload: {} });
    expect(r.statusCode).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD, DELETE');
    expect(r.json()).toEqual({ error: `PUT is not allowed on /api/articles/${ids[0]}: use GET or HEAD or DELETE` });
    expect((await app.inject({ url: '/api/nothing' })).statusCode).toBe(404);
    const allow = async (method: 'GET' | 'DELETE' | 'PUT', url: string) => {
      const res = await app.inject({ method, url });
      return `${res.statusCode} ${res.headers.allow}`;
    };
    expect(await allow('GET', '/api/ingest/files')).toBe('405 POST');
    expect(await allow('DELETE', '/api/stories/s-1')).toBe('405 GET, HEAD');
    expect(await allow('PUT', '/api/openapi.json')).toBe('405 GET, HEAD');
    expect(await allow('DELETE', '/api/articles')).toBe('405 GET, HEAD'); // the list, not an article
    expect(await allow('GET', '/api/openapi-json')).toBe('404 undefined'); // the dot is a dot
  });

  it('finds an entity by an alias the reports use, and a story by one of its events', async () => {
    const byAlias = await app.inject({ url: '/api/entities/Jackman' });
    expect(byAlias.statusCode).toBe(200);
    expect(byAlias.json()).toMatchObject({ name: 'Hugh Jackman', aliases: ['Jackman'] });
    expect((await app.inject({ url: '/api/articles?entity=jackman' })).json().items.map((a: { id: string }) => a.id)).toEqual([ids[0]]);
    const article = (await app.inject({ url: `/api/articles/${ids[0]}` })).json();
    const story = await app.inject({ url: `/api/stories/${article.eventId}` });
    expect(story.statusCode).toBe(200);
    expect(story.json().id).toBe(article.storyId);
    expect((await app.inject({ url: '/api/stories/s-2ad1' })).json().error).toBe('no story with id "s-2ad1" (story ids begin s-; the whole id is needed)');
  });
});
