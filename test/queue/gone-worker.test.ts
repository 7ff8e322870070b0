import type { ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/queue/queue.js';
import { formatBlocking, type QueueStatus } from '../../src/queue/status.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { cli, tempDir } from '../helpers/cli.js';
import { PG_SKIP_REASON, pgTestUrl } from '../store/pg.js';
import { FAST_QUEUE_ENV, releaseAll, webServer, WorkerProcess, writeReports } from './workers.js';

// Retries within a second, but a job's time-out of 300 s (the default): only noticing that its
// worker is gone can hand the job back within the test's time.
const ENV = { ...FAST_QUEUE_ENV, STORYLINE_JOB_TIMEOUT: '300' };
Object.assign(process.env, ENV);

const REPORTS = 5;
const ARTICLE = 'Harbour Crane Collapses\n\nA crane collapsed at the harbour of Port Ellis on Sunday night, the port authority said. Nobody was hurt.';

describe.skipIf(!!PG_SKIP_REASON)('a worker killed while it holds the first job', () => {
  const db = pgTestUrl();
  const held: ServerResponse[] = [];
  const workers: WorkerProcess[] = [];
  afterAll(() => releaseAll(db, held, workers));

  it('is noticed: status names the input linking waits for, and the job is handed back long before its time-out', { timeout: 150_000 }, async () => {
    const web = await webServer((path, nth, res) => {
      if (path === '/slow' && nth === 1) return void held.push(res); // the first fetch never gets an answer
      res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
    });
    const files = writeReports(tempDir('storyline-gone-'), REPORTS);
    expect(cli(db, ['ingest', '--queue', `${web.base}/slow`, ...files, '--json']).json<{ queued: number }>().queued).toBe(REPORTS + 1);

    workers.push(...Array.from({ length: 2 }, () => new WorkerProcess(db, ['--drain'], ENV)));
    const tookSlow = (l: Record<string, unknown>) => l.msg === 'job started' && l.ord === '1';
    await Promise.race(workers.map((w) => w.waitFor(tookSlow)));
    const victim = workers.find((w) => w.lines.some((l) => tookSlow(l)))!;
    const survivor = workers.find((w) => w !== victim)!;
    // The survivor stores every other input; none can be linked before input 1.
    for (let ord = 2; ord <= REPORTS + 1; ord++) await survivor.waitFor((l) => l.msg === 'job done' && l.ord === String(ord));
    const victimId = String(victim.lines.find((l) => l.msg === 'worker started')!.worker);
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBeNull();

    // Right after the kill its heartbeat is still fresh: status says what linking waits for, and until when.
    const status = cli(db, ['status', '--json']).json<QueueStatus>();
    expect(status.inputs).toMatchObject({ queued: 1, stored: REPORTS, linked: 0 });
    expect(status.blocking).toMatchObject({ ord: '1', source: `${web.base}/slow`, waiting: REPORTS, job: 'active', attempt: 1, attempts: 3, worker: victimId });
    expect(Date.parse(status.blocking!.expiresAt!)).toBeGreaterThan(Date.now() + 200_000);
    const text = cli(db, ['status']).stdout;
    expect(text).toContain(`linking waits for input #1 ${web.base}/slow (${REPORTS} stored after it wait to be linked in order): try 1 of 3 is running on worker ${victimId}`);

    // Once its heartbeat is 20 s old (its session closed with the process), the linker hands the job back.
    expect(await survivor.exited).toBe(0);
    web.server.close();
    const handedBack = survivor.lines.find((l) => l.msg === 'job of a gone worker handed back');
    expect(handedBack).toMatchObject({ ord: '1', source: `${web.base}/slow`, worker: victimId, attempt: 1 });
    expect(web.hits.get('/slow')).toHaveLength(2);

    const after = cli(db, ['status', '--json']).json<QueueStatus>();
    expect(after.inputs).toEqual({ queued: 0, stored: 0, linked: REPORTS + 1, failed: 0 });
    expect(after.blocking).toBeNull();
    const store = await PostgresStore.open(db);
    try {
      expect(await store.countArticles()).toBe(REPORTS + 1);
      const q = `${store.location.schema}_queue`;
      const job = await store.pool.query<{ state: string; retry_count: number }>(
        `SELECT state::text, retry_count FROM ${q}.job WHERE id = $1 UNION ALL SELECT state::text, retry_count FROM ${q}.archive WHERE id = $1`,
        [jobIdFor(1)],
      );
      expect(job.rows[0]).toEqual({ state: 'completed', retry_count: 1 });
    } finally {
      await store.close();
    }
  });
});

describe('what status says linking waits for', () => {
  const now = Date.parse('2026-11-24T16:42:00Z');
  const base = { ord: '12', source: 'feed.xml', waiting: 40, attempts: 4, lastError: null, worker: 'vm:77:abc', workerAlive: true, workerGone: false, retryAt: null, expiresAt: null };
  it('a running job, a job due for a retry, a job of a gone worker', () => {
    expect(formatBlocking({ ...base, job: 'active', attempt: 1, expiresAt: '2026-11-24T16:46:30.000Z' }, now)).toBe(
      'linking waits for input #12 feed.xml (40 stored after it wait to be linked in order): try 1 of 4 is running on worker vm:77:abc; if it does not finish, it is retried in 270 s (16:46:30 UTC)',
    );
    expect(formatBlocking({ ...base, job: 'retry', attempt: 2, lastError: 'HTTP 503', retryAt: '2026-11-24T16:42:05.000Z' }, now)).toBe(
      'linking waits for input #12 feed.xml (40 stored after it wait to be linked in order): try 1 failed (HTTP 503); try 2 of 4 is due in 5 s (16:42:05 UTC)',
    );
    expect(formatBlocking({ ...base, job: 'active', attempt: 1, workerAlive: false, workerGone: true }, now)).toMatch(/try 1 of 4 was held by worker vm:77:abc, which is gone; the linker hands it back to the queue within seconds$/);
  });
});
