import * as chrono from 'chrono-node';

/**
 * The publication date, from the most trusted place that gives one (the caller goes in this
 * order): metadata, the first date the page prints above the article (a "Published:" line or a
 * date alone on its line), the article's own URL path, a date line near the head, a dateline, a
 * "First Published:" line anywhere.
 * A date found in a link inside the article is never the article's date.
 */

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const EXPLICIT_YEAR = /\b(1[89]|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/;

/** "2022-11-21T10:00:00Z", "Mon, 21 Nov 2022 10:00:00 GMT", "November 21, 2022" -> 2022-11-21. */
export function normalizeDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const s = value.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (isoMatch) return valid(+isoMatch[1], +isoMatch[2], +isoMatch[3]);
  const results = chrono.en.parse(s);
  const first = results[0];
  // Only a date that states its own year: never guess the year of a publication date, and
  // never resolve "1 year, 160 days ago" against today.
  if (!first || !first.start.isCertain('year') || !first.start.isCertain('day') || !EXPLICIT_YEAR.test(first.text)) return null;
  return iso(new Date(Date.UTC(first.start.get('year')!, first.start.get('month')! - 1, first.start.get('day')!)));
}

/** /2022/11/21/slug, /2013/aug/02/slug, /2022-11-21-slug, /20221121/ in an article's own URL. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const named = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?:\/|[_-]|$)/i.exec(path);
  if (named) return valid(+named[1], MONTH_NAMES.get(named[2].toLowerCase())!, +named[3]);
  // A zero-padded or slash-ended day only: in "/2013/08/5-thoughts-on-..." the 5 begins the slug.
  const m =
    /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{2}|\d(?![_-]))(?:\/|[_-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[_-]|$)/.exec(path);
  return m ? valid(+m[1], +m[2], +m[3]) : null;
}

const FIRST_PUBLISHED = /^(first published|published|posted|updated|last updated|date)\s*(on|at)?\s*[:\-–]?\s*(.+)$/i;

/** "First Published: Dec 3, 2012 5:48PM" -> 2012-12-03; returns null for anything else. */
export function dateFromPublishedLine(line: string): string | null {
  const m = FIRST_PUBLISHED.exec(line.trim());
  return m ? normalizeDate(m[3]) : null;
}

/** Words a date line may say besides the date itself ("Posted on", "updated", "8:05am UK"). */
const DATE_LINE_WORDS =
  /^(on|at|in|by|updated?|published|posted|created|story|release[sd]?|found|edited|last|modified|date[d]?|for|immediate|first|uk|us|et|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest|ist|am|pm|a|p|m|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|the|of)$/i;

/**
 * A short line near the head that is (nearly) only a date: "December 15th, 2008, 7:35 am",
 * "on April 30, 2008 at 4:31 AM, updated April 30, 2008", "8:05am UK, Monday 16 September 2013",
 * "Washington D.C., Jul 13, 2009/02:00 pm (CNA)". The first date on the line is taken: a page
 * prints the publication before the update. `bare` when the line has no word but the date's
 * own (no place, no outlet): a page's publication stamp rather than a story's dateline.
 */
export function readDateLine(line: string): { date: string; bare: boolean } | null {
  const s = line.trim();
  if (s.length > 100 || s.length < 6) return null;
  const first = chrono.en.parse(s).find((r) => r.start.isCertain('year') && r.start.isCertain('day') && EXPLICIT_YEAR.test(r.text));
  if (!first) return null;
  const rest = (s.slice(0, first.index) + ' ' + s.slice(first.index + first.text.length)).replace(/\([^)]{1,20}\)/g, ' ');
  const words = rest.match(/\p{L}+/gu) ?? [];
  const others = words.filter((w) => !DATE_LINE_WORDS.test(w));
  // Besides the date: at most a place or an outlet of a few words (a dateline), or an update stamp.
  if (others.length > 3 || /[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(rest)) return null;
  const date = normalizeDate(first.text);
  return date ? { date, bare: others.length === 0 } : null;
}

/** Month names of datelines, in English (and abbreviated), French, Spanish and German. */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan', 'janvier', 'enero', 'januar'],
    ['february', 'feb', 'février', 'fevrier', 'febrero', 'februar'],
    ['march', 'mar', 'mars', 'marzo', 'märz'],
    ['april', 'apr', 'avril', 'abril'],
    ['may', 'mai', 'mayo'],
    ['june', 'jun', 'juin', 'junio', 'juni'],
    ['july', 'jul', 'juillet', 'julio', 'juli'],
    ['august', 'aug', 'août', 'aout', 'agosto'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
    ['october', 'oct', 'octobre', 'octubre', 'oktober'],
    ['november', 'nov', 'novembre', 'noviembre'],
    ['december', 'dec', 'décembre', 'decembre', 'diciembre', 'dezember'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/**
 * A dateline opening the first paragraph: a place in any case ("MOSCOW", "Lisbon", "MALATYA,
 * Turkey") or none, a date month first or day first ("Nov. 21, 2022", "6 March 2026", "5 mars
 * 2026", "5 de marzo de 2026"), maybe the agency in brackets, then a dash.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{L}.'’ -]{0,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30}?)?,\s+)?(?:(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:er)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?(?:\s+(?:de\s+)?(\d{4}))?)\s*(\([^)]{2,40}\))?\s*[-–—]/u;

/**
 * The date of a dateline at the start of the first paragraph ("MOSCOW, Nov. 21, 2022 (Reuters)
 * - ..."). A wire dateline gives no year ("KYIV, March 3 (Reuters) -"): `year`, the year of the
 * report's own copyright line, completes it when the agency's bracket shows it is one.
 */
export function dateFromDateline(paragraph: string, year?: number): string | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [monthName, day, y] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const month = MONTH_NAMES.get(monthName.toLowerCase());
  if (!month) return null;
  if (y) return valid(+y, month, +day);
  return m[7] && year ? valid(year, month, +day) : null;
}

/** The year of a copyright line ("© 2026 Reuters. All rights reserved."), if it gives one. */
export function copyrightYear(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const m = /(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:©\s*)?((?:19|20)\d{2})\b/.exec(line);
    if (m) return +m[1];
  }
  return undefined;
}
