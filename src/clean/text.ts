import type { ArticleLink, CleanedDocument, RemovedText, SourceHints } from '../types.js';
import { readByline } from './byline.js';
import { unwrapEmail } from './email.js';
import { removeFurniture } from './furniture.js';
import { outletFromText, outletFromUrl } from './outlet.js';
import { BARE_URL_LINE, applyParagraphRules } from './paragraphs.js';
import { copyrightYear, readDateLine, dateFromDateline, dateFromPublishedLine, dateFromUrl, normalizeDate } from './published.js';
import { type BoilerplateRule, DEFAULT_RULES, matchRule } from './rules.js';
import { type Layout, detectLayout, isParagraphBreak, joinLines, joinWrapped } from './unwrap.js';

export interface CleanOptions {
  rules?: readonly BoilerplateRule[];
  /** The publication date (YYYY-MM-DD) of a document that gives none of its own (`ingest --date`). */
  fallbackDate?: string;
}

/** Line-level facts found before paragraphs are formed: the report's own URL, dates, byline. */
interface HeadFacts {
  url: string | null;
  dateLine: string | null;
  firstPublished: string | null;
  /** The first date line of the page, if it is a "Published:" line or a date alone above the body (after the title at most), not an update stamp. */
  stated: string | null;
  authors: string[];
  /** The outlet a byline names ("By Tom Krisher | Daily Planet"). */
  bylineOutlet: string | null;
  removed: RemovedText[];
  links: ArticleLink[];
  /** How many paragraphs stood above the first byline or date line of the head, if there is one. */
  factsAt: number | null;
}

const HEAD_LINES = 6;

export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B\u2060\uFEFF]/g, '') // zero-width space and word joiner; ZWNJ/ZWJ stay (Persian, Indic scripts, emoji)
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/(?<! ) +$/gm, ''); // from the first space of a run only: linear on a line of 100,000 spaces
}

const UPDATE_STAMP = /^(?:last\s+)?(?:updated|modified|edited)\b/i;

/** Whether a date line is the first the page prints, before the body (after the title at most), and no update stamp. */
function aboveBody(paragraphs: readonly string[], line: string, head: HeadFacts): boolean {
  return !head.dateLine && !head.firstPublished && paragraphs.length <= 1 && !UPDATE_STAMP.test(line);
}

const HEADLINE_LINE = 80;
const SMALL_WORD = /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|for|from|by|with|as|vs\.?|v\.?)$/;

/** "Strike Halts Trains Across France": every word capitalised but the small ones. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && /^\P{L}*\p{Lu}/u.test(words[0]) && words.every((w) => /^\P{L}*\p{Lu}/u.test(w) || SMALL_WORD.test(w));
}

/**
 * The two lines of the first block of a text, when they are a headline: one headline wrapped
 * over two lines ("Government Unveils Pension Reform" / "to Cut Early Retirement Costs") is
 * joined; a headline over its standfirst ("Strike Halts Trains Across France" / "Unions vow to
 * ...") is split. Null when the lines read as anything else, a sentence above all.
 */
