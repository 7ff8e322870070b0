import type { LinkAssignment, LinkDecision, Store, TermStats } from '../store/store.js';
import type { Article, Comparison } from '../types.js';
import { compareFeatures, type Idf, SETTINGS } from './compare.js';
import { contrastEvidence } from './contrast.js';
import { cachedTermStats, countLinked } from './term-cache.js';
import { extractFeatures, indexKeys, type LinkFeatures, queryKeys, readFeatures } from './features.js';
export { listStories, storyDetail, storyRows } from './stories.js';

/**
 * Incremental linking: each new article joins an existing event, opens a new event in an
 * existing story, or starts a new story. Candidates come from the store's index (LSH bands,
 * names, top terms); the whole store is never scanned or re-clustered, and ids never change:
 * an event or story is named after the article that opened it.
 */
/**
 * Candidates compared per new article. Linking the ECB+ articles scores the same with 20 as with
 * 40 over 3 orders (and within 0.002 with 10: the right reports rank high), while each candidate
 * costs reading, parsing and comparing its features: 20 took the 95th percentile at 100k
 * articles from 21-24 ms to 13-15 ms (bench/RESULTS.md). Twenty still gives an event of hundreds
 * of reports twenty votes.
 */
const CANDIDATES = 20;
/** Decisions kept as the evidence of a link: the strongest ones (a wire story's hundred copies need not all be listed). */
const KEPT_DECISIONS = 12;

function idfFrom(stats: TermStats): Idf {
  return (term) => Math.log((stats.total + 1) / ((stats.df.get(term) ?? 0) + 1)) + 1;
}

function termsOf(f: LinkFeatures): string[] {
  return [...new Set([...f.terms.words, ...f.names.map((n) => `n:${n}`)])];
}

/**
 * IDF over the store, names looked up under their "n:" key, and the counts it comes from; given
 * the counts already read (`known`), only the other terms' are read.
 */
async function idfFor(store: Store, features: readonly LinkFeatures[], known?: TermStats, read: typeof store.termStats = (t) => store.termStats(t)): Promise<{ idf: Idf; stats: TermStats }> {
  const terms = [...new Set(features.flatMap(termsOf))].filter((t) => !known?.df.has(t));
  const counts = await read(terms);
  const stats = known ? { total: known.total, df: new Map([...known.df, ...counts.df]) } : counts;
  const base = idfFrom(stats);
  const memo = new Map<string, number>(); // cosine asks for the same terms many times
  return {
    idf: (t) => {
      let v = memo.get(t);
      if (v === undefined) memo.set(t, (v = base(t)));
      return v;
    },
    stats,
  };
}

interface Choice {
  assignment: LinkAssignment;
  decisions: LinkDecision[];
  /** Other stories this article shows to be one with its own. */
  mergeStories: string[];
}

/**
 * Reports of another story the new article must relate to (same event or same story) before
 * that story and the article's are taken for one. A story is decided by its first report, which
 * may share too little with the reports of the same kind of happening before it; later reports
 * bridge the two. ECB+ (3 orders): story F1 0.825-0.883 without merging, 0.903-0.916 with two
 * reports (story precision 0.956-0.970, from 0.969-0.982), 0.891-0.910 with three; one report
 * merged too much (0.832-0.853).
 */
const STORY_BRIDGE = 2;

