import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatQuarter,
  formatTime,
  formatWeek,
  formatYear,
  isValidDay,
  quarterOf,
  weekday as weekdayOf,
  type Day,
} from './calendar.js';
import { holidayDate } from './vocabulary.js';

/**
 * What a temporal expression says, before it is anchored: "last week" is an offset of -1
 * week, "on Monday" a weekday, "in March" a month, "1998" a value that needs no anchor.
 * Resolving a meaning against the publication date (and the tense of its clause) gives the
 * TimeML value.
 */
export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** -1 "last", 0 "this", +1 "next"; null when the text gives no such word. */
export type Shift = -1 | 0 | 1 | null;
/** 'near': the clause may look either way (a deadline: "told to leave by Friday"), the nearest such day wins. */
export type Tense = 'past' | 'future' | 'near' | 'unknown';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A clock time or a part of the day, attached to a day-level meaning. */
export type TimeOfDay = { hour: number; minute: number } | { part: PartOfDay };

export type Meaning =
  /** Needs no anchor: 1998-08-07, 1998, 199, 2012-Q4, PRESENT_REF, P3Y, P1D (SET). */
  | { kind: 'value'; type: DateType; value: string }
  /** Counted from the anchor in one unit: today (day 0), yesterday (day -1), last week (week -1). */
  | {
      kind: 'offset';
      unit: Unit;
      offset: number;
      time?: TimeOfDay;
      /** Counted from the last date the story gave ("the following year"), not from publication. */
      fromStory?: boolean;
    }
  /** "Monday", "last Friday" (weekday 0 = Sunday); with `weekend`, the weekend of that Saturday. */
  | { kind: 'weekday'; weekday: number; shift: Shift; time?: TimeOfDay; weekend?: boolean }
  /** "March", "Aug. 7", "last November": a month (and day) whose year the anchor decides. */
  | { kind: 'month'; month: number; day: number | null; shift: Shift; time?: TimeOfDay; yearShift?: Shift }
  /** "on the 5th": a day of a month the anchor (and the tense of the clause) decides. */
  | { kind: 'day-of-month'; day: number }
  /** "Christmas", "last Thanksgiving": a holiday whose year the anchor decides. */
  | { kind: 'holiday'; name: string; shift: Shift }
  /** A clock time alone ("at 10:35 a.m."): the anchor's day. */
  | { kind: 'time'; time: TimeOfDay }
  /** "the third quarter", "the first half", "last summer": a part of a year the anchor decides. */
  | {
      kind: 'part-of-year';
      part: { quarter: number } | { half: number } | { season: Season };
      shift: Shift;
      /** "of last year": the year is the anchor's plus this. */
      yearShift?: Shift;
    };

export function typeOf(meaning: Meaning): DateType {
  if (meaning.kind === 'value') return meaning.type;
  if (meaning.kind === 'time') return 'TIME';
  if ('time' in meaning && meaning.time) return 'TIME';
  return 'DATE';
}

function withTime(day: Day, time: TimeOfDay | undefined): string {
  if (!time) return formatDay(day);
  if ('part' in time) return `${formatDay(day)}T${time.part}`;
  return formatTime(day, time.hour, time.minute);
}

