/**
 * MinHash over word 5-shingles with banded LSH keys. Written by hand: the npm `minhash` package
 * loses precision and its LSH query throws (ENVIRONMENT.md); this is ~40 lines over Math.imul.
 */
import { fnv1a, FNV_OFFSET, FNV_PRIME } from '../hash.js';

export { fnv1a };
export const PERMUTATIONS = 64;
export const BANDS = 16; // 16 bands of 4 rows: pairs above ~0.6 Jaccard share a band with high probability
const ROWS = PERMUTATIONS / BANDS;

/** fnv1a of words[from..to) joined by single spaces, without building that string (a long report has hundreds of shingles). */
function fnv1aOfWords(words: readonly string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, FNV_PRIME);
    const s = words[w];
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);

/** A shingle's hash under the i-th of the PERMUTATIONS hash permutations. */
export function permuted(h: number, i: number): number {
  return (Math.imul(h, SEEDS[i][0]) + SEEDS[i][1]) >>> 0;
}

/** The word k-shingles of a text, as strings: what `minhash` hashes (it hashes them in place). */
export function shingles(words: readonly string[], k = 5): Set<string> {
  const out = new Set<string>();
  if (words.length < k) out.add(words.join(' '));
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** The MinHash signature of the text's word 5-shingles: fnv1a of each shingle (of `shingles`), under PERMUTATIONS hash permutations. */
export function minhash(words: readonly string[], k = 5): number[] {
  // A shingle met twice gives the same minima as once: no set of distinct hashes (whose 32-bit
  // numbers V8 boxes one by one) is needed, only a typed array of them all.
  const hashes = new Uint32Array(Math.max(1, words.length - k + 1));
  if (words.length < k) hashes[0] = fnv1aOfWords(words, 0, words.length);
  for (let i = 0; i + k <= words.length; i++) hashes[i] = fnv1aOfWords(words, i, i + k);
  // One permutation at a time: the inner loop is `permuted` on numbers in registers.
  const sig = new Array<number>(PERMUTATIONS);
  for (let i = 0; i < PERMUTATIONS; i++) {
    const [multiplier, offset] = SEEDS[i];
    let min = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      const v = (Math.imul(hashes[j], multiplier) + offset) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

export function lshKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`lsh:${b}:${fnv1a(sig.slice(b * ROWS, (b + 1) * ROWS).join(','))}`);
  return keys;
}
