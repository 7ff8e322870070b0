import { NUMBER, SCALES, alternation, parseNumber, parseOrdinal } from '../quantities/numbers.js';
import { formatDay, isValidDay, type Day } from './calendar.js';
import type { DateType, Meaning, Shift } from './meaning.js';
import { lowerBound, sentenceRuns, type Extent } from '../spans.js';
import { stickyMatches } from '../sticky.js';
import { ANY_DIGIT, APOSTROPHE_DIGIT, DIGIT_WORD, StartIndex } from './starts.js';
import { DURATION_UNITS, FIGURATIVE_DAY_BEFORE, HOLIDAY_NAMES, isNamedDay, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, durationValue, singularUnit } from './vocabulary.js';

/**
 * Temporal expressions chrono-node does not read, or reads without the precision TimeML
 * wants: years and decades ("in 2018", "the 1990s"), quarters and halves ("Q3 2019",
 * "2012's fourth quarter"), seasons, durations ("three decades", "a five-year term"), sets
 * ("daily", "every Monday"), reference words ("now", "recently"), "last week"-style offsets,
 * "two years ago", holidays, and numeric dates read day-first or month-first per document.
 * Each rule's match is the expression's extent as TimeML marks it (prepositions left out).
 */
export interface RuleContext {
  text: string;
  anchor: Day | null;
  /** How this document writes numeric dates (3/4/2019): day first, month first, or unknown. */
  dayFirst: boolean | null;
}

export interface Rule {
  name: string;
  /**
   * What every match of the pattern begins with (see StartIndex): words in lower case, beginnings
   * of words ("fy*"), or marks (DIGIT_WORD). The pattern is tried only where the text has one of
   * them, not at every character.
   */
  starts: readonly string[];
  /**
   * A pattern that opens with a lookahead of two-character starts ("(?=ri|no|cu|pr|th)")
   * lists there what every match of the rest begins with: a cheap test at each position before
   * the costly one, which finds the same matches sooner.
   */
  pattern: RegExp;
  build(groups: Record<string, string | undefined>, match: RegExpExecArray, context: RuleContext): Meaning | null;
}

export interface RuleMatch {
  start: number;
  end: number;
  meaning: Meaning;
  rule: string;
}

const value = (type: DateType, v: string): Meaning => ({ kind: 'value', type, value: v });

/** The words a number (NUMBER) can begin with, or a digit. */
const NUMBER_STARTS = [
  DIGIT_WORD, 'a', 'an', ...Object.keys(SCALES),
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety',
];
/** The words a count of a duration (a NUMBER or a VAGUE_COUNT) can begin with. */
const COUNT_STARTS = [...NUMBER_STARTS, 'several', 'few', 'many', 'some', 'couple'];
const CENTURY_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

