import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/clean/dictionary.js';

describe('English word list', () => {
  const lines = readFileSync(wordListPath, 'utf8').split('\n');

  it('holds every word of the list, the first and the last included, whatever the case', () => {
    for (const w of [lines[0], lines[1], lines[lines.length - 1], 'election', 'Election', 'ELECTION', 'sharing']) expect(isEnglishWord(w), w).toBe(true);
    // Every 97th line: the table finds words wherever they sit in it.
    for (let i = 0; i < lines.length; i += 97) expect(isEnglishWord(lines[i]), lines[i]).toBe(true);
  });

  it('holds no other word: not the parts of a word, not a word with a letter more or less, not names', () => {
    for (const w of ['elec', 'tion', 'electionx', 'electio', 'tokayev', 'nazarbayev', 'zzzsz', 'election\n', 'election sharing']) expect(isEnglishWord(w), w).toBe(false);
  });
});
