/**
 * Calendar arithmetic on plain dates (no time zones, no clocks): what resolving "last week"
 * or "on Monday" against a publication date needs, and the TimeML spelling of the results.
 */
export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(day) ? day : null;
}

/** Whether `value` is a day of the calendar written YYYY-MM-DD and nothing else: "2024-02-29" is, "2024-02-30" is not. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDay(value) !== null;
}

export function isValidDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc({ year, month, day }: Day): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 onto 1900-1999
  return date;
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds whole months, keeping the day where the month allows it (Mar 31 - 1 month = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday, as in Date#getDay. */
export function weekday(day: Day): number {
  return toUtc(day).getUTCDay();
}

/** Days between two dates: b - a. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function compareDays(a: Day, b: Day): number {
  return daysBetween(b, a);
}

/** ISO-8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 3 - ((weekday(day) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export const formatYear = (year: number) => pad(year, 4);
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (d: Day) => `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
export const formatWeek = (d: Day) => {
  const { year, week } = isoWeek(d);
  return `${formatYear(year)}-W${pad(week)}`;
};
export const formatQuarter = (year: number, quarter: number) => `${formatYear(year)}-Q${quarter}`;
export const formatTime = (d: Day, hour: number, minute: number) => `${formatDay(d)}T${pad(hour)}:${pad(minute)}`;
