import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHRONO_WORDS } from '../../src/analyze/dates/chrono.js';
import { RULE_WORDS } from '../../src/analyze/dates/rules.js';

/** The tests as first written, to which the faster ones must answer alike on every sentence. */
const RULE_WORDS_AS_WRITTEN = new RegExp(RULE_WORDS.source.replace(/\)\|\\Bties$/, '|\\w+ties)'), 'i');
const CHRONO_WORDS_AS_WRITTEN = new RegExp(
  CHRONO_WORDS.source.replace('\\d(?:[:.]\\d\\d|\\s*[ap]\\.?m\\b|\\d{3}-\\d|\\/\\d)', '\\d[:.]\\d\\d|\\d\\s*[ap]\\.?m\\b|\\d{4}-\\d|\\d\\/\\d'),
  'i',
);

const PIECES = [
  'the', 'nineties', 'Ties', 'ties', 'parties', 'cities', 'xties', '_ties', '9ties', 'tie', 's', 'May', 'mayor', 'Mon', 'money', 'sec',
  'second', 'years', 'year-end', 'now', 'known', 'night', '10', ':', '.', '35', '3', 'p', 'a', 'm', 'pm', 'A.M.', '2019', '-', '06', '/',
  '6/2019', '4.15pm', '2019-06-10', 'é', 'ſ', '\u212a', ' ', ' ', '  ', '\n', ',',
];
const sentences = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the word tests that choose the sentences read', () => {
  it('are the tests as first written, rewritten to the same effect', () => {
    expect(RULE_WORDS.source).not.toBe(RULE_WORDS_AS_WRITTEN.source);
    expect(CHRONO_WORDS.source).not.toBe(CHRONO_WORDS_AS_WRITTEN.source);
  });
  it('hold in the same sentences as the tests as first written', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        expect(RULE_WORDS.test(sentence), sentence).toBe(RULE_WORDS_AS_WRITTEN.test(sentence));
        expect(CHRONO_WORDS.test(sentence), sentence).toBe(CHRONO_WORDS_AS_WRITTEN.test(sentence));
      }),
      { numRuns: 5000 },
    );
  });
});
