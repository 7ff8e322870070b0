import { isEnglishWord } from '../../clean/dictionary.js';
import type { Token } from '../doc.js';
import { isWebAddress } from '../spans.js';
import { wordOfToken } from '../tokens.js';
import { loadClusters } from '../word-clusters.js';
import { type LowerForm, type Word, wordOf } from '../word-vectors.js';

/**
 * Features of the named-entity tagger, shared by its training script (scripts/train-ner.ts) and
 * its runtime (perceptron.ts), so that both see exactly the same thing. Nothing here reads a
 * data set's own columns: only our tokens (text and the wink-style Universal POS tags of our tagger, src/analyze/pos).
 *
 * Two kinds of features:
 * - word features: depend only on one word's text (lowercase form, prefixes, suffixes, shape,
 *   dictionary word or not, its word clusters), read for the token itself and its neighbours at
 *   offsets -2..+2. The clusters (word-clusters.ts) carry what the tagger learnt of a name to
 *   names it never saw: eng.testa F1 of the bare tagger 0.875 -> 0.908 with them.
 *   The runtime sums them once per distinct word and caches the sums, so a token costs a few
 *   array additions, not a string per feature;
 * - small features: small integers (POS, capitalisation class, sentence start, document cues,
 *   the previous predicted tags), each template a dense table at run time.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
/** Entity type of a tag index: 0 for O, then 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export const tagType = (t: number) => (t + 1) >> 1;
export const isBegin = (t: number) => t > 0 && t % 2 === 1;

/** Words beyond the ends of a sentence, for the neighbour features. */
export const BEFORE = '\u0002';
export const AFTER = '\u0003';
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/**
 * Values computed from one word: [lower, p1, p2, p3, p4, s1, s2, s3, s4, shape, short shape,
 * dictionary x class, coarse cluster, fine cluster] (clusters: word-clusters.ts).
 */
export const WORD_TEMPLATES = ['w', 'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 'sh', 'ssh', 'dc', 'c1', 'c2'] as const;
/** Which word values are read at each offset (index into WORD_TEMPLATES), by offset -2..+2. */
export const READ_AT: readonly (readonly number[])[] = [
  [0, 10, 13],
  [0, 10, 8, 12, 13],
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  [0, 10, 8, 12, 13],
  [0, 10, 13],
];
/** Name of a word feature template at an offset, as stored in the model: "0w", "-1sh"... */
export const wordTemplate = (offset: number, k: number) => `${offset}${WORD_TEMPLATES[k]}`;

/** Word pairs, by their lowercase forms: the previous word and this one ("pl"), this one and the next ("pr"). */
export const PAIR_TEMPLATES = ['pl', 'pr'] as const;

/** Capitalisation class: 0 no letter or digit, 1 has a digit, 2 lowercase, 3 Title, 4 ALLCAPS, 5 one capital (A, A.), 6 MixedCaps, 7 other. */
export const NCLASS = 8;
export function shapeClass(w: string): number {
  let upper = 0, lower = 0, digit = 0, letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) (upper++, letters++);
    else if (c >= 97 && c <= 122) (lower++, letters++);
    else if (c > 127) {
      const ch = w[i];
      const l = ch.toLowerCase(), u = ch.toUpperCase();
      if (l !== u) (ch === u ? upper++ : lower++, letters++);
    }
  }
  if (digit) return 1;
  if (!letters) return 0;
  const first = w[0];
  const firstUpper = first !== first.toLowerCase();
  if (!firstUpper) return upper ? 7 : 2;
  if (upper === 1 && lower === 0) return 5;
  if (lower === 0) return 4;
  return upper === 1 ? 3 : 6;
}

