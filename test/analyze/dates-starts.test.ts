import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER } from '../../src/analyze/quantities/numbers.js';
import { RULES, RULE_STARTS } from '../../src/analyze/dates/rules.js';
import { ANY_DIGIT, APOSTROPHE_DIGIT, DIGIT_WORD, StartIndex } from '../../src/analyze/dates/starts.js';
import { stickyMatches } from '../../src/analyze/sticky.js';

/** What a global search with the pattern finds: the reference the sticky search must equal. */
function globalMatches(pattern: RegExp, text: string): [number, string][] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
}

function stickyOnes(pattern: RegExp, starts: readonly string[], text: string): [number, string][] {
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const positions = new StartIndex([starts]).positions(text)[0];
  return [...stickyMatches(sticky, text, positions)].map((m) => [m.index, m[0]]);
}

describe('StartIndex', () => {
  it('finds words whatever their case, beginnings of words and digits', () => {
    const index = new StartIndex([['last'], ['fy*'], [DIGIT_WORD], [ANY_DIGIT], [APOSTROPHE_DIGIT]]);
    const text = "Last FY2019 x12/3 '80s 7th";
    expect(index.positions(text)).toEqual([[0], [5], [16, 19, 23], [7, 13, 16, 19, 23], [18]]);
  });
  it('tries a pattern only where its matches begin, from the end of the last one on, as a global search', () => {
    const text = 'the the last week and the last year, last';
    const pattern = /\b(?:the\s+)?last\s+(?:week|year)\b/gi;
    expect(stickyOnes(pattern, ['the', 'last'], text)).toEqual(globalMatches(pattern, text));
  });
});

/** Where a pattern's matches may begin, found by the plainest reading of StartIndex's contract. */
function plainPositions(starts: readonly string[], text: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) {
    const word = m[0].toLowerCase();
    const at = m.index;
    if (/^\d/.test(word)) {
      if (starts.includes(DIGIT_WORD) || starts.includes(ANY_DIGIT)) out.add(at);
    } else if (starts.some((s) => s === word || (s.endsWith('*') && s.length > 1 && word.startsWith(s.slice(0, -1))))) out.add(at);
    if (starts.includes(ANY_DIGIT)) for (const d of word.slice(1).matchAll(/(?<!\d)\d/g)) if (!/\d/.test(word[d.index])) out.add(at + 1 + d.index);
  }
  if (starts.includes(APOSTROPHE_DIGIT)) for (const m of text.matchAll(/'\d/g)) out.add(m.index);
  return [...out].sort((a, b) => a - b);
}

/** Words, numbers and marks that the date rules read, to build texts from. */
const VOCABULARY = [
  'the', 'a', 'an', 'last', 'next', 'past', 'this', 'that', 'same', 'year', 'years', 'Year', 'month', 'week', 'weeks', 'day', 'days',
  'quarter', 'half', 'first', 'second', 'third', 'Q3', 'H1', '3Q', 'FY2019', 'FY', 'fiscal', '2019', '1990s', "'80s", 'mid', 'mid-',
  'early', 'earlier', 'late', 'later', 'three', 'twenty-five', 'one', 'hundred', 'few', 'several', 'couple', 'of', 'ago', 'before',
  'Monday', 'Mondays', 'nights', 'morning', 'tonight', 'today', 'yesterday', 'Christmas', 'Day', 'New', "Year's", 'Eve', 'May',
  'March', 'Jan.', 'Sept', 'June', '5th', 'on', 'since', 'until', '12/3/2019', 'A12/3/19', '3.4.2019', 'century', '21st', 'nineteen',
  'ninety-six', 'recent', 'recently', 'present', 'days', 'now', 'right', 'currently', 'soon', 'future', 'in', 'for', 'once', 'twice', 'times', 'daily',
  'every', 'per', 'summer', 'fall', 'end', 'beginning', 'year-end', 'year-ago', 'year-earlier', 'period', 'its', '1/2', 'and', 'long',
  'decades-long', 'yearlong', 'weekend', 'the nineties', '$', '.', ',', ';', '-', "'", '’', 'x_1', '_2019', '\n',
];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', ' ', '', '  ')), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('the date rules begin their matches where RULE_STARTS finds them', () => {
  it('finds, for every rule, each word, beginning of a word and mark its starts name, and nothing else', () => {
    const starts = RULES.map((rule) => rule.starts);
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: fc.constantFrom('a', 'T', 'h', 'e', 'F', 'y', '2', '0', '_', "'", ' ', '.', 'é') })), (text) => {
        const positions = RULE_STARTS.positions(text);
        starts.forEach((list, r) => expect(positions[r], RULES[r].name).toEqual(plainPositions(list, text)));
      }),
      { numRuns: 3000 },
    );
  });
  it('every rule finds at the positions found what a global search finds', () => {
    const sticky = RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'));
    fc.assert(
      fc.property(texts, (text) => {
        const positions = RULE_STARTS.positions(text);
        RULES.forEach((rule, r) => {
          const found = [...stickyMatches(sticky[r], text, positions[r])].map((m) => [m.index, m[0]]);
          expect(found, rule.name).toEqual(globalMatches(rule.pattern, text));
        });
      }),
      { numRuns: 3000 },
    );
  });
  it('every word a number can begin with is among those of the rules that count', () => {
    const startsNumber = new RegExp(`^(?:${NUMBER})\\b`, 'i');
    const counting = RULES.find((rule) => rule.name === 'duration-adjective')!.starts;
    for (const word of new Set(NUMBER.match(/[a-z]{2,}/g))) {
      if (startsNumber.test(`${word} years`)) expect(counting, word).toContain(word);
    }
  });
});
