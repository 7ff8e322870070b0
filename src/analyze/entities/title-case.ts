import type { Token } from '../doc.js';
import { startsLowerCase } from './shapes.js';

/**
 * Title Case, where capitals tell nothing of names: whether a line's words are in Title Case (a
 * headline's), read for a line's tokens (titleCased), for the line holding a position of the body
 * (titleCaseLines, each line judged once), and for a headline heading the body (headlineEnd).
 */
/**
 * Words in Title Case (a headline's), where capitals tell nothing: three of the longer ones or
 * more, none in lower case but a few small ones ("with", "from"). Read up to the first longer
 * word in lower case, which most lines of a report have near their start.
 */
function titleCase(words: readonly string[]): boolean {
  let long = 0;
  for (const w of words) {
    const vote = titleCaseVote(w);
    if (vote < 0) return false;
    long += vote;
  }
  return long >= 3;
}
export const titleCased = (tokens: readonly Token[]) => {
  let long = 0;
  for (const t of tokens) {
    const vote = titleCaseVote(t.text);
    if (vote < 0) return false;
    long += vote;
  }
  return long >= 3;
};
/** What a word says of its line's Title Case: 1 a longer word capitalised (or a small one), -1 a longer word in lower case, 0 a short word. */
function titleCaseVote(w: string): number {
  if (!startsWithFourLetters(w)) return 0;
  return startsLowerCase(w) && !SMALL_WORDS.has(w) ? -1 : 1;
}
const SMALL_WORDS = new Set('with from into over than that this after about amid says said will'.split(' '));
const FOUR_LETTERS = /^\p{L}{4,}/u;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** As FOUR_LETTERS.test(w), without the pattern for words in ASCII. */
function startsWithFourLetters(w: string): boolean {
  if (w.length < 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return FOUR_LETTERS.test(w);
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

/** Where a Title Case headline heading the body ends (a first line of at most 200 characters), or 0. */
export function headlineEnd(body: string): number {
  const end = body.indexOf('\n');
  return end > 0 && end <= 200 && titleCase(body.slice(0, end).split(/\s+/)) ? end : 0;
}

/**
 * Whether the line holding a position is in Title Case (a headline's, where capitalised words run
 * together), each line judged once: a pasted report may be one line of a megabyte, and every
 * person named in it asks.
 */
export function titleCaseLines(body: string): (at: number) => boolean {
  let breaks: number[] | null = null;
  const judged = new Map<number, boolean>();
  return (at) => {
    if (!breaks) {
      breaks = [-1];
      for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks.push(i);
      breaks.push(body.length);
    }
    // The last break before `at`, by halves.
    let lo = 0;
    let hi = breaks.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < at) lo = mid;
      else hi = mid;
    }
    let titled = judged.get(lo);
    if (titled === undefined) judged.set(lo, (titled = titleCase(body.slice(breaks[lo] + 1, breaks[lo + 1]).split(/\s+/))));
    return titled;
  };
}
