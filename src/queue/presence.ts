import pg from 'pg';
import type { Logger } from './log.js';

/**
 * Whether a worker is still there. Each worker reports every HEARTBEAT_MS on a database session
 * of its own, and records which session that is (server pid and start time). A worker is gone
 * when it stopped, or when its heartbeat is older than ALIVE_SECONDS and its session is closed:
 * a killed process's connection closes with it, while a worker busy with a long analysis (whose
 * heartbeat waits for its thread) keeps its session open and is not taken for dead.
 *
 * The linker hands the job of a gone worker back to the queue at once (linker.ts) instead of
 * waiting for the job's time-out (STORYLINE_JOB_TIMEOUT, 300 s by default), during which every
 * input enqueued after it waits to be linked.
 */
export const HEARTBEAT_MS = 5000;
/** A worker that has not reported for this long is presumed gone (status shows it not alive). */
export const ALIVE_SECONDS = 20;

/** SQL: the worker row `w` (of schema `q`) is alive by its heartbeat. */
export const aliveSql = (w: string) => `(${w}.stopped_at IS NULL AND ${w}.seen_at > now() - make_interval(secs => ${ALIVE_SECONDS}))`;

/**
 * SQL: the worker row `w` is gone: stopped, or silent with its session closed. PostgreSQL shows
 * the backend_start of another role's session as NULL to a role without pg_read_all_stats:
 * then the session's pid alone says it is open (a reused pid keeps a gone worker's job until
 * its time-out, never hands back a live one's).
 */
export const goneSql = (w: string) =>
  `(${w}.stopped_at IS NOT NULL OR (${w}.seen_at <= now() - make_interval(secs => ${ALIVE_SECONDS}) AND NOT EXISTS (
     SELECT 1 FROM pg_stat_activity a WHERE a.pid = ${w}.session_pid AND (a.backend_start IS NULL OR a.backend_start = ${w}.session_start))))`;

export interface Counters {
  done: number;
  failed: number;
  linker: boolean;
}

/** A worker's row in `schema.workers`, kept up to date on a connection of its own. */
export class Presence {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly schema: string,
    readonly id: string,
    private readonly logger: Logger,
  ) {}

  /** Registers the worker (host, pid, session). */
  async start(host: string, pid: number): Promise<void> {
    const client = await this.session();
    await client.query(`INSERT INTO ${this.schema}.workers (id, host, pid) VALUES ($1, $2, $3)`, [this.id, host, pid]);
    await this.beat({ done: 0, failed: 0, linker: false });
  }

  /** Reports that the worker is alive, with its counters; a lost session is opened again. */
  async beat(c: Counters): Promise<void> {
    try {
      const client = await this.session();
      await client.query(
        `UPDATE ${this.schema}.workers SET seen_at = now(), done = $2, failed = $3, linker = $4,
           session_pid = pg_backend_pid(), session_start = (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid())
         WHERE id = $1`,
        [this.id, c.done, c.failed, c.linker],
      );
    } catch (err) {
      this.drop();
      this.logger.warn('heartbeat failed', { error: err });
    }
  }

  /** Records that the worker stopped, and closes its session. */
  async stop(c: Counters): Promise<void> {
    try {
      const client = await this.session();
      await client.query(`UPDATE ${this.schema}.workers SET seen_at = now(), stopped_at = now(), done = $2, failed = $3, linker = false WHERE id = $1`, [this.id, c.done, c.failed]);
    } catch {
      // the row ages out: without heartbeats and a session, it is gone all the same
    }
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private session(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString, application_name: 'storyline-worker' });
      // A session the server drops must not crash the worker: the next beat opens another.
      client.on('error', () => this.drop(client));
      try {
        await client.connect();
      } catch (err) {
        await client.end().catch(() => {});
        throw err;
      }
      this.client = client;
      return client;
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private drop(client: pg.Client | null = this.client): void {
    if (!client) return;
    if (this.client === client) this.client = null;
    client.end().catch(() => {});
  }
}
