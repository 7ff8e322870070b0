/**
 * Linking speed at scale: the time to link one new article into an SQLite store that already
 * holds 10k and 100k linked articles (the embedded default), p50/p95/p99, and where the time
 * goes (each store call timed).
 *
 * The large stores are the ECB+ development articles replicated with perturbed copies
 * (bench/scale/corpus.ts: a sentence dropped, two swapped, numbers changed, a headline word
 * added), each cleaned, analysed, stored and linked as a real ingest would. So every original has
 * about SIZE/772 near-copies: a worst case for candidate retrieval, whose posting lists for
 * common names and terms grow with the store. Building 100k takes tens of minutes, so built
 * stores are kept in $STORYLINE_BENCH_DIR (default /tmp/storyline-bench) and reused; the probe
 * articles are linked into a copy, so the kept store never changes.
 *
 * Sizes: STORYLINE_LINK_SIZES (default "10000,100000").
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandContainer, sha256 } from '../../src/ingest/containers.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { linkArticles } from '../../src/link/index.js';
import { buildArticle } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import type { Article } from '../../src/types.js';
import type { BenchSection } from '../run.js';
import { perturb } from '../scale/corpus.js';
import { measure, percentile, table } from '../util.js';

const DOCS = resolve(import.meta.dirname, '../../../shared/datasets/ecbplus-dev/docs');
const WORK = process.env.STORYLINE_BENCH_DIR ?? '/tmp/storyline-bench';
const SIZES = (process.env.STORYLINE_LINK_SIZES ?? '10000,100000').split(',').map(Number);
const PROBES = 300;

async function articleOf(name: string, text: string): Promise<Article> {
  const bytes = Buffer.from(text);
  const { text: decoded, encoding } = decodeBytes(bytes, name);
  const { documents } = await expandContainer({ source: name, rawHash: sha256(bytes), text: decoded, encoding, name });
  return buildArticle(documents[0]);
}

async function ingest(store: Store, a: Article): Promise<void> {
  await store.saveIngested({ hash: sha256(`${a.source}\n${a.body}`), source: a.source, bytes: Buffer.from(a.body), encoding: 'UTF-8', contentType: null, url: null }, [a]);
}

/** The i-th article of the replicated corpus: originals first, then perturbed copies. */
function nth(names: string[], texts: string[], i: number): { name: string; text: string } {
  const k = i % texts.length;
  return { name: `${String(i).padStart(7, '0')}-${names[k]}`, text: perturb(texts[k], Math.floor(i / texts.length), i) };
}

async function buildStore(path: string, size: number, names: string[], texts: string[]): Promise<void> {
  if (existsSync(`${path}.complete`)) return;
  rmSync(path, { force: true });
  const store = new SqliteStore(path);
  const t0 = Date.now();
  for (let i = 0; i < size; i++) {
    const { name, text } = nth(names, texts, i);
    const a = await articleOf(name, text);
    await ingest(store, a);
    await linkArticles(store, [a]);
    if (i % 5000 === 4999) process.stderr.write(`link-scale: built ${i + 1}/${size} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  await store.close();
  writeFileSync(`${path}.complete`, `${size} articles, built in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

/** Wraps a store so that the time spent in each of its methods is added up. */
function timed(store: Store, spent: Map<string, number>): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const t0 = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          spent.set(String(prop), (spent.get(String(prop)) ?? 0) + performance.now() - t0);
        }
      };
    },
  });
}

const section: BenchSection = {
  name: 'link-scale',
  async run() {
    if (!existsSync(DOCS)) return 'ECB+ (../shared/datasets/ecbplus-dev) absent: skipped.';
    mkdirSync(WORK, { recursive: true });
    const names = readdirSync(DOCS).filter((n) => n.endsWith('.txt')).sort();
    const texts = names.map((n) => readFileSync(join(DOCS, n), 'utf8'));
    // Probes: copies from far beyond the largest store, analysed before the clock starts.
    const probes: Article[] = [];
    for (let p = 0; p < PROBES; p++) {
      const { name, text } = nth(names, texts, 10_000_000 + p * 7);
      probes.push(await articleOf(`probe-${name}`, text));
    }
    const rows: (string | number)[][] = [];
    const breakdown: (string | number)[][] = [];
    for (const size of SIZES) {
      const base = join(WORK, `link-${size}.db`);
      await buildStore(base, size, names, texts);
      const copy = join(WORK, `link-${size}-probe.db`);
      for (const ext of ['-wal', '-shm', '']) rmSync(copy + ext, { force: true });
      copyFileSync(base, copy);
      const spent = new Map<string, number>();
      const store = timed(new SqliteStore(copy), spent);
      for (const a of probes) await ingest(store, a);
      spent.clear();
      const times: number[] = [];
      const run = await measure(async () => {
        for (const a of probes) {
          const t0 = performance.now();
          await linkArticles(store, [a]);
          times.push(performance.now() - t0);
        }
      });
      await store.close();
      for (const ext of ['-wal', '-shm', '']) rmSync(copy + ext, { force: true });
      times.sort((x, y) => x - y);
      const total = times.reduce((x, y) => x + y, 0);
      rows.push([size, PROBES, percentile(times, 50), percentile(times, 95), percentile(times, 99), Math.round((PROBES / total) * 1000), Math.round(run.peakMiB)]);
      const inStore = [...spent].sort((x, y) => y[1] - x[1]);
      const storeMs = inStore.reduce((k, [, ms]) => k + ms, 0);
      breakdown.push([size, ...['findCandidates', 'getLinkFeatures', 'termStats', 'getAssignments', 'saveLink'].map((m) => (spent.get(m) ?? 0) / PROBES), (total - storeMs) / PROBES]);
    }
    return [
      'Time to link one new article (a perturbed ECB+ copy, analysed beforehand) into an SQLite store already holding SIZE linked articles built from the ECB+ development articles and their perturbed copies (bench/scale/corpus.ts); one process, one core.',
      '',
      table(['store size', 'probes', 'p50 ms', 'p95 ms', 'p99 ms', 'articles/s', 'peak RSS MiB'], rows),
      '',
      'Where the time goes, mean ms per article:',
      '',
      table(['store size', 'findCandidates', 'getLinkFeatures', 'termStats', 'getAssignments', 'saveLink', 'compare + decide (in process)'], breakdown),
      '',
      'Target: p95 < 10 ms at 100k.',
    ].join('\n');
  },
};
export default section;
