import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/ingest/containers.js';
import { compareArticles, linkArticles, listStories, storyDetail, storyRows } from '../../src/link/index.js';
import { buildArticle } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';

/**
 * The incremental guarantees on small reports of our own: each new report joins an event, opens
 * an event in a story, or opens a story; ids are named after the report that opened them and
 * never change as more arrive; the partition does not depend on the order reports come in.
 */

const TEXTS: Record<string, string> = {
  quake1:
    'Earthquake kills 40 in Valdoria\n\nA magnitude 6.8 earthquake struck the mountain town of Pelrun in Valdoria on Monday, killing at least 40 people and trapping dozens under collapsed homes, the Valdorian interior ministry said. Rescue teams from the capital Marsk reached Pelrun by helicopter. Interior minister Oskar Brandt said the toll was likely to rise.',
  quake2:
    'Valdoria quake toll climbs as rescuers dig in Pelrun\n\nRescuers in Pelrun worked through the night after Monday\'s magnitude 6.8 earthquake, the strongest to hit Valdoria in decades. Interior minister Oskar Brandt told reporters in Marsk that at least 40 people had died and that teams were still searching collapsed homes in the mountain town.',
  quake3:
    'Pelrun earthquake: survivors sleep outdoors\n\nSurvivors of the magnitude 6.8 earthquake that hit Pelrun in Valdoria on Monday slept in the streets, afraid of aftershocks. Interior minister Oskar Brandt visited the mountain town and promised new homes; at least 40 people were killed, his ministry said from Marsk.',
  quake4:
    'Aftershock rattles Pelrun\n\nA strong aftershock shook Pelrun in Valdoria on Tuesday, a day after the magnitude 6.8 earthquake that killed at least 40 people. Interior minister Oskar Brandt said from Marsk that rescue teams had pulled two more survivors from collapsed homes in the mountain town.',
  quake5:
    'Valdoria mourns Pelrun quake victims\n\nValdoria held a day of mourning on Wednesday for the at least 40 people killed when a magnitude 6.8 earthquake struck the mountain town of Pelrun on Monday. Interior minister Oskar Brandt laid flowers in Marsk and said rebuilding would begin within weeks.',
  rates:
    'Central bank holds rates\n\nThe Norrland central bank kept its main rate at 4 percent on Wednesday, after raising it eleven times between March 2022 and July 2023, governor Eva Holm said.',
  budget:
    'Norrland city adopts budget\n\nThe Norrland city council adopted its 2024 budget on Thursday, with more money for buses and parks, council chair Nils Berg said.',
  crash:
    'Bus crash kills 12 in Ostria\n\nA bus carrying pilgrims left a mountain road near Kavel in Ostria on Friday and fell into a gorge, killing 12 people, the Ostrian police said. The driver survived.',
  flood1:
    'Floods kill dozens in Valencia region\n\n30 October 2024\n\nFlash floods tore through towns in eastern Spain on Tuesday, killing at least 51 people, regional authorities said. More than 1,000 soldiers were deployed.',
  flood2:
    'Valencia flood toll rises to 95\n\n31 October 2024\n\nThe death toll from the floods in the Valencia region rose to 95 on Wednesday, officials said, as rescuers searched for the missing in Paiporta and other towns.',
  election:
    'Lindqvist wins Norrland mayoral vote\n\nAnna Lindqvist won the race for mayor of Norrland on Sunday with 58 percent of the vote, the city election board said. Lindqvist, a former teacher, promised cheaper buses and new parks. Her rival Per Olsen conceded on Sunday night.',
};

function article(name: string): Article {
  return buildArticle({ source: `${name}.txt`, rawHash: sha256(name), docHash: sha256(name).slice(0, 16), format: 'text', text: TEXTS[name], encoding: 'UTF-8', hints: {} });
}

