import type { ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/queue/queue.js';
import type { QueueStatus } from '../../src/queue/status.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { cli, tempDir } from '../helpers/cli.js';
import { PG_SKIP_REASON, pgTestUrl } from '../store/pg.js';
import { FAST_QUEUE_ENV, releaseAll, webServer, WorkerProcess, writeReports } from './workers.js';

// Time-outs and retries are fixed when a job is enqueued: the enqueuing CLI needs the fast settings too.
Object.assign(process.env, FAST_QUEUE_ENV);

const REPORTS = 40;
const ARTICLE = 'Harbour Crane Collapses\n\nA crane collapsed at the harbour of Port Ellis on Sunday night, the port authority said. Nobody was hurt.';

describe.skipIf(!!PG_SKIP_REASON)('four workers, one killed in the middle of a job', () => {
  const db = pgTestUrl();
  const held: ServerResponse[] = [];
  const workers: WorkerProcess[] = [];
  afterAll(() => releaseAll(db, held, workers));

  it('stores every article exactly once, and links them all', async () => {
    // The first request for /slow never gets an answer: whoever takes that job is stuck in it.
    const web = await webServer((path, nth, res) => {
      if (path === '/slow' && nth === 1) return void held.push(res);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE);
    });
    const files = writeReports(tempDir('storyline-queue-'), REPORTS);
    const enqueued = cli(db, ['ingest', '--queue', `${web.base}/slow`, ...files, '--json']);
    expect(enqueued.stderr).toBe('');
    expect(enqueued.json<{ queued: number }>().queued).toBe(REPORTS + 1);

    workers.push(...Array.from({ length: 4 }, () => new WorkerProcess(db, ['--drain'])));
    // The slow input was enqueued first (ord 1): find the worker that took it, and kill it while the request hangs.
    const tookSlow = (l: Record<string, unknown>) => l.msg === 'job started' && l.ord === '1';
    await Promise.race(workers.map((w) => w.waitFor(tookSlow)));
    const victim = workers.find((w) => w.lines.some(tookSlow))!;
    while (!web.hits.get('/slow')) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(web.hits.get('/slow')).toHaveLength(1);
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBeNull(); // killed, not exited
    expect(victim.lines.some((l) => l.msg === 'job done' && l.ord === '1')).toBe(false);

    const survivors = workers.filter((w) => w !== victim);
    const codes = await Promise.all(survivors.map((w) => w.exited));
    expect(codes, JSON.stringify(survivors.flatMap((w) => w.lines.filter((l) => l.level === 'error' || l.msg === 'not json')))).toEqual([0, 0, 0]);
    web.server.close();

    // Another worker took the job over once its time ran out, and fetched the page again.
    expect(web.hits.get('/slow')!.length).toBeGreaterThanOrEqual(2);
    expect(survivors.some((w) => w.lines.some((l) => l.msg === 'job done' && l.ord === '1'))).toBe(true);

    const status = cli(db, ['status', '--json']).json<QueueStatus>();
    expect(status.inputs).toEqual({ queued: 0, stored: 0, linked: REPORTS + 1, failed: 0 });
    expect(status.articles).toBe(REPORTS + 1);
    // The survivors said they stopped; the victim just stopped reporting (alive until 20 s without a heartbeat).
    expect(status.workers.filter((w) => w.alive).map((w) => w.pid)).toEqual(status.workers.some((w) => w.alive) ? [victim.child.pid] : []);
    expect(status.workers.reduce((n, w) => n + w.done, 0)).toBeGreaterThanOrEqual(REPORTS + 1);

    const store = await PostgresStore.open(db);
    try {
      const articles = await store.listArticles();
      const sources = articles.map((a) => a.source).sort();
      expect(sources).toEqual([`${web.base}/slow`, ...files].sort());
      expect(new Set(articles.map((a) => a.id)).size).toBe(REPORTS + 1);
      const raw = await store.pool.query<{ n: string }>('SELECT count(*) AS n FROM raw_inputs');
      expect(Number(raw.rows[0].n)).toBe(REPORTS + 1);
      const q = `${store.location.schema}_queue`;
      const ledger = await store.pool.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM ${q}.inputs GROUP BY state`);
      expect(ledger.rows.map((r) => [r.state, Number(r.n)])).toEqual([['linked', REPORTS + 1]]);
      const slow = await store.pool.query<{ attempts: number; articles: string[] }>(`SELECT attempts, articles FROM ${q}.inputs WHERE ord = 1`);
      expect(slow.rows[0].attempts).toBeGreaterThanOrEqual(2);
      expect(slow.rows[0].articles).toHaveLength(1);
      const job = await store.pool.query<{ state: string; retry_count: number }>(
        `SELECT state::text, retry_count FROM ${q}.job WHERE id = $1 UNION ALL SELECT state::text, retry_count FROM ${q}.archive WHERE id = $1`,
        [jobIdFor(1)],
      );
      expect(job.rows[0]).toMatchObject({ state: 'completed' });
      expect(job.rows[0].retry_count).toBeGreaterThanOrEqual(1);
    } finally {
      await store.close();
    }
  });
});
