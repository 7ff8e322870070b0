import type { QuantityKind } from '../../types.js';
import { NUMBER, NUMBER_DIGITS, NUMBER_OPENING_WORDS, ORDINAL_START, ORDINAL_WORD_LIST, SCALES, ORDINAL_WORDS, VAGUE_NUMBER, alternation, parseNumber, parseOrdinal, parseVagueNumber, scaled } from './numbers.js';
import { stickyMatches } from '../sticky.js';
import { APPROXIMATORS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_WORDS, GLUED_UNITS, MEASURE_UNITS, METRE_PLURALS, NAMING_WORDS, isSingular } from './vocabulary.js';

/**
 * Finds the numbers of a text and what kind of quantity each is, from the words around it:
 * "nearly 71 percent" (percent), "$2" (money), "the 66-year-old" (age), "almost three
 * decades" (duration), "500 people" (a count, once the tokens confirm the noun), "third
 * term" (ordinal). Who or what each is about is read later, from the tokens.
 */
export interface NumberMention {
  /** Extent of the whole expression: modifier, currency, number and unit words. */
  start: number;
  end: number;
  /** Extent of the number itself. */
  numberStart: number;
  numberEnd: number;
  value: number;
  approximate: boolean;
  /** Known from the surface; "count" and "other" are decided from the tokens later. */
  kind: QuantityKind | null;
  unit: string | null;
  /** Spelled in words ("six") or vague ("hundreds"): such numbers need a noun to count. */
  words: boolean;
  /** The second number of a range or a score written with a hyphen ("12-18 months", "a 9-14 record"). */
  rangeEnd: boolean;
  /**
   * The second number of a score or a tally: a pair that goes down ("a 1-0 defeat", "voted 5
   * to 4", "leads 1,428 to 1,153"), where a range goes up ("12-18 months") and a change has
   * its "from" ("rose from 31 to 12"). It counts nothing alone.
   */
  tally?: boolean;
  /** A race time ("3:58.22"): a duration, whatever the date finder read in its clock-like digits. */
  raceTime?: boolean;
}

const APPROX = `(?:${alternation(APPROXIMATORS)})`;
const CURRENCY = `(?:${alternation(Object.keys(CURRENCY_SYMBOLS))})`;
const NUMBER_WITH_FRACTION = `(?:${NUMBER})(?:\\s+1/2|\\s+and\\s+a\\s+half)?`;

/**
 * A number, possibly with an approximating word before it and a currency mark. Sticky: tried
 * only where `numberStarts` says a match may begin (see there).
 */
