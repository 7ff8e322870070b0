import type { DateMention } from '../../types.js';
import type { AnalysisDoc, Component } from '../doc.js';
import { addDays, daysInMonth, formatDay, isCalendarDay, parseDay, weekday, type Day } from './calendar.js';
import { chronoMatches, chronoPieces } from './chrono.js';
import { resolve, typeOf, unanchoredValue, type Meaning, type Tense } from './meaning.js';
import { applyRules, detectDayFirst, ruleScan } from './rules.js';
import { findSentence, tenseAt } from './tense.js';
import { DisjointSpans, SpanSet, urlSpans } from '../spans.js';

/**
 * Finds the temporal expressions of a report and gives each its TimeML value, resolved
 * against the publication date at the precision the text gives: "in March" -> 2019-03,
 * "on Monday" -> the Monday on or before publication (after it if the clause is future),
 * "last week" -> 2019-W23, "the 1990s" -> 199, "three decades" -> P30Y. Relative expressions
 * get a null value when the report has no publication date: a date is never invented.
 */
interface Candidate {
  start: number;
  end: number;
  meaning: Meaning;
  /** Rules know the TimeML extent and value of what they match better than chrono does. */
  priority: number;
}

/** Words TimeML keeps inside the extent of the expression they modify: "earlier this year", "mid-2018". */
const MODIFIER =
  /(?:\b(?:early|earlier|late|later|mid|the (?:end|beginning|start|middle|turn|close) of|(?:end|beginning|start|middle) of|as (?:early|late) as|more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|up to|no more than)\s+|\bmid-)$/i;

/** Longest first, rules before chrono on equal extents; nothing overlapping survives. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen = new DisjointSpans<Candidate>();
  for (const c of ranked) chosen.add(c);
  return chosen.chosen;
}

function extendByModifier(text: string, c: Candidate, previousEnd: number): Candidate {
  const before = text.slice(Math.max(previousEnd, c.start - 24), c.start);
  const m = MODIFIER.exec(before);
  return m ? { ...c, start: c.start - m[0].length } : c;
}

const GRANULARITY: Record<string, number> = { year: 1, quarter: 2, month: 2, week: 3, day: 3 };

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The last date the story named (`last`: the last DATE mention with a calendar value), as
 * fine as `unit` needs ("in 1995 ... the following year": 1995; "on June 5 ... the next
 * day": June 5), or null to count from publication.
 */
