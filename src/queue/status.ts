import { aliveSql, ALIVE_SECONDS, goneSql } from './presence.js';
import { INGEST_QUEUE, jobError, type Queue } from './queue.js';

/** `storyline status`: how much is waiting, how fast it goes, what failed, who works on it. */
export interface QueueStatus {
  articles: number;
  /** Inputs by ledger state. */
  inputs: { queued: number; stored: number; linked: number; failed: number };
  /** pg-boss jobs by state (finished jobs are archived after an hour and not counted here). */
  jobs: { created: number; retry: number; active: number; completed: number; failed: number };
  /** Inputs stored (and linked) per minute, over the last minute and the last 10 minutes. */
  rates: { storedLastMinute: number; storedPerMinute10: number; linkedLastMinute: number };
  /** Over inputs stored in the last 10 minutes: time from enqueue to stored; linker time per input. */
  latencyMs: { queueP50: number | null; queueP95: number | null; linkP95: number | null };
  workers: { id: string; host: string; pid: number; startedAt: string; seenAt: string; done: number; failed: number; linker: boolean; alive: boolean }[];
  /** The latest failed inputs with their reasons. */
  failures: { ord: string; source: string; reasons: string[]; at: string | null }[];
  /** The input whose job is not done while inputs enqueued after it are stored: linking (in order) waits for it. */
  blocking: Blocking | null;
}

export interface Blocking {
  ord: string;
  source: string;
  /** Stored inputs after it, waiting to be linked. */
  waiting: number;
  /** pg-boss's state of its job (created, retry, active, ...); null if the job is gone. */
  job: string | null;
  /** The try running or due (1 is the first), and how many are allowed. */
  attempt: number | null;
  attempts: number | null;
  /** Why the last try failed, if one did. */
  lastError: string | null;
  /** The worker that took it last, and whether it is alive (heartbeat) or gone (no heartbeat, session closed). */
  worker: string | null;
  workerAlive: boolean | null;
  workerGone: boolean | null;
  /** A job due for a retry (or waiting): when it may be taken. */
  retryAt: string | null;
  /** A running job: when it is presumed lost and retried, if it has not finished. */
  expiresAt: string | null;
}

