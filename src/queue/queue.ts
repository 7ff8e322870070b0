import PgBoss from 'pg-boss';
import type pg from 'pg';
import { inTransaction } from '../store/postgres/connection.js';
import { PostgresStore } from '../store/postgres/index.js';
import type { Store } from '../store/store.js';

/**
 * The work queue: pg-boss (jobs, locking with SKIP LOCKED, retries with back-off, expiry of jobs
 * whose worker died, parking of jobs that keep failing) plus Storyline's ledger of inputs.
 *
 * The ledger (`inputs`, in the schema NAME_queue beside pg-boss's tables) holds each enqueued
 * input with its enqueue order `ord`, its bytes until stored, and its outcome:
 *   queued -> stored (articles saved, same transaction) -> linked        or  queued -> failed
 * The linker links stored inputs strictly in `ord` order (linker.ts), so the events and stories
 * do not depend on how many workers ran or which finished first.
 */
export const INGEST_QUEUE = 'storyline-ingest';

export interface QueueSettings {
  /** Attempts after the first before a job is parked as failed. */
  retryLimit: number;
  /** Wait before the first retry; doubled (with jitter) for each further one. */
  retryDelaySeconds: number;
  /** A job active this long is presumed lost (its worker died) and handed to another worker. */
  jobTimeoutSeconds: number;
  /** How often a worker looks for lost jobs (pg-boss maintenance; one worker at a time does it). */
  maintenanceSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { retryLimit: 3, retryDelaySeconds: 5, jobTimeoutSeconds: 300, maintenanceSeconds: 15 };

/**
 * Settings come from the environment, so that every process of a deployment (enqueuers and
 * workers alike) agrees on them: retries and time-out are fixed on a job when it is enqueued.
 */
export const QUEUE_ENV = {
  retryLimit: 'STORYLINE_JOB_RETRIES',
  retryDelaySeconds: 'STORYLINE_JOB_RETRY_DELAY',
  jobTimeoutSeconds: 'STORYLINE_JOB_TIMEOUT',
  maintenanceSeconds: 'STORYLINE_QUEUE_MAINTENANCE',
} as const satisfies Record<keyof QueueSettings, string>;

export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const s = { ...DEFAULT_QUEUE_SETTINGS };
  for (const [key, name] of Object.entries(QUEUE_ENV) as [keyof QueueSettings, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    const min = key === 'retryLimit' ? 0 : 1;
    if (!Number.isInteger(n) || n < min) throw new Error(`${name}=${raw}: expected a whole number of at least ${min}`);
    s[key] = n;
  }
  return s;
}

/** Job id from the enqueue order: pg-boss fetches by (created_on, id), so jobs of one batch come out in order. */
export function jobIdFor(ord: bigint | number | string): string {
  const hex = BigInt(ord).toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SQL: jobIdFor of an enqueue order column. */
export const jobIdSql = (ord: string) => `lpad(to_hex(${ord}), 32, '0')::uuid`;

/** The message of a job's output (its last failure), found as `message` or as `value.message`. */
export function jobError(output: unknown): string | null {
  const o = output as { message?: string; value?: { message?: string } } | null;
  return o?.message ?? o?.value?.message ?? null;
}

const LEDGER_DDL = (q: string) => `
  CREATE TABLE IF NOT EXISTS ${q}.inputs (
    ord bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    url text,                     -- fetch this; null: bytes hold the input
    bytes bytea,                  -- the input as enqueued; cleared once stored
    content_type text,
    state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'stored', 'linked', 'failed')),
    articles text[] NOT NULL DEFAULT '{}',   -- ids this input added to the store
    errors jsonb NOT NULL DEFAULT '[]',      -- [{source, reason}]: documents that failed, or why the input did
    attempts int NOT NULL DEFAULT 0,
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    stored_at timestamptz,
    linked_at timestamptz,
    link_ms real                  -- time the linker took for this input's articles
  );
  CREATE INDEX IF NOT EXISTS inputs_open ON ${q}.inputs (ord) WHERE state IN ('queued', 'stored');
  CREATE INDEX IF NOT EXISTS inputs_stored_at ON ${q}.inputs (stored_at);
  -- pg-boss 10 fetches the next job with ORDER BY priority DESC, created_on, id, but indexes the
  -- waiting jobs by (name, start_after) only: each fetch sorted the whole backlog (160 ms with
  -- 90k jobs waiting, more than the work itself). With this index it reads the first row (0.1 ms).
  CREATE INDEX IF NOT EXISTS storyline_job_fetch ON ${q}.job (name, priority DESC, created_on, id) WHERE state < 'active';
  CREATE TABLE IF NOT EXISTS ${q}.workers (
    id text PRIMARY KEY,
    host text NOT NULL,
    pid int NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    seen_at timestamptz NOT NULL DEFAULT now(),
    stopped_at timestamptz,
    done bigint NOT NULL DEFAULT 0,
    failed bigint NOT NULL DEFAULT 0,
    linker boolean NOT NULL DEFAULT false
  );
  -- Who holds an input's job (worker id, and pg-boss's retry count when it took it), and which
  -- database session a worker reports on: the linker hands back the job of a worker gone (presence.ts).
  ALTER TABLE ${q}.inputs ADD COLUMN IF NOT EXISTS taken_by text, ADD COLUMN IF NOT EXISTS taken_try int;
  CREATE INDEX IF NOT EXISTS inputs_taken ON ${q}.inputs (ord) WHERE state = 'queued' AND taken_by IS NOT NULL;
  ALTER TABLE ${q}.workers ADD COLUMN IF NOT EXISTS session_pid int, ADD COLUMN IF NOT EXISTS session_start timestamptz;
`;

export interface JobState {
  /** created, retry, active, completed, cancelled, failed */
  state: string;
  /** The last failure, or the outcome. */
  output: unknown;
  /** Tries made after the first. */
  retryCount: number;
  retryLimit: number;
  /** When a job waiting (or due for a retry) may be taken. */
  startAfter: Date;
  /** When an active job is presumed lost (null if not started). */
  expiresAt: Date | null;
}

export class Queue {
  private constructor(
    readonly store: PostgresStore,
    readonly boss: PgBoss,
    /** The schema of pg-boss's tables and the ledger. */
    readonly schema: string,
    readonly settings: QueueSettings,
  ) {}

  /** pg-boss on the store's own pool; creates the queue schema and ledger on first use. */
  static async open(store: Store, s: QueueSettings = queueSettingsFromEnv(), role: 'worker' | 'client' = 'worker'): Promise<Queue> {
    if (!(store instanceof PostgresStore)) throw new QueueUnavailableError();
    const schema = `${store.location.schema}_queue`;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => store.pool.query(text, values) },
      schema,
      // Workers look for lost jobs (one at a time, under pg-boss's lock); enqueuers and `status` need not.
      supervise: role === 'worker',
      schedule: false,
      migrate: true,
      maintenanceIntervalSeconds: s.maintenanceSeconds,
      // Parked jobs stay visible (and retryable) for years, finished ones a day.
      archiveCompletedAfterSeconds: 3600,
      archiveFailedAfterSeconds: 10 * 365 * 86400,
      deleteAfterDays: 1,
    });
    boss.on('error', () => {}); // maintenance errors surface again on the next query; workers log their own
    await boss.start();
    const queue = new Queue(store, boss, schema, s);
    await inTransaction(store.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`storyline-queue-ddl:${schema}`]);
      await client.query(LEDGER_DDL(schema));
    });
    const options = { retryLimit: s.retryLimit, retryDelay: s.retryDelaySeconds, retryBackoff: true, expireInSeconds: s.jobTimeoutSeconds, retentionMinutes: 365 * 24 * 60 };
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...options });
    await boss.updateQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...options });
    return queue;
  }

  get pool(): pg.Pool {
    return this.store.pool;
  }

  /** pg-boss's state of an input's job (null once archived and deleted). */
  async jobState(ord: string): Promise<JobState | null> {
    const columns = `state::text, output, retry_count AS "retryCount", retry_limit AS "retryLimit", start_after AS "startAfter", started_on + expire_in AS "expiresAt"`;
    const r = await this.pool.query<JobState>(
      `SELECT ${columns} FROM ${this.schema}.job WHERE name = $1 AND id = $2
       UNION ALL SELECT ${columns} FROM ${this.schema}.archive WHERE name = $1 AND id = $2 LIMIT 1`,
      [INGEST_QUEUE, jobIdFor(ord)],
    );
    return r.rows[0] ?? null;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: false });
  }
}

export class QueueUnavailableError extends Error {
  constructor() {
    super('the work queue needs a PostgreSQL store: --db postgres://... (or STORYLINE_DB)');
  }
}
