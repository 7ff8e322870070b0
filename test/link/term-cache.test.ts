import { describe, expect, it } from 'vitest';
import { cachedTermStats, countLinked } from '../../src/link/term-cache.js';
import type { Store, TermStats } from '../../src/store/store.js';

/** A store of term counts only, which counts what it was asked. */
function countsStore(total: number, df: Record<string, number>) {
  const asked: string[][] = [];
  const state = { total, df: new Map(Object.entries(df)) };
  const store = {
    termStats: async (terms: readonly string[]): Promise<TermStats> => {
      asked.push([...terms]);
      return { total: state.total, df: new Map(terms.filter((t) => state.df.has(t)).map((t) => [t, state.df.get(t)!])) };
    },
  } as unknown as Store;
  return { store, asked, state };
}

describe("the linker's cache of candidates' term counts", () => {
  it('reads a term once while the store grows little, and counts what the linker links itself', async () => {
    const { store, asked, state } = countsStore(1000, { flood: 10, valencia: 3 });
    expect((await cachedTermStats(store, ['flood', 'valencia', 'paiporta'])).df).toEqual(new Map([['flood', 10], ['valencia', 3], ['paiporta', 0]]));
    countLinked(store, ['paiporta', 'flood']);
    state.total = 1001;
    const again = await cachedTermStats(store, ['flood', 'paiporta']);
    expect(asked.at(-1)).toEqual([]); // nothing read but the store's size
    expect(again).toEqual({ total: 1001, df: new Map([['flood', 11], ['paiporta', 1]]) });
  });

  it('reads everything afresh once the store has grown by more than 1%, or shrunk at all', async () => {
    const { store, asked, state } = countsStore(1000, { flood: 10 });
    await cachedTermStats(store, ['flood']);
    state.total = 999; // a report deleted
    state.df.set('flood', 9);
    expect((await cachedTermStats(store, ['flood'])).df.get('flood')).toBe(9);
    state.total = 1020;
    state.df.set('flood', 30);
    expect((await cachedTermStats(store, ['flood'])).df.get('flood')).toBe(30);
    expect(asked.at(-1)).toEqual(['flood']);
  });
});
