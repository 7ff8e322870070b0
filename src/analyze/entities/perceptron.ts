import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../doc.js';
import {
  AFTER, BEFORE, docContext, isBegin, continuable, PAIR_TEMPLATES, WORD_TEMPLATES, NSMALL, NTAGS, OFFSETS, READ_AT, remember, SMALL_TEMPLATES, START_TAG, TAG_DEPENDENT, tagType, tagValues,
  wordTemplate, wordValues, type DocContext, type Memory,
} from './features.js';
import { Word, WordVectors } from '../word-vectors.js';
import { CLUSTERS_PATH, loadClusters } from '../word-clusters.js';

/**
 * The trained named-entity tagger at run time: an averaged perceptron over BIO tags
 * (PER/ORG/LOC/MISC), decoded greedily left to right with the previous two predicted tags and
 * the document's earlier predictions as features. Written by hand: no npm package tags names
 * well offline (compromise and wink's own entities reach far less on news), and a perceptron
 * this size costs a fraction of a millisecond per article.
 *
 * The model (models/ner.json.gz, trained by scripts/train-ner.ts) is read once, on first use,
 * from the repository's models/ folder: three levels above this file both in src/ (tsx) and
 * in dist/ (tsc), as src/analyze/entities and dist/analyze/entities mirror each other.
 */
export const MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/ner.json.gz');

/** The model file: weights (integers, divided by `scale`) per template, per value, per tag. */
export interface NerModel {
  version: 1;
  /** sha256 of the word-clusters file (word-clusters.ts) the model was trained with: its cluster features mean nothing with another. */
  clusters?: string;
  tags: readonly string[];
  scale: number;
  /** Word templates ("0w", "-1sh"...) -> value -> NTAGS weights. */
  word: Record<string, Record<string, number[]>>;
  /** Small templates ("pt", "pos0sc"...) -> integer value -> NTAGS weights. */
  small: Record<string, Record<string, number[]>>;
  /** Word pairs: "pl" (previous and this word) and "pr" (this and next word) -> "lower lower" -> NTAGS weights. */
  pair?: Record<string, Record<string, number[]>>;
}

/** Pair keys stay small integers (under 2^30, no heap numbers): at most 2^15 words in pairs. */
const PAIR_SPAN = 2 ** 15;

