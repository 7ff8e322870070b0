/**
 * `npm run bench:scale`: Storyline on PostgreSQL with 1, 2 and 4 worker processes, on a corpus
 * of 10k (and more) articles replicated from ECB+ with perturbed copies. Not part of CI.
 *
 *   npm run bench:scale -- [--sizes 10000,100000] [--workers 1,2,4] [--pg postgres://...] [--trickle 200] [--out FILE]
 *
 * The server: --pg, else $STORYLINE_BENCH_PG, else $STORYLINE_TEST_PG (`source scripts/ci-postgres.sh`).
 * Each run gets its own schema (bench_<size>_<workers>), dropped before it starts and kept after
 * (for inspection). Per run it measures:
 *   - enqueue: `storyline ingest --queue FOLDER` (reads every file, skips stored ones, one ledger row and job each)
 *   - drain: `storyline worker --concurrency N --drain` from start to exit: articles per second
 *   - linking: the linker's time per input (p50/p95) and how far linking lagged behind storing
 *   - queue latency: a second phase feeds inputs one at a time at 30% of the measured throughput
 *     to running workers, and times enqueue -> stored (includes the analysis of the input)
 *   - database size (store tables, queue tables), peak RSS of each worker process and of the enqueuer
 * Results go to bench/scale/RESULTS.md (a table) and stdout.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sharedPath } from '../../test/helpers/shared.js';
import { percentile, table } from '../util.js';
import { buildCorpus, perturb } from './corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/storyline');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const SIZES = arg('sizes', '10000').split(',').map(Number);
const WORKERS = arg('workers', '1,2,4').split(',').map(Number);
const TRICKLE = Number(arg('trickle', '200'));
const PG = arg('pg', process.env.STORYLINE_BENCH_PG || process.env.STORYLINE_TEST_PG || '');
const SCRATCH = arg('scratch', join(tmpdir(), 'storyline-scale'));
const OUT = arg('out', join(ROOT, 'bench/scale/RESULTS.md'));

interface Run {
  size: number;
  workers: number;
  enqueueS: number;
  enqueueRssMB: number;
  drainS: number;
  articles: number;
  failed: number;
  linkP50: number;
  linkP95: number;
  linkLagP95S: number;
  latencyP50: number;
  latencyP95: number;
  storeMB: number;
  queueMB: number;
  workerRssMB: number[];
}

function withSchema(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
}

/** Runs the CLI under /usr/bin/time: wall seconds and peak RSS (MB) of the process. */
function timedCli(db: string, args: string[]): { seconds: number; rssMB: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, BIN, '--db', db, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`storyline ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr)!;
  return { seconds: Number(m[1]), rssMB: Number(m[2]) / 1024, stdout: r.stdout };
}

interface WorkerRun {
  done: Promise<void>;
  stop: () => void;
}

function startWorkers(db: string, concurrency: number, drain: boolean): WorkerRun {
  const child = spawn(process.execPath, [BIN, '--db', db, 'worker', '--concurrency', String(concurrency), ...(drain ? ['--drain'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STORYLINE_LOG_LEVEL: 'warn' },
  });
  let buffer = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      if (line.includes('"level":"error"')) process.stderr.write(line + '\n');
    }
  });
  const done = new Promise<void>((resolveDone, reject) => child.on('exit', (code) => (code === 0 ? resolveDone() : reject(new Error(`workers exited with ${code}`)))));
  return { done, stop: () => child.kill('SIGTERM') };
}

async function query<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

async function schemaMB(client: pg.Client, schema: string): Promise<number> {
  const [r] = await query<{ bytes: string | null }>(
    client,
    `SELECT sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`,
    [schema],
  );
  return Number(r.bytes ?? 0) / 2 ** 20;
}

/** Peak RSS per worker process, from the "worker stopped" lines they log (read with the info level). */
function workerPeaks(lines: string[]): number[] {
  return lines.flatMap((l) => {
    try {
      const o = JSON.parse(l) as { msg?: string; maxRssMB?: number };
      return o.msg === 'worker stopped' && typeof o.maxRssMB === 'number' ? [o.maxRssMB] : [];
    } catch {
      return [];
    }
  });
}

async function benchOne(client: pg.Client, corpus: string, size: number, workers: number): Promise<Run> {
  const schema = `bench_${size}_${workers}`;
  const q = `${schema}_queue`;
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${q} CASCADE`);
  const db = withSchema(PG, schema);
  timedCli(db, ['migrate']);

  const enqueue = timedCli(db, ['ingest', '--queue', corpus, '--json']);
  const queued = (JSON.parse(enqueue.stdout) as { queued: number }).queued;
  console.error(`  ${size} x ${workers} workers: ${queued} queued in ${enqueue.seconds.toFixed(1)} s; draining...`);

  // The drain, with info logs captured for the workers' peak RSS.
  const t0 = performance.now();
  const logLines: string[] = [];
  await new Promise<void>((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, '--db', db, 'worker', '--concurrency', String(workers), '--drain'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let buffer = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.includes('"worker stopped"') || line.includes('"level":"error"')) logLines.push(line);
    });
    child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`workers exited with ${code}: ${logLines.slice(-5).join('\n')}`))));
  });
  const drainS = (performance.now() - t0) / 1000;

  const [counts] = await query<{ linked: string; failed: string; articles: string }>(
    client,
    `SELECT count(*) FILTER (WHERE state = 'linked') AS linked, count(*) FILTER (WHERE state = 'failed') AS failed,
            (SELECT count(*) FROM ${schema}.articles) AS articles FROM ${q}.inputs`,
  );
  const link = (await query<{ ms: number; lag: number }>(client, `SELECT link_ms AS ms, extract(epoch FROM linked_at - stored_at) AS lag FROM ${q}.inputs WHERE state = 'linked'`)).map((r) => ({ ms: Number(r.ms), lag: Number(r.lag) }));
  const linkMs = link.map((l) => l.ms).sort((a, b) => a - b);
  const lag = link.map((l) => l.lag).sort((a, b) => a - b);

  // Queue latency below saturation: inputs fed one by one at 30% of the drain rate to running workers.
  const rate = Math.max(1, (0.3 * Number(counts.articles)) / drainS);
  const latency = await trickle(client, db, q, workers, rate);

  return {
    size,
    workers,
    enqueueS: enqueue.seconds,
    enqueueRssMB: enqueue.rssMB,
    drainS,
    articles: Number(counts.articles),
    failed: Number(counts.failed),
    linkP50: percentile(linkMs, 50),
    linkP95: percentile(linkMs, 95),
    linkLagP95S: percentile(lag, 95),
    latencyP50: latency.p50,
    latencyP95: latency.p95,
    storeMB: await schemaMB(client, schema),
    queueMB: await schemaMB(client, q),
    workerRssMB: workerPeaks(logLines),
  };
}