function shapes(w: string): [string, string] {
  let full = '', short = '', last = '', run = 0;
  for (const ch of w) {
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    const c = lo !== up ? (ch === up ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    if (run <= 3) full += c;
    if (run === 1) short += c;
    last = c;
  }
  return [full, short];
}

/** Curly quotes as straight ones: our users' news has both, the training text only straight. */
export function normalizeWord(w: string): string {
  return /[‘’“”]/.test(w) ? w.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : w;
}

/** The values of WORD_TEMPLATES for one word. */
export function wordValues(raw: string): string[] {
  if (raw === BEFORE || raw === AFTER) return WORD_TEMPLATES.map(() => raw);
  const w = normalizeWord(raw);
  const lower = w.toLowerCase();
  const [full, short] = shapes(w);
  const n = lower.length;
  const dict = /\p{L}/u.test(lower) && isEnglishWord(lower) ? 1 : 0;
  const clusters = loadClusters();
  const cluster = clusters.clusterOf(lower);
  return [
    lower,
    lower.slice(0, 1), lower.slice(0, 2), n >= 3 ? lower.slice(0, 3) : '', n >= 4 ? lower.slice(0, 4) : '',
    lower.slice(-1), lower.slice(-2), n >= 3 ? lower.slice(-3) : '', n >= 4 ? lower.slice(-4) : '',
    full, short, `${dict}${shapeClass(w)}`,
    cluster < 0 ? '-' : String(Math.floor(cluster / clusters.fine)), cluster < 0 ? '-' : String(cluster),
  ];
}

/** Universal POS tags as wink-nlp gives them (now from our tagger, src/analyze/pos, which never gives SPACE: kept so the trained model's feature indices stay); index POS.length is a sentence boundary, POS.length+1 unknown. */
const POS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_ID = new Map(POS.map((p, i) => [p, i]));
const NPOS = POS.length + 2;
const BOUNDARY_POS = POS.length;

/** Small-feature templates and the size of their domains. Those after TAG_DEPENDENT read predicted tags. */
export const SMALL_TEMPLATES = [
  ['bias', 1],
  ['pos0sc', NPOS * NCLASS],
  ['pos-1', NPOS],
  ['pos+1', NPOS],
  ['init', 2 * NCLASS],
  ['doc', 8 * NCLASS],
  ['pt', NTAGS + 1],
  ['pt2', (NTAGS + 1) * (NTAGS + 1)],
  ['ptsc', (NTAGS + 1) * NCLASS],
  ['ptpos', (NTAGS + 1) * NPOS],
  ['mem', 6 * NCLASS],
] as const;
export const NSMALL = SMALL_TEMPLATES.length;
export const TAG_DEPENDENT = 6;
const START = NTAGS; // the "previous tag" before a sentence

/** Per-token context of one document: the word-independent inputs of the small features. */
export interface DocContext {
  /** The tokens the tagger reads: ours, with words joined by hyphens as one ("Kassym-Jomart", "state-run"). */
  sentences: Token[][];
  /** Per sentence, per token: capitalisation class, POS id, small-feature values not depending on tags. */
  cls: Uint8Array[];
  pos: Uint8Array[];
  fixed: Int32Array[]; // TAG_DEPENDENT values per token
  /** Each token's text as the word features read it (a Title Case headline's words in capitals). */
  words: string[][];
  /** Lowercase form of each token, for the memory of earlier predictions in the document. */
  lower: string[][];
  /** What is known of each token's word (of its text in `words`), looked up once per token. */
  infos: WordInfo[][];
}

/**
 * What is known of a word: its shared record (word-vectors.ts `Word`), with its capitalisation
 * class, lowercase form and the entity types it may continue filled in, remembered (texts repeat
 * across documents); `at` and `pair` hold what the runtime tagger derives from the word alone,
 * for the `owner` it was derived by (perceptron.ts): on the word itself, as a document's words are
 * read where a lookup in a large table would miss the processor's caches.
 */
export type WordInfo = Word;
/**
 * Lowercase forms; emptied (and `generation` counted on) only between documents, so that the
 * words of one document share their forms: a word's info is filled again in a new generation.
 */
const forms = new Map<string, LowerForm>();
let generation = 0;
let documents = 0;
function info(word: Word): WordInfo {
  if (word.infoOf !== generation) {
    const text = word.text;
    const cls = shapeClass(text);
    const lower = normalizeWord(text).toLowerCase();
    let form = forms.get(lower);
    if (!form) forms.set(lower, (form = { lowerIn: 0, capsMidIn: 0 }));
    word.cls = cls;
    word.lower = lower;
    word.continues = continues(lower, cls);
    word.form = form;
    word.infoOf = generation;
  }
  return word;
}
/** A token's word: the record our tokens carry (tokens.ts), else looked up. */
const tokenInfo = (t: Token) => info(wordOfToken(t) ?? wordOf(t.text));
const textInfo = (text: string) => info(wordOf(text));

const FUNCTION_WORDS = new Set('a an the of in on at to for and or but with by from as is are be vs over after into'.split(' '));

/**
 * A Title Case headline ("Putin Congratulates Tokayev on 'Convincing Mandate' in Kazakh Poll"):
 * most content words capitalised and no full stop at the end. Capitals say as little there as
 * in an ALL CAPS headline, so the tagger reads it in capitals, as it learnt headlines.
 */
function titleCase(tokens: Token[], own: WordInfo[]): boolean {
  if (/^[.!?:;,]$/.test(tokens[tokens.length - 1].text)) return false;
  let caps = 0, other = 0;
  for (let i = 0; i < tokens.length; i++) {
    const c = own[i].cls;
    if (c < 2 || FUNCTION_WORDS.has(tokens[i].text)) continue;
    if (c >= 3 && c <= 6) caps++;
    else other++;
  }
  return caps >= 3 && caps >= 4 * other;
}

const text = (t: Token) => t.text;
const WORDLIKE = /[\p{L}\p{N}]$/u;

/**
 * Our tokenizer splits "Nur-Sultan" into three tokens; the tagger reads it as one word, as the
 * text it learnt from wrote such words, so a hyphenated name is one unit with its own shape.
 */
function joinHyphens(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text === '-')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], a = out[out.length - 1], b = tokens[i + 1];
    if (t.text === '-' && a && b && a.end === t.start && t.end === b.start && WORDLIKE.test(a.text) && /^[\p{L}\p{N}]/u.test(b.text)) {
      out[out.length - 1] = { text: `${a.text}-${b.text}`, start: a.start, end: b.end, pos: a.pos === 'PROPN' || b.pos === 'PROPN' ? 'PROPN' : b.pos };
      i++;
    } else out.push(t);
  }
  return out;
}
const OPENERS = new Set(['"', "'", '(', '[', '“', '‘', '-', '--', '*', '•']);

