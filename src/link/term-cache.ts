import type { Store, TermStats } from '../store/store.js';

/**
 * Document frequencies of candidates' words for the linker, kept between links. Comparing a new
 * report with twenty candidates weighs the candidates' words too (about 2,000 terms: 2 ms a link
 * read from SQLite at 10k reports, a quarter of the time a link may take), and the vocabulary of
 * news repeats: most of those counts were read for an earlier link. The new report's own words
 * are always read afresh (they choose its index keys); this cache only serves the words a
 * candidate has and the new report has not, which weigh in the candidate's norm alone.
 *
 * A count is kept while the store only grows, by at most STALE of its size since the cache was
 * filled: the linker counts the reports it links itself in (`countLinked`), and what another
 * process links meanwhile moves a kept count by at most that share. Any shrinking (a report
 * deleted) empties the cache, and a small store (a few reports, where every report moves every
 * count) is read afresh at each link.
 */
const STALE = 0.01;
/** Terms kept at most (about 10 MB); past it the cache starts again. */
const MAX_TERMS = 300_000;

interface Cache {
  /** The store's size when the cache was filled. */
  total: number;
  df: Map<string, number>;
}

const caches = new WeakMap<Store, Cache>();

function cacheOf(store: Store): Cache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = { total: -1, df: new Map() }));
  return cache;
}

/** The store's counts of these terms, read from the store or kept from an earlier read (see above). */
export async function cachedTermStats(store: Store, terms: readonly string[]): Promise<TermStats> {
  const cache = cacheOf(store);
  const missing = terms.filter((t) => !cache.df.has(t));
  let read = await store.termStats(missing);
  const shrank = read.total < cache.total;
  if (shrank || read.total - cache.total > STALE * read.total || cache.df.size + missing.length > MAX_TERMS) {
    cache.df.clear();
    cache.total = read.total;
    if (missing.length < terms.length) read = await store.termStats(terms);
  }
  for (const t of terms) if (!cache.df.has(t)) cache.df.set(t, read.df.get(t) ?? 0);
  return { total: read.total, df: new Map(terms.map((t) => [t, cache.df.get(t) ?? 0])) };
}

/** Counts a report the linker just stored into the kept counts of its terms. */
export function countLinked(store: Store, terms: readonly string[]): void {
  const cache = caches.get(store);
  if (!cache) return;
  for (const t of terms) {
    const n = cache.df.get(t);
    if (n !== undefined) cache.df.set(t, n + 1);
  }
}
