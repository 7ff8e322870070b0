import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article, StoryDetail, StoryRow } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

const auth = { authorization: 'Bearer sekret' };

/** A multipart/form-data body of files in the field "files", as a browser sends it. */
async function multipart(files: { name: string; text: string }[]): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.text]), f.name);
  const res = new Response(form);
  return { payload: Buffer.from(await res.arrayBuffer()), headers: { ...auth, 'content-type': res.headers.get('content-type')! } };
}

describe('HTTP API: uploads', () => {
  const store = new SqliteStore(join(tempDir(), 'upload.db'));
  const app = buildServer({ store, token: 'sekret', uploads: { files: 3, fileBytes: 50_000, totalBytes: 80_000 } });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const report = (n: number) => `Harbour Reopens ${n}\n\nThe harbour of town ${n} reopened on Monday after repairs that took ${n + 2} weeks, the port authority said.\n`;

  it('stores each good file, names the bad one, and reports both', async () => {
    const body = await multipart([
      { name: 'one.txt', text: report(1) },
      { name: 'empty.txt', text: '' },
      { name: 'two.html', text: `<html><head><title>Harbour Reopens 2</title></head><body><article><p>${report(2)}</p></article></body></html>` },
    ]);
    const r = await app.inject({ method: 'POST', url: '/api/ingest/files', ...body });
    expect(r.statusCode).toBe(201);
    const summary = r.json();
    expect(summary.added).toBe(2);
    expect(summary.inputs.map((i: { source: string; status: string }) => [i.source, i.status])).toEqual([
      ['one.txt', 'added'],
      ['empty.txt', 'failed'],
      ['two.html', 'added'],
    ]);
    expect(summary.inputs[1].errors[0].reason).toMatch(/empty/);
    // The same files again: nothing new, and said so.
    const again = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart([{ name: 'one.txt', text: report(1) }])) });
    expect(again.statusCode).toBe(200);
    expect(again.json().unchanged).toBe(1);
  });

  it('refuses without the token, without files, and past each limit, saying which', async () => {
    const body = await multipart([{ name: 'a.txt', text: report(3) }]);
    const noToken = await app.inject({ method: 'POST', url: '/api/ingest/files', payload: body.payload, headers: { 'content-type': body.headers['content-type'] } });
    expect(noToken.statusCode).toBe(401);
    const json = await app.inject({ method: 'POST', url: '/api/ingest/files', headers: auth, payload: { text: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatch(/multipart\/form-data/);
    const many = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart([1, 2, 3, 4].map((n) => ({ name: `${n}.txt`, text: report(n + 10) })))) });
    expect(many.statusCode).toBe(413);
    expect(many.json().error).toMatch(/more than 3 files/);
    const big = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart([{ name: 'big.txt', text: report(5) + 'word '.repeat(12_000) }])) });
    // A file past the size limit is that file's failure, named (the other files of the request go on); alone, nothing is stored.
    expect(big.statusCode).toBe(422);
    expect(big.json().inputs).toEqual([{ source: 'big.txt', status: 'failed', articles: [], errors: [{ source: 'big.txt', reason: 'is larger than 50000 bytes, the limit for one file: not read' }] }]);
    const together = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart([1, 2].map((n) => ({ name: `${n}.txt`, text: report(n + 20) + 'word '.repeat(9_000) })))) });
    expect(together.statusCode).toBe(413);
    expect(together.json().error).toMatch(/together/);
    const allBad = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart([{ name: 'blank.txt', text: '   \n' }])) });
    expect(allBad.statusCode).toBe(422);
    expect(await store.countArticles()).toBe(2);
  });

  it('validates entity and story queries', async () => {
    expect((await app.inject({ url: '/api/entities?type=alien' })).json().error).toMatch(/type/);
    expect((await app.inject({ url: '/api/entities?limit=0' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/stories?limit=-1' })).statusCode).toBe(400);
    const long = await app.inject({ url: `/api/stories/${'x'.repeat(200)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error).toBeTruthy();
    const none = await app.inject({ url: '/api/stories/s-nothing' });
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatch(/no story/);
    const nobody = await app.inject({ url: '/api/entities/Nobody%20At%20All' });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error).toMatch(/no entity named "Nobody At All"/);
    const unknownStory = await app.inject({ url: '/api/articles?story=s-nothing' });
    expect(unknownStory.statusCode).toBe(404);
    expect(unknownStory.json()).toEqual({ error: 'query: story: no story with id "s-nothing"' });
  });
});

describe.skipIf(!hasShared)('HTTP API: stories, a story, entities (seeds and a second 2019 report)', () => {
  const store = new SqliteStore(join(tempDir(), 'stories.db'));
  const app = buildServer({ store, token: 'sekret' });
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const files = [
      { name: '000.txt', text: readFileSync(sharedPath('seeds', '000_c7b15ebcd17baa92.txt'), 'utf8') },
      { name: '003.txt', text: readFileSync(sharedPath('seeds', '003_4150f387e525f317.txt'), 'utf8') },
      { name: 'second-2019.txt', text: readFileSync(join(import.meta.dirname, '../fixtures/kazakh-2019-second-report.txt'), 'utf8') },
    ];
    const r = await app.inject({ method: 'POST', url: '/api/ingest/files', ...(await multipart(files)) });
    expect(r.statusCode).toBe(201);
    for (const input of r.json().inputs) ids[input.source] = input.articles[0];
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists the story with its counts, finds it by a word of its reports, and pages', async () => {
    const rows = (await app.inject({ url: '/api/stories' })).json<StoryRow[]>();
    expect(rows).toHaveLength(1);
    expect(rows[0].counts).toMatchObject({ reports: 3, events: 2 });
    const found = await app.inject({ url: '/api/stories?q=Zheleznyak' });
    expect(found.json<StoryRow[]>().map((s) => s.id)).toEqual([rows[0].id]);
    expect(found.headers['x-total-count']).toBe('1');
    expect((await app.inject({ url: '/api/stories?q=volcano' })).json()).toEqual([]);
    expect((await app.inject({ url: '/api/stories?offset=1' })).json()).toEqual([]);
  });

  it('gives the story: 2019 before 2022, the facts that changed, the conflict within 2019, who is in it', async () => {
    const [row] = (await app.inject({ url: '/api/stories' })).json<StoryRow[]>();
    const story = (await app.inject({ url: `/api/stories/${row.id}` })).json<StoryDetail>();
    expect(story.events).toHaveLength(2);
    expect(story.events[0].reports.map((r) => r.id).sort()).toEqual([ids['000.txt'], ids['second-2019.txt']].sort());
    expect(story.events[1].reports.map((r) => r.id)).toEqual([ids['003.txt']]);
    const change = (attribute: string) => story.changes.find((c) => c.attribute === attribute && c.subject === 'Kassym-Jomart Tokayev');
    expect(change('age')).toMatchObject({ b: '69', status: 'changed', fromEvent: story.events[0].id, toEvent: story.events[1].id });
    expect(change('age')!.a).toBe('66');
    expect(change('vote share')).toMatchObject({ b: '81%', status: 'changed' });
    expect(story.conflicts).toContainEqual(expect.objectContaining({ attribute: 'vote share', status: 'conflict', fromEvent: story.events[0].id, toEvent: story.events[0].id }));
    const conflict = story.conflicts.find((c) => c.attribute === 'vote share')!;
    expect([conflict.a, conflict.b].sort()).toEqual(['70.8%', '71%']);
    expect(story.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Nursultan Nazarbayev', 'Vladimir Putin']));
    expect(story.people[0]).toMatchObject({ name: 'Kassym-Jomart Tokayev', articles: 3 });
    expect(story.organizations.map((o) => o.name)).toContain('Nur Otan');
    expect(story.places.map((p) => p.name)).toContain('Kazakhstan');
  });

  it('filters articles by story and by entity, with the real total, and places each in its story', async () => {
    const [row] = (await app.inject({ url: '/api/stories' })).json<StoryRow[]>();
    const byStory = (await app.inject({ url: `/api/articles?story=${row.id}&limit=2` })).json();
    expect(byStory.total).toBe(3);
    expect(byStory.items).toHaveLength(2);
    expect(byStory.items[0].storyId).toBe(row.id);
    const putin = (await app.inject({ url: '/api/articles?entity=vladimir%20putin' })).json();
    expect(putin.items.map((a: { id: string }) => a.id)).toEqual([ids['003.txt']]);
    expect(putin.total).toBe(1);
    const one = (await app.inject({ url: `/api/articles/${ids['003.txt']}` })).json<Article & { storyId: string; eventId: string }>();
    expect(one.storyId).toBe(row.id);
  });

  it('lists entities by name and type, and shows where a person appears across stories', async () => {
    const people = (await app.inject({ url: '/api/entities?type=person&q=tokayev' })).json();
    expect(people.items[0]).toMatchObject({ name: 'Kassym-Jomart Tokayev', type: 'person', articles: 3 });
    expect(people.total).toBeGreaterThanOrEqual(1);
    const places = (await app.inject({ url: '/api/entities?type=place&limit=50' })).json();
    expect(places.items.every((e: { type: string }) => e.type === 'place')).toBe(true);
    const tokayev = (await app.inject({ url: '/api/entities/kassym-jomart%20tokayev' })).json();
    expect(tokayev.name).toBe('Kassym-Jomart Tokayev');
    expect(tokayev.aliases).toContain('Tokayev');
    expect(tokayev.articles.map((a: { id: string }) => a.id).sort()).toEqual(Object.values(ids).sort());
    expect(tokayev.stories).toEqual([expect.objectContaining({ articles: 3 })]);
  });

  it('a new report of another story shows in the list at once (the cached list follows the store)', async () => {
    expect((await app.inject({ url: '/api/stories' })).json()).toHaveLength(1);
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'Volcano Erupts in Iceland\n\nA volcano on the Reykjanes peninsula erupted on Saturday, the Icelandic Meteorological Office said, sending lava towards the town of Grindavik.' } });
    expect(r.statusCode).toBe(201);
    const rows = (await app.inject({ url: '/api/stories' })).json<StoryRow[]>();
    expect(rows).toHaveLength(2);
    expect(rows.map((s) => s.counts.reports)).toEqual([3, 1]);
  });

  it('deletes a report with the token and the whole id; the story follows', async () => {
    const id = ids['second-2019.txt'];
    expect((await app.inject({ method: 'DELETE', url: `/api/articles/${id}` })).statusCode).toBe(401);
    const prefix = await app.inject({ method: 'DELETE', url: `/api/articles/${id.slice(0, 8)}`, headers: auth });
    expect(prefix.statusCode).toBe(404);
    expect(prefix.json().error).toMatch(/whole id/);
    const r = await app.inject({ method: 'DELETE', url: `/api/articles/${id}`, headers: auth });
    expect(r.json()).toEqual({ deleted: id });
    expect((await app.inject({ url: `/api/articles/${id}` })).statusCode).toBe(404);
    const row = (await app.inject({ url: '/api/stories?q=Tokayev' })).json<StoryRow[]>()[0];
    expect(row.counts).toMatchObject({ reports: 2, events: 2 });
    const story = (await app.inject({ url: `/api/stories/${row.id}` })).json<StoryDetail>();
    expect(story.conflicts).toEqual([]);
    expect(story.changes.length).toBeGreaterThan(0);
  });
});
