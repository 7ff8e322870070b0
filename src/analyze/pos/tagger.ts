import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AFTER, BEFORE, EDGE_CLASS, NCLASS, NPREV, NTAGS, OFFSETS, READ_AT, START, TAGS, shapeClass, wordTemplate, wordValues, WORD_TEMPLATES, type Tag } from './features.js';
import { POS_MODEL_PATH, type PosModel } from './model.js';
import { Word, wordOf, WordVectors } from '../word-vectors.js';

/**
 * The part-of-speech tagger at run time: an averaged perceptron decoded greedily left to right,
 * trained (scripts/train-pos.ts) to give wink-nlp's Universal POS tags, which every component
 * downstream was tuned on, at a fraction of wink's cost. Written by hand as the named-entity
 * tagger (entities/perceptron.ts) is: each distinct word's features are summed once into a
 * cached vector per offset, so a token costs eight rows of additions and no string.
 */

const WORD_SLOTS = OFFSETS.length * NTAGS;
/** For each word template, the offsets (indices into OFFSETS) it is read at. */
const READ_OFFSETS: readonly (readonly number[])[] = WORD_TEMPLATES.map((_, k) => OFFSETS.map((_, oi) => oi).filter((oi) => READ_AT[oi].includes(k)));
/**
 * At most this many cached words (about 14 MB of weights): more than a day of news has
 * (PolNeAR's 924 articles have 31,000 distinct tokens). The cache is emptied when full, between sentences.
 * A word's features are kept on its shared record (word-vectors.ts `Word`), for the cache they were summed in.
 */
const CACHE_LIMIT = 40_000;

export class PosTagger {
  /** Per word template, its values' rows in `weights` (each READ_OFFSETS[k].length * NTAGS weights). */
  private readonly rows: Map<string, number>[];
  private readonly weights: Float32Array[];
  /**
   * Bias, previous tag, the one before, both together, and the previous tag with the token's
   * class, summed into one row by ((prev2 * NPREV + prev) * NCLASS + class) * NTAGS.
   */
  private readonly prevTags: Float32Array;
  /** Previous tag with a frequent word: a first row block of zeros, then NPREV rows per frequent word. */
  private readonly pw: Float32Array;
  /** Frequent words by lowercase form -> index. */
  private readonly frequent: Map<string, number>;
  /** Pairs of frequent words (previous index * frequent words + this index) -> where their weights start in `pairWeights`. */
  private readonly pairs = new Map<number, number>();
  private readonly pairWeights: Float32Array;
  private readonly dict: Map<string, number>;
  private readonly lexicon = new Map<string, string>();
  /** The current word cache, as words' `posOwner`: a new object each time the cache is emptied. */
  private cache: object = {};
  /** How many words the cache holds. */
  private cached = 0;
  /** The cached words' weights, one after the other (WORD_SLOTS each), grown by doubling. */
  private readonly vectors = new WordVectors(WORD_SLOTS);
  /** The sentence edges, this tagger's own, cached first and never forgotten. */
  private readonly before = new Word(BEFORE);
  private readonly after = new Word(AFTER);
  /** Scratch of one sentence: its words with two edges on each side. */
  private entries: Word[] = [];
  /** Scratch of `tagInto`: its words' records. */
  private records: Word[] = [];

  constructor(model: PosModel) {
    if (model.version !== 1) throw new Error(`part-of-speech model: version ${String(model.version)}, this code reads version 1`);
    if (model.tags.join() !== TAGS.join()) throw new Error('part-of-speech model: unexpected tags');
    const scale = 1 / model.scale;
    const add = (to: Float32Array, at: number, w: readonly number[], from = 0) => {
      for (let t = 0; t < NTAGS; t++) to[at + t] += w[from + t] * scale;
    };
    this.rows = WORD_TEMPLATES.map(() => new Map<string, number>());
    this.weights = READ_OFFSETS.map((offsets, k) => {
      const rows = this.rows[k];
      const lists = offsets.map((oi) => model.word[wordTemplate(OFFSETS[oi], k)] ?? { values: '', weights: [] });
      const split = lists.map(({ values, weights }) => (weights.length ? values.split('\n') : []));
      for (const values of split) for (const v of values) if (!rows.has(v)) rows.set(v, rows.size * offsets.length * NTAGS);
      const weights = new Float32Array(rows.size * offsets.length * NTAGS);
      split.forEach((values, j) => values.forEach((v, r) => add(weights, rows.get(v)! + j * NTAGS, lists[j].weights, r * NTAGS)));
      return weights;
    });
    const row = (name: string, v: number) => model.tag[name]?.[v];
    this.prevTags = new Float32Array(NPREV * NPREV * NCLASS * NTAGS);
    for (let p2 = 0; p2 < NPREV; p2++)
      for (let p1 = 0; p1 < NPREV; p1++)
        for (let c = 0; c < NCLASS; c++) {
          const at = ((p2 * NPREV + p1) * NCLASS + c) * NTAGS;
          for (const w of [row('bias', 0), row('p1', p1), row('p2', p2), row('p12', p2 * NPREV + p1), row('p1c', p1 * NCLASS + c)]) if (w) add(this.prevTags, at, w);
        }
    this.frequent = new Map(model.frequent.map((w, i) => [w, i]));
    this.pw = new Float32Array((model.frequent.length * NPREV + 1) * NTAGS);
    for (const key in model.pw) {
      const [f, p] = key.split(' ').map(Number);
      add(this.pw, (f * NPREV + p + 1) * NTAGS, model.pw[key]);
    }
    this.pairWeights = new Float32Array((model.pairs.keys.length + 1) * NTAGS);
    model.pairs.keys.forEach((key, r) => {
      this.pairs.set(key, (r + 1) * NTAGS);
      add(this.pairWeights, (r + 1) * NTAGS, model.pairs.weights, r * NTAGS);
    });
    this.dict = new Map(Object.entries(model.dict));
    for (const [word, tag] of this.dict) if (!Number.isInteger(tag) || tag < 0 || tag >= NTAGS) throw new Error(`part-of-speech model: word ${JSON.stringify(word)} has no tag ${String(tag)}`);
    for (const cls in model.lexicon) for (const w of model.lexicon[cls].split(' ')) this.lexicon.set(w, cls);
    this.cacheEdges();
  }