/** Decides where one article goes, from its comparisons with the candidates' events. */
function choose(f: LinkFeatures, candidates: LinkFeatures[], assigned: Map<string, LinkAssignment>, idf: Idf): Choice {
  const decisions: LinkDecision[] = [];
  const byEvent = new Map<string, { together: number; apart: number; best: number; storyId: string }>();
  let bestStory: { storyId: string; score: number } | null = null;
  const relatedIn = new Map<string, number>();
  for (const c of candidates) {
    const where = assigned.get(c.id);
    if (!where) continue;
    const cmp = compareFeatures(f, c, idf);
    if (cmp.relation !== 'unrelated') decisions.push({ otherId: c.id, relation: cmp.relation, score: cmp.score, evidence: cmp.evidence });
    const e = byEvent.get(where.eventId) ?? { together: 0, apart: 0, best: 0, storyId: where.storyId };
    if (cmp.relation === 'duplicate' || cmp.relation === 'same-event') e.together++;
    if (cmp.signals.apart >= SETTINGS.apartDecisive && cmp.relation !== 'duplicate') e.apart++;
    e.best = Math.max(e.best, cmp.score + (cmp.relation === 'duplicate' ? 1 : 0));
    byEvent.set(where.eventId, e);
    if (cmp.relation !== 'unrelated' && (!bestStory || cmp.score > bestStory.score)) bestStory = { storyId: where.storyId, score: cmp.score };
    if (cmp.relation !== 'unrelated') relatedIn.set(where.storyId, (relatedIn.get(where.storyId) ?? 0) + 1);
  }
  // The event whose reports most agree to be the same happening, unless as many of its reports
  // contradict it (one report's misread age or date must not split an event of twenty).
  let bestEvent: { eventId: string; storyId: string; best: number } | null = null;
  for (const [eventId, e] of byEvent) {
    if (!e.together || e.apart >= e.together) continue;
    if (!bestEvent || e.best > bestEvent.best) bestEvent = { eventId, storyId: e.storyId, best: e.best };
  }
  const id = f.id;
  const storyId = bestEvent?.storyId ?? bestStory?.storyId ?? `s-${id}`;
  const mergeStories = [...relatedIn].filter(([s, n]) => s !== storyId && n >= STORY_BRIDGE).map(([s]) => s);
  return { assignment: { articleId: id, eventId: bestEvent?.eventId ?? `e-${id}`, storyId }, decisions, mergeStories };
}

/** Links new articles, one at a time in the order given (callers give ingestion order). */
export async function linkArticles(store: Store, articles: readonly Article[]): Promise<void> {
  for (const article of articles) {
    if ((await store.getAssignments([article.id])).length) continue;
    const f = extractFeatures(article);
    const own = await idfFor(store, [f]);
    const keys = indexKeys(f, own.idf);
    const ids = await store.findCandidates(queryKeys(keys, own.stats), CANDIDATES);
    const stored = await readFeatures(store, ids);
    const candidates = ids.flatMap((i) => stored.get(i) ?? []);
    const assigned = new Map((await store.getAssignments(ids)).map((a) => [a.articleId, a]));
    // The candidates' own words weigh in their TF-IDF vectors too, as in `compare`: read as unseen
    // (the rarest), a candidate's words outweighed what it shares with the new report, and a link
    // could be refused that `compare` then called one event (two reports of one flood).
    const { idf } = await idfFor(store, candidates, own.stats, (terms) => cachedTermStats(store, terms));
    const { assignment, decisions, mergeStories } = choose(f, candidates, assigned, idf);
    const kept = decisions.sort((x, y) => y.score - x.score || (x.otherId < y.otherId ? -1 : 1)).slice(0, KEPT_DECISIONS);
    const terms = termsOf(f);
    await store.saveLink({ articleId: f.id, features: f, keys, terms, assignment, decisions: kept, mergeStories });
    countLinked(store, terms);
  }
}

/**
 * Links what was stored but never linked (the process died between the two), oldest first, so
 * that a re-run after a crash ends where an uninterrupted run would have.
 */
export async function linkPending(store: Store): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await store.listUnlinked(100);
    if (!ids.length) return done;
    for (const id of ids) {
      const article = await store.getArticle(id);
      if (article) await linkArticles(store, [article]);
      done++;
    }
  }
}

/** How two stored articles relate, why (with what only one of them names or counts), and their facts side by side. */
export async function compareArticles(store: Store, a: Article, b: Article): Promise<Comparison> {
  const fa = extractFeatures(a);
  const fb = extractFeatures(b);
  const { idf } = await idfFor(store, [fa, fb]);
  const { signals: _signals, ...comparison } = compareFeatures(fa, fb, idf);
  void _signals;
  if (comparison.relation === 'same-event' || comparison.relation === 'same-story') comparison.evidence.push(...contrastEvidence(a, b));
  return comparison;
}
