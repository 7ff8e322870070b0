import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/ingest/index.js';
import { buildArticle } from '../../src/service/ingest.js';
import type { LinkDecision, LinkRecord, RawRecord, Store } from '../../src/store/store.js';
import type { Article } from '../../src/types.js';

/**
 * The behaviour every Store must have, whatever holds the data. sqlite.test.ts and
 * postgres.test.ts run this same suite; a backend passes only if it behaves as the other does.
 */
export interface StoreFixture {
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** A second, independent connection to the same data as `store` (another process would have one). */
  again(store: Store): Promise<Store>;
}

/** Short reports written for these tests, cleaned and analysed by the real pipeline. */
const REPORTS = {
  bridge: `Bridge Closed After Cracks Found\n\nThe regional council of Zürich voted on Tuesday to close the old Limmat bridge after engineers found deep cracks in two of its pillars.\n\n"We cannot take any risk with the bridge," said council president Anna Keller. Repairs will cost 3.5 million francs and take a year.`,
  ferry: `Ferry Service Resumes\n\nThe ferry between the islands resumed on Monday after a two-week strike by its crews ended. The union said 120 sailors would return to work.\n\nThe bridge to the mainland remains closed to lorries.`,
  election: `Incumbent Wins Snap Election\n\nKassym-Jomart Tokayev won the snap presidential election with 81 percent of the vote, the election commission said on Monday. Observers said the bridge between government and opposition was still missing.`,
};

let n = 0;
export function report(text: string, overrides: Partial<Article> = {}): { raw: RawRecord; article: Article } {
  const bytes = new TextEncoder().encode(text);
  const hash = sha256(bytes);
  const source = `/reports/${++n}.txt`;
  const article = buildArticle({ source, rawHash: hash, docHash: sha256(new TextEncoder().encode(`doc:${text}`)), format: 'text', text, encoding: 'UTF-8', hints: {} });
  return { raw: { hash, source, bytes, encoding: 'UTF-8', contentType: 'text/plain', url: null }, article: { ...article, ...overrides } };
}

