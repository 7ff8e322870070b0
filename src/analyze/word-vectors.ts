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
 * a lookup in a table of tens of thousands of words costs about as much as the rest of a token's
 * part-of-speech tagging, and each tagger had its own. Each tagger's part is filled on first use
 * and holds while its owner field (`posOwner` for the part-of-speech tagger, `owner` for the
 * entity tagger) is that tagger's current word cache (a tagger that empties its cache takes a
 * new owner).
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
/** Slots of the table of words: a power of two, at most 38% of them used. */
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/**
 * Slots probed for a word before it goes to the table's Map: a run this long happens only to
 * words whose hashes collide ("Aa" and "BB", "AaAa" and "BBBB"... as a text may be made to),
 * which V8's Map, hashing with a random seed, keeps apart: each word costs a bounded time.
 */
const PROBE_LIMIT = 32;

/**
 * The shared records by text, in an open-addressing hash table of our own rather than a Map:
 * a token's word is found from the text it is read in (text, start, end), before any string is
 * cut from it. A Map needs the string cut first and hashed by V8; this costs about half as much
 * per token (the lookup was the largest single cost of tagging, measured on PolNeAR).
 */
class WordTable {
  /** Each slot's word, or null; and its text's hash (`hashText`), compared before the text. */
  private readonly words = new Array<Word | null>(TABLE_MASK + 1).fill(null);
  private readonly hashes = new Int32Array(TABLE_MASK + 1);
  /** Words whose slots were taken (PROBE_LIMIT). */
  private readonly crowded = new Map<string, Word>();
  size = 0;

  /** The record of text[start, end), made if new. */
  find(text: string, start: number, end: number): Word {
    const hash = hashText(text, start, end);
    const words = this.words;
    let i = Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
    for (let probe = 0; probe < PROBE_LIMIT; probe++, i = (i + 1) & TABLE_MASK) {
      const word = words[i];
      if (word === null) {
        const made = new Word(start === 0 && end === text.length ? text : text.slice(start, end));
        words[i] = made;
        this.hashes[i] = hash;
        this.size++;
        return made;
      }
      if (this.hashes[i] === hash && word.text.length === end - start && text.startsWith(word.text, start)) return word;
    }
    const key = text.slice(start, end);
    let word = this.crowded.get(key);
    if (word === undefined) {
      this.crowded.set(key, (word = new Word(key)));
      this.size++;
    }
    return word;
  }
}

function hashText(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

let table = new WordTable();

/** The shared record of text[start, end) (by default all of it). */
export function wordOf(text: string, start = 0, end = text.length): Word {
  if (table.size >= WORDS_LIMIT) table = new WordTable();
  return table.find(text, start, end);
}
