import type { Store } from '../store.js';

/** PostgreSQL store: being built (issue 6). */
export async function openPostgresStore(url: string): Promise<Store> {
  throw new Error(`PostgreSQL store is not available yet (${url.replace(/\/\/[^@]*@/, '//***@')}); use a SQLite file path with --db`);
}
