import type { FastifyInstance } from 'fastify';
import { readFeatures } from '../../link/features.js';
import { compareArticles, storyDetail } from '../../link/index.js';
import { findArticleId } from '../../service/article-id.js';
import type { Store } from '../../store/store.js';
import type { Article, EntityView, Placed, StoryRow } from '../../types.js';
import { ArticlesQuery, CompareQuery, EntitiesQuery, HttpError, IdParams, NameParams, parse, SearchQuery, StoriesQuery } from '../schemas.js';
import type { StoryCache } from '../story-cache.js';
import { matchKey } from '../../words.js';

/** Appearances read for an entity page: the most-named names run to thousands of reports. */
const ENTITY_ARTICLES = 500;

/** A report summary with the first sentence of its body when it has no title (null otherwise): what a page calls it by. */
export type WithLead<T> = T & { lead: string | null };

/**
 * Adds `lead` to the summaries without a title: the first sentence of the body, as the linker
 * keeps it (an event's title is made the same way). A reader tells untitled reports apart by it,
 * not by the file they came from.
 */
async function withLeads<T extends { id: string; title: string | null }>(store: Store, items: T[]): Promise<WithLead<T>[]> {
  const untitled = items.filter((i) => !i.title).map((i) => i.id);
  const features = untitled.length ? await readFeatures(store, untitled) : new Map();
  return items.map((i) => ({ ...i, lead: i.title ? null : (features.get(i.id)?.lead ?? null) }));
}

/** The read endpoints: open to anyone who can reach the server. */
export function readRoutes(app: FastifyInstance, { store, stories }: { store: Store; stories: StoryCache }): void {
  /** The article of an id or unique prefix; `param` names the parameter in errors ("query: a: ..."). */
  const article = async (id: string, param?: string): Promise<Article> => {
    const found = await findArticleId(store, id);
    // An ambiguous prefix is a request to be made more precisely, not a missing article.
    if ('error' in found) throw new HttpError(found.ambiguous ? 400 : 404, param ? `${param}: ${found.error}` : found.error);
    const a = await store.getArticle(found.id);
    if (!a) throw new HttpError(404, `no article with id ${JSON.stringify(id)}`);
    return a;
  };
  const place = async <T extends { id: string }>(items: T[]): Promise<Placed<T>[]> => {
    const where = new Map((await store.getAssignments(items.map((i) => i.id))).map((a) => [a.articleId, a]));
    return items.map((i) => ({ ...i, storyId: where.get(i.id)?.storyId ?? null, eventId: where.get(i.id)?.eventId ?? null }));
  };

  /** An unknown story in a filter is a 404, not an empty list: a story exists while it holds an article (ids of stories merged since included). */
  const storyExists = async (story: string): Promise<void> => {
    if (!(await store.countArticles({ story }))) throw new HttpError(404, `query: story: no story with id ${JSON.stringify(story)}`);
  };

  /** The canonical name that `name` is an alias of in the reports ("Jackman" of "Hugh Jackman"), or null: one store query. */
  const canonicalOf = (name: string): Promise<string | null> => store.aliasOwner(name);

  app.get('/api/health', async () => ({ ok: true, store: store.kind, articles: await store.countArticles() }));

  app.get('/api/articles', async (req) => {
    const q = parse(ArticlesQuery, req.query, 'query');
    let [items, total] = await Promise.all([store.listArticles(q), store.countArticles(q)]);
    if (!total && q.story) await storyExists(q.story);
    // A name the reports use only as another's alias ("Jackman") filters by that one ("Hugh Jackman").
    const canonical = !total && q.entity ? await canonicalOf(q.entity) : null;
    if (canonical) [items, total] = await Promise.all([store.listArticles({ ...q, entity: canonical }), store.countArticles({ ...q, entity: canonical })]);
    return { items: await place(await withLeads(store, items)), total, limit: q.limit, offset: q.offset };
  });
  app.get('/api/articles/:id', async (req) => {
    const a = await article(parse(IdParams, req.params, 'path').id);
    const [placed] = await place([a]);
    return placed;
  });

  app.get('/api/stories', async (req, reply) => {
    const q = parse(StoriesQuery, req.query, 'query');
    let rows: StoryRow[] = await stories.rows();
    const needle = q.q?.trim().toLowerCase();
    if (needle) {
      // A story matches by its title or its events' titles (case and Latin letters' marks aside), or by a report whose text has every word.
      const hits = new Set((await store.search(needle, 500)).map((h) => h.id));
      const key = matchKey(needle);
      const titled = (title: string) => matchKey(title).includes(key);
      rows = rows.filter((s) => titled(s.title) || s.events.some((e) => titled(e.title) || e.articles.some((a) => hits.has(a))));
    }
    reply.header('x-total-count', String(rows.length));
    return rows.slice(q.offset, q.offset + q.limit);
  });
  app.get('/api/stories/:id', async (req) => {
    const { id } = parse(IdParams, req.params, 'path');
    // An event's id gives its story: an event is named after the report that opened it (e-ID).
    const opener = /^e-/i.test(id) ? (await store.getAssignments([id.slice(2).toLowerCase()]))[0] : undefined;
    const detail = await storyDetail(store, opener?.eventId === id.toLowerCase() ? opener.storyId : id);
    if (!detail) throw new HttpError(404, `no story with id ${JSON.stringify(id)} (story ids begin s-; the whole id is needed)`);
    const leads = new Map((await withLeads(store, detail.events.flatMap((e) => e.reports))).map((r) => [r.id, r.lead]));
    return { ...detail, events: detail.events.map((e) => ({ ...e, reports: e.reports.map((r) => ({ ...r, lead: leads.get(r.id) ?? null })) })) };
  });

  app.get('/api/compare', async (req) => {
    const q = parse(CompareQuery, req.query, 'query');
    return compareArticles(store, await article(q.a, 'query: a'), await article(q.b, 'query: b'));
  });
  app.get('/api/search', async (req) => {
    const q = parse(SearchQuery, req.query, 'query');
    return store.search(q.q, q.limit);
  });

  app.get('/api/entities', async (req) => {
    const q = parse(EntitiesQuery, req.query, 'query');
    const page = await store.listEntities(q);
    if (!page.total && q.story) await storyExists(q.story);
    return { ...page, limit: q.limit, offset: q.offset };
  });
  app.get('/api/entities/:name', async (req) => {
    const { name } = parse(NameParams, req.params, 'path');
    try {
      return await entityView(store, name, stories, place);
    } catch (err) {
      const canonical = err instanceof HttpError && err.status === 404 ? await canonicalOf(name) : null;
      if (!canonical) throw err;
      return entityView(store, canonical, stories, place);
    }
  });
}

