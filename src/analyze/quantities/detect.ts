import type { QuantityKind } from '../../types.js';
import { NUMBER, NUMBER_DIGITS, ORDINAL_START, SCALES, ORDINAL_WORDS, VAGUE_NUMBER, alternation, parseNumber, parseOrdinal, parseVagueNumber } from './numbers.js';
import { APPROXIMATORS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_WORDS, MEASURE_UNITS } from './vocabulary.js';

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
}

const APPROX = `(?:${alternation(APPROXIMATORS)})`;
const CURRENCY = `(?:${alternation(Object.keys(CURRENCY_SYMBOLS))})`;
const NUMBER_WITH_FRACTION = `(?:${NUMBER})(?:\\s+1/2|\\s+and\\s+a\\s+half)?`;

/** A number, possibly with an approximating word before it and a currency mark. */
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,/$€£¥₽₹₸₴]|\\p{L}-)(?:(?<approx>${APPROX})\\s+)?(?:(?<currency>${CURRENCY})\\s?)?(?<number>${VAGUE_NUMBER}|${NUMBER_WITH_FRACTION})(?:(?<=\\d)(?<scale>\\s?(?:bn|mn|m|k))\\b)?(?![\\p{L}\\d]|[.,]\\d)`,
  'giu',
);
const ORDINAL = new RegExp(`${ORDINAL_START}(?<![\\p{L}\\d])(?<ordinal>\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})(?![\\p{L}\\d-])`, 'giu');

const SCALE_SUFFIX: Record<string, number> = { bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

const PERCENT_AFTER = /^\s*(?<unit>%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\s+percent\b)/i;
const AGE_AFTER = /^(?:-|\s)(?<unit>year|month|week)s?(?:-|\s)old\b/i;
const DURATION_AFTER = new RegExp(`^(?:\\s+|-)(?<unit>${Object.keys(DURATION_WORDS).join('|')}|centuries)(?:s)?\\b(?!-old)`, 'i');
/** "500 dollars", and after a vague number "millions of dollars". */
const CURRENCY_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?<unit>${alternation(Object.keys(CURRENCY_WORDS))})\\b`, 'i');
const MEASURE_AFTER = new RegExp(`^(?:\\s+|-)(?<unit>${alternation(Object.keys(MEASURE_UNITS))})(?![\\p{L}])`, 'iu');
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
/** Digits on either side of a slash: a date ("9/11", "6/2019") or a score, never a count. */
const SLASHED = /^(?:\d\/\d|\D\d+\/\d)/;
/** Numbers in set phrases that count nothing: "at one point", "at one time", a "zero-day" flaw. */
const IDIOM = /^(?:one\s+(?:point|time|stage)\b|zero[- ]day\b(?!s))/i;
const AT_BEFORE = /\bat\s+$/i;
/** Either number of a clock ("with 7:54 to play", "11:30"): never a count. */
function inClock(text: string, start: number, end: number): boolean {
  return /\d:$/.test(text.slice(Math.max(0, start - 2), start)) || /^:\d\d/.test(text.slice(end, end + 3));
}
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

/** Classifies a number by the words right after it (and a currency mark before it). */
function classify(after: string, currency: string | undefined): { kind: QuantityKind; unit: string; length: number } | null {
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
  const found: NumberMention[] = [];
  let consumed = 0; // the end of a money range read whole: its second number is no quantity of its own
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index ?? 0;
    if (start < consumed) continue;
    const numberStart = start + m[0].indexOf(g.number, (g.approx?.length ?? 0) + (g.currency?.length ?? 0));
    const numberEnd = numberStart + g.number.length;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    if (!g.currency && (RANGE_AFTER.test(after) || CLOCK_AFTER.test(after))) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (YEAR_SPAN_BEFORE.test(before) || LABEL_BEFORE.test(before) || (!g.currency && (SLASHED.test(text.slice(numberStart - 1, numberEnd + 3)) || inClock(text, numberStart, numberEnd)))) continue;
    const phrase = text.slice(numberStart, numberStart + 20);
    if (IDIOM.test(phrase) && (/^zero/i.test(phrase) || AT_BEFORE.test(before))) continue;
    const range = RANGE_BEFORE.test(before);
    const parsed = numberValue(g.number);
    if (!parsed) continue;
    let value = parsed.value * (g.scale ? SCALE_SUFFIX[g.scale.trim().toLowerCase()] : 1);
    const moneyRange = g.currency ? MONEY_RANGE_AFTER.exec(after) : null;
    if (moneyRange) {
      // The lower end, scaled as the upper one when it has no scale of its own ("$140-150 million" is $140 million to $150 million).
      const rangeScale = moneyRange.groups?.word ? SCALES[moneyRange.groups.word.toLowerCase()] : moneyRange.groups?.suffix ? SCALE_SUFFIX[moneyRange.groups.suffix.toLowerCase()] : 1;
      if (!g.scale && !/\p{L}/u.test(g.number)) value *= rangeScale;
      consumed = end + moneyRange[0].length;
      found.push({ start, end: consumed, numberStart, numberEnd, value, approximate: true, kind: 'money', unit: CURRENCY_SYMBOLS[g.currency], words: false, rangeEnd: false });
      continue;
    }
    const kind = classify(after, g.currency);
    if (kind?.kind === 'duration') {
      const unitWord = DURATION_AFTER.exec(after)!.groups!.unit;
      value *= durationFactor(unitWord);
    }
    found.push({
      start,
      end: end + (kind?.length ?? 0),
      numberStart,
      numberEnd,
      value,
      approximate: Boolean(g.approx) || parsed.vague || range,
      kind: kind?.kind ?? null,
      unit: kind?.unit ?? null,
      words: parsed.vague || !/\d/.test(g.number),
      rangeEnd: !g.approx && !g.currency && HYPHEN_BEFORE.test(before),
    });
  }
  for (const m of text.matchAll(ORDINAL)) {
    const value = parseOrdinal(m.groups!.ordinal);
    if (value === null) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    found.push({ start, end, numberStart: start, numberEnd: end, value, approximate: false, kind: 'ordinal', unit: null, words: true, rangeEnd: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
