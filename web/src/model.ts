/**
 * What the views show, normalised from either the richer endpoints (GET /api/stories?q=,
 * /api/stories/:id, /api/entities/:name) or, on a server without them, computed from the
 * contract endpoints (/api/stories, /api/articles, /api/articles/:id, /api/compare).
 */
import { allArticles, api, type Article, type ArticleSummary, articleId, type Comparison, type Fact, optionalApi, q, type StoryView } from './api';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (o: Obj, ...keys: string[]): number | undefined => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'number') return v;
    if (Array.isArray(v)) return v.length;
  }
  return undefined;
};
const str = (o: Obj, ...keys: string[]): string | null => {
  for (const k of keys) if (typeof o[k] === 'string') return o[k] as string;
  return null;
};
const list = (o: unknown, ...keys: string[]): unknown[] => {
  if (Array.isArray(o)) return o;
  if (!isObj(o)) return [];
  for (const k of keys) if (Array.isArray(o[k])) return o[k] as unknown[];
  return [];
};

export interface StoryRow {
  id: string;
  title: string;
  reports: number;
  events: number;
  outlets: number;
  first: string | null;
  last: string | null;
}

export interface TimelineEvent {
  id: string;
  title: string;
  date: string | null;
  dateSource?: string;
  /** Why an undated event stands where it does (the server's timeline reasoning). */
  dateNote?: string;
  articles: ArticleSummary[];
}

export interface FactChange extends Omit<Fact, 'status'> {
  status: string;
  /** The two events (or reports) compared. */
  from?: string;
  to?: string;
  articleA?: string;
  articleB?: string;
}

export interface Involved {
  name: string;
  type: string;
  count: number;
}

export interface StoryDetail {
  id: string;
  title: string;
  events: TimelineEvent[];
  changes: FactChange[];
  conflicts: FactChange[];
  involved: Involved[];
  /** True when computed in the page because the server lacks GET /api/stories/:id. */
  computed: boolean;
}

/** Events stay in the server's order: it is the timeline (dated by date, undated placed by the ages reports give). */
function summaryOf(x: unknown, known: Map<string, ArticleSummary>): ArticleSummary {
  if (typeof x === 'string') return known.get(x) ?? { id: x, title: null, outlet: null, published: null };
  const o = isObj(x) ? x : {};
  const id = str(o, 'id') ?? '?';
  return { ...known.get(id), id, title: str(o, 'title'), outlet: str(o, 'outlet'), published: str(o, 'published', 'date'), source: str(o, 'source') ?? undefined };
}

function rowFrom(s: Obj, articles: Map<string, ArticleSummary> | null): StoryRow {
  const events = list(s, 'events').filter(isObj);
  const ids = events.flatMap((e) => list(e, 'articles').map((a) => articleId(a as string)));
  const dates = events.map((e) => str(e, 'date')).filter((d): d is string => !!d).sort();
  const outlets = new Set(ids.map((i) => articles?.get(i)?.outlet).filter(Boolean));
  const counts = isObj(s.counts) ? s.counts : s;
  return {
    id: str(s, 'id') ?? '?',
    title: str(s, 'title') ?? '(untitled story)',
    reports: num(counts, 'reports', 'reportCount', 'articleCount', 'articlesCount') ?? ids.length,
    events: num(counts, 'eventCount', 'eventsCount', 'events') ?? events.length,
    outlets: num(counts, 'outlets', 'outletCount', 'outletsCount') ?? outlets.size,
    first: str(counts, 'firstDate', 'first', 'from', 'start') ?? dates[0] ?? null,
    last: str(counts, 'lastDate', 'last', 'to', 'end') ?? dates[dates.length - 1] ?? null,
  };
}

