import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AFTER, BEFORE, EDGE_CLASS, NCLASS, NPREV, NTAGS, OFFSETS, READ_AT, START, TAG_TEMPLATES, TAGS, shapeClass, wordTemplate, wordValues, WORD_TEMPLATES, type Tag } from './features.js';
import { POS_MODEL_PATH, type PosModel } from './model.js';

/**
 * The part-of-speech tagger at run time: an averaged perceptron decoded greedily left to right,
 * trained (scripts/train-pos.ts) to give wink-nlp's Universal POS tags, which every component
 * downstream was tuned on, at a fraction of wink's cost. Written by hand as the named-entity
 * tagger (entities/perceptron.ts) is: each distinct word's features are summed once into a
 * cached vector per offset, so a token costs eight rows of additions and no string.
 */

/** A distinct word's cached features. */
interface WordEntry {
  /** Where its summed word-feature weights at offsets -2..+2 (NTAGS each) start in `vectors`. */
  at: number;
  /** Its tag from the tag dictionary, or -1: scored. */
  tag: number;
  /** Where its rows of previous-tag weights start in `pw` (0: a row of zeros for words not frequent). */
  pw: number;
  cls: number;
}

const WORD_SLOTS = OFFSETS.length * NTAGS;
/** For each word template, the offsets (indices into OFFSETS) it is read at. */
const READ_OFFSETS: readonly (readonly number[])[] = WORD_TEMPLATES.map((_, k) => OFFSETS.map((_, oi) => oi).filter((oi) => READ_AT[oi].includes(k)));
/** At most this many cached words (about 7 MB of weights); the cache is emptied when full, between sentences. */
const CACHE_LIMIT = 20_000;
const P1C = TAG_TEMPLATES.findIndex(([name]) => name === 'p1c');

export class PosTagger {
  /** Per word template, per value: its weights at each offset it is read at (READ_OFFSETS, NTAGS each). */
  private readonly word: Map<string, Float32Array>[];
  /** Bias, previous tag, the one before and both together, summed by (prev2 * NPREV + prev) * NTAGS. */
  private readonly prevTags: Float32Array;
  /** Previous tag with the token's class, by (prev * NCLASS + class) * NTAGS. */
  private readonly prevClass: Float32Array;
  /** Previous tag with a frequent word: a first row block of zeros, then NPREV rows per frequent word. */
  private readonly pw: Float32Array;
  private readonly frequent: Map<string, number>;
  private readonly dict: Map<string, number>;
  private readonly lexicon = new Map<string, string>();
  private cache = new Map<string, WordEntry>();
  /** The cached words' weights, one after the other (WORD_SLOTS each), grown by doubling. */
  private vectors = new Float32Array(1024 * WORD_SLOTS);
  private used = 0;
  private full = false;
  private readonly before: WordEntry;
  private readonly after: WordEntry;
  /** Scratch of one sentence: its words' entries with two edges on each side. */
  private entries: WordEntry[] = [];

