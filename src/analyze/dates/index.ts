import type { DateMention } from '../../types.js';
import type { AnalysisDoc, Component } from '../doc.js';
import { parseDay, type Day } from './calendar.js';
import { chronoMatches, chronoPieces } from './chrono.js';
import { resolve, typeOf, unanchoredValue, type Meaning, type Tense } from './meaning.js';
import { applyRules, detectDayFirst, ruleScan } from './rules.js';
import { tenseAt } from './tense.js';
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

/** Only weekdays, bare months and parts of a year need the tense of their clause. */
function needsTense(meaning: Meaning): boolean {
  return meaning.kind === 'weekday' || meaning.kind === 'month' || meaning.kind === 'part-of-year' || meaning.kind === 'holiday';
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
  let previousEnd = 0;
  /** The last quarter the report spoke of, other than by comparison. */
  let discussed: { value: string; end: number } | null = null;
  for (const chosen of selectNonOverlapping(candidates)) {
    const c = extendByModifier(text, chosen, previousEnd);
    previousEnd = c.end;
    const tense: Tense = anchor && needsTense(c.meaning) ? tenseAt(doc.sentences, c.start, c.end, text) : 'unknown';
    // "the following year" and a bare clock time ("at 10 p.m.") belong to the day the story is telling.
    const storyAnchor =
      c.meaning.kind === 'offset' && c.meaning.fromStory
        ? lastStoryDate(lastDated, c.meaning.unit)
        : c.meaning.kind === 'time'
          ? lastStoryDate(lastDated, 'day')
          : null;
    const resolved: string | null =
      c.meaning.kind === 'offset' && c.meaning.fromStory && c.meaning.unit === 'quarter' && discussed
        ? shiftQuarter(discussed.value, c.meaning.offset)
        : resolve(c.meaning, storyAnchor ?? anchor, tense);
    const comparison = isComparison(c.meaning) && !CALENDAR_YEAR.test(text.slice(c.start, c.end));
    const value: string | null = comparison ? inContextGranularity(c.meaning, resolved, discussed, c.start) : resolved;
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
    if (mention.type === 'DATE' && CALENDAR_VALUE.test(mention.value ?? '')) lastDated = mention;
  }
  return mentions;
}

/** Component: fills `doc.dates`. */
export const findDates: Component = (doc) => {
  doc.dates = findDateMentions(doc);
};