/** Stories matching `query` (all when empty), with their counts. */
export async function loadStories(query: string): Promise<StoryRow[]> {
  const raw = await api<unknown>(`/api/stories${q({ q: query })}`);
  const stories = list(raw, 'items', 'stories').filter(isObj);
  const hasCounts = stories.some((s) => num(isObj(s.counts) ? s.counts : s, 'reports', 'reportCount', 'articleCount') !== undefined && (num(isObj(s.counts) ? s.counts : s, 'outlets', 'outletCount') !== undefined));
  const articles = hasCounts ? null : await allArticles();
  let rows = stories.map((s) => rowFrom(s, articles));
  // A server without ?q= returns every story: filter by title here.
  if (!hasCounts && query) {
    const needle = query.toLowerCase();
    rows = rows.filter((r) => r.title.toLowerCase().includes(needle));
  }
  return rows;
}

async function compareFacts(a: string, b: string): Promise<Fact[]> {
  return (await api<Comparison>(`/api/compare${q({ a, b })}`)).facts;
}

function factList(raw: unknown, ...keys: string[]): FactChange[] {
  return list(raw, ...keys)
    .filter(isObj)
    .map((f) => ({
      subject: str(f, 'subject') ?? '',
      attribute: str(f, 'attribute') ?? '',
      a: (f.a ?? f.before ?? f.from ?? null) as FactChange['a'],
      b: (f.b ?? f.after ?? f.to ?? null) as FactChange['b'],
      status: str(f, 'status') ?? 'changed',
      from: str(f, 'fromEvent', 'eventA', 'from_event') ?? undefined,
      to: str(f, 'toEvent', 'eventB', 'to_event', 'event') ?? undefined,
      articleA: str(f, 'articleA', 'aArticle') ?? undefined,
      articleB: str(f, 'articleB', 'bArticle') ?? undefined,
    }));
}

function involvedList(raw: Obj): Involved[] {
  const out: Involved[] = [];
  const add = (items: unknown[], type?: string) => {
    for (const x of items) {
      if (typeof x === 'string') out.push({ name: x, type: type ?? 'other', count: 0 });
      else if (isObj(x)) out.push({ name: str(x, 'name') ?? '?', type: str(x, 'type') ?? type ?? 'other', count: num(x, 'count', 'articles', 'mentions', 'reports') ?? 0 });
    }
  };
  add(list(raw, 'people', 'persons'), 'person');
  add(list(raw, 'organizations', 'organisations', 'orgs'), 'organization');
  if (!out.length) add(list(raw, 'entities', 'involved'));
  return out;
}

/** A story with its timeline, the facts that changed, conflicts, and who is involved. */
export async function loadStory(id: string): Promise<StoryDetail> {
  const rich = await optionalApi<Obj>(`/api/stories/${encodeURIComponent(id)}`);
  const known = await allArticles();
  if (rich && isObj(rich) && Array.isArray(rich.events)) {
    const events = list(rich, 'events')
      .filter(isObj)
      .map((e) => ({
        id: str(e, 'id') ?? '?',
        title: str(e, 'title') ?? '',
        date: str(e, 'date'),
        dateSource: str(e, 'dateSource') ?? undefined,
        dateNote: str(e, 'dateNote') ?? undefined,
        articles: list(e, 'articles', 'reports').map((a) => summaryOf(a, known)),
      }));
    return {
      id: str(rich, 'id') ?? id,
      title: str(rich, 'title') ?? '(untitled story)',
      events,
      changes: factList(rich, 'changes', 'factChanges', 'changedFacts', 'factsChanged', 'facts'),
      conflicts: factList(rich, 'conflicts', 'eventConflicts'),
      involved: involvedList(rich),
      computed: false,
    };
  }
  // Older server: assemble it from the contract endpoints.
  const stories = await api<StoryView[]>('/api/stories');
  const story = stories.find((s) => s.id === id || s.id.startsWith(id));
  if (!story) throw new Error(`There is no story ${id}.`);
  const events = story.events.map((e) => ({ id: e.id, title: e.title, date: e.date, dateSource: e.dateSource, dateNote: e.dateNote, articles: e.articles.map((a) => summaryOf(a, known)) }));
  const changes: FactChange[] = [];
  for (let i = 0; i + 1 < events.length && i < 10; i++) {
    const a = events[i].articles[0]?.id;
    const b = events[i + 1].articles[0]?.id;
    if (!a || !b) continue;
    for (const f of await compareFacts(a, b)) if (f.status !== 'agree') changes.push({ ...f, from: events[i].id, to: events[i + 1].id, articleA: a, articleB: b });
  }
  const conflicts: FactChange[] = [];
  for (const e of events) {
    const ids = e.articles.map((a) => a.id).slice(0, 4);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) for (const f of await compareFacts(ids[i], ids[j])) if (f.status === 'conflict') conflicts.push({ ...f, to: e.id, articleA: ids[i], articleB: ids[j] });
  }
  const counts = new Map<string, Involved>();
  for (const e of events)
    for (const s of e.articles.slice(0, 10)) {
      const a = await api<Article>(`/api/articles/${encodeURIComponent(s.id)}`);
      for (const ent of a.entities) {
        if (ent.type !== 'person' && ent.type !== 'organization') continue;
        const c = counts.get(ent.name) ?? { name: ent.name, type: ent.type, count: 0 };
        c.count++;
        counts.set(ent.name, c);
      }
    }
  return { id: story.id, title: story.title, events, changes, conflicts, involved: [...counts.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)), computed: true };
}

