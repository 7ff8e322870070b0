import { isEnglishWord } from './dictionary.js';

/**
 * Text pulled out of PDFs and e-mails is hard-wrapped: a paragraph is broken into lines of
 * about the same width, and words are hyphenated across line ends. This module decides, for
 * each line break inside a block, whether it is a wrap (join the lines) or a paragraph break.
 */

const TERMINAL = /[.!?:;"”’)\]…]$/;

/** Width statistics of a document's lines, to tell a wrapped layout from one line per paragraph. */
export interface Layout {
  wrapped: boolean;
  width: number;
}

export function detectLayout(lines: string[]): Layout {
  const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  if (content.length < 3) return { wrapped: false, width: 0 };
  const lengths = content.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  // In a wrapped text most lines end mid-sentence and fill the width; one sentence or
  // paragraph per line ends almost every line with terminal punctuation.
  const open = content.filter((l) => !TERMINAL.test(l)).length / content.length;
  const full = content.filter((l) => l.length >= width * 0.75).length / content.length;
  return { wrapped: width <= 140 && open >= 0.4 && full >= 0.5, width };
}

/**
 * Joins two lines across a wrap. A line-end hyphen is dropped only where the joined word is a
 * word ("elec-" + "tion"); real compounds keep it ("66-year-old", "power-sharing", "state-run").
 */
export function joinWrapped(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  const m = /([\p{L}\p{N}]+)-$/u.exec(l);
  if (!m) return `${l} ${r}`;
  const head = m[1];
  const tail = /^[\p{L}\p{N}]+/u.exec(r)?.[0] ?? '';
  if (!tail) return `${l}${r}`;
  const keepHyphen =
    /\p{N}/u.test(head) ||
    /\p{N}/u.test(tail) ||
    /^\p{Lu}/u.test(tail) ||
    (!isEnglishWord(head + tail) && isEnglishWord(head) && isEnglishWord(tail));
  return keepHyphen ? `${l}${r}` : `${l.slice(0, -1)}${r}`;
}

/** Should the break between these two lines (inside one block) be kept as a paragraph break? */
export function isParagraphBreak(line: string, next: string, layout: Layout): boolean {
  const l = line.trim();
  const n = next.trim();
  if (/[\p{L}\p{N}]-$/u.test(l) && /^[\p{Ll}\p{N}]/u.test(n)) return false; // hyphenated word across lines
  if (/^([-*•–]|\d+[.)])\s/.test(n)) return true; // list item
  if (layout.wrapped) {
    // A wrapped paragraph ends with terminal punctuation on a line clearly short of the width.
    return TERMINAL.test(l) && l.length < layout.width * 0.6;
  }
  // One line per sentence or paragraph: keep the break unless the sentence plainly goes on.
  return TERMINAL.test(l) || !/^[\p{Ll}]/u.test(n);
}
