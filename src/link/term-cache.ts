import type { Store, TermStats } from '../store/store.js';

/**
 * Document frequencies for the linker, kept between links. Comparing a new report with twenty
 * candidates weighs the candidates' words too (about 2,000 terms: 2 ms a link read from SQLite at
 * 10k reports, a quarter of the time a link may take), and the vocabulary of news repeats: most
 * of those counts were read for an earlier link. A count read when the store held N reports is
 * kept until the store's size moves by more than STALE of N: an IDF of log(N / df) then moves by
 * about 0.01 at most, and a small store (a few reports, where every report moves every count) is
 * read afresh at each link.
 */
const STALE = 0.01;
/** Terms kept at most (about 10 MB); past it the cache starts again. */
const MAX_TERMS = 300_000;

interface Cache {
  total: number;
  df: Map<string, number>;
}

const caches = new WeakMap<Store, Cache>();

/** The store's counts of these terms, each read from the store or kept from an earlier read (see above). */
export async function cachedTermStats(store: Store, terms: readonly string[]): Promise<TermStats> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = { total: -1, df: new Map() }));
  const missing = terms.filter((t) => !cache.df.has(t));
  let read = await store.termStats(missing);
  if (Math.abs(read.total - cache.total) > STALE * read.total || cache.df.size + missing.length > MAX_TERMS) {
    cache.df.clear();
    cache.total = read.total;
    if (missing.length < terms.length) read = await store.termStats(terms);
  }
  for (const t of missing.length < terms.length ? terms : missing) if (!cache.df.has(t)) cache.df.set(t, read.df.get(t) ?? 0);
  return { total: read.total, df: new Map(terms.map((t) => [t, cache.df.get(t) ?? 0])) };
}
