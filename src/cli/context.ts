import { findArticleId } from '../service/article-id.js';
import { openStore, defaultDbLocation } from '../store/open.js';
import type { Store } from '../store/store.js';
import { UsageError } from './output.js';

export interface GlobalOptions {
  db?: string;
}

/** Opens the store named by --db (or $STORYLINE_DB, or ./storyline.db), runs `fn`, closes it. */
export async function withStore<T>(options: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options.db ?? defaultDbLocation());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** An article id as the user typed it (full or a unique prefix) to the stored id. */
export async function resolveArticleId(store: Store, id: string): Promise<string> {
  const found = await findArticleId(store, id);
  if ('error' in found) throw new UsageError(`${found.error}; list them with: storyline articles`);
  return found.id;
}