export const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,/$€£¥₽₹₸₴]|\\p{L}-)(?:(?<approx>${APPROX})\\s+)?(?:(?<currency>${CURRENCY})\\s?)?(?<number>${VAGUE_NUMBER}|${NUMBER_WITH_FRACTION})(?:(?<=\\d)(?:(?<scale>\\s?(?:bn|mn|m|k))\\b|(?<glued>${alternation(Object.keys(GLUED_UNITS))})(?![\\p{L}\\d])))?(?![\\p{L}\\d]|[.,]\\d)`,
  'iuy',
);
/** An ordinal ("third", "21st"); sticky as QUANTITY. */
export const ORDINAL = new RegExp(`${ORDINAL_START}(?<![\\p{L}\\d])(?<ordinal>\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})(?![\\p{L}\\d-])`, 'iuy');

/**
 * The lower-case ASCII letter a code unit reads as under the i and u flags, or -1: the ASCII
 * letters, "ſ" (long s, folded to "s") and the Kelvin sign (folded to "k"); no other character
 * of Unicode folds to an ASCII letter (checked over every code point with V8's /x/iu).
 */
function foldedLetter(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code | 0x20;
  return code === 0x17f ? 115 : code === 0x212a ? 107 : -1;
}

/** Words compared where they stand in a text, letter by letter as the i and u flags compare them. */
class FoldedWords {
  /** The words by their first letter and length: (letter - 97) * 32 + length. */
  private readonly byKey = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const key = (word.charCodeAt(0) - 97) * 32 + word.length;
      const list = this.byKey.get(key);
      if (list) list.includes(word) || list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  /** Whether text[from, to) (code units that all fold to ASCII letters) is one of the words. */
  has(text: string, from: number, to: number): boolean {
    if (to - from >= 32) return false;
    const list = this.byKey.get((foldedLetter(text.charCodeAt(from)) - 97) * 32 + to - from);
    if (!list) return false;
    for (const word of list) {
      let k = 1;
      while (k < word.length && foldedLetter(text.charCodeAt(from + k)) === word.charCodeAt(k)) k++;
      if (k === word.length) return true;
    }
    return false;
  }
}

/** The letters each match of QUANTITY that begins with a letter begins with, up to its first other character ("approx" of "approx.", "us" of "US$"). */
const QUANTITY_WORDS = new FoldedWords(
  [...APPROXIMATORS, ...Object.keys(CURRENCY_SYMBOLS), ...NUMBER_OPENING_WORDS].map((w) => /^[a-z]*/i.exec(w)![0].toLowerCase()).filter(Boolean),
);
const ORDINAL_OPENINGS = new FoldedWords(ORDINAL_WORD_LIST);
/** The currency marks that are no letters ("$", "€"), by code unit. */
const CURRENCY_MARKS = new Set(Object.keys(CURRENCY_SYMBOLS).map((m) => m.charCodeAt(m.length - 1)));
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Where a match of QUANTITY or ORDINAL may begin, in one pass over the text: a digit after no
 * digit, a currency mark, or a word (its letters as the i flag folds them) that begins a match:
 * an approximator's, a currency's ("US" of "US$"), a number's or an ordinal's. A match cannot
 * begin elsewhere: both patterns refuse a letter or a digit before them, and each of their words
 * is followed by a space, a hyphen, a period, a "$" or no letter. Trying the sticky patterns
 * there, each from the end of the last match on, finds exactly what a global search finds; the
 * global search tried every character, and cost more than the rest of reading the numbers.
 */
export function numberStarts(text: string): { quantities: number[]; ordinals: number[] } {
  const quantities: number[] = [];
  const ordinals: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      quantities.push(i);
      ordinals.push(i);
      while (++i < n && isDigit(text.charCodeAt(i)));
    } else if (foldedLetter(code) >= 0) {
      let end = i + 1;
      while (end < n && foldedLetter(text.charCodeAt(end)) >= 0) end++;
      if (QUANTITY_WORDS.has(text, i, end)) quantities.push(i);
      if (ORDINAL_OPENINGS.has(text, i, end)) ordinals.push(i);
      i = end;
    } else {
      if (CURRENCY_MARKS.has(code)) quantities.push(i);
      i++;
    }
  }
  return { quantities, ordinals };
}

/**
 * The matches of a global pattern in `text`, as `text.matchAll(pattern)` gives them, read with
 * the pattern itself. matchAll reads with a copy, which V8 compiles again whenever a garbage
 * collection has emptied its cache of compiled patterns: ~2 ms for ORDINAL or QUANTITY, more
 * than reading a whole report with them. `lastIndex` is set before each step, so that a caller
 * using the same pattern between two steps does not move this reading.
 */
function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  for (let at = 0; at <= text.length; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) return;
    // An empty match moves on by one character, as matchAll does (none of these patterns matches empty).
    at = m[0] === '' ? m.index + (pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1) : pattern.lastIndex;
    yield m;
  }
}

const SCALE_SUFFIX: Record<string, number> = { bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

const PERCENT_AFTER = /^\s*(?<unit>%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\s+percent\b)/i;
const AGE_AFTER = /^(?:-|\s)(?<unit>year|month|week)s?(?:-|\s)old\b/i;
const DURATION_AFTER = new RegExp(`^(?:\\s+|-)(?<unit>${Object.keys(DURATION_WORDS).join('|')}|centuries)(?:s)?\\b(?!-old)`, 'i');
/** "500 dollars", and after a vague number "millions of dollars". */
const CURRENCY_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?<unit>${alternation(Object.keys(CURRENCY_WORDS))})\\b`, 'i');
const MEASURE_AFTER = new RegExp(`^(?:\\s+|-)(?<unit>${alternation(Object.keys(MEASURE_UNITS))})(?![\\p{L}])`, 'iu');
/**
 * Money before a number in its sentence ("£40m, up from 35m", "worth 2m"): an "m" after it is
 * millions. Not "won" ("She won the 400m") nor "cent" ("per cent"): words more often than money.
 */
