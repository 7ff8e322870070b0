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

export class StartIndex {
  private readonly count: number;
  private readonly words = new Map<string, number[]>();
  /** Beginnings of words ("fy" of "fy*"), by their first letter. */
  private readonly prefixes = new Map<string, { prefix: string; patterns: number[] }[]>();
  private readonly marks = new Map<string, number[]>(); // mark -> patterns
  /** The length of the longest word: a longer one is not looked up. */
  private longest = 0;

  /** `starts[i]`: what every match of pattern i begins with. */
  constructor(starts: readonly (readonly string[])[]) {
    this.count = starts.length;
    const add = <K>(map: Map<K, number[]>, key: K, pattern: number) => {
      const list = map.get(key) ?? [];
      if (!list.includes(pattern)) list.push(pattern);
      map.set(key, list);
    };
    starts.forEach((list, pattern) => {
      for (const start of list) {
        if (MARKS.has(start)) add(this.marks, start, pattern);
        else if (start.endsWith('*')) {
          const prefix = start.slice(0, -1);
          const group = this.prefixes.get(prefix[0]) ?? [];
          const known = group.find((g) => g.prefix === prefix);
          if (known) known.patterns.push(pattern);
          else group.push({ prefix, patterns: [pattern] });
          this.prefixes.set(prefix[0], group);
        } else {
          add(this.words, start, pattern);
          this.longest = Math.max(this.longest, start.length);
        }
      }
    });
  }

  /** For each pattern, the positions in `text` where one of its matches may begin, ascending. */
  positions(text: string): number[][] {
    const out: number[][] = [];
    for (let p = 0; p < this.count; p++) out.push([]);
    const push = (patterns: readonly number[] | undefined, at: number) => {
      if (!patterns) return;
      for (const p of patterns) {
        const list = out[p];
        if (list[list.length - 1] !== at) list.push(at);
      }
    };
    const digitWord = this.marks.get(DIGIT_WORD);
    const anyDigit = this.marks.get(ANY_DIGIT);
    const apostrophe = this.marks.get(APOSTROPHE_DIGIT);
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
      while (end < n && isWordChar(text.charCodeAt(end))) end++;
      if (isDigit(c)) {
        push(digitWord, i);
        push(anyDigit, i);
      } else {
        const group = this.prefixes.get(String.fromCharCode(c | 0x20)); // ASCII lower case
        if (end - i <= this.longest || group) {
          const word = text.slice(i, end).toLowerCase();
          push(this.words.get(word), i);
          if (group) for (const { prefix, patterns } of group) if (word.startsWith(prefix)) push(patterns, i);
        }
      }
      if (anyDigit) {
        for (let k = i + 1; k < end; k++) if (isDigit(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k - 1))) push(anyDigit, k);
      }
      i = end;
    }
    return out;
  }
}

/**
 * The matches of `sticky` (a pattern with the y flag) at `positions` (ascending), as a global
 * search over `text` finds them: each from the end of the last one on.
 */
export function* stickyMatches(sticky: RegExp, text: string, positions: readonly number[]): Generator<RegExpExecArray> {
  let next = 0;
  for (const at of positions) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    next = at + (match[0].length || 1);
    yield match;
  }
}
