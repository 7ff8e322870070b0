/**
 * API latency over a store of 10k linked articles: `storyline serve` in its own process (read
 * rate limit off: `--read-limit 0`, since every client here shares one loopback address), and
 * in this process 20 concurrent clients, each on its own keep-alive connection, sending one
 * request after another with no pause. Per endpoint, a warm-up, then a fixed time of requests:
 * - the story list, GET /api/stories (its very first request, which builds the list, apart);
 * - one article, GET /api/articles/ID, for ids drawn from random pages of the article list;
 * - a page of the article list, GET /api/articles?limit=50&offset=RANDOM;
 * - full-text search, GET /api/search?q=WORD.
 * A request's latency runs from sending it to the last byte of the answer; any answer that is
 * not 2xx JSON, or a request that fails, is an error and counted as such. Also the server's
 * peak resident memory (VmHWM).
 *
 * The store (bench/stores.ts) is the kept 10k store of link-scale, served from a copy.
 * Sizes: API_BENCH_ARTICLES (10000), API_BENCH_CLIENTS (20), API_BENCH_SECONDS (10 per endpoint).
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from '../run.js';
import { random } from '../scale/corpus.js';
import { get, getRaw, peakRssMiB, SEARCH_WORDS, serve } from '../server.js';
import { BENCH_DIR, copyStore, ECB_DOCS, linkedStore, removeStore } from '../stores.js';
import { percentile, table } from '../util.js';

const ARTICLES = Number(process.env.API_BENCH_ARTICLES ?? 10_000);
const CLIENTS = Number(process.env.API_BENCH_CLIENTS ?? 20);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
/** Pages of 500 ids drawn from the article list, for single-article requests. */
const ID_PAGES = 4;

/** The path of one request; `rnd` is the client's own random sequence. */
type PathOf = (rnd: () => number) => string;

interface Outcome {
  /** Latency of every request, failed ones included, in ms. */
  ms: number[];
  bytes: number;
  errors: string[];
  seconds: number;
}

