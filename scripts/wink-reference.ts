import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../src/analyze/doc.js';
import { isAsciiAlnum } from '../src/words.js';
import { LONGEST_RUN as TOKENIZER_LONGEST_RUN } from '../src/analyze/tokenizer/index.js';

/**
 * Sentences and tokens with part-of-speech tags from wink-nlp's English lite model, read as
 * src/analyze/tokens.ts read them until our tokenizer and tagger replaced wink (its code as it
 * was, the Component aside): the reference that scripts/compare-tokenizer.ts, and the tagger's
 * training and comparison, measure ours against. wink-nlp is a development dependency now.
 */
const newReader = () => winkNLP(model, ['sbd', 'pos']);
let nlp = newReader();
const its = nlp.its;
/**
 * wink-nlp keeps every new word it meets (about 125 bytes each) for as long as its instance
 * lives: a worker reading news for weeks would grow without end. A new instance every this many
 * tokens (about 11,000 news articles; 50 ms to build) starts afresh; what it reads is the same.
 */
const RENEW_AFTER_TOKENS = 10_000_000;
let tokensRead = 0;

/** Starts a new wink-nlp instance (its word cache empty). */
function renewReader(): void {
  nlp = newReader();
  tokensRead = 0;
}

/** A blank line between two tokens: a paragraph break, which no sentence crosses. */
const PARAGRAPH_BREAK = /\n\s*\n/;
const SPACE = /\s/;

/** Whether a UTF-16 code unit is white space (as `\s` reads it). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}

/** Whether text[start, end) is all white space. */
function allSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Scratch flags of splitSentences, one per wink token, grown as needed (never shared: no call nests in another). */
let verbatimScratch = new Uint8Array(4096);

/**
 * A possessive right before punctuation ("It was Obama's.", "Trump’s,"): wink-nlp gets it with a
 * space before the punctuation. Without the space, wink caches "Obama's" as one word and splits
 * it no longer in any later document, so the same text was read differently depending on what the
 * process had read before (455 of 924 PolNeAR articles changed with the order they were read in;
 * 2 with the space, on broken characters). With it every possessive is split, as wink splits it in
 * a fresh process. Only white space is added, so the tokens still walk the original text.
 */