/**
 * Document cues: a capitalised word whose lowercase form the document also writes in lowercase
 * is likely a common word; a word the document writes capitalised mid-sentence (outside
 * headlines) is likely a name even when a headline writes it ALL CAPS; and a sentence mostly in
 * capitals is a headline, where capitals say little.
 */
export function docContext(tokenised: Token[][]): DocContext {
  const sentences = tokenised.map(joinHyphens);
  if (forms.size >= 50_000) (forms.clear(), generation++);
  const doc = ++documents;
  const headline: boolean[] = [];
  const lower: string[][] = [];
  const words: string[][] = [];
  const cls: Uint8Array[] = [];
  const pos: Uint8Array[] = [];
  const infosOf: WordInfo[][] = [];
  for (const tokens of sentences) {
    const c = new Uint8Array(tokens.length);
    const p = new Uint8Array(tokens.length);
    const l: string[] = new Array(tokens.length);
    let own: WordInfo[] = tokens.map(tokenInfo);
    let w: string[];
    if (titleCase(tokens, own)) {
      w = tokens.map((t) => t.text.toUpperCase());
      own = w.map(textInfo);
    } else w = tokens.map(text);
    let caps = 0, worded = 0;
    for (let i = 0; i < tokens.length; i++) {
      const wi = own[i];
      c[i] = wi.cls;
      p[i] = POS_ID.get(tokens[i].pos) ?? NPOS - 1;
      l[i] = wi.lower;
      if (c[i] >= 2) worded++;
      if (c[i] === 4 || c[i] === 5) caps++;
    }
    const isHeadline = worded >= 2 && caps / worded > 0.6;
    for (let i = 0; i < tokens.length; i++) {
      const form = own[i].form!; // filled by info
      if (c[i] === 2) form.lowerIn = doc;
      else if (!isHeadline && (c[i] === 3 || c[i] === 6) && i > 0 && !OPENERS.has(tokens[i - 1].text) && tokens[i - 1].text !== '.') form.capsMidIn = doc;
    }
    headline.push(isHeadline);
    words.push(w);
    infosOf.push(own);
    cls.push(c);
    pos.push(p);
    lower.push(l);
  }
  // One buffer for the document, a view of it per sentence (typed arrays of their own cost more).
  const fixedAll = new Int32Array(sentences.reduce((n, tokens) => n + tokens.length, 0) * TAG_DEPENDENT);
  let offset = 0;
  const fixed = sentences.map((tokens, s) => {
    const c = cls[s], p = pos[s], own = infosOf[s];
    const out = fixedAll.subarray(offset, (offset += tokens.length * TAG_DEPENDENT));
    for (let i = 0; i < tokens.length; i++) {
      const initial = i === 0 || (i <= 2 && OPENERS.has(tokens[i - 1].text)) ? 1 : 0;
      const form = own[i].form!; // filled by info
      const docFlags = (form.lowerIn === doc ? 1 : 0) + (form.capsMidIn === doc ? 2 : 0) + (headline[s] ? 4 : 0);
      const o = i * TAG_DEPENDENT;
      out[o] = 0;
      out[o + 1] = p[i] * NCLASS + c[i];
      out[o + 2] = i > 0 ? p[i - 1] : BOUNDARY_POS;
      out[o + 3] = i + 1 < tokens.length ? p[i + 1] : BOUNDARY_POS;
      out[o + 4] = initial * NCLASS + c[i];
      out[o + 5] = docFlags * NCLASS + c[i];
    }
    return out;
  });
  return { sentences, cls, pos, fixed, words, lower, infos: infosOf };
}

