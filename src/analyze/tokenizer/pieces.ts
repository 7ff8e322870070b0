import { ANY_WITH_LP, ANY_WITH_RP, CONTRACTIONS, KEPT_PREFIXES, KEPT_SUFFIXES, KNOWN_WORDS, LP_ANY_RP, LTC, RTC } from './lexicon.js';
import type { TokenList } from './token-list.js';
import { AT, BLANK, MORE_LETTER_RUNS, BRACKET_OR_QUOTE, DIGIT, EMOTICON_MARK, END_MARK, FULL_STOP, HASH, INNER_MARK, KIND, LETTER, NEEDS, START_MARK, MAYBE_CURRENCY, MAYBE_EMOJI, QUOTE_MARK, RIGHT_MARK, SLASH, SYMBOL, WORD_START, featuresOf } from './chars.js';

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

/**
 * What a piece must have for a rule to match it (one of the features, chars.ts), by category for
 * the whole-piece rules and in order for the cutting rules: a rule that cannot match is skipped.
 * Checked against the model's rules when loaded: a new model needs these read again.
 */
const WHOLE_PIECE_NEEDS: Record<number, number> = { 2: DIGIT, 3: SLASH, 4: AT, 5: AT, 6: HASH, 8: EMOTICON_MARK, 9: DIGIT, 10: DIGIT, 18: DIGIT, 14: 0 };
const CUT_RULE_CATEGORIES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 18, 12, 17, 1, 2, 13, 1, 12, 1];
const CUT_RULE_NEEDS = [SLASH, AT, AT, HASH, MAYBE_EMOJI, EMOTICON_MARK, DIGIT, DIGIT, MAYBE_CURRENCY, DIGIT, BRACKET_OR_QUOTE, QUOTE_MARK, WORD_START, DIGIT, SYMBOL, FULL_STOP, INNER_MARK, WORD_START];
if (RTC.map(([, , category]) => category).join() !== CUT_RULE_CATEGORIES.join()) throw new Error("tokenizer: wink's cutting rules changed, CUT_RULE_NEEDS must be read again");
const ANY = -1;
/** wink's letters end its letter classes at ÿ: ours go on through MORE_LETTER_RUNS (chars.ts), as the KIND table does. */
const WINK_LAST_LETTER = '\\u00F8-\\u00FF';
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const MORE_LETTERS = MORE_LETTER_RUNS.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
const withMoreLetters = (source: string) => source.replaceAll(WINK_LAST_LETTER, WINK_LAST_LETTER + MORE_LETTERS);
const wholePieceRules = LTC.map(([source, flags, category]) => ({ pattern: new RegExp(withMoreLetters(source), flags), category, needs: WHOLE_PIECE_NEEDS[category] ?? ANY }));
const cutRules = RTC.map(([source, flags, category], i) => ({ pattern: new RegExp(withMoreLetters(source), flags), category, needs: CUT_RULE_NEEDS[i] }));
const anyWithRightMark = new RegExp(ANY_WITH_RP[0], ANY_WITH_RP[1]);
const anyWithLeftMark = new RegExp(ANY_WITH_LP[0], ANY_WITH_LP[1]);
const marksAround = new RegExp(LP_ANY_RP[0], LP_ANY_RP[1]);
const keptPrefixes = new Set(KEPT_PREFIXES);
const keptSuffixes = new Set(KEPT_SUFFIXES);
const knownWords = new Set(KNOWN_WORDS);
/** Contraction -> the lengths of the tokens wink splits it into. */
const contractions = new Map(CONTRACTIONS.map(([word, ...parts]) => [word, parts.map((part) => part.length)]));
/** A hash of text[start, end) blind to case, to look up only the pieces that may be known words (tokenizeText computes it inline). */
export function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (text.charCodeAt(i) | 32)) | 0;
  return hash;
}
/** The known words and contractions by foldedHash: only a piece whose hash is here is looked up. */
const knownHashes = new Set<number>();
/** The same hashes' low 16 bits as a bitmap, looked up first (a piece in 30 passes it). */
const knownBits = new Uint8Array(8192);
for (const word of [...CONTRACTIONS.map(([word]) => word), ...KNOWN_WORDS]) {
  const hash = foldedHash(word, 0, word.length);
  knownHashes.add(hash);
  knownBits[(hash >>> 3) & 8191] |= 1 << (hash & 7);
}
/** Whether a piece of this foldedHash may be a known word or a contraction. */
export const mayBeKnown = (hash: number) => (knownBits[(hash >>> 3) & 8191] & (1 << (hash & 7))) !== 0 && knownHashes.has(hash);
/** Currency codes that wink cuts out of a word (its currency rule runs before its possessive rule). */
const CURRENCY_CODE = /USD|AUD|INR|GBP/;

// recursive-tokenizer.js's own expressions.
const SHORT_FORM_DOT = /^(?:(?:[A-Z])(?:\.))+$/i;
const SHORT_FORM = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
const HYPHENS = /[\-\–\—]/g;
const HAS_DIGIT = /[0-9]/;

/** White space as String.prototype.trim reads it (wink trims every piece it recurses into). */
const isTrimmed = (code: number) => (KIND[code] & BLANK) !== 0;

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
  const features = featuresOf(piece, 0, piece.length);
  for (const rule of wholePieceRules) if (rule.needs & features && rule.pattern.test(piece)) return rule.category;
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

/** Pushes text[start, end), letters only, as wink does: whole, or a contraction's parts ("cannot" -> "can" "not"). */
function pushLetters(text: string, start: number, end: number, tokens: TokenList): void {
  if (!mayBeKnown(foldedHash(text, start, end)) || !pushIfKnown(text.slice(start, end), start, tokens)) tokens.push(start, end);
}

