import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberStarts, ORDINAL, QUANTITY } from '../../src/analyze/quantities/detect.js';
import { stickyMatches } from '../../src/analyze/sticky.js';

/** What a global search with the pattern finds: the reference the sticky search must equal. */
function globalMatches(pattern: RegExp, text: string): [number, string][] {
  const global = new RegExp(pattern.source, pattern.flags.replace('y', '') + 'g');
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
}

function stickyOnes(pattern: RegExp, text: string, positions: readonly number[]): [number, string][] {
  return [...stickyMatches(pattern, text, positions)].map((m) => [m.index, m[0]]);
}

/** Every run of letters in the patterns' sources (their words, and stray letters of \p{L} and \s), as written and as the i flag reads them otherwise. */
const words = [...new Set([...`${QUANTITY.source} ${ORDINAL.source}`.matchAll(/[a-z]+/gi)].map((m) => m[0].toLowerCase()))];
const variants = words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase(), w.replace(/s/g, 'ſ'), w.replace(/k/g, '\u212a')]);
const VOCABULARY = [...variants, '5', '12', '1,200', '2.5', '21st', '$', 'US$', '€', '£', '.', ',', '-', '/', '%', 'é', 'x', '\n', 'approx.', 'A320'];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', ' ', '', '-')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('numbers are read where numberStarts says they may begin', () => {
  it('finds the starts of words, digits and currency marks that begin a number or an ordinal', () => {
    expect(numberStarts('About US$5 and the third of twenty-four, 21st £3')).toEqual({ quantities: [0, 6, 8, 9, 28, 35, 41, 46, 47], ordinals: [9, 19, 41, 47] });
  });
  it('reads "ſ" and the Kelvin sign as the i flag does', () => {
    expect(numberStarts('ſeven and the ſecond').quantities).toEqual([0]);
    expect(numberStarts('ſeven and the ſecond').ordinals).toEqual([14]);
  });
  it('finds what a global search finds after every two words of the patterns ("tens of thousands", "more than 5")', () => {
    const tails = [' thousands 5', ' 5', '$5'];
    for (const first of words)
      for (const second of words)
        for (const tail of tails) {
          const text = `${first} ${second}${tail}`;
          const starts = numberStarts(text);
          expect(stickyOnes(QUANTITY, text, starts.quantities), text).toEqual(globalMatches(QUANTITY, text));
          expect(stickyOnes(ORDINAL, text, starts.ordinals), text).toEqual(globalMatches(ORDINAL, text));
        }
  }, 60_000);
  it('finds at those positions what a global search finds, for every word of the patterns', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const starts = numberStarts(text);
        expect(stickyOnes(QUANTITY, text, starts.quantities)).toEqual(globalMatches(QUANTITY, text));
        expect(stickyOnes(ORDINAL, text, starts.ordinals)).toEqual(globalMatches(ORDINAL, text));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
