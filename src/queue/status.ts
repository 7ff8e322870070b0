import { INGEST_QUEUE, type Queue } from './queue.js';

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
}

/** A worker that has not reported for this long is presumed gone (it reports every 5 s). */
const ALIVE_SECONDS = 20;

export async function queueStatus(queue: Queue, failures = 10): Promise<QueueStatus> {
  const q = queue.schema;
  const [articles, inputs, jobs, rates, latency, workers, failed] = await Promise.all([
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
      `SELECT *, stopped_at IS NULL AND seen_at > now() - make_interval(secs => $1) AS alive FROM ${q}.workers
       WHERE stopped_at IS NULL OR stopped_at > now() - interval '1 hour' ORDER BY started_at`,
      [ALIVE_SECONDS],
    ),
    queue.pool.query<{ ord: string; source: string; errors: { reason: string }[]; stored_at: Date | null }>(
      `SELECT ord, source, errors, stored_at FROM ${q}.inputs WHERE state = 'failed' ORDER BY ord DESC LIMIT $1`,
      [failures],
    ),
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
  };
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
  if (s.failures.length) lines.push('failed inputs (latest first):', ...s.failures.map((f) => `  #${f.ord} ${f.source}: ${f.reasons.join('; ')}`));
  return lines.join('\n');
}