async function entityView(store: Store, name: string, stories: StoryCache, place: <T extends { id: string }>(items: T[]) => Promise<Placed<T>[]>): Promise<EntityView> {
  const own = await store.entityAppearances([name], ENTITY_ARTICLES);
  if (!own.length) throw new HttpError(404, `no entity named ${JSON.stringify(name)} in any stored article`);
  const key = matchKey(name);
  // Each alias once, by its match key: "Erdoğan" and "Erdogan" are one alias (entityAppearances looks them up by key).
  const byKey = new Map<string, string>();
  for (const alias of own.flatMap((e) => e.aliases)) {
    const k = matchKey(alias);
    if (k !== key && !byKey.has(k)) byKey.set(k, alias);
  }
  const aliases = [...byKey.values()];
  // Reports that name it only by an alias ("Tokayev") are its appearances too.
  const byAlias = aliases.length ? await store.entityAppearances(aliases, ENTITY_ARTICLES) : [];
  const rows = [...own, ...byAlias.filter((r) => r.type === own[0].type && !own.some((o) => o.articleId === r.articleId))];
  const summaries = new Map((await store.listArticles({ ids: rows.map((r) => r.articleId) })).map((a) => [a.id, a]));
  const articles = await place(
    await withLeads(
      store,
      rows
        .filter((r) => summaries.has(r.articleId))
        .map((r) => ({ ...summaries.get(r.articleId)!, mentions: r.mentions, as: r.name }))
        .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999')),
    ),
  );
  const titles = new Map((await stories.rows()).map((s) => [s.id, s.title]));
  const perStory = new Map<string, number>();
  for (const a of articles) if (a.storyId) perStory.set(a.storyId, (perStory.get(a.storyId) ?? 0) + 1);
  return {
    name: own[0].name,
    type: own[0].type,
    aliases,
    articles,
    stories: [...perStory].map(([id, n]) => ({ id, title: titles.get(id) ?? id, articles: n })).sort((a, b) => b.articles - a.articles),
  };
}
