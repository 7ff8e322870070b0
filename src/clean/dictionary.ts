import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * English words (the `word-list` package, ~275k words), loaded once on first use. Used to
 * decide whether a word split across lines by a hyphen was one word ("elec-tion") or a
 * compound ("power-sharing").
 */
let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  if (!words) {
    words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  }
  return words.has(word.toLowerCase());
}
