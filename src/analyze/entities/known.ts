import type { Token } from '../doc.js';
import type { TaggedSpan } from './perceptron.js';
import { KNOWN_ORGS } from './rules.js';

/**
 * Well-known organisations the tagger left untagged: a gazetteer's lookup, for names younger
 * than its 1996 training news ("Facebook said on Monday"). Only a word written with a capital
 * (Facebook, AP), never the lowercase word, and only where no tagged name covers it (the tagger's
 * "Nikola Tesla" stays a person). Returns the spans in the text's order.
 */
export function withKnownOrganisations(lines: readonly Token[][], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const found: TaggedSpan[] = [];
  for (const tokens of lines)
    for (let k = 0; k < tokens.length; k++) {
      const { text, start, end } = tokens[k];
      const code = text.charCodeAt(0);
      if (code < 65 || code > 90 || !KNOWN_ORGS.has(text.toLowerCase())) continue;
      // A short one only in capitals: "UN", "AP", "CNN", not the "Un" of a French title.
      if (text.length <= 3 && text !== text.toUpperCase()) continue;
      found.push({ tokens: tokens as Token[], first: k, last: k, start, end, type: 'ORG' });
    }
  if (!found.length) return [...spans];
  const covered = new Set<number>();
  for (const span of spans) for (let k = span.first; k <= span.last; k++) covered.add(span.tokens[k].start);
  const added = found.filter((s) => !covered.has(s.start));
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : [...spans];
}