/** What is wrong with an answer, or null when it is 2xx JSON. */
function problem(status: number, body: Buffer): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status} ${body.toString('utf8').slice(0, 200)}`;
  try {
    JSON.parse(body.toString('utf8'));
    return null;
  } catch {
    return `HTTP ${status}, not JSON`;
  }
}

/** One client: requests back to back on its own connection until `until` (performance.now()). */
async function client(agent: http.Agent, base: string, pathOf: PathOf, rnd: () => number, until: number, out: Outcome): Promise<void> {
  while (performance.now() < until) {
    const path = pathOf(rnd);
    const t0 = performance.now();
    try {
      const { status, body } = await getRaw(agent, base, path);
      out.ms.push(performance.now() - t0);
      out.bytes += body.length;
      const wrong = problem(status, body);
      if (wrong) out.errors.push(`${path}: ${wrong}`);
    } catch (err) {
      out.ms.push(performance.now() - t0);
      out.errors.push(`${path}: ${(err as Error).message}`);
    }
  }
}

/** All clients at once for `seconds`. */
async function drive(agents: http.Agent[], base: string, pathOf: PathOf, seconds: number, seed: number): Promise<Outcome> {
  const out: Outcome = { ms: [], bytes: 0, errors: [], seconds: 0 };
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  await Promise.all(agents.map((agent, i) => client(agent, base, pathOf, random(seed * 1000 + i), until, out)));
  out.seconds = (performance.now() - t0) / 1000;
  return out;
}

/** Ids of stored articles, from random pages of the article list. */
async function sampleIds(base: string, total: number): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: true });
  const rnd = random(7);
  const ids = new Set<string>();
  for (let p = 0; p < ID_PAGES; p++) {
    const page = await get(agent, base, `/api/articles?limit=500&offset=${Math.floor(rnd() * Math.max(1, total - 500))}`);
    if (page.status !== 200) throw new Error(`article list: HTTP ${page.status}`);
    for (const a of (page.body as { items: { id: string }[] }).items) ids.add(a.id);
  }
  agent.destroy();
  return [...ids];
}

/** The endpoints measured, by name. */
function endpoints(ids: string[], total: number): [string, PathOf][] {
  const any = <T>(rnd: () => number, xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return [
    ['story list: GET /api/stories', () => '/api/stories'],
    ['article: GET /api/articles/ID', (rnd) => `/api/articles/${any(rnd, ids)}`],
    ['article page: GET /api/articles?limit=50&offset=N', (rnd) => `/api/articles?limit=50&offset=${Math.floor(rnd() * Math.max(1, total - 50))}`],
    ['search: GET /api/search?q=WORD', (rnd) => `/api/search?q=${any(rnd, SEARCH_WORDS)}`],
  ];
}

function row(name: string, o: Outcome): (string | number)[] {
  const ms = [...o.ms].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  return [name, ms.length, (ms.length / o.seconds).toFixed(0), f(percentile(ms, 50)), f(percentile(ms, 95)), f(percentile(ms, 99)), f(ms[ms.length - 1] ?? NaN), (o.bytes / Math.max(1, ms.length) / 1024).toFixed(1), o.errors.length];
}

/** The first request of the story list after the server started: it builds the list. */
async function coldStoryList(base: string): Promise<{ ms: number; error: string | null }> {
  const agent = new http.Agent({ keepAlive: false });
  const t0 = performance.now();
  const { status, body } = await getRaw(agent, base, '/api/stories');
  return { ms: performance.now() - t0, error: problem(status, body) };
}

async function measureServer(db: string): Promise<{ rows: (string | number)[][]; cold: { ms: number; error: string | null }; total: number; ids: number; peakMiB: number; errors: string[] }> {
  const server = await serve(db, ['--read-limit', '0']);
  const agents = Array.from({ length: CLIENTS }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    const cold = await coldStoryList(server.base);
    const total = ((await get(agents[0], server.base, '/api/health')).body as { articles: number }).articles;
    const ids = await sampleIds(server.base, total);
    const rows: (string | number)[][] = [];
    const errors: string[] = [];
    let seed = 1;
    for (const [name, pathOf] of endpoints(ids, total)) {
      await drive(agents, server.base, pathOf, WARMUP_SECONDS, seed++);
      const outcome = await drive(agents, server.base, pathOf, SECONDS, seed++);
      rows.push(row(name, outcome));
      errors.push(...outcome.errors.slice(0, 3));
    }
    return { rows, cold, total, ids: ids.length, peakMiB: peakRssMiB(server.pid), errors };
  } finally {
    for (const agent of agents) agent.destroy();
    await server.stop();
  }
}

const section: BenchSection = {
  name: 'api',
  async run() {
    if (!existsSync(ECB_DOCS)) return 'ECB+ (../shared/datasets/ecbplus-dev) absent: skipped.';
    const load = loadavg()[0];
    const copy = copyStore(await linkedStore(ARTICLES), join(BENCH_DIR, `api-${ARTICLES}.db`));
    try {
      const m = await measureServer(copy);
      return [
        `\`storyline serve --read-limit 0\` (the built CLI) on an SQLite store of ${m.total} linked articles (ECB+ development articles and perturbed copies, bench/stores.ts), and in a second process ${CLIENTS} concurrent clients on loopback, each with its own keep-alive connection, sending requests back to back; per endpoint ${WARMUP_SECONDS} s of warm-up, then ${SECONDS} s measured. Latency in ms from sending a request to the last byte of its answer, every request counted (failed ones too); an error is any answer that is not 2xx JSON or a failed request. Single articles are drawn from ${m.ids} ids read from random pages of the article list; searches from ${SEARCH_WORDS.length} words. ${cpus().length} cores shared by both processes (load average ${load.toFixed(1)} before the run).`,
        '',
        table(['endpoint', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'KiB/answer', 'errors'], m.rows),
        '',
        `The clients keep the server saturated (closed loop, no pause), so latency is mostly queueing: p50 ≈ ${CLIENTS} × 1000 / (req/s) ms, where 1000 / (req/s) is the time per request at full load on the shared cores.`,
        `First story list request after start (cold: builds the list of stories): ${m.cold.ms.toFixed(0)} ms${m.cold.error ? `, error: ${m.cold.error}` : ''}.`,
        `Server peak RSS (VmHWM): ${Number.isNaN(m.peakMiB) ? 'not available' : `${m.peakMiB.toFixed(0)} MiB`}.`,
        m.errors.length ? `\nFirst errors: ${m.errors.join('; ')}` : '',
      ].join('\n');
    } finally {
      removeStore(copy);
    }
  },
};

export default section;