const lettersFrom = (text: string, start: number, end: number) => {
  while (start < end && KIND[text.charCodeAt(start)] & LETTER) start++;
  return start;
};

/**
 * Cuts text[start, end) (no wink separator inside) into tokens, as wink's `tokenize` does with
 * one piece of its split. The shapes of nine pieces in ten take a fast path that gives what wink's
 * steps give them (test/analyze/tokenizer.test.ts checks it against readPieceByRules): a word, a
 * word and one or two marks ("said.”"), a possessive, an opening mark and a word ("“We"), digits.
 */
export function readPiece(text: string, start: number, end: number, tokens: TokenList): void {
  readScannedPiece(text, start, end, foldedHash(text, start, end), lettersFrom(text, start, end), tokens);
}

/** readPiece, given the piece's foldedHash and where its first letters end (as tokenizeText finds them in its scan). */
export function readScannedPiece(text: string, start: number, end: number, hash: number, letters: number, tokens: TokenList): void {
  if (mayBeKnown(hash) && pushIfKnown(text.slice(start, end), start, tokens)) return;
  if (letters === end) {
    tokens.push(start, end);
    return;
  }
  const last = text.charCodeAt(end - 1);
  if (letters > start) {
    const words = letters - start;
    if (letters === end - 1 && KIND[last] & RIGHT_MARK) {
      pushWordThenMark(start, words + 1, last === 46, tokens);
      return;
    }
    if (letters === end - 2) {
      const mark = text.charCodeAt(letters);
      // wink takes the last mark off ("said.”" -> "said." "”"), then reads the rest as a word and its mark.
      if (KIND[mark] & RIGHT_MARK && KIND[last] & END_MARK && (mark !== 46 || last !== 46)) {
        if (mark !== 46 || !mayBeKnown(foldedHash(text, start, end - 1)) || !pushIfKnown(text.slice(start, end - 1), start, tokens)) pushWordThenMark(start, words + 1, mark === 46, tokens);
        tokens.push(end - 1, end);
        return;
      }
      // A possessive ("Obama's", "Obama’s") or two full stops after a word of two letters or more.
      const straight = (mark === 39 && last === 115) || (mark === 46 && last === 46);
      const curly = mark === 0x2019 && last === 115 && NEEDS[text.charCodeAt(start)] & WORD_START && !CURRENCY_CODE.test(text.slice(start, letters));
      if ((straight && words >= 2) || curly) {
        pushLetters(text, start, letters, tokens);
        tokens.push(letters, end);
        return;
      }
    }
  } else if (KIND[text.charCodeAt(start)] & START_MARK && end - start >= 3 && lettersFrom(text, start + 1, end) === end) {
    // An opening mark and a word of two letters or more ("“We", "(the").
    tokens.push(start, start + 1);
    pushLetters(text, start + 1, end, tokens);
    return;
  } else {
    const digits = digitsFrom(text, start, end);
    // Digits, or two or more and a mark ("2016,"): a number, and the mark.
    if (digits === end) {
      tokens.push(start, end);
      return;
    }
    if (digits === end - 1 && digits - start >= 2 && KIND[last] & END_MARK) {
      tokens.push(start, digits);
      tokens.push(digits, end);
      return;
    }
  }
  if (letters > start && readHyphenated(text, start, end, tokens)) return;
  readUnknownPiece(text.slice(start, end), start, tokens);
}

function digitsFrom(text: string, start: number, end: number): number {
  while (start < end) {
    const code = text.charCodeAt(start);
    if (code < 48 || code > 57) break;
    start++;
  }
  return start;
}

const isHyphen = (code: number) => code === 45 || code === 0x2013;

/**
 * Words joined by hyphens ("well-known", "Kassym-Jomart"), as wink's word rule and its
 * pushHyphenatedToken read them: cut at the hyphens, unless the first or last word is one it keeps
 * ("co-founder", "Trump-esque"). False (nothing pushed) for any other piece.
 */
function readHyphenated(text: string, start: number, end: number, tokens: TokenList): boolean {
  if (!(NEEDS[text.charCodeAt(start)] & WORD_START)) return false;
  let firstEnd = -1;
  let lastStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (KIND[code] & LETTER) continue;
    if (!isHyphen(code) || i === lastStart || i === end - 1) return false;
    if (firstEnd < 0) firstEnd = i;
    lastStart = i + 1;
  }
  if (firstEnd < 0 || CURRENCY_CODE.test(text.slice(start, end))) return false;
  if (keptPrefixes.has(text.slice(start, firstEnd)) || keptSuffixes.has(text.slice(lastStart, end))) {
    tokens.push(start, end);
    return true;
  }
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isHyphen(text.charCodeAt(i))) continue;
    pushLetters(text, wordStart, i, tokens);
    if (i < end) tokens.push(i, i + 1);
    wordStart = i + 1;
  }
  return true;
}

/** wink's `tokenize` on one piece, step by step (what readPiece gives with its fast paths; exported for tests). */
export function readPieceByRules(piece: string, at: number, tokens: TokenList): void {
  if (!pushIfKnown(piece, at, tokens)) readUnknownPiece(piece, at, tokens);
}

/** wink's `tokenize` on one piece it does not know. */
function readUnknownPiece(piece: string, at: number, tokens: TokenList): void {
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
  if (from === to) return;
  // A rule that cannot match passes the trimmed text on to the next, as wink's does.
  const features = featuresOf(text, from, to);
  while (rule < cutRules.length && !(cutRules[rule].needs & features)) rule++;
  if (rule === cutRules.length) {
    tokens.push(at + from, at + to);
    return;
  }
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
  if (isKnown(word) || HAS_DIGIT.test(word) || !HYPHENS.test(word)) {
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