function lastStoryDate(last: DateMention | null, unit: string): Day | null {
  const m = last ? CALENDAR_VALUE.exec(last.value ?? '') : null;
  if (!m) return null;
  const granularity = m[3] ? 3 : m[2] ? 2 : 1;
  if (granularity < (GRANULARITY[unit] ?? 3)) return null;
  return { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
}

/** How far back (in characters) a quarter under discussion sets the granularity of comparisons. */
const QUARTER_CONTEXT = 500;

/**
 * "Profit rose to $5 million from $3 million a year earlier": when a report is discussing a
 * quarter, "a year ago" and "year-earlier" mean that quarter a year before (TimeML takes the
 * granularity of the period under discussion). "Last year" names the calendar year whatever
 * the report discusses: it is no comparison of granularity.
 */
function inContextGranularity(
  meaning: Meaning,
  value: string | null,
  discussed: { value: string; end: number } | null,
  start: number,
): string | null {
  if (value === null || meaning.kind !== 'offset' || meaning.unit !== 'year' || !discussed) return value;
  if (start - discussed.end > QUARTER_CONTEXT) return value;
  const [year, quarter] = discussed.value.split('-Q');
  return `${Number(year) + meaning.offset}-Q${quarter}`;
}

/** "that quarter", "the following quarter": counted from the quarter under discussion. */
function shiftQuarter(quarter: string, offset: number): string {
  const [year, q] = quarter.split('-Q').map(Number);
  const index = year * 4 + q - 1 + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** "Last year", "early last year": the calendar year before publication. */
const CALENDAR_YEAR = /\blast\s+year$/i;

/** "a year ago", "the year-ago quarter": a period named by comparison with another. */
function isComparison(meaning: Meaning): boolean {
  return meaning.kind === 'offset' && ((meaning.unit === 'year' && meaning.offset < 0) || (meaning.unit === 'quarter' && meaning.offset <= -4));
}

/** A verb of saying right before a date: "officials said Saturday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told (?:\w+ )?(?:reporters|journalists)|announced|confirmed|reported|added|stated)\s+(?:on\s+)?$/i;

/** Only weekdays, bare months and parts of a year need the tense of their clause. */
function needsTense(meaning: Meaning): boolean {
  return meaning.kind === 'weekday' || meaning.kind === 'month' || meaning.kind === 'part-of-year' || meaning.kind === 'holiday' || meaning.kind === 'day-of-month';
}

/** What joins the items of a list of days: "12, 13 and 14 October", "June 23 or 25". */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)`;
/** A bare day just before a list joiner, at the end of the text before a day-month date: "12 and " of "12 and 13 October". */
const DAY_BEFORE = new RegExp(String.raw`(?<![\w$£€.,/:-])(\d{1,2})(?:st|nd|rd|th)?${LIST_JOIN}$`);
/** A bare day just after a month-day date and a list joiner: " and 25" of "June 23 and 25". */
const DAY_AFTER = new RegExp(String.raw`^${LIST_JOIN}(\d{1,2})(?:st|nd|rd|th)?(?![\w%/:.,-]\d|[\w%-])`);
/** What may follow a day ending a list: punctuation, or a word that is no noun of a count ("25 people"). */
const AFTER_LISTED_DAY =
  /^(?:\s*$|\s*[.,;)"”’'!?](?!\s*\d)|\s+(?:in|at|on|to|when|as|and|or|with|for|before|after|unless|if|respectively|while|because|but|from|until|through|of|[A-Z]\w*)\b)/;

/**
 * The other days of a list or a span that names its month once: "12 and 13 October" (the 12th is
 * in October too), "June 21, June 23 and 25" (the 25th is in June). Only ascending days of that
 * month, and a day after the date only where no noun follows it ("June 3 and 25 people" counts).
 */
function listedDays(text: string, chosen: Candidate[]): Candidate[] {
  const taken = new DisjointSpans<Candidate>();
  for (const c of chosen) taken.add(c);
  for (const c of chosen) {
    const m = c.meaning;
    const own = text.slice(c.start, c.end);
    // A month and day, or a full date written with the month's name ("5 June 2025").
    const full = m.kind === 'value' && m.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(m.value) && /[A-Za-z]/.test(own) ? m.value : null;
    if (!full && (m.kind !== 'month' || m.day === null || m.time)) continue;
    const month = full ? Number(full.slice(5, 7)) : m.kind === 'month' ? m.month : 0;
    const first = full ? Number(full.slice(8, 10)) : m.kind === 'month' ? m.day! : 0;
    const make = (start: number, end: number, day: number): Candidate => ({
      start,
      end,
      meaning: full ? { kind: 'value', type: 'DATE', value: `${full.slice(0, 8)}${String(day).padStart(2, '0')}` } : { ...(m as Extract<Meaning, { kind: 'month' }>), day },
      priority: 0,
    });
    if (/^\d/.test(own)) {
      // Day first: walk back over "12, 13 and " while the days go down.
      let at = c.start;
      let next = first;
      for (;;) {
        const before = DAY_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
        if (!before) break;
        const day = Number(before[1]);
        const start = at - before[0].length;
        if (day < 1 || day >= next) break;
        const candidate = make(start, start + before[1].length, day);
        if (!taken.add(candidate)) break;
        at = start;
        next = day;
      }
    } else if (/\D\d{1,2}(?:st|nd|rd|th)?$/.test(own)) {
      // Month first: walk on over " and 25" while the days go up and stay in the month.
      let at = c.end;
      let previous = first;
      for (;;) {
        const after = DAY_AFTER.exec(text.slice(at, at + 24));
        if (!after) break;
        const day = Number(after[1]);
        const end = at + after[0].length;
        if (day <= previous || day > daysInMonth(full ? Number(full.slice(0, 4)) : 2000, month)) break;
        if (!AFTER_LISTED_DAY.test(text.slice(end, end + 24))) break;
        const start = end - after[0].length + after[0].lastIndexOf(after[1]);
        const candidate = make(start, start + after[1].length, day);
        if (!taken.add(candidate)) break;
        at = end;
        previous = day;
      }
    }
  }
  return taken.chosen; // the dates and their listed days, in order
}

/** What joins the two ends of a span of days: "from Monday to Wednesday", "June 28-July 2". */
const RANGE_JOIN = /^\s*(?:to|through|thru|till|until|-|–|—)\s*$/i;

/**
 * The end of a span resolved on its own may fall before its start ("from Monday to Wednesday" in a
 * future clause, published on a Wednesday): it is the first such day after the start. When that
 * would put the end of a span in a clause not in the future after publication ("the fair ran from Tuesday to Friday",
 * published on a Wednesday), the start goes back a week instead. Returns the values of start and end.
 */
function orderRange(start: Meaning, startValue: string, end: Meaning, endValue: string | null, anchor: Day, tense: Tense): [string, string | null] {
  if (!endValue || !isCalendarDay(startValue) || !isCalendarDay(endValue)) return [startValue, endValue];
  const from = parseDay(startValue)!, to = parseDay(endValue)!;
  if (formatDay(to) >= formatDay(from)) return [startValue, endValue];
  if (end.kind === 'weekday' && end.shift === null && !end.weekend) {
    const later = addDays(from, (end.weekday - weekday(from) + 7) % 7 || 7);
    if (tense === 'future' || formatDay(later) <= formatDay(anchor) || start.kind !== 'weekday' || start.shift !== null) {
      return [startValue, formatDay(later)];
    }
    return [formatDay(addDays(to, -((weekday(to) - start.weekday + 7) % 7 || 7))), endValue];
  }
  if (end.kind === 'month' && end.day !== null && end.shift === null && end.yearShift == null) {
    const later = formatDay({ ...to, year: to.year + 1 });
    return parseDay(later) ? [startValue, later] : [startValue, endValue];
  }
  return [startValue, endValue];
}

export function findDateMentions(doc: Pick<AnalysisDoc, 'body' | 'published' | 'sentences'>): DateMention[] {
  const text = doc.body;
  const anchor: Day | null = doc.published ? parseDay(doc.published) : null;
  const urls = new SpanSet(urlSpans(text));
  const candidates: Candidate[] = [
    ...applyRules({ text, anchor, dayFirst: detectDayFirst(text) }, ruleScan(text, doc.sentences)).map((m) => ({ ...m, priority: 1 })),
    ...chronoMatches(text, anchor, chronoPieces(text, doc.sentences)).map((m) => ({ ...m, priority: 0 })),
  ].filter((c) => c.end > c.start && !urls.overlaps(c.start, c.end));
  const mentions: DateMention[] = [];
  let lastDated: DateMention | null = null;
  /** The day a bare clock time belongs to: as `lastDated`, but not a day of telling after the event's own in its sentence. */
  let clockDay: DateMention | null = null;
  let previousEnd = 0;
  /** The last quarter the report spoke of, other than by comparison. */
  let discussed: { value: string; end: number } | null = null;
  let previous: { mention: DateMention; meaning: Meaning } | null = null;
  for (const chosen of listedDays(text, selectNonOverlapping(candidates))) {
    const c = extendByModifier(text, chosen, previousEnd);
    previousEnd = c.end;
    const tense: Tense = anchor && needsTense(c.meaning) ? tenseAt(doc.sentences, c.start, c.end, text) : 'unknown';
    // "the following year" and a bare clock time ("at 10 p.m.") belong to the day the story is telling.
    const storyAnchor =
      c.meaning.kind === 'offset' && c.meaning.fromStory
        ? lastStoryDate(lastDated, c.meaning.unit)
        : c.meaning.kind === 'time'
          ? lastStoryDate(clockDay, 'day')
          : null;
    const resolved: string | null =
      c.meaning.kind === 'offset' && c.meaning.fromStory && c.meaning.unit === 'quarter' && discussed
        ? shiftQuarter(discussed.value, c.meaning.offset)
        : resolve(c.meaning, storyAnchor ?? anchor, tense);
    const comparison = isComparison(c.meaning) && !CALENDAR_YEAR.test(text.slice(c.start, c.end));
    let value: string | null = comparison ? inContextGranularity(c.meaning, resolved, discussed, c.start) : resolved;
    const between = text.slice(previous?.mention.end ?? 0, c.start);
    if (
      previous?.mention.value &&
      anchor &&
      (RANGE_JOIN.test(between) || (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(text.slice(Math.max(0, previous.mention.start - 10), previous.mention.start))))
    ) {
      [previous.mention.value, value] = orderRange(previous.meaning, previous.mention.value, c.meaning, value, anchor, tense);
    }
    if (!isComparison(c.meaning) && value && /^\d{4}-Q[1-4]$/.test(value)) discussed = { value, end: c.end };
    const mention: DateMention = {
      text: text.slice(c.start, c.end),
      value,
      type: typeOf(c.meaning),
      start: c.start,
      end: c.end,
    };
    const unanchored = value === null && !anchor ? unanchoredValue(c.meaning) : null;
    if (unanchored) mention.unanchored = unanchored;
    mentions.push(mention);
    previous = { mention, meaning: c.meaning };
    if (mention.type === 'DATE' && CALENDAR_VALUE.test(mention.value ?? '')) {
      // "An earthquake struck late Friday, ..., officials said Saturday" dates the telling after the
      // event's own day: a later "at 11:47 p.m." is still the quake's day.
      const telling =
        clockDay !== null &&
        SAID_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) &&
        findSentence(doc.sentences, clockDay.start) === (findSentence(doc.sentences, c.start) ?? null);
      if (!telling) clockDay = mention;
      lastDated = mention;
    }
  }
  return mentions;
}

/** Component: fills `doc.dates`. */
export const findDates: Component = (doc) => {
  doc.dates = findDateMentions(doc);
};