/** A tagged entity: the tokens [first, last] of one sentence as the tagger read it, its offsets and type. */
export interface TaggedSpan {
  tokens: Token[];
  first: number;
  last: number;
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/**
 * The best tag, never an I- tag that does not continue the previous tag's entity, nor one of a
 * type the token cannot continue (`continues`, from `continuable`: "Elon Musk's Tesla" is two names).
 */
export function bestTag(scores: Float64Array, prev: number, continues: number): number {
  let best = 0;
  for (let t = 1; t < NTAGS; t++) {
    if (!isBegin(t) && (!(continues & (1 << tagType(t))) || prev === START_TAG || tagType(prev) !== tagType(t))) continue;
    if (scores[t] > scores[best]) best = t;
  }
  return best;
}

/**
 * Whether a token cannot begin a name: punctuation (no letter or digit), or a word that cannot
 * be inside one (`continuable` is none: a lowercase word that is not a particle of names such as
 * "de" or "van", a possessive "'s", a web address). News capitalises names: in CoNLL-2003's
 * eng.testa 6 of about 5,900 names begin otherwise ("serie A"). What the tagger said of such
 * tokens was noise ("'s" after "it" as a place, a source's address as an organisation), and
 * skipping them spares two scorings in three.
 */
export function cannotStart(cls: number, continues: number): boolean {
  return cls === 0 || continues === 0;
}

/** Entity spans from the tags of each sentence. */
export function spansFromTags(sentences: Token[][], tags: Uint8Array[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  tags.forEach((row, s) => {
    const tokens = sentences[s];
    for (let i = 0; i < row.length; i++) {
      if (!row[i]) continue;
      let j = i;
      while (j + 1 < row.length && row[j + 1] && !isBegin(row[j + 1]) && tagType(row[j + 1]) === tagType(row[i])) j++;
      spans.push({ tokens, first: i, last: j, start: tokens[i].start, end: tokens[j].end, type: TYPES[tagType(row[i]) - 1] });
      i = j;
    }
  });
  return spans;
}

const WORD_SLOTS = OFFSETS.length * NTAGS;
/** For each word template, the offsets (indices into OFFSETS) it is read at: most only at the word itself. */
const READ_OFFSETS: readonly (readonly number[])[] = WORD_TEMPLATES.map((_, k) => OFFSETS.map((_, oi) => oi).filter((oi) => READ_AT[oi].includes(k)));
const CACHE_LIMIT = 50_000; // about 15 MB of cached words at most

export class Tagger {
  /** Per word template (WORD_TEMPLATES), per value: its weights at each offset it is read at (READ_OFFSETS, NTAGS each). */
  private readonly word: Map<string, Float32Array>[];
  private readonly small: Float32Array;
  private readonly smallBase: Int32Array;
  private readonly pairIds = new Map<string, number>();
  /**
   * Pair weights for "pl" and "pr": where each pair's NTAGS weights start in that template's
   * array (after a first row of zeros, for no pair), by left id * PAIR_SPAN + right id.
   */
  private readonly pairs: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
  private readonly pairWeights: [Float32Array, Float32Array];
  /**
   * The current word cache, as words' `owner` (their `at` and `pair` are this tagger's, from this
   * cache): a new object each time the cache is emptied.
   */
  private cache: object = {};
  /** How many words the cache holds. */
  private cached = 0;
  /** The sentence edges, this tagger's own. */
  private readonly before = new Word(BEFORE);
  private readonly after = new Word(AFTER);
  /**
   * The cached words' weights, one after the other (WORD_SLOTS each): one array read at an
   * offset costs less in the hot loop than an array of its own per word. Grown by doubling.
   */
  private readonly vectors = new WordVectors(WORD_SLOTS);
  /** Scratch of tagContext, per position of a sentence: its word's start in `vectors` and its pair id. */
  private ats = new Int32Array(256);
  private pairIdsAt = new Int32Array(256);
  /** Set when the cache is full: it is emptied before the next document, never within one (whose entries point into `vectors`). */
  private full = false;

  constructor(model: NerModel) {
    // Weights scaled into place, in plain loops: the model has ~63k rows, and a callback per
    // weight (Float32Array.from(w, fn)) made building the tagger take a quarter of a second.
    const put = (to: Float32Array, at: number, w: readonly number[]) => {
      for (let t = 0; t < w.length; t++) to[at + t] = w[t] / model.scale;
    };
    this.word = WORD_TEMPLATES.map(() => new Map<string, Float32Array>());
    READ_OFFSETS.forEach((offsets, k) =>
      offsets.forEach((oi, j) => {
        const rows = model.word[wordTemplate(OFFSETS[oi], k)] ?? {};
        for (const v in rows) {
          let vec = this.word[k].get(v);
          if (!vec) this.word[k].set(v, (vec = new Float32Array(offsets.length * NTAGS)));
          put(vec, j * NTAGS, rows[v]);
        }
      }),
    );
    // All small templates in one dense table, template k's rows from smallBase[k] on.
    this.smallBase = new Int32Array(NSMALL);
    let rows = 0;
    SMALL_TEMPLATES.forEach(([, size], k) => ((this.smallBase[k] = rows), (rows += size)));
    this.small = new Float32Array(rows * NTAGS);
    SMALL_TEMPLATES.forEach(([name], k) => {
      for (const [v, w] of Object.entries(model.small[name] ?? {})) put(this.small, (this.smallBase[k] + Number(v)) * NTAGS, w);
    });
    const pairWeights = PAIR_TEMPLATES.map((name, k) => {
      const pairs = Object.entries(model.pair?.[name] ?? {});
      const weights = new Float32Array((pairs.length + 1) * NTAGS);
      pairs.forEach(([v, w], row) => {
        const [a, b] = v.split(' ').map((x) => this.pairIds.get(x) ?? (this.pairIds.set(x, this.pairIds.size), this.pairIds.size - 1));
        put(weights, (row + 1) * NTAGS, w);
        this.pairs[k].set(a * PAIR_SPAN + b, (row + 1) * NTAGS);
      });
      return weights;
    });
    this.pairWeights = [pairWeights[0], pairWeights[1]];
    if (this.pairIds.size >= PAIR_SPAN) throw new Error('named-entity model: too many words in pairs');
  }

  /** Forgets the cached words: when the cache is full, and for measuring the cost of words seen for the first time. */
  clearCache(): void {
    // A new owner: the words' features, summed for the old one, are summed again.
    this.cache = {};
    this.cached = 0;
    this.vectors.reset();
    this.full = false;
  }

  /** A word, its features cached. */
  private entry(word: Word): Word {
    if (word.owner === this.cache) return word;
    const at = this.vectors.allocate();
    const vec = this.vectors.array;
    const values = wordValues(word.text);
    for (let k = 0; k < values.length; k++) {
      const w = this.word[k].get(values[k]);
      if (!w) continue;
      const offsets = READ_OFFSETS[k];
      for (let j = 0; j < offsets.length; j++) {
        const to = at + offsets[j] * NTAGS;
        const from = j * NTAGS;
        for (let t = 0; t < NTAGS; t++) vec[to + t] += w[from + t];
      }
    }
    word.at = at;
    word.pair = this.pairIds.get(values[0]) ?? -1;
    word.owner = this.cache;
    if (++this.cached >= CACHE_LIMIT) this.full = true;
    return word;
  }

  /** Tags of every token of a document, sentence by sentence. */
  tagContext(ctx: DocContext): Uint8Array[] {
    if (this.full) this.clearCache();
    const memory: Memory = new Map();
    const scores = new Float64Array(NTAGS);
    const values = new Int32Array(NSMALL);
    const rows = new Int32Array(NSMALL);
    const W = this.small, base = this.smallBase;
    const before = this.entry(this.before), after = this.entry(this.after);
    const [left, right] = this.pairs;
    const [PL, PR] = this.pairWeights;
    const pairOf = (table: Map<number, number>, a: number, b: number) => (a < 0 || b < 0 ? 0 : table.get(a * PAIR_SPAN + b) ?? 0);
    // One buffer of tags for the document, a view of it per sentence.
    const tagsAll = new Uint8Array(ctx.sentences.reduce((k, tokens) => k + tokens.length, 0));
    let offset = 0;
    return ctx.sentences.map((tokens, s) => {
      const n = tokens.length;
      // Each position's word, from two before the sentence to two after it: where its weights start, its pair id.
      if (this.ats.length < n + 4) (this.ats = new Int32Array(2 * (n + 4))), (this.pairIdsAt = new Int32Array(2 * (n + 4)));
      const ats = this.ats, pairs = this.pairIdsAt;
      const infos = ctx.infos[s];
      ats[0] = ats[1] = before.at;
      pairs[0] = pairs[1] = before.pair;
      for (let i = 0; i < n; i++) {
        const word = this.entry(infos[i]);
        ats[i + 2] = word.at;
        pairs[i + 2] = word.pair;
      }
      ats[n + 2] = ats[n + 3] = after.at;
      pairs[n + 2] = pairs[n + 3] = after.pair;
      const V = this.vectors.array; // after the sentence's words are cached: caching may grow it
      const fixed = ctx.fixed[s];
      const out = tagsAll.subarray(offset, (offset += n));
      let prev: number = START_TAG, prev2: number = START_TAG;
      const cls = ctx.cls[s];
      for (let i = 0; i < n; i++) {
        // After no entity, a token that cannot start one is O without scoring: two tokens in three.
        if ((prev === 0 || prev === START_TAG) && cannotStart(cls[i], infos[i].continues)) {
          out[i] = 0;
          prev2 = prev;
          prev = 0;
          continue;
        }
        for (let k = 0; k < TAG_DEPENDENT; k++) values[k] = fixed[i * TAG_DEPENDENT + k];
        tagValues(ctx, s, i, prev, prev2, memory, values);
        for (let k = 0; k < NSMALL; k++) rows[k] = (base[k] + values[k]) * NTAGS;
        // One pass over the tags, all sources at once: the hot loop of the analysis.
        const a = ats[i], b = ats[i + 1] + NTAGS, c = ats[i + 2] + 2 * NTAGS, d = ats[i + 3] + 3 * NTAGS, e = ats[i + 4] + 4 * NTAGS;
        const pl = pairOf(left, pairs[i + 1], pairs[i + 2]), pr = pairOf(right, pairs[i + 2], pairs[i + 3]);
        const r0 = rows[0], r1 = rows[1], r2 = rows[2], r3 = rows[3], r4 = rows[4], r5 = rows[5];
        const r6 = rows[6], r7 = rows[7], r8 = rows[8], r9 = rows[9], r10 = rows[10];
        // Only the tags bestTag may choose are scored: O, the B- tags, and the I- tag (even index)
        // continuing the previous tag's type when this token may continue it.
        const continues = continuable(ctx, s, i);
        const prevType = tagType(prev);
        const inside = prev !== START_TAG && continues & (1 << prevType) ? 2 * prevType : 0;
        for (let t = 0; t < NTAGS; t++) {
          if (t && !(t & 1) && t !== inside) continue;
          scores[t] = V[a + t] + V[b + t] + V[c + t] + V[d + t] + V[e + t]
            + W[r0 + t] + W[r1 + t] + W[r2 + t] + W[r3 + t] + W[r4 + t] + W[r5 + t]
            + W[r6 + t] + W[r7 + t] + W[r8 + t] + W[r9 + t] + W[r10 + t] + PL[pl + t] + PR[pr + t];
        }
        const tag = bestTag(scores, prev, continues);
        out[i] = tag;
        remember(ctx, s, i, tag, memory);
        prev2 = prev;
        prev = tag;
      }
      return out;
    });
  }

  /** Entity spans of a document given as its sentences' tokens. */
  tag(sentences: Token[][]): TaggedSpan[] {
    const ctx = docContext(sentences);
    return spansFromTags(ctx.sentences, this.tagContext(ctx));
  }
}

let shared: Tagger | null | undefined;

/** Reads a model file; throws, naming both files, when it was trained with other word clusters than the shipped ones. */
function readModel(path: string): NerModel {
  const model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModel;
  if (model.clusters !== undefined && model.clusters !== loadClusters().hash)
    throw new Error(`${path} was trained with other word clusters than ${CLUSTERS_PATH}: retrain it (npx tsx scripts/train-ner.ts)`);
  return model;
}

/** The shipped tagger, loaded on first use; null when the model file is missing. */
export function loadTagger(path = MODEL_PATH): Tagger | null {
  if (shared !== undefined && path === MODEL_PATH) return shared;
  const tagger = existsSync(path) ? new Tagger(readModel(path)) : null;
  if (path === MODEL_PATH) shared = tagger;
  return tagger;
}
