import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers/cli.js';
import { report, storeContract } from './contract.js';

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
  it('fill the entity table from articles stored before it existed', async () => {
    const path = join(tempDir('storyline-migrate-'), 'store.db');
    const store = new SqliteStore(path);
    const r = report('Council Votes\n\nThe council of Zürich voted on Tuesday, said council president Anna Keller.');
    await store.saveIngested(r.raw, [r.article]);
    const id = r.article.id;
    await store.saveLink({ articleId: id, features: { id }, keys: ['t:council'], terms: ['council'], assignment: { articleId: id, eventId: `e-${id}`, storyId: `s-${id}` }, decisions: [] });
    const names = (await store.listEntities()).items.map((e) => e.name);
    expect(names).toContain('Anna Keller');
    // Back to schema 2, as a store written by the previous version would be.
    store.db.exec(`DROP TABLE article_entities; DROP INDEX link_assignments_story; DROP INDEX articles_raw_hash;
      ALTER TABLE link_features DROP COLUMN keys; ALTER TABLE link_features DROP COLUMN terms; PRAGMA user_version = 2;`);
    await store.close();
    const again = new SqliteStore(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(4);
    expect((await again.listEntities()).items.map((e) => e.name)).toEqual(names);
    // Linked before its index keys were kept: still deleted whole.
    expect(await again.findCandidates(['t:council'], 5)).toEqual([id]);
    expect(await again.deleteArticle(id)).toBe(true);
    expect(await again.findCandidates(['t:council'], 5)).toEqual([]);
    await again.close();
  });
});
