import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The model file of the part-of-speech tagger (models/pos.json.gz, written by
 * scripts/train-pos.ts): weights are integers, divided by `scale`, NTAGS per row.
 *
 * Read from the repository's models/ folder: three levels above this file both in src/ (tsx)
 * and in dist/ (tsc), as src/analyze/pos and dist/analyze/pos mirror each other.
 */
export const POS_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/pos.json.gz');

export interface PosModel {
  version: 1;
  tags: readonly string[];
  scale: number;
  /**
   * Word templates at their offsets ("0l", "-1s3"...) -> their values (separated by line
   * breaks, which no token has) and NTAGS weights per value, one after the other: a few long
   * arrays are read much faster than an object per value.
   */
  word: Record<string, { values: string; weights: number[] }>;
  /** Tag templates ("p1", "p12"...) -> integer value -> NTAGS weights. */
  tag: Record<string, Record<string, number[]>>;
  /** Lowercase words read together with the previous tag, and with the previous word when it is frequent too, by index. */
  frequent: readonly string[];
  /** "index previous-tag" of a frequent word -> NTAGS weights. */
  pw: Record<string, number[]>;
  /** Pairs of frequent words (previous, this one) by previous index * frequent.length + this index, and NTAGS weights per pair. */
  pairs: { keys: number[]; weights: number[] };
  /** Words (as written) that wink-nlp gives one tag in (nearly) every context -> that tag's index. */
  dict: Record<string, number>;
  /** wink-nlp's lexicon (features.ts `Lexicon`): lexical class -> its words, separated by spaces. */
  lexicon: Record<string, string>;
}
