import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/index.js';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { failIfStillTry } from '../../src/queue/linker.js';
import { goneSql } from '../../src/queue/presence.js';
import { INGEST_QUEUE, Queue } from '../../src/queue/queue.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { tempDir } from '../helpers/cli.js';
import { dropSchemas, PG_SKIP_REASON, PG_URL, pgTestUrl } from '../store/pg.js';
import { FAST_QUEUE_ENV, writeReports } from './workers.js';

Object.assign(process.env, FAST_QUEUE_ENV);

describe.skipIf(!!PG_SKIP_REASON)('handing back the job of a gone worker', () => {
  const urls: string[] = [];
  afterAll(() => dropSchemas(urls));

  it('fails only the try the gone worker took: a try started since is left running', async () => {
    const url = pgTestUrl();
    urls.push(url);
    const store = await PostgresStore.open(url);
    const queue = await Queue.open(store);
    try {
      const { inputs } = await enqueueSources(queue, writeReports(tempDir('storyline-handback-'), 1), { maxBytes: DEFAULT_READ_OPTIONS.maxBytes });
      const ord = inputs[0].ord!;
      await queue.boss.fetch(INGEST_QUEUE); // the job is active, on its first try (retry_count 0)

      expect(await failIfStillTry(queue, ord, 1, 'gone')).toBe(false);
      expect(await queue.jobState(ord)).toMatchObject({ state: 'active', retryCount: 0 });

      expect(await failIfStillTry(queue, ord, 0, 'its worker stopped answering')).toBe(true);
      const after = await queue.jobState(ord);
      expect(after?.state).toBe('retry');
      expect(JSON.stringify(after?.output)).toContain('its worker stopped answering');
    } finally {
      await queue.close();
      await store.close();
    }
  });

  it('takes a worker whose session is open for alive, also seen by a role that cannot read other roles\' session details', async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    const live = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await live.connect();
    const role = `sl_lowly_${process.pid}_${Date.now().toString(36)}`;
    const schema = `${role}_s`;
    const lowlyUrl = new URL(PG_URL);
    lowlyUrl.username = role;
    lowlyUrl.password = '';
    const lowly = new pg.Client({ connectionString: lowlyUrl.toString() });
    try {
      const pid = (await live.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await admin.query(`CREATE ROLE ${role} LOGIN; CREATE SCHEMA ${schema};
        CREATE TABLE ${schema}.workers (id text, stopped_at timestamptz, seen_at timestamptz, session_pid int, session_start timestamptz);
        GRANT USAGE ON SCHEMA ${schema} TO ${role}; GRANT SELECT ON ${schema}.workers TO ${role}`);
      const silent = `now() - interval '1 hour'`;
      const start = '(SELECT backend_start FROM pg_stat_activity WHERE pid = $1)'; // to the microsecond, as a worker records it
      await admin.query(
        `INSERT INTO ${schema}.workers VALUES ('busy', NULL, ${silent}, $1, ${start}), ('killed', NULL, ${silent}, $1, ${start} - interval '1 day'), ('stopped', now(), now(), $1, ${start})`,
        [pid],
      );
      await lowly.connect();
      const visible = await lowly.query<{ start: Date | null }>('SELECT backend_start AS start FROM pg_stat_activity WHERE pid = $1', [pid]);
      expect(visible.rows[0].start).toBeNull(); // what this test is about: PostgreSQL hides it from this role

      const gone = async (client: pg.Client) => Object.fromEntries((await client.query<{ id: string; gone: boolean }>(`SELECT id, ${goneSql('w')} AS gone FROM ${schema}.workers w`)).rows.map((r) => [r.id, r.gone]));
      // Silent for an hour but its session open: busy, not gone. Another session under its pid
      // (started since) is told apart where the start is visible.
      expect(await gone(lowly)).toEqual({ busy: false, killed: false, stopped: true });
      expect(await gone(admin)).toEqual({ busy: false, killed: true, stopped: true });
    } finally {
      await lowly.end().catch(() => {});
      await live.end();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP ROLE IF EXISTS ${role}`).catch(() => {});
      await admin.end();
    }
  });
});