/** Memory of the document so far: the last type predicted for each lowercase word (1 O, 2-5 PER ORG LOC MISC). */
export type Memory = Map<string, number>;

/** Values of the tag-dependent small features of token i, written into out[TAG_DEPENDENT..]. */
export function tagValues(ctx: DocContext, s: number, i: number, prev: number, prev2: number, memory: Memory, out: Int32Array): void {
  const c = ctx.cls[s][i];
  out[6] = prev;
  out[7] = prev2 * (NTAGS + 1) + prev;
  out[8] = prev * NCLASS + c;
  out[9] = prev * NPOS + ctx.pos[s][i];
  out[10] = (c >= 3 && c <= 6 ? memory.get(ctx.lower[s][i]) ?? 0 : 0) * NCLASS + c;
}

/** Lowercase words that may stand inside a name: "Bank of England", "Gazzetta dello Sport"; in a person's name only the particles. */
const INSIDE_NAMES = new Set('of and for on upon in the y e und'.split(' '));
const PARTICLES = new Set('de la le les du des van von der den da di del della dello degli al el bin ibn'.split(' '));
const ALL_TYPES = 0b11110;
const NOT_PERSON = ALL_TYPES & ~(1 << 1);

/**
 * Which entity types token i may continue (bit 1 << type, as tagType): none for a possessive
 * "'s", a web address or a lowercase word other than the small words inside names ("Olympic champion Gail
 * Devers" is not one name), and a person's name only its particles ("Ann Lee of the Rules
 * Committee" is two names).
 */
export function continuable(ctx: DocContext, s: number, i: number): number {
  return ctx.infos[s][i].continues;
}

/** `continuable` of a word from its lowercase form and capitalisation class. */
function continues(lower: string, cls: number): number {
  if (lower === "'s" || isWebAddress(lower)) return 0; // a web address is never part of a name
  if (cls !== 2) return ALL_TYPES;
  return PARTICLES.has(lower) ? ALL_TYPES : INSIDE_NAMES.has(lower) ? NOT_PERSON : 0;
}

/** After a prediction: remembers it for later mentions of the same word. */
export function remember(ctx: DocContext, s: number, i: number, tag: number, memory: Memory): void {
  const c = ctx.cls[s][i];
  if (c >= 3 && c <= 6) memory.set(ctx.lower[s][i], tagType(tag) + 1);
}

export { START as START_TAG };
