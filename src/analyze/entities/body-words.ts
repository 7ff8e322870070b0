import { fnv1aRange, FNV_OFFSET, FNV_PRIME } from '../../hash.js';
import { isAsciiAlnum, occursAsWord, WORD_CHAR } from '../../words.js';

/**
 * What WORD_CHAR says of each UTF-16 code unit beyond ASCII, asked once per unit and process
 * (1: a letter or digit, 2: not, 0: not asked yet; 64 KB): news has curly quotes and dashes
 * in every paragraph, and the regex cost more than the rest of reading the body.
 */
const UNITS = new Uint8Array(65536);

/** Whether a UTF-16 code unit is a letter or a digit, as WORD_CHAR reads `String.fromCharCode(code)`. */
function isWordUnit(code: number): boolean {
  if (code < 128) return isAsciiAlnum(code);
  let known = UNITS[code];
  if (!known) UNITS[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether text[i] is a letter or a digit, as WORD_CHAR reads it. */
function wordUnit(text: string, i: number): boolean {
  return isWordUnit(text.charCodeAt(i));
}

/** Whether text[i] is a letter or a digit as WORD_CHAR reads it; false outside the text. */
export function wordUnitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && wordUnit(text, i);
}

/** The length of the run of word units (WORD_CHAR, one code unit at a time) starting at `from`. */
export function wordRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && wordUnit(text, end)) end++;
  return end - from;
}

const NONE: readonly number[] = [];

/**
 * The words of a report's body (its longest runs of word units), read once per report: where
 * each starts, and whether the report writes a word in lower case. The rules ask this of dozens
 * of names per report; a Map of sliced words took a fifth of the entities' time (built two or
 * three times per report), and each `occursAsWord` scanned the whole body again. Written by
 * hand: typed arrays and an open-addressing table keyed by FNV-1a of each word computed in
 * place, so that reading the body slices and allocates nothing per word.
 */
export class BodyWords {
  /** Per word of the body, in order: its start, its length, the next start of the same word (-1: none). */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly next: Int32Array;
  /** Per slot (a power of two, at least twice the words): its word's hash and first occurrence + 1 (0: empty). */
  private readonly hashes: Int32Array;
  private readonly heads: Int32Array;

  constructor(readonly body: string) {
    let starts: Int32Array = new Int32Array(256);
    let lengths: Int32Array = new Int32Array(256);
    let hashes: Int32Array = new Int32Array(256);
    let n = 0;
    const length = body.length;
    for (let i = 0; i < length; ) {
      let code = body.charCodeAt(i);
      if (!isWordUnit(code)) {
        i++;
        continue;
      }
      let h = FNV_OFFSET;
      let end = i;
      do {
        h = Math.imul(h ^ code, FNV_PRIME);
        code = ++end < length ? body.charCodeAt(end) : -1;
      } while (end < length && isWordUnit(code));
      if (n === starts.length) (starts = grown(starts)), (lengths = grown(lengths)), (hashes = grown(hashes));
      starts[n] = i;
      lengths[n] = end - i;
      hashes[n] = h;
      n++;
      i = end;
    }
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.starts = starts;
    this.lengths = lengths;
    this.next = new Int32Array(n).fill(-1);
    this.hashes = new Int32Array(size);
    this.heads = new Int32Array(size);
    const tails = new Int32Array(size);
    for (let k = 0; k < n; k++) {
      const slot = this.slotOf(body, starts[k], starts[k] + lengths[k], hashes[k]);
      if (this.heads[slot]) this.next[tails[slot]] = k;
      else (this.hashes[slot] = hashes[k]), (this.heads[slot] = k + 1);
      tails[slot] = k;
    }
  }

  /** The slot of the word text[from, to) with hash h: its own, or the empty one where it would go. */
  private slotOf(text: string, from: number, to: number, h: number): number {
    const mask = this.heads.length - 1;
    for (let slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const head = this.heads[slot];
      if (!head || (this.hashes[slot] === h && this.sameWord(head - 1, text, from, to))) return slot;
    }
  }

  /** Whether the body's word k is text[from, to). */
  private sameWord(k: number, text: string, from: number, to: number): boolean {
    if (this.lengths[k] !== to - from) return false;
    const at = this.starts[k];
    for (let i = from; i < to; i++) if (this.body.charCodeAt(at + i - from) !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Where the word text[from, to) (a run of word units) starts in the body as a whole word, in order. */
  startsOf(text: string, from = 0, to = text.length): readonly number[] {
    if (to <= from) return NONE;
    const head = this.heads[this.slotOf(text, from, to, fnv1aRange(text, from, to) | 0)];
    if (!head) return NONE;
    const out: number[] = [];
    for (let k = head - 1; k >= 0; k = this.next[k]) out.push(this.starts[k]);
    return out;
  }

  /** Whether the body has the word text[from, to) as a whole word. */
  has(text: string, from = 0, to = text.length): boolean {
    return to > from && this.heads[this.slotOf(text, from, to, fnv1aRange(text, from, to) | 0)] !== 0;
  }

  /**
   * Whether the report writes the word in lower case somewhere ("top", "senior"): a word then,
   * not a first name. As `occursAsWord(body, word.toLowerCase())`: a word of word units only is
   * looked up; another ("o'malley", "al-assad") is searched for.
   */
  usedInLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length > 0 && wordRun(lower, 0) === lower.length ? this.has(lower) : occursAsWord(this.body, lower);
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
