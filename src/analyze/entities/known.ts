import type { Token } from '../doc.js';
import { asTagged } from './cuts.js';
import type { TaggedSpan } from './perceptron.js';
import { KNOWN_ORG_NAMES, KNOWN_ORGS } from './rules.js';

/** The known names of several words (rules.ts) by their first word, longest first (the longest one written wins). */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of KNOWN_ORG_NAMES.map((name) => name.split(' ')).sort((a, b) => b.length - a.length)) BY_FIRST_WORD.set(words[0], [...(BY_FIRST_WORD.get(words[0]) ?? []), words]);

/** Where a known name of several words is written at token k of a line: its last token, or -1. */
function knownNameAt(tokens: readonly Token[], k: number): number {
  // Read for every token: most start no known name, and then nothing is allocated (no `?? []`).
  const names = BY_FIRST_WORD.get(tokens[k].text);
  if (names === undefined) return -1;
  for (const words of names) if (words.every((w, j) => tokens[k + j]?.text === w)) return k + words.length - 1;
  return -1;
}

/** A well-known organisation of one word (Facebook, AP) where no name covers it: written with its capital, a short one in capitals ("UN", not a French "Un"). */
function knownWord(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 65 || code > 90 || !KNOWN_ORGS.has(text.toLowerCase())) return false;
  return text.length > 3 || text === text.toUpperCase();
}

/**
 * Well-known organisations the tagger missed, cut or ran together, as organisations: names younger
 * than its 1996 training news ("Facebook said on Monday"), and names of several words written in
 * full. A tagged name inside a known one gives way to it; two known names joined by "and" in one
 * tagged name are two; a longer tagged name that holds a known one stays ("the United States
 * Supreme Court", "the Nikola Tesla museum"). Returns the spans in the text's order.
 */
export function withKnownOrganisations(lines: readonly Token[][], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const found: TaggedSpan[] = [];
  for (const tokens of asTagged(lines, spans))
    for (let k = 0; k < tokens.length; k++) {
      const last = knownNameAt(tokens, k);
      if (last < 0 && !knownWord(tokens[k].text)) continue;
      const end = last < 0 ? k : last;
      found.push({ tokens, first: k, last: end, start: tokens[k].start, end: tokens[end].end, type: 'ORG' });
      k = end;
    }
  if (!found.length) return [...spans];
  const kept: TaggedSpan[] = [];
  const replaced = new Set<TaggedSpan>();
  for (const span of spans) {
    const inside = found.filter((f) => f.start < span.end && span.start < f.end);
    if (!inside.length) kept.push(span);
    // Inside one known name: the known name replaces it.
    else if (inside.length === 1 && inside[0].start <= span.start && span.end <= inside[0].end) continue;
    // Two known names and the "and" between them: the two.
    else if (inside.length === 2 && inside[0].start === span.start && inside[1].end === span.end && inside[0].last + 2 === inside[1].first && span.tokens[inside[0].last + 1].text === 'and') continue;
    else {
      kept.push(span);
      for (const f of inside) replaced.add(f);
    }
  }
  const added = found.filter((f) => !replaced.has(f));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