export async function queueStatus(queue: Queue, failures = 10): Promise<QueueStatus> {
  const q = queue.schema;
  const [articles, inputs, jobs, rates, latency, workers, failed, blocking] = await Promise.all([
    queue.store.countArticles(),
    queue.pool.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM ${q}.inputs GROUP BY state`),
    queue.pool.query<{ state: string; n: string }>(`SELECT state::text, count(*) AS n FROM ${q}.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE]),
    queue.pool.query<{ stored1: string; stored10: string; linked1: string }>(
      `SELECT count(*) FILTER (WHERE stored_at > now() - interval '1 minute') AS stored1,
              count(*) FILTER (WHERE stored_at > now() - interval '10 minutes') AS stored10,
              (SELECT count(*) FROM ${q}.inputs WHERE linked_at > now() - interval '1 minute') AS linked1
       FROM ${q}.inputs WHERE stored_at > now() - interval '10 minutes'`,
    ),
    queue.pool.query<{ p50: number | null; p95: number | null; link95: number | null }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - enqueued_at) * 1000) AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - enqueued_at) * 1000) AS p95,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY link_ms) AS link95
       FROM ${q}.inputs WHERE stored_at > now() - interval '10 minutes'`,
    ),
    queue.pool.query<{ id: string; host: string; pid: number; started_at: Date; seen_at: Date; done: string; failed: string; linker: boolean; alive: boolean }>(
      `SELECT *, ${aliveSql('w')} AS alive FROM ${q}.workers w
       WHERE stopped_at IS NULL OR stopped_at > now() - interval '1 hour' ORDER BY started_at`,
    ),
    queue.pool.query<{ ord: string; source: string; errors: { reason: string }[]; stored_at: Date | null }>(
      `SELECT ord, source, errors, stored_at FROM ${q}.inputs WHERE state = 'failed' ORDER BY ord DESC LIMIT $1`,
      [failures],
    ),
    blockingInput(queue),
  ]);
  const count = (rows: { state: string; n: string }[], state: string) => Number(rows.find((r) => r.state === state)?.n ?? 0);
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    articles,
    inputs: { queued: count(inputs.rows, 'queued'), stored: count(inputs.rows, 'stored'), linked: count(inputs.rows, 'linked'), failed: count(inputs.rows, 'failed') },
    jobs: { created: count(jobs.rows, 'created'), retry: count(jobs.rows, 'retry'), active: count(jobs.rows, 'active'), completed: count(jobs.rows, 'completed'), failed: count(jobs.rows, 'failed') },
    rates: { storedLastMinute: Number(rates.rows[0]?.stored1 ?? 0), storedPerMinute10: Number(rates.rows[0]?.stored10 ?? 0) / 10, linkedLastMinute: Number(rates.rows[0]?.linked1 ?? 0) },
    latencyMs: { queueP50: round(latency.rows[0].p50), queueP95: round(latency.rows[0].p95), linkP95: round(latency.rows[0].link95) },
    workers: workers.rows.map((w) => ({ id: w.id, host: w.host, pid: w.pid, startedAt: w.started_at.toISOString(), seenAt: w.seen_at.toISOString(), done: Number(w.done), failed: Number(w.failed), linker: w.linker, alive: w.alive })),
    failures: failed.rows.map((f) => ({ ord: f.ord, source: f.source, reasons: f.errors.map((e) => e.reason), at: f.stored_at?.toISOString() ?? null })),
    blocking,
  };
}

/** The first input not yet stored, if inputs enqueued after it are stored and wait for it to be linked. */
async function blockingInput(queue: Queue): Promise<Blocking | null> {
  const q = queue.schema;
  const head = await queue.pool.query<{ ord: string; source: string; state: string; taken_by: string | null; waiting: string; alive: boolean | null; gone: boolean | null }>(
    `WITH head AS (SELECT ord, source, state, taken_by FROM ${q}.inputs WHERE state IN ('queued', 'stored') ORDER BY ord LIMIT 1)
     SELECT head.ord::text AS ord, head.source, head.state, head.taken_by,
            (SELECT count(*) FROM ${q}.inputs s WHERE s.state = 'stored' AND s.ord > head.ord) AS waiting,
            ${aliveSql('w')} AS alive, ${goneSql('w')} AS gone
     FROM head LEFT JOIN ${q}.workers w ON w.id = head.taken_by`,
  );
  const row = head.rows[0];
  if (!row || row.state !== 'queued' || Number(row.waiting) === 0) return null;
  const job = await queue.jobState(row.ord);
  const active = job?.state === 'active';
  const failedTry = job && job.state === 'retry' ? jobError(job.output) : null;
  return {
    ord: row.ord,
    source: row.source,
    waiting: Number(row.waiting),
    job: job?.state ?? null,
    // pg-boss counts a retry when the job is taken again: one due for a retry has not counted it yet.
    attempt: job ? job.retryCount + (job.state === 'retry' ? 2 : 1) : null,
    attempts: job ? job.retryLimit + 1 : null,
    lastError: failedTry,
    worker: row.taken_by,
    workerAlive: row.taken_by ? !!row.alive : null,
    workerGone: row.taken_by ? !!row.gone : null,
    retryAt: job && (job.state === 'retry' || job.state === 'created') ? job.startAfter.toISOString() : null,
    expiresAt: active && job.expiresAt ? job.expiresAt.toISOString() : null,
  };
}

/** "in 42 s (16:47:03 UTC)", or "now" for a time past. */
function when(iso: string, now: number): string {
  const s = Math.round((Date.parse(iso) - now) / 1000);
  return `${s > 0 ? `in ${s} s` : 'now'} (${iso.slice(11, 19)} UTC)`;
}

/** Why linking waits for the blocking input, and until when. */
export function formatBlocking(b: Blocking, now = Date.now()): string {
  const head = `linking waits for input #${b.ord} ${b.source} (${b.waiting} stored after it wait to be linked in order): `;
  const tryOf = b.attempt ? `try ${b.attempt} of ${b.attempts}` : '';
  if (b.job === 'active') {
    if (b.workerGone) return head + `${tryOf} was held by worker ${b.worker}, which is gone; the linker hands it back to the queue within seconds`;
    const who = b.worker ? `worker ${b.worker}${b.workerAlive ? '' : ` (no heartbeat for over ${ALIVE_SECONDS} s, but its database session is open: busy or cut off)`}` : 'a worker';
    return head + `${tryOf} is running on ${who}; if it does not finish, it is retried ${b.expiresAt ? when(b.expiresAt, now) : 'at its time-out'}`;
  }
  if (b.job === 'retry') return head + `try ${(b.attempt ?? 2) - 1} failed${b.lastError ? ` (${b.lastError})` : ''}; ${tryOf} is due ${b.retryAt ? when(b.retryAt, now) : 'soon'}`;
  if (b.job === 'created') return head + `waiting for a worker to take it${b.retryAt && Date.parse(b.retryAt) > now ? ` (not before ${when(b.retryAt, now)})` : ''}`;
  return head + `its job is ${b.job ?? 'gone from the queue'}; the linker records it as failed and goes on`;
}

export function formatStatus(s: QueueStatus): string {
  const alive = s.workers.filter((w) => w.alive);
  const lines = [
    `articles: ${s.articles}`,
    `inputs:   ${s.inputs.queued} queued, ${s.inputs.stored} stored and waiting to be linked, ${s.inputs.linked} linked, ${s.inputs.failed} failed`,
    `jobs:     ${s.jobs.created} waiting, ${s.jobs.active} running, ${s.jobs.retry} due for a retry, ${s.jobs.failed} parked`,
    `rate:     ${s.rates.storedLastMinute} inputs stored in the last minute (${s.rates.storedPerMinute10.toFixed(1)}/min over 10 min), ${s.rates.linkedLastMinute} linked`,
    `latency:  enqueue to stored p50 ${s.latencyMs.queueP50 ?? '–'} ms, p95 ${s.latencyMs.queueP95 ?? '–'} ms; linking p95 ${s.latencyMs.linkP95 ?? '–'} ms per input`,
    `workers:  ${alive.length} alive${alive.length ? ': ' + alive.map((w) => `${w.id}${w.linker ? ' (linker)' : ''} ${w.done} done, ${w.failed} failed`).join('; ') : ''}`,
  ];
  if (s.blocking) lines.push(formatBlocking(s.blocking));
  if (s.failures.length) lines.push('failed inputs (latest first):', ...s.failures.map((f) => `  #${f.ord} ${f.source}: ${f.reasons.join('; ')}`));
  return lines.join('\n');
}
