import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daysBetween, formatDay, formatMonth, formatTime, formatYear, type Day } from './calendar.js';
import type { Meaning, Shift, TimeOfDay } from './meaning.js';
import { FIGURATIVE_DAY_BEFORE, isNamedDay, MONTHS, PARTS_OF_DAY, WEEKDAYS } from './vocabulary.js';
import { sentenceRuns, type Extent } from '../spans.js';
import { casualChrono } from './chrono-parsers.js';

/**
 * chrono-node finds the calendar dates and clock times ("Aug. 7", "7 August 2019",
 * "Wednesday, March 6", "10:35 a.m. Friday", "Monday night"). We keep its extents and what
 * it is certain of, and leave the anchoring to `resolve` (chrono resolves weekdays forward
 * and bare months to the reference year, where news means the past or follows tense).
 */
export interface ChronoMatch {
  start: number;
  end: number;
  meaning: Meaning;
}

/** Prepositions chrono takes into its extent and TimeML leaves out. */
const LEADING_PREPOSITIONS =
  /^(?:(?:on|in|at|by|for|since|until|till|from|during|after|before|within|of|around|about|just|only|nearly|almost|some|over|roughly|more than|less than)\s+)+/i;
/** "three days later", "a month after": counted from the story's time; the duration rule reads them. */
const TRAILING_RELATION = /\s+(?:later|after|before)$/i;
/** "the end of November": the month is what is named; the modifier is added back to the extent. */
const COARSE_PREFIX = /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+/i;
const TRAILING = /[\s,;:]+$/;
const SENTENCE_END =
  /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[ap]\.m|St|Mr|Dr))[.!?;](?=\s+["“‘']?[A-Z])/;
const NAME_WORDS = new RegExp(`\\b(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].join('|')})\\b`, 'gi');
const HAS_NAME_WORD = new RegExp(NAME_WORDS.source, 'i');
const BARE_ABBREVIATION = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const PART_OF_DAY = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i;
const SHIFT_WORD = /\b(last|past|previous|this|next|coming)\b/i;
/** Context that makes a capitalised "May" a month rather than a modal verb or a surname. */
const MAY_CONTEXT = /(?:\b(?:in|of|since|until|by|during|early|late|mid|from|to|through|before|after|between|and|or|last|this|next)\s+|-)$/i;

/**
 * chrono's casual reader (its parsers skipped on texts that cannot hold their matches: the same results).
 * Its own reading of a weekday ("on Monday") resolves forward; we only keep its extent.
 */
const parser = casualChrono;

function shiftIn(text: string): Shift {
  const m = SHIFT_WORD.exec(text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return w === 'this' ? 0 : w === 'next' || w === 'coming' ? 1 : -1;
}

/** A game's clock, not the time of day: "with 4:43 left in the first half", "2:10 remaining". */
const GAME_CLOCK_AFTER = /^\s+(?:left|remaining|to play|to go)\b/i;

/** A clock time alone must look like one: "10:35", "3 p.m.", "noon"; not "$2 a share" read as 2 a.m. */
const CLOCK = /\d{1,2}:\d{2}|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b/i;

function timeOf(c: ParsedComponents, text: string): TimeOfDay | undefined {
  const part = PART_OF_DAY.exec(text);
  const clock = /\d|\bnoon\b|\bmidnight\b/i.test(text); // not the "noon" of "afternoon"
  if (part && !clock) return { part: PARTS_OF_DAY[part[1].toLowerCase()] };
  if (c.isCertain('hour') && CLOCK.test(text)) return { hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
  return undefined;
}

/** A relative result ("the day before yesterday", "a week earlier") as an offset from the reference. */
function offsetMeaning(c: ParsedComponents, text: string, reference: Day, time: TimeOfDay | undefined): Meaning | null {
  const target: Day = { year: c.get('year') ?? reference.year, month: c.get('month') ?? reference.month, day: c.get('day') ?? reference.day };
  const days = daysBetween(reference, target);
  if (/\bweeks?\b/i.test(text)) return { kind: 'offset', unit: 'week', offset: Math.round(days / 7) };
  if (/\bmonths?\b/i.test(text)) {
    return { kind: 'offset', unit: 'month', offset: (target.year - reference.year) * 12 + target.month - reference.month };
  }
  if (/\byears?\b/i.test(text)) return { kind: 'offset', unit: 'year', offset: target.year - reference.year };
  if (!c.isCertain('day')) return null;
  return { kind: 'offset', unit: 'day', offset: days, ...(time ? { time } : {}) };
}

/**
 * Words alone, no digit and no month or weekday name: an expression relative to the reference,
 * whether chrono tagged it so ("yesterday", "last week") or not ("this year" comes back certain
 * of the year but untagged).
 */
function isRelative(text: string): boolean {
  return !/\d/.test(text) && !HAS_NAME_WORD.test(text);
}

const MONTH_NAME = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\b`, 'i');

/**
 * Whether chrono counted the date from its reference rather than read it in the text, whatever
 * else the text holds: a clock time ("6:41 last night", "1 p.m. today"), a number ("10 minutes
 * earlier") or a weekday ("one day after Wednesday"). Its day, month and year are then "certain"
 * only because the reference gave them. A month or a year in the text ("09:30 this morning
 * (Tuesday 16 August 2011") is read from it.
 */
function countedFromReference(result: ParsedResult, text: string): boolean {
  if (MONTH_NAME.test(text) || /\b\d{4}\b/.test(text)) return false;
  return [...result.start.tags()].some((t) => t.startsWith('casualReference') || t.startsWith('result/relativeDate') || t === 'parser/ENCasualDateParser');
}

/**
 * `reference` is the day chrono resolved relative expressions against; `anchored`, whether it is
 * the report's own. A calendar value chrono counted from no publication date would be invented:
 * the expression is kept, as a day counted from an anchor the report does not give (no value).
 */
function toMeaning(result: ParsedResult, text: string, reference: Day, anchored: boolean, coarse = false): Meaning | null {
  const time = timeOf(result.start, text);
  const meaning = readMeaning(result, text, reference, time, coarse);
  if (anchored || meaning?.kind !== 'value' || !countedFromReference(result, text)) return meaning;
  return { kind: 'offset', unit: 'day', offset: 0, ...(time ? { time } : {}) };
}

/** chrono's result as a meaning; `time` is its clock time or part of day, read once by the caller. */
function readMeaning(result: ParsedResult, text: string, reference: Day, time: TimeOfDay | undefined, coarse: boolean): Meaning | null {
  const c = result.start;
  if (isRelative(text)) return offsetMeaning(c, text, reference, time);
  const certain = (k: Parameters<ParsedComponents['isCertain']>[0]) => c.isCertain(k);
  const timed = (day: Day) =>
    time ? ('part' in time ? `${formatDay(day)}T${time.part}` : formatTime(day, time.hour, time.minute)) : formatDay(day);
  if (certain('day') && certain('month') && !coarse) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (certain('year')) return { kind: 'value', type: time ? 'TIME' : 'DATE', value: timed({ year: c.get('year')!, month, day }) };
    return { kind: 'month', month, day, shift: null, ...(time ? { time } : {}) };
  }
  if (certain('weekday')) return { kind: 'weekday', weekday: c.get('weekday')!, shift: shiftIn(text), ...(time ? { time } : {}) };
  if (certain('month')) {
    if (certain('year')) return { kind: 'value', type: 'DATE', value: formatMonth(c.get('year')!, c.get('month')!) };
    return { kind: 'month', month: c.get('month')!, day: null, shift: shiftIn(text) };
  }
  if (certain('year')) return { kind: 'value', type: 'DATE', value: formatYear(c.get('year')!) };
  if (time) return { kind: 'time', time };
  return null;
}

/** Names of months and weekdays must be capitalised ("they will march" is no date). */
function namesAreCapitalised(text: string): boolean {
  const names = text.match(NAME_WORDS) ?? [];
  return names.every((n) => /^[A-Z]/.test(n));
}


function keep(result: ParsedResult, text: string, body: string, start: number): boolean {
  if (!text || BARE_ABBREVIATION.test(text) || /^(?:the\s+)?[A-Z]{2,5}$/.test(text)) return false; // "the SEC" is no second
  const c = result.start;
  const dated = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year');
  if (!dated && c.isCertain('hour') && !CLOCK.test(text)) return false;
  if (!dated && GAME_CLOCK_AFTER.test(body.slice(start + text.length, start + text.length + 12))) return false;
  // A fraction of a second makes minutes and seconds of a race: "won the 1,500m in 3:58.22".
  if (!dated && /^[.,]\d/.test(body.slice(start + text.length, start + text.length + 2))) return false;
  if (/(?:^|[^\d])\$\s*$|[$£€]$/.test(body.slice(Math.max(0, start - 2), start))) return false;
  if (/^(?:morning|afternoon|evening|night|noon|midnight)$/i.test(text)) return false;
  if (/^last[\s-]minute$/i.test(text)) return false; // "last-minute changes", "at the last minute": no time
  // "the day", "that week": anaphoric, chrono's guess at them is no better than none.
  if (/^(?:the|that)\s+(?:days?|weeks?|months?|years?)$/i.test(text)) return false;
  if (/^(?:today|tomorrow)$/i.test(text) && FIGURATIVE_DAY_BEFORE.test(body.slice(Math.max(0, start - 12), start))) return false;
  if (isNamedDay(body, start, text)) return false;
  if (/^(?:a|one)\s+second$/i.test(text)) return false; // "a second half", "one second": no point in time
  // chrono reads "-eight years" as eight years ago; news writes a dash there ("Teixeira--eight years, $160 million").
  if (/^[-+–—]/.test(text)) return false;
  if (!namesAreCapitalised(text)) return false;
  if (/^May$/.test(text) && !MAY_CONTEXT.test(body.slice(Math.max(0, start - 12), start))) return false;
  return true;
}

function trimmed(result: ParsedResult, offset: number): { text: string; start: number; coarse: boolean } {
  let text = result.text;
  let start = result.index + offset;
  let coarse = false;
  // chrono may take the punctuation before a preposition (", on Monday").
  const punctuation = /^[\s,;:]+/.exec(text);
  if (punctuation) {
    text = text.slice(punctuation[0].length);
    start += punctuation[0].length;
  }
  for (const prefix of [LEADING_PREPOSITIONS, COARSE_PREFIX]) {
    const lead = prefix.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      start += lead[0].length;
      coarse ||= prefix === COARSE_PREFIX;
    }
  }
  text = text.replace(TRAILING_RELATION, '');
  // chrono may join expressions across a sentence end ("last year. This quarter"): keep the first.
  const boundary = SENTENCE_END.exec(text);
  if (boundary) text = text.slice(0, boundary.index);
  // A number before the date is no clock time: "fell 6.43, on Friday".
  const number = /^\d+(?:\.\d+)?,\s+(?:on\s+)?(?=\D)/.exec(text);
  if (number) {
    text = text.slice(number[0].length);
    start += number[0].length;
  }
  text = text.replace(TRAILING, '');
  if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1).replace(TRAILING, '');
  return { text, start, coarse };
}

/**
 * Numbers chrono takes for an hour or a year that belong to the words around the date: one after a comma
 * starts a new phrase ("By Monday evening, 23 container ships", "in December, 64 percent"), and chrono may
 * start inside a number ("22 on Sunday" of "won in 3:58.22 on Sunday"). They are left out of the text.
 */
function withoutNumbers(text: string, body: string, start: number): { text: string; start: number } {
  // Not the hour of a clock written with a dot: "Nov 12, 2011, 05.51AM IST".
  const clock = /^[.:]\d/.test(body.slice(start + text.length, start + text.length + 2));
  const out = clock ? text : text.replace(/,\s*\d{1,2}$/, '');
  if (!/\d[.:,]$/.test(body.slice(Math.max(0, start - 2), start))) return { text: out, start };
  const digits = /^\d+\s*(?:(?:on|at)\s+)?/.exec(out);
  return digits ? { text: out.slice(digits[0].length), start: start + digits[0].length } : { text: out, start };
}

/** chrono's reading of `text` alone, if it reads all of it as one expression. */
function reparsed(text: string, reference: chrono.ParsingReference): ParsedResult | null {
  const result = text ? parser.parse(text, reference, { forwardDate: false })[0] : undefined;
  return result && result.index === 0 && result.text === text ? result : null;
}

/** chrono may stop inside "p.m." ("9 p"): take the rest of the abbreviation from the body. */
function completeMeridiem(text: string, body: string, start: number): string {
  if (!/\d\s*[ap]\.?$/i.test(text)) return text;
  const rest = /^\.?m\.?/i.exec(body.slice(start + text.length));
  return rest ? text + rest[0] : text;
}

/** Without a publication date chrono still needs some reference; relative results then resolve to null. */
const NO_ANCHOR: Day = { year: 2000, month: 1, day: 1 };

function toReference(day: Day): chrono.ParsingReference {
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

/** A range "October 9 to November 9" is two expressions in TimeML: split it where chrono reads both halves. */
function splitRange(result: ParsedResult, text: string, start: number, reference: chrono.ParsingReference): { text: string; start: number; result: ParsedResult }[] {
  const separator = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/i.exec(text);
  if (!separator) return [{ text, start, result }];
  const firstText = text.slice(0, separator.index);
  const secondText = text.slice(separator.index + separator[0].length);
  const first = parser.parse(firstText, reference, { forwardDate: false })[0];
  const second = parser.parse(secondText, reference, { forwardDate: false })[0];
  if (!first || !second || first.text !== firstText || second.text !== secondText) return [{ text, start, result }];
  return [
    { text: firstText, start, result: first },
    { text: secondText, start: start + separator.index + separator[0].length, result: second },
  ];
}

/** Texts longer than this go to chrono in pieces (chrono slows down more than linearly on long texts). */
const CHUNK = 8000;

/**
 * The text in pieces of at most about CHUNK characters, cut at paragraph breaks, else at
 * sentence ends, else at a space (a single paragraph that long is no news prose).
 */
export function chunks(text: string, size = CHUNK): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  while (text.length - from > size) {
    const window = text.slice(from, from + size);
    let cut = window.lastIndexOf('\n\n');
    if (cut < size / 4) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    if (cut < size / 4) cut = window.lastIndexOf(' ');
    if (cut < size / 4) cut = size;
    else cut += 1;
    out.push({ text: text.slice(from, from + cut), offset: from });
    from += cut;
  }
  out.push({ text: text.slice(from), offset: from });
  return out;
}

/**
 * Every word one of chrono's English parsers needs (chrono-node's locales/en: month and weekday
 * names and their abbreviations, the casual days and times of day, the time units), or digits
 * shaped like a clock time or a numeric date ("10:35", "3 p.m.", "2019-06-10", "6/2019"). A
 * sentence without any of them holds nothing we keep of chrono's: a bare number is no date to us,
 * and chrono read "16" as the 16th and "80m" as midnight. The shapes of digits share their first
 * `\d`, so that only a digit leads to trying them.
 */
export const CHRONO_WORDS = new RegExp(
  `\\d(?:[:.]\\d\\d|\\s*[ap]\\.?m\\b|\\d{3}-\\d|\\/\\d)|\\b(?:${[
    ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
    'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
    'secs?', 'seconds?', 'mins?', 'minutes?', 'hrs?', 'hours?', 'days?', 'weeks?', 'mos?', 'months?', 'qtr', 'quarters?', 'yrs?', 'years?',
  ].join('|')})\\b`,
  'i',
);

/**
 * The parts of the body chrono has to read: runs of consecutive sentences with a word it
 * needs, each with the text between its sentences. In news about three sentences in ten:
 * chrono's forty patterns are then run over less than a third of the text.
 */
export function chronoPieces(body: string, sentences: readonly Extent[]): { text: string; offset: number }[] {
  return sentenceRuns(body, sentences, CHRONO_WORDS).flatMap((run) => {
    const start = run.start - cutNumber(body, run.start);
    return chunks(body.slice(start, run.end)).map((c) => ({ text: c.text, offset: c.offset + start }));
  });
}

/**
 * How many characters of a number the sentence before `start` took: the sentence splitter may end a
 * sentence inside a British clock time, "at about 4." | "15pm last Thursday".
 */
function cutNumber(body: string, start: number): number {
  if (!/^\d/.test(body.slice(start, start + 1))) return 0;
  return /\d{1,2}\.$/.exec(body.slice(Math.max(0, start - 3), start))?.[0].length ?? 0;
}

/** chrono's dates in the given pieces of the body (all of it by default). */
export function chronoMatches(body: string, anchor: Day | null, pieces = chunks(body)): ChronoMatch[] {
  const referenceDay = anchor ?? NO_ANCHOR;
  const reference = toReference(referenceDay);
  const out: ChronoMatch[] = [];
  for (const chunk of pieces) {
    for (const result of parser.parse(chunk.text, reference, { forwardDate: false })) {
      if (result.start.tags().has('parser/SlashDateFormatParser')) continue; // numeric dates: rules.ts reads them per document
      const { text: untrimmed, start: from, coarse } = trimmed(result, chunk.offset);
      const { text: raw, start } = withoutNumbers(untrimmed, body, from);
      const text = completeMeridiem(raw, body, start);
      // What chrono read in the numbers left out ("December, 64": the year 1964) is read again without them.
      const own = raw === untrimmed ? result : reparsed(text, reference);
      if (!own) continue;
      const parts = own.end ? splitRange(own, text, start, reference) : [{ text, start, result: own }];
      for (const part of parts) {
        if (!keep(part.result, part.text, body, part.start)) continue;
        const meaning = toMeaning(part.result, part.text, referenceDay, anchor !== null, coarse);
        if (meaning) out.push({ start: part.start, end: part.start + part.text.length, meaning });
      }
    }
  }
  return out;
}
