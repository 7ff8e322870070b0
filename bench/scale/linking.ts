/**
 * Ordered linker stage vs. each worker linking under an advisory lock, with 4 workers, on the
 * replicated ECB+ corpus, with src/link's linker:
 *   npx tsx bench/scale/linking.ts [--size 3000] [--workers 4] [--pg URL]
 * Reports the time to drain and link everything, linking time per input, and whether the
 * events equal those of one worker in the same mode (determinism). Writes bench/scale/LINKING.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { sharedPath } from '../../test/helpers/shared.js';
import { percentile, table } from '../util.js';
import { buildCorpus } from './corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const SIZE = Number(arg('size', '3000'));
const WORKERS = Number(arg('workers', '4'));
const PG = arg('pg', process.env.STORYLINE_BENCH_PG || process.env.STORYLINE_TEST_PG || '');

type Mode = 'ordered' | 'locked';

async function run(client: pg.Client, corpus: string, mode: Mode, workers: number): Promise<{ seconds: number; linkMs: number[]; events: Map<string, string> }> {
  const schema = `bench_link_${mode}_${workers}`;
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  const db = `${PG}${PG.includes('?') ? '&' : '?'}schema=${schema}`;
  const store = await PostgresStore.open(db);
  const enqueue = spawnSync(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, 'ingest', '--queue', corpus], { cwd: ROOT, encoding: 'utf8' });
  if (enqueue.status !== 0) throw new Error(enqueue.stderr);
  const t0 = performance.now();
  const config = JSON.stringify({ db, pollMs: 500, link: true, drain: true, linkMode: mode });
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/scale/worker-entry.ts')], {
          cwd: ROOT,
          env: { ...process.env, BENCH_WORKER_CONFIG: config, STORYLINE_LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker exited with ${code}`))));
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const linkMs = (await store.pool.query<{ ms: number }>(`SELECT link_ms AS ms FROM ${schema}_queue.inputs WHERE state = 'linked'`)).rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
  const rows = (await store.pool.query<{ article_id: string; event_id: string }>('SELECT article_id, event_id FROM link_assignments')).rows;
  await store.close();
  return { seconds, linkMs, events: new Map(rows.map((r) => [r.article_id, r.event_id])) };
}

/** Do two runs group the articles into the same events (event ids aside)? */
function sameGrouping(a: Map<string, string>, b: Map<string, string>): { same: boolean; moved: number } {
  const groups = (m: Map<string, string>) => {
    const byEvent = new Map<string, string[]>();
    for (const [article, event] of m) byEvent.set(event, [...(byEvent.get(event) ?? []), article]);
    return new Map([...m.keys()].map((k) => [k, byEvent.get(m.get(k)!)!.sort().join(',')]));
  };
  const ga = groups(a);
  const gb = groups(b);
  let moved = 0;
  for (const [k, v] of ga) if (gb.get(k) !== v) moved++;
  return { same: moved === 0 && a.size === b.size, moved };
}

async function main(): Promise<void> {
  if (!PG) throw new Error('needs --pg URL or STORYLINE_BENCH_PG / STORYLINE_TEST_PG');
  const corpus = buildCorpus(sharedPath('datasets/ecbplus-dev/docs'), join(tmpdir(), 'storyline-scale'), SIZE);
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  const rows: (string | number)[][] = [];
  try {
    for (const mode of ['ordered', 'locked'] as const) {
      const many = await run(client, corpus, mode, WORKERS);
      const one = await run(client, corpus, mode, 1);
      const cmp = sameGrouping(many.events, one.events);
      rows.push([mode, WORKERS, many.seconds.toFixed(1), Math.round(SIZE / many.seconds), percentile(many.linkMs, 50).toFixed(1), percentile(many.linkMs, 95).toFixed(1), one.seconds.toFixed(1), cmp.same ? 'yes' : `no: ${cmp.moved} articles grouped differently`]);
      console.error(rows.at(-1)!.join(' | '));
    }
  } finally {
    await client.end();
  }
  const md = [
    `# Linking under concurrency: ordered stage vs. advisory lock (${SIZE} articles, src/link's linker)`,
    '',
    `\`npx tsx bench/scale/linking.ts --size ${SIZE} --workers ${WORKERS}\`, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    table(['mode', 'workers', 'drain + link s', 'articles/s', 'link ms/input p50', 'link ms/input p95', '1 worker s', `same events as 1 worker`], rows),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/scale/LINKING.md'), md);
  console.log(md);
}

await main();
