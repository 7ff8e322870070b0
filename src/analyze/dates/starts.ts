/**
 * Where in a text each of a list of patterns may begin a match, found in one pass over its
 * words: a pattern is then tried only there (sticky) instead of at every character. Each
 * pattern says what its matches begin with: words in lower case ("last"), beginnings of words
 * ("fy*" for "FY2019"), or one of the marks below. The positions found must include every
 * position where the pattern can match: then trying it at them, left to right and from the end
 * of the last match on, finds exactly what a global search finds.
 */

/** A word (a run of ASCII word characters, as `\b` sees them) that begins with a digit: "2018", "1990s", "21st". */
export const DIGIT_WORD = '<digit word>';
/** A digit after any character but a digit, inside a word too: "12" of "A12/3/2019". */
export const ANY_DIGIT = '<any digit>';
/** An ASCII apostrophe before a digit: "'80s". */
export const APOSTROPHE_DIGIT = "<'digit>";

const MARKS = new Set([DIGIT_WORD, ANY_DIGIT, APOSTROPHE_DIGIT]);

const isDigit = (c: number) => c >= 48 && c <= 57;
/** `\w` without the u flag: [A-Za-z0-9_]. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;
const APOSTROPHE = 39;

/** The symbol of a word character in the trie: a-z (either case) 0-25, _ 26, 0-9 27-36; -1 for any other. */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (isDigit(c)) return c - 48 + DIGIT_SYMBOL;
  return c === 95 ? 26 : -1;
}
const DIGIT_SYMBOL = 27;
const SYMBOLS = 37;

export class StartIndex {
  private readonly count: number;
  /**
   * The words and beginnings of words as a trie over their characters, folded to lower case as
   * it is walked: a word of the text is looked up without a copy of it (`slice().toLowerCase()`
   * on every word was the most costly step of the rules' scan). `next[node * SYMBOLS + symbol]`
   * is the child (0: none; node 0 is the root).
   */
  private readonly next: Int32Array;
  /** The patterns a whole word ending at a node begins, and those whose matches begin with its beginning ("fy*"). */
  private readonly wordPatterns: (number[] | undefined)[] = [undefined];
  private readonly prefixPatterns: (number[] | undefined)[] = [undefined];
  private readonly marks = new Map<string, number[]>(); // mark -> patterns

  /** `starts[i]`: what every match of pattern i begins with. */
  constructor(starts: readonly (readonly string[])[]) {
    this.count = starts.length;
    const next: number[] = new Array<number>(SYMBOLS).fill(0);
    const add = (list: number[] | undefined, pattern: number): number[] => {
      const out = list ?? [];
      if (!out.includes(pattern)) out.push(pattern);
      return out;
    };
    starts.forEach((list, pattern) => {
      for (const start of list) {
        if (MARKS.has(start)) this.marks.set(start, add(this.marks.get(start), pattern));
        else if (start.endsWith('*')) {
          const node = this.nodeOf(next, start.slice(0, -1));
          if (node > 0) this.prefixPatterns[node] = add(this.prefixPatterns[node], pattern);
        } else {
          const node = this.nodeOf(next, start);
          if (node > 0) this.wordPatterns[node] = add(this.wordPatterns[node], pattern);
        }
      }
    });
    this.next = Int32Array.from(next);
  }

  /**
   * The node of `key` in the trie `next`, made if new; -1 when no word of a text can be it or begin
   * with it (an upper-case letter or a character that is no word character: words are looked up in
   * lower case).
   */
  private nodeOf(next: number[], key: string): number {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      const symbol = c >= 65 && c <= 90 ? -1 : symbolOf(c);
      if (symbol < 0) return -1;
      let child = next[node * SYMBOLS + symbol];
      if (child === 0) {
        child = this.wordPatterns.length;
        this.wordPatterns.push(undefined);
        this.prefixPatterns.push(undefined);
        for (let s = 0; s < SYMBOLS; s++) next.push(0);
        next[node * SYMBOLS + symbol] = child;
      }
      node = child;
    }
    return node;
  }

  /** For each pattern, the positions in `text` where one of its matches may begin, ascending. */
  positions(text: string): number[][] {
    const out: number[][] = [];
    for (let p = 0; p < this.count; p++) out.push([]);
    const push = (patterns: readonly number[] | undefined, at: number) => {
      if (!patterns) return;
      for (let k = 0; k < patterns.length; k++) {
        const list = out[patterns[k]];
        if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
      }
    };
    const digitWord = this.marks.get(DIGIT_WORD);
    const anyDigit = this.marks.get(ANY_DIGIT);
    const apostrophe = this.marks.get(APOSTROPHE_DIGIT);
    const next = this.next;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        if (c === APOSTROPHE && i + 1 < n && isDigit(text.charCodeAt(i + 1))) push(apostrophe, i);
        i++;
        continue;
      }
      let end = i + 1;
      // Whether a digit follows a non-digit inside the word (the "12" of "A12"): rare, looked for again below.
      let innerDigit = false;
      if (isDigit(c)) {
        for (let previous = c; end < n; end++) {
          const d = text.charCodeAt(end);
          if (!isWordChar(d)) break;
          innerDigit ||= isDigit(d) && !isDigit(previous);
          previous = d;
        }
        push(digitWord, i);
        push(anyDigit, i);
      } else {
        // Walk the trie along the word: beginnings of words on the way, the whole word at its end.
        let node = next[symbolOf(c)];
        if (node > 0) push(this.prefixPatterns[node], i);
        for (; end < n; end++) {
          const symbol = symbolOf(text.charCodeAt(end));
          if (symbol < 0) break;
          innerDigit ||= symbol >= DIGIT_SYMBOL; // the word began with no digit: its first digit follows a non-digit
          if (node > 0) {
            node = next[node * SYMBOLS + symbol];
            if (node > 0) push(this.prefixPatterns[node], i);
          }
        }
        if (node > 0) push(this.wordPatterns[node], i);
      }
      if (anyDigit && innerDigit) {
        for (let k = i + 1; k < end; k++) if (isDigit(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k - 1))) push(anyDigit, k);
      }
      i = end;
    }
    return out;
  }
}
