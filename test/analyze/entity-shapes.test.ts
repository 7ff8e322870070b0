import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLetter, startsLowerCase, startsUpperCase } from '../../src/analyze/entities/shapes.js';
import { isSkipWord } from '../../src/analyze/entities/rules.js';
import { wordUnitAt } from '../../src/analyze/entities/body-words.js';
import { WORD_CHAR } from '../../src/words.js';

/** The pattern isSkipWord answers as. */
const SKIP =
  /^(tens|hundreds|thousands|dozens|millions|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|i|the|a|an|he|she|it|we|they|this|that|these|those|his|her|its|their|our)$/i;
const SKIPPED = SKIP.source.match(/[a-z]+/g)!;

/** Words as a report writes them: ASCII and beyond, in either case, with the characters case folding plays on. */
const words = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aAsSkK.-’\'é ÉſKİıǅ1😀\u{1D400}'.split(''), '\u{1D400}', '\u{1F600}') }),
  fc.constantFrom(...SKIPPED).map((w) => w.toUpperCase()),
  fc.constantFrom(...SKIPPED).map((w) => `${w[0].toUpperCase()}${w.slice(1)}.`),
  fc.string({ unit: 'grapheme' }),
);

describe('the tests of words the entity rules make without patterns', () => {
  it('answer as the patterns they stand for', () => {
    fc.assert(
      fc.property(words, (w) => {
        expect(startsUpperCase(w), w).toBe(/^\p{Lu}/u.test(w));
        expect(startsLowerCase(w), w).toBe(/^\p{Ll}/u.test(w));
        expect(hasLetter(w), w).toBe(/\p{L}/u.test(w));
        expect(isSkipWord(w), w).toBe(SKIP.test(w));
        for (let i = -1; i <= w.length; i++) expect(wordUnitAt(w, i)).toBe(WORD_CHAR.test(w[i] ?? ' '));
      }),
      { numRuns: 5000 },
    );
  });
  it('skip weekdays, months and pronouns in any case, not names beginning with them', () => {
    expect(['Monday', 'SEPT.', 'sep', 'They', 'I'].map(isSkipWord)).toEqual([true, true, true, true, true]);
    expect(['Mayor', 'Theo', 'Sept..', 'ſept', 'Ma\u212Ay'].map(isSkipWord)).toEqual([false, false, false, false, false]);
  });
});
