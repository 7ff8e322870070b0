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
  /** Word templates at their offsets ("0l", "-1s3"...) -> value -> NTAGS weights. */
  word: Record<string, Record<string, number[]>>;
  /** Tag templates ("p1", "p12"...) -> integer value -> NTAGS weights. */
  tag: Record<string, Record<string, number[]>>;
  /** Lowercase words read together with the previous tag, by index. */
  frequent: readonly string[];
  /** "index previous-tag" of a frequent word -> NTAGS weights. */
  pw: Record<string, number[]>;
  /** Words (as written) that wink-nlp gives one tag in (nearly) every context -> that tag's index. */
  dict: Record<string, number>;
  /** wink-nlp's lexicon (features.ts `Lexicon`): lexical class -> its words, separated by spaces. */
  lexicon: Record<string, string>;
}
