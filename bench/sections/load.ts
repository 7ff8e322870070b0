/**
 * Load: 100 concurrent API readers on loopback while `storyline ingest` stores 5,000 articles
 * into the same SQLite database. Three processes, as in use: the server (`storyline serve`),
 * the ingest (a batch job), and this one (the readers). Reports errors (any non-2xx answer or
 * failed request counts), lost articles (every input of the batch must be stored), and
 * latency per endpoint.
 *
 * Articles: the ECB+ development texts (shared datasets), each copied with its own closing
 * line until there are 5,000 (generated reports when the datasets are absent), written into
 * os.tmpdir() and deleted afterwards.
 */
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from '../run.js';
import { collect, get, SEARCH_WORDS, serve, storyline } from '../server.js';
import { ECB_DOCS } from '../stores.js';
import { percentile, table } from '../util.js';

const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 5000);
const READERS = Number(process.env.LOAD_READERS ?? 100);

function writeBatch(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const texts = existsSync(ECB_DOCS)
    ? readdirSync(ECB_DOCS)
        .sort()
        .map((f) => readFileSync(join(ECB_DOCS, f), 'utf8'))
    : Array.from({ length: 50 }, (_, i) => `Report ${i}\n\nOfficials said on Monday that the harbour in town ${i} reopened after repairs that took ${i + 2} weeks.\n`);
  for (let i = 0; i < ARTICLES; i++) {
    const copy = Math.floor(i / texts.length);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), `${texts[i % texts.length].trimEnd()}\n\nThis is copy ${copy + 1} of the report, filed as number ${i + 1}.\n`);
  }
  return existsSync(ECB_DOCS) ? `ECB+ dev texts (${texts.length}), copied` : 'generated reports';
}

type Endpoint = 'list' | 'article' | 'search' | 'stories' | 'health';

interface Sample {
  endpoint: Endpoint;
  ms: number;
  ok: boolean;
}

/** Ids the readers have seen in lists, to ask for single articles. */
class SeenIds {
  readonly list: string[] = [];
  private readonly set = new Set<string>();
  add(id: string): void {
    if (!this.set.has(id)) (this.set.add(id), this.list.push(id));
  }
}

function pick(r: number, next: () => number, ids: SeenIds): { endpoint: Endpoint; path: string } {
  if (r < 0.35) return { endpoint: 'list', path: `/api/articles?limit=50&offset=${Math.floor(next() * Math.max(1, ids.list.length))}` };
  if (r < 0.7 && ids.list.length) return { endpoint: 'article', path: `/api/articles/${ids.list[Math.floor(next() * ids.list.length)]}` };
  if (r < 0.9) return { endpoint: 'search', path: `/api/search?q=${SEARCH_WORDS[Math.floor(next() * SEARCH_WORDS.length)]}` };
  if (r < 0.97) return { endpoint: 'health', path: '/api/health' };
  return { endpoint: 'stories', path: '/api/stories' };
}

/** Pause between a reader's requests: people read what they asked for. */
const THINK_MS = 100;

/**
 * One reader: a client with its own loopback address (127.0.0.N: the server's per-client rate
 * limits apply to each as to a person), requesting a mix of lists, articles, searches and
 * stories until told to stop.
 */
async function reader(base: string, n: number, stop: { done: boolean }, ids: SeenIds, samples: Sample[], failures: string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.${Math.floor((n + 2) / 250)}.${((n + 2) % 250) + 1}` });
  let x = n;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  await new Promise((r) => setTimeout(r, next() * THINK_MS));
  while (!stop.done) {
    const { endpoint, path } = pick(next(), next, ids);
    const t0 = performance.now();
    try {
      const res = await get(agent, base, path);
      const ok = res.status >= 200 && res.status < 300;
      if (!ok) failures.push(`${path}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      if (endpoint === 'list') for (const a of (res.body as { items?: { id: string }[] }).items ?? []) ids.add(a.id);
      samples.push({ endpoint, ms: performance.now() - t0, ok });
      await new Promise((r) => setTimeout(r, THINK_MS));
    } catch (err) {
      failures.push(`${path}: ${(err as Error).message}`);
      samples.push({ endpoint, ms: performance.now() - t0, ok: false });
    }
  }
  agent.destroy();
}

