import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildServer, type ServerOptions } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from './cli.js';

export const TOKEN = 'sekret';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/**
 * An API server on a new SQLite store, for the tests of one describe block: the reports are
 * ingested through POST /api/ingest before its tests (their article ids in `ids`, in order), and
 * server and store are closed after them.
 */
export function apiWithReports(name: string, reports: readonly string[], options: Omit<ServerOptions, 'store'> = {}) {
  const store = new SqliteStore(join(tempDir(), `${name}.db`));
  const app = buildServer({ store, token: TOKEN, ...options });
  const ids: string[] = [];
  beforeAll(async () => {
    for (const text of reports) ids.push((await app.inject({ method: 'POST', url: '/api/ingest', headers: AUTH, payload: { text } })).json().articles[0]);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  return { store, app, ids };
}
