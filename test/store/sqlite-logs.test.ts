import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { Postings } from '../../src/store/sqlite/postings.js';
import { TermCounts } from '../../src/store/sqlite/term-counts.js';
import { tempDir } from '../helpers/cli.js';

/** Counts as they must be: every article's terms counted once, deleted ones not at all. */
function recount(articles: Map<string, string[]>): { total: number; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const terms of articles.values()) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  return { total: articles.size, df };
}

const WORDS = ['bridge', 'council', 'election', 'ferry', 'volcano', 'strike', 'budget'];

describe('SQLite term counts through a log', () => {
  it('stay exact for two connections while each adds, deletes and folds the log into link_df', async () => {
    const path = join(tempDir('storyline-df-'), 'store.db');
    const store = new SqliteStore(path); // a migrated, empty store
    const other = new Database(path);
    const connections = [new TermCounts(store.db, 3), new TermCounts(other, 3)];
    const live = new Map<string, string[]>();
    const write = (db: Database.Database, counts: TermCounts, terms: string[], delta: 1 | -1) => db.transaction(() => counts.record(JSON.stringify(terms), delta))();
    let folded = 0;
    for (let i = 0; i < 40; i++) {
      const who = i % 3 === 2 ? 1 : 0; // both connections write, unevenly, so each meets the other's folds
      const db = who ? other : store.db;
      if (i % 5 === 4) {
        const [id, terms] = [...live][0];
        live.delete(id);
        write(db, connections[who], terms, -1);
      } else {
        // Every seventh article has a word of its own, which its deletion brings back to no article.
        const terms = [...WORDS.filter((_, w) => (i + w) % (2 + (i % 3)) === 0), ...(i % 7 === 0 ? [`only${i}`] : [])];
        live.set(`a${i}`, terms);
        write(db, connections[who], terms, 1);
      }
      if (!(other.prepare('SELECT count(*) FROM link_df_log').pluck().get() as number)) folded++;
      // The second connection reads less often: folds by the first happen between its reads.
      const readers = i % 4 === 0 ? connections : [connections[0]];
      const own = [...live.values()].flat().filter((t) => t.startsWith('only'));
      for (const counts of readers) expect(counts.stats([...WORDS, ...own, 'only0', 'absent'])).toEqual(recount(live));
    }
    expect(folded).toBeGreaterThan(5);
    // What the folds wrote is link_df itself: terms no article has any more are gone from it.
    const stored = new Map(store.db.prepare("SELECT term, df FROM link_df WHERE term != ''").raw().all() as [string, number][]);
    expect([...stored.values()].every((n) => n > 0)).toBe(true);
    other.close();
    await store.close();
  });

  it('are what a store reopened later reads, log and link_df together', async () => {
    const path = join(tempDir('storyline-df-'), 'store.db');
    const store = new SqliteStore(path);
    const counts = new TermCounts(store.db, 4);
    for (const terms of [['bridge'], ['bridge', 'ferry'], ['ferry'], ['bridge', 'strike'], ['strike']]) store.db.transaction(() => counts.record(JSON.stringify(terms), 1))();
    await store.close();
    const again = new SqliteStore(path);
    expect(await again.termStats(['bridge', 'ferry', 'strike', 'volcano'])).toEqual({ total: 5, df: new Map([['bridge', 3], ['ferry', 2], ['strike', 2]]) });
    await again.close();
  });
});

/** The ids a query must return: most of `keys` shared first, then the lowest id. */
function ranked(live: Map<number, string[]>, keys: string[], limit: number): number[] {
  return [...live]
    .map(([id, filed]) => [id, keys.filter((k) => filed.includes(k)).length] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}

describe('SQLite candidate index through a log', () => {
  it('answers as a recount would, for two connections, across folds, deletes and chunks filling up', async () => {
    const path = join(tempDir('storyline-postings-'), 'store.db');
    const store = new SqliteStore(path);
    const other = new Database(path);
    const indexes = [new Postings(store.db, 50), new Postings(other, 50)];
    const KEYS = ['t:hot', 'n:a', 'n:b', 'b:1', 'b:2', 'b:3'];
    const QUERIES = [['t:hot'], ['n:a', 'b:1'], KEYS, ['x:none']];
    const live = new Map<number, string[]>();
    let seq = 0;
    for (let i = 0; i < 700; i++) {
      const who = i % 7 === 3 ? 1 : 0;
      const db = who ? other : store.db;
      if (i % 9 === 8) {
        const [id, keys] = [...live][i % live.size];
        live.delete(id);
        db.transaction(() => indexes[who].remove(JSON.stringify(keys), id))();
      } else {
        seq++;
        const keys = ['t:hot', ...KEYS.slice(1).filter((_, k) => seq % (k + 2) === 0)];
        live.set(seq, keys);
        db.transaction(() => indexes[who].add(JSON.stringify(keys), seq))();
      }
      if (i % 20 === 0 || i > 690)
        for (const index of indexes) for (const keys of QUERIES) for (const limit of [5, 400]) expect(index.top(keys, limit)).toEqual(ranked(live, keys, limit));
    }
    // Folded 50 links at a time into chunks of 256: the hot key's list spans several chunks.
    expect(other.prepare("SELECT count(*) FROM link_postings WHERE key = 't:hot'").pluck().get()).toBeGreaterThan(1);
    other.close();
    await store.close();
  });

  it('forgets what a read inside a write transaction saw, when that transaction is rolled back', async () => {
    const store = new SqliteStore(join(tempDir('storyline-postings-'), 'store.db'));
    const index = new Postings(store.db, 100);
    store.db.transaction(() => index.add('["t:a"]', 1))();
    expect(() =>
      store.db.transaction(() => {
        index.add('["t:a"]', 2);
        expect(index.top(['t:a'], 5)).toEqual([1, 2]);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    store.db.transaction(() => index.add('["t:a"]', 3))(); // takes the log id the rolled-back row had
    expect(index.top(['t:a'], 5)).toEqual([1, 3]);
    expect(new Postings(store.db, 100).top(['t:a'], 5)).toEqual([1, 3]);
    await store.close();
  });

  it('counts a key given twice once, before and after the fold', async () => {
    const store = new SqliteStore(join(tempDir('storyline-postings-'), 'store.db'));
    const index = new Postings(store.db, 3);
    const file = (keys: string[], id: number) => store.db.transaction(() => index.add(JSON.stringify(keys), id))();
    file(['t:a', 't:a'], 1);
    file(['t:a', 't:b'], 2);
    expect(index.top(['t:a', 't:b'], 5)).toEqual([2, 1]);
    file(['t:c'], 3); // the third row folds the log
    expect(store.db.prepare('SELECT count(*) FROM link_postings_log').pluck().get()).toBe(0);
    expect(index.top(['t:a', 't:b'], 5)).toEqual([2, 1]);
    await store.close();
  });
});
