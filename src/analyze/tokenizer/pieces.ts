import { ANY_WITH_LP, ANY_WITH_RP, CONTRACTIONS, KEPT_PREFIXES, KEPT_SUFFIXES, KNOWN_WORDS, LP_ANY_RP, LTC, RTC } from './lexicon.js';
import type { TokenList } from './token-list.js';

/**
 * wink-nlp's rules for cutting one piece of text between spaces into tokens (its tokenizer.js
 * and recursive-tokenizer.js with the English lite model's regular expressions), rewritten to
 * give offsets instead of strings. The common pieces (a word, a word and a comma) take a fast path
 * of character tests; the others follow wink's steps one by one, in its order, so that they come
 * out as wink cuts them. What wink learns while it reads (every new word goes into its lexicon,
 * and a known word is kept whole) is left out: we read each text as wink does in a fresh process.
 */

/** wink's token categories that matter here (its tcat): the rest are kept whole. */
const UNKNOWN = 0;
const WORD = 1;
const WORD_THEN_MARK = 15;

const wholePieceRules = LTC.map(([source, flags, category]) => ({ pattern: new RegExp(source, flags), category }));
const cutRules = RTC.map(([source, flags, category]) => ({ pattern: new RegExp(source, flags), category }));
const anyWithRightMark = new RegExp(ANY_WITH_RP[0], ANY_WITH_RP[1]);
const anyWithLeftMark = new RegExp(ANY_WITH_LP[0], ANY_WITH_LP[1]);
const marksAround = new RegExp(LP_ANY_RP[0], LP_ANY_RP[1]);
const keptPrefixes = new Set(KEPT_PREFIXES);
const keptSuffixes = new Set(KEPT_SUFFIXES);
const knownWords = new Set(KNOWN_WORDS);
/** Contraction -> the lengths of the tokens wink splits it into. */
const contractions = new Map(CONTRACTIONS.map(([word, ...parts]) => [word, parts.map((part) => part.length)]));
/** Contractions of letters only ("cannot", "gonna"), by length and first letter, to look up only those that may be one. */
const letterContractionKeys = new Set<number>();
for (const [word] of CONTRACTIONS) if (/^[a-z]+$/i.test(word)) letterContractionKeys.add(word.length * 128 + (word.charCodeAt(0) | 32));

// recursive-tokenizer.js's own expressions.
const SHORT_FORM_DOT = /^(?:(?:[A-Z])(?:\.))+$/i;
const SHORT_FORM = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
const HYPHENS = /[\-\–\—]/g;
const DIGIT = /[0-9]/;

/** Whether wink's letters-only category (`[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]` read case-blind) holds the code unit. */
export function isWinkLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  return (code >= 0x300 && code <= 0x36f) || code === 0x2060 || code === 0x178;
}

/** The punctuation wink's word-then-mark category allows after the letters: ’ ” " ] ) } … , . ! ; ? / : */
function isRightMark(code: number): boolean {
  switch (code) {
    case 0x2019: case 0x201d: case 34: case 93: case 41: case 125: case 0x2026: case 44: case 46: case 33: case 59: case 63: case 47: case 58:
      return true;
    default:
      return false;
  }
}

/** White space as String.prototype.trim reads it (wink trims every piece it recurses into). */
function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether wink knows the word as one it keeps whole (or splits as a contraction); words of letters only need no lexicon. */
function isKnown(word: string): boolean {
  return knownWords.has(word) || contractions.has(word);
}

/** wink's `_addTokenIfInCache`: a known word is pushed (a contraction as its parts); false if unknown. */
function pushIfKnown(word: string, at: number, tokens: TokenList): boolean {
  const parts = contractions.get(word);
  if (parts) {
    for (const length of parts) {
      tokens.push(at, at + length);
      at += length;
    }
    return true;
  }
  if (!knownWords.has(word)) return false;
  tokens.push(at, at + word.length);
  return true;
}

/** wink's `detectTokenCategory`: the first whole-piece rule the piece meets. */
function categoryOf(piece: string): number {
  for (const rule of wholePieceRules) if (rule.pattern.test(piece)) return rule.category;
  return UNKNOWN;
}

