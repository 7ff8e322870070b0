import { Command } from 'commander';
import { defaultDbLocation, openStore } from '../../store/open.js';
import type { PostgresStore } from '../../store/postgres/index.js';
import type { SqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/store.js';
import type { GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';

/** Operations: `storyline migrate` and `storyline status`. */

async function withQueue<T>(store: Store, fn: (queue: import('../../queue/queue.js').Queue) => Promise<T>): Promise<T> {
  const { Queue, queueSettingsFromEnv } = await import('../../queue/queue.js');
  const queue = await Queue.open(store, queueSettingsFromEnv(), 'client');
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}

export function migrateCommand(globals: () => GlobalOptions): Command {
  return new Command('migrate')
    .description('create or upgrade the database schema (and, on PostgreSQL, the work queue); safe to run any time, from anywhere')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const location = globals().db ?? defaultDbLocation();
      // Opening a store migrates it (under a lock on PostgreSQL, so many processes may do it at once).
      const store = await openStore(location);
      try {
        let result: { backend: Store['kind']; schemaVersion: number; queue: string | null };
        if (store.kind === 'postgres') {
          const pgStore = store as PostgresStore;
          const version = await pgStore.pool.query<{ v: number }>('SELECT max(version) AS v FROM storyline_schema');
          const queueSchema = await withQueue(store, async (queue) => queue.schema);
          result = { backend: 'postgres', schemaVersion: version.rows[0].v, queue: queueSchema };
        } else {
          result = { backend: 'sqlite', schemaVersion: (store as SqliteStore).db.pragma('user_version', { simple: true }) as number, queue: null };
        }
        if (flags.json) printJson(result);
        else print(`${result.backend} schema at version ${result.schemaVersion}${result.queue ? `; work queue ready in schema ${result.queue}` : ''}`);
      } finally {
        await store.close();
      }
    });
}

export function statusCommand(globals: () => GlobalOptions): Command {
  return new Command('status')
    .description('queue depth, rates, latency, failures and workers (PostgreSQL); article count on SQLite')
    .option('--json', 'print JSON')
    .option('--failures <n>', 'how many recent failed inputs to show', (v) => Math.max(0, Number.parseInt(v, 10) || 0), 10)
    .action(async (flags: { json?: boolean; failures: number }) => {
      const store = await openStore(globals().db ?? defaultDbLocation());
      try {
        if (store.kind !== 'postgres') {
          const articles = await store.countArticles();
          if (flags.json) printJson({ articles, queue: null });
          else print(`articles: ${articles}\n(no work queue: it needs a PostgreSQL store)`);
          return;
        }
        const { queueStatus, formatStatus } = await import('../../queue/status.js');
        const status = await withQueue(store, (queue) => queueStatus(queue, flags.failures));
        if (flags.json) printJson(status);
        else print(formatStatus(status));
      } finally {
        await store.close();
      }
    });
}
