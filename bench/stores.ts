/**
 * Large linked SQLite stores for bench sections (link-scale, api): the ECB+ development articles
 * replicated with perturbed copies (bench/scale/corpus.ts: a sentence dropped, two swapped,
 * numbers changed, a headline word added), each cleaned, analysed, stored and linked as a real
 * ingest would. Building 100k takes tens of minutes, so a built store is kept in
 * $STORYLINE_BENCH_DIR (default /tmp/storyline-bench) as link-SIZE-vVERSION.db, marked complete by
 * link-SIZE-vVERSION.db.complete, and reused; sections work on a copy (copyStore), so it never changes.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandContainer, sha256 } from '../src/ingest/containers.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { linkArticles } from '../src/link/index.js';
import { buildArticle } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/store.js';
import type { Article } from '../src/types.js';
import { perturb } from './scale/corpus.js';

export const ECB_DOCS = resolve(import.meta.dirname, '../../shared/datasets/ecbplus-dev/docs');
export const BENCH_DIR = process.env.STORYLINE_BENCH_DIR ?? '/tmp/storyline-bench';

/** The ECB+ development articles, by file name. */
export interface Corpus {
  names: string[];
  texts: string[];
}

export function ecbCorpus(): Corpus {
  const names = readdirSync(ECB_DOCS)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return { names, texts: names.map((n) => readFileSync(join(ECB_DOCS, n), 'utf8')) };
}

/** An article as ingest builds it from a text file's bytes (cleaned and analysed, not stored). */
export async function articleOf(name: string, text: string): Promise<Article> {
  const bytes = Buffer.from(text);
  const { text: decoded, encoding } = decodeBytes(bytes, name);
  const { documents } = await expandContainer({ source: name, rawHash: sha256(bytes), text: decoded, encoding, name });
  return buildArticle(documents[0]);
}

/** Stores an article with its raw input, unlinked. */
export async function ingest(store: Store, a: Article): Promise<void> {
  await store.saveIngested({ hash: sha256(`${a.source}\n${a.body}`), source: a.source, bytes: Buffer.from(a.body), encoding: 'UTF-8', contentType: null, url: null }, [a]);
}

/** The i-th article of the replicated corpus: originals first, then perturbed copies. */
export function nth({ names, texts }: Corpus, i: number): { name: string; text: string } {
  const k = i % texts.length;
  return { name: `${String(i).padStart(7, '0')}-${names[k]}`, text: perturb(texts[k], Math.floor(i / texts.length), i) };
}

async function buildStore(path: string, size: number, corpus: Corpus): Promise<void> {
  rmSync(path, { force: true });
  const store = new SqliteStore(path);
  const t0 = Date.now();
  for (let i = 0; i < size; i++) {
    const { name, text } = nth(corpus, i);
    const a = await articleOf(name, text);
    await ingest(store, a);
    await linkArticles(store, [a]);
    if (i % 5000 === 4999) process.stderr.write(`bench: built ${i + 1}/${size} linked articles (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  await store.close();
  writeFileSync(`${path}.complete`, `${size} articles, built in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

/** Raised whenever what linking stores of an article changes (its features, its index keys): kept stores of an older version are rebuilt. */
const STORE_VERSION = 4;

/** The path of the kept store of SIZE linked articles, built first if it is not there yet. Never write to it: copyStore. */
export async function linkedStore(size: number, corpus: Corpus = ecbCorpus()): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `link-${size}-v${STORE_VERSION}.db`);
  if (!existsSync(`${path}.complete`)) await buildStore(path, size, corpus);
  return path;
}

/** Removes an SQLite database and its -wal and -shm files. */
export function removeStore(path: string): void {
  for (const ext of ['-wal', '-shm', '']) rmSync(path + ext, { force: true });
}

/**
 * Copies a closed SQLite database (with its write-ahead log, if any) to `to`, replacing what was
 * there. The copy is flushed to disk before it is used: otherwise the kernel writes 3 GB back
 * while a section times its work, and the timings measure the disk.
 */
export function copyStore(from: string, to: string): string {
  removeStore(to);
  for (const ext of ['', '-wal']) {
    if (!existsSync(from + ext)) continue;
    copyFileSync(from + ext, to + ext);
    const fd = openSync(to + ext, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  return to;
}
