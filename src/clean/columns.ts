/**
 * Text of a page set in two columns, as `pdftotext -layout` writes it: each line holds a line of
 * the left column, a gutter of spaces, then a line of the right column. Read line by line, the
 * columns interleave ("Authorities in the provinces of Oslera, the dry months. The agriculture
 * minis-"). Each page's column block is read left column first, then the right one.
 *
 * Only where the layout is plain: the gutter at one position on most lines of the page, prose on
 * both sides (a table's cells are short), and no line crossing the gutter inside the block. Any
 * doubt, and the page is left as it is.
 */

/** A gutter: a run of spaces this wide between two pieces of text. */
const GUTTER = / {3,}(?=\S)/g;
/** How far the right column's first character may stray from the gutter's position (a ligature or a wide glyph shifts it). */
const SLACK = 2;
/** Lines with the gutter a page needs before it is read as columns. */
const MIN_COLUMN_LINES = 4;
/** Average length of a column's pieces: prose fills a column, a table's cells do not. */
const MIN_PIECE_LENGTH = 18;

interface Split {
  left: string;
  right: string;
}

/** Where the right column begins on this line (the character after a gutter), for each gutter on it. */
function gutterEnds(line: string): number[] {
  const out: number[] = [];
  const text = line.trimEnd();
  const indent = text.length - text.trimStart().length;
  for (const m of text.matchAll(GUTTER)) if (m.index > indent) out.push(m.index + m[0].length);
  return out;
}

/** The position of the gutter most lines of the page share, and how many share it. */
function commonGutter(lines: readonly string[]): { at: number; count: number } {
  const counts = new Map<number, number>();
  for (const line of lines) for (const end of new Set(gutterEnds(line))) counts.set(end, (counts.get(end) ?? 0) + 1);
  let best = { at: -1, count: 0 };
  for (const at of counts.keys()) {
    let count = 0;
    for (let d = -SLACK; d <= SLACK; d++) count += counts.get(at + d) ?? 0;
    if (count > best.count) best = { at, count };
  }
  return best;
}

/** The two columns' pieces of one line, or null when the line crosses the gutter. */
function splitLine(line: string, at: number): Split | null {
  const text = line.trimEnd();
  if (!text.trim()) return { left: '', right: '' };
  const end = gutterEnds(line).find((e) => Math.abs(e - at) <= SLACK);
  if (end !== undefined) {
    const left = text.slice(0, end).trim();
    return { left, right: text.slice(end).trim() };
  }
  const indent = text.length - text.trimStart().length;
  if (indent >= at - SLACK) return { left: '', right: text.trim() };
  if (text.length <= at - SLACK) return { left: text.trim(), right: '' };
  return null;
}

const averageLength = (pieces: readonly string[]) => {
  const full = pieces.filter((p) => p);
  return full.length ? full.reduce((sum, p) => sum + p.length, 0) / full.length : 0;
};

/** One page's lines with its column block read column by column, or the lines as they were. */
function readPage(lines: readonly string[]): string[] {
  const content = lines.filter((l) => l.trim());
  const gutter = commonGutter(content);
  if (gutter.count < MIN_COLUMN_LINES || gutter.count < content.length / 2) return [...lines];
  const onGutter = (l: string) => gutterEnds(l).some((e) => Math.abs(e - gutter.at) <= SLACK);
  const first = lines.findIndex(onGutter);
  let last = lines.length - 1 - [...lines].reverse().findIndex(onGutter);
  // The block goes on under its last full row while a column still has lines ("that further
  // cuts could follow during", left alone under the right column's end).
  while (last + 1 < lines.length && lines[last + 1].trim() && splitLine(lines[last + 1], gutter.at)) last++;
  const splits: Split[] = [];
  for (const line of lines.slice(first, last + 1)) {
    const split = splitLine(line, gutter.at);
    if (!split) return [...lines];
    splits.push(split);
  }
  // A row blank in one column only is no paragraph break of the other.
  const left = splits.filter((s) => s.left || !s.right).map((s) => s.left);
  const right = splits.filter((s) => s.right || !s.left).map((s) => s.right);
  if (averageLength(left) < MIN_PIECE_LENGTH || averageLength(right) < MIN_PIECE_LENGTH) return [...lines];
  // Blank rows of both columns stay paragraph breaks; the right column goes on where the left
  // one ends, as a paragraph runs on from one column into the next.
  return [...lines.slice(0, first), ...left, ...right, ...lines.slice(last + 1)];
}

/**
 * The lines with each page's two columns read one after the other. `edges` marks the lines that
 * bound pages (running headers and footers, page numbers); a form feed starts a page too.
 */
export function readColumns(lines: readonly string[], edges: readonly boolean[]): string[] {
  const out: string[] = [];
  let pageStart = 0;
  const flush = (end: number) => {
    if (end > pageStart) out.push(...readPage(lines.slice(pageStart, end)));
  };
  lines.forEach((line, i) => {
    if (edges[i]) {
      flush(i);
      out.push(line);
      pageStart = i + 1;
    } else if (line.includes('\f') && i > pageStart) {
      flush(i);
      pageStart = i;
    }
  });
  flush(lines.length);
  return out;
}
