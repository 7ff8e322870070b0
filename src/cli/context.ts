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
  const full = (await store.getArticle(id)) ? id : await store.resolveId(id);
  if (!full) throw new UsageError(`no article with id ${JSON.stringify(id)} (or the prefix is ambiguous); list them with: storyline articles`);
  return full;
}
