import { isEnglishWord } from './dictionary.js';

/**
 * Text pulled out of PDFs and e-mails is hard-wrapped: a paragraph is broken into lines of
 * about the same width, and words are hyphenated across line ends. This module decides, for
 * each line break inside a block, whether it is a wrap (join the lines) or a paragraph break.
 */

export const TERMINAL = /[.!?:;"”’)\]…]$/;

/** Narrower than this, lines are items or headings, not a wrapped column. */
const MIN_WRAP_WIDTH = 30;

/** Width statistics of a document's lines, to tell a wrapped layout from one line per paragraph. */
export interface Layout {
  wrapped: boolean;
  width: number;
  /**
   * The wrap width around each line (by index into the lines given; 0 for blank lines). Text
   * pulled out of a PDF changes width between columns and pages (a block wrapped at 45
   * characters, the next at 75): a line is full or short against its neighbours, not the page.
   */
  widths: number[];
}

/** Lines either side of a line that set its wrap width. */
const NEIGHBOURS = 4;

/** Runs of consecutive non-blank lines, as [first, last] indices. */
function blocksOf(lines: readonly string[]): [number, number][] {
  const blocks: [number, number][] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const open = blocks[blocks.length - 1];
    if (open && open[1] === i - 1) open[1] = i;
    else blocks.push([i, i]);
  });
  return blocks;
}

/**
 * The wrap width around each line: the longest of its neighbours, in its own block when the
 * block has lines enough to show its width, else among the neighbouring blocks (a short
 * paragraph is wrapped like the paragraphs around it). The second longest when there are
 * several, so that one overlong line (a URL, a table row) does not set the width.
 */
function localWidths(lines: readonly string[]): number[] {
  const lengths = lines.map((l) => l.trim().length);
  const content = lengths.flatMap((len, i) => (len ? [i] : []));
  const rank = new Map(content.map((line, at) => [line, at]));
  const widths = lengths.map(() => 0);
  for (const [first, last] of blocksOf(lines)) {
    for (let i = first; i <= last; i++) {
      let near: number[];
      if (last - first >= 2) near = lengths.slice(Math.max(first, i - NEIGHBOURS), Math.min(last, i + NEIGHBOURS) + 1);
      else {
        const at = rank.get(i)!;
        near = content.slice(Math.max(0, at - NEIGHBOURS), at + NEIGHBOURS + 1).map((j) => lengths[j]);
      }
      near.sort((a, b) => b - a);
      widths[i] = near.length >= 4 ? near[1] : near[0];
    }
  }
  return widths;
}

export function detectLayout(lines: string[]): Layout {
  const widths = localWidths(lines);
  const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  if (content.length < 3) return { wrapped: false, width: 0, widths };
  const lengths = content.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  // In a wrapped text most lines end mid-sentence and fill the width; one sentence or
  // paragraph per line ends almost every line with terminal punctuation.
  const open = content.filter((l) => !TERMINAL.test(l)).length / content.length;
  const full = content.filter((l) => l.length >= width * 0.75).length / content.length;
  if (width <= 140 && open >= 0.4 && full >= 0.5) return { wrapped: true, width, widths };
  // Blocks wrapped at different widths: lines full against their own block's width that end
  // mid-sentence. (Full lines that end sentences are one sentence per line; lines of a few
  // words are menus, lists or headings, whatever their lengths.)
  const wraps = lines.filter((l, i) => widths[i] >= MIN_WRAP_WIDTH && widths[i] <= 140 && l.trim().length >= widths[i] * 0.75 && !TERMINAL.test(l.trim()));
  return { wrapped: wraps.length / content.length >= 0.4, width, widths };
}

/** The end of the text so far that a join looks at: longer than any word. */
const JOIN_TAIL = 100;

/**
 * What goes between two lines joined across a wrap: a space, nothing (a compound's hyphen is
 * kept), or null when the line-end hyphen goes. A line-end hyphen is dropped only where the
 * joined word is a word ("elec-" + "tion"); real compounds keep it ("66-year-old",
 * "power-sharing", "state-run").
 */
function joint(left: string, right: string): ' ' | '' | null {
  const m = /([\p{L}\p{N}]+)-$/u.exec(left.slice(-JOIN_TAIL));
  if (!m) return ' ';
  const head = m[1];
  const tail = /^[\p{L}\p{N}]+/u.exec(right)?.[0] ?? '';
  if (!tail) return '';
  const keepHyphen =
    /\p{N}/u.test(head) ||
    /\p{N}/u.test(tail) ||
    /^\p{Lu}/u.test(tail) ||
    (!isEnglishWord(head + tail) && isEnglishWord(head) && isEnglishWord(tail));
  return keepHyphen ? '' : null;
}

/** Joins two lines across a wrap (see `joint`). */
export function joinWrapped(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  const between = joint(l, r);
  return between === null ? `${l.slice(0, -1)}${r}` : `${l}${between}${r}`;
}

/**
 * The lines of one paragraph, trimmed, joined across their wraps as `joinWrapped` one after the
 * other would. Each join looks at the end of the text so far only: on the whole of it, a
 * paragraph of thousands of lines (a PDF extraction with no blank line) takes quadratic time.
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let tail = '';
  for (const line of lines) {
    const r = line.trim();
    if (!r) continue;
    const between = parts.length ? joint(tail, r) : '';
    if (between === null) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      tail = tail.slice(0, -1);
    }
    parts.push(between ?? '', r);
    tail = `${tail}${between ?? ''}${r}`.slice(-JOIN_TAIL);
  }
  return parts.join('');
}

/**
 * Words a sentence or a heading does not end on: a line ending with one goes on in the next
 * line. In lower case only, as a headline in title case may end on anything; not the words a
 * sentence may end on ("season over", "what it stood for"), nor "and" and "or", on which the
 * items of a list end, each on its own line.
 */
const OPEN_END = /\b(?:a|an|the|of|to|with|from|into|between|that|than|whose|its|their|our)$/;

/**
 * Should the break between these two lines (inside one block) be kept as a paragraph break?
 * `width` is the wrap width around the first line (`layout.widths`).
 */
export function isParagraphBreak(line: string, next: string, layout: Layout, width: number): boolean {
  const l = line.trim();
  const n = next.trim();
  if (/[\p{L}\p{N}]-$/u.test(l) && /^[\p{Ll}\p{N}]/u.test(n)) return false; // hyphenated word across lines
  if (/^([-*•–]|\d+[.)])\s/.test(n)) return true; // list item
  if (layout.wrapped) {
    // A wrapped paragraph ends with terminal punctuation on a line clearly short of the width.
    return TERMINAL.test(l) && l.length < width * 0.6;
  }
  // One line per sentence or paragraph: keep the break unless the sentence plainly goes on.
  return TERMINAL.test(l) || (!/^[\p{Ll}]/u.test(n) && !OPEN_END.test(l));
}