export function storeContract(label: string, fixture: StoreFixture): void {
  describe(`Store contract: ${label}`, () => {
    it('starts empty', async () => {
      const store = await fixture.fresh();
      expect(await store.countArticles()).toBe(0);
      expect(await store.listArticles()).toEqual([]);
      expect(await store.search('bridge')).toEqual([]);
      expect(await store.idsWithPrefix('a', 5)).toEqual([]);
      expect(await store.getArticle('0123456789abcdef')).toBeNull();
      expect(await store.getRaw('00')).toBeNull();
      await store.close();
    });

    it('gives back input and articles exactly as stored', async () => {
      const store = await fixture.fresh();
      const { raw, article } = report(REPORTS.bridge);
      expect(article.quantities.length + article.dates.length).toBeGreaterThan(0); // nested analysis to round-trip
      const saved = await store.saveIngested(raw, [article]);
      expect(saved).toEqual({ added: [article.id], existing: [] });
      expect(await store.hasRaw(raw.hash)).toBe(true);
      expect(await store.getArticle(article.id)).toEqual(article);
      // Key order survives too: `show --json` prints the same text on both backends.
      expect(JSON.stringify(await store.getArticle(article.id))).toBe(JSON.stringify(article));
      const back = await store.getRaw(raw.hash);
      expect(back).toMatchObject({ hash: raw.hash, source: raw.source, encoding: 'UTF-8', size: raw.bytes.length });
      expect(Buffer.from(back!.bytes).equals(Buffer.from(raw.bytes))).toBe(true);
      expect(new Date(back!.ingestedAt).toISOString()).toBe(back!.ingestedAt);
      expect(await store.listArticles()).toEqual([{ id: article.id, source: article.source, title: article.title, outlet: article.outlet, published: article.published }]);
      await store.close();
    });

    it('re-ingesting the same input or the same article in another input adds nothing', async () => {
      const store = await fixture.fresh();
      const { raw, article } = report(REPORTS.ferry);
      await store.saveIngested(raw, [article]);
      expect(await store.saveIngested(raw, [article])).toEqual({ added: [], existing: [article.id] });
      // The same document inside another container (a feed, a JSON dump): the container is kept, the article not doubled.
      const container: RawRecord = { ...raw, hash: sha256(new TextEncoder().encode('feed')), source: '/feeds/islands.xml' };
      expect(await store.saveIngested(container, [article])).toEqual({ added: [], existing: [article.id] });
      expect(await store.hasRaw(container.hash)).toBe(true);
      expect(await store.countArticles()).toBe(1);
      // Whose articles: the input that brought them first; the container brought none.
      expect(await store.articlesOfRaw(raw.hash)).toEqual([article.id]);
      expect(await store.articlesOfRaw(container.hash)).toEqual([]);
      const two = report(REPORTS.bridge);
      const more = report(REPORTS.election);
      await store.saveIngested(two.raw, [two.article, more.article]);
      expect(await store.articlesOfRaw(two.raw.hash)).toEqual([two.article.id, more.article.id]);
      await store.close();
    });

    it('stores an input and its articles all or nothing', async () => {
      const store = await fixture.fresh();
      const good = report(REPORTS.election);
      // The second article cannot be stored (BigInt has no JSON form): the first must not stay either.
      const ferry = report(REPORTS.ferry).article;
      const broken = { ...ferry, quantities: [{ ...ferry.quantities[0], value: 120n as unknown as number }] };
      await expect(store.saveIngested(good.raw, [good.article, broken])).rejects.toThrow();
      expect(await store.hasRaw(good.raw.hash)).toBe(false);
      expect(await store.getArticle(good.article.id)).toBeNull();
      expect(await store.countArticles()).toBe(0);
      expect((await store.saveIngested(good.raw, [good.article])).added).toEqual([good.article.id]);
      await store.close();
    });

    it('finds the ids a prefix begins, case-insensitively, and nothing else', async () => {
      const store = await fixture.fresh();
      const a = report(REPORTS.bridge, { id: '0a1b2c3d4e5f6071' });
      const b = report(REPORTS.ferry, { id: '0a1b2c3d4e5f6072' });
      const c = report(REPORTS.election, { id: 'ff00000000000000' });
      for (const r of [a, b, c]) await store.saveIngested(r.raw, [r.article]);
      expect(await store.idsWithPrefix('0a1b2c3d4e5f6071', 5)).toEqual(['0a1b2c3d4e5f6071']);
      expect(await store.idsWithPrefix('0A1B2C3D4E5F6072', 5)).toEqual(['0a1b2c3d4e5f6072']);
      expect(await store.idsWithPrefix('f', 5)).toEqual(['ff00000000000000']);
      expect(await store.idsWithPrefix("f' OR 1=1 --", 5)).toEqual([]);
      expect(await store.idsWithPrefix('', 5)).toEqual([]);
      // What an ambiguous prefix matches, in id order, so that a person can be told.
      expect(await store.idsWithPrefix('0A1B', 5)).toEqual(['0a1b2c3d4e5f6071', '0a1b2c3d4e5f6072']);
      expect(await store.idsWithPrefix('0a1b', 1)).toEqual(['0a1b2c3d4e5f6071']);
      expect(await store.idsWithPrefix('0b', 5)).toEqual([]);
      expect(await store.idsWithPrefix('ff%', 5)).toEqual([]);
      await store.close();
    });

    it('lists in ingestion order, filtered by outlet and date, paged', async () => {
      const store = await fixture.fresh();
      const rows = [
        report(REPORTS.ferry, { id: 'c000000000000000', outlet: 'Island Post', published: '2021-05-03' }),
        report(REPORTS.bridge, { id: 'a000000000000000', outlet: 'City Herald', published: '2021-05-01' }),
        report(REPORTS.election, { id: 'b000000000000000', outlet: 'Island Post', published: null }),
      ];
      for (const r of rows) await store.saveIngested(r.raw, [r.article]);
      const ids = async (q?: Parameters<Store['listArticles']>[0]) => (await store.listArticles(q)).map((a) => a.id);
      expect(await ids()).toEqual(['c000000000000000', 'a000000000000000', 'b000000000000000']);
      expect(await ids({ outlet: 'Island Post' })).toEqual(['c000000000000000', 'b000000000000000']);
      expect(await ids({ from: '2021-05-02' })).toEqual(['c000000000000000']);
      expect(await ids({ to: '2021-05-02' })).toEqual(['a000000000000000']);
      expect(await ids({ limit: 2 })).toEqual(['c000000000000000', 'a000000000000000']);
      expect(await ids({ limit: 1, offset: 1 })).toEqual(['a000000000000000']);
      expect(await ids({ offset: 2 })).toEqual(['b000000000000000']);
      expect(await ids({ offset: 5 })).toEqual([]);
      expect(await store.countArticles()).toBe(3);
      await store.close();
    });

    it('finds entities by name, type and story, counts them, and filters articles by entity and story', async () => {
      const store = await fixture.fresh();
      const person = (name: string, aliases: string[] = [], mentions = 1) => ({ name, type: 'person' as const, aliases, mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, text: name })) });
      const rows = [
        report(REPORTS.bridge, { id: 'a1', entities: [person('Anna Keller', ['Keller'], 2), { name: 'Zürich', type: 'place', aliases: [], mentions: [{ start: 0, end: 1, text: 'Zürich' }] }] }),
        report(REPORTS.ferry, { id: 'b2', entities: [person('Anna Keller', [], 1)] }),
        report(REPORTS.election, { id: 'c3', entities: [person('Keller', [], 3), person('Kassym-Jomart Tokayev', ['Tokayev'], 1)] }),
      ];
      for (const r of rows) await store.saveIngested(r.raw, [r.article]);
      const all = await store.listEntities();
      expect(all.total).toBe(4);
      expect(all.items[0]).toEqual({ name: 'Anna Keller', type: 'person', articles: 2, mentions: 3 });
      expect((await store.listEntities({ q: 'KELL' })).items.map((e) => e.name)).toEqual(['Anna Keller', 'Keller']);
      expect((await store.listEntities({ q: '%' })).items).toEqual([]);
      expect((await store.listEntities({ type: 'place' })).items.map((e) => e.name)).toEqual(['Zürich']);
      expect(await store.listEntities({ limit: 1, offset: 1 })).toEqual({ items: [{ name: 'Keller', type: 'person', articles: 1, mentions: 3 }], total: 4 });
      expect(await store.entityAppearances(['anna keller', 'Keller'], 10)).toEqual([
        { articleId: 'a1', name: 'Anna Keller', type: 'person', mentions: 2, aliases: ['Keller'] },
        { articleId: 'b2', name: 'Anna Keller', type: 'person', mentions: 1, aliases: [] },
        { articleId: 'c3', name: 'Keller', type: 'person', mentions: 3, aliases: [] },
      ]);
      expect(await store.entityAppearances(['Anna Keller'], 1)).toHaveLength(1);
      const ids = async (q: Parameters<Store['listArticles']>[0]) => (await store.listArticles(q)).map((a) => a.id);
      expect(await ids({ entity: 'anna keller' })).toEqual(['a1', 'b2']);
      expect(await ids({ ids: ['c3', 'a1', 'zz'] })).toEqual(['a1', 'c3']);
      expect(await ids({ ids: [] })).toEqual([]);
      expect(await store.countArticles({ entity: 'Anna Keller' })).toBe(2);
      expect(await store.countArticles({ entity: 'Nobody' })).toBe(0);
      for (const [id, story] of [['a1', 's-1'], ['b2', 's-2'], ['c3', 's-1']]) {
        await store.saveLink({ articleId: id, features: {}, keys: [], terms: [], assignment: { articleId: id, eventId: `e-${id}`, storyId: story }, decisions: [] });
      }
      expect(await ids({ story: 's-1' })).toEqual(['a1', 'c3']);
      expect(await ids({ story: 's-1', entity: 'Anna Keller' })).toEqual(['a1']);
      expect(await store.countArticles({ story: 's-1', limit: 1 })).toBe(2);
      expect((await store.listEntities({ story: 's-2' })).items.map((e) => e.name)).toEqual(['Anna Keller']);
      await store.close();
    });

    it("takes a name's spellings with and without marks, in any case, for one entity: found, listed and filtered by any of them", async () => {
      const store = await fixture.fresh();
      const entity = (name: string, type: 'person' | 'organization' = 'person') => ({ name, type, aliases: [], mentions: [{ start: 0, end: 1, text: name }] });
      const rows = [
        report(REPORTS.bridge, { id: 'a1', entities: [entity('Recep Tayyip Erdoğan'), entity('Élysée', 'organization')] }),
        report(REPORTS.ferry, { id: 'b2', entities: [entity('Recep Tayyip Erdogan'), entity('ÉLYSÉE', 'organization')] }),
        report(REPORTS.election, { id: 'c3', entities: [entity('Kemal Kılıçdaroğlu')] }),
      ];
      for (const r of rows) await store.saveIngested(r.raw, [r.article]);
      const all = await store.listEntities();
      expect(all.total).toBe(3);
      // Of the spellings, the last in code-point order: the marked one, mixed case over capitals.
      expect(all.items.slice(0, 2)).toEqual([
        { name: 'Recep Tayyip Erdoğan', type: 'person', articles: 2, mentions: 2 },
        { name: 'Élysée', type: 'organization', articles: 2, mentions: 2 },
      ]);
      const names = async (q: string) => (await store.listEntities({ q })).items.map((e) => e.name);
      expect(await names('erdogan')).toEqual(['Recep Tayyip Erdoğan']);
      expect(await names('ERDOĞAN')).toEqual(['Recep Tayyip Erdoğan']);
      expect(await names('kilicdar')).toEqual(['Kemal Kılıçdaroğlu']);
      const ids = async (q: Parameters<Store['listArticles']>[0]) => (await store.listArticles(q)).map((a) => a.id);
      expect(await ids({ entity: 'Recep Tayyip Erdogan' })).toEqual(['a1', 'b2']);
      expect(await ids({ entity: 'élysée' })).toEqual(['a1', 'b2']);
      expect((await store.entityAppearances(['RECEP TAYYIP ERDOĞAN'], 10)).map((e) => `${e.articleId} ${e.name}`)).toEqual(['a1 Recep Tayyip Erdoğan', 'b2 Recep Tayyip Erdogan']);
      await store.close();
    });

    it('finds whose alias a name is, in any case, the entity most reports give it to first; a name that is no alias has none', async () => {
      const store = await fixture.fresh();
      const entity = (name: string, aliases: string[], type: 'person' | 'organization' = 'person') => ({ name, type, aliases, mentions: [{ start: 0, end: 1, text: name }] });
      const osce = 'Organization for Security and Co-operation in Europe';
      const rows = [
        report(REPORTS.bridge, { id: 'a1', entities: [entity('Hugh Jackman', ['Jackman']), entity(osce, ['OSCE'], 'organization'), entity('Conan O"Brien', ['O"Brien'])] }),
        report(REPORTS.ferry, { id: 'b2', entities: [entity('Hugh Jackman', ['Jackman', 'Hugh'])] }),
        report(REPORTS.election, { id: 'c3', entities: [entity('Anna Jackman', ['Jackman']), entity('Jackmann', [])] }),
      ];
      for (const r of rows) await store.saveIngested(r.raw, [r.article]);
      expect(await store.aliasOwner('jackman')).toBe('Hugh Jackman');
      expect(await store.aliasOwner('osce')).toBe(osce);
      expect(await store.aliasOwner('O"Brien')).toBe('Conan O"Brien');
      expect(await store.aliasOwner('Hugh Jackman')).toBeNull(); // a canonical name is its own
      expect(await store.aliasOwner('Jack')).toBeNull(); // part of an alias is none
      expect(await store.aliasOwner('%')).toBeNull();
      // In any spelling: "Erdogan" is the alias "Erdoğan", "KILIÇDAROĞLU" the alias "Kilicdaroglu".
      const turkish = [entity('Recep Tayyip Erdoğan', ['Erdoğan']), entity('Kemal Kilicdaroglu', ['Kilicdaroglu'])];
      const r4 = report(`${REPORTS.election}\n\nRunoff.`, { id: 'd4', entities: turkish });
      await store.saveIngested(r4.raw, [r4.article]);
      expect(await store.aliasOwner('Erdogan')).toBe('Recep Tayyip Erdoğan');
      expect(await store.aliasOwner('KILIÇDAROĞLU')).toBe('Kemal Kilicdaroglu');
      await store.close();
    });

    it('merges stories under the oldest id; the merged ids stay valid as aliases, also after a second merge', async () => {
      const store = await fixture.fresh();
      const rs = ['bridge', 'ferry', 'election', 'bridge'].map((k, i) => report(`${REPORTS[k as keyof typeof REPORTS]}\n\nReport ${i}.`, { id: `m${i}` }));
      for (const r of rs) await store.saveIngested(r.raw, [r.article]);
      const link = (id: string, storyId: string, mergeStories?: string[]): LinkRecord => ({ articleId: id, features: { id }, keys: [], terms: [], assignment: { articleId: id, eventId: `e-${id}`, storyId }, decisions: [], mergeStories });
      await store.saveLink(link('m0', 's-m0'));
      await store.saveLink(link('m1', 's-m1'));
      await store.saveLink(link('m2', 's-m2'));
      // m3 goes to the newest story and shows the two older ones to be one with it: the oldest id is kept.
      await store.saveLink(link('m3', 's-m2', ['s-m1']));
      expect(await store.getAssignments()).toEqual([
        { articleId: 'm0', eventId: 'e-m0', storyId: 's-m0' },
        { articleId: 'm1', eventId: 'e-m1', storyId: 's-m1' },
        { articleId: 'm2', eventId: 'e-m2', storyId: 's-m1' },
        { articleId: 'm3', eventId: 'e-m3', storyId: 's-m1' },
      ]);
      const ids = async (story: string) => (await store.listArticles({ story })).map((a) => a.id);
      expect(await ids('s-m2')).toEqual(['m1', 'm2', 'm3']);
      expect(await store.countArticles({ story: 's-m2' })).toBe(3);
      expect((await store.listEntities({ story: 's-m2' })).items.map((e) => e.name)).toContain('Kassym-Jomart Tokayev');
      // A second merge into an older story: an alias of the merged story follows it.
      const late = report(`${REPORTS.ferry}\n\nLate report.`, { id: 'm4' });
      await store.saveIngested(late.raw, [late.article]);
      await store.saveLink(link('m4', 's-m1', ['s-m0']));
      expect(await ids('s-m0')).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      expect(await ids('s-m1')).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      expect(await ids('s-m2')).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      expect(new Set((await store.getAssignments()).map((a) => a.storyId))).toEqual(new Set(['s-m0']));
      await store.close();
    });

    it('deletes an article and all made of it, keeps the rest, and takes the same input again', async () => {
      const store = await fixture.fresh();
      const [a, b] = [report(REPORTS.bridge, { id: 'd1' }), report(REPORTS.election, { id: 'd2' })];
      for (const r of [a, b]) await store.saveIngested(r.raw, [r.article]);
      const link = (id: string, keys: string[], terms: string[], decisions: LinkDecision[] = []): LinkRecord => ({ articleId: id, features: { id }, keys, terms, assignment: { articleId: id, eventId: 'e-d1', storyId: 's-d1' }, decisions });
      await store.saveLink(link('d1', ['t:bridge', 'n:keller'], ['bridge', 'council']));
      await store.saveLink(link('d2', ['t:bridge', 'n:tokayev'], ['bridge', 'election'], [{ otherId: 'd1', relation: 'same-story', score: 0.3, evidence: [] }]));

      expect(await store.deleteArticle('d1')).toBe(true);
      expect(await store.getArticle('d1')).toBeNull();
      expect(await store.getRaw(a.raw.hash)).toBeNull();
      expect((await store.listArticles()).map((x) => x.id)).toEqual(['d2']);
      expect(await store.countArticles()).toBe(1);
      expect(await store.search('pillars')).toEqual([]);
      expect((await store.listEntities()).items.map((e) => e.name)).not.toContain('Anna Keller');
      expect(await store.findCandidates(['t:bridge', 'n:keller'], 10)).toEqual(['d2']);
      expect(await store.termStats(['bridge', 'council', 'election'])).toEqual({ total: 1, df: new Map([['bridge', 1], ['election', 1]]) });
      expect(await store.getAssignments()).toEqual([{ articleId: 'd2', eventId: 'e-d1', storyId: 's-d1' }]);
      expect(await store.getDecisions('d2')).toEqual([]);
      expect(await store.getLinkFeatures(['d1'])).toEqual(new Map());
      expect(await store.deleteArticle('d1')).toBe(false);
      expect(await store.deleteArticle('nothing')).toBe(false);
      // The same input again is new again.
      expect(await store.hasRaw(a.raw.hash)).toBe(false);
      expect((await store.saveIngested(a.raw, [a.article])).added).toEqual(['d1']);
      await store.close();
    });

    it('searches words: all required, any case, diacritics ignored, best first; user text is never query syntax', async () => {
      const store = await fixture.fresh();
      const rs = [report(REPORTS.bridge), report(REPORTS.ferry), report(REPORTS.election)];
      for (const r of rs) await store.saveIngested(r.raw, [r.article]);
      const [bridge, ferry, election] = rs.map((r) => r.article.id);
      const ids = async (q: string, limit?: number) => (await store.search(q, limit)).map((h) => h.id);
      // "bridge" in all three; the bridge report says it in its title and three times in its body.
      expect((await ids('bridge'))[0]).toBe(bridge);
      expect(new Set(await ids('BRIDGE'))).toEqual(new Set([bridge, ferry, election]));
      expect(await ids('bridge strike')).toEqual([ferry]);
      expect(await ids('zurich')).toEqual([bridge]);
      expect(await ids('ZÜRICH pillars')).toEqual([bridge]);
      expect(await ids('jomart')).toEqual([election]); // a part of a hyphenated name
      expect(await ids('tokayev 81')).toEqual([election]);
      expect(await ids('bridge volcano')).toEqual([]);
      expect(await ids('bridge', 1)).toHaveLength(1);
      for (const syntax of ['"bridge', 'bridge OR volcano', 'bridge*', 'ferry AND (', "island's:*", 'NEAR(bridge ferry)', '-bridge', 'bridge & !ferry | x']) {
        await expect(store.search(syntax)).resolves.toBeInstanceOf(Array);
      }
      expect(await ids('bridge & !ferry')).toEqual(await ids('bridge ferry'));
      expect(await ids('?! …')).toEqual([]);
      const [hit] = await store.search('pillars');
      expect(hit).toMatchObject({ id: bridge, title: 'Bridge Closed After Cracks Found' });
      expect(hit.snippet).toMatch(/pillars/);
      expect(hit.score).toBeGreaterThan(0);
      const scores = (await store.search('bridge')).map((h) => h.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      await store.close();
    });

    it('keeps everything for the next connection', async () => {
      const store = await fixture.fresh();
      const { raw, article } = report(REPORTS.election);
      await store.saveIngested(raw, [article]);
      const other = await fixture.again(store);
      await store.close();
      expect(await other.getArticle(article.id)).toEqual(article);
      expect(await other.hasRaw(raw.hash)).toBe(true);
      expect(await other.search('tokayev')).toHaveLength(1);
      await other.close();
    });

    it('links: candidates by shared keys, features, assignments in linking order, decisions; saving a link twice keeps the first', async () => {
      const store = await fixture.fresh();
      const rs = [report(REPORTS.bridge, { id: 'b1' }), report(REPORTS.ferry, { id: 'a2' }), report(REPORTS.election, { id: 'c3' })];
      for (const r of rs) await store.saveIngested(r.raw, [r.article]);
      expect(await store.termStats(['bridge'])).toEqual({ total: 0, df: new Map() });
      expect(await store.getAssignments()).toEqual([]);
      const link = (articleId: string, keys: string[], terms: string[], eventId: string, decisions: LinkDecision[] = []): LinkRecord => ({
        articleId,
        features: { id: articleId, terms: { words: terms, counts: terms.map(() => 1) }, names: ['Zürich'] },
        keys,
        terms,
        assignment: { articleId, eventId, storyId: `s-${eventId}` },
        decisions,
      });
      await store.saveLink(link('b1', ['t:bridge', 'n:keller', 'b:1'], ['bridge', 'council'], 'e-b1'));
      await store.saveLink(link('a2', ['t:bridge', 'b:1', 'b:2'], ['bridge', 'ferry'], 'e-a2'));
      const decisions = [
        { otherId: 'a2', relation: 'same-story', score: 0.4, evidence: [{ kind: 'terms', detail: 'bridge', weight: 0.4 }] },
        { otherId: 'b1', relation: 'same-event', score: 0.8, evidence: [{ kind: 'names', detail: 'Zürich' }] },
      ];
      await store.saveLink(link('c3', ['t:bridge', 'n:tokayev'], ['bridge', 'election'], 'e-b1', decisions));
      // Saving again changes nothing: linking an article twice (a retried job) is harmless.
      await store.saveLink(link('c3', ['t:other'], ['other'], 'e-zzz'));

      const stats = await store.termStats(['bridge', 'ferry', 'volcano']);
      expect(stats.total).toBe(3);
      expect(stats.df).toEqual(new Map([['bridge', 3], ['ferry', 1]]));
      // Most shared keys first, then the article linked first; never an article filed under none of them.
      expect(await store.findCandidates(['t:bridge', 'b:1', 'b:2'], 10)).toEqual(['a2', 'b1', 'c3']);
      expect(await store.findCandidates(['t:bridge'], 2)).toEqual(['b1', 'a2']);
      expect(await store.findCandidates(['t:bridge'], 0)).toEqual([]);
      expect(await store.findCandidates(['t:bridge', 'b:1', 'b:2'], 2)).toEqual(['a2', 'b1']);
      expect(await store.findCandidates(['n:tokayev', 't:other'], 10)).toEqual(['c3']);
      expect(await store.findCandidates(['x:nothing'], 10)).toEqual([]);
      const features = await store.getLinkFeatures(['c3', 'b1', 'zz']);
      expect([...features.keys()].sort()).toEqual(['b1', 'c3']);
      expect(features.get('c3')).toEqual({ id: 'c3', terms: { words: ['bridge', 'election'], counts: [1, 1] }, names: ['Zürich'] });
      expect(await store.getAssignments()).toEqual([
        { articleId: 'b1', eventId: 'e-b1', storyId: 's-e-b1' },
        { articleId: 'a2', eventId: 'e-a2', storyId: 's-e-a2' },
        { articleId: 'c3', eventId: 'e-b1', storyId: 's-e-b1' },
      ]);
      expect(await store.getAssignments(['c3', 'a2'])).toEqual([
        { articleId: 'a2', eventId: 'e-a2', storyId: 's-e-a2' },
        { articleId: 'c3', eventId: 'e-b1', storyId: 's-e-b1' },
      ]);
      expect(await store.getDecisions('c3')).toEqual([decisions[1], decisions[0]]);
      expect(await store.getDecisions('b1')).toEqual([]);
      await store.close();
    });

    it('two connections storing the same article at once store it once', async () => {
      const store = await fixture.fresh();
      const other = await fixture.again(store);
      const { raw, article } = report(REPORTS.bridge);
      const results = await Promise.all([store.saveIngested(raw, [article]), other.saveIngested(raw, [article])]);
      expect(results.flatMap((r) => r.added)).toEqual([article.id]);
      expect(results.flatMap((r) => r.existing)).toEqual([article.id]);
      expect(await store.countArticles()).toBe(1);
      await Promise.all([store.close(), other.close()]);
    });
  });
}

/**
 * What a store migrated from one row per (key, article) must answer, given two articles linked
 * `older` first under ['t:council', 'n:zürich'] and `newer` under ['t:council', 't:budget'].
 */
export async function expectRepackedIndex(store: Store, older: string, newer: string): Promise<void> {
  expect(await store.findCandidates(['t:council'], 5)).toEqual([older, newer]);
  expect(await store.findCandidates(['t:council', 't:budget'], 5)).toEqual([newer, older]);
  // Linked before its index keys were kept (older): still deleted whole, from every list it was in.
  expect(await store.deleteArticle(older)).toBe(true);
  expect(await store.findCandidates(['t:council', 'n:zürich'], 5)).toEqual([newer]);
  expect(await store.deleteArticle(newer)).toBe(true);
  expect(await store.findCandidates(['t:council', 't:budget'], 5)).toEqual([]);
}
