import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { fnv1aRange } from '../hash.js';

/**
 * English words (the `word-list` package, ~275k words, one per line), loaded once on first use.
 * Used to decide whether a word split across lines by a hyphen was one word ("elec-tion") or a
 * compound ("power-sharing"), and by the analysis to tell common words from names.
 *
 * Written by hand: a `Set` of the words took 190-220 ms to build (275k strings split out and
 * hashed), paid by every process that cleans a report, a one-file `storyline ingest` included.
 * Instead the list stays one string, and an open-addressing table of line offsets, keyed by an
 * FNV-1a hash of each line computed in place, finds a word's line: 80-105 ms on the same machine,
 * reading the file included, and a lookup compares the word with the line itself, so the answers
 * are exactly the set's.
 */
interface WordTable {
  text: string;
  /** Line start offset + 1 per slot (0: empty); size a power of two, at least twice the lines. */
  slots: Int32Array;
}

let table: WordTable | undefined;

function build(text: string): WordTable {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let size = 1;
  while (size < 2 * lines) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let slot = fnv1aRange(text, start, end) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = start + 1;
    start = end + 1;
  }
  return { text, slots };
}

/** Whether the list holds `word` (lowercased first). */
export function isEnglishWord(word: string): boolean {
  table ??= build(readFileSync(wordListPath, 'utf8'));
  const { text, slots } = table;
  const w = word.toLowerCase();
  const mask = slots.length - 1;
  for (let slot = fnv1aRange(w, 0, w.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    const start = slots[slot] - 1;
    const end = start + w.length;
    if ((end === text.length || text.charCodeAt(end) === 10) && text.startsWith(w, start)) return true;
  }
  return false;
}
