/**
 * Searching spans sorted by their start in logarithmic time, so that no component is
 * quadratic in the length of the text (a pathological report of ten thousand dates or names
 * stays linear-logarithmic).
 */
export interface Extent {
  start: number;
  end: number;
}

/** The first index in `items` (sorted ascending by `key`) whose key is >= `value`; items.length if none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (e: Extent) => e.start;

/** How a web address begins. */
const WEB_ADDRESS_START = String.raw`(?:https?:\/\/|www\.)`;
const URL = new RegExp(String.raw`\b${WEB_ADDRESS_START}\S+`, 'g');
const WEB_ADDRESS = new RegExp(`^${WEB_ADDRESS_START}`, 'i');

/** Whether a word is a web address ("http://...", "www.example.com"). */
export function isWebAddress(word: string): boolean {
  return WEB_ADDRESS.test(word);
}

/** A word in lowercase with its curly apostrophes straight ("We’ll" reads as "we'll"): news writes both. */
export function plainLower(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The URLs of a text: no date or quantity is read inside one. */
export function urlSpans(text: string): Extent[] {
  return [...text.matchAll(URL)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Whether a span overlaps any of a fixed set of spans (given in any order, overlapping or not). */
export class SpanSet {
  /** The union of the spans as disjoint spans sorted by start. */
  private readonly union: Extent[] = [];

  constructor(spans: Iterable<Extent>) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.union[this.union.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else this.union.push({ start: s.start, end: s.end });
    }
  }

  overlaps(start: number, end: number): boolean {
    if (end <= start) return false;
    // The last span starting before `end` is the only one that can reach past `start`.
    const i = lowerBound(this.union, end, startOf) - 1;
    return i >= 0 && this.union[i].end > start;
  }
}

/**
 * Non-overlapping spans chosen one at a time (longest first, say): `add` keeps a span only
 * when it overlaps none chosen before it.
 */
export class DisjointSpans<T extends Extent> {
  readonly chosen: T[] = [];

  add(span: T): boolean {
    const i = lowerBound(this.chosen, span.start, startOf);
    const before = this.chosen[i - 1];
    const after = this.chosen[i];
    if (before && before.end > span.start) return false;
    if (after && after.start < span.end) return false;
    this.chosen.splice(i, 0, span);
    return true;
  }
}

/**
 * The runs of consecutive sentences whose text `holds` matches, each from its first sentence's
 * start to its last one's end (with the text between them): the parts of a body a pattern-heavy
 * reader needs to look at when every match it can make holds such a word.
 */
export function sentenceRuns(text: string, sentences: readonly Extent[], holds: RegExp): Extent[] {
  const runs: Extent[] = [];
  let run: Extent | null = null;
  for (const s of sentences) {
    if (!holds.test(text.slice(s.start, s.end))) run = null;
    else if (run) run.end = s.end;
    else runs.push((run = { start: s.start, end: s.end }));
  }
  return runs;
}
