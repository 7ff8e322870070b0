import type { LinkAssignment, Store } from '../store/store.js';
import type { ArticleSummary, EventView, FactChange, StoryCounts, StoryDetail, StoryRow, StoryView } from '../types.js';
import { type Fact, type LinkFeatures, readFeatures } from './features.js';
import { alignFacts, factTable } from './facts.js';
import { agesOf, orderTimeline, type TimelineEvent } from './timeline.js';
import { matchKey } from '../words.js';

/**
 * Reading the linker's work back: stories with their events on a timeline, their counts, and
 * one story in full (what changed between its events, where its reports disagree, who is in it).
 */

function headline(f: LinkFeatures | undefined, article: { title: string | null } | undefined, fallback: string): string {
  return article?.title ?? f?.title ?? f?.lead ?? fallback;
}

/** Stories of the given assignments (in linking order), their events on a timeline (dated by publication, else by the dates the reports mention). */
async function buildStories(store: Store, assignments: readonly LinkAssignment[], summaries: Map<string, ArticleSummary>): Promise<StoryView[]> {
  // Features only where needed: dates mentioned by undated reports, the lead of untitled ones.
  const undated = assignments.filter((a) => !summaries.get(a.articleId)?.published || !summaries.get(a.articleId)?.title).map((a) => a.articleId);
  const features = await readFeatures(store, undated);
  const stories = new Map<string, Map<string, string[]>>();
  for (const a of assignments) {
    const events = stories.get(a.storyId) ?? new Map<string, string[]>();
    events.set(a.eventId, [...(events.get(a.eventId) ?? []), a.articleId]);
    stories.set(a.storyId, events);
  }
  // Stories with an undated event also need the ages their other reports give (see timeline.ts).
  const undatedSet = new Set(undated.filter((id) => !summaries.get(id)?.published));
  const toPlace = [...stories.values()].filter((events) => [...events.values()].some((ids) => ids.every((i) => undatedSet.has(i))));
  const more = toPlace.flatMap((events) => [...events.values()].flat()).filter((i) => !features.has(i));
  for (const [id, f] of await readFeatures(store, more)) features.set(id, f);
  const out: StoryView[] = [];
  for (const [storyId, events] of stories) {
    const timeline: TimelineEvent[] = [];
    for (const [eventId, ids] of events) {
      const own = ids.map((i) => features.get(i));
      const published = ids.map((i) => summaries.get(i)?.published).filter((d): d is string => !!d).sort();
      const mentioned = own.flatMap((f) => f?.mentioned ?? []);
      // Undated reports: the latest day they mention (news tells of what just happened; older
      // dates are background), else the one year they mention. Of several years ("rates rose
      // between March 2022 and July 2023") none need be the event's: it stays undated.
      const days = mentioned.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m)).sort();
      const years = new Set(mentioned.map((m) => m.slice(0, 4)));
      const date = published[0] ?? days[days.length - 1] ?? (years.size === 1 ? [...years][0] : null);
      const first = ids[0];
      timeline.push({
        view: {
          id: eventId,
          title: headline(own[0], summaries.get(first), first),
          date,
          dateSource: published.length ? 'published' : date ? 'mentioned' : 'unknown',
          articles: ids,
        },
        ages: agesOf(own),
      });
    }
    const views = orderTimeline(timeline);
    // Named after the report that opened it, as its id is, wherever that report falls on the timeline.
    const opener = views.find((v) => v.articles.includes(storyId.replace(/^s-/, ''))) ?? views[0];
    out.push({ id: storyId, title: opener?.title ?? storyId, events: views });
  }
  return out;
}

/** Every story, its events on a timeline (`storyline stories`). */
export async function listStories(store: Store): Promise<StoryView[]> {
  const summaries = new Map((await store.listArticles()).map((a) => [a.id, a]));
  return buildStories(store, await store.getAssignments(), summaries);
}