function headlineOf(first: string, second: string, layout: Layout): string[] | null {
  if (first.length > HEADLINE_LINE || second.length > HEADLINE_LINE) return null;
  if (/[.;:]$/.test(first) || /[.,;:]["”’']?$/.test(second) || readByline(second) || readDateLine(second)) return null;
  if (/[!?]$/.test(first)) return isTitleCase(first) ? [first, second] : null;
  if (/^\p{Ll}/u.test(second) || /,$/.test(first)) return [joinWrapped(first, second)];
  // Two lines in title case are one headline in a hard-wrapped text; in a text of one paragraph
  // per line (a saved page), a headline and a standfirst ("Cops: Queens Woman Killed In
  // Hit-And-Run" / "Driver Charged With DWI, Vehicular Manslaughter").
  if (isTitleCase(first) && isTitleCase(second) && layout.wrapped) return [joinWrapped(first, second)];
  return isTitleCase(first) ? [first, second] : null;
}

/** Whether the line after a headline's second line ends the headline: nothing, a blank line, a byline or a date. */
function endsHeadline(next: string | undefined): boolean {
  const s = next?.trim();
  return !s || readByline(s) !== null || readDateLine(s) !== null || dateFromPublishedLine(s) !== null;
}

/**
 * A head line that a page's layout set as cells apart ("By Lucía Ferrandis, Agriculture
 * Correspondent      Published 4 March 2026"): its cells, each a line of its own, when every cell
 * is a byline or a date.
 */
function headCells(lines: readonly string[]): string[] {
  const out: string[] = [];
  let content = 0;
  for (const line of lines) {
    const s = line.trim();
    if (s && ++content <= HEAD_LINES && /\S {4,}\S/.test(s)) {
      const cells = s.split(/ {4,}/);
      if (cells.every((c) => readByline(c) || readDateLine(c) || dateFromPublishedLine(c))) {
        out.push(...cells);
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

const balance = (s: string) => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);

/** The line, at most two lines on in the same block, that closes a bracket line `at` leaves open; `at` if none. */
function closingLine(lines: readonly string[], at: number): number {
  let open = balance(lines[at]);
  for (let i = at + 1; open > 0 && i <= at + 2 && i < lines.length && lines[i].trim(); i++) {
    open += balance(lines[i]);
    if (open <= 0) return i;
  }
  return at;
}

/** A line of names alone under a headline ("Sarah-Jane O'Connell", "Ana Folau and Li Wei"), each of two or three words, taken as the byline. */
function takeBareByline(line: string, head: HeadFacts): boolean {
  if (readByline(line)) return false;
  const byline = readByline(`By ${line}`);
  if (!byline?.authors.length || byline.outlet || byline.authors.some((a) => a.split(/\s+/).length < 2 || a.split(/\s+/).length > 3)) return false;
  head.authors.push(...byline.authors.filter((a) => !head.authors.includes(a)));
  head.removed.push({ text: line, reason: 'byline' });
  return true;
}

/** Splits the text into paragraphs, taking out on the way the lines that are facts, not prose. */
function paragraphsOf(text: string, rules: readonly BoilerplateRule[], head: HeadFacts): { paragraphs: string[]; singleLine: boolean[] } {
  const furniture = removeFurniture(text.split('\n'), rules);
  head.removed.push(...furniture.removed);
  const lines = headCells(furniture.lines);
  const layout = detectLayout(lines);
  const paragraphs: string[] = [];
  /** Whether each paragraph was one line (or one headline) of its own: a title may be one. */
  const singleLine: boolean[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) {
      paragraphs.push(joinLines(current));
      singleLine.push(current.length === 1);
    }
    current = [];
  };
  let contentLines = 0;
  let skipTo = -1;
  for (const [i, rawLine] of lines.entries()) {
    if (i <= skipTo) continue;
    const line = rawLine.trim();
    if (!line) {
      flush();
      continue;
    }
    const rule = matchRule(line, rules);
    // Lines the rules take out (a pasted page's "Menu", "Accept cookies") push no byline out of the head.
    if (!rule) contentLines++;
    const url = BARE_URL_LINE.exec(line);
    if (url) {
      flush();
      // A URL heading the file is the report's own address (saved pages, ECB+-style dumps);
      // any other is a link, left to the paragraph pass to pair with its "Related" line.
      if (contentLines === 1 && !head.url) {
        head.url = url[1];
        head.links.push({ url: url[1], text: url[1], kind: 'source' });
      } else {
        current.push(line);
        flush();
      }
      continue;
    }
    const published = dateFromPublishedLine(line);
    if (published) {
      flush();
      head.factsAt ??= paragraphs.length;
      if (aboveBody(paragraphs, line, head)) head.stated = published;
      head.firstPublished ??= published;
      head.removed.push({ text: line, reason: 'first-published-line' });
      continue;
    }
    if (contentLines <= HEAD_LINES) {
      const dated = readDateLine(line);
      if (dated) {
        // The names alone on the line above a date line are a byline without its "By" ("Sarah-Jane O'Connell").
        const above = paragraphs.length - 1;
        if (above >= 0 && looksLikeTitle(paragraphs[above], singleLine[above]) && current.length === 1 && takeBareByline(current[0], head)) current = [];
        flush();
        head.factsAt ??= paragraphs.length;
        if (dated.bare && aboveBody(paragraphs, line, head)) head.stated = dated.date;
        head.dateLine ??= dated.date;
        head.removed.push({ text: line, reason: 'date-line' });
        continue;
      }
      const byline = readByline(line);
      if (byline) {
        flush();
        head.factsAt ??= paragraphs.length;
        head.authors.push(...byline.authors.filter((a) => !head.authors.includes(a)));
        head.bylineOutlet ??= byline.outlet;
        head.removed.push({ text: line, reason: 'byline' });
        continue;
      }
    }
    if (rule) {
      flush();
      current.push(line);
      // A credit wrapped before its closing bracket ("(Reporting by ...; Editing by" / "Peter
      // Alcott)") takes its last line along.
      const closing = closingLine(lines, i);
      if (closing > i) {
        current.push(...lines.slice(i + 1, closing + 1));
        skipTo = closing;
      }
      flush();
      continue;
    }
    // The first two lines, alone in their block: a headline over two lines, or over its standfirst?
    const headline = !paragraphs.length && current.length === 1 && endsHeadline(lines[i + 1]) ? headlineOf(current[0], line, layout) : null;
    if (headline) {
      paragraphs.push(...headline);
      singleLine.push(...headline.map(() => true));
      current = [];
      continue;
    }
    if (current.length && isParagraphBreak(current[current.length - 1], line, layout, layout.widths[i - 1])) flush();
    current.push(line);
  }
  flush();
  return { paragraphs, singleLine };
}

/**
 * A section label as a breadcrumb above a headline: "NEWS | ENVIRONMENT", "World › Europe". (A
 * label of one or two words, "Politics", may as well be the first line of a headline: in ECB+,
 * "Hawaiian Gardens Gang Member" / "Charged with Murdering Sheriff's Deputy".)
 */
const BREADCRUMB = / [|›»>/] /;

/**
 * What stands above the headline of a pasted page or newsletter ("Menu", "NEWS | ENVIRONMENT",
 * "Good morning. Here is what you need to know today."), out: the headline is the line just
 * above the head's first byline or date line. Only breadcrumbs and short sentences go (the
 * rules' own lines are left to the rules); anything that could be part of the headline (a line
 * with no full stop) leaves the text as it is.
 */
function dropPreamble(paragraphs: string[], singleLine: boolean[], head: HeadFacts, rules: readonly BoilerplateRule[]): void {
  const at = (head.factsAt ?? 0) - 1;
  if (at < 1 || !looksLikeTitle(paragraphs[at], singleLine[at])) return;
  const above = paragraphs.slice(0, at);
  const preamble = (p: string, i: number) => matchRule(p, rules) || (singleLine[i] && p.length <= 100 && (BREADCRUMB.test(p) || /\.$/.test(p)));
  if (!above.every(preamble)) return;
  for (let i = at - 1; i >= 0; i--) {
    if (matchRule(paragraphs[i], rules)) continue;
    head.removed.push({ text: paragraphs[i], reason: 'before-headline' });
    paragraphs.splice(i, 1);
    singleLine.splice(i, 1);
  }
}

/** Headings of what a web page prints under its article: topic lists, "Most viewed", comments. */
const PAGE_TAIL =
  /^(?:explore more on these topics|more on (?:this story|these topics)|most (?:viewed|read|popular|shared|commented)|reuse this content|related (?:topics|stories|articles|coverage)|you (?:may|might) also like|recommended(?: for you| stories)?|comments? \(\d+\)|\d+ comments?|(?:view|show|read) (?:all )?comments|join the (?:conversation|discussion)|trending(?: now)?)$/i;
const MAX_TAIL_PARAGRAPH = 200;

/**
 * The tail of a pasted web page, from its first such heading in the second half of the text to
 * the end, out ("Explore more on these topics", "Environment", ..., "Most viewed", "Comments
 * (88)"), when nothing after the heading is longer than a headline or a notice: a paragraph of
 * prose after it means the article goes on, and the text stays as it is.
 */
function cutPageTail(paragraphs: string[], head: HeadFacts, rules: readonly BoilerplateRule[]): void {
  const start = paragraphs.findIndex((p, i) => i >= paragraphs.length / 2 && i > 0 && PAGE_TAIL.test(p));
  if (start < 0 || paragraphs.slice(start).some((p) => p.length > MAX_TAIL_PARAGRAPH)) return;
  for (const p of paragraphs.splice(start)) {
    if (matchRule(p, rules)) paragraphs.push(p); // the rules' own lines, recorded by their rule
    else head.removed.push({ text: p, reason: 'page-tail' });
  }
}

function looksLikeTitle(paragraph: string, singleLine: boolean): boolean {
  const words = paragraph.split(/\s+/).length;
  return singleLine && paragraph.length <= 200 && words >= 2 && words <= 30 && !/[.,;:]$/.test(paragraph);
}

/** Related-article links point to the outlet's own site: a last hint when nothing else names it. */
function outletOfRelatedLinks(links: readonly ArticleLink[]): string | null {
  const hosts = new Set(links.filter((l) => l.kind === 'related' && l.url).map((l) => outletFromUrl(l.url)));
  return hosts.size === 1 ? [...hosts][0] : null;
}

/**
 * The date a newspaper prints in the running header of every page ("Daily Planet — Thursday,
 * 14 March 2024"): the date, a last resort, as a browser prints the day of printing there.
 */
function dateOfRunningHeader(removed: readonly RemovedText[]): string | null {
  for (const r of removed) {
    const dated = r.reason === 'running-header' ? readDateLine(r.text) : null;
    if (dated) return dated.date;
  }
  return null;
}

const sameText = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, ' ').trim() === b.toLowerCase().replace(/\W+/g, ' ').trim();

/**
 * Cleans plain text (pasted, from a PDF, a text dump of a page): paragraphs re-joined,
 * hyphenation undone where the word is a word, boilerplate out (recorded), links and credits
 * kept as metadata, title, date, outlet and authors recognised.
 */
export function cleanText(input: string, hints: SourceHints = {}, options: CleanOptions = {}): CleanedDocument {
  const rules = options.rules ?? DEFAULT_RULES;
  const head: HeadFacts = { url: null, dateLine: null, firstPublished: null, stated: null, authors: [], bylineOutlet: null, removed: [], links: [], factsAt: null };
  const email = unwrapEmail(normalizeText(input));
  head.removed.push(...email.removed);
  const { paragraphs, singleLine } = paragraphsOf(email.text, rules, head);
  dropPreamble(paragraphs, singleLine, head, rules);
  cutPageTail(paragraphs, head, rules);
  const pass = applyParagraphRules(paragraphs, rules);
  const links = [...head.links, ...pass.links];
  const removed = [...head.removed, ...pass.removed];

  // The title: given by the container, or a line on its own before the body.
  let title = hints.title?.trim() || null;
  const body = [...pass.kept];
  if (body.length > 1) {
    const first = body[0];
    const firstWasSingleLine = singleLine[paragraphs.indexOf(first)] ?? false;
    if (title && sameText(title, first)) body.shift();
    else if (!title && looksLikeTitle(first, firstWasSingleLine)) title = body.shift()!;
  }

  const url = hints.url ?? head.url;
  // The date a page prints above its article beats the one in its URL: URLs carry the dates of
  // archive pages ("2005_05_01_archive"), of a move to a new site (a 2004 obituary at
  // washingtonpost.com/.../2012/05/31/...). In the ECB+ articles with both, they differ by more
  // than two days 4 times in 102, and the printed date is the right one all 4 times.
  const published =
    normalizeDate(hints.published) ??
    head.stated ??
    dateFromUrl(url) ??
    head.dateLine ??
    (body.length ? dateFromDateline(body[0], copyrightYear(removed.map((r) => r.text))) : null) ??
    head.firstPublished ??
    dateOfRunningHeader(head.removed) ??
    normalizeDate(email.sent);

  const outlet =
    hints.outlet?.trim() ||
    outletFromText([...removed.map((r) => r.text), ...pass.credits, body[0] ?? '']) ||
    outletFromUrl(url) ||
    head.bylineOutlet ||
    outletOfRelatedLinks(pass.links) ||
    null;

  return {
    title,
    outlet,
    authors: hints.authors?.length ? hints.authors : head.authors,
    published,
    url: url ?? null,
    body: body.join('\n\n'),
    links,
    removed,
    credits: pass.credits,
  };
}