const POSSESSIVE_BEFORE_PUNCTUATION = /(['’]s)(?=[^\s\p{L}\p{N}])/gu;

/**
 * The longest run of characters wink-nlp reads as one piece. wink's tokenizer costs time
 * quadratic in the length of a piece between its separators (the regular expressions of its
 * recursive splitter, an e-mail address's above all, and its abbreviation test `/[a-z].*\.$/i`
 * rescan the rest of the piece from every position): one base64 attachment of 200,000
 * characters took over 4 minutes, a 40,000-letter word 4 s. No word needs more than this, and
 * web addresses rarely do (the longest in the ECB+, PolNeAR and TempEval texts has 179
 * characters), so news reaches wink exactly as before. Longer runs are cut for wink into pieces
 * of at most this many characters, which keeps its cost linear: 2 to 3 µs a character of
 * base64 or hex, against about 1 µs for news (1.5 and 2.5 times that with limits of 512 and 1,024).
 */
export const LONGEST_RUN = TOKENIZER_LONGEST_RUN; // one limit for both, or they would stop agreeing

/** Whether wink-nlp's tokenizer splits the text at this UTF-16 code unit (its `splitter` regex). */
function winkSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Whether a code unit is ASCII and neither letter nor digit (a place to cut a long run after). */
function asciiMark(code: number): boolean {
  return code < 128 && !isAsciiAlnum(code);
}

/**
 * The text for wink-nlp with every run of more than LONGEST_RUN characters that wink does not
 * split at cut by a space into pieces of at most LONGEST_RUN characters: after the last ASCII
 * mark (`/`, `+`, `-`, `.`, ...) in the piece's second half if there is one, else at its end,
 * never inside a surrogate pair. Only spaces are added, so the tokens still walk the original
 * text (as with POSSESSIVE_BEFORE_PUNCTUATION); a text without such a run is returned as it is.
 */
export function breakLongRuns(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !winkSeparator(text.charCodeAt(i))) continue;
    let start = runStart;
    runStart = i + 1;
    if (i - start <= LONGEST_RUN) continue;
    parts ??= [];
    while (i - start > LONGEST_RUN) {
      let cut = start + LONGEST_RUN;
      let mark = cut;
      while (mark > start + LONGEST_RUN / 2 && !asciiMark(text.charCodeAt(mark - 1))) mark--;
      if (mark > start + LONGEST_RUN / 2) cut = mark;
      else if (cut > start + 1 && (text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
      parts.push(text.slice(copied, cut), ' ');
      copied = start = cut;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

const isDigit = (text: string, i: number) => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
/** Units written as one capital after a number: degrees Celsius, Fahrenheit, kelvins. */
const UNIT_LETTER = /^[CFK]\.$/;

/** Sentences never cross a paragraph break (a blank line), whatever the splitter thinks. */
export function winkSentences(text: string): Sentence[] {
  if (!text.trim()) return [];
  if (tokensRead > RENEW_AFTER_TOKENS) renewReader(); // between documents, never under one being read
  const doc = nlp.readDoc(breakLongRuns(text.replace(POSSESSIVE_BEFORE_PUNCTUATION, '$1 ')));
  const values = doc.tokens().out(its.value) as string[];
  tokensRead += values.length;
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // wink gives token values, not offsets: walk the text past the spaces between them.
  const starts = new Array<number>(values.length);
  // Whether the text has the token's value at its start: its text is then wink's own string
  // (shared by every document that has the word), not a copy sliced from the text.
  if (verbatimScratch.length < values.length) verbatimScratch = new Uint8Array(2 * values.length);
  const verbatim = verbatimScratch;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = cursor;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    verbatim[i] = 1;
    if (!text.startsWith(value, start)) {
      // wink drops some characters (a byte-order mark): look a little ahead, never far.
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= 64) start = found;
      else verbatim[i] = 0;
    }
    starts[i] = start;
    cursor = Math.min(text.length, start + value.length);
  }
  const sentences: Sentence[] = [];
  let own: Token[] = [];
  const flush = () => {
    if (own.length) sentences.push({ start: own[0].start, end: own[own.length - 1].end, tokens: own });
    own = [];
  };
  for (let k = 0; k < spans.length; k++) {
    const [first, last] = spans[k];
    for (let i = first; i <= last; i++) {
      if (tags[i] === 'SPACE') continue;
      const start = starts[i];
      const end = Math.min(text.length, start + values[i].length);
      if (end <= start || allSpace(text, start, end)) continue;
      const previous = own[own.length - 1];
      if (previous && start - previous.end >= 2 && PARAGRAPH_BREAK.test(text.slice(previous.end, start))) flush();
      own.push({ text: verbatim[i] && end - start === values[i].length ? values[i] : text.slice(start, end), start, end, pos: tags[i] });
      // A unit's letter glued to a number ends a sentence before a capital, where the splitter read an initial: "Badajoz hit 44.1C. AEMET issued alerts".
      if (i < last && end - start === 2 && UNIT_LETTER.test(values[i]) && previous?.end === start && isDigit(text, start - 1) && /^\p{Lu}/u.test(values[i + 1])) flush();
    }
    // No sentence ends inside a word or a number, where no space follows the full stop: the
    // splitter cuts "at about 4." from "15pm" (a British clock time) and "ver." from "di" (a union).
    const end = own.length ? own[own.length - 1].end : -1;
    if (k + 1 < spans.length && end > 1 && text[end - 1] === '.' && starts[spans[k + 1][0]] === end && /[\p{Ll}\d]/u.test(text[end] ?? '') && /[\p{L}\d]/u.test(text[end - 2])) continue;
    flush();
  }
  return sentences;
}
