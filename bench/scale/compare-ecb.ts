/**
 * All ECB+ development articles through SQLite with one process (`storyline ingest`) and through
 * PostgreSQL with N workers (`ingest --queue` + `worker --concurrency N --drain`): are the
 * articles, events and stories the same? Prints the differences, if any.
 *
 *   npx tsx bench/scale/compare-ecb.ts [--workers 4] [--pg URL]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ArticleSummary, StoryView } from '../../src/types.js';
import { sharedPath } from '../../test/helpers/shared.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const WORKERS = arg('workers', '4');
const PG = arg('pg', process.env.STORYLINE_BENCH_PG || process.env.STORYLINE_TEST_PG || '');

function storyline(db: string, args: string[]): string {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/storyline'), '--db', db, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`storyline ${args.join(' ')}: ${r.status}\n${r.stderr.slice(-3000)}`);
  console.error(`  storyline ${args.join(' ')}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r.stdout;
}

/** Each event as its sorted article ids; each story as its sorted events. */
function shape(stories: StoryView[]): { events: Set<string>; stories: Set<string> } {
  const events = stories.flatMap((s) => s.events.map((e) => [...e.articles].sort().join(',')));
  return { events: new Set(events), stories: new Set(stories.map((s) => s.events.map((e) => [...e.articles].sort().join(',')).sort().join(' | '))) };
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

async function main(): Promise<void> {
  if (!PG) throw new Error('needs --pg URL or STORYLINE_BENCH_PG / STORYLINE_TEST_PG');
  const docs = sharedPath('datasets/ecbplus-dev/docs');
  const sqlite = join(mkdtempSync(join(tmpdir(), 'storyline-ecb-')), 'one.db');
  const schema = 'bench_ecb_compare';
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await client.end();
  const db = `${PG}${PG.includes('?') ? '&' : '?'}schema=${schema}`;

  storyline(sqlite, ['ingest', docs, '--json']);
  storyline(db, ['ingest', '--queue', docs, '--json']);
  storyline(db, ['worker', '--concurrency', WORKERS, '--drain']);

  const ids = (d: string) => new Set(JSON.parse(storyline(d, ['articles', '--json'])).map((a: ArticleSummary) => a.id) as string[]);
  const [a1, a2] = [ids(sqlite), ids(db)];
  const [s1, s2] = [shape(JSON.parse(storyline(sqlite, ['stories', '--json']))), shape(JSON.parse(storyline(db, ['stories', '--json'])))];
  const report = {
    articles: { sqlite: a1.size, postgres: a2.size, onlySqlite: minus(a1, a2), onlyPostgres: minus(a2, a1) },
    events: { sqlite: s1.events.size, postgres: s2.events.size, onlySqlite: minus(s1.events, s2.events), onlyPostgres: minus(s2.events, s1.events) },
    stories: { sqlite: s1.stories.size, postgres: s2.stories.size, differ: minus(s1.stories, s2.stories).length + minus(s2.stories, s1.stories).length },
  };
  console.log(JSON.stringify(report, null, 2));
  const same = !report.articles.onlySqlite.length && !report.articles.onlyPostgres.length && !report.events.onlySqlite.length && !report.events.onlyPostgres.length && !report.stories.differ;
  console.log(same ? `same articles, events and stories (SQLite, 1 process; PostgreSQL, ${WORKERS} workers)` : 'DIFFERENT: see above');
}

await main();
