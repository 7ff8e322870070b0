import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Word clusters: 150,000 frequent English words grouped by what they mean, in two levels
 * (coarse clusters, and fine ones within each), built from GloVe vectors by
 * scripts/train-word-clusters.ts. The named-entity tagger reads a word's clusters as features,
 * so what it learnt of the names in its training data carries to names it never saw: "Almaty"
 * shares its cluster with the cities it did see.
 *
 * The file (models/word-clusters.txt.gz) is read once, on first use, from the repository's
 * models/ folder, two levels above this file in src/ (tsx) and dist/ (tsc) alike. Its first
 * line gives the number of coarse clusters and of fine ones in each; then line c * fine + f
 * lists the words of fine cluster f of coarse cluster c, space-separated.
 */
export const CLUSTERS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../models/word-clusters.txt.gz');

export interface WordClusters {
  /** A lowercase word's fine cluster (coarse * fine + f), or -1 for a word not clustered. */
  clusterOf(lower: string): number;
  /** Fine clusters per coarse one: a fine cluster's coarse one is `Math.floor(cluster / fine)`. */
  readonly fine: number;
  /** sha256 of the file, which a tagger's model names to say it was trained with these clusters. */
  readonly hash: string;
}

/** Reads a clusters file; throws, naming the file, when it is missing or not one. */
export function readClusters(path: string): WordClusters {
  let lines: string[];
  let hash: string;
  try {
    const bytes = readFileSync(path);
    hash = createHash('sha256').update(bytes).digest('hex');
    lines = gunzipSync(bytes).toString('utf8').split('\n');
  } catch (error) {
    throw new Error(`${path}: cannot read the word clusters (${(error as Error).message})`);
  }
  const [coarse, fine] = lines[0].split(' ').map(Number);
  // The header, one line per cluster, and the newline that ends the last.
  if (!(coarse > 0 && fine > 0) || lines.length !== coarse * fine + 2 || lines[lines.length - 1] !== '') throw new Error(`${path}: not a word-clusters file (first line "${lines[0].slice(0, 40)}", ${lines.length - 1} lines)`);
  const ids = new Map<string, number>();
  for (let id = 0; id < coarse * fine; id++) for (const word of lines[id + 1].split(' ')) if (word) ids.set(word, id);
  return { clusterOf: (lower) => ids.get(lower) ?? -1, fine, hash };
}

let shared: WordClusters | undefined;

/** The shipped clusters, loaded on first use (they ship with the code: a missing file is a broken install, and throws). */
export function loadClusters(): WordClusters {
  shared ??= readClusters(CLUSTERS_PATH);
  return shared;
}