const MONEY_WORDS = Object.keys(CURRENCY_WORDS).filter((w) => w !== 'won' && w !== 'cent');
const MONEY_BEFORE = new RegExp(`(?:${CURRENCY}|\\b(?:${alternation(MONEY_WORDS)}|worth|cost|costs|costing|valued|priced|budget)\\b)`, 'iu');
/** Words ending in "s" that are no plural nouns ("fell 80m as the ice gave way"). */
const NOT_PLURAL = /^(?:as|is|was|has|does|its|this|his|hers|ours|yours|theirs|thus|plus|minus|less|unless|always|perhaps|towards|afterwards|besides|whereas|sometimes)$/i;

/**
 * Whether "400m" is 400 metres rather than 400 million: with no currency, it is millions only
 * when money is spoken of before it in its sentence or when a plural noun follows ("2m users",
 * "67m people", but "the 400m hurdles", the races of METRE_PLURALS); else it is a distance
 * ("fell 600m", "within 80m of", "the 200m final", "the 1,500m."). On the analysis snapshot
 * all 6 such numbers were distances; "2m Windows users" stays millions.
 */
function isMetres(text: string, start: number, end: number): boolean {
  const next = /^[\s-]*(\p{L}+(?:-\p{L}+)?)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  if (next && CURRENCY_AFTER.test(` ${next}`)) return false;
  if (next.length > 2 && !NOT_PLURAL.test(next) && !isSingular(next) && !METRE_PLURALS.has(next.toLowerCase())) return false;
  // A sentence ends before a capital: "£1. 7m" (a decimal some corpora split) is one sentence.
  const sentence = text.slice(Math.max(0, start - 120), start).split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? '';
  return !MONEY_BEFORE.test(sentence);
}

/** A report about the weather: "44.8C" and "104F" are temperatures there, and only there ("seat 14C", "flat 4F"). */
const WEATHER = /\b(?:temperatures?|degrees|heat|heatwaves?|heatstroke|weather|forecasters?|celsius|fahrenheit|thermometers?|mercury|hottest|coldest|warmest|freezing|frost)\b/i;

/** A glued unit ("48km", "44.8C"), or null where the letters are no unit (a lower-case "c", a "C" outside weather). */
function gluedUnit(glued: string, value: number, isWeather: () => boolean): string | null {
  const unit = GLUED_UNITS[glued.toLowerCase()];
  if (/^[cfCF]$/.test(glued)) {
    if (glued === 'c' || glued === 'f' || !isWeather()) return null;
    if (value > (glued === 'C' ? 60 : 140)) return null;
  }
  return unit;
}

