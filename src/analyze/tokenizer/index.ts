import { sentenceEnds } from './boundaries.js';
import { readPiece, readScannedPiece } from './pieces.js';
import { TokenList } from './token-list.js';
import { APOSTROPHE, BLANK, KIND, LETTER, LINE_SEPARATOR, SPACE_SEPARATOR } from './chars.js';

const SEPARATOR = SPACE_SEPARATOR | LINE_SEPARATOR;

/**
 * Our tokenizer and sentence splitter, written by hand to cut text as wink-nlp cuts it (every
 * component downstream was tuned on wink's tokens) at a tenth of its cost: wink's `readDoc` with
 * only its sentence splitter spends about 1.5 ms on a 4.5 KB news article (2.4 ms with its tagger),
 * most of it building its document and lexicon entries we never read, where the analysis as a whole
 * must stay under 3.3 ms. It follows wink's steps (pieces.ts: its tokenizer's rules and regular
 * expressions; boundaries.ts: its sentence automaton) with the model's data in lexicon.ts, plus what
 * src/analyze/tokens.ts did to wink's output: no sentence crosses a blank line, a unit's letter glued
 * to a number ends a sentence before a capital ("44.1C. AEMET"), none ends inside "4.15pm" or
 * "ver.di". scripts/compare-tokenizer.ts measures how often it agrees with wink.
 */

export interface TextToken {
  text: string;
  start: number;
  end: number;
}

export interface TextSentence<T extends TextToken = TextToken> {
  start: number;
  end: number;
  tokens: T[];
}

/**
 * Makes the token of source[start, end): its text and offsets (a caller may add its own fields,
 * made with the token: src/analyze/tokens.ts's `pos`). Given the whole text, not the token's, so
 * that a caller can look the word up before cutting its string (tokens.ts finds the word's shared
 * record from the text and offsets).
 */
export type MakeToken<T extends TextToken> = (source: string, start: number, end: number) => T;
const plainToken: MakeToken<TextToken> = (source, start, end) => ({ text: source.slice(start, end), start, end });

/**
 * The longest run of characters read as one piece: longer runs (base64, hex) are cut into pieces
 * of at most this many characters, as scripts/wink-reference.ts cuts them for wink (whose cost is
 * quadratic in a piece's length); here it keeps the regular expressions of the rare paths cheap.
 */
export const LONGEST_RUN = 256;

/** The tokens of the text being split, reused by every call: `makeToken` must not split another text while it runs. */
const tokens = new TokenList();

/** What may follow a possessive for it to be cut off: neither white space, letter nor digit. */
const NOT_WORD_OR_SPACE = /[^\s\p{L}\p{N}]/uy;

/**
 * The end of the first stretch of text[start, end) to read as a piece: a possessive right before
 * punctuation ends one ("Obama's," -> "Obama's" ","), as the space scripts/wink-reference.ts puts there
 * for wink (which otherwise kept "Obama's" whole and remembered it so for later documents).
 */
function possessiveEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end - 2; i++) {
    if (KIND[text.charCodeAt(i)] & APOSTROPHE && text.charCodeAt(i + 1) === 115) {
      NOT_WORD_OR_SPACE.lastIndex = i + 2;
      if (NOT_WORD_OR_SPACE.test(text)) return i + 2;
    }
  }
  return end;
}

/** Whether a code unit is ASCII and neither letter nor digit (a place to cut a long run after). */
function asciiMark(code: number): boolean {
  return code < 128 && !((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122));
}

/**
 * Reads text[start, end) as pieces of at most LONGEST_RUN characters: cut after the last ASCII
 * mark in a piece's second half if there is one, else at its end, never inside a surrogate pair
 * (as breakLongRuns in scripts/wink-reference.ts cuts them for wink). A cut reads as a space.
 */
