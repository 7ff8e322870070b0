import { addDays, daysInMonth, weekday, type Day } from './calendar.js';
import { plainLower } from '../spans.js';

/** Words of the calendar, shared by the date rules. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const PARTS_OF_DAY: Record<string, 'MO' | 'AF' | 'EV' | 'NI'> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};
export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
/** Holidays and the day each falls on in a given year (fixed ones, and the common movable ones). */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'halloween': [10, 31], "valentine's day": [2, 14], 'boxing day': [12, 26],
  'may day': [5, 1],
};

/** Easter Sunday (Gregorian), by the anonymous algorithm ("Meeus/Jones/Butcher"). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th (1-based; -1 = last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekdayWanted: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekdayWanted - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - weekdayWanted + 7) % 7));
}

const MOVABLE_HOLIDAYS: Record<string, (year: number) => Day> = {
  'easter': easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
};

export const HOLIDAY_NAMES = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(MOVABLE_HOLIDAYS)];

/** The day a holiday falls on in `year`, or null for an unknown name. */
export function holidayDate(name: string, year: number): Day | null {
  const key = plainLower(name);
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  return MOVABLE_HOLIDAYS[key]?.(year) ?? null;
}

/** TimeML duration letters per unit word, and how many of that letter one unit is. */
export const DURATION_UNITS: Record<string, { letter: string; times: number; clock: boolean }> = {
  second: { letter: 'S', times: 1, clock: true },
  minute: { letter: 'M', times: 1, clock: true },
  hour: { letter: 'H', times: 1, clock: true },
  day: { letter: 'D', times: 1, clock: false },
  night: { letter: 'D', times: 1, clock: false },
  week: { letter: 'W', times: 1, clock: false },
  fortnight: { letter: 'W', times: 2, clock: false },
  month: { letter: 'M', times: 1, clock: false },
  quarter: { letter: 'Q', times: 1, clock: false },
  year: { letter: 'Y', times: 1, clock: false },
  decade: { letter: 'Y', times: 10, clock: false },
  century: { letter: 'Y', times: 100, clock: false },
};

/** "years" -> "year", "centuries" -> "century". */
export function singularUnit(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** TimeML duration value: P3Y, PT5H, P30Y ("three decades"); PXY when the count is vague. */
export function durationValue(count: number | null, unitWord: string): string | null {
  const unit = DURATION_UNITS[singularUnit(unitWord)];
  if (!unit) return null;
  const t = unit.clock ? 'T' : '';
  if (count === null) {
    const letter = unit.times === 10 ? 'DE' : unit.times === 100 ? 'CE' : unit.letter;
    return `P${t}X${letter}`;
  }
  const n = Math.round(count * unit.times * 1000) / 1000;
  if (Number.isInteger(n)) return `P${t}${n}${unit.letter}`;
  // "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: TimeML writes fractions in the next unit.
  const smaller = SMALLER_UNIT[unit.letter + t];
  const whole = Math.floor(n);
  if (smaller && Number.isInteger(Math.round((n - whole) * smaller.per * 1000) / 1000)) {
    const rest = Math.round((n - whole) * smaller.per);
    const head = whole ? `${whole}${unit.letter}` : '';
    return smaller.clock && !t ? `P${head}T${rest}${smaller.letter}` : `P${t}${head}${rest}${smaller.letter}`;
  }
  return `P${t}${n}${unit.letter}`;
}

/** The next smaller unit for writing a fraction: keyed by letter (+ "T" for clock units). */
const SMALLER_UNIT: Record<string, { letter: string; per: number; clock: boolean }> = {
  Y: { letter: 'M', per: 12, clock: false },
  M: { letter: 'D', per: 30, clock: false },
  W: { letter: 'D', per: 7, clock: false },
  D: { letter: 'H', per: 24, clock: true },
  HT: { letter: 'M', per: 60, clock: true },
  MT: { letter: 'S', per: 60, clock: true },
};

/** Words before "today" or "tomorrow" that make it a figure of speech: "a brighter tomorrow", "a better today". */
export const FIGURATIVE_DAY_BEFORE = /\b(?:a|an|brighter|better|bright)\s+$/i;

/**
 * "Today" or "Tonight" capitalised right after a word is a name's word: "USA Today", "World News
 * Tonight", NBC's "Today" show. After punctuation (a sentence's or a quotation's start) it is the day.
 */
export function isNamedDay(body: string, start: number, text: string): boolean {
  return /^(?:Today|Tonight)$/.test(text) && /[\p{L}\p{N}][ \t]*$/u.test(body.slice(Math.max(0, start - 3), start));
}
