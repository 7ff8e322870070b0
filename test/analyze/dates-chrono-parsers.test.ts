import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casualChrono, GUARDS } from '../../src/analyze/dates/chrono-parsers.js';

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2019, 5, 12, 12)), timezone: 0 };
const OPTIONS = { forwardDate: false };

/** Everything chrono says of a text: where, what, and every tag and value (known or implied) of both ends. */
function reading(reader: chrono.Chrono, text: string): string[] {
  return reader.parse(text, REFERENCE, OPTIONS).map((r) => `${r.index} ${JSON.stringify(r.text)} ${String(r.start)} ${String(r.end ?? '')}`);
}

describe('the guards of chrono’s parsers', () => {
  it('were read off the patterns of this chrono-node: another version needs them read again', () => {
    // Each guard word stands outside any optional part of its parser's pattern, as read in 2.10.3;
    // the test below checks only that the word is still in the pattern's text.
    const manifest = new URL('../../node_modules/chrono-node/package.json', import.meta.url); // not in the package's exports
    expect(JSON.parse(readFileSync(manifest, 'utf8')).version, 're-read every guarded pattern in src/analyze/dates/chrono-parsers.ts, then update this version').toBe('2.10.3');
  });
  it('name parsers of chrono.casual, by words their patterns require', () => {
    const context = new chrono.ParsingContext('', REFERENCE, OPTIONS);
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const [name, guard] of Object.entries(GUARDS)) {
      expect(names, name).toContain(name);
      const source = chrono.casual.parsers.find((p) => p.constructor.name === name)!.pattern(context).source;
      for (const fragment of guard.holds) expect(source, name).toContain(fragment);
      expect(guard.needs.flags.replace('i', ''), name).toBe(''); // no u flag: case folds as in chrono's patterns
    }
  });
  it('let through every word they stand for', () => {
    const words: Record<string, string[]> = {
      ENWeekdayParser: ['Thurs.', 'WED', 'weekend', 'Weekday'],
      ENMonthNameParser: ['Sept.', 'MAY', 'december'],
      ENCasualDateParser: ['TMRW', 'last  night', 'Now'],
      ENCasualTimeParser: ['Afternoon', 'MIDNIGHT'],
      ENTimeUnitLaterFormatParser: ['From now', 'OUT'],
    };
    for (const [name, list] of Object.entries(words)) for (const w of list) expect(GUARDS[name].needs.test(w), `${name} ${w}`).toBe(true);
  });
});

/** Words of news about time, chrono's own vocabulary and words that hold pieces of it ("money", "without"). */
const DATE_WORDS = [
  'January', 'Feb.', 'March', 'Mar', 'April', 'May', 'may', 'June', 'Jul', 'August', 'Sept.', 'Sep', 'October', 'Nov.', 'December', 'DEC',
  'Monday', 'Mon.', 'Tuesday', 'Tues', 'Wed', 'Thursday', 'Thurs.', 'Fri', 'Saturday', 'sat', 'Sunday', 'weekend', 'weekday',
  'now', 'today', 'Tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last night', 'morning', 'afternoon', 'evening', 'night',
  'midnight', 'noon', 'midday', 'end of the month', 'last day of month', 'this', 'last', 'past', 'next', 'after this', 'after', '+', '-', '–',
  'second', 'seconds', 'min', 'minutes', 'hour', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'mo', 'quarter', 'qtr', 'year',
  'years', 'yr', 's', 'm', 'h', 'd', 'w', 'y', 'ago', 'before', 'earlier', 'later', 'from now', 'henceforth', 'forward', 'out',
  'within', 'in', 'for', 'about', 'around', 'roughly', 'just', 'a', 'an', 'the', 'few', 'several', 'half', 'couple', 'of', 'and', 'to',
  'until', 'through', 'till', 'at', 'on', 'from', 'o’clock', "o'clock", 'a.m.', 'p.m.', 'am', 'PM', 'EST', 'GMT', 'UTC+2', 'BC', 'AD',
  'one', 'two', 'three', 'twelve', 'first', 'twenty-first', 'thirty first', '1st', '23rd', '5', '12', '31', '45', '2019', '1999', '19',
  '10:35', '9.30', '12:00:01', '3/4', '6/2019', '12/3/2019', '2019-06-10', '2019-06-10T10:35Z', '2019 06 10', '4.15pm', '2016.',
];
const OTHER_WORDS = [
  'market', 'money', 'monitor', 'satisfy', 'without', 'about', 'Wednesdays', 'mayor', 'nightly', 'snow', 'know', 'tomato', 'Agog',
  'police', 'said', 'the', 'U.S.', 'company', 'was', 'is', '$', '%', 'é', 'ſ', '\u212a', 'Ago\u0301', '_', '(', ')', '.', ',', ';', ':', '"', '“',
];
const SPACES = [' ', ' ', ' ', '', '  ', '\n', ', ', '. ', ' - '];

function texts(words: readonly string[], maxLength: number) {
  return fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...SPACES)), { minLength: 0, maxLength })
    .map((parts) => parts.map(([word, space]) => word + space).join(''));
}

/** Dates next to each other, ranges and times ("Monday, June 3 to 5 at 10 a.m."), text between them or none. */
const dated = texts([...DATE_WORDS, ...DATE_WORDS, ...OTHER_WORDS], 24);
/** Text that holds no date but pieces of chrono's words. */
const undated = texts(OTHER_WORDS, 40);
/** Long texts: the same, hundreds of words. */
const long = fc.array(fc.oneof(dated, undated), { minLength: 5, maxLength: 30 }).map((parts) => parts.join(' '));

describe('chrono with its parsers guarded reads what chrono.casual reads', () => {
  it('on texts with dates next to each other, ranges and times', () => {
    fc.assert(fc.property(dated, (text) => {
        expect(reading(casualChrono, text)).toEqual(reading(chrono.casual, text));
      }), { numRuns: 4000 });
  });
  it('on texts without dates and on long texts', () => {
    fc.assert(fc.property(fc.oneof(undated, long), (text) => {
        expect(reading(casualChrono, text)).toEqual(reading(chrono.casual, text));
      }), { numRuns: 300 });
  });
  it('on texts that lack the word of one parser only', () => {
    for (const text of [
      'It rained 3 days before the match, and 2 weeks later.',
      'It rained 3 days ago.',
      'Three days later, on Monday, June 3 at 10 a.m. EST, until Friday.',
      'Within 2 hours, this morning, the end of the month, last night, tmrw.',
      'On 5/2019 and 12/3/2019 and 2019-06-10T10:35Z, next week, +2 days, - 3 years.',
    ]) {
      expect(reading(casualChrono, text), text).toEqual(reading(chrono.casual, text));
    }
  });
});
