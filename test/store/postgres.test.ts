import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { StoreError } from '../../src/store/sqlite/index.js';
import { expectRepackedIndex, report, storeContract } from './contract.js';
import { dropSchemas, pgTestUrl, PG_SKIP_REASON } from './pg.js';

const urls: string[] = [];
function freshUrl(): string {
  const url = pgTestUrl();
  urls.push(url);
  return url;
}
afterAll(() => dropSchemas(urls));

describe.skipIf(!!PG_SKIP_REASON)('PostgreSQL store', () => {
  storeContract('PostgreSQL', {
    fresh: () => PostgresStore.open(freshUrl()),
    again: (store) => PostgresStore.open((store as PostgresStore).url),
  });

  it('migrates once when many processes open a new store at the same time', async () => {
    const url = freshUrl();
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresStore.open(url)));
    const versions = await stores[0].pool.query<{ version: number }>('SELECT version FROM storyline_schema ORDER BY version');
    expect(versions.rows.map((r) => r.version)).toEqual([...new Set(versions.rows.map((r) => r.version))]);
    expect((await stores[5].migrate()).applied).toEqual([]);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("refuses a schema holding another application's tables, and a newer Storyline's", async () => {
    const url = freshUrl();
    const store = await PostgresStore.open(url);
    await store.pool.query('INSERT INTO storyline_schema (version, name) VALUES (999, $1)', ['from the future']);
    await expect(PostgresStore.open(url)).rejects.toThrow(/newer Storyline/);
    await store.pool.query(`CREATE SCHEMA ${store.location.schema}_foreign; CREATE TABLE ${store.location.schema}_foreign.invoices (id int)`);
    const foreign = url.replace(/schema=(\w+)/, 'schema=$1_foreign');
    urls.push(foreign);
    await expect(PostgresStore.open(foreign)).rejects.toThrow(StoreError);
    await expect(PostgresStore.open(foreign)).rejects.toThrow(/another application/);
    await store.close();
  });

  it('brings a schema-4 store up to date: the candidate index repacked in link order, the article count kept, entity names and aliases keyed, deletes still whole', async () => {
    const url = freshUrl();
    const store = await PostgresStore.open(url);
    const ids: string[] = [];
    const zurich = { name: 'Zürich', type: 'place' as const, aliases: ['Zürich City'], mentions: [{ start: 27, end: 33, text: 'Zürich' }] };
    for (const text of ['Council Votes\n\nThe council of Zürich voted on Tuesday.', 'Council Meets\n\nThe council of Basel met on Friday to discuss the budget.']) {
      const r = report(text, text.includes('Zürich') ? { entities: [zurich] } : {});
      await store.saveIngested(r.raw, [r.article]);
      ids.push(r.article.id);
    }
    // Back to schema 4: one row per key and article in link_index; linked in the opposite order of the ids' sort.
    const [older, newer] = ids[0] < ids[1] ? [ids[1], ids[0]] : [ids[0], ids[1]];
    const places = (await store.listEntities({ type: 'place' })).items;
    await store.pool.query(`DROP TABLE link_postings; DROP TABLE link_story_aliases; DELETE FROM storyline_schema WHERE version >= 5; DELETE FROM link_df WHERE term = '';
      DROP INDEX article_entities_key; ALTER TABLE article_entities DROP COLUMN name_key; ALTER TABLE article_entities DROP COLUMN aliases_key;
      CREATE TABLE link_index (key text NOT NULL, article_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, article_id))`);
    for (const [id, keys] of [[older, ['t:council', 'n:zürich']], [newer, ['t:council', 't:budget']]] as const) {
      // The older one linked before keys were kept with the features.
      await store.pool.query('INSERT INTO link_features (article_id, data, keys) VALUES ($1, $2, $3)', [id, JSON.stringify({ id }), id === older ? null : keys]);
      await store.pool.query('INSERT INTO link_assignments (article_id, event_id, story_id) VALUES ($1, $2, $3)', [id, `e-${id}`, `s-${id}`]);
      await store.pool.query('INSERT INTO link_index (key, article_id) SELECT unnest($1::text[]), $2', [keys, id]);
    }
    await store.close();
    const again = await PostgresStore.open(url);
    expect((await again.termStats([])).total).toBe(2); // counted by migration 6
    // Entities stored before migration 8 are found by their names' match keys.
    expect((await again.listEntities({ type: 'place' })).items).toEqual(places);
    expect(places.map((p) => p.name)).toContain('Zürich');
    expect(await again.countArticles({ entity: 'ZURICH' })).toBe(1);
    // ...and their aliases by theirs (migration 9).
    expect(await again.aliasOwner('zurich city')).toBe('Zürich');
    await expectRepackedIndex(again, older, newer);
    expect((await again.termStats([])).total).toBe(0);
    expect((await again.pool.query('SELECT count(*)::int AS n FROM link_postings')).rows[0].n).toBe(0);
    await again.close();
  });

  it('names the server it cannot reach', async () => {
    await expect(PostgresStore.open('postgres://app@127.0.0.1:1/none')).rejects.toThrow(/cannot connect/);
  });
});