async function link(order: string[]): Promise<{ store: SqliteStore; ids: Map<string, string> }> {
  const store = new SqliteStore(join(tempDir(), 'incremental.db'));
  const ids = new Map<string, string>();
  for (const name of order) {
    const a = article(name);
    ids.set(name, a.id);
    await store.saveIngested({ hash: sha256(name), source: a.source, bytes: Buffer.from(TEXTS[name]), encoding: 'UTF-8', contentType: null, url: null }, [a]);
    await linkArticles(store, [a]);
  }
  return { store, ids };
}

/** Events and stories as sets of report names, independent of ids and order. */
async function partition(store: SqliteStore, ids: Map<string, string>) {
  const name = new Map([...ids].map(([n, id]) => [id, n]));
  const stories = await listStories(store);
  const names = (articleIds: string[]) => articleIds.map((i) => name.get(i)!).sort().join('+');
  return {
    events: stories.flatMap((s) => s.events.map((e) => names(e.articles))).sort(),
    stories: stories.map((s) => names(s.events.flatMap((e) => e.articles))).sort(),
  };
}

describe('event dates of undated reports', () => {
  it('the one year a report mentions dates its event; of several years none does', async () => {
    const { store, ids } = await link(['rates', 'budget']);
    const events = (await listStories(store)).flatMap((s) => s.events);
    const of = (name: string) => events.find((e) => e.articles.includes(ids.get(name)!));
    expect(of('rates')).toMatchObject({ date: null, dateSource: 'unknown' });
    expect(of('budget')).toMatchObject({ date: '2024', dateSource: 'mentioned' });
    await store.close();
  });
});

describe('linking and compare weigh words alike', () => {
  it('a report that compare calls the same event as one stored is linked into its event, in a store of two', async () => {
    const { store, ids } = await link(['flood1', 'flood2']);
    const [a, b] = await Promise.all([store.getArticle(ids.get('flood1')!), store.getArticle(ids.get('flood2')!)]);
    expect((await compareArticles(store, a!, b!)).relation).toBe('same-event');
    expect(await partition(store, ids)).toEqual({ events: ['flood1+flood2'], stories: ['flood1+flood2'] });
    await store.close();
  });
});

