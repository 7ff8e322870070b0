import { setTimeout as sleep } from 'node:timers/promises';
import type { PoolClient } from 'pg';
import { linkArticles } from '../link/index.js';
import type { Store } from '../store/store.js';
import type { Article } from '../types.js';
import type { Logger } from './log.js';
import { ALIVE_SECONDS, goneSql, HEARTBEAT_MS } from './presence.js';
import { INGEST_QUEUE, jobError, jobIdFor, jobIdSql, type Queue } from './queue.js';

/**
 * The linking stage. Workers store articles in parallel; linking them into events and stories
 * happens here, one input at a time, strictly in enqueue order, by whichever worker holds the
 * linker lock (a session advisory lock: if that worker dies, its connection closes, the lock
 * is free and another worker takes over where the ledger says linking stopped).
 *
 * Why one ordered stage rather than each worker linking under locks: assigning an article to an
 * event depends on the events that exist already, so the order of linking decides the result.
 * Linking in enqueue order gives the same stories as `storyline ingest` in one process, however
 * many workers run and whichever finishes first. An input still being processed holds back the
 * inputs after it (they are stored and searchable, only not yet linked).
 */
export interface LinkerOptions {
  /** Pause when nothing is ready to link. */
  pollMs: number;
  logger: Logger;
  signal: AbortSignal;
  /** Called when this process becomes, or stops being, the linker. */
  onRole?: (linker: boolean) => void;
  link?: LinkFn;
}

/** What links a batch of new articles into events and stories (src/link's linkArticles). */
export type LinkFn = (store: Store, articles: readonly Article[]) => Promise<void>;

interface OpenRow {
  ord: string;
  source: string;
  state: 'queued' | 'stored';
  articles: string[];
}

const LINK_TRIES = 3;
const linkFailures = new Map<string, number>();

/** Links every input that is ready, in order; returns how many inputs it settled. */
export async function linkReady(queue: Queue, logger: Logger, link: LinkFn = linkArticles, limit = 200): Promise<number> {
  const rows = await queue.pool.query<OpenRow>(
    `SELECT ord, source, state, articles FROM ${queue.schema}.inputs WHERE state IN ('queued', 'stored') ORDER BY ord LIMIT $1`,
    [limit],
  );
  let settled = 0;
  for (const row of rows.rows) {
    if (row.state === 'queued') {
      // Parked by pg-boss (its retries ran out, or its last worker died): nothing to link, move on.
      const job = await queue.jobState(row.ord);
      if (job && job.state !== 'failed' && job.state !== 'cancelled') break;
      const reason = job ? `gave up after retries: ${jobError(job.output) ?? JSON.stringify(job.output)}` : 'its job is gone from the queue';
      await queue.pool.query(`UPDATE ${queue.schema}.inputs SET state = 'failed', errors = $2 WHERE ord = $1 AND state = 'queued'`, [row.ord, JSON.stringify([{ source: row.source, reason }])]);
      logger.warn('input parked', { ord: row.ord, source: row.source, reason });
      settled++;
      continue;
    }
    await linkStoredInput(queue, row, link, logger);
    settled++;
  }
  return settled;
}

/**
 * Links one stored input's articles and marks it linked; the caller makes sure no other linking
 * runs meanwhile. A linker bug must not stall every input behind this one: after a few tries the
 * input is recorded as failed (stored, not linked) and linking goes on.
 */
async function linkStoredInput(queue: Queue, row: Pick<OpenRow, 'ord' | 'source' | 'articles'>, link: LinkFn, logger: Logger): Promise<void> {
  const started = performance.now();
  const articles = (await Promise.all(row.articles.map((id) => queue.store.getArticle(id)))).filter((a): a is Article => a !== null);
  try {
    if (articles.length) await link(queue.store, articles);
  } catch (err) {
    const tries = (linkFailures.get(row.ord) ?? 0) + 1;
    linkFailures.set(row.ord, tries);
    if (tries < LINK_TRIES) throw err;
    linkFailures.delete(row.ord);
    const reason = `stored, but linking failed ${tries} times: ${(err as Error).message}`;
    await queue.pool.query(`UPDATE ${queue.schema}.inputs SET state = 'failed', errors = errors || $2::jsonb WHERE ord = $1`, [row.ord, JSON.stringify([{ source: row.source, reason }])]);
    logger.error('input not linked', { ord: row.ord, source: row.source, reason });
    return;
  }
  const ms = performance.now() - started;
  await queue.pool.query(`UPDATE ${queue.schema}.inputs SET state = 'linked', linked_at = now(), link_ms = $2 WHERE ord = $1`, [row.ord, ms]);
  logger.debug('input linked', { ord: row.ord, articles: articles.length, ms: Math.round(ms) });
}

/**
 * The alternative to the ordered stage, kept to measure it (bench/scale): the worker that stored
 * an input links it at once, serialised with every other linking by the same advisory lock (the
 * candidate set of an article is not known before linking, so the lock covers all of them).
 * Faster to link when many workers finish together; the result depends on who finished first.
 */