/** A minus sign before a temperature ("-3C", "minus 15 degrees Celsius"): its length, or 0. */
function minusBefore(text: string, numberStart: number): number {
  const m = /(?:^|[\s(])([-−]|minus\s+)$/i.exec(text.slice(Math.max(0, numberStart - 10), numberStart));
  return m ? m[1].length : 0;
}

/** The first number of a range or score ("12-18 months", "2-1") is not a quantity of its own. */
const RANGE_AFTER = /^\s*(?:-|–|to)\s*\d/;
/** The second one is, but only as an approximate one. */
const RANGE_BEFORE = /\d\s*(?:-|–|to)\s*$/;
/** The rest of a sum of money given as a range: "$140-150 million", "$3 to $4 billion", "€2m-€3m". */
const MONEY_RANGE_AFTER = new RegExp(
  `^\\s*(?:-|–|to)\\s*(?:${CURRENCY}\\s?)?(?:${NUMBER_DIGITS})(?:\\s+(?<word>thousand|million|billion|trillion)\\b|\\s?(?<suffix>bn|mn|m|k)\\b)?`,
  'iu',
);

/** The second year of a span of years ("the 2007-08 season", "2015/16"): part of a date, no quantity. */
const YEAR_SPAN_BEFORE = /\b\d{4}[-–/]$/;
const HYPHEN_BEFORE = /\d[-–]$/;
/** A number that names rather than counts: "the No. 4 train", "the number 2 man", "#3". */
const LABEL_BEFORE = /(?:\b[Nn]o\.|\bnumber|#)\s*$/;
/** A maker's or a label's word right before a number: "Boeing 737", "Fortune 500", "Flight 370" (NAMING_WORDS). */
const NAMING_BEFORE = new RegExp(`(?<![\\p{L}\\d&])(?:${alternation(NAMING_WORDS)})[ \\u00a0-]$`, 'u');
/** The first number of a pair ending right before the second: "737-" in "737-800", "5 to " in "5 to 4". */
const PAIR_BEFORE = /(?<![\d.,])(?<first>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?<separator>-|–|\bto)\s*$/;

/**
 * A model or a label: a number after a naming word ("Boeing 737", "Windows 10"), or the second
 * half of one ("Boeing 737-800", "ATR 72-500", "A320-200": the part before the hyphen glued to
 * letters or named). Not a count of the noun after it ("an ATR 72-500 turboprop").
 */
function isNamed(text: string, numberStart: number): boolean {
  const before = text.slice(Math.max(0, numberStart - 30), numberStart);
  if (NAMING_BEFORE.test(before)) return true;
  const pair = /(?<![\d.,])\d+[-–]$/.exec(before);
  if (!pair) return false;
  const head = before.slice(0, pair.index);
  return /\p{L}$/u.test(head) || NAMING_BEFORE.test(head);
}

/** Whether the number at `numberStart`, of value `value`, ends a score or a tally (see `NumberMention.tally`). */
function endsTally(text: string, numberStart: number, value: number): boolean {
  const before = text.slice(Math.max(0, numberStart - 100), numberStart);
  const pair = PAIR_BEFORE.exec(before);
  if (!pair?.groups) return false;
  const first = Number(pair.groups.first.replace(/,/g, ''));
  if (value > first) return false; // a range ("12-18 months", "10 to 15 counties")
  // "fell from 31 to 12", "from 400 in 2008 to 60": a change, its new value; looked for back to the clause's start.
  const clause = before.slice(0, pair.index).split(/[.;:!?]\s/).pop() ?? '';
  return !/\b(?:from|between)\b/i.test(clause);
}
/** Digits on either side of a slash: a date ("9/11", "6/2019") or a score, never a count. */
const SLASHED = /^(?:\d\/\d|\D\d+\/\d)/;
/** Numbers in set phrases that count nothing: "at one point", "at one time", a "zero-day" flaw. */
const IDIOM = /^(?:one\s+(?:point|time|stage)\b|zero[- ]day\b(?!s))/i;
const AT_BEFORE = /\bat\s+$/i;
/** Either number of a clock ("with 7:54 to play", "11:30"): never a count. */
function inClock(text: string, start: number, end: number): boolean {
  return /\d:$/.test(text.slice(Math.max(0, start - 2), start)) || /^:\d\d/.test(text.slice(end, end + 3));
}
/**
 * An earthquake's magnitude: up to 10, one or two decimals, also as some corpora split them
 * ("5. 9"). Its cue is "magnitude" before it ("magnitude 7.1", "magnitude-5.9", "a magnitude of
 * 6.0", "put the magnitude at 6.0", "magnitude was revised to 6.2") or after it ("a 7.1-magnitude
 * quake", "5.6 magnitude"), or the Richter scale ("measured 6.0 on the Richter scale").
 */
const MAGNITUDE_VALUE = `(?<![\\d.,])(?<number>10|\\d)(?<decimals>\\.\\d{1,2}|\\.\\s\\d)?(?!\\d|[.,]\\d)`;
const MAGNITUDE = new RegExp(
  [
    `\\bmagnitudes?(?:\\s+(?:of|at|was|is|to|reached|measured|measuring|estimated\\s+at|(?:revised|upgraded|downgraded)(?:\\s+(?:up|down))?\\s+to))?[\\s-]+(?:(?<approx>${APPROX})\\s+)?${MAGNITUDE_VALUE}`,
    `(?:(?<approxAfter>${APPROX})\\s+)?${MAGNITUDE_VALUE.replace(/number>/, 'numberAfter>').replace(/decimals>/, 'decimalsAfter>')}(?:\\s?-\\s?|\\s)magnitude\\b`,
    `(?:(?<approxRichter>${APPROX})\\s+)?${MAGNITUDE_VALUE.replace(/number>/, 'numberRichter>').replace(/decimals>/, 'decimalsRichter>')}\\s+(?:on|in)\\s+the\\s+(?:open-ended\\s+)?Richter\\b(?:\\s+scale\\b)?`,
  ].join('|'),
  'giu',
);

/**
 * The words every magnitude's cue holds, with MAGNITUDE's flags: a text without them (most)
 * has none, and is not read by MAGNITUDE, which tries its three readings at every position.
 */
const MAGNITUDE_CUE = /magnitude|richter/iu;

/** The magnitudes of earthquakes in `text`, read whole (see MAGNITUDE). */
function detectMagnitudes(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  if (!MAGNITUDE_CUE.test(text)) return found;
  for (const m of matchesOf(MAGNITUDE, text)) {
    const g = m.groups!;
    const whole = g.number ?? g.numberAfter ?? g.numberRichter;
    const decimals = g.decimals ?? g.decimalsAfter ?? g.decimalsRichter ?? '';
    const approx = g.approx ?? g.approxAfter ?? g.approxRichter;
    const value = Number(`${whole}${decimals.replace(/\s/g, '')}`);
    if (!(value > 0 && value <= 10)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const cueFirst = g.number !== undefined;
    // The quantity's text: the number (and its approximator), and the cue when it follows ("7.1-magnitude").
    const numberStart = cueFirst ? end - whole.length - decimals.length : start + m[0].indexOf(whole, approx?.length ?? 0);
    const numberEnd = numberStart + whole.length + decimals.length;
    const from = cueFirst && approx ? start + m[0].lastIndexOf(approx, numberStart - start) : cueFirst ? numberStart : start;
    found.push({
      start: from,
      end: cueFirst ? numberEnd : end,
      numberStart,
      numberEnd,
      value,
      approximate: Boolean(approx),
      kind: 'measure',
      unit: 'magnitude',
      words: false,
      rangeEnd: false,
    });
  }
  return found;
}

/**
 * A race time: minutes, seconds and their fraction ("26:31.40", "3:58.22"), or hours before
 * them ("2:03:36.5"). The fraction tells it from a clock ("11:30"); without one ("2:03:36") it
 * may be either and is left.
 */
const RACE_TIME = /(?<![\d:.,])(?:(?<hours>\d{1,2}):)?(?<minutes>\d{1,2}):(?<seconds>[0-5]\d\.\d{1,3})(?![\d:]|\.\d)/g;

function detectRaceTimes(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of matchesOf(RACE_TIME, text)) {
    const g = m.groups!;
    const value = Number((Number(g.hours ?? 0) * 3600 + Number(g.minutes) * 60 + Number(g.seconds)).toPrecision(15));
    const start = m.index ?? 0;
    const end = start + m[0].length;
    found.push({ start, end, numberStart: start, numberEnd: end, value, approximate: false, kind: 'duration', unit: 'seconds', words: false, rangeEnd: false, raceTime: true });
  }
  return found;
}

/** How many of the smaller unit make one of the larger: "1 minute 34.486 seconds" is 94.486 seconds. */
const SMALLER_UNITS: Record<string, Record<string, number>> = {
  years: { months: 12 },
  weeks: { days: 7 },
  days: { hours: 24 },
  hours: { minutes: 60, seconds: 3600 },
  minutes: { seconds: 60 },
};

/**
 * One duration written in two units ("1 minute 34.486 seconds", "two hours and 51 minutes"):
 * one mention, in the smaller unit. `found` sorted by start.
 */
function mergeDurations(text: string, found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of found) {
    const last = out[out.length - 1];
    const factor = last?.kind === 'duration' && n.kind === 'duration' && !n.approximate ? SMALLER_UNITS[last.unit ?? '']?.[n.unit ?? ''] : undefined;
    if (factor && /^\s*(?:,\s*|and\s+)?$/.test(text.slice(last.end, n.start))) {
      out[out.length - 1] = { ...last, end: n.end, numberEnd: n.numberEnd, unit: n.unit, value: Number((last.value * factor + n.value).toPrecision(15)) };
    } else out.push(n);
  }
  return out;
}

/** "half" right before "a million", "a dozen". */
const HALF_BEFORE = /(?<![\p{L}-])half\s+$/iu;

/** Clock times the date finder missed ("7 p. m."). */
const CLOCK_AFTER = /^\s*(?:[ap]\.?\s?m\.?|o'clock)(?![a-z])/i;

function numberValue(text: string): { value: number; vague: boolean } | null {
  const vague = parseVagueNumber(text);
  if (vague !== null) return { value: vague, vague: true };
  const half = /^(.*?)\s+(?:1\/2|and a half)$/i.exec(text);
  const whole = parseNumber(half ? half[1] : text);
  if (whole === null) return null;
  return { value: whole + (half ? 0.5 : 0), vague: false };
}

/**
 * "won" after a number is Korea's currency only after a large amount ("500 billion won",
 * "10,000 won"): "NSC 19 won" is the verb.
 */
const isWonAmount = (number: string) => /^\d/.test(number) && /[,\p{L}]/u.test(number);

/** Classifies a number (its text `number`) by the words right after it (and a currency mark before it). */
function classify(after: string, currency: string | undefined, number: string): { kind: QuantityKind; unit: string; length: number } | null {
  if (currency) {
    const words = CURRENCY_AFTER.exec(after); // "$5 US dollars" is still dollars
    return { kind: 'money', unit: CURRENCY_SYMBOLS[currency], length: words ? words[0].length : 0 };
  }
  const tests: [RegExp, (unit: string) => { kind: QuantityKind; unit: string }][] = [
    [PERCENT_AFTER, (u) => ({ kind: 'percent', unit: /point/i.test(u) ? 'percentage points' : 'percent' })],
    [AGE_AFTER, (u) => ({ kind: 'age', unit: `${u.toLowerCase()}s` })],
    [DURATION_AFTER, (u) => ({ kind: 'duration', unit: DURATION_WORDS[u.toLowerCase() === 'centuries' ? 'century' : u.toLowerCase()].unit })],
    [CURRENCY_AFTER, (u) => ({ kind: 'money', unit: CURRENCY_WORDS[u.toLowerCase()] })],
    [MEASURE_AFTER, (u) => ({ kind: 'measure', unit: MEASURE_UNITS[u.toLowerCase()] })],
  ];
  for (const [pattern, make] of tests) {
    const m = pattern.exec(after);
    if (pattern === CURRENCY_AFTER && m?.groups?.unit.toLowerCase() === 'won' && !isWonAmount(number)) continue;
    // "ten second-innings wickets", "three week-long strikes": a unit in the singular that begins a
    // compound modifier counts nothing ("12 years-instead of", a dash typed as a hyphen, is a duration).
    if (pattern === DURATION_AFTER && m && /^\s/.test(m[0]) && !/s$/i.test(m[0]) && /^-\p{L}/u.test(after.slice(m[0].length))) continue;
    if (m?.groups?.unit) return { ...make(m.groups.unit), length: m[0].length };
  }
  return null;
}

/** Decades and centuries are reported in years, so that "three decades" and "30 years" meet. */
function durationFactor(unitWord: string): number {
  const w = unitWord.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  return DURATION_WORDS[w]?.factor ?? 1;
}

export function detectNumbers(text: string): NumberMention[] {
  const magnitudes = [...detectMagnitudes(text), ...detectRaceTimes(text)];
  const found: NumberMention[] = [...magnitudes];
  /** Inside a magnitude or a race time, read whole. */
  const inMagnitude = (at: number) => magnitudes.some((q) => q.start <= at && at < q.end);
  let weather: boolean | undefined;
  /** Whether the report is about the weather, read once and only if a unit letter asks. */
  const isWeather = () => (weather ??= WEATHER.test(text));
  let consumed = 0; // the end of a money range read whole: its second number is no quantity of its own
  const starts = numberStarts(text);
  for (const m of stickyMatches(QUANTITY, text, starts.quantities)) {
    const g = m.groups!;
    let start = m.index ?? 0;
    if (start < consumed) continue;
    const numberStart = start + m[0].indexOf(g.number, (g.approx?.length ?? 0) + (g.currency?.length ?? 0));
    const numberEnd = numberStart + g.number.length;
    const end = start + m[0].length;
    if (inMagnitude(numberStart)) continue;
    const after = text.slice(end, end + 40);
    if (!g.currency && (RANGE_AFTER.test(after) || CLOCK_AFTER.test(after))) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    // A label's number has no thousands separator: "Volume 170,330,000 shares" counts shares.
    const named = !g.currency && !g.number.includes(',') && isNamed(text, numberStart);
    if (YEAR_SPAN_BEFORE.test(before) || LABEL_BEFORE.test(before) || named || (!g.currency && (SLASHED.test(text.slice(numberStart - 1, numberEnd + 3)) || inClock(text, numberStart, numberEnd)))) continue;
    const phrase = text.slice(numberStart, numberStart + 20);
    if (IDIOM.test(phrase) && (/^zero/i.test(phrase) || AT_BEFORE.test(before))) continue;
    const range = RANGE_BEFORE.test(before);
    const parsed = numberValue(g.number);
    if (!parsed) continue;
    // "000" of "2, 000ft" (thousands split by a space in some corpora): no number of its own.
    if (/^0\d+$/.test(g.number)) continue;
    const scale = g.scale?.trim().toLowerCase();
    const metres = scale === 'm' && !g.currency && isMetres(text, start, end);
    // "$21MM": a glued unit after a currency mark is none, but "MM" in capitals is millions in American finance.
    const millions = g.glued === 'MM';
    if (g.currency && g.glued && !millions) continue;
    const glued = g.glued && !millions ? gluedUnit(g.glued, parsed.value, isWeather) : null;
    if (g.glued && !millions && !glued) continue;
    let value = scaled(parsed.value, millions ? 1e6 : scale && !metres ? SCALE_SUFFIX[scale] : 1);
    // "half a million people", "half a dozen": half of what "a" scales (the mention takes in "half").
    const halved = !g.approx && !g.currency && start === numberStart && /^an?\s/i.test(g.number) ? HALF_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (halved) (value /= 2), (start -= halved[0].length);
    const moneyRange = g.currency ? MONEY_RANGE_AFTER.exec(after) : null;
    if (moneyRange) {
      // The lower end, scaled as the upper one when it has no scale of its own ("$140-150 million" is $140 million to $150 million).
      const rangeScale = moneyRange.groups?.word ? SCALES[moneyRange.groups.word.toLowerCase()] : moneyRange.groups?.suffix ? SCALE_SUFFIX[moneyRange.groups.suffix.toLowerCase()] : 1;
      if (!g.scale && !/\p{L}/u.test(g.number)) value = scaled(value, rangeScale);
      consumed = end + moneyRange[0].length;
      found.push({ start, end: consumed, numberStart, numberEnd, value, approximate: true, kind: 'money', unit: CURRENCY_SYMBOLS[g.currency], words: false, rangeEnd: false });
      continue;
    }
    const kind = metres ? { kind: 'measure' as const, unit: 'm', length: 0 } : glued ? { kind: 'measure' as const, unit: glued, length: 0 } : classify(after, g.currency, g.number);
    if (kind?.kind === 'duration') {
      const unitWord = DURATION_AFTER.exec(after)!.groups!.unit;
      value = scaled(value, durationFactor(unitWord));
    }
    // "-3C", "minus 15 degrees Celsius": below zero.
    const minus = (kind?.unit === 'celsius' || kind?.unit === 'fahrenheit') && start === numberStart ? minusBefore(text, numberStart) : 0;
    if (minus) value = -value;
    found.push({
      start: start - minus,
      end: end + (kind?.length ?? 0),
      numberStart,
      numberEnd,
      value,
      approximate: Boolean(g.approx) || parsed.vague || range,
      kind: kind?.kind ?? null,
      unit: kind?.unit ?? null,
      words: parsed.vague || !/\d/.test(g.number),
      rangeEnd: !g.approx && !g.currency && HYPHEN_BEFORE.test(before),
      tally: !g.approx && !g.currency && endsTally(text, numberStart, value),
    });
  }
  for (const m of stickyMatches(ORDINAL, text, starts.ordinals)) {
    const value = parseOrdinal(m.groups!.ordinal);
    if (value === null) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    found.push({ start, end, numberStart: start, numberEnd: end, value, approximate: false, kind: 'ordinal', unit: null, words: true, rangeEnd: false });
  }
  return mergeDurations(text, found.sort((a, b) => a.start - b.start));
}