describe('incremental linking', () => {
  it('three accounts of one earthquake are one event; an unrelated election is a story of its own', async () => {
    const { store, ids } = await link(['quake1', 'quake2', 'election', 'quake3']);
    expect(await partition(store, ids)).toEqual({ events: ['election', 'quake1+quake2+quake3'], stories: ['election', 'quake1+quake2+quake3'] });
    await store.close();
  });

  it('ids are named after the report that opened the event and story, and do not change as more arrive', async () => {
    const { store, ids } = await link(['quake1', 'election']);
    const before = await listStories(store);
    const quake = before.find((s) => s.events[0].articles.includes(ids.get('quake1')!))!;
    expect(quake.id).toBe(`s-${ids.get('quake1')}`);
    expect(quake.events[0].id).toBe(`e-${ids.get('quake1')}`);
    for (const more of ['quake2', 'quake3']) {
      const a = article(more);
      await store.saveIngested({ hash: sha256(more), source: a.source, bytes: Buffer.from(TEXTS[more]), encoding: 'UTF-8', contentType: null, url: null }, [a]);
      await linkArticles(store, [a]);
    }
    const after = await listStories(store);
    expect(after.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());
    const grown = after.find((s) => s.id === quake.id)!;
    expect(grown.events.map((e) => e.id)).toEqual([quake.events[0].id]);
    expect(grown.events[0].articles).toHaveLength(3);
    await store.close();
  });

  it('linking a report twice changes nothing (idempotent)', async () => {
    const { store, ids } = await link(['quake1', 'quake2']);
    const first = await partition(store, ids);
    await linkArticles(store, [article('quake2')]);
    expect(await partition(store, ids)).toEqual(first);
    await store.close();
  });

  it('gives the same partition whatever the order the reports arrive in', async () => {
    const orders = [
      ['quake1', 'quake2', 'quake3', 'election'],
      ['election', 'quake3', 'quake2', 'quake1'],
      ['quake2', 'election', 'quake1', 'quake3'],
    ];
    const results = [];
    for (const order of orders) {
      const { store, ids } = await link(order);
      results.push(await partition(store, ids));
      await store.close();
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('a report related to two reports of another story makes the stories one, under the oldest id; the other id stays valid', async () => {
    const { store, ids } = await link(['quake1', 'quake2', 'quake3', 'quake4']);
    // As if the first report of a second story had shared too little with the first: quake3 and
    // quake4 in a story of their own, two reports on each side, so that whichever story the next
    // report joins, it relates to two reports of the other.
    const apart = `s-${ids.get('quake3')}`;
    store.db.prepare('UPDATE link_assignments SET story_id = ?, event_id = ? WHERE article_id = ?').run(apart, `e-${ids.get('quake3')}`, ids.get('quake3'));
    store.db.prepare('UPDATE link_assignments SET story_id = ?, event_id = ? WHERE article_id = ?').run(apart, `e-${ids.get('quake3')}`, ids.get('quake4'));
    const stories = async () => (await listStories(store)).map((s) => s.id).sort();
    expect(await stories()).toEqual([`s-${ids.get('quake1')}`, apart].sort());
    const a = article('quake5');
    ids.set('quake5', a.id);
    await store.saveIngested({ hash: sha256('quake5'), source: a.source, bytes: Buffer.from(TEXTS.quake5), encoding: 'UTF-8', contentType: null, url: null }, [a]);
    await linkArticles(store, [a]);
    expect(await stories()).toEqual([`s-${ids.get('quake1')}`]);
    expect((await store.listArticles({ story: apart })).map((x) => x.id).sort()).toEqual([...ids.values()].sort());
    // The story page asked for by the merged id is the whole story, under the kept id.
    const page = await storyDetail(store, apart);
    expect(page?.id).toBe(`s-${ids.get('quake1')}`);
    expect(page?.events.flatMap((e) => e.articles)).toHaveLength(5);
    expect(page?.people.map((p) => p.name)).toContain('Oskar Brandt');
    await store.close();
  });
});

describe("a story's changes", () => {
  it('two happenings of one story with nothing named in common show no count changed between them (a quake\'s 40 dead are no toll that became a crash\'s 12)', async () => {
    const { store, ids } = await link(['quake1', 'crash']);
    // As if the two had been linked into one story (a story of the same kind of happening), each its own event.
    const story = `s-${ids.get('quake1')}`;
    store.db.prepare('UPDATE link_assignments SET story_id = ? WHERE article_id = ?').run(story, ids.get('crash'));
    const page = await storyDetail(store, story);
    expect(page?.events).toHaveLength(2);
    expect(page?.changes).toEqual([]);
    await store.close();
  });
});

describe('a story runs to its last report', () => {
  it('counts to the last report published, not to the date of its event (its first report)', async () => {
    const store = new SqliteStore(join(tempDir(), 'named.db'));
    const dated = (name: string, published: string) =>
      buildArticle({ source: `${name}.txt`, rawHash: sha256(name + published), docHash: sha256(name + published).slice(0, 16), format: 'text', text: TEXTS[name], encoding: 'UTF-8', hints: { published } });
    // The update, published two days later, comes in first and opens the story.
    for (const a of [dated('quake2', '2024-03-06'), dated('quake1', '2024-03-04')]) {
      await store.saveIngested({ hash: sha256(a.id), source: a.source, bytes: Buffer.from(a.body), encoding: 'UTF-8', contentType: null, url: null }, [a]);
      await linkArticles(store, [a]);
    }
    const [row] = await storyRows(store);
    expect(row.events).toHaveLength(1);
    expect(row.title).toBe('Valdoria quake toll climbs as rescuers dig in Pelrun');
    expect(row.counts).toMatchObject({ reports: 2, first: '2024-03-04', last: '2024-03-06' });
    await store.close();
  });
});