  constructor(model: PosModel) {
    if (model.tags.join() !== TAGS.join()) throw new Error('part-of-speech model: unexpected tags');
    const put = (to: Float32Array, at: number, w: readonly number[]) => {
      for (let t = 0; t < NTAGS; t++) to[at + t] += w[t] / model.scale;
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
    const row = (name: string, v: number) => model.tag[name]?.[v];
    this.prevTags = new Float32Array(NPREV * NPREV * NTAGS);
    for (let p2 = 0; p2 < NPREV; p2++)
      for (let p1 = 0; p1 < NPREV; p1++) {
        const at = (p2 * NPREV + p1) * NTAGS;
        for (const w of [row('bias', 0), row('p1', p1), row('p2', p2), row('p12', p2 * NPREV + p1)]) if (w) put(this.prevTags, at, w);
      }
    this.prevClass = new Float32Array(NPREV * NCLASS * NTAGS);
    for (const v in model.tag[TAG_TEMPLATES[P1C][0]] ?? {}) put(this.prevClass, Number(v) * NTAGS, model.tag[TAG_TEMPLATES[P1C][0]][v]);
    this.frequent = new Map(model.frequent.map((w, i) => [w, (i * NPREV + 1) * NTAGS]));
    this.pw = new Float32Array((model.frequent.length * NPREV + 1) * NTAGS);
    for (const key in model.pw) {
      const [f, p] = key.split(' ').map(Number);
      put(this.pw, (f * NPREV + p + 1) * NTAGS, model.pw[key]);
    }
    this.dict = new Map(Object.entries(model.dict));
    for (const cls in model.lexicon) for (const w of model.lexicon[cls].split(' ')) this.lexicon.set(w, cls);
    this.before = this.entry(BEFORE);
    this.after = this.entry(AFTER);
  }

  /** Room for one more word's weights (zeros) in `vectors`: where they start. */
  private allocate(): number {
    if (this.used + WORD_SLOTS > this.vectors.length) {
      const grown = new Float32Array(2 * this.vectors.length);
      grown.set(this.vectors);
      this.vectors = grown;
    }
    const at = this.used;
    this.used += WORD_SLOTS;
    this.vectors.fill(0, at, this.used); // a cleared cache leaves its weights behind
    return at;
  }

  private entry(text: string): WordEntry {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const at = this.allocate();
    const vec = this.vectors;
    const values = wordValues(text, this.lexicon);
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
    const edge = text === BEFORE || text === AFTER;
    const entry: WordEntry = { at, tag: this.dict.get(text) ?? -1, pw: this.frequent.get(values[0]) ?? 0, cls: edge ? EDGE_CLASS : shapeClass(text) };
    if (this.cache.size >= CACHE_LIMIT) this.full = true;
    this.cache.set(text, entry);
    return entry;
  }

  /** Forgets the cached words (but the sentence edges): when the cache is full, and for measuring words seen for the first time. */
  clearCache(): void {
    this.cache = new Map([[BEFORE, this.before], [AFTER, this.after]]);
    this.used = 2 * WORD_SLOTS; // the edges were cached first
    this.full = false;
  }

  /** The tag indices (into TAGS) of one sentence's tokens, written into `out`. */
  tagInto(words: readonly string[], out: Uint8Array): void {
    if (this.full) this.clearCache();
    const n = words.length;
    const entries = this.entries;
    entries.length = 0;
    entries.push(this.before, this.before);
    for (let i = 0; i < n; i++) entries.push(this.entry(words[i]));
    entries.push(this.after, this.after);
    const V = this.vectors; // after the sentence's words are cached: caching may grow it
    const P = this.prevTags, C = this.prevClass, F = this.pw;
    let prev: number = START, prev2: number = START;
    for (let i = 0; i < n; i++) {
      const own = entries[i + 2];
      let tag = own.tag;
      if (tag < 0) {
        const a = entries[i].at, b = entries[i + 1].at + NTAGS, c = own.at + 2 * NTAGS, d = entries[i + 3].at + 3 * NTAGS, e = entries[i + 4].at + 4 * NTAGS;
        const p = (prev2 * NPREV + prev) * NTAGS, pc = (prev * NCLASS + own.cls) * NTAGS, f = own.pw ? own.pw + prev * NTAGS : 0;
        let best = -Infinity;
        tag = 0;
        for (let t = 0; t < NTAGS; t++) {
          const s = V[a + t] + V[b + t] + V[c + t] + V[d + t] + V[e + t] + P[p + t] + C[pc + t] + F[f + t];
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
  return new PosTagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as PosModel);
}

/** wink-style Universal POS tags (ADJ ... X) of one sentence's token texts, by the shipped tagger. */
export function tagTokens(words: readonly string[]): string[] {
  return loadPosTagger().tag(words);
}