async function trickle(client: pg.Client, db: string, q: string, workers: number, perSecond: number): Promise<{ p50: number; p95: number }> {
  const dir = join(SCRATCH, `trickle-${q}`);
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(sharedPath('datasets/ecbplus-dev/docs')).sort().slice(0, TRICKLE);
  const files = sources.map((name, i) => {
    const path = join(dir, `${i}-${name}`);
    writeFileSync(path, perturb(readFileSync(sharedPath('datasets/ecbplus-dev/docs', name), 'utf8'), 100_000 + i, 7_000_000 + i));
    return path;
  });
  const [{ start }] = await query<{ start: string }>(client, `SELECT coalesce(max(ord), 0) AS start FROM ${q}.inputs`);
  const run = startWorkers(db, workers, false);
  // Wait until every worker process has registered (its modules loaded, its queue open).
  for (;;) {
    const [{ n }] = await query<{ n: string }>(client, `SELECT count(*) AS n FROM ${q}.workers WHERE stopped_at IS NULL`);
    if (Number(n) >= workers) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 500));
  const { PostgresStore } = await import('../../src/store/postgres/index.js');
  const { Queue } = await import('../../src/queue/queue.js');
  const { enqueueSources } = await import('../../src/queue/enqueue.js');
  const store = await PostgresStore.open(db);
  const queue = await Queue.open(store, undefined, 'client');
  const t0 = performance.now();
  for (const [i, file] of files.entries()) {
    const due = t0 + (i * 1000) / perSecond;
    if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
    await enqueueSources(queue, [file], { maxBytes: 64 * 2 ** 20 });
  }
  for (;;) {
    const [{ open }] = await query<{ open: string }>(client, `SELECT count(*) AS open FROM ${q}.inputs WHERE state IN ('queued', 'stored')`);
    if (open === '0') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  run.stop();
  await run.done.catch(() => {});
  await queue.close();
  await store.close();
  const ms = (await query<{ ms: number }>(client, `SELECT extract(epoch FROM stored_at - enqueued_at) * 1000 AS ms FROM ${q}.inputs WHERE ord > $1 AND stored_at IS NOT NULL`, [start]))
    .map((r) => Number(r.ms))
    .sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

function report(runs: Run[], pgVersion: string): string {
  const rows = runs.map((r) => [
    r.size,
    r.workers,
    `${r.enqueueS.toFixed(1)} s (${Math.round(r.size / r.enqueueS)}/s), ${Math.round(r.enqueueRssMB)} MB`,
    `${r.drainS.toFixed(1)} s`,
    Math.round(r.articles / r.drainS),
    `${Math.round(r.latencyP50)} / ${Math.round(r.latencyP95)}`,
    `${r.linkP50.toFixed(1)} / ${r.linkP95.toFixed(1)}`,
    r.linkLagP95S.toFixed(2),
    `${Math.round(r.storeMB)} + ${Math.round(r.queueMB)}`,
    r.workerRssMB.length ? `${Math.round(Math.max(...r.workerRssMB))} (${r.workerRssMB.length} proc)` : '–',
    `${r.articles}${r.failed ? `, ${r.failed} failed` : ''}`,
  ]);
  return [
    `# Scale benchmark: PostgreSQL store and work queue`,
    '',
    `${new Date().toISOString().slice(0, 10)}; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), shared with other work; Node ${process.version}; ${pgVersion}; fsync off (scripts/ci-postgres.sh).`,
    `Corpus: ECB+ development articles (772) and perturbed copies of them (bench/scale/corpus.ts). Command: \`npm run bench:scale -- --sizes ${SIZES.join(',')} --workers ${WORKERS.join(',')}\`.`,
    '',
    table(
      ['articles', 'workers', 'enqueue (rate, peak RSS)', 'drain', 'articles/s', 'queue latency p50 / p95 ms', 'linking ms/input p50 / p95', 'link lag p95 s', 'db MB (store + queue)', 'peak RSS MB / worker', 'stored'],
      rows,
    ),
    '',
    'drain: `storyline worker --concurrency N --drain` from start to exit (worker start-up included). Queue latency: enqueue to stored, inputs fed one at a time at 30% of the drain rate to running workers (analysis included; the workers poll an empty queue every 500 ms). Linking: the ordered linker stage\'s time per input; link lag: how long after being stored an input was linked.',
  ].join('\n');
}

async function main(): Promise<void> {
  if (!PG) {
    console.error('bench:scale needs a PostgreSQL server: --pg URL, or STORYLINE_BENCH_PG / STORYLINE_TEST_PG (source scripts/ci-postgres.sh)');
    process.exit(2);
  }
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  const [{ server_version: pgVersion }] = await query<{ server_version: string }>(client, 'SHOW server_version');
  const runs: Run[] = [];
  try {
    for (const size of SIZES) {
      const corpus = buildCorpus(sharedPath('datasets/ecbplus-dev/docs'), SCRATCH, size);
      for (const workers of WORKERS) {
        runs.push(await benchOne(client, corpus, size, workers));
        writeFileSync(OUT, report(runs, `PostgreSQL ${pgVersion}`) + '\n');
      }
    }
  } finally {
    await client.end();
  }
  console.log(report(runs, `PostgreSQL ${pgVersion}`));
}

await main();