/** wink's `processWordRP`: the word, then its mark, except a letter and a full stop ("A."). */
function pushWordThenMark(at: number, length: number, lastIsStop: boolean, tokens: TokenList): void {
  if (length === 2 && lastIsStop) {
    tokens.push(at, at + 2);
    return;
  }
  tokens.push(at, at + length - 1);
  tokens.push(at + length - 1, at + length);
}

/** What wink's `processFunctions` do with a piece of a known category. */
function pushOfCategory(piece: string, category: number, at: number, tokens: TokenList): void {
  if (category === WORD_THEN_MARK) pushWordThenMark(at, piece.length, piece.endsWith('.'), tokens);
  else tokens.push(at, at + piece.length);
}

/**
 * Cuts text[start, end) (no wink separator inside) into tokens, as wink's `tokenize` does with
 * one piece of its split. Fast paths first: letters only, letters and one mark.
 */
export function readPiece(text: string, start: number, end: number, tokens: TokenList): void {
  let letters = start;
  while (letters < end && isWinkLetter(text.charCodeAt(letters))) letters++;
  if (letters === end) {
    const length = end - start;
    if (!letterContractionKeys.has(length * 128 + (text.charCodeAt(start) | 32)) || !pushIfKnown(text.slice(start, end), start, tokens)) tokens.push(start, end);
    return;
  }
  const last = text.charCodeAt(end - 1);
  if (letters === end - 1 && letters > start && isRightMark(last)) {
    // "Mr." and "Corp." are known words, kept whole.
    if (last !== 46 || !pushIfKnown(text.slice(start, end), start, tokens)) pushWordThenMark(start, end - start, last === 46, tokens);
    return;
  }
  readOtherPiece(text.slice(start, end), start, tokens);
}

/** wink's `tokenize` on one piece its fast paths did not take. */
function readOtherPiece(piece: string, at: number, tokens: TokenList): void {
  if (pushIfKnown(piece, at, tokens)) return;
  const category = categoryOf(piece);
  if (category === UNKNOWN) readUnknown(piece, at, tokens);
  else pushOfCategory(piece, category, at, tokens);
}

/** wink's `processUnk`: punctuation on the right, the left, both sides, else its recursive rules. */
function readUnknown(piece: string, at: number, tokens: TokenList): void {
  let match = anyWithRightMark.exec(piece);
  if (match) {
    const body = match[1];
    if (!pushIfKnown(body, at, tokens)) {
      const category = categoryOf(body);
      if (category === UNKNOWN) return cutRecursively(piece, at, 0, tokens);
      pushOfCategory(body, category, at, tokens);
    }
    tokens.push(at + body.length, at + piece.length);
    return;
  }
  match = anyWithLeftMark.exec(piece);
  if (match) {
    const [, mark, body] = match;
    if (isKnown(body)) {
      tokens.push(at, at + mark.length);
      pushIfKnown(body, at + mark.length, tokens);
      return;
    }
    const category = categoryOf(body);
    if (category === UNKNOWN) return cutRecursively(piece, at, 0, tokens);
    tokens.push(at, at + mark.length);
    pushOfCategory(body, category, at + mark.length, tokens);
    return;
  }
  match = marksAround.exec(piece);
  if (match) {
    const [, left, body, right] = match;
    const bodyAt = at + left.length;
    if (isKnown(body)) {
      tokens.push(at, bodyAt);
      pushIfKnown(body, bodyAt, tokens);
      tokens.push(bodyAt + body.length, bodyAt + body.length + right.length);
      return;
    }
    const category = categoryOf(body);
    if (category === UNKNOWN) return cutRecursively(piece, at, 0, tokens);
    tokens.push(at, bodyAt);
    pushOfCategory(body, category, bodyAt, tokens);
    tokens.push(bodyAt + body.length, bodyAt + body.length + right.length);
    return;
  }
  cutRecursively(piece, at, 0, tokens);
}

/** A token cut by a rule (`word` if wink looks it up first) or a stretch left for the next rules. */
interface Cut {
  start: number;
  end: number;
  /** A stretch between a rule's matches, to be cut by the rules after it. */
  rest: boolean;
}

