/**
 * The summed feature weights of the words a tagger has cached (the part-of-speech tagger's and
 * the entity tagger's): one block of `slots` floats per word, one after the other in one array,
 * grown by doubling. A word's block is found by where it starts; read `array` again after
 * allocating, which may replace it.
 */
export class WordVectors {
  array: Float32Array;
  private used = 0;

  constructor(private readonly slots: number) {
    this.array = new Float32Array(1024 * slots);
  }

  /** Room for one more word's weights (zeros): where they start. */
  allocate(): number {
    if (this.used + this.slots > this.array.length) {
      const grown = new Float32Array(2 * this.array.length);
      grown.set(this.array);
      this.array = grown;
    }
    const at = this.used;
    this.used += this.slots;
    this.array.fill(0, at, this.used); // a cleared cache leaves its weights behind
    return at;
  }

  /**
   * Forgets every word but the first `kept`; with `limit`, gives back the memory past that many
   * words (grown by one sentence of tens of thousands of distinct words: a table, a dump).
   */
  reset(kept = 0, limit?: number): void {
    this.used = kept * this.slots;
    if (limit !== undefined && this.array.length > limit * this.slots) this.array = this.array.slice(0, limit * this.slots);
  }
}

/**
 * What the two taggers derive from one distinct word (a token's text), in one record looked up
 * once per token (`wordOf`) and carried by the token to the entity tagger (src/analyze/tokens.ts):
 * a lookup in a table of tens of thousands of words costs more than the rest of a token's tagging,
 * and each tagger had its own. Each tagger's part is filled on first use and holds while its
 * `owner` is that tagger's current word cache (a tagger that empties its cache takes a new owner).
 */
export class Word {
  /** The part-of-speech tagger's (pos/tagger.ts): where its summed weights start in the tagger's vectors. */
  posOwner: unknown = null;
  posAt = 0;
  /** Its tag from the tag dictionary, or -1: scored. */
  posTag = -1;
  /** Its index among the frequent words, or -1. */
  posFrequent = -1;
  posClass = 0;
  /**
   * The entity tagger's (entities/features.ts `WordInfo`): capitalisation class, lowercase form,
   * the entity types it may continue and its lowercase form's record, valid while `infoOf` is
   * features.ts's generation of forms (-1: never filled); then where its weights start in the
   * tagger's vectors and its id in word pairs, for `owner` (entities/perceptron.ts).
   */
  infoOf = -1;
  cls = 0;
  lower = '';
  continues = 0;
  form: LowerForm | null = null;
  owner: unknown = null;
  at = 0;
  pair = -1;

  constructor(readonly text: string) {}
}

/** The documents that last wrote a lowercase form in lowercase, and capitalised mid-sentence (entities/features.ts). */
export interface LowerForm {
  lowerIn: number;
  capsMidIn: number;
}

/**
 * At most this many words (about 10 MB with their texts): more than a day of news has (PolNeAR's
 * 924 articles have 31,000 distinct tokens). Emptied when full; a record already handed out
 * stays valid, so a sentence or document being read keeps its own.
 */
const WORDS_LIMIT = 50_000;
let words = new Map<string, Word>();

/** The shared record of a word. */
export function wordOf(text: string): Word {
  let word = words.get(text);
  if (word === undefined) {
    if (words.size >= WORDS_LIMIT) words = new Map();
    word = new Word(text);
    words.set(text, word);
  }
  return word;
}
