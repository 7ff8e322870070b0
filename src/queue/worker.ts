import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadOptions } from '../ingest/index.js';
import { PostgresStore } from '../store/postgres/index.js';
import { type LinkFn, linkNowUnderLock, runLinker } from './linker.js';
import type { Logger } from './log.js';
import { HEARTBEAT_MS, Presence } from './presence.js';
import { processInput } from './process.js';
import { INGEST_QUEUE, Queue } from './queue.js';

/**
 * One worker process: takes one job at a time from the queue, fetches, cleans, analyses and
 * stores the input, and (if it holds the linker lock) links stored inputs in order.
 * Analysis is CPU-bound and Node runs it on one thread, so parallelism comes from processes:
 * `storyline worker --concurrency N` starts N of these (supervisor.ts), on as many machines as wanted.
 */
export interface WorkerConfig {
  /** The store: a postgres:// URL. */
  db: string;
  /** Pause between polls of an empty queue. */
  pollMs: number;
  /** Take part in linking (compete for the linker lock). */
  link: boolean;
  /** Stop once every input on the queue is stored or failed, and linked (for batch runs and tests). */
  drain: boolean;
  /** How inputs are fetched and split (time-out, sizes, private networks); src/ingest's defaults if absent. */
  read?: ReadOptions;
  /** The linking step, in this process only (tests substitute their own; default src/link's). */
  linkWith?: LinkFn;
  /**
   * 'ordered' (default): the linker stage links in enqueue order (deterministic).
   * 'locked': each worker links what it stored at once, under one advisory lock; kept only to
   * compare the two (bench/scale), it leaves an input stored but unlinked if its worker dies between.
   */
  linkMode?: 'ordered' | 'locked';
}

export interface WorkerCounters {
  done: number;
  failed: number;
  linker: boolean;
}

export async function runWorker(config: WorkerConfig, logger: Logger, signal: AbortSignal): Promise<WorkerCounters> {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const log = logger.child({ worker: id });
  const store = await PostgresStore.open(config.db, { applicationName: 'storyline-worker' });
  const counters: WorkerCounters = { done: 0, failed: 0, linker: false };
  let queue: Queue | undefined;
  const stopLinker = new AbortController();
  const stop = () => stopLinker.abort();
  signal.addEventListener('abort', stop);
  let linker: Promise<void> | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let presence: Presence | undefined;
  try {
    queue = await Queue.open(store);
    const q = queue;
    presence = new Presence(store.location.connectionString, q.schema, id, log);
    await presence.start(hostname(), process.pid);
    const p = presence;
    heartbeat = setInterval(() => void p.beat(counters), HEARTBEAT_MS);
    log.info('worker started', { pid: process.pid, link: config.link, settings: q.settings });
    if (config.link && config.linkMode !== 'locked') linker = runLinker(q, { pollMs: config.pollMs, logger: log, signal: stopLinker.signal, link: config.linkWith, onRole: (on) => (counters.linker = on) });

    while (!signal.aborted) {
      let job;
      try {
        [job] = await q.boss.fetch<{ ord: string }>(INGEST_QUEUE, { includeMetadata: true });
        // Draining ends when nothing is waiting, running, due for a retry, or waiting to be linked.
        if (!job && config.drain && (await openInputs(q)) === 0) break;
      } catch (err) {
        log.error('cannot fetch jobs', { error: err });
        await sleep(config.pollMs * 4, undefined, { signal }).catch(() => {});
        continue;
      }
      if (!job) {
        await sleep(config.pollMs, undefined, { signal }).catch(() => {});
        continue;
      }
      const ord = job.data.ord;
      const attempt = job.retryCount + 1;
      const started = performance.now();
      log.info('job started', { ord, attempt });
      try {
        const outcome = await processInput(q, ord, { read: config.read, worker: { id, try: job.retryCount } });
        if (config.linkMode === 'locked' && outcome.status === 'stored') await linkNowUnderLock(q, { ord, source: `input ${ord}`, articles: outcome.added }, log, config.linkWith);
        await q.boss.complete(INGEST_QUEUE, job.id, outcome);
        counters.done++;
        const fields = outcome.status === 'stored' ? { added: outcome.added.length, existing: outcome.existing.length, errors: outcome.errors.length } : outcome.status === 'failed' ? { errors: outcome.errors } : {};
        log.info('job done', { ord, attempt, status: outcome.status, ms: Math.round(performance.now() - started), ...fields });
      } catch (err) {
        counters.failed++;
        const retry = attempt <= job.retryLimit;
        log.warn('job failed', { ord, attempt, error: err, retry });
        await q.boss.fail(INGEST_QUEUE, job.id, { message: (err as Error).message }).catch((e: Error) => log.error('cannot record the failure; the job will time out and be retried', { ord, error: e }));
      }
    }
    return counters;
  } finally {
    signal.removeEventListener('abort', stop);
    stopLinker.abort();
    await linker;
    if (heartbeat) clearInterval(heartbeat);
    await presence?.stop(counters);
    await queue?.close().catch(() => {});
    await store.close();
    log.info('worker stopped', { done: counters.done, failed: counters.failed, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
  }
}

/** Inputs not yet settled: queued (waiting, running, or due for a retry) or stored but not linked. */
async function openInputs(queue: Queue): Promise<number> {
  const r = await queue.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${queue.schema}.inputs WHERE state IN ('queued', 'stored')`);
  return Number(r.rows[0].n);
}