/**
 * wink's `tokenizeTextRecursively`: its rules in turn (web address, e-mail, mention, ..., word,
 * number, ...), each cutting what it matches out of the stretches the rules before left.
 */
function cutRecursively(text: string, at: number, rule: number, tokens: TokenList): void {
  if (rule === cutRules.length) {
    tokens.push(at, at + text.length);
    return;
  }
  let from = 0;
  let to = text.length;
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  const trimmed = from === 0 && to === text.length ? text : text.slice(from, to);
  const { pattern, category } = cutRules[rule];
  const cuts: Cut[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(trimmed); match; match = pattern.exec(trimmed)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd === match.index) pattern.lastIndex++;
    pushRest(trimmed, last, match.index, cuts);
    if (category === WORD) cutWord(match[0], match.index, cuts);
    else cuts.push({ start: match.index, end: matchEnd, rest: false });
    last = matchEnd;
  }
  pushRest(trimmed, last, trimmed.length, cuts);
  const base = at + from;
  for (const cut of cuts) {
    if (cut.rest) cutRecursively(trimmed.slice(cut.start, cut.end), base + cut.start, rule + 1, tokens);
    else if (!pushIfKnown(trimmed.slice(cut.start, cut.end), base + cut.start, tokens)) tokens.push(base + cut.start, base + cut.end);
  }
}

/** The stretch text[start, end) without its white space, if anything is left. */
function pushRest(text: string, start: number, end: number, cuts: Cut[]): void {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (end > start) cuts.push({ start, end, rest: true });
}

/**
 * wink's `pushWordToken`: a word with full stops is rebuilt piece by piece, keeping what is
 * still an abbreviation ("U.S.") or a known word, cutting the rest at its full stops.
 * `at` is the word's offset in the stretch; every part is pushed with its offsets.
 */
function cutWord(word: string, at: number, cuts: Cut[]): void {
  if (isKnown(word) || SHORT_FORM_DOT.test(word)) {
    cuts.push({ start: at, end: at + word.length, rest: false });
    return;
  }
  if (!word.includes('.')) {
    cutHyphenated(word, at, cuts);
    return;
  }
  const words = word.split('.');
  let built = '';
  let builtAt = at;
  let position = at;
  const flush = (next: string) => {
    cutHyphenated(built, builtAt, cuts);
    builtAt += built.length;
    built = next;
  };
  for (let i = 0; i < words.length; i++) {
    const next = built + words[i];
    if (SHORT_FORM.test(next) || (isKnown(next) && next.length > 2) || built === '') built = next;
    else flush(words[i]);
    position += words[i].length;
    if (i < words.length - 1) {
      const withStop = built + '.';
      if (SHORT_FORM.test(withStop) || (isKnown(withStop) && withStop.length > 2)) built = withStop;
      else {
        flush('');
        cuts.push({ start: position, end: position + 1, rest: false });
        builtAt = position + 1;
      }
      position++;
    }
  }
  if (built !== '') cutHyphenated(built, builtAt, cuts);
}

/**
 * wink's `pushHyphenatedToken`: a hyphenated word is cut at its hyphens unless wink knows it,
 * it has a digit, or its first or last part is one wink keeps ("co-founder", "Trump-esque").
 * wink pushes even an empty word here (from "ab..c"): so does this.
 */
function cutHyphenated(word: string, at: number, cuts: Cut[]): void {
  HYPHENS.lastIndex = 0;
  if (isKnown(word) || DIGIT.test(word) || !HYPHENS.test(word)) {
    cuts.push({ start: at, end: at + word.length, rest: false });
    return;
  }
  const parts = word.split(HYPHENS);
  if (keptPrefixes.has(parts[0]) || keptSuffixes.has(parts[parts.length - 1])) {
    cuts.push({ start: at, end: at + word.length, rest: false });
    return;
  }
  let position = at;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== '') cuts.push({ start: position, end: position + parts[i].length, rest: false });
    position += parts[i].length;
    if (i < parts.length - 1) {
      cuts.push({ start: position, end: position + 1, rest: false });
      position++;
    }
  }
}
