import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/index.js';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { type LinkFn, linkReady } from '../../src/queue/linker.js';
import { jsonLogger } from '../../src/queue/log.js';
import { processInput } from '../../src/queue/process.js';
import { INGEST_QUEUE, Queue } from '../../src/queue/queue.js';
import { queueStatus } from '../../src/queue/status.js';
import { runWorker } from '../../src/queue/worker.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { tempDir } from '../helpers/cli.js';
import { dropSchemas, PG_SKIP_REASON, pgTestUrl } from '../store/pg.js';
import { FAST_QUEUE_ENV, webServer, writeReports } from './workers.js';

// Retries a second apart instead of five (runWorker opens the queue with the environment's settings).
Object.assign(process.env, FAST_QUEUE_ENV);
const quiet = jsonLogger({}, () => {});
const READ = { ...DEFAULT_READ_OPTIONS, allowPrivate: true };

describe.skipIf(!!PG_SKIP_REASON)('the queue, one job at a time', () => {
  const urls: string[] = [];
  let store: PostgresStore;
  let queue: Queue;
  const open = async () => {
    const url = pgTestUrl();
    urls.push(url);
    store = await PostgresStore.open(url);
    queue = await Queue.open(store);
  };
  const close = async () => {
    await queue.close();
    await store.close();
  };
  afterAll(() => dropSchemas(urls));

  describe('failures', () => {
    beforeAll(open);
    afterAll(close);

    it('retries a failing download with back-off, parks it with its error after the last try, and fails a bad input at once', async () => {
      const body = 'Dam Repairs Finished\n\nEngineers finished repairing the old dam above the village of Westford on Friday, a week ahead of plan.';
      const web = await webServer((path, nth, res) => {
        if (path === '/broken' || (path === '/flaky' && nth <= 2)) return void res.writeHead(503).end();
        res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
      });
      const dir = tempDir('storyline-jobs-');
      writeFileSync(join(dir, 'empty.txt'), '');
      const summary = await enqueueSources(queue, [`${web.base}/flaky`, `${web.base}/broken`, join(dir, 'empty.txt')], { maxBytes: READ.maxBytes });
      expect(summary.queued).toBe(3);

      const stop = new AbortController();
      const counters = await runWorker({ db: urls[0], pollMs: 100, link: true, drain: true, read: READ }, quiet, stop.signal);
      web.server.close();

      // flaky: two 503s, then stored; each retry waited at least the retry delay (1 s), the second longer (back-off).
      const flaky = web.hits.get('/flaky')!;
      expect(flaky).toHaveLength(3);
      expect(flaky[1] - flaky[0]).toBeGreaterThanOrEqual(1000);
      expect(flaky[2] - flaky[1]).toBeGreaterThanOrEqual(2000);
      // broken: the first try and STORYLINE_JOB_RETRIES=2 retries, then parked.
      expect(web.hits.get('/broken')).toHaveLength(3);
      expect(counters.failed).toBe(5); // 2 for flaky, 3 for broken

      const status = await queueStatus(queue);
      expect(status.inputs).toEqual({ queued: 0, stored: 0, linked: 1, failed: 2 });
      expect(status.jobs.failed).toBe(1);
      const reasons = Object.fromEntries(status.failures.map((f) => [f.source.replace(/^.*\//, ''), f.reasons.join(' ')]));
      expect(reasons.broken).toMatch(/503/);
      expect(reasons['empty.txt']).toMatch(/empty/);
      const attempts = await queue.pool.query<{ source: string; attempts: number }>(`SELECT source, attempts FROM ${queue.schema}.inputs ORDER BY ord`);
      expect(attempts.rows.map((r) => r.attempts)).toEqual([3, 3, 1]); // a bad input is not retried
      const parked = await queue.boss.getJobById(INGEST_QUEUE, (await queue.pool.query<{ id: string }>(`SELECT id FROM ${queue.schema}.job WHERE state = 'failed'`)).rows[0].id);
      expect(JSON.stringify(parked?.output)).toMatch(/503/);
      expect((await store.listArticles()).map((a) => a.source)).toEqual([`${web.base}/flaky`]);
    });
  });

  describe('linking order', () => {
    beforeAll(open);
    afterAll(close);

    it('links in enqueue order, whatever order the inputs were stored in, and skips an input that was parked', async () => {
      const files = writeReports(tempDir('storyline-order-'), 5);
      const { inputs } = await enqueueSources(queue, files, { maxBytes: READ.maxBytes });
      const ords = inputs.map((i) => i.ord!);
      const linked: string[] = [];
      const record: LinkFn = async (_store, articles) => void linked.push(...articles.map((a) => a.source));

      // Workers finish out of order: 5, 3, 2 first. Nothing may be linked while input 1 is pending.
      for (const i of [4, 2, 1]) expect((await processInput(queue, ords[i], { read: READ })).status).toBe('stored');
      expect(await linkReady(queue, quiet, record)).toBe(0);
      expect(linked).toEqual([]);

      await processInput(queue, ords[0], { read: READ });
      expect(await linkReady(queue, quiet, record)).toBe(3);
      expect(linked).toEqual([files[0], files[1], files[2]]); // input 4 is still pending: 5 waits

      // Input 4's job runs out of tries: the linker records it as failed and goes on to 5.
      const job = (await queue.boss.fetch<{ ord: string }>(INGEST_QUEUE, { batchSize: 5 })).find((j) => j.data.ord === ords[3])!;
      await queue.pool.query(`UPDATE ${queue.schema}.job SET retry_count = retry_limit WHERE name = $1 AND id = $2`, [INGEST_QUEUE, job.id]);
      await queue.boss.fail(INGEST_QUEUE, job.id, { message: 'disk on fire' });
      expect(await linkReady(queue, quiet, record)).toBe(2);
      expect(linked).toEqual([files[0], files[1], files[2], files[4]]);
      const ledger = await queue.pool.query<{ state: string; errors: { reason: string }[] }>(`SELECT state, errors FROM ${queue.schema}.inputs ORDER BY ord`);
      expect(ledger.rows.map((r) => r.state)).toEqual(['linked', 'linked', 'linked', 'failed', 'linked']);
      expect(ledger.rows[3].errors[0].reason).toMatch(/disk on fire/);

      // A job delivered again after another worker finished it changes nothing.
      expect(await processInput(queue, ords[0], { read: READ })).toEqual({ status: 'done-elsewhere' });
      expect(await store.countArticles()).toBe(4);
    });
  });
});