export interface EntityAppearance extends ArticleSummary {
  storyTitle?: string | null;
}

export interface EntityDetail {
  name: string;
  type: string | null;
  aliases: string[];
  articles: EntityAppearance[];
  stories: { id: string; title: string }[];
  computed: boolean;
}

/** Where a person or organisation appears, over time. */
export async function loadEntity(name: string): Promise<EntityDetail> {
  const rich = await optionalApi<Obj>(`/api/entities/${encodeURIComponent(name)}`);
  if (rich && isObj(rich)) {
    const articles = list(rich, 'articles', 'appearances', 'reports')
      .filter(isObj)
      .map((a) => ({ id: str(a, 'id', 'articleId') ?? '?', title: str(a, 'title'), outlet: str(a, 'outlet'), published: str(a, 'published', 'date'), storyId: str(a, 'storyId'), eventId: str(a, 'eventId') }))
      .sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999'));
    const stories = list(rich, 'stories')
      .map((s) => (typeof s === 'string' ? { id: s, title: s } : isObj(s) ? { id: str(s, 'id') ?? '?', title: str(s, 'title') ?? str(s, 'id') ?? '?' } : null))
      .filter((s): s is { id: string; title: string } => !!s);
    const aliases = list(rich, 'aliases').filter((x): x is string => typeof x === 'string');
    return { name: str(rich, 'name') ?? name, type: str(rich, 'type'), aliases, articles, stories, computed: false };
  }
  // Older server: full-text search for the name, then place each hit in its story.
  const hits = await api<{ id: string }[]>(`/api/search${q({ q: `"${name.replace(/"/g, '')}"`, limit: 100 })}`).catch(() => []);
  const known = await allArticles();
  const stories = await api<StoryView[]>('/api/stories');
  const where = new Map<string, { story: StoryView; event: string }>();
  for (const s of stories) for (const e of s.events) for (const a of e.articles) where.set(articleId(a), { story: s, event: e.id });
  const articles = hits
    .map((h) => ({ ...(known.get(h.id) ?? { id: h.id, title: null, outlet: null, published: null }), storyId: where.get(h.id)?.story.id ?? null, eventId: where.get(h.id)?.event ?? null }))
    .sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999'));
  const storyIds = [...new Set(articles.map((a) => a.storyId).filter((s): s is string => !!s))];
  return { name, type: null, aliases: [], articles, stories: storyIds.map((id) => ({ id, title: stories.find((s) => s.id === id)?.title ?? id })), computed: true };
}