function resolveOffset(anchor: Day, unit: Unit, offset: number, time: TimeOfDay | undefined): string {
  switch (unit) {
    case 'day':
      return withTime(addDays(anchor, offset), time);
    case 'week':
      return formatWeek(addDays(anchor, 7 * offset));
    case 'month': {
      const d = addMonths(anchor, offset);
      return formatMonth(d.year, d.month);
    }
    case 'quarter': {
      const index = anchor.year * 4 + quarterOf(anchor.month) - 1 + offset;
      return formatQuarter(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'half': {
      const index = anchor.year * 2 + (anchor.month > 6 ? 1 : 0) + offset;
      return `${formatYear(Math.floor(index / 2))}-H${(index % 2) + 1}`;
    }
    case 'year':
      return formatYear(anchor.year + offset);
    case 'decade':
      return String(Math.floor(anchor.year / 10) + offset);
    case 'century':
      return String(Math.floor(anchor.year / 100) + offset);
  }
}

/** "Monday": the most recent one on or before the anchor, the next one if the clause is future, the nearer of the two if it may be either. */
function resolveWeekday(anchor: Day, weekday: number, shift: Shift, tense: Tense): Day {
  const back = (weekdayOf(anchor) - weekday + 7) % 7; // days since the last such weekday (0: today)
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7;
  if (shift === -1) return addDays(anchor, -(back || 7));
  if (shift === 1) return addDays(anchor, ahead || 7);
  if (shift === 0) {
    // "this Friday": the one in the anchor's week (weeks start on Monday).
    const mondayBased = (d: number) => (d + 6) % 7;
    return addDays(anchor, mondayBased(weekday) - mondayBased(weekdayOf(anchor)));
  }
  if (tense === 'near') return ahead < back ? addDays(anchor, ahead) : addDays(anchor, -back);
  return tense === 'future' ? addDays(anchor, ahead) : addDays(anchor, -back);
}

/**
 * The year of a month (and day) given without one. "last"/"next" step over the anchor;
 * otherwise the occurrence nearest to the anchor, where the tense of the clause makes the
 * other side three times as far and two months more: "acquired it in February" written in October is this
 * February, "will repay it by February" next February, "extended to Nov. 16" in late
 * October this November.
 */
function resolveYear(anchor: Day, month: number, day: number | null, shift: Shift, tense: Tense): number {
  const y = anchor.year;
  // Days from the anchor to the occurrence in year `year` (a bare month counts from its middle).
  const offset = (year: number) =>
    day === null
      ? year * 12 + month - (anchor.year * 12 + anchor.month) === 0
        ? 0
        : daysBetween(anchor, { year, month, day: 15 })
      : daysBetween(anchor, { year, month, day: Math.min(day, 28) }) + (day > 28 ? day - 28 : 0);
  if (shift === -1) return offset(y) < 0 ? y : y - 1;
  if (shift === 1) return offset(y) > 0 ? y : y + 1;
  if (shift === 0) return y;
  const cost = (year: number) => {
    const d = offset(year);
    const against = (tense === 'past' && d > 0) || (tense === 'future' && d < 0);
    return against ? Math.abs(d) * 3 + 60 : Math.abs(d);
  };
  return [y - 1, y, y + 1].reduce((best, year) => (cost(year) < cost(best) ? year : best), y);
}

/** "on the 5th": that day of the anchor's month if it is not past it, else of the month before; of the next month in a future clause. */
function resolveDayOfMonth(anchor: Day, day: number, tense: Tense): Day {
  const inMonth = (d: Day) => isValidDay({ year: d.year, month: d.month, day });
  const step = (d: Day, months: number) => {
    let m = addMonths({ ...d, day: 1 }, months);
    while (!inMonth(m)) m = addMonths(m, months < 0 ? -1 : 1);
    return { ...m, day };
  };
  const here = { ...anchor, day };
  if (tense === 'future') return day >= anchor.day && inMonth(here) ? here : step(anchor, 1);
  return day <= anchor.day ? here : step(anchor, -1);
}

const SEASON_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function resolvePartOfYear(
  anchor: Day,
  part: { quarter: number } | { half: number } | { season: Season },
  shift: Shift,
  tense: Tense,
  yearShift: Shift,
): string {
  // The month that starts the part; a part is "before" the anchor once it has started.
  const [first, length, format] =
    'quarter' in part
      ? [part.quarter * 3 - 2, 3, (y: number) => formatQuarter(y, part.quarter)]
      : 'half' in part
        ? [part.half * 6 - 5, 6, (y: number) => `${formatYear(y)}-H${part.half}`]
        : [SEASON_MONTH[part.season], 3, (y: number) => `${formatYear(y)}-${part.season}`];
  const started = anchor.month >= first;
  const ongoing = started && anchor.month < first + length;
  let year = anchor.year;
  if (yearShift !== null) year = anchor.year + yearShift;
  else if (shift === -1) year = started && !ongoing ? anchor.year : anchor.year - 1;
  else if (shift === 1) year = started ? anchor.year + 1 : anchor.year;
  else if (shift === null && !started && tense !== 'future') year = anchor.year - 1;
  return format(year);
}

/**
 * What a date the anchor would have resolved says without one, in TimeML's notation for an
 * unknown year: "Feb. 22" in an undated report is XXXX-02-22, "in December" XXXX-12. Only a
 * month (and day): they still tell which time of year a report speaks of, where "Monday" or
 * "last year" say nothing.
 */
export function unanchoredValue(meaning: Meaning): string | null {
  if (meaning.kind !== 'month') return null;
  const month = `XXXX-${String(meaning.month).padStart(2, '0')}`;
  if (meaning.day === null) return month;
  const day = { year: 2000, month: meaning.month, day: meaning.day }; // a leap year: Feb. 29 is a day
  return isValidDay(day) ? `${month}-${String(meaning.day).padStart(2, '0')}` : null;
}

/**
 * The TimeML value of a meaning, or null when it needs an anchor and there is none: a
 * relative date without a publication date is never guessed.
 */
export function resolve(meaning: Meaning, anchor: Day | null, tense: Tense): string | null {
  if (meaning.kind === 'value') return meaning.value;
  if (!anchor) return null;
  switch (meaning.kind) {
    case 'offset':
      return resolveOffset(anchor, meaning.unit, meaning.offset, meaning.time);
    case 'weekday': {
      const day = resolveWeekday(anchor, meaning.weekday, meaning.shift, tense);
      return meaning.weekend ? `${formatWeek(day)}-WE` : withTime(day, meaning.time);
    }
    case 'month': {
      const year =
        meaning.yearShift !== undefined && meaning.yearShift !== null
          ? anchor.year + meaning.yearShift
          : resolveYear(anchor, meaning.month, meaning.day, meaning.shift, tense);
      if (meaning.day === null) return formatMonth(year, meaning.month);
      const day = { year, month: meaning.month, day: meaning.day };
      return isValidDay(day) ? withTime(day, meaning.time) : null;
    }
    case 'holiday': {
      const near = holidayDate(meaning.name, anchor.year);
      if (!near) return null;
      const year = resolveYear(anchor, near.month, near.day, meaning.shift, tense);
      const day = holidayDate(meaning.name, year);
      return day ? formatDay(day) : null;
    }
    case 'day-of-month':
      return formatDay(resolveDayOfMonth(anchor, meaning.day, tense));
    case 'time':
      return withTime(anchor, meaning.time);
    case 'part-of-year':
      return resolvePartOfYear(anchor, meaning.part, meaning.shift, tense, meaning.yearShift ?? null);
  }
}
