import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';
import { expectRepackedIndex, report, storeContract } from './contract.js';

storeContract('SQLite', {
  fresh: async () => new SqliteStore(join(tempDir('storyline-store-'), 'store.db')),
  again: async (store) => new SqliteStore((store as SqliteStore).path),
});

describe('SQLite write-ahead log', () => {
  it('is checkpointed by its own thread while the writer runs, and folded in at close', async () => {
    const path = join(tempDir('storyline-wal-'), 'store.db');
    const store = new SqliteStore(path);
    const bytes = Buffer.alloc(256 * 1024, 7);
    // 24 inputs of 256 KB each: about 6 MB into the WAL, over the 4 MB the checkpointer waits for.
    for (let i = 0; i < 24; i++) await store.saveIngested({ hash: `h${i}`, source: `s${i}`, bytes, encoding: 'UTF-8', contentType: null, url: null }, []);
    const deadline = Date.now() + 10_000;
    while (statSync(path).size < 4 * 2 ** 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // The writer's own auto-checkpoint is off: only the thread can have copied pages into the file.
    expect(statSync(path).size).toBeGreaterThan(4 * 2 ** 20);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = new SqliteStore(path);
    expect((await again.getRaw('h23'))?.size).toBe(bytes.length);
    await again.close();
  });
});

describe('SQLite migrations', () => {
  it('bring a schema-2 store up to date: entity table filled, candidate index repacked, article count kept, deletes still whole', async () => {
    const path = join(tempDir('storyline-migrate-'), 'store.db');
    const store = new SqliteStore(path);
    const ids: string[] = [];
    for (const text of [
      'Council Votes\n\nThe council of Zürich voted on Tuesday, said council president Anna Keller. Keller left early.',
      'Council Meets\n\nThe council of Basel met on Friday to discuss the budget.',
    ]) {
      const r = report(text);
      await store.saveIngested(r.raw, [r.article]);
      ids.push(r.article.id);
    }
    const names = (await store.listEntities()).items.map((e) => e.name);
    expect(names).toContain('Anna Keller');
    // Back to schema 2, as a store written by an early version would be: one row per key and
    // article in link_index, no keys kept with the features.
    const [first, second] = ids;
    store.db.exec(`DROP TABLE article_entities; DROP INDEX link_assignments_story; DROP INDEX articles_raw_hash; DROP TABLE link_postings;
      DROP TABLE link_df_log; DROP TABLE link_postings_log; DROP TABLE link_story_aliases; DELETE FROM link_df WHERE term = '';
      CREATE TABLE link_index (key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
      ALTER TABLE link_features DROP COLUMN keys; ALTER TABLE link_features DROP COLUMN terms; PRAGMA user_version = 2;`);
    // Linked in the opposite order of their ids' sort: the repacked index keeps the link order.
    const [older, newer] = first < second ? [second, first] : [first, second];
    for (const [id, keys] of [[older, ['t:council', 'n:zürich']], [newer, ['t:council', 't:budget']]] as const) {
      store.db.prepare('INSERT INTO link_features (article_id, data) VALUES (?, ?)').run(id, JSON.stringify({ id }));
      store.db.prepare('INSERT INTO link_assignments (article_id, event_id, story_id) VALUES (?, ?, ?)').run(id, `e-${id}`, `s-${id}`);
      for (const k of keys) store.db.prepare('INSERT INTO link_index (key, article_id) VALUES (?, ?)').run(k, id);
    }
    await store.close();
    const again = new SqliteStore(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(10);
    expect((await again.listEntities()).items.map((e) => e.name)).toEqual(names);
    // Aliases are keyed (migration 10): "keller" finds the one named in full.
    expect(await again.aliasOwner('KELLER')).toBe('Anna Keller');
    expect((await again.termStats([])).total).toBe(2); // the article count moved into link_df
    await expectRepackedIndex(again, older, newer);
    expect((await again.termStats([])).total).toBe(0); // deleted, though linked before their terms were kept
    // Both removals wait in the log for the next fold (./postings.ts); the queries above already leave them out.
    expect(again.db.prepare('SELECT count(*) FROM link_postings_log WHERE delta < 0').pluck().get()).toBe(2);
    await again.close();
  });
});
