import { Command } from 'commander';
import { defaultDbLocation } from '../../store/open.js';
import type { GlobalOptions } from '../context.js';
import { log, print, printJson, UsageError } from '../output.js';
import { portNumber, positiveInt } from './ingest.js';

/** `storyline worker` and `storyline ingest --queue`: the queue's two ends (src/queue). */

function postgresUrl(globals: GlobalOptions, what: string): string {
  const db = globals.db ?? defaultDbLocation();
  if (!/^postgres(ql)?:\/\//i.test(db)) throw new UsageError(`${what} needs a PostgreSQL store: --db postgres://USER@HOST/DB (or STORYLINE_DB); ${db} is SQLite`);
  return db;
}

export interface QueueIngestFlags {
  json?: boolean;
  maxBytes?: number;
}

/** `ingest --queue`: enqueue the sources for workers instead of processing them here. */
export async function ingestToQueue(globals: GlobalOptions, sources: string[], flags: QueueIngestFlags): Promise<void> {
  const url = postgresUrl(globals, 'ingest --queue');
  const [{ PostgresStore }, { Queue, queueSettingsFromEnv }, { enqueueSources }, { DEFAULT_READ_OPTIONS }] = await Promise.all([
    import('../../store/postgres/index.js'),
    import('../../queue/queue.js'),
    import('../../queue/enqueue.js'),
    import('../../ingest/index.js'),
  ]);
  const store = await PostgresStore.open(url);
  try {
    const queue = await Queue.open(store, queueSettingsFromEnv(), 'client');
    try {
      const summary = await enqueueSources(queue, sources, {
        maxBytes: flags.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes,
        onInput: (input) => input.errors.forEach((e) => log(`error: ${e.source}: ${e.reason}`)),
      });
      if (flags.json) printJson(summary);
      else print(`${summary.queued} inputs queued, ${summary.unchanged} unchanged, ${summary.failed} with errors; start workers with: storyline worker`);
      if (summary.failed) process.exitCode = 1;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

interface WorkerFlags {
  concurrency: number;
  pollMs: number;
  link: boolean;
  drain?: boolean;
  healthPort?: number;
  timeout?: number;
  maxBytes?: number;
  allowPrivate?: boolean;
}

export function workerCommand(globals: () => GlobalOptions): Command {
  return new Command('worker')
    .description('take inputs from the queue (ingest --queue): fetch, clean, analyse, store, link; PostgreSQL only')
    .option('--concurrency <n>', 'worker processes to run (analysis uses one CPU core each)', positiveInt, 1)
    .option('--poll-ms <ms>', 'pause between looks at an empty queue', positiveInt, 500)
    .option('--no-link', 'do not take the linker role (another worker must)')
    .option('--drain', 'exit once everything queued is stored (or failed) and linked')
    .option('--health-port <port>', 'serve GET /health on this port (1 to 65535)', portNumber)
    .option('--timeout <ms>', 'give up on a URL after this many milliseconds', positiveInt)
    .option('--max-bytes <n>', 'refuse downloads larger than this many bytes', positiveInt)
    .option('--allow-private', 'fetch URLs on loopback, link-local and private networks (refused by default: no SSRF)')
    .addHelpText(
      'after',
      `
Logs are JSON lines on stderr. Retries and time-outs are set where jobs are enqueued, from the
environment: STORYLINE_JOB_RETRIES (3), STORYLINE_JOB_RETRY_DELAY (5 s, doubled per retry),
STORYLINE_JOB_TIMEOUT (300 s: a job running longer is presumed lost and given to another
worker), STORYLINE_QUEUE_MAINTENANCE (15 s: how often lost jobs are looked for).
A worker that dies (killed, crashed) is noticed sooner: once it has sent no heartbeat for 20 s
and its database session is closed, the linker hands its job back for a retry. \`storyline
status\` names the input that linking waits for, and when it is retried.
STORYLINE_LEDGER_DAYS (7): linked inputs are dropped from the queue's ledger after this long.`,
    )
    .action(async (flags: WorkerFlags) => {
      const db = postgresUrl(globals(), 'storyline worker');
      const [{ jsonLogger }, { runWorker }, { superviseWorkers }, { serveHealth }, { DEFAULT_READ_OPTIONS }] = await Promise.all([
        import('../../queue/log.js'),
        import('../../queue/worker.js'),
        import('../../queue/supervisor.js'),
        import('../../queue/health.js'),
        import('../../ingest/index.js'),
      ]);
      const config = {
        db,
        pollMs: flags.pollMs,
        link: flags.link,
        drain: !!flags.drain,
        read: { ...DEFAULT_READ_OPTIONS, ...(flags.timeout && { timeoutMs: flags.timeout }), ...(flags.maxBytes && { maxBytes: flags.maxBytes }), ...(flags.allowPrivate && { allowPrivate: true }) },
      };
      const logger = jsonLogger();
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
      let alive = () => 0;
      let health: import('node:http').Server | undefined;
      let healthPool: import('pg').Pool | undefined;
      try {
        if (flags.healthPort) {
          const [{ createPool, parsePgLocation }] = await Promise.all([import('../../store/postgres/connection.js')]);
          healthPool = createPool({ ...parsePgLocation(db), poolSize: 1 }, 'storyline-health');
          health = await serveHealth(flags.healthPort, healthPool, () => alive());
        }
        if (flags.concurrency === 1) {
          let running = true;
          alive = () => (running ? 1 : 0);
          await runWorker(config, logger, stop.signal).finally(() => (running = false));
        } else {
          const supervision = superviseWorkers(config, flags.concurrency, logger, stop.signal);
          alive = supervision.alive;
          await supervision.done;
        }
      } finally {
        process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
        health?.close();
        await healthPool?.end();
      }
    });
}