const UNIT = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?`;
const CALENDAR_UNIT = `(?:day|week|weekend|month|quarter|year|decade|century)`;
const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;
const FULL_MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = `(?:${alternation(FULL_MONTH_NAMES)}|(?:${alternation(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may'))})\\.?)`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
const VAGUE_COUNT = `(?:several|a few|few|many|some|(?:a )?couple of|a number of)`;
const ORDINAL = `(?:first|second|third|fourth|1st|2nd|3rd|4th)`;
const SPOKEN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const SPOKEN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Holiday names, capitalised as the text must write them. */
const HOLIDAY = alternation(HOLIDAY_NAMES.map((h) => h.replace(/(^|\s)(\w)/g, (m) => m.toUpperCase()))).replace(/'/g, "['’]");
const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Words that may follow an adverb ("paid quarterly to holders", "rising annually since 1980"). */
const FUNCTION_WORD_AFTER = /^\s+(?:and|or|but|to|in|on|at|from|since|for|by|with|until|through|over|during|as|than|that|the|a|an|its|their|his|her|this|these|those|is|are|was|were|be|been|will|would|can|could|may|might|basis)\b/;

const SHIFTS: Record<string, Shift> = {
  last: -1, past: -1, previous: -1, preceding: -1, this: 0, current: 0, next: 1, coming: 1, following: 1,
};

function shiftOf(word: string | undefined): Shift {
  return word ? (SHIFTS[word.toLowerCase()] ?? null) : null;
}

const isCapitalised = (word: string) => /^[A-Z]/.test(word);

/** A count for a duration: a number, "a"/"an" (1), or null for a vague count ("several"). */
function countOf(text: string): number | null | undefined {
  const t = text.toLowerCase().trim();
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a couple of' || t === 'couple of') return 2;
  const half = /^(.+?)\s+(?:1\/2|and a half)$/.exec(t);
  if (half) {
    const whole = parseNumber(half[1]);
    return whole === null ? undefined : whole + 0.5;
  }
  if (new RegExp(`^${VAGUE_COUNT}$`).test(t)) return null;
  const n = parseNumber(t);
  return n === null ? undefined : n;
}

function textBefore(context: RuleContext, match: RegExpExecArray, length = 40): string {
  return context.text.slice(Math.max(0, match.index - length), match.index);
}

/** The text on both sides of a match, `length` characters each way. */
function around(context: RuleContext, match: RegExpExecArray, length: number): string {
  return context.text.slice(Math.max(0, match.index - length), match.index + match[0].length + length);
}

/** A house number's street after it: "1800 Pitkin Ave.", "1600 Pennsylvania Avenue". */
const STREET_AFTER = /^\s+(?:[A-Z][\w'-]*\.?\s+){1,3}(?:Ave(?:nue)?|St(?:reet)?|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Square)\b/;

/** Words of a game's report: a quarter near them is the game's, not the year's. */
const GAME_WORDS =
  /\b(?:touchdowns?|field goals?|yards|rushing|passing|quarterback|fumbled?|interceptions?|punts?|kickoff|rebounds?|free throws?|three-pointers?|baskets?|halftime|innings?|overtime|buzzer|scoreboard)\b/i;

const PAST_REF = value('DATE', 'PAST_REF');
const PRESENT_REF = value('DATE', 'PRESENT_REF');
const FUTURE_REF = value('DATE', 'FUTURE_REF');

export const RULES: readonly Rule[] = [
  {
    name: 'present',
    starts: ['right', 'now', 'currently', 'nowadays', 'presently', 'these', 'present', 'the'],
    pattern: /(?=ri|no|cu|pr|th)\b(?:right now|now|currently|nowadays|presently|these days|(?<=\bat )present|the present day)\b(?!-)/gi,
    build: () => PRESENT_REF,
  },
  {
    // Not "previously"/"formerly": they modify a verb ("previously announced") and place nothing in time.
    name: 'past-ref',
    starts: ['recently', 'lately', 'the', 'recent', 'past', 'previous', 'earlier'],
    pattern: /(?=re|la|th|pa|pr|ea)\b(?:recently|lately|(?<=\bin )the (?:recent |distant )?past\b(?! (?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|centur))|(?:recent|past|previous|earlier) (?:years|months|weeks|days|decades|times))\b/gi,
    build: () => PAST_REF,
  },
  {
    name: 'future-ref',
    starts: ['soon', 'the', 'near', 'distant', 'foreseeable', 'future'],
    // "as soon as" and "soon after" place an event after another, not in the future.
    pattern: /\b(?:(?<!\bas )soon(?! (?:as|after|afterwards?|thereafter)\b)|(?<=\bin )(?:the )?(?:near |distant |foreseeable )?future)\b(?!-)/gi,
    build: () => FUTURE_REF,
  },
  {
    // today, yesterday evening, the day before yesterday, tonight
    name: 'casual-day',
    starts: ['the', 'yesterday', 'today', 'tomorrow', 'tonight'],
    pattern: /\b(?<day>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight)(?:\s+(?<part>morning|afternoon|evening|night))?\b(?!-)/gi,
    build: ({ day, part }, match, context) => {
      // "a brighter tomorrow": a figure of speech, no day.
      if (!part && FIGURATIVE_DAY_BEFORE.test(textBefore(context, match, 12))) return null;
      if (isNamedDay(context.text, match.index, day!)) return null;
      const offsets: Record<string, number> = {
        'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tomorrow: 1, tonight: 0,
      };
      const d = day!.toLowerCase();
      const partOfDay = PARTS_OF_DAY[(part ?? (d === 'tonight' ? 'night' : '')).toLowerCase()];
      return { kind: 'offset', unit: 'day', offset: offsets[d], ...(partOfDay ? { time: { part: partOfDay } } : {}) };
    },
  },
  {
    name: 'this-morning',
    starts: ['this', 'last'],
    pattern: /\b(?:(?<rel>this) (?<part>morning|afternoon|evening)|(?<last>last) (?<lastPart>night))\b/gi,
    build: ({ part, lastPart }) => {
      if (lastPart) return { kind: 'offset', unit: 'day', offset: -1, time: { part: 'NI' } };
      return { kind: 'offset', unit: 'day', offset: 0, time: { part: PARTS_OF_DAY[part!.toLowerCase()] } };
    },
  },
  {
    // last week, this year, the past year (a duration), the previous month, next quarter
    name: 'relative-unit',
    starts: ['the', 'this', 'last', 'next', 'past', 'coming', 'previous', 'preceding', 'current', 'following'],
    pattern: new RegExp(
      `\\b(?:(?<the>the)\\s+)?(?<rel>this|last|next|past|coming|previous|preceding|current|following)\\s+(?<unit>${CALENDAR_UNIT}|morning|afternoon|evening|night)\\b(?!-)`,
      'gi',
    ),
    build: ({ the, rel, unit }) => {
      const r = rel!.toLowerCase();
      const u = unit!.toLowerCase();
      if (u in PARTS_OF_DAY) {
        // Only "the next morning", "the previous night": counted from the story's last date.
        if (!the || !(r === 'following' || r === 'previous' || r === 'preceding' || r === 'next')) return null;
        return { kind: 'offset', unit: 'day', offset: SHIFTS[r]!, time: { part: PARTS_OF_DAY[u] }, fromStory: true };
      }
      // "over the next month": a stretch of time, not a calendar unit. "The past year", "the last
      // decade" are the previous year and decade, as TimeBank marks them.
      if (the && (r === 'next' || r === 'coming') && u !== 'weekend') {
        return value('DURATION', durationValue(1, u)!);
      }
      if (!the && r === 'past') return value('DURATION', durationValue(1, u)!);
      const shift = SHIFTS[r]!;
      // "the following year", "the previous day", "the next morning": counted from the story's last date.
      const fromStory = Boolean(the) && (r === 'following' || r === 'previous' || r === 'preceding' || r === 'next');
      if (u === 'weekend') return { kind: 'weekday', weekday: 6, shift, weekend: true };
      return { kind: 'offset', unit: u as 'day', offset: shift, ...(fromStory ? { fromStory } : {}) };
    },
  },
  {
    // "earlier in the year", "later this month": the anchor's own unit.
    name: 'in-the-unit',
    starts: ['earlier', 'later', 'early', 'late'],
    pattern: /\b(?:earlier|later|early|late)\s+in\s+the\s+(?<unit>week|month|year)\b/gi,
    build: ({ unit }) => ({ kind: 'offset', unit: unit!.toLowerCase() as 'week', offset: 0 }),
  },
  {
    // "that year", "later that day", "the same week": the unit of the date the story last gave.
    name: 'that-unit',
    starts: ['earlier', 'later', 'that', 'the'],
    pattern: /\b(?:(?:earlier|later)\s+)?(?:that|the same)\s+(?:same\s+)?(?<unit>day|week|month|year|quarter)\b(?!-|\s+(?:as|when|that)\b)/gi,
    build: ({ unit }) => ({ kind: 'offset', unit: unit!.toLowerCase() as 'day', offset: 0, fromStory: true }),
  },
  {
    // year-end, the end of the month: the unit they end (the modifier stays in the extent).
    name: 'unit-end',
    starts: ['the', 'year', 'month', 'week', 'end', 'beginning', 'start', 'middle'],
    pattern: /\b(?:the\s+)?(?:(?<unit>year|month|week)[- ]end|year(?:'s|’s) end|(?:end|beginning|start|middle) of (?:the|this) (?<unit2>year|month|week))\b/gi,
    build: ({ unit, unit2 }) => ({ kind: 'offset', unit: ((unit ?? unit2 ?? 'year').toLowerCase()) as 'year', offset: 0 }),
  },
  {
    name: 'the-weekend',
    starts: ['the'],
    pattern: /\bthe weekend\b/gi,
    build: () => ({ kind: 'weekday', weekday: 6, shift: null, weekend: true }),
  },
  {
    // two years ago, a week earlier, six months before. "Three days later" and "a month after
    // the vote" count from the story's own time, not from publication: the duration rule reads them.
    name: 'ago',
    starts: COUNT_STARTS,
    pattern: new RegExp(
      `(?<!\\bfor\\s+)\\b(?<count>${NUMBER}|an?|${VAGUE_COUNT})\\s+(?<unit>${UNIT})(?:\\s+or\\s+(?:so|more|two|three))?\\s+(?<dir>ago|earlier|from now|hence|before(?=\\s*[,.;)]|\\s*$))`,
      'gi',
    ),
    build: ({ count, unit, dir }) => {
      const n = countOf(count!);
      const u = singularUnit(unit!);
      if (n === undefined || DURATION_UNITS[u]?.clock) return null;
      const back = /ago|earlier|before/i.test(dir!);
      if (n === null) return back ? PAST_REF : FUTURE_REF;
      const offset = back ? -n : n;
      if (!Number.isInteger(offset)) return null;
      if (u === 'decade' || u === 'century') return { kind: 'offset', unit: 'year', offset: offset * (u === 'decade' ? 10 : 100) };
      if (u === 'fortnight') return { kind: 'offset', unit: 'day', offset: offset * 14 };
      if (u === 'night') return { kind: 'offset', unit: 'day', offset };
      return { kind: 'offset', unit: u as 'day', offset };
    },
  },
  {
    name: 'year-earlier',
    starts: ['the', 'year'],
    pattern: /\b(?:the\s+)?year-(?:earlier|ago)\b/gi,
    build: () => ({ kind: 'offset', unit: 'year', offset: -1 }),
  },
  {
    // three decades, 30 years, the past two months, the first nine months, several weeks
    name: 'duration',
    starts: ['the', 'first', 'past', 'last', 'next', 'previous', 'coming', 'latest', 'final', 'remaining', 'following', 'year', ...COUNT_STARTS],
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(?:first|past|last|next|previous|coming|latest|final|remaining|following|year-earlier|year-ago)\\s+|the\\s+(?=\\S+\\s+${UNIT}\\b))?(?<count>${NUMBER}(?:\\s+1/2|\\s+and\\s+a\\s+half)?|${VAGUE_COUNT})\\s+(?:(?:more|additional|extra|further)\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?\\b(?!-|\\s+old\\b)`,
      'gi',
    ),
    build: ({ count, unit, half }) => {
      const n = countOf(count!);
      if (n === undefined) return null;
      const v = durationValue(n === null ? null : n + (half ? 0.5 : 0), unit!);
      return v ? value('DURATION', v) : null;
    },
  },
  {
    // "the past weeks", "the weeks ahead", "in the years that followed": a vague stretch of time.
    name: 'vague-stretch',
    starts: ['the', 'past', 'last', 'next', 'coming', 'following', 'previous'],
    pattern: /\b(?:(?:the\s+)?(?:past|last|next|coming|following|previous)\s+(?<unit>years|months|weeks|days|decades|hours)\b|the\s+(?<unit2>years|months|weeks|days|decades)(?=\s+(?:ahead|to come|that followed|since|before|after|following|leading up to)\b))/gi,
    build: ({ unit, unit2 }) => value('DURATION', durationValue(null, (unit ?? unit2)!)!),
  },
  {
    // a five-year term, a 16-hour day, decades-long, year-long; not "66-year-old" (an age).
    name: 'duration-adjective',
    starts: [...NUMBER_STARTS, 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries', 'centurie', 'centurys', 'yearlong', 'monthlong', 'weeklong', 'daylong'],
    pattern: new RegExp(
      `\\b(?:(?<count>${NUMBER})[\\s-]+(?<unit>${UNIT})(?:-long)?|(?<vague>year|month|week|day|decade|centur(?:y|ie))s?-long|(?<one>year|month|week|day)long)\\b(?!-old|-olds|\\s+old\\b)`,
      'gi',
    ),
    build: ({ count, unit, vague, one }, match) => {
      if (!/-/.test(match[0]) && !one) return null; // "five years" is the plain duration rule
      if (one) return value('DURATION', durationValue(1, one)!);
      if (/quarters/i.test(unit ?? '')) return null; // "three-quarters of its food" is a fraction
      if (vague) return value('DURATION', durationValue(/s-long$/i.test(match[0]) ? null : 1, vague)!);
      const n = countOf(count!);
      if (n === undefined || n === null) return null;
      const v = durationValue(n, unit!);
      return v ? value('DURATION', v) : null;
    },
  },
  {
    // "a year", "an hour", "a year and a half": a duration, but "$5 billion a year" and "once a week" are sets.
    name: 'one-unit',
    starts: ['once', 'twice', 'three', 'four', 'five', 'several', DIGIT_WORD, 'a', 'an', 'one'],
    pattern: /\b(?<mult>(?:once|twice|(?:three|four|five|several|\d+) times)\s+)?(?:an?|one)\s+(?:(?:additional|extra|further|more)\s+)?(?<unit>minute|hour|day|week|fortnight|month|year|decade|century)\b(?<half>\s+and\s+a\s+half\b)?(?!-|\s+(?:ago|earlier)\b)/gi,
    build: ({ mult, unit, half }, match, context) => {
      const before = textBefore(context, match, 24);
      // "$5 billion a year", "9,800 steps a day", "two meals a day": a count per unit is a rate, as "per day" is.
      const rate =
        /(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars?|euros?|pounds?|barrels|tons|tonnes|people|units))\s*$/i.test(before) ||
        /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|dozens|hundreds|thousands|several|many|few))\s+(?:[a-z]+\s+)?[a-z]+s\s*$/i.test(before);
      if (mult || rate) return value('SET', durationValue(1, unit!)!);
      if (/\b(?:per|every|each)\s*$/i.test(before)) return null;
      // "a year and a half": P1Y6M; "a minute and a half": PT1M30S.
      return value('DURATION', durationValue(half ? 1.5 : 1, unit!)!);
    },
  },
  {
    // "for years", "within hours", "decades of": a vague duration
    name: 'vague-duration',
    starts: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'centuries'],
    pattern: /(?=ye|mo|we|da|de|ho|mi|ce)(?<=\b(?:for|within|in|over|after|took|take|takes|lasted|last)\s+)(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b(?!\s+(?:ago|earlier|later|old)\b)/gi,
    build: ({ unit }) => value('DURATION', durationValue(null, unit!)!),
  },
  {
    name: 'set',
    starts: ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'quarterly', 'hourly', 'nightly', 'every', 'each', 'per'],
    pattern: new RegExp(
      `\\b(?:(?<adverb>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)|(?:every|each|per)\\s+(?:other\\s+)?(?<unit>day|week|month|year|quarter|morning|afternoon|evening|night|weekend|${WEEKDAY}|${alternation(FULL_MONTH_NAMES)}))\\b(?!-)`,
      'gi',
    ),
    build: ({ adverb, unit }, match, context) => {
      if (adverb) {
        if (!/^[a-z]/.test(adverb)) return null; // "the Daily Telegraph"
        // "its quarterly dividend", "average daily volume": an adjective before its noun, no set of times.
        if (/^\s+[a-z]+/.test(context.text.slice(match.index + match[0].length)) && !FUNCTION_WORD_AFTER.test(context.text.slice(match.index + match[0].length))) return null;
        const unitOf: Record<string, string> = {
          daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', quarterly: 'quarter', hourly: 'hour', nightly: 'day',
        };
        return value('SET', durationValue(1, unitOf[adverb.toLowerCase()])!);
      }
      const u = unit!.toLowerCase();
      if (u in WEEKDAYS) return value('SET', `XXXX-WXX-${WEEKDAYS[u] || 7}`);
      if (u in MONTHS) return value('SET', `XXXX-${String(MONTHS[u]).padStart(2, '0')}`);
      if (u in PARTS_OF_DAY) return value('SET', `XXXX-XX-XXT${PARTS_OF_DAY[u]}`);
      if (u === 'weekend') return value('SET', 'XXXX-WXX-WE');
      return /other/i.test(match[0]) ? value('SET', durationValue(2, u)!) : value('SET', durationValue(1, u)!);
    },
  },
  {
    // "on Tuesdays", "Sunday nights": plural weekdays are sets.
    name: 'weekday-set',
    starts: Object.keys(WEEKDAYS).flatMap((d) => [d, `${d}s`]),
    pattern: new RegExp(`\\b(?<day>${WEEKDAY})(?:s(?:\\s+(?<part>mornings|afternoons|evenings|nights))?|\\s+(?<part2>mornings|afternoons|evenings|nights))\\b`, 'gi'),
    build: ({ day, part, part2 }) => {
      if (!isCapitalised(day!)) return null;
      const d = WEEKDAYS[day!.toLowerCase()] || 7;
      const plural = part ?? part2;
      const p = plural ? `T${PARTS_OF_DAY[plural.toLowerCase().slice(0, -1)]}` : '';
      return value('SET', `XXXX-WXX-${d}${p}`);
    },
  },
  {
    // 2018, fiscal 1998, FY2019; not "2000 people" (a count), "$2019" nor "1800 Pitkin Ave." (STREET_AFTER).
    name: 'year',
    starts: [DIGIT_WORD, 'fiscal*', 'fy*'],
    pattern: new RegExp(
      `(?=fi|FY|1[6-9]|20)(?<![A-Za-z\\d$£€¥.,:/@_#]|\\d-)(?:(?<fiscal>fiscal(?:\\s+year)?|FY)\\s*)?(?<year>${YEAR})(?![\\d%]|[.,:/]\\d|-\\d{3}|\\s*(?:percent|per cent|GMT|UTC|hours?|hrs)\\b)`,
      'g',
    ),
    build: ({ fiscal, year }, match, context) => {
      if (fiscal) return value('DATE', year!);
      const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 30);
      const before = textBefore(context, match, 30);
      const countWord = /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:elections?|olympics|games|polls)\b/.test(after);
      const determiner = /(?:\b(?:the|a|an|in|of|since|by|until|before|after|during|from|to|for|its|his|her|their|our|this|that)|'s|’s)\s+$/i.test(before);
      const approximate = /\b(?:about|some|nearly|almost|over|than|around|roughly|least|only|just)\s+$/i.test(before);
      // "of the 2000 homes" counts; "of the 2012 election" is a year.
      const ofThe = /\bof the\s+$/i.test(before);
      if (approximate || (countWord && (!determiner || ofThe)) || STREET_AFTER.test(after)) return null;
      return value('DATE', year!);
    },
  },
  {
    // the 1990s, the late '80s, the nineties
    name: 'decade',
    starts: ['the', 'early', 'mid', 'late', DIGIT_WORD, APOSTROPHE_DIGIT, ...Object.keys(DECADE_WORDS)],
    pattern: new RegExp(
      `(?<![\\w'])(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<year>1[0-9]\\d0|20\\d0)'?s|'(?<short>\\d0)s|(?<word>${alternation(Object.keys(DECADE_WORDS))}))\\b`,
      'gi',
    ),
    build: ({ year, short, word }, match, context) => {
      if (year) return value('DATE', year.slice(0, 3));
      if (short) return value('DATE', `${Number(short) > 30 ? 19 : 20}${short[0]}`);
      // "the nineties" is a decade; "in his sixties" an age.
      if (!/^the\b/i.test(match[0]) || /\b(?:his|her|their|its|my|your|our|early|late|mid)\s+$/i.test(textBefore(context, match, 12))) return null;
      return value('DATE', `19${DECADE_WORDS[word!.toLowerCase()]}`);
    },
  },
  {
    name: 'century',
    starts: ['the', DIGIT_WORD, ...CENTURY_ORDINALS],
    pattern: new RegExp(String.raw`\b(?:the\s+)?(?<ordinal>\d{1,2}(?:st|nd|rd|th)|${CENTURY_ORDINALS.join('|')})[\s-]+century\b`, 'gi'),
    build: ({ ordinal }) => {
      const n = parseOrdinal(ordinal!);
      return n === null ? null : value('DATE', String(n - 1).padStart(2, '0'));
    },
  },
  {
    // the third quarter, 2012's fourth quarter, the first half of 2019, the last half of 1989, third-quarter
    name: 'quarter',
    starts: [DIGIT_WORD, 'this', 'last', 'next', 'the', 'year', 'fiscal', 'first', 'second', 'third', 'fourth', 'final', 'latter'],
    pattern: new RegExp(
      `\\b(?:(?<ownerYear>${YEAR})(?:'s|’s)\\s+|(?<ownerRel>this|last|next) year(?:'s|’s)\\s+)?(?:the\\s+)?(?:(?<ago>year-(?:ago|earlier))\\s+|(?<attributiveYear>${YEAR})\\s+)?(?:fiscal\\s+)?(?<ordinal>${ORDINAL}|final|last|latter)[\\s-]+(?<part>quarter|half)\\b(?:\\s+(?:of\\s+)?(?:(?<year>${YEAR})|(?<relYear>this|last|next) year|the year))?`,
      'gi',
    ),
    build: ({ ownerYear, ownerRel, ago, attributiveYear, ordinal, part, year, relYear }, match, context) => {
      const o = ordinal!.toLowerCase();
      // "the last half of 1989" is its second half; "last quarter" is the relative-unit rule's.
      if ((o === 'last' || o === 'latter') && part!.toLowerCase() !== 'half') return null;
      const n = o === 'final' || o === 'last' || o === 'latter' ? (part!.toLowerCase() === 'half' ? 2 : 4) : parseOrdinal(ordinal!);
      if (!n) return null;
      const isHalf = part!.toLowerCase() === 'half';
      if (isHalf && n > 2) return null;
      // "the first half" of a match is not a date: halves need a year or a fiscal mark.
      if (isHalf && !ownerYear && !ownerRel && !attributiveYear && !year && !relYear && !/fiscal|of the year/i.test(match[0])) return null;
      // A game's quarter ("fumbled in the red zone later in the second quarter") is no quarter of a year.
      if (!isHalf && !ownerYear && !ownerRel && !attributiveYear && !year && !relYear && !ago && GAME_WORDS.test(around(context, match, 160))) return null;
      const code = isHalf ? `H${n}` : `Q${n}`;
      const y = ownerYear ?? attributiveYear ?? year;
      if (y) return value('DATE', `${y}-${code}`);
      const shift = ago ? -1 : shiftOf(relYear ?? ownerRel);
      return { kind: 'part-of-year', part: isHalf ? { half: n } : { quarter: n }, shift: null, yearShift: shift };
    },
  },
  {
    name: 'q-notation',
    starts: [DIGIT_WORD, 'q1*', 'q2*', 'q3*', 'q4*', 'h1*', 'h2*'],
    pattern: new RegExp(`\\b(?:Q(?<q>[1-4])|(?<q2>[1-4])Q|H(?<h>[12]))(?:\\s+(?:of\\s+)?(?<year>${YEAR})|[-/ ]?'?(?<short>\\d{2}))?\\b`, 'g'),
    build: ({ q, q2, h, year, short }) => {
      const code = h ? `H${h}` : `Q${q ?? q2}`;
      const y = year ?? (short ? `20${short}` : undefined);
      if (y) return value('DATE', `${y}-${code}`);
      if (h) return null; // "H1" alone is too ambiguous (a road, a visa)
      return { kind: 'part-of-year', part: { quarter: Number(q ?? q2) }, shift: null };
    },
  },
  {
    // last summer, the summer of 2018, in the spring
    name: 'season',
    starts: ['this', 'last', 'next', 'past', 'coming', 'the', ...Object.keys(SEASONS)],
    pattern: new RegExp(
      `\\b(?:(?<rel>this|last|next|past|coming)\\s+|(?<the>the)\\s+)?(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?\\b(?!-)`,
      'gi',
    ),
    build: ({ rel, the, season, year }, match, context) => {
      const s = SEASONS[season!.toLowerCase()];
      if (year) return value('DATE', `${year}-${s}`);
      if (!rel) {
        // "the fall of Rome", "a fall in prices": only "in/during/by the summer" and the like.
        if (!the || s === 'FA' || !/\b(?:in|during|by|until|through|since|over|this|that)\s+$/i.test(textBefore(context, match, 12))) return null;
      }
      return { kind: 'part-of-year', part: { season: s }, shift: shiftOf(rel) };
    },
  },
  {
    // last November, this September (chrono reads the month but drops "last").
    name: 'month-shift',
    starts: ['last', 'this', 'next', 'past', 'coming'],
    pattern: new RegExp(`\\b(?<rel>last|this|next|past|coming)\\s+(?<month>${MONTH_NAME})(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?\\b`, 'gi'),
    build: ({ rel, month, day }) => {
      if (!isCapitalised(month!)) return null;
      return { kind: 'month', month: MONTHS[month!.toLowerCase().replace('.', '')], day: day ? Number(day) : null, shift: shiftOf(rel) };
    },
  },
  {
    // January this year, June 5 last year
    name: 'month-relative-year',
    starts: Object.keys(MONTHS),
    pattern: new RegExp(`\\b(?<month>${MONTH_NAME})(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(?<rel>this|last|next) year\\b`, 'gi'),
    build: ({ month, day, rel }) => {
      if (!isCapitalised(month!)) return null;
      return { kind: 'month', month: MONTHS[month!.toLowerCase().replace('.', '')], day: day ? Number(day) : null, shift: null, yearShift: shiftOf(rel) };
    },
  },
  {
    // Business news counts in reported quarters: "the quarter", "the latest quarter" is the last
    // one completed before publication; "the year-ago quarter" the same one a year before.
    name: 'reported-quarter',
    starts: ['the', 'its', 'last'],
    pattern: /\b(?:(?:the|its)\s+(?:(?:latest|most recent|comparable|corresponding|same)\s+)?(?<ago>year-(?:ago|earlier)\s+)?(?:fiscal\s+)?quarter|(?<lastYear>last year(?:'s|’s)\s+)quarter|the\s+(?:comparable\s+|corresponding\s+|same\s+)?(?<agoPeriod>year-(?:ago|earlier))\s+period)\b(?!\s+of\b|-)/g,
    build: ({ ago, lastYear, agoPeriod }) => ({ kind: 'offset', unit: 'quarter', offset: ago || lastYear || agoPeriod ? -5 : -1 }),
  },
  {
    // Spoken years in broadcast transcripts: "nineteen ninety-six", "January nineteen ninety-seven".
    name: 'spoken-year',
    starts: [...Object.keys(MONTHS), 'eighteen', 'nineteen', 'twenty'],
    pattern: new RegExp(
      `\\b(?:(?<month>${MONTH_NAME})\\s+)?(?<century>eighteen|nineteen|twenty)[\\s-]+(?<rest>(?:${SPOKEN_TENS})(?:[\\s-]+(?:${SPOKEN_UNITS}))?|${SPOKEN_TEENS}|(?:oh|o)[\\s-]+(?:${SPOKEN_UNITS}))\\b`,
      'gi',
    ),
    build: ({ month, century, rest }) => {
      const hundreds = { eighteen: 18, nineteen: 19, twenty: 20 }[century!.toLowerCase()]!;
      const tail = parseNumber(rest!.replace(/\b(?:oh|o)\b/i, '').trim());
      if (tail === null || tail >= 100) return null;
      const year = String(hundreds * 100 + tail);
      if (month && isCapitalised(month)) return value('DATE', `${year}-${String(MONTHS[month.toLowerCase().replace('.', '')]).padStart(2, '0')}`);
      return value('DATE', year);
    },
  },
  {
    name: 'holiday',
    starts: ['last', 'this', 'next', ...HOLIDAY_NAMES.map((h) => h.split(/[\s']/)[0])],
    // Not a place or an event named after the day: Easter Island, Christmas Island, the Easter Rising.
    pattern: new RegExp(`\\b(?:(?<rel>last|this|next)\\s+)?(?<holiday>${HOLIDAY})\\b(?!\\s+(?:Islands?|Rising)\\b)`, 'g'),
    build: ({ rel, holiday }) => ({ kind: 'holiday', name: holiday!, shift: shiftOf(rel) }),
  },
  {
    // "charged on the 5th", "until the 21st": a day of the month being told; not "the 5th floor", "the 21st century".
    name: 'day-of-month',
    starts: ['the'],
    pattern: /(?<=\b(?:on|since|until|till|by|from|before|after)\s+)the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?=\s*[.,;:)!?"”]|\s*$|\s+(?:and|or|but|in|at|when|after|before|because|to|as|if|while|this month|last month|next month)\b)/gi,
    build: ({ day }) => {
      const d = Number(day);
      return d >= 1 && d <= 31 ? { kind: 'day-of-month', day: d } : null;
    },
  },
  {
    // 3/4/2019, 03.04.2019: read day-first or month-first as the document does.
    name: 'numeric-date',
    starts: [ANY_DIGIT],
    pattern: /(?<![\d/.])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d/]|\.\d)/g,
    build: ({ a, b, year }, _match, context) => {
      const y = year!.length === 2 ? 2000 + Number(year) - (Number(year) > 50 ? 100 : 0) : Number(year);
      const monthFirst: Day = { year: y, month: Number(a), day: Number(b) };
      const dayFirst: Day = { year: y, month: Number(b), day: Number(a) };
      const options = [monthFirst, dayFirst].filter(isValidDay);
      if (!options.length) return null;
      let chosen = options[0];
      if (options.length === 2) {
        if (context.dayFirst !== null) chosen = context.dayFirst ? dayFirst : monthFirst;
        else if (context.anchor) chosen = nearestNotAfter(options, context.anchor);
      }
      return value('DATE', formatDay(chosen));
    },
  },
];

function nearestNotAfter(options: Day[], anchor: Day): Day {
  const key = (d: Day) => d.year * 372 + d.month * 31 + d.day;
  const a = key(anchor);
  const scored = options.map((d) => ({ d, score: key(d) <= a ? a - key(d) : 1000 + key(d) - a }));
  return scored.sort((x, y) => x.score - y.score)[0].d;
}

/** Whether a document writes numeric dates day-first: known once one of them has a part > 12. */
export function detectDayFirst(text: string): boolean | null {
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d/])/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return true;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return false;
  }
  return null;
}

/**
 * The beginnings of every word some rule needs, or a digit: calendar names, the units of time,
 * seasons, holidays, parts of the day, reference words ("now", "recently", "soon"), sets
 * ("daily", "annually"), halves and quarters, decades and spoken years ("the nineties",
 * "nineteen ninety-six"). Every match of every rule holds one of them. The decades ("the
 * nineties") are "ties" inside a word: `\Bties` finds what `\b\w+ties` did without reading every
 * word from its start again (it had doubled the cost of this test).
 */
export const RULE_WORDS = new RegExp(
  `\\d|\\b(?:${[
    ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), ...HOLIDAY_NAMES.map((h) => h.split(/[\s']/)[0]),
    'sec', 'minute', 'hour', 'day', 'night', 'tonight', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur', 'morning', 'afternoon', 'evening',
    'now', 'current', 'present', 'recent', 'lately', 'past', 'previous', 'earlier', 'soon', 'future', 'today', 'yesterday', 'tomorrow',
    'daily', 'annual', 'biannual', 'biennial', 'semiannual', 'half', 'period', 'eighteen', 'nineteen', 'twenty',
  ].join('|')})|\\Bties`,
  'i',
);
/** Stands between the runs of sentences the rules read: neither white space (no rule's `\s+` crosses it) nor a word character. */
const FILLER = '\u0000';

/** What the rules read of a body: its runs of sentences with RULE_WORDS, joined by FILLER, and where each run starts in both. */
export interface RuleScan {
  text: string;
  /** Where each run starts in `text`, ascending, and in the body. */
  scanStarts: number[];
  bodyStarts: number[];
}

/**
 * The runs of consecutive sentences holding one of RULE_WORDS (with the text between them), one
 * after the other: in news about 60% of the text, and so of the time of thirty patterns that
 * each look at every character. Sentences without them hold no match of any rule.
 */
export function ruleScan(text: string, sentences: readonly Extent[]): RuleScan {
  const runs = sentenceRuns(text, sentences, RULE_WORDS);
  let length = 0;
  const scanStarts = runs.map((run, i) => {
    const at = length + i; // one FILLER before every run but the first
    length += run.end - run.start;
    return at;
  });
  return { text: runs.map((run) => text.slice(run.start, run.end)).join(FILLER), scanStarts, bodyStarts: runs.map((run) => run.start) };
}

/** The whole body as one run. */
function wholeScan(text: string): RuleScan {
  return { text, scanStarts: [0], bodyStarts: [0] };
}

/** Where position `at` of the scanned text is in the body. */
function bodyOffset(scan: RuleScan, at: number): number {
  const run = lowerBound(scan.scanStarts, at + 1, (x) => x) - 1; // the last run starting at or before `at`
  return scan.bodyStarts[run] + at - scan.scanStarts[run];
}

export const RULE_STARTS = new StartIndex(RULES.map((rule) => rule.starts));
/** Each rule's pattern, to be tried at given positions. */
const STICKY = RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'));

/**
 * Every rule's matches in `scan` (the whole body, or `ruleScan` of it), built against the whole body:
 * rule by rule, each in order, the matches a global search with its pattern finds.
 */
export function applyRules(context: RuleContext, scan: RuleScan = wholeScan(context.text)): RuleMatch[] {
  const found: RuleMatch[] = [];
  const positions = RULE_STARTS.positions(scan.text);
  RULES.forEach((rule, r) => {
    for (const match of stickyMatches(STICKY[r], scan.text, positions[r])) {
      if (match[0].includes(FILLER)) continue; // across two runs: no match in the body
      match.index = bodyOffset(scan, match.index);
      const meaning = rule.build(match.groups ?? {}, match, context);
      if (!meaning) continue;
      const start = match.index;
      found.push({ start, end: start + match[0].length, meaning, rule: rule.name });
    }
  });
  return found;
}