function countsOf(story: StoryView, summaries: Map<string, ArticleSummary>): StoryCounts {
  const ids = story.events.flatMap((e) => e.articles);
  // An event is dated by its first report; the story runs to its last report ("updated two days later").
  const published = ids.map((i) => summaries.get(i)?.published);
  const dates = [...story.events.map((e) => e.date), ...published].filter((d): d is string => !!d).sort();
  const outlets = new Set(ids.map((i) => summaries.get(i)?.outlet).filter(Boolean));
  return { reports: ids.length, events: story.events.length, outlets: outlets.size, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
}

/** Every story with its counts: the story list's rows, largest first. */
export async function storyRows(store: Store): Promise<StoryRow[]> {
  const summaries = new Map((await store.listArticles()).map((a) => [a.id, a]));
  const stories = await buildStories(store, await store.getAssignments(), summaries);
  return stories
    .map((s) => ({ ...s, counts: countsOf(s, summaries) }))
    .sort((a, b) => b.counts.reports - a.counts.reports || (b.counts.last ?? '').localeCompare(a.counts.last ?? '') || a.id.localeCompare(b.id));
}

/** Reports read per event when comparing facts: enough to see what an event's reports say, bounded for events of hundreds. */
const REPORTS_COMPARED = 6;

/** The facts an event's reports state, the first statement of each (subject, attribute, kind). */
function eventFacts(ids: readonly string[], features: Map<string, LinkFeatures>): { fact: Fact; articleId: string }[] {
  const seen = new Map<string, { fact: Fact; articleId: string }>();
  for (const id of ids.slice(0, REPORTS_COMPARED))
    for (const fact of features.get(id)?.facts ?? []) {
      const key = `${fact.subject}\u0000${fact.attribute}\u0000${fact.kind}`;
      if (!seen.has(key)) seen.set(key, { fact, articleId: id });
    }
  return [...seen.values()];
}

/** Facts whose values differ between consecutive events of the timeline. */
function changesBetween(events: readonly EventView[], features: Map<string, LinkFeatures>): FactChange[] {
  const out: FactChange[] = [];
  for (let i = 0; i + 1 < events.length; i++) {
    const [from, to] = [events[i], events[i + 1]];
    const a = eventFacts(from.articles, features);
    const b = eventFacts(to.articles, features);
    const source = (list: typeof a, f: Fact) => list.find((x) => x.fact === f)!.articleId;
    const named = (list: typeof a, f: Fact) => features.get(source(list, f))?.names.includes(matchKey(f.subject)) ?? false;
    const aligned = alignFacts(a.map((x) => x.fact), b.map((x) => x.fact));
    // "Deaths" or "rivals" of two events are one fact changed only when the events are about the
    // same named someone (Tokayev's vote share: his six rivals, then five); else they are two
    // happenings' own counts (two crashes' dead), and no toll went from 18 to 62.
    if (!aligned.some((f) => named(a, f.a) && named(b, f.b))) continue;
    for (const f of aligned) {
      const [row] = factTable([f], false);
      if (row.status === 'changed') out.push({ ...row, fromEvent: from.id, toEvent: to.id, articleA: source(a, f.a), articleB: source(b, f.b) });
    }
  }
  return out;
}

/** Facts on which two reports of one event disagree beyond rounding, each disagreement once. */
function conflictsWithin(events: readonly EventView[], features: Map<string, LinkFeatures>): FactChange[] {
  const out: FactChange[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const ids = e.articles.slice(0, REPORTS_COMPARED);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const fa = features.get(ids[i])?.facts ?? [];
        const fb = features.get(ids[j])?.facts ?? [];
        for (const row of factTable(alignFacts(fa, fb), true)) {
          const key = [e.id, row.subject, row.attribute, ...[String(row.a), String(row.b)].sort()].join('\u0000');
          if (row.status !== 'conflict' || seen.has(key)) continue;
          seen.add(key);
          out.push({ ...row, fromEvent: e.id, toEvent: e.id, articleA: ids[i], articleB: ids[j] });
        }
      }
  }
  return out;
}

/** One story in full, or null if no story has this id. */
export async function storyDetail(store: Store, storyId: string): Promise<StoryDetail | null> {
  const reports = await store.listArticles({ story: storyId });
  if (!reports.length) return null;
  const summaries = new Map(reports.map((a) => [a.id, a]));
  const [story] = await buildStories(store, await store.getAssignments(reports.map((r) => r.id)), summaries);
  const compared = story.events.flatMap((e) => e.articles.slice(0, REPORTS_COMPARED));
  const features = await readFeatures(store, compared);
  const involved = async (type: 'person' | 'organization' | 'place') => (await store.listEntities({ story: storyId, type, limit: 20 })).items;
  return {
    ...story,
    counts: countsOf(story, summaries),
    events: story.events.map((e) => ({ ...e, reports: e.articles.map((id) => summaries.get(id)!) })),
    changes: changesBetween(story.events, features),
    conflicts: conflictsWithin(story.events, features),
    people: await involved('person'),
    organizations: await involved('organization'),
    places: await involved('place'),
  };
}
