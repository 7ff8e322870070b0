/**
 * Features of the part-of-speech tagger, shared by its training script (scripts/train-pos.ts)
 * and its runtime (tagger.ts), so that both see exactly the same thing.
 *
 * As in Honnibal's "A good part-of-speech tagger in about 200 lines of Python", two kinds:
 * - word features: depend only on one word's text (its lowercase form, the word as written,
 *   prefix, suffixes, shape), read for the token itself and its neighbours at offsets -2..+2.
 *   The runtime sums them once per distinct word and caches the sums, so a token costs a few
 *   array additions, not a string per feature;
 * - tag features: the previous two predicted tags, alone, together, with the token's
 *   capitalisation class and with the token's word when it is a frequent one ("that" after a
 *   verb), each a dense table at run time.
 */

/** wink-nlp's Universal POS tags (its SPACE tokens never reach the tagger). */
export const TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
/** The "previous tag" before a sentence's first token. */
export const START = NTAGS;
/** Values of a previous-tag feature: a tag or START. */
export const NPREV = NTAGS + 1;

/** Words beyond the ends of a sentence, for the neighbour features. */
export const BEFORE = '\u0002';
export const AFTER = '\u0003';
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/**
 * Values computed from one word: [lower, as written, p1, s1, s2, s3, s4, shape, class, lexical
 * class as written, lexical class of the lowercase form]. The lexical class is wink-nlp's
 * "default tag:possible tags" of the word in its lexicon ("VERB:NOUN_VERB" for "run"; see
 * `Lexicon`), "-" for a word it does not list.
 */
export const WORD_TEMPLATES = ['l', 'w', 'p1', 's1', 's2', 's3', 's4', 'sh', 'c', 'x', 'xl', 'k'] as const;
/** Which word values are read at each offset (index into WORD_TEMPLATES), by offset -2..+2. */
export const READ_AT: readonly (readonly number[])[] = [
  [0, 8],
  [0, 5, 8, 10],
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  [0, 5, 8, 10],
  [0, 8, 10],
];

/**
 * wink-nlp's lexicon: word (as wink lists it, case kept) -> "default tag:possible tags". wink's
 * tagger starts from a word's default tag and its rules move the word only among its possible
 * tags, so the class says much of a word the tagger never met in training.
 */
export type Lexicon = ReadonlyMap<string, string>;
/** Name of a word feature template at an offset, as stored in the model: "0l", "-1s3"... */
export const wordTemplate = (offset: number, k: number) => `${offset}${WORD_TEMPLATES[k]}`;

/**
 * Capitalisation class: 0 no letter or digit, 1 digits (and marks, no letter), 2 digits and
 * letters, 3 lowercase, 4 Title, 5 ALLCAPS, 6 one capital (A, A.), 7 MixedCaps, 8 lowercase
 * then capitals (iPhone), 9 the sentence edges.
 */
export const NCLASS = 10;
export const EDGE_CLASS = 9;
export function shapeClass(w: string): number {
  let upper = 0, lower = 0, digit = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = w[i];
      const l = ch.toLowerCase(), u = ch.toUpperCase();
      if (l !== u) ch === u ? upper++ : lower++;
    }
  }
  const letters = upper + lower;
  if (digit) return letters ? 2 : 1;
  if (!letters) return 0;
  const first = w[0];
  if (first === first.toLowerCase()) return upper ? 8 : 3;
  if (upper === 1 && lower === 0) return 6;
  if (lower === 0) return 5;
  return upper === 1 ? 4 : 7;
}

/** The shape of a word with runs of one kind cut to two: "Xxx", "dd.dd", "XX-xx". Short: the first 12 characters' shape. */
function shape(w: string): string {
  let out = '', last = '', run = 0;
  for (let i = 0; i < w.length && i < 12; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 48 && code <= 57) c = 'd';
    else {
      const ch = w[i];
      const lo = ch.toLowerCase(), up = ch.toUpperCase();
      c = lo !== up ? (ch === up ? 'X' : 'x') : ch;
    }
    run = c === last ? run + 1 : 1;
    if (run <= 2) out += c;
    last = c;
  }
  return w.length > 12 ? out + '+' : out;
}

/**
 * What wink-nlp makes of a token without letters or digits when its lexicon does not list it
 * (its token categories, by the character sets of its model's `trex.lex` rules): punctuation
 * (PUNCT), a symbol (SYM), an emoji, or anything else (X: "―", "⁄"). "" for other tokens.
 */
const WINK_PUNCTUATION = /^(?:\.{2,}|--|––)$|^['’‘`“”"[\](){}…,.!;?/:\-–—¿¡]$/;
const WINK_SYMBOL = /^[~@#%^+=*|<>&\u00A7\u00A9\u00B1\u00F7\u00D7\u00B0]$/;
const EMOJI = /^\p{Extended_Pictographic}+$/u;
function markKind(w: string): string {
  if (/[\p{L}\p{N}]/u.test(w)) return '';
  return WINK_PUNCTUATION.test(w) ? 'P' : WINK_SYMBOL.test(w) ? 'S' : EMOJI.test(w) ? 'E' : 'U';
}

/** The values of WORD_TEMPLATES for one word. */
export function wordValues(w: string, lexicon: Lexicon): string[] {
  if (w === BEFORE || w === AFTER) return WORD_TEMPLATES.map(() => w);
  const lower = w.toLowerCase();
  const n = lower.length;
  return [
    lower, w, lower.slice(0, 1),
    lower.slice(-1), n >= 2 ? lower.slice(-2) : '', n >= 3 ? lower.slice(-3) : '', n >= 4 ? lower.slice(-4) : '',
    shape(w), String(shapeClass(w)),
    lexicon.get(w) ?? '-', lexicon.get(lower) ?? '-', markKind(w),
  ];
}

/** Tag-feature templates and the size of their domains; "pw" (previous tag x frequent word) is sparse, in the model's `frequent` words. */
export const TAG_TEMPLATES = [
  ['bias', 1],
  ['p1', NPREV],
  ['p2', NPREV],
  ['p12', NPREV * NPREV],
  ['p1c', NPREV * NCLASS],
] as const;
export const NTAGFEATS = TAG_TEMPLATES.length;

/** Values of the tag features, written into out[0..NTAGFEATS). */
export function tagValues(prev: number, prev2: number, cls: number, out: Int32Array): void {
  out[0] = 0;
  out[1] = prev;
  out[2] = prev2;
  out[3] = prev2 * NPREV + prev;
  out[4] = prev * NCLASS + cls;
}