const section: BenchSection = {
  name: 'load',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-load-'));
    try {
      const batch = join(dir, 'batch');
      const source = writeBatch(batch);
      const db = join(dir, 'store.db');

      // The same batch alone first, for the ingest time without readers.
      const aloneStart = performance.now();
      const alone = await collect(storyline(join(dir, 'alone.db'), ['ingest', batch, '--json']));
      const aloneS = (performance.now() - aloneStart) / 1000;
      if (alone.code !== 0) throw new Error(`ingest alone failed: ${alone.stderr.slice(0, 500)}`);

      const server = await serve(db);
      const base = server.base;

      const samples: Sample[] = [];
      const failures: string[] = [];
      const ids = new SeenIds();
      const stop = { done: false };
      const readers = Array.from({ length: READERS }, (_, i) => reader(base, i + 1, stop, ids, samples, failures));

      const ingestStart = performance.now();
      const ingest = await collect(storyline(db, ['ingest', batch, '--json']));
      const ingestS = (performance.now() - ingestStart) / 1000;
      stop.done = true;
      await Promise.all(readers);
      const readS = (performance.now() - ingestStart) / 1000;

      // No lost article: every input reported stored, and the server lists every article.
      const summary = JSON.parse(ingest.stdout || '{"inputs":[]}') as { added: number; failed: number; inputs: { articles: string[] }[] };
      const expected = new Set(summary.inputs.flatMap((i) => i.articles));
      const health = (await (await fetch(`${base}/api/health`)).json()) as { articles: number };
      const listed = new Set<string>();
      for (let offset = 0; offset < health.articles + 500; offset += 500) {
        const page = (await (await fetch(`${base}/api/articles?limit=500&offset=${offset}`)).json()) as { items: { id: string }[] };
        for (const a of page.items) listed.add(a.id);
        if (page.items.length < 500) break;
      }
      const lost = [...expected].filter((id) => !listed.has(id)).length;
      // One request of each kind with the server otherwise idle, at the final size.
      const idle: [string, number][] = [];
      for (const [name, path] of [['all stories', '/api/stories'], ['article list', '/api/articles?limit=50&offset=2500'], ['search', '/api/search?q=police']] as const) {
        const t0 = performance.now();
        await (await fetch(base + path)).arrayBuffer();
        idle.push([name, performance.now() - t0]);
      }
      await server.stop();

      const byEndpoint = new Map<Endpoint, number[]>();
      for (const s of samples) {
        if (!byEndpoint.has(s.endpoint)) byEndpoint.set(s.endpoint, []);
        byEndpoint.get(s.endpoint)!.push(s.ms);
      }
      const row = (name: string, ms: number[]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        return [name, sorted.length, (sorted.length / readS).toFixed(0), percentile(sorted, 50).toFixed(1), percentile(sorted, 95).toFixed(1), percentile(sorted, 99).toFixed(1), (sorted[sorted.length - 1] ?? NaN).toFixed(0)];
      };
      const rows = [...byEndpoint.entries()].sort().map(([name, ms]) => row(name, ms));
      rows.push(row('all', samples.map((s) => s.ms)));

      return [
        `${READERS} concurrent readers (each its own loopback address and keep-alive connection, ${THINK_MS} ms between requests, the server's default per-client rate limits on) against \`storyline serve\` while \`storyline ingest\` stores ${ARTICLES} articles (${source}) into the same SQLite database; three processes on one machine (${(await import('node:os')).cpus().length} cores).`,
        '',
        table(['outcome', 'value'], [
          ['articles stored by the ingest', `${summary.added} of ${ARTICLES} inputs added, ${summary.failed} failed`],
          ['articles lost (reported stored, not served)', lost],
          ['articles served at the end', health.articles],
          ['reader errors (non-2xx or failed requests)', failures.length],
          ['ingest with readers', `${ingestS.toFixed(1)} s (${(ARTICLES / ingestS).toFixed(0)} articles/s)`],
          ['the same ingest alone', `${aloneS.toFixed(1)} s (${(ARTICLES / aloneS).toFixed(0)} articles/s)`],
          ...idle.map(([name, ms]): [string, string] => [`one ${name} request afterwards, server idle`, `${ms.toFixed(0)} ms`]),
        ]),
        '',
        'Latency of the readers during the ingest, in ms (mix: 35% article lists at random offsets, 35% single articles, 20% full-text search, 7% health, 3% all stories):',
        '',
        table(['endpoint', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max'], rows),
        failures.length ? `\nFirst errors: ${failures.slice(0, 5).join('; ')}` : '',
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default section;