function readRun(text: string, start: number, end: number): void {
  while (end - start > LONGEST_RUN) {
    let cut = start + LONGEST_RUN;
    let mark = cut;
    while (mark > start + LONGEST_RUN / 2 && !asciiMark(text.charCodeAt(mark - 1))) mark--;
    if (mark > start + LONGEST_RUN / 2) cut = mark;
    else if (cut > start + 1 && (text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    readPiece(text, start, cut, tokens);
    tokens.followSpaces(true);
    start = cut;
  }
  readPiece(text, start, end, tokens);
}

/** Fills `tokens` with wink's tokens of the text, line breaks included. */
function tokenizeText(text: string): void {
  tokens.reset();
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    const kind = KIND[text.charCodeAt(i)];
    if (kind & SPACE_SEPARATOR) {
      while (++i < length && KIND[text.charCodeAt(i)] & SPACE_SEPARATOR);
      tokens.followSpaces(true);
      continue;
    }
    if (kind & LINE_SEPARATOR) {
      while (++i < length && KIND[text.charCodeAt(i)] & LINE_SEPARATOR);
      tokens.push(start, i);
      continue;
    }
    // One scan finds the piece's end, its hash (as foldedHash), where its first letters end, and any apostrophe.
    let apostrophes = false;
    let hash = 0;
    let letters = -1;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      const kind = KIND[code];
      if (kind & SEPARATOR) break;
      hash = (Math.imul(hash, 31) + (code | 32)) | 0;
      if (!(kind & LETTER) && letters < 0) letters = i;
      if (kind & APOSTROPHE) apostrophes = true;
    }
    if (!apostrophes && i - start <= LONGEST_RUN) {
      readScannedPiece(text, start, i, hash, letters < 0 ? i : letters, tokens);
      continue;
    }
    let from = start;
    while (from < i) {
      const to = apostrophes ? possessiveEnd(text, from, i) : i;
      readRun(text, from, to);
      if (to < i) tokens.followSpaces(true);
      from = to;
    }
  }
}

/** Whether a UTF-16 code unit is white space (as `\s` reads it). */
const isSpace = (code: number) => (KIND[code] & BLANK) !== 0;

/** Whether text[start, end) is empty or all white space (line breaks are tokens for wink, not for us). */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[start, end) holds a blank line (`\n\s*\n`). */
function holdsBlankLine(text: string, start: number, end: number): boolean {
  let afterLineBreak = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (afterLineBreak) return true;
      afterLineBreak = true;
    } else if (!isSpace(code)) afterLineBreak = false;
  }
  return false;
}

const UPPER_CASE = /\p{Lu}/uy;
const LOWER_CASE_OR_DIGIT = /[\p{Ll}\d]/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** A unit's letter glued to a number ("44.1C."), followed by a capital: a sentence ends after it. */
function unitLetterBeforeCapital(text: string, i: number, previous: TextToken | undefined): boolean {
  const start = tokens.starts[i];
  if (tokens.ends[i] - start !== 2 || text.charCodeAt(start + 1) !== 46) return false;
  const letter = text.charCodeAt(start);
  if (letter !== 67 && letter !== 70 && letter !== 75) return false;
  if (previous?.end !== start || !isDigit(text.charCodeAt(start - 1))) return false;
  const next = tokens.starts[i + 1];
  if (tokens.ends[i + 1] === next) return false;
  UPPER_CASE.lastIndex = next;
  return UPPER_CASE.test(text);
}

/** A full stop inside a word or a number ("4.15pm", "ver.di"): the splitter's cut there is undone. */
function stopInsideWord(text: string, end: number, nextStart: number): boolean {
  return end > 1 && text.charCodeAt(end - 1) === 46 && nextStart === end && LOWER_CASE_OR_DIGIT.test(text[end] ?? '') && LETTER_OR_DIGIT.test(text[end - 2]);
}

/**
 * The text's sentences and their tokens, with offsets into the text; white space is no token.
 * Not re-entrant: `makeToken` is called while the shared token list is read.
 */
export function splitText(text: string): TextSentence[];
export function splitText<T extends TextToken>(text: string, makeToken: MakeToken<T>): TextSentence<T>[];
export function splitText(text: string, makeToken: MakeToken<TextToken> = plainToken): TextSentence[] {
  tokenizeText(text);
  const ends = sentenceEnds(text, tokens);
  const count = tokens.count;
  const sentences: TextSentence[] = [];
  let own: TextToken[] = [];
  const flush = () => {
    if (own.length) sentences.push({ start: own[0].start, end: own[own.length - 1].end, tokens: own });
    own = [];
  };
  let first = 0;
  for (let k = 0; k <= ends.length && first < count; k++) {
    const last = k < ends.length ? ends[k] : count - 1;
    for (let i = first; i <= last; i++) {
      const start = tokens.starts[i];
      const end = tokens.ends[i];
      if (end === start || (KIND[text.charCodeAt(start)] & BLANK && blank(text, start, end))) continue;
      const previous = own[own.length - 1];
      if (previous && start - previous.end >= 2 && holdsBlankLine(text, previous.end, start)) flush();
      own.push(makeToken(text, start, end));
      if (i < last && unitLetterBeforeCapital(text, i, previous)) flush();
    }
    first = last + 1;
    const end = own.length ? own[own.length - 1].end : -1;
    if (first < count && stopInsideWord(text, end, tokens.starts[first])) continue;
    flush();
  }
  flush();
  return sentences;
}
