import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { StoreError } from '../../src/store/sqlite/index.js';
import { storeContract } from './contract.js';
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

  it('names the server it cannot reach', async () => {
    await expect(PostgresStore.open('postgres://app@127.0.0.1:1/none')).rejects.toThrow(/cannot connect/);
  });
});
