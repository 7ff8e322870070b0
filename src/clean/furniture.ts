import type { RemovedText } from '../types.js';
import { readByline } from './byline.js';
import { readColumns } from './columns.js';
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

/**
 * A running header or footer that carries the page number, and so differs from page to page
 * ("Harbourside Gazette — Page 2 of 3", "THE MERIDIAN COURIER        3"): its words without the
 * number. The number sits at an edge of the line, after "Page" or set apart by a wide gap of
 * spaces (a PDF's layout); a number inside a sentence is no page number.
 */
const PAGE_AT_END = /^(\S.*?)\s*(?:[-–—|·•,]\s*)?(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const PAGE_AT_START = /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*(?:[-–—|·•,]\s*)?(\S.*)$/i;
const GAP_NUMBER_AT_END = /^(\S.*?\S)\s{3,}\d{1,4}$/;
const GAP_NUMBER_AT_START = /^\d{1,4}\s{3,}(\S.*)$/;

function numberedStem(line: string): string | null {
  const m = PAGE_AT_END.exec(line) ?? PAGE_AT_START.exec(line) ?? GAP_NUMBER_AT_END.exec(line) ?? GAP_NUMBER_AT_START.exec(line);
  return m ? m[1].replace(/\s+/g, ' ') : null;
}

/**
 * Lines that are one running header or footer with the page number changing: the same words
 * (see `numberedStem`) twice or more, a page apart, short and no sentence.
 */
function numberedLines(lines: readonly string[], rules: readonly BoilerplateRule[]): Set<string> {
  const seen = new Map<string, { lines: string[]; at: number; close: boolean }>();
  let at = 0;
  for (const line of lines) {
    const s = line.trim();
    if (!s) continue;
    const stem = s.length <= MAX_HEADER_LENGTH ? numberedStem(s) : null;
    if (stem) {
      const before = seen.get(stem);
      if (before) {
        // In place: a table's rows share a stem by the thousand, and a copy per row is quadratic.
        before.lines.push(s);
        before.close ||= at - before.at < MIN_PAGE_LINES;
        before.at = at;
      } else seen.set(stem, { lines: [s], at, close: false });
    }
    at++;
  }
  const out = new Set<string>();
  for (const [stem, { lines: numbered, close }] of seen) {
    const words = stem.split(/\s+/).length;
    if (numbered.length < 2 || close || words > MAX_HEADER_WORDS || TERMINAL.test(stem) || !/^[\p{L}\p{N}"“'‘(]/u.test(stem) || matchRule(stem, rules)) continue;
    for (const s of numbered) out.add(s);
  }
  return out;
}

/** Superscript digits: footnote markers in text pulled out of a PDF ("on Wednesday.¹"). */
const SUPERSCRIPT = '[¹²³⁰⁴⁵⁶⁷⁸⁹]';
/** A footnote at the foot of a page: "¹ Regional Audit Office, Report 2026/07." */
const FOOTNOTE_LINE = new RegExp(`^(${SUPERSCRIPT}{1,3})\\s*[\\p{L}\\p{N}"“'‘(]`, 'u');
const MAX_FOOTNOTE_LINES = 12;
/** A number alone, set far in from the margin (centred or at the right of a PDF's page): a page number. */
const INDENTED = /^ {10,}\S/;

function furnitureReason(raw: string, line: string, repeated: Set<string>, pageNumbers: boolean): string | null {
  if (PAGE_NUMBER.test(line) || (BARE_NUMBER.test(line) && (pageNumbers || INDENTED.test(raw)))) return 'page-number';
  if (repeated.has(line)) return 'running-header';
  return null;
}

/**
 * The footnotes of each page: a block of lines that opens with a superscript number and runs to
 * the page's end (page furniture, a form feed, or the end of the text). By index.
 */
function footnoteLines(lines: readonly string[], furniture: readonly (string | null)[]): Set<number> {
  const out = new Set<number>();
  let block: number[] = [];
  const close = (atPageEnd: boolean) => {
    if (atPageEnd && block.length && block.length <= MAX_FOOTNOTE_LINES) for (const i of block) out.add(i);
    block = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (raw.includes('\f')) close(true);
    if (!line) return;
    if (furniture[i]) return close(true);
    if (block.length || FOOTNOTE_LINE.test(line)) block.push(i);
  });
  close(true);
  return out;
}

/**
 * Footnote markers in the text, for the footnotes found: a superscript number right after a word
 * or a punctuation mark ("on Wednesday.¹", "the hall²"). A superscript after a unit ("m²",
 * "km²") or a number is no marker, and neither is one no footnote explains.
 */
function removeMarkers(line: string, markers: ReadonlySet<string>, removed: RemovedText[]): string {
  if (!markers.size) return line;
  return line.replace(new RegExp(`(?<=\\p{L}{3}|[.,;:!?"”’)])${SUPERSCRIPT}{1,3}(?!\\p{L})`, 'gu'), (m) => {
    if (!markers.has(m)) return m;
    removed.push({ text: m, reason: 'footnote-marker' });
    return '';
  });
}

/** The lines without their page furniture and footnotes, and what was taken out. */
export function removeFurniture(text: readonly string[], rules: readonly BoilerplateRule[]): { lines: string[]; removed: RemovedText[] } {
  let reasons = furnitureReasons(text, rules);
  // Pages set in two columns are read column by column, between the page's furniture.
  const lines = readColumns(text, reasons.map((r) => r !== null));
  if (lines.length !== text.length || lines.some((l, i) => l !== text[i])) reasons = furnitureReasons(lines, rules);
  const footnotes = footnoteLines(lines, reasons);
  for (const i of footnotes) reasons[i] = 'footnote';
  const markers = new Set([...footnotes].flatMap((i) => FOOTNOTE_LINE.exec(lines[i].trim())?.[1] ?? []));
  const kept: string[] = [];
  const removed: RemovedText[] = [];
  // Blank lines after the last kept line, held back until we know whether a page break follows.
  let blanks = 0;
  let pageBreak = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      blanks++;
      return;
    }
    const reason = reasons[i];
    if (reason) {
      removed.push({ text: line, reason });
      pageBreak = true;
      return;
    }
    // Across a page break, a paragraph goes on when its last line did not end a sentence: the
    // blank lines around the furniture go and the wrap logic decides. Else one blank line stays.
    const previous = kept[kept.length - 1]?.trim();
    if (pageBreak && blanks && previous) blanks = TERMINAL.test(previous) ? 1 : 0;
    for (; blanks > 0; blanks--) kept.push('');
    kept.push(removeMarkers(raw, markers, removed));
    pageBreak = false;
  });
  return { lines: kept, removed };
}

/** Why each line is page furniture (page number, running header or footer), or null. */
function furnitureReasons(lines: readonly string[], rules: readonly BoilerplateRule[]): (string | null)[] {
  const repeated = repeatedLines(lines, rules);
  for (const s of numberedLines(lines, rules)) repeated.add(s);
  const pageNumbers = barePageNumbers(lines);
  let first = true;
  const reasons = lines.map((raw, i) => {
    const line = raw.trim();
    if (!line) return null;
    const reason = furnitureReason(raw, line, repeated, pageNumbers);
    const opening = first;
    first = false;
    return reason && !(reason === 'running-header' && isHeadline(lines, i, opening)) ? reason : null;
  });
  // A number alone next to a running header or footer is the page's number, wherever it stands.
  lines.forEach((raw, i) => {
    if (reasons[i] || !BARE_NUMBER.test(raw.trim())) return;
    const near = [i - 1, i + 1].map((j) => (j >= 0 && j < lines.length ? reasons[j] : null));
    if (near.includes('running-header')) reasons[i] = 'page-number';
  });
  return reasons;
}
