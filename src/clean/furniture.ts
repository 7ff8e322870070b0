import type { RemovedText } from '../types.js';
import { readByline } from './byline.js';
import { BARE_URL_LINE } from './paragraphs.js';
import { readDateLine } from './published.js';
import { type BoilerplateRule, matchRule } from './rules.js';
import { TERMINAL } from './unwrap.js';

/**
 * Page furniture of text pulled out of a PDF or a printed page: page numbers ("3", "Page 3 of
 * 12", "- 3 -") and running headers and footers, the short lines printed again on every page
 * ("Daily Planet — Thursday, 14 March 2024"). They leave the text before paragraphs are formed
 * (recorded in `removed`), and the page break they stood in is closed again when it cut a
 * sentence in two.
 */

const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*(?:of|\/)\s*\d{1,3})$/i;
const BARE_NUMBER = /^\d{1,3}$/;
/** Numbers alone on lines closer than this (in lines of text) number a list, not pages. */
const MIN_PAGE_LINES = 8;
const MAX_HEADER_LENGTH = 90;
const MAX_HEADER_WORDS = 12;

/**
 * Lines printed on every page: seen twice or more verbatim, a page apart, short, of two words
 * or more (one word again and again is rather a speaker's name in a transcript), no sentence,
 * no boilerplate the rules name.
 */
function repeatedLines(lines: readonly string[], rules: readonly BoilerplateRule[]): Set<string> {
  const seen = new Map<string, { count: number; at: number; close: boolean }>();
  let at = 0;
  for (const line of lines) {
    const s = line.trim();
    if (!s) continue;
    const before = seen.get(s);
    if (before) seen.set(s, { count: before.count + 1, at, close: before.close || at - before.at < MIN_PAGE_LINES });
    else seen.set(s, { count: 1, at, close: false });
    at++;
  }
  const out = new Set<string>();
  for (const [s, { count, close }] of seen) {
    const words = s.split(/\s+/).length;
    if (count < 2 || close || s.length > MAX_HEADER_LENGTH || words < 2 || words > MAX_HEADER_WORDS) continue;
    // A header starts like words do: ".gmobile {" repeated is a style sheet left in a saved page.
    if (TERMINAL.test(s) || !/^[\p{L}\p{N}"“'‘(]/u.test(s) || BARE_URL_LINE.test(s) || matchRule(s, rules)) continue;
    out.add(s);
  }
  return out;
}

/**
 * A repeated line that opens the text and is followed by a byline or a date is the headline,
 * repeated as the running header of later pages: its first print stays as the title.
 */
function isHeadline(lines: readonly string[], at: number, first: boolean): boolean {
  if (!first) return false;
  const next = lines.slice(at + 1, at + 4).find((l) => l.trim()) ?? '';
  return readByline(next) !== null || readDateLine(next) !== null;
}

/**
 * Whether the numbers alone on their lines are page numbers: a page holds more than a few lines,
 * while "1", "2", "3" a few lines apart number the items of a list ("17 things ...").
 */
function barePageNumbers(lines: readonly string[]): boolean {
  let since = -1;
  for (const line of lines) {
    const s = line.trim();
    if (!s) continue;
    if (BARE_NUMBER.test(s)) {
      if (since >= 0 && since < MIN_PAGE_LINES) return false;
      since = 0;
    } else if (since >= 0) since++;
  }
  return true;
}

function furnitureReason(line: string, repeated: Set<string>, pageNumbers: boolean): string | null {
  if (PAGE_NUMBER.test(line) || (pageNumbers && BARE_NUMBER.test(line))) return 'page-number';
  if (repeated.has(line)) return 'running-header';
  return null;
}

/** The lines without their page furniture, and the furniture taken out. */
export function removeFurniture(lines: readonly string[], rules: readonly BoilerplateRule[]): { lines: string[]; removed: RemovedText[] } {
  const repeated = repeatedLines(lines, rules);
  const pageNumbers = barePageNumbers(lines);
  const kept: string[] = [];
  const removed: RemovedText[] = [];
  // Blank lines after the last kept line, held back until we know whether a page break follows.
  let blanks = 0;
  let pageBreak = false;
  let first = true;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      blanks++;
      return;
    }
    const reason = furnitureReason(line, repeated, pageNumbers);
    const opening = first;
    first = false;
    if (reason && !(reason === 'running-header' && isHeadline(lines, i, opening))) {
      removed.push({ text: line, reason });
      pageBreak = true;
      return;
    }
    // Across a page break, a paragraph goes on when its last line did not end a sentence: the
    // blank lines around the furniture go and the wrap logic decides. Else one blank line stays.
    const previous = kept[kept.length - 1]?.trim();
    if (pageBreak && blanks && previous) blanks = TERMINAL.test(previous) ? 1 : 0;
    for (; blanks > 0; blanks--) kept.push('');
    kept.push(raw);
    pageBreak = false;
  });
  return { lines: kept, removed };
}