export async function linkNowUnderLock(queue: Queue, row: Pick<OpenRow, 'ord' | 'source' | 'articles'>, logger: Logger, link: LinkFn = linkArticles): Promise<void> {
  const client = await queue.pool.connect();
  const key = `storyline-linker:${queue.schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      await linkStoredInput(queue, row, link, logger);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    client.release();
  }
}

/**
 * Hands the jobs of workers gone (presence.ts) back to the queue as failed tries, so that
 * pg-boss retries them after the retry delay, as it would after their time-out; until then the
 * input of such a job holds back the linking of every input enqueued after it. Only a job that
 * the gone worker still holds (the try it took is the job's current one) is handed back.
 */
export async function handBackJobsOfGoneWorkers(queue: Queue, logger: Logger): Promise<number> {
  const q = queue.schema;
  const held = await queue.pool.query<{ ord: string; source: string; worker: string; tries: number }>(
    `SELECT i.ord::text AS ord, i.source, w.id AS worker, j.retry_count AS tries
     FROM ${q}.inputs i
     JOIN ${q}.workers w ON w.id = i.taken_by
     JOIN ${q}.job j ON j.name = $1 AND j.id = ${jobIdSql('i.ord')}
     WHERE i.state = 'queued' AND i.taken_by IS NOT NULL AND j.state = 'active' AND j.retry_count = i.taken_try AND ${goneSql('w')}
     ORDER BY i.ord`,
    [INGEST_QUEUE],
  );
  let handed = 0;
  for (const row of held.rows) {
    const message = `its worker ${row.worker} stopped answering (no heartbeat for ${ALIVE_SECONDS} s, its database session closed) while it held the job`;
    if (!(await failIfStillTry(queue, row.ord, row.tries, message))) continue;
    handed++;
    logger.warn('job of a gone worker handed back', { ord: row.ord, source: row.source, worker: row.worker, attempt: row.tries + 1 });
  }
  return handed;
}

/**
 * Fails the job's current try if it is still the one the gone worker took. The check and the
 * failure are one transaction, the job's row locked: pg-boss may have expired that try and
 * started another (on a healthy worker) since the listing, and failing "the job" then would
 * fail the new try.
 */
export async function failIfStillTry(queue: Queue, ord: string, tries: number, message: string): Promise<boolean> {
  const client = await queue.pool.connect();
  try {
    await client.query('BEGIN');
    const still = await client.query(`SELECT 1 FROM ${queue.schema}.job WHERE name = $1 AND id = $2 AND state = 'active' AND retry_count = $3 FOR UPDATE`, [INGEST_QUEUE, jobIdFor(ord), tries]);
    if (still.rowCount) await queue.boss.fail(INGEST_QUEUE, jobIdFor(ord), { message }, { db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) } });
    await client.query('COMMIT');
    return !!still.rowCount;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Linked inputs leave the ledger after STORYLINE_LEDGER_DAYS (7) days: their articles are in
 * the store, and only recent rows feed `status`. Failed ones stay, as the record of what failed.
 */
async function pruneLedger(queue: Queue, logger: Logger): Promise<void> {
  const days = Math.round(Number(process.env.STORYLINE_LEDGER_DAYS || 7));
  if (!(days >= 1)) return;
  const r = await queue.pool.query(`DELETE FROM ${queue.schema}.inputs WHERE state = 'linked' AND linked_at < now() - make_interval(days => $1)`, [days]);
  if (r.rowCount) logger.info('ledger pruned', { rows: r.rowCount, olderThanDays: days });
}

/** Competes for the linker lock and, while holding it, links until `signal` aborts. */
export async function runLinker(queue: Queue, options: LinkerOptions): Promise<void> {
  const key = `storyline-linker:${queue.schema}`;
  const { logger, signal } = options;
  while (!signal.aborted) {
    let client: PoolClient | undefined;
    try {
      client = await queue.pool.connect();
    } catch (err) {
      logger.error('linker cannot connect', { error: err });
      await sleep(options.pollMs * 4, undefined, { signal }).catch(() => {});
      continue;
    }
    let holding = false;
    // A connection checked out for long has no pool listener: without one, the server closing it
    // would be an uncaught 'error' event that kills the process. The next query reports it instead.
    const onError = (err: Error) => logger.warn('linker connection lost', { error: err });
    client.on('error', onError);
    try {
      holding = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [key])).rows[0].ok;
      if (!holding) {
        client.off('error', onError);
        client.release();
        client = undefined;
        await sleep(options.pollMs * 4, undefined, { signal }).catch(() => {});
        continue;
      }
      logger.info('linker role taken');
      options.onRole?.(true);
      let pruned = 0;
      let swept = 0;
      while (!signal.aborted) {
        await client.query('SELECT 1'); // the lock lives as long as this connection: stop if it broke
        if (Date.now() - swept > HEARTBEAT_MS) {
          swept = Date.now();
          // A failed sweep must not cost the linker role: the job waits for its time-out instead.
          await handBackJobsOfGoneWorkers(queue, logger).catch((err) => logger.warn('hand-back of gone workers\' jobs failed', { error: err }));
        }
        const n = await linkReady(queue, logger, options.link);
        if (Date.now() - pruned > PRUNE_EVERY_MS) {
          pruned = Date.now();
          await pruneLedger(queue, logger);
        }
        if (!n) await sleep(options.pollMs, undefined, { signal }).catch(() => {});
      }
    } catch (err) {
      logger.error('linker failed; will retry', { error: err });
      await sleep(options.pollMs * 4, undefined, { signal }).catch(() => {});
    } finally {
      if (holding) {
        options.onRole?.(false);
        await client?.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
      }
      client?.off('error', onError);
      client?.release();
    }
  }
}
