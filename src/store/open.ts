import type { Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';

/** `--db`: a path (SQLite, the default `./storyline.db`) or a postgres:// URL. */
export function defaultDbLocation(): string {
  return process.env.STORYLINE_DB || './storyline.db';
}

export async function openStore(location: string = defaultDbLocation()): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(location);
  }
  return new SqliteStore(location);
}