  /** Starts a new cache holding the sentence edges only. */
  private cacheEdges(): void {
    this.cache = {};
    this.cached = 0;
    this.entry(this.before);
    this.entry(this.after);
  }

  /** A word, its features cached. */
  private entry(word: Word): Word {
    if (word.posOwner === this.cache) return word;
    const text = word.text;
    const at = this.vectors.allocate();
    this.cached++;
    const vec = this.vectors.array;
    const values = wordValues(text, this.lexicon);
    for (let k = 0; k < values.length; k++) {
      const r = this.rows[k].get(values[k]);
      if (r === undefined) continue;
      const w = this.weights[k];
      const offsets = READ_OFFSETS[k];
      for (let j = 0; j < offsets.length; j++) {
        const to = at + offsets[j] * NTAGS;
        const from = r + j * NTAGS;
        for (let t = 0; t < NTAGS; t++) vec[to + t] += w[from + t];
      }
    }
    word.posAt = at;
    word.posTag = this.dict.get(text) ?? -1;
    word.posFrequent = this.frequent.get(values[0]) ?? -1;
    word.posClass = word === this.before || word === this.after ? EDGE_CLASS : shapeClass(text);
    word.posOwner = this.cache;
    return word;
  }

  /** Forgets the cached words (but the sentence edges): when the cache is full, and for measuring words seen for the first time. */
  clearCache(): void {
    this.vectors.reset(0, CACHE_LIMIT + 2);
    this.cacheEdges();
  }

  /** The tag indices (into TAGS) of one sentence's tokens, written into `out`. */
  tagInto(words: readonly string[], out: Uint8Array): void {
    const records = this.records;
    records.length = words.length;
    for (let i = 0; i < words.length; i++) records[i] = wordOf(words[i]);
    this.tagWordsInto(records, out);
  }

  /** The tag indices (into TAGS) of one sentence's words (their shared records), written into `out`. */
  tagWordsInto(words: readonly Word[], out: Uint8Array): void {
    const n = words.length;
    if (this.cached + n > CACHE_LIMIT) this.clearCache();
    const entries = this.entries;
    entries.length = 0;
    entries.push(this.before, this.before);
    for (let i = 0; i < n; i++) entries.push(this.entry(words[i]));
    entries.push(this.after, this.after);
    const V = this.vectors.array; // after the sentence's words are cached: caching may grow it
    const P = this.prevTags, F = this.pw, Q = this.pairWeights, pairs = this.pairs;
    const nfrequent = this.frequent.size;
    let prev: number = START, prev2: number = START;
    for (let i = 0; i < n; i++) {
      const own = entries[i + 2];
      let tag = own.posTag;
      if (tag < 0) {
        const a = entries[i].posAt, b = entries[i + 1].posAt + NTAGS, c = own.posAt + 2 * NTAGS, d = entries[i + 3].posAt + 3 * NTAGS, e = entries[i + 4].posAt + 4 * NTAGS;
        const p = ((prev2 * NPREV + prev) * NCLASS + own.posClass) * NTAGS;
        const id = own.posFrequent, before = entries[i + 1].posFrequent;
        const f = id < 0 ? 0 : (id * NPREV + prev + 1) * NTAGS;
        const q = id < 0 || before < 0 ? 0 : pairs.get(before * nfrequent + id) ?? 0;
        let best = -Infinity;
        tag = 0;
        for (let t = 0; t < NTAGS; t++) {
          const s = V[a + t] + V[b + t] + V[c + t] + V[d + t] + V[e + t] + P[p + t] + F[f + t] + Q[q + t];
          if (s > best) (best = s), (tag = t);
        }
      }
      out[i] = tag;
      prev2 = prev;
      prev = tag;
    }
  }

  /** wink-style Universal POS tags of one sentence's tokens. */
  tag(words: readonly string[]): Tag[] {
    const out = new Uint8Array(words.length);
    this.tagInto(words, out);
    const tags = new Array<Tag>(words.length);
    for (let i = 0; i < out.length; i++) tags[i] = TAGS[out[i]];
    return tags;
  }
}

let shared: PosTagger | undefined;

/** The shipped tagger, read from models/pos.json.gz on first use (about 0.1 s), then kept. */
export function loadPosTagger(): PosTagger {
  shared ??= readPosTagger(POS_MODEL_PATH);
  return shared;
}

/** A tagger from a model file (gzipped JSON). */
export function readPosTagger(path: string): PosTagger {
  let model: PosModel;
  try {
    model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PosModel;
  } catch (error) {
    throw new Error(`part-of-speech model ${path} could not be read (${(error as Error).message}): train it with scripts/train-pos.ts`);
  }
  return new PosTagger(model);
}
